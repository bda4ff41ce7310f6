"""The one training loop every gradient method uses, and the one per-experience seed formula.

:func:`train_loop` runs ``epochs`` shuffled passes (or exactly ``steps`` steps) of
``loss_fn(batch)`` → ``zero_grad`` → ``backward`` → ``optimizer.step()`` → ``scheduler.step()`` →
``after_step(batch, loss)`` → the runner's ``step`` fault point, over mini-batches drawn *by index* from
in-memory tensors with a seeded generator. Every step's loss is checked: a non-finite loss raises
:class:`~clbench.errors.DivergedError` with one sentence. Every step's loss goes to the run's step log
(:func:`recording`), which the runner turns into the per-step and per-epoch training-loss curves of
``metrics.jsonl``, wandb and TensorBoard; every step's forward and backward run under the run's compute meter
(:func:`clbench.compute.step`: FLOPs, samples, optimizer steps, and the budget check).

Determinism: the only random draws the loop makes are one ``torch.randperm(n, generator=generator)`` per
pass, drawn just before the pass's first step (and never for a pass that takes no step). Whatever
``loss_fn`` draws from the same generator (a replay batch, a reparameterisation noise) interleaves with
those permutations exactly as in a hand-written loop, so a method moved onto this helper trains on the same
batches, in the same order, with the same RNG consumption.

:func:`experience_generator` is the seed of the per-experience batch order (scenario seed, experience index,
chunk), in one place: a resumed run shuffles exactly like an uninterrupted one.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import torch

from clbench import compute
from clbench.errors import DivergedError
from clbench.faults import fault_point


def experience_seed(seed: int, exp: Any) -> int:
    """The seed of experience ``exp``'s batch order under scenario seed ``seed`` (index and chunk mixed in)."""
    return int(seed) * 100_003 + int(exp.index) * 1_009 + int(getattr(exp, "chunk", 0))


def experience_generator(seed: int, exp: Any) -> torch.Generator:
    """A CPU generator seeded with :func:`experience_seed`."""
    return torch.Generator().manual_seed(experience_seed(seed, exp))


@dataclass
class Batch:
    """One mini-batch: ``tensors`` are the loop's data indexed by ``idx`` and moved to the device.

    ``x``/``y`` name the first two tensors (inputs and labels in most loops); ``epoch`` and ``step`` count
    from 0 within this call of :func:`train_loop`."""

    idx: torch.Tensor
    tensors: tuple[Any, ...]
    epoch: int
    step: int

    @property
    def x(self) -> Any:
        return self.tensors[0]

    @property
    def y(self) -> Any:
        return self.tensors[1]

    def __len__(self) -> int:
        return len(self.idx)


def batch_bounds(n: int, batch_size: int, batchnorm: bool = False, single_pass: bool = False) -> list[tuple[int, int]]:
    """``(start, stop)`` of each mini-batch over ``n`` shuffled samples.

    A BatchNorm model cannot train on a last batch of one. Multi-epoch training leaves it out (the
    DataLoader's drop_last for that batch only; a later epoch reshuffles it into a full batch). A single
    pass would then never see that sample, so there it joins the batch before it instead.
    """
    bounds = [(s, min(s + batch_size, n)) for s in range(0, n, batch_size)]
    if batchnorm and n > 1:
        if single_pass and len(bounds) > 1 and bounds[-1][1] - bounds[-1][0] == 1:
            bounds[-2:] = [(bounds[-2][0], n)]
        elif not single_pass:
            bounds = [b for b in bounds if b[1] - b[0] > 1]
    return bounds


# -- the step log -----------------------------------------------------------------------------------------
@dataclass
class StepLog:
    """Training losses as the loop saw them: one float per optimizer step, and each pass's mean."""

    steps: list[float] = field(default_factory=list)
    epochs: list[float] = field(default_factory=list)
    samples: int = 0

    def as_dict(self) -> dict:
        return {"steps": list(self.steps), "epochs": list(self.epochs), "samples": self.samples}


_LOGS: list[StepLog] = []


@contextmanager
def recording(log: StepLog | None = None):
    """Collect the loss of every :func:`train_loop` step inside the block into ``log`` (a new one if None)."""
    log = log if log is not None else StepLog()
    _LOGS.append(log)
    try:
        yield log
    finally:
        _LOGS.remove(log)


def _record_step(value: float, n: int) -> None:
    for log in _LOGS:
        log.steps.append(value)
        log.samples += n


def _record_epoch(values: list[float]) -> None:
    if values:
        for log in _LOGS:
            log.epochs.append(sum(values) / len(values))


