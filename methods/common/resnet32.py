"""ResNet-32 for 32×32 images (He et al., 2016, CIFAR variant), as PyCIL's ``convs/cifar_resnet.resnet32``:
a 3×3 stem with 16 channels, three stages of 5 basic blocks (16, 32, 64 channels, stride 2 between
stages), global average pooling → 64-d features. Registered as the backbone ``resnet32``.

The blocks use PyCIL's option-A shortcut (a strided identity padded with zero channels, no parameters), so
the parameter count matches (≈ 0.46 M). The trunk is the engine's :class:`SmallImageResNet`, shared with
the ResNet-18 (which differs in widths, depth and its projection shortcut).
"""

from __future__ import annotations

from clbench.nn import register_backbone
from clbench.nn.backbones import PaddedShortcut, SmallImageResNet


@register_backbone("resnet32")
class ResNet32(SmallImageResNet):
    def __init__(self, input_shape: tuple[int, ...], depth: int = 32):
        n = (int(depth) - 2) // 6  # blocks per stage: 5 for ResNet-32
        super().__init__(input_shape[0], 16, (16, 32, 64), n, PaddedShortcut)
