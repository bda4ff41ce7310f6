"""MKL's float code path: pinned, so MKL's sums round the same on every Intel CPU with AVX2.

torch's x86 CPU library carries Intel MKL, which picks its sgemm kernels by the CPU it finds (its AVX512 ones on
an AVX512 Intel Xeon, other ones on an AMD EPYC) and, with its reproducibility mode off, its blocking by the
cache sizes. Two machines then round one sum differently, a training run amplifies one rounding into another
trajectory, and a record re-runs to other numbers on the other machine at the same thread count
(docs/integrity.md: a record made on an Intel AVX512 machine re-runs bit for bit there unpinned and differs with
MKL's AVX2 path forced; one AMD-made record re-runs on the Intel machine only with it forced).

MKL's "conditional numerical reproducibility" (``MKL_CBWR``) fixes the path, the cache sizes and the reduction
order. clbench asks for AVX2 unless the user set ``MKL_CBWR``: Intel documents it as bit-reproducible on every
Intel CPU with AVX2 at a fixed thread count. What it costs and what it does not do, measured on the session-10
Intel AVX512 machine (docs/integrity.md, docs/performance.md): sgemm 1.5-1.8x slower than MKL's AVX512 path,
a small MLP cell (finetune on split_mnist) 8-10 % slower end to end. Intel documents branches other than AUTO and
COMPATIBLE as Intel-only: on an AMD CPU MKL runs its AUTO branch instead, and the record says so (the path is
read back from MKL). ``MKL_CBWR=COMPATIBLE`` (SSE2 only) is the vendor-independent path, 4.6-7x slower sgemm
here; ``MKL_CBWR=OFF`` (clbench's word, not MKL's) leaves MKL's reproducibility mode off, as every record made
before the pin was. torch's own vectorised kernels (``ATEN_CPU_CAPABILITY``) are left alone: at ``avx2`` they
changed an AVX512 machine's result.

MKL reads the setting once, at its first call in a process, so it is set in the environment when ``clbench`` is
imported (before anything could call MKL, for the CLI, the tests and a notebook that imports clbench first).
"""

from __future__ import annotations

import ctypes
import functools
import os

ENV = "MKL_CBWR"
DEFAULT_BRANCH = "AVX2"
OFF = "OFF"  # reproducibility mode off: MKL's free choice per CPU, what every run made before the pin used
AUTO = "AUTO"  # reproducibility mode on, MKL's branch for this CPU (fixed cache sizes, deterministic reductions)
# mkl_cbwr.h: the values mkl_cbwr_get(MKL_CBWR_BRANCH) returns
_NAMES = {0: OFF, 1: OFF, 2: AUTO, 3: "COMPATIBLE", 4: "SSE2", 6: "SSSE3", 7: "SSE4_1", 8: "SSE4_2", 9: "AVX",
          10: "AVX2", 11: "AVX512_MIC", 12: "AVX512", 13: "AVX512_MIC_E1", 14: "AVX512_E1"}
_BRANCH_OPTION = 1  # MKL_CBWR_BRANCH


def pin_default() -> None:
    """Ask for :data:`DEFAULT_BRANCH` through the environment, unless the user chose a path (``MKL_CBWR``);
    ``MKL_CBWR=OFF`` is removed, so MKL starts with its reproducibility mode off."""
    if os.environ.get(ENV, "").upper() == OFF:
        del os.environ[ENV]
    else:
        os.environ.setdefault(ENV, DEFAULT_BRANCH)


def env_for(branch: str) -> dict[str, str]:
    """The environment of a child process that computes on MKL ``branch`` (``OFF``: reproducibility mode off)."""
    return {**os.environ, ENV: branch}


@functools.cache
def _mkl_get():  # the library lookup, once per process
    try:
        import torch

        lib = ctypes.CDLL(os.path.join(os.path.dirname(torch.__file__), "lib", "libtorch_cpu.so"))
        get = lib.mkl_serv_cbwr_get  # MKL's service-layer name of mkl_cbwr_get, exported by libtorch_cpu
    except (OSError, AttributeError):
        return None  # no MKL in this torch (ARM, macOS, a build without it): nothing to pin
    get.restype, get.argtypes = ctypes.c_int, [ctypes.c_int]
    return get


def mkl_branch() -> str | None:
    """The MKL code path in force in this process ("AVX2", "OFF", ...), None where torch has no MKL."""
    get = _mkl_get()
    if get is None:
        return None
    value = int(get(_BRANCH_OPTION))
    return _NAMES.get(value, f"mkl-{value}")
