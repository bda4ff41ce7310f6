"""ResNet-32 for 32×32 images (He et al., 2016, CIFAR variant), as PyCIL's ``convs/cifar_resnet.resnet32``:
a 3×3 stem with 16 channels, three stages of 5 basic blocks (16, 32, 64 channels, stride 2 between
stages), global average pooling → 64-d features. Registered as the backbone ``resnet32``.

One difference: PyCIL's blocks use the option-A shortcut (a strided identity padded with zero channels);
here it is the same parameter-free shortcut, so the parameter count matches (≈ 0.46 M).
"""

from __future__ import annotations

import torch
from torch import nn

from clbench.nn import register_backbone


class _Block(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.stride, self.pad = stride, cout - cin

    def shortcut(self, x: torch.Tensor) -> torch.Tensor:
        if self.stride == 1 and self.pad == 0:
            return x
        x = x[:, :, :: self.stride, :: self.stride]  # option A: subsample, then zero-pad the new channels
        return nn.functional.pad(x, (0, 0, 0, 0, 0, self.pad))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(self.bn2(self.conv2(out)) + self.shortcut(x))


@register_backbone("resnet32")
class ResNet32(nn.Module):
    def __init__(self, input_shape: tuple[int, ...], depth: int = 32):
        super().__init__()
        n = (int(depth) - 2) // 6  # blocks per stage: 5 for ResNet-32
        c = input_shape[0]
        self.stem = nn.Sequential(nn.Conv2d(c, 16, 3, 1, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU())
        blocks, cin = [], 16
        for i, cout in enumerate((16, 32, 64)):
            for j in range(n):
                blocks.append(_Block(cin, cout, 2 if (i > 0 and j == 0) else 1))
                cin = cout
        self.layers = nn.Sequential(*blocks)
        self.out_dim = 64

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.flatten(nn.functional.adaptive_avg_pool2d(self.layers(self.stem(x)), 1), 1)
