"""MKL's float code path: pinned, so MKL's sums round the same on Intel and AMD machines.

torch's x86 CPU library carries Intel MKL, which picks its sgemm kernels by the CPU it finds: the AVX512 ones
on an AVX512 Intel Xeon, its AVX2 ones on an AMD EPYC even where that EPYC has AVX512. The two round a sum
differently, a training run amplifies one rounding into another trajectory, and a record made on one machine
then re-runs to other numbers on the other at the same thread count (docs/integrity.md: an AMD-made record
re-runs bit for bit on an Intel machine only with MKL's AVX2 path forced, an Intel-made one only unforced).
MKL is one source of such differences, not the only one: most of the AMD-made records that differ on the
Intel machine still differ with the path pinned (measured on the same page). MKL's "conditional numerical
reproducibility" setting (``MKL_CBWR``) fixes the path; AVX2 is the
newest one both vendors' x86-64 server CPUs of the last decade run, so clbench pins it unless the user set
``MKL_CBWR`` themselves. torch's own vectorised kernels (``ATEN_CPU_CAPABILITY``) are left alone: pinning them to
AVX2 changes the AVX512 machines' results (measured, same page).

MKL reads the setting once, at its first call in a process, so it is set in the environment when ``clbench`` is
imported (before anything could call MKL, for the CLI, the tests and a notebook that imports clbench first) and
a record states the path that was really in force (:func:`mkl_branch`, read back from MKL itself).
"""

from __future__ import annotations

import ctypes
import os

ENV = "MKL_CBWR"
DEFAULT_BRANCH = "AVX2"
AUTO = "AUTO"  # MKL's own choice per CPU: what every run made before the pin used
# mkl_cbwr.h: the values mkl_cbwr_get(MKL_CBWR_BRANCH) returns; MKL_CBWR_BRANCH_OFF (1) is "not pinned"
_NAMES = {1: AUTO, 2: AUTO, 3: "COMPATIBLE", 4: "SSE2", 6: "SSSE3", 7: "SSE4_1", 8: "SSE4_2", 9: "AVX",
          10: "AVX2", 11: "AVX512_MIC", 12: "AVX512", 13: "AVX512_MIC_E1", 14: "AVX512_E1"}
_BRANCH_OPTION = 1  # MKL_CBWR_BRANCH


def pin_default() -> None:
    """Ask for :data:`DEFAULT_BRANCH` through the environment, unless the user chose a path (``MKL_CBWR``)."""
    os.environ.setdefault(ENV, DEFAULT_BRANCH)


def env_for(branch: str) -> dict[str, str]:
    """The environment of a child process that computes on MKL ``branch`` (``AUTO``: MKL's own choice)."""
    return {**os.environ, ENV: branch}


def _mkl_get():
    try:
        import torch

        lib = ctypes.CDLL(os.path.join(os.path.dirname(torch.__file__), "lib", "libtorch_cpu.so"))
        get = lib.mkl_serv_cbwr_get  # MKL's service-layer name of mkl_cbwr_get, exported by libtorch_cpu
    except (OSError, AttributeError):
        return None  # no MKL in this torch (ARM, macOS, a build without it): nothing to pin
    get.restype, get.argtypes = ctypes.c_int, [ctypes.c_int]
    return get


def mkl_branch() -> str | None:
    """The MKL code path in force in this process ("AVX2", "AUTO", ...), None where torch has no MKL."""
    get = _mkl_get()
    return None if get is None else _NAMES.get(int(get(_BRANCH_OPTION)), f"mkl-{int(get(_BRANCH_OPTION))}")
