"""scikit-learn's 8×8 digits (1797 images, 10 classes): tiny, real, and fast enough for unit tests.
A fixed seeded stratified split, 25 % test by default.

The file is read where scikit-learn keeps it (``sklearn/datasets/data/digits.csv.gz``) exactly as
``sklearn.datasets.load_digits`` reads it (gzip, ``np.loadtxt(delimiter=",")``, last column the label), but
without importing scikit-learn: that import (SciPy, pandas) was a third of a small run's start-up.
tests/test_scenario.py checks the arrays equal ``load_digits()``'s.
"""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import numpy as np
import torch

from clbench.registry import register_source
from clbench.scenario import LabelledData


@register_source("digits")
def digits(test_fraction: float = 0.25, split_seed: int = 0) -> LabelledData:
    images, target = digits_arrays()
    x = torch.from_numpy(np.rint(images * (255.0 / 16.0)).astype(np.uint8)).view(-1, 1, 8, 8)
    y = torch.from_numpy(target.astype(np.int64))
    g = torch.Generator().manual_seed(split_seed)
    train_idx, test_idx = [], []
    for c in range(10):
        idx = (y == c).nonzero().flatten()
        idx = idx[torch.randperm(len(idx), generator=g)]
        k = int(round(len(idx) * test_fraction))
        test_idx.append(idx[:k])
        train_idx.append(idx[k:])
    tr, te = torch.cat(train_idx).sort().values, torch.cat(test_idx).sort().values
    return LabelledData("digits", x[tr], y[tr], x[te], y[te], 10)


def digits_arrays() -> tuple[np.ndarray, np.ndarray]:
    """``(images [1797, 8, 8] float64 in 0..16, target [1797] int)``, as ``load_digits()`` gives them."""
    spec = importlib.util.find_spec("sklearn")  # finds the package without running its __init__
    path = Path(spec.origin).parent / "datasets" / "data" / "digits.csv.gz"
    with gzip.open(path, mode="rt", encoding="utf-8") as f:
        data = np.loadtxt(f, delimiter=",")
    return data[:, :-1].reshape(-1, 8, 8), data[:, -1].astype(int, copy=False)
