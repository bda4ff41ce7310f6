"""Atomic file writes: a temp file in the same directory, fsync, then rename over the target."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from clbench.errors import ClbenchError
from clbench.faults import fault_point


def current_umask() -> int:
    """The process umask (read from /proc where it exists: setting it to read it races with other threads)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, with the mode an ordinary ``open(path, "w")`` would give.

    ``mkstemp`` creates its file 0600 whatever the umask, so without the chmod every record, checkpoint and
    DONE file would be unreadable to the collaborators who share a results directory (group-readable umask).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        fault_point("write")
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise ClbenchError(
                f"no space left to write {path}; free some space or point results_dir elsewhere."
            ) from None
        raise ClbenchError(f"cannot write {path} ({e.strerror}); check that the directory is writable.") from None
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def json_safe(x: Any) -> Any:
    """NaN (an experience without test data) has no JSON form: it is written as null, at any depth."""
    if isinstance(x, float) and x != x:
        return None
    if isinstance(x, list):
        return [json_safe(v) for v in x]
    if isinstance(x, dict):
        return {k: json_safe(v) for k, v in x.items()}
    return x


def atomic_write_json(path: str | Path, obj: Any) -> None:
    atomic_write_bytes(path, (json.dumps(obj, indent=1, sort_keys=False) + "\n").encode())
