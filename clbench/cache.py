"""An on-disk cache for derived tensors (decoded datasets, pretrained feature extractors, features).

Location: ``$CLBENCH_CACHE`` or ``~/.cache/clbench``. Entries are written atomically, so a killed
process never leaves a half-written entry that a later run would trust.

An entry is never unpickled on faith (:mod:`clbench.trust`): its header names its key, the sha256 of its
content and a MAC under this user's local key, all checked before the content is read with
``torch.load(weights_only=True)``. An entry that fails any check (another key's, edited content such as
shifted labels, planted by someone else, the pre-header format) is rebuilt, with one line on stderr.

A build is a pure function of its key: its random streams are seeded from the key (:func:`_rng_for_build`) and
it runs at one torch thread whatever the caller's count (:func:`_one_thread`), since CPU float sums round
per thread split. See docs/integrity.md (reproducibility).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch

from clbench import trust
from clbench.io import atomic_write_bytes

KIND = "cache"


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


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """Run a build at one torch intra-op thread and give the caller back its own count after.

    Why: MKL's and torch's CPU kernels split a reduction between threads and add the partial sums in a
    different order per split, so the same matmul rounds differently at 1 and 2 threads (a 10x784 @ 784x100
    product differs by 3e-5); a build that trains (the tiny LM's 1,500 pretraining steps) amplifies that into
    different weights. A build made at the caller's count would make the artefact a function of whichever
    process filled the cache first (issue 14: the board's tiny-LM records were made from a cache built at 2
    threads, a later cache built at 1 re-ran them to other numbers). One thread is the count every machine
    has. It affects CPU kernels only; a build that runs on a GPU is as deterministic as its kernels are.
    """
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _adoptable(path: Path) -> bool:
    """An entry written before entries carried a header is adopted (read with the restricted loader, which
    runs no code, and re-written with a header) only if this user owns it and nobody else can write it:
    one planted by another user, e.g. with shifted labels, is rebuilt instead. Rebuilding every old entry
    would cost the slow ones again (the tiny LM's pretraining takes minutes)."""
    try:
        st = path.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def cached(key: str, build: Callable[[], Any]) -> Any:
    """Return the object stored under ``key``, building and saving it (torch.save) on first use.

    Kept in memory too: a process that builds two scenarios from one source decodes it once. The build runs
    with RNGs seeded from ``key`` and at one torch thread, so the entry is the same whoever builds it.
    """
    if key in _memory:
        return _memory[key]
    path = cache_dir() / f"{key}.pt"
    obj = None
    if path.is_file():
        try:
            data = path.read_bytes()
            if trust.header_key(data, KIND) is None and _adoptable(path):
                obj = trust.safe_load(data)  # an entry from before headers: restricted load, then re-written
                atomic_write_bytes(path, trust.dumps(obj, KIND, key))
            else:
                obj = trust.loads(data, KIND, key)
        except trust.UntrustedFile as e:  # rebuilt, never trusted: the build is a pure function of the key
            print(f"cache entry {path} is not used ({e}); rebuilding it.", file=sys.stderr)
            obj = None
        except OSError:
            obj = None
    if obj is None:
        with _rng_for_build(key), _one_thread():
            obj = build()
        atomic_write_bytes(path, trust.dumps(obj, KIND, key))
    _memory[key] = obj
    return obj
