"""Deterministic fault injection for the resume tests.

``CLBENCH_FAULT="point@n"`` kills the process with SIGKILL the n-th time (from 1) the runner passes
``point``: ``train`` (before training an experience), ``step`` (after an SGD step), ``eval`` (before
evaluating), ``write`` (inside an
atomic write, after the temp file is complete and before it is renamed into place). Unset, this costs
one dictionary lookup per call.
"""

from __future__ import annotations

import os
import signal

_counts: dict[str, int] = {}


def fault_point(point: str) -> None:
    spec = os.environ.get("CLBENCH_FAULT")
    if not spec:
        return
    name, _, nth = spec.partition("@")
    if name != point:
        return
    _counts[point] = _counts.get(point, 0) + 1
    if _counts[point] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
