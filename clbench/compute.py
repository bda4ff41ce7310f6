"""The compute meter: training and evaluation FLOPs, samples and optimizer steps, measured by counting.

A run's compute is counted, not predicted from a per-method formula. The first batch of each distinct
``(phase, key)`` in an experience — ``key`` being the batch's shapes, see :func:`shape_key` — runs under
``torch.utils.flop_counter.FlopCounterMode``, which counts the FLOPs of every matmul/conv/attention op the
batch dispatches (forward *and* backward when the step calls ``backward()``); every later batch of that key in
the same experience adds the measured count without running the counter again. The cache is cleared at
every experience start, so a model that grows (new heads, adapters, prompts) or a replay batch that changes
shape is measured again. The counter runs on a few batches per experience, so the overhead is a few percent
of a run (``benchmarks/perf/compute_overhead.py`` measures it against an uncounted loop).

What the count covers: ops torch's flop counter knows (matmul, addmm, bmm, convolution, scaled-dot-product
attention and their backward passes), plus :data:`CPU_FORMULAS` for the CPU kernels torch's registry does not
name (it lists only the GPU attention kernels, so on a CPU attention counted 0: a tiny ViT's forward was
half-counted, ``nn.MultiheadAttention``'s fused inference op whole uncounted) — counter version 2,
:data:`COUNTER_VERSION`, in every record. Elementwise ops, optimizer updates and data movement count 0, as in
the usual FLOP accounting of Prabhu et al. (CVPR 2023, "Computationally Budgeted Continual Learning").
Only what runs inside :meth:`ComputeMeter.step` (or a :meth:`ComputeMeter.counting` block: the Avalanche
strategies' iterations, methods/common/avalanche_meter.py) is counted: a method whose loop does not go through
the meter reports ``train_flops: null`` ("not measured"), never 0.

Work that a cache lets a process skip is counted by what it is, not by what ran, so that a record's compute is a
function of its config and never of the cache's state: a frozen module's features (:mod:`clbench.nn.features`,
kept in memory and on disk across runs) run under :func:`uncounted` and are added by :meth:`ComputeMeter.count_work`
once per run and input set (per-sample forward FLOPs × samples); the keys counted are part of the meter's state,
so a resumed run does not count them again.

Usage (the runner and the loop helper)::

    meter = ComputeMeter(budget=Budget.parse(benchmark.get("budget")), owner=method_name)
    with compute.use(meter):
        meter.begin_experience(i)
        learner.train_experience(exp)   # the loop helper calls compute.step("train", closure, key=..., samples=n)
        evaluate(...)                   # clbench.evaluate counts "eval" itself
        meter.end_experience()
    record["compute"] = meter.totals()

A :class:`Budget` caps each experience's training FLOPs or samples; the step that would go over it raises
:class:`BudgetExceeded` (a :class:`~clbench.errors.ClbenchError`) with one sentence. A samples budget is
checked before the step runs, a FLOPs budget before it runs when the step's cost is already known, else right
after its first measurement.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import torch
from torch.utils._python_dispatch import _disable_current_modes
from torch.utils.flop_counter import (
    FlopCounterMode,
    _FlopCounterMode,
    mm_flop,
    sdpa_backward_flop_count,
    sdpa_flop_count,
)

from clbench.errors import ClbenchError

PHASES = ("train", "eval")
METHOD = ("torch.utils.flop_counter.FlopCounterMode on the first batch of each distinct (phase, shapes) per "
          "experience, times the number of batches of those shapes")
#: the counter's version, in every record's compute block. 2 (2026-12-06): attention on the CPU counted (torch's
#: registry counts its CPU kernels 0, clbench.compute.CPU_FORMULAS), text decoding counted. Records without the
#: field were counted by version 1: the same counts wherever no attention ran on a CPU.
COUNTER_VERSION = 2
T = TypeVar("T")


class BudgetExceeded(ClbenchError):
    """A method overran the scenario's per-experience training budget (one sentence, like every ClbenchError);
    the runner writes a failed record for it."""


@dataclass(frozen=True)
class Budget:
    """A per-experience cap on training compute: ``flops`` (counted FLOPs, replayed samples' cost included)
    or ``samples`` (the training samples the loop draws from the experience, as passed to :meth:`step`: a
    replay method's memory samples are not counted here, only in its FLOPs), or both."""

    flops: float | None = None
    samples: int | None = None

    @classmethod
    def parse(cls, value: Any) -> Budget | None:
        """``None``, a dict ``{flops: 1e9}`` / ``{samples: 5000}``, or a string ``"flops:1e9"`` /
        ``"samples:5000"`` (the ``benchmark.budget=`` option) → a Budget, or one sentence naming the fix."""
        if value is None or value == {} or value == "":
            return None
        fix = ("set benchmark.budget to flops:<number> or samples:<integer> (per experience), e.g. "
               "benchmark.budget=samples:5000")
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            pairs = {}
            for p in parts:
                if ":" not in p:
                    raise ClbenchError(f"budget '{value}' is not of the form kind:number; {fix}.")
                k, v = p.split(":", 1)
                pairs[k.strip()] = v.strip()
            value = pairs
        if not isinstance(value, dict):
            raise ClbenchError(f"budget must be a mapping or a string, got {type(value).__name__}; {fix}.")
        unknown = set(value) - {"flops", "samples"}
        if unknown:
            raise ClbenchError(f"unknown budget kind(s) {sorted(unknown)}; {fix}.")
        out: dict[str, Any] = {}
        for k, v in value.items():
            try:
                num = float(v)
            except (TypeError, ValueError):
                raise ClbenchError(f"budget {k}={v!r} is not a number; {fix}.") from None
            if isinstance(v, bool) or not math.isfinite(num) or num <= 0:
                raise ClbenchError(f"budget {k}={v!r} must be a positive finite number; {fix}.")
            if k == "samples" and num != int(num):
                raise ClbenchError(f"budget samples={v!r} must be an integer; {fix}.")
            out[k] = int(num) if k == "samples" else num
        return cls(**out) if out else None

    def as_dict(self) -> dict:
        return {k: v for k, v in (("flops", self.flops), ("samples", self.samples)) if v is not None}


def shape_key(*items: Any) -> tuple:
    """A hashable key from the shapes (and dtypes) of tensors; other items (ints, strings) are kept as they
    are. Batches with the same key are assumed to cost the same FLOPs within one experience."""
    out = []
    for it in items:
        if isinstance(it, torch.Tensor):
            out.append((tuple(it.shape), str(it.dtype)))
        elif isinstance(it, (list, tuple)) and it and isinstance(it[0], torch.Tensor):
            out.append(shape_key(*it))
        elif isinstance(it, (list, tuple)):
            out.append(("seq", len(it)))
        else:
            out.append(it)
    return tuple(out)


# ops FlopCounterMode's dispatch answers with NotImplemented (size and stride queries): left to it
_SPECIAL = frozenset({
    torch.ops.aten.sym_is_contiguous.default, torch.ops.aten.is_contiguous.default,
    torch.ops.aten.is_contiguous.memory_format, torch.ops.aten.is_strides_like_format.default,
    torch.ops.aten.is_non_overlapping_and_dense.default, torch.ops.aten.size.default,
    torch.ops.aten.sym_size.default, torch.ops.aten.stride.default, torch.ops.aten.sym_stride.default,
    torch.ops.aten.storage_offset.default, torch.ops.aten.sym_storage_offset.default,
    torch.ops.aten.numel.default, torch.ops.aten.sym_numel.default, torch.ops.aten.dim.default,
    torch.ops.prim.layout.default})


def _zero() -> dict:
    return {p: 0 for p in PHASES}


class _NoModuleTracker:
    """Stands in for FlopCounterMode's ModuleTracker: every FLOP goes to "Global" (the total, all we read)."""

    parents = frozenset({"Global"})

    def __enter__(self):
        return self

    def __exit__(self, *args) -> None:
        return None


_LINEAR = torch.ops.aten.linear.default


def _as4(shape) -> torch.Size:
    """An attention operand's shape as (batch, heads, length, dim): extra leading dims folded into the batch."""
    shape = torch.Size(shape)
    return shape if len(shape) == 4 else torch.Size([math.prod(shape[:-2]), 1, shape[-2], shape[-1]])


def _cpu_attention(query_shape, key_shape, value_shape, *args, out_shape=None, **kwargs) -> int:
    return sdpa_flop_count(_as4(query_shape), _as4(key_shape), _as4(value_shape))


def _cpu_attention_backward(grad_out_shape, query_shape, key_shape, value_shape, *args, out_shape=None,
                            **kwargs) -> int:
    return sdpa_backward_flop_count(_as4(grad_out_shape), _as4(query_shape), _as4(key_shape), _as4(value_shape))


def _native_mha(query_shape, key_shape, value_shape, embed_dim, num_head, *args, out_shape=None, **kwargs) -> int:
    """``nn.MultiheadAttention``'s inference fast path as one op: its input projections, the attention and the
    output projection, each by torch's own mm / attention formula (what the op's slow path counts)."""
    q, k, v = (torch.Size([1, *s]) if len(s) == 2 else torch.Size(s) for s in (query_shape, key_shape, value_shape))
    e, h = int(embed_dim), int(num_head)
    proj = sum(mm_flop(torch.Size([s[0] * s[1], e]), torch.Size([e, e])) for s in (q, k, v, q))  # q, k, v, out
    heads = [torch.Size([s[0], h, s[1], e // h]) for s in (q, k, v)]
    return proj + sdpa_flop_count(*heads)


#: ops torch's flop counter has no formula for on the CPU, which would count 0 (attention on a CPU never runs
#: the CUDA kernels the registry names): the CPU flash-attention kernel forward and backward, and
#: MultiheadAttention's fused inference path
CPU_FORMULAS = {
    torch.ops.aten._scaled_dot_product_flash_attention_for_cpu: _cpu_attention,
    torch.ops.aten._scaled_dot_product_flash_attention_for_cpu_backward: _cpu_attention_backward,
    torch.ops.aten._native_multi_head_attention: _native_mha,
}
_DIRECT: dict[Any, bool] = {}  # per aten overload: can the counter run it without trying a decomposition?


def _direct(func: Any) -> bool:
    """Whether ``func`` is a plain aten overload with no CompositeImplicitAutograd kernel: FlopCounterMode's
    dispatch would re-enter itself to try ``func.decompose`` and get NotImplemented, then run and count it."""
    if not isinstance(func, torch._ops.OpOverload) or func in _SPECIAL or func is torch.ops.prim.device.default:
        return False
    cia = torch._C.DispatchKey.CompositeImplicitAutograd
    return cia not in func.py_kernels and not torch._C._dispatch_has_kernel_for_dispatch_key(func.name(), cia)


class _DirectFlopCounterMode(_FlopCounterMode):
    """FlopCounterMode's dispatch with its no-op step skipped: for an op that has no decomposition it would enter
    the mode again to call ``decompose`` (NotImplemented) before running and counting the op, which is most of
    its cost per op on small tensors. The count is the same op for op (tests/test_compute.py)."""

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        if func is _LINEAR:
            return self._linear(args, kwargs or {})
        direct = _DIRECT.get(func)
        if direct is None:
            direct = _DIRECT[func] = _direct(func)
        if not direct:
            return super().__torch_dispatch__(func, types, args, kwargs)
        kwargs = kwargs or {}
        return self.counter._count_flops(func._overloadpacket, func(*args, **kwargs), args, kwargs)

    def _linear(self, args: tuple, kwargs: dict):
        """``aten.linear`` reaches the mode whole only where autograd is off (inference mode): torch's mode would
        decompose it op by op into the matmul it counts; run torch's own kernel and count that product with
        the counter's own ``mm`` formula instead, (rows of the input) × in_features × out_features."""
        x, w = args[0], args[1]
        if x.dim() < 2 or w.dim() != 2:  # a vector input: leave it to the decomposition
            return super().__torch_dispatch__(_LINEAR, (), args, kwargs)
        out = _LINEAR(*args, **kwargs)
        mm = torch.ops.aten.mm
        flops = self.counter.flop_registry[mm](torch.Size([x.numel() // x.shape[-1], x.shape[-1]]), w.t().shape)
        for parent in set(self.counter.mod_tracker.parents):
            self.counter.flop_counts[parent][mm] += flops
        return out


class _TotalFlopCounter(FlopCounterMode):
    def __enter__(self):
        self.flop_counts.clear()
        self.mod_tracker.__enter__()
        self.mode = _DirectFlopCounterMode(self)
        self.mode.__enter__()
        return self


def total_flop_counter(direct: bool = True) -> FlopCounterMode:
    """A FlopCounterMode counting the total only. Its ModuleTracker (per-module attribution) registers autograd
    hooks on module inputs, which fails under ``torch.inference_mode`` when an input requires grad (hnet feeds
    its task-embedding Parameter to the hypernetwork at evaluation); the total does not depend on it.
    ``direct`` skips the no-op decomposition attempt of ops that have none (:class:`_DirectFlopCounterMode`);
    ``direct=False`` is torch's own dispatch, the reference it is tested against."""
    counter = (_TotalFlopCounter if direct else FlopCounterMode)(display=False, custom_mapping=CPU_FORMULAS)
    counter.mod_tracker = _NoModuleTracker()
    return counter


class ComputeMeter:
    """Counts FLOPs, samples and steps per phase (``"train"``, ``"eval"``) and enforces a :class:`Budget`."""

    def __init__(self, budget: Budget | None = None, owner: str = "method"):
        self.budget = budget
        self.owner = owner
        self.flops = _zero()
        self.samples = _zero()
        self.batches = _zero()  # calls of step()
        self.measured = _zero()  # of which ran under FlopCounterMode
        self.optimizer_steps = 0
        self.experience: int | None = None
        self.per_experience: list[dict] = []
        self._cache: dict[tuple, int] = {}
        self._exp = self._fresh_exp()
        self._measuring = False
        self._repeated = 0  # FLOPs of repeated() blocks inside the batch being measured, which its counter skips
        self._phases: list[str] = []  # the phases of the open counting blocks, innermost last
        self._once: set[str] = set()  # count_work keys this run has counted

    # -- experiences --------------------------------------------------------------------------------------
    @staticmethod
    def _fresh_exp() -> dict:
        return {"train_flops": 0, "train_samples": 0, "optimizer_steps": 0, "train_batches": 0,
                "eval_flops": 0, "eval_samples": 0}

    def begin_experience(self, index: int) -> None:
        """Start counting experience ``index``: its budget starts at 0 and every shape is measured again."""
        self.experience = int(index)
        self._exp = self._fresh_exp()
        self._cache.clear()

    def end_experience(self) -> dict:
        """Close the current experience; its counts (also kept in ``per_experience``).

        Under a budget, an experience in which no training batch went through the meter is refused: the
        method trained outside it (its own loop), so the budget could not be held, and a budget board must
        not show it as if it had been."""
        if self.budget is not None and self._exp["train_batches"] == 0:
            where = f"experience {self.experience}" if self.experience is not None else "this experience"
            raise BudgetExceeded(
                f"method '{self.owner}' trained {where} without passing its batches through the compute meter, "
                "so benchmark.budget cannot be enforced; run it without a budget, or train through "
                "clbench.training.train_loop / compute.step (docs/python-api.md).")
        done = {"experience": self.experience, **self._exp}
        self.per_experience.append(done)
        self.experience = None
        self._exp = self._fresh_exp()
        self._cache.clear()
        return done

    # -- counting -----------------------------------------------------------------------------------------
    def step(self, phase: str, fn: Callable[[], T], *, key: Hashable | None, samples: int,
             optimizer_steps: int | None = None) -> T:
        """Run ``fn()`` (one batch: forward, and for training the loss's backward) and count it.

        ``key`` names the batch's cost class (use :func:`shape_key`); ``None`` for a batch whose cost its
        shapes do not fix (greedy decoding), which is then measured every time; ``samples`` the samples it processes;
        ``optimizer_steps`` defaults to 1 for ``"train"`` and 0 for ``"eval"``. Returns ``fn()``'s value.
        """
        with self.counting(phase, key=key, samples=samples, optimizer_steps=optimizer_steps):
            return fn()

    @contextlib.contextmanager
    def counting(self, phase: str, *, key: Hashable | None, samples: int,
                 optimizer_steps: int | None = None) -> Iterator[None]:
        """:meth:`step` as a block, for a loop that is not a closure: everything the block runs is one batch
        (an Avalanche strategy's iteration runs between two of its callbacks). Counted only if the block
        ends without an exception."""
        if phase not in PHASES:
            raise ValueError(f"phase must be one of {PHASES}, got {phase!r}")
        samples = int(samples)
        steps = (1 if phase == "train" else 0) if optimizer_steps is None else int(optimizer_steps)
        ck = None if key is None else (phase, key)  # None: measured every time, never cached
        known = None if ck is None else self._cache.get(ck)
        if phase == "train":
            self._check_budget(samples, known)
        measure = known is None and not self._measuring  # nested in an outer measurement: the outer counts
        self._phases.append(phase)
        try:
            if not measure:
                yield
                flops = known or 0
            else:
                self._measuring, self._repeated = True, 0
                try:
                    with total_flop_counter() as counter:
                        yield
                finally:
                    self._measuring = False
                flops = int(counter.get_total_flops()) + self._repeated
                if ck is not None:
                    self._cache[ck] = flops
                self.measured[phase] += 1
        finally:
            self._phases.pop()
        self._add(phase, flops, samples, steps)
        if phase == "train" and known is None:
            self._check_budget(0, 0)

    def has_counted(self, key: str) -> bool:
        """Whether this run has counted :meth:`count_work` ``key``."""
        return key in self._once

    def count_work(self, flops: int | Callable[[], int], key: str | None = None) -> None:
        """Add ``flops`` of work that is no batch of its own to the phase of the innermost open block
        (``"train"`` outside any: work a method does in ``train_experience`` around its loop). For work
        that a cache may let a process skip — a frozen module's features, kept in memory and on disk — so
        that the count is what the method computes, whatever this process found cached: give ``key`` (the
        work's identity) and it is counted the first time this run asks for it, never again; ``flops`` may
        then be a callable, called only when the key is new. Run the work itself under :func:`uncounted`."""
        if key is not None:
            if key in self._once:
                return
            self._once.add(key)
        n = int(flops() if callable(flops) else flops)
        phase = self._phases[-1] if self._phases else "train"
        if phase == "train":
            self._check_budget(0, n)
        self.flops[phase] += n
        self._exp[f"{phase}_flops"] += n

    def add(self, phase: str, flops: int, samples: int, optimizer_steps: int = 0, batches: int = 1) -> None:
        """Count work measured elsewhere (a method whose step does not fit :meth:`step`); ``batches=0`` for
        work that is no batch of its own (a strategy's once-per-experience pass, counted as FLOPs only)."""
        if phase not in PHASES:
            raise ValueError(f"phase must be one of {PHASES}, got {phase!r}")
        if phase == "train":
            self._check_budget(int(samples), int(flops))
        self._add(phase, int(flops), int(samples), int(optimizer_steps), int(batches))

    def _add(self, phase: str, flops: int, samples: int, steps: int, batches: int = 1) -> None:
        self.flops[phase] += flops
        self.samples[phase] += samples
        self.batches[phase] += batches
        self._exp[f"{phase}_flops"] += flops
        self._exp[f"{phase}_samples"] += samples
        if phase == "train":
            self.optimizer_steps += steps
            self._exp["optimizer_steps"] += steps
            self._exp["train_batches"] += batches

    def _check_budget(self, more_samples: int, more_flops: int | None) -> None:
        b = self.budget
        if b is None:
            return
        where = f"experience {self.experience}" if self.experience is not None else "this experience"
        if b.samples is not None and self._exp["train_samples"] + more_samples > b.samples:
            raise BudgetExceeded(
                f"method '{self.owner}' overran the training budget in {where}: "
                f"{self._exp['train_samples'] + more_samples} samples > benchmark.budget samples:{b.samples}; "
                "train fewer epochs or fewer samples per experience, or raise the budget.")
        if b.flops is not None and more_flops is not None and self._exp["train_flops"] + more_flops > b.flops:
            raise BudgetExceeded(
                f"method '{self.owner}' overran the training budget in {where}: "
                f"{self._exp['train_flops'] + more_flops:.4g} FLOPs > benchmark.budget flops:{b.flops:.4g}; "
                "train fewer epochs or fewer samples per experience, or raise the budget.")

    # -- results and resume -------------------------------------------------------------------------------
    def totals(self) -> dict:
        """The record's ``compute`` block. A phase with no counted batch is ``null`` (not measured), never 0."""
        def measured(phase: str, value: int) -> int | None:
            return value if self.batches[phase] else None

        return {
            "train_flops": measured("train", self.flops["train"]),
            "eval_flops": measured("eval", self.flops["eval"]),
            "train_samples": measured("train", self.samples["train"]),
            "eval_samples": measured("eval", self.samples["eval"]),
            "optimizer_steps": measured("train", self.optimizer_steps),
            "batches": dict(self.batches),
            "measured_batches": dict(self.measured),
            "per_experience": [dict(e) for e in self.per_experience],
            "budget": self.budget.as_dict() if self.budget else None,
            "method": METHOD,
            "counter": COUNTER_VERSION,
        }

    def state_dict(self) -> dict:
        """Plain data for the runner's checkpoint (a resumed run carries on counting)."""
        return {"flops": dict(self.flops), "samples": dict(self.samples), "batches": dict(self.batches),
                "measured": dict(self.measured), "optimizer_steps": self.optimizer_steps,
                "per_experience": [dict(e) for e in self.per_experience],
                "budget": self.budget.as_dict() if self.budget else None, "once": sorted(self._once)}

    def load_state_dict(self, state: dict) -> None:
        self.flops, self.samples = dict(state["flops"]), dict(state["samples"])
        self.batches, self.measured = dict(state["batches"]), dict(state["measured"])
        self.optimizer_steps = int(state["optimizer_steps"])
        self.per_experience = [dict(e) for e in state["per_experience"]]
        self._once = set(state.get("once", ()))  # a checkpoint from before count_work keys: none counted
        if self.budget is None and state.get("budget"):  # totals() of a restored meter still names its budget
            self.budget = Budget(**state["budget"])
        self._cache.clear()


_STACK: list[ComputeMeter] = []


@contextlib.contextmanager
def use(meter: ComputeMeter) -> Iterator[ComputeMeter]:
    """Make ``meter`` the :func:`current` one inside the block (the loop helper and evaluation find it)."""
    _STACK.append(meter)
    try:
        yield meter
    finally:
        _STACK.remove(meter)


def current() -> ComputeMeter | None:
    """The innermost meter in use, or None (then :func:`step` just runs the batch)."""
    return _STACK[-1] if _STACK else None


def step(phase: str, fn: Callable[[], T], *, key: Hashable | None, samples: int,
         optimizer_steps: int | None = None) -> T:
    """``current().step(...)`` when a meter is in use, else ``fn()``: loops call this unconditionally."""
    meter = current()
    if meter is None:
        return fn()
    return meter.step(phase, fn, key=key, samples=samples, optimizer_steps=optimizer_steps)


def count_work(flops: int | Callable[[], int], key: str | None = None) -> None:
    """``current().count_work(...)`` when a meter is in use, else nothing (see :meth:`ComputeMeter.count_work`)."""
    meter = current()
    if meter is not None:
        meter.count_work(flops, key)


@contextlib.contextmanager
def repeated(cache: dict, key: Hashable) -> Iterator[None]:
    """A block that a batch runs many times at the same cost (a decoding step over fixed-size key/value caches),
    inside a batch the meter is measuring (a text batch is measured every time): the first run of ``key`` is
    measured on its own, later ones add that count without the counter, so decoding is not slowed op by op.
    ``cache`` is the caller's and must live only as long as the cost is fixed (one decoding call: the model and
    its adapters do not change inside it). Outside a measurement the block just runs, so a batch the meter
    takes from its cache costs nothing extra and a plain counter around it sees every op."""
    meter = current()
    if meter is None or not meter._measuring:
        yield
        return
    known = cache.get(key)
    with uncounted():
        if known is None:
            with total_flop_counter() as counter:
                yield
            known = cache[key] = int(counter.get_total_flops())
        else:
            yield
    meter._repeated += known


@contextlib.contextmanager
def uncounted() -> Iterator[None]:
    """Run a block unseen by any open ``FlopCounterMode`` (the work is counted by :func:`count_work`)."""
    with _disable_current_modes():
        yield


def forward_flops(module: torch.nn.Module, x: torch.Tensor) -> int:
    """FLOPs of ``module(x)`` (forward, no gradient), measured on its own whatever counter is open; the global
    RNG is left as it was, so measuring never changes a run's numbers."""
    with uncounted(), torch.random.fork_rng(devices=[]), torch.inference_mode(), total_flop_counter() as counter:
        module(x)
    return int(counter.get_total_flops())

