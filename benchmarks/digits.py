"""scikit-learn's 8×8 digits (1797 images, 10 classes): tiny, real, and fast enough for unit tests.
A fixed seeded stratified split, 25 % test by default."""

from __future__ import annotations

import numpy as np
import torch

from clbench.registry import register_source
from clbench.scenario import LabelledData


@register_source("digits")
def digits(test_fraction: float = 0.25, split_seed: int = 0) -> LabelledData:
    from sklearn.datasets import load_digits

    d = load_digits()
    x = torch.from_numpy(np.rint(d.images * (255.0 / 16.0)).astype(np.uint8)).view(-1, 1, 8, 8)
    y = torch.from_numpy(d.target.astype(np.int64))
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