# -- the loop ---------------------------------------------------------------------------------------------
def _take(data: Any, idx: torch.Tensor, device: torch.device | str | None) -> Any:
    """``data[idx]`` (on ``device`` when given) for a tensor; the list of the indexed items for a sequence."""
    if isinstance(data, torch.Tensor):
        return data[idx].to(device) if device is not None else data[idx]
    return [data[i] for i in idx.tolist()]



def train_loop(data: Sequence[Any] | Callable[[int], Sequence[Any]], loss_fn: Callable[[Batch], torch.Tensor],
               optimizer: torch.optim.Optimizer | None, *, batch_size: int, generator: torch.Generator,
               epochs: int | None = 1, steps: int | None = None, scheduler: Any = None,
               scheduler_per: str = "step", bounds: list[tuple[int, int]] | None = None,
               device: torch.device | str | None = None,
               after_step: Callable[[Batch, torch.Tensor], None] | None = None,
               owner: str = "the method", where: str = "",
               hint: str = "lower method.optimizer.lr or check the inputs.",
               cost_key: Callable[[Batch], Any] | None = None,
               after_backward: Callable[[Batch], None] | None = None) -> int:
    """Train, and return the number of optimizer steps taken (see the module docstring).

    ``data``: the tensors to index (inputs, labels, ...), all of one length, or a function of the epoch that
    returns them (a pass over freshly sampled features); a plain sequence (a list of prompts) is indexed item
    by item and its batch is a list. ``after_backward(batch)``: between ``backward`` and the optimizer step
    (gradient clipping). ``steps``: stop after exactly that many steps,
    reshuffling for as many passes as it takes (``epochs`` is then ignored). ``scheduler_per``: ``"step"``
    (after every optimizer step) or ``"epoch"`` (after every pass). ``bounds``: the ``(start, stop)`` of
    each batch within a pass (default: consecutive ``batch_size`` slices; see :func:`batch_bounds`).
    ``optimizer=None``: the loss is evaluated and checked but nothing is stepped. A non-finite loss raises
    ``DivergedError("<owner> loss became <v><where>; <hint>")``. ``cost_key(batch)``: the compute meter's
    key of a batch's cost (default: the shapes of ``batch.tensors``); a loss that adds samples of its own
    (a replay batch whose size grows while the buffer fills) names them here, so each size is measured.
    """
    if scheduler_per not in ("step", "epoch"):
        raise ValueError(f"scheduler_per must be 'step' or 'epoch', got {scheduler_per!r}")
    done, epoch = 0, 0
    while (steps is None and epoch < int(epochs or 0)) or (steps is not None and done < steps):
        tensors = tuple(data(epoch) if callable(data) else data)
        n = len(tensors[0])
        spans = bounds if bounds is not None else [(s, min(s + batch_size, n)) for s in range(0, n, batch_size)]
        if steps is not None and (n == 0 or not spans):
            break  # nothing to draw from: never spin
        order = torch.randperm(n, generator=generator)
        losses: list[float] = []
        for start, stop in spans:
            if steps is not None and done == steps:
                break
            idx = order[start:stop]
            moved = tuple(_take(t, idx, device) for t in tensors)
            batch = Batch(idx, moved, epoch, done)

            def forward_backward(batch: Batch = batch) -> tuple[torch.Tensor, float]:
                loss = loss_fn(batch)
                value = float(loss.detach())
                if not math.isfinite(value):
                    raise DivergedError(f"{owner} loss became {value}{where}; {hint}")
                if optimizer is not None:
                    optimizer.zero_grad(set_to_none=True)
                    loss.backward()
                    if after_backward is not None:  # e.g. gradient clipping, before the step sees the gradients
                        after_backward(batch)
                return loss, value

            # counted by the run's compute meter (a pass-through when none is in use)
            key = cost_key(batch) if cost_key is not None else compute.shape_key(*batch.tensors)
            loss, value = compute.step("train", forward_backward, key=key, samples=len(idx),
                                       optimizer_steps=0 if optimizer is None else 1)
            if optimizer is not None:
                optimizer.step()
                if scheduler is not None and scheduler_per == "step":
                    scheduler.step()
            if after_step is not None:
                after_step(batch, loss)
            losses.append(value)
            _record_step(value, len(idx))
            done += 1
            fault_point("step")
        if scheduler is not None and scheduler_per == "epoch" and optimizer is not None:
            scheduler.step()
        _record_epoch(losses)
        epoch += 1
    return done
