"""An on-disk cache for derived tensors (decoded datasets, pretrained feature extractors, features).

Location: ``$CLBENCH_CACHE`` or ``~/.cache/clbench``. Entries are written atomically, so a killed
process never leaves a half-written entry that a later run would trust.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch

from clbench.io import atomic_write_bytes


def cache_dir() -> Path:
    root = Path(os.environ.get("CLBENCH_CACHE", Path.home() / ".cache" / "clbench"))
    root.mkdir(parents=True, exist_ok=True)
    return root


_memory: dict[str, Any] = {}


def key_seed(key: str) -> int:
    """A 63-bit seed that depends on ``key`` alone (sha256, not Python's salted ``hash``)."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") >> 1


@contextlib.contextmanager
def _rng_for_build(key: str) -> Iterator[None]:
    """Seed torch's, Python's and NumPy's global RNG from ``key`` for a build, and restore them after.

    Why both halves: a build (pretraining a backbone, say) must be a pure function of its key, so every
    random draw it makes, including ones made before it sets a seed of its own (a module's weight init),
    comes from a stream fixed by the key, never from whatever ambient state the first process to fill the
    cache happened to have. And a build draws random numbers on a cold cache and none on a warm one, so
    the caller's streams are put back: the same config and seed give the same run either way.
    """
    py_state, np_state = random.getstate(), np.random.get_state()
    seed = key_seed(key)
    with torch.random.fork_rng(devices=[]):
        try:
            torch.manual_seed(seed)
            random.seed(seed)
            np.random.seed(seed % 2**32)
            yield
        finally:
            random.setstate(py_state)
            np.random.set_state(np_state)


def cached(key: str, build: Callable[[], Any]) -> Any:
    """Return the object stored under ``key``, building and saving it (torch.save) on first use.

    Kept in memory too: a process that builds two scenarios from one source decodes it once.
    """
    if key in _memory:
        return _memory[key]
    path = cache_dir() / f"{key}.pt"
    obj = None
    if path.is_file():
        try:
            obj = torch.load(path, map_location="cpu", weights_only=False)
        except Exception:  # noqa: BLE001 - a corrupt cache entry is rebuilt, never trusted
            obj = None
    if obj is None:
        with _rng_for_build(key):
            obj = build()
        import io

        buf = io.BytesIO()
        torch.save(obj, buf)
        atomic_write_bytes(path, buf.getvalue())
    _memory[key] = obj
    return obj
