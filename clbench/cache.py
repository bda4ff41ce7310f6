"""An on-disk cache for derived tensors (decoded datasets, pretrained feature extractors, features).

Location: ``$CLBENCH_CACHE`` or ``~/.cache/clbench``. Entries are written atomically, so a killed
process never leaves a half-written entry that a later run would trust.
"""

from __future__ import annotations

import contextlib
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


@contextlib.contextmanager
def _rng_untouched() -> Iterator[None]:
    """Restore torch's, Python's and NumPy's global RNG after a build.

    Why: a build (pretraining a backbone, say) draws random numbers on a cold cache and none on a warm
    one; without this, the same config and seed would give a different run the first time.
    """
    py_state, np_state = random.getstate(), np.random.get_state()
    with torch.random.fork_rng(devices=[]):
        try:
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
        with _rng_untouched():
            obj = build()
        import io

        buf = io.BytesIO()
        torch.save(obj, buf)
        atomic_write_bytes(path, buf.getvalue())
    _memory[key] = obj
    return obj
