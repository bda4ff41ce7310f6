"""Animal-MNIST from the ``animal-mnist`` package (``pip install --no-deps animal-mnist``): 10 animal
silhouette classes × 1000 grey 28×28 images. The package has no split; clbench makes a fixed, seeded,
stratified one (default 800 train / 200 test per class, seed 0).

The package's two files are gzipped pickles of one NumPy array each (images, labels). clbench did not write
them, so they are read with :func:`clbench.trust.load_numpy_pickle`, which rebuilds NumPy arrays and refuses
any other global (a tampered package cannot run code through them)."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import numpy as np
import torch

from clbench.cache import cached
from clbench.errors import ClbenchError
from clbench.registry import register_source
from clbench.scenario import LabelledData
from clbench.trust import load_numpy_pickle

CLASS_NAMES = None  # the package ships integer labels only


def _data_dir() -> Path:
    spec = importlib.util.find_spec("animal_mnist")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "Animal_MNIST" if spec else None
    if path is None or not (path / "animal_data_version_3.gz").is_file():
        raise ClbenchError("offline Animal-MNIST not found: install it with 'pip install --no-deps animal-mnist'.")
    return path


def _decode() -> tuple[torch.Tensor, torch.Tensor]:
    d = _data_dir()
    arrays = []
    for name in ("animal_data_version_3.gz", "animal_label_version_3.gz"):
        with gzip.open(d / name, "rb") as f:
            a = load_numpy_pickle(f, f"the Animal-MNIST file {d / name}")
        if not isinstance(a, np.ndarray):
            raise ClbenchError(f"the Animal-MNIST file {d / name} does not hold an array; reinstall it with "
                               "'pip install --no-deps --force-reinstall animal-mnist'.")
        arrays.append(a)
    x, y = np.asarray(arrays[0], dtype=np.uint8), np.asarray(arrays[1], dtype=np.int64)
    return torch.from_numpy(x).view(-1, 1, 28, 28), torch.from_numpy(y)


@register_source("animal_mnist")
def animal_mnist(test_per_class: int = 200, split_seed: int = 0) -> LabelledData:
    x, y = cached("animal-mnist-0.4", _decode)
    g = torch.Generator().manual_seed(split_seed)
    train_idx, test_idx = [], []
    for c in range(10):
        idx = (y == c).nonzero().flatten()
        idx = idx[torch.randperm(len(idx), generator=g)]
        test_idx.append(idx[:test_per_class])
        train_idx.append(idx[test_per_class:])
    tr, te = torch.cat(train_idx).sort().values, torch.cat(test_idx).sort().values
    return LabelledData("animal_mnist", x[tr], y[tr], x[te], y[te], 10)
