"""Atomic file writes: a temp file in the same directory, fsync, then rename over the target."""

from __future__ import annotations

import errno
import json
import os
import socket
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


TMP_SUFFIX = ".tmp"
_HOST = socket.gethostname().replace(".", "_").replace("-", "_")[:40] or "host"
STALE_TMP_SECONDS = 24 * 3600  # another host's (or a pre-pid-tag) temp file: removed once this old


def _tmp_tag() -> str:
    """``<host>-<pid>``: whose temp file it is, so a later run can tell a dead writer's file from a live one's."""
    return f"{_HOST}-{os.getpid()}"


def _writer_is_dead(name: str) -> bool:
    """Whether the temp file ``name`` (``.<target>.<host>-<pid>.<random>.tmp``) was left by a process of this
    host that no longer runs. A file without the tag (written before it existed) or of another host: never
    judged dead here (its age decides, see :func:`remove_orphaned_temps`)."""
    parts = name[: -len(TMP_SUFFIX)].split(".")
    for part in parts:
        host, sep, pid = part.rpartition("-")
        if sep and host == _HOST and pid.isdigit():
            if int(pid) == os.getpid():
                return False
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                return True
            except PermissionError:  # alive, another user's
                return False
            return False
    return False


def remove_orphaned_temps(directory: str | Path, now: float | None = None) -> list[Path]:
    """Delete the temp files of atomic writes that never finished in ``directory`` (a killed writer's
    ``.*.tmp``): those of a dead process of this host at once, any other once a day old. Never a live
    writer's, so two runs sharing a results directory do not break each other's writes. Returns what it
    removed."""
    import time

    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TMP_SUFFIX)) or not entry.is_file(follow_symlinks=False):
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_TMP_SECONDS
            if _writer_is_dead(name) or old:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, with the mode an ordinary ``open(path, "w")`` would give.

    ``mkstemp`` creates its file 0600 whatever the umask, so without the chmod every record, checkpoint and
    DONE file would be unreadable to the collaborators who share a results directory (group-readable umask).
    The temp file's name carries this host and pid, so the next write into the same directory removes the
    temp file of a writer that was killed mid-write (SIGKILL leaves no chance to clean up).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_orphaned_temps(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{_tmp_tag()}.", suffix=TMP_SUFFIX, dir=path.parent)
    except OSError as e:
        raise ClbenchError(f"cannot write {path} ({e.strerror or e}); check that {path.parent} is a writable "
                           "directory.") from None
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


def check_output_dir(path: str | Path, option: str) -> None:
    """Refuse, in one sentence naming ``option``, a directory clbench could not write into: a file, a device,
    a path under a file, or one where creating and removing a probe file fails (read-only, no permission).
    Only the directory itself may be created (empty); nothing else is left behind."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        what = "a file" if path.is_file() else "not a directory"
        raise ClbenchError(f"{option} {path} is {what}; set {option} to a directory (it is created if missing).")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path, prefix=".clbench-probe."):
            pass
    except OSError as e:
        raise ClbenchError(f"{option} {path} is not writable ({e.strerror or e}); set {option} to a writable "
                           "directory.") from None
