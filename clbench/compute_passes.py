"""Counting a once-per-experience pass (a Fisher pass, herding's features, stored logits) without putting every
op of it through Python dispatch.

A method's pass over an experience's data or its memory — Avalanche's EWC Fisher pass, iCaRL's herding and class
means, DER's stored logits — is training compute, but it is a loop of module calls that the loop helper does not
see as batches. Counted under one open ``FlopCounterMode``, every op of it goes through Python dispatch: on the
small MLPs of the MNIST board that doubles the pass's cost (``benchmarks/perf/avalanche_compute_overhead.py``).

:class:`PassCounter` counts the same FLOPs by the rule the meter applies to batches, one level down: every
*outermost* module call (the model, a submodule called on its own, the criterion; seen through torch's global
module hooks, which a deep copy of the model does not carry) is a cost class keyed by the module, its
train/eval mode, whether grad is enabled, the shapes and dtypes of its positional inputs and the values of its
small integer inputs (a multi-task model's task labels). A call with keyword arguments is never taken from the
cache (the global pre-hook does not see them). The first
call of each key runs under the counter; later calls of that key add the measured count with no counter open.

* A call under ``torch.no_grad`` costs its forward; what runs after it until the next call (iCaRL's herding
  products between two classes' feature passes) is counted by an open counter, op by op.
* A call with grad enabled costs its forward *and everything until the next outermost call*: the loss's
  ``backward()`` that follows it in a Fisher-style loop (the autograd engine fixes the dispatch modes of a
  backward when it starts, so the backward cannot be told apart inside it). Its key also holds the previous
  call's key, since the backward runs through the graph that call built.

That makes the count exact whenever equal keys stand for equal work, which is how the strategies' passes are
written (a loop of equal batches, the last one shorter); ``tests/test_avalanche_compute.py`` checks, for every
Avalanche strategy on the board, that the count equals a plain counter's over the whole training. Work outside
any module call runs under the plain counter, so nothing is dropped that it would count — except the data
loader's ``__next__`` (fetching and collating a batch: indexing, stacking and transforms, no FLOPs), which runs
unseen by it while the block is open, since each sample's indexing is several dispatched ops. The cache lives
for one pass (one :class:`PassCounter`), so a model that grows between passes is measured again.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import torch
from torch.nn.modules.module import register_module_forward_hook, register_module_forward_pre_hook
from torch.utils.data.dataloader import _BaseDataLoaderIter as _LoaderIter

from clbench.compute import repeated, total_flop_counter, uncounted

SMALL_INT = 1024  # an integer tensor up to this many elements (task labels, lengths) is keyed by its values too


def input_key(value: Any) -> Hashable:
    """A hashable key for a module call's inputs: tensors by shape and dtype (small integer tensors by their
    sorted distinct values too, which pick a multi-task model's heads), containers item by item, other values
    as they are when hashable, else by type."""
    if isinstance(value, torch.Tensor):
        key: tuple = (tuple(value.shape), str(value.dtype))
        if not value.is_floating_point() and not value.is_complex() and value.numel() <= SMALL_INT:
            with torch.no_grad():
                key += (tuple(torch.unique(value.detach().cpu()).tolist()),)
        return key
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(input_key(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple((k, input_key(v)) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))))
    try:
        hash(value)
    except TypeError:
        return ("unhashable", type(value).__name__)
    return value


def _uncounted_next(next_batch):
    """A data loader iterator's ``__next__`` that runs unseen by the counter: fetching and collating a batch
    (indexing, stacking, the dataset's transforms) dispatches many small ops with no FLOPs to count."""
    def __next__(self):
        with uncounted():
            return next_batch(self)
    return __next__


class PassCounter:
    """Counts the FLOPs of a block of module calls as described in the module docstring; ``flops`` after exit.

    ``exact=True`` counts every op under one plain counter instead (no cache): the reference the cached count
    is tested against."""

    def __init__(self, exact: bool = False):
        self.exact = exact
        self.flops = 0
        self.calls = 0  # outermost module calls seen
        self.measured = 0  # of which ran under the counter (a new key)
        self._cache: dict[Hashable, int] = {}
        self._counter = None
        self._depth = 0
        self._segment: tuple | None = None  # (key, grad, counter total at its start or None when cached)
        self._previous: Hashable = None
        self._uncacheable: set[Hashable] = set()  # keys of calls seen with keyword arguments
        self._loader_next = None  # the data loader iterators' own __next__ while the block replaces it
        self._handles: list = []

    # -- the counter ----------------------------------------------------------------------------------------
    def _open(self) -> None:
        if self._counter is None:
            counter = total_flop_counter()
            counter.__enter__()
            self._counter = counter

    def _close(self) -> None:
        counter, self._counter = self._counter, None
        if counter is not None:
            counter.__exit__(None, None, None)
            self.flops += int(counter.get_total_flops())

    def _total(self) -> int:
        return int(self._counter.get_total_flops())

    # -- the hooks ------------------------------------------------------------------------------------------
    def _end_segment(self) -> None:
        segment, self._segment = self._segment, None
        if segment is None:
            return
        key, _, start = segment
        if start is None:  # a cached call ends: what follows is counted op by op again
            self._open()
        else:
            self._cache[key] = self._total() - start

    def _pre(self, module: torch.nn.Module, args: tuple) -> None:
        self._depth += 1
        if self._depth > 1:  # a call inside an outermost call belongs to it
            return
        self._end_segment()
        grad = torch.is_grad_enabled()
        call = (id(module), module.training, grad, input_key(args))
        key = (call, self._previous if grad else None)  # the previous call's own key, not its chain
        self._previous = call
        self.calls += 1
        known = None if key in self._uncacheable else self._cache.get(key)
        if known is not None:
            self._close()
            self.flops += known
            self._segment = (key, grad, None)
        else:
            self._open()
            self.measured += 1
            self._segment = (key, grad, self._total())

    def _post(self, module: torch.nn.Module, args: tuple, kwargs: dict, output: Any) -> None:
        self._depth -= 1
        if self._depth > 0 or self._segment is None:
            return
        if kwargs:  # a global pre-hook sees no keyword arguments, so such a call cannot be keyed
            key, _, start = self._segment
            if start is None:
                raise RuntimeError(
                    f"PassCounter took the count of an earlier call for a call of {type(module).__name__} with "
                    "keyword arguments, which its key does not see; count this pass with exact=True.")
            self._uncacheable.add(key)
        if not self._segment[1]:  # no grad: the call's cost is its forward; a grad call runs on to the next
            self._end_segment()

    # -- the block ------------------------------------------------------------------------------------------
    def __enter__(self) -> PassCounter:
        self._open()
        if not self.exact:
            # global hooks: a module's own hooks would be deep-copied with it (LwF copies the model inside a pass)
            self._handles = [register_module_forward_pre_hook(self._pre),
                             register_module_forward_hook(self._post, with_kwargs=True, always_call=True)]
            self._loader_next = _LoaderIter.__next__
            _LoaderIter.__next__ = _uncounted_next(self._loader_next)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._loader_next is not None:
            _LoaderIter.__next__, self._loader_next = self._loader_next, None
        for h in self._handles:
            h.remove()
        self._handles.clear()
        self._segment = None  # a measured segment's count is in the open counter; a cached one opened none
        self._close()


#: module kinds whose cost is fixed by their inputs' shapes: cached inside a measured decoding (by class name,
#: so the norms and rotary embeddings of any Hugging Face architecture qualify without importing it)
SHAPE_DETERMINED = ("Linear", "Embedding", "LayerNorm", "RMSNorm", "RotaryEmbedding", "ScaledWordEmbedding")


def shape_determined(module: torch.nn.Module) -> bool:
    """Whether ``module``'s FLOPs follow from its inputs' shapes alone (:data:`SHAPE_DETERMINED`, by class name:
    ``torch.nn.Linear``, peft's LoRA ``Linear``, ``Gemma3RMSNorm``, ``Gemma3RotaryEmbedding`` ...)."""
    name = type(module).__name__
    return any(name == k or name.endswith(k) for k in SHAPE_DETERMINED)


class CachedModuleCalls:
    """Inside a batch the meter measures op by op (a text batch's decoding), run every outermost call of a
    :func:`shape_determined` submodule of ``model`` through :func:`clbench.compute.repeated`: the first call of
    each (module, input shapes) is measured on its own, later ones add that count with no counter open. A
    decoding step's projections, norms and rotary embeddings cost the same at every step; its attention reads a
    longer cache each step and stays counted op by op. Calls with keyword arguments are left to the counter.
    The cache lives for one block (one ``generate``: adapters do not change inside it)."""

    def __init__(self, model: torch.nn.Module):
        self.model = model
        self._cache: dict = {}
        self._open: list = []  # the entered repeated() blocks, innermost last (None: a call left to the counter)
        self._handles: list = []
        self.calls = 0  # outermost calls of shape-determined modules, run through repeated()
        self.keys: set = set()  # their distinct keys (each measured once inside a measured batch)

    def _pre(self, module: torch.nn.Module, args: tuple, kwargs: dict) -> None:
        if self._open and self._open[-1] is not None:  # inside a cached call: it holds this one
            self._open.append(None)
            return
        if kwargs or not all(isinstance(a, torch.Tensor) for a in args):
            self._open.append(None)
            return
        key = (id(module), module.training, input_key(args))
        self.calls += 1
        self.keys.add(key)
        block = repeated(self._cache, key)
        block.__enter__()
        self._open.append(block)

    def _post(self, module: torch.nn.Module, args: tuple, kwargs: dict, output: Any) -> None:
        block = self._open.pop()
        if block is not None:
            block.__exit__(None, None, None)

    def __enter__(self) -> CachedModuleCalls:
        modules = self.model.modules() if isinstance(self.model, torch.nn.Module) else ()
        for m in modules:
            if shape_determined(m):
                self._handles.append(m.register_forward_pre_hook(self._pre, with_kwargs=True))
                self._handles.append(m.register_forward_hook(self._post, with_kwargs=True, always_call=True))
        return self

    def __exit__(self, *exc: Any) -> None:
        for h in self._handles:
            h.remove()
        self._handles.clear()
