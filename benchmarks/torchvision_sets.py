"""torchvision datasets (MNIST, FashionMNIST, CIFAR-10, CIFAR-100, SVHN) read from a user-given
``data_root``. Nothing downloads unless the user sets ``download: true``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from clbench.errors import ClbenchError
from clbench.registry import register_source
from clbench.scenario import LabelledData

_N_CLASSES = {"MNIST": 10, "FashionMNIST": 10, "CIFAR10": 10, "CIFAR100": 100, "SVHN": 10}


def _to_tensors(ds) -> tuple[torch.Tensor, torch.Tensor]:
    data = ds.data if not isinstance(ds.data, torch.Tensor) else ds.data.numpy()
    data = np.asarray(data)
    if data.ndim == 3:  # (N, H, W) grey
        x = torch.from_numpy(data).unsqueeze(1)
    elif data.shape[1] in (1, 3):  # SVHN stores (N, C, H, W)
        x = torch.from_numpy(data)
    else:  # CIFAR stores (N, H, W, C)
        x = torch.from_numpy(data).permute(0, 3, 1, 2).contiguous()
    labels = getattr(ds, "targets", None)
    if labels is None:
        labels = ds.labels
    return x.to(torch.uint8), torch.as_tensor(np.asarray(labels), dtype=torch.long)


@register_source("torchvision")
def torchvision_source(dataset: str, data_root: str | None = None, download: bool = False) -> LabelledData:
    import torchvision.datasets as tvd

    if dataset not in _N_CLASSES:
        raise ClbenchError(f"unknown torchvision dataset '{dataset}'; use one of {', '.join(_N_CLASSES)}.")
    if not data_root:
        raise ClbenchError(
            f"{dataset} needs a local copy: set benchmark.source_args.data_root=/path/to/data "
            "(or add benchmark.source_args.download=true to let torchvision download it there)."
        )
    root = Path(data_root).expanduser()
    cls = getattr(tvd, dataset)
    try:
        if dataset == "SVHN":
            train, test = cls(root, split="train", download=download), cls(root, split="test", download=download)
        else:
            train, test = cls(root, train=True, download=download), cls(root, train=False, download=download)
    except RuntimeError:
        raise ClbenchError(
            f"{dataset} not found under {root}; put the torchvision files there or set "
            "benchmark.source_args.download=true."
        ) from None
    (tx, ty), (vx, vy) = _to_tensors(train), _to_tensors(test)
    names = list(getattr(train, "classes", []) or []) or None
    return LabelledData(dataset.lower(), tx, ty, vx, vy, _N_CLASSES[dataset], names)
