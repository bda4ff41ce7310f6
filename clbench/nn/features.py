"""Features of frozen modules, computed once and reused.

Frozen-backbone methods (G-ACIL, IBCL, the frozen lower part of SEMA/MOS, CLR's anchor) see the same
images many times; recomputing a frozen network's output every epoch is pure waste. ``frozen_features``
memoises the output per (module key, exact input content) in memory, and on disk when the caller gives a
stable ``disk_key`` (e.g. the weights file and the data source), written atomically through
:mod:`clbench.cache`.
"""

from __future__ import annotations

import hashlib

import torch
from torch import nn

from clbench import compute
from clbench.cache import cached

_memo: dict[tuple[str, str], torch.Tensor] = {}


def fingerprint(x: torch.Tensor) -> str:
    """An exact content hash of a tensor (shape, dtype and every byte)."""
    t = x.detach().contiguous().cpu()
    h = hashlib.sha1(f"{tuple(t.shape)}|{t.dtype}".encode())
    h.update(t.view(torch.uint8).numpy().tobytes() if t.numel() else b"")
    return h.hexdigest()


@torch.inference_mode()
def compute_features(module: nn.Module, x: torch.Tensor, batch_size: int = 512,
                     device: str | torch.device = "cpu", count: bool = True) -> torch.Tensor:
    """``module(x)`` in eval mode, in batches. The run's compute meter counts it as work done each call
    (``count=False``: the caller counts it, see :func:`frozen_features`)."""
    was_training = module.training
    module.eval()
    with compute.uncounted():
        out = [module(x[s : s + batch_size].to(device)).float().cpu() for s in range(0, len(x), batch_size)]
    if count and len(x):
        compute.count_work(len(x) * compute.forward_flops(module, x[:1].to(device)))
    module.train(was_training)
    return torch.cat(out) if out else torch.empty(0)


def frozen_features(module: nn.Module, x: torch.Tensor, module_key: str, batch_size: int = 512,
                    device: str | torch.device = "cpu", disk: bool = False, count: bool = True) -> torch.Tensor:
    """``module(x)`` for a frozen ``module`` identified by ``module_key``, computed at most once.

    ``module_key`` must change whenever the module's weights could differ (name of the weights file,
    image size, ...). With ``disk=True`` the result is also kept in the on-disk cache across processes.

    The run's compute meter counts the forward once per run and input set — what the method computes —
    whether this process computed it, found it in memory from an earlier run or read it from disk: a record's
    FLOPs are a function of its config, never of the cache's state (per-sample forward FLOPs × samples, exact
    for the convolutions, matmuls and attention the counter counts). ``count=False``: the caller counts it.
    """
    key = (module_key, fingerprint(x))
    if key not in _memo:
        def build() -> torch.Tensor:
            return compute_features(module, x, batch_size, device, count=False)
        name = f"features-{hashlib.sha1('|'.join(key).encode()).hexdigest()}"
        _memo[key] = cached(name, build) if disk else build()  # built unseen by any counter (compute_features)
    if count and len(x):
        compute.count_work(lambda: len(x) * _sample_flops(module, x, device), key="features|" + "|".join(key))
    return _memo[key]


def _sample_flops(module: nn.Module, x: torch.Tensor, device) -> int:
    was_training = module.training
    module.eval()
    try:
        return compute.forward_flops(module, x[:1].to(device))
    finally:
        module.train(was_training)


def clear_memory_cache() -> None:
    _memo.clear()
