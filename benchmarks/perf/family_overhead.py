"""Harness overhead per method family: ``train_experience`` through the engine loop vs the same work by hand.

    OMP_NUM_THREADS=1 nice -n 5 python benchmarks/perf/family_overhead.py --repeats 5

For every family that trains by gradient through :func:`clbench.training.train_loop` (directly, through
:meth:`clbench.learner.SGDLearner.train_experience`, or through ``methods.common.loop.minibatch_loop``),
the same learner (built from its ``conf/method`` YAML plus the small overrides below, seed 0) trains over
every experience of a small stream (split_digits, or its task-IL twin) three ways, in interleaved order:

* ``clbench``: ``train_experience`` as a run calls it, under a fresh compute meter (FLOPs counted once per
  batch shape with FlopCounterMode, then from the cache), with the step log recording;
* ``nometer``: the same without the meter (:func:`clbench.compute.step` is then a pass-through);
* ``hand``: the same ``train_experience`` with ``train_loop`` replaced, in every module that imported it,
  by :func:`hand_loop` — the bare loop a researcher writes: one ``randperm`` per pass, index the tensors,
  ``loss`` → ``zero_grad`` → ``backward`` → ``step`` (no divergence check, no meter, no step log, no fault
  point, no closure). Same model, same batches (the same generator draws), same optimizer, same loss; the
  script checks that both end with bit-identical parameters, so the work is the same.

The method's own work outside the loop (a replay buffer's stores, WA's aligning, gacil's ridge recursion,
hnet's regulariser targets) is in all three. Timed: CPU seconds (``time.process_time``, the meaningful one
on a loaded shared machine) and wall seconds; the table shows each family's median over ``--repeats`` and
the median of the per-repeat ratios clbench/hand. Each timed sample trains enough fresh copies (``--min-cpu``
CPU seconds' worth, from the warm-up) that a tiny family is not timer noise; seconds are per copy.
EWC/SI/LwF run Avalanche's own loop (methods/avalanche_strategies.py), not the engine's: their overhead
is benchmarks/perf/overhead.py's avalanche row.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from typing import Any

import torch

from clbench import compute, training
from clbench.compose import compose
from clbench.registry import build_method
from clbench.runner import build_scenario
from clbench.training import Batch

# family -> (method config, benchmark, overrides that keep it a few seconds on one core)
FAMILIES: dict[str, tuple[str, str, list[str]]] = {
    "finetune (SGDLearner)": ("finetune", "split_digits", []),
    "er": ("er", "split_digits", []),
    "wa": ("wa", "split_digits", ["method.epochs=2"]),
    "ibcl": ("ibcl", "split_digits_til", ["method.steps=100", "method.n_models=2"]),
    "hnet": ("hnet", "split_digits_til", ["method.iterations=100"]),
    "supsup": ("supsup", "split_digits_til", []),
    "exssnet": ("exssnet", "split_digits_til", []),
    "gacil (base training)": ("gacil_mnist", "split_digits", []),
    "lora_seq (tiny LM)": ("lora_seq", "instruction_stream", ["method.epochs=1"]),
}


def hand_loop(data: Sequence[Any] | Callable[[int], Sequence[Any]], loss_fn: Callable[[Batch], torch.Tensor],
              optimizer: torch.optim.Optimizer | None, *, batch_size: int, generator: torch.Generator,
              epochs: int | None = 1, steps: int | None = None, scheduler: Any = None, scheduler_per: str = "step",
              bounds: list[tuple[int, int]] | None = None, device: torch.device | str | None = None,
              after_step: Callable[[Batch, torch.Tensor], None] | None = None,
              after_backward: Callable[[Batch], None] | None = None, **_unused: Any) -> int:
    """The bare loop: the same generator draws and the same update as train_loop, nothing else."""
    done, epoch = 0, 0
    while (steps is None and epoch < int(epochs or 0)) or (steps is not None and done < steps):
        tensors = tuple(data(epoch) if callable(data) else data)
        n = len(tensors[0])
        spans = bounds if bounds is not None else [(s, min(s + batch_size, n)) for s in range(0, n, batch_size)]
        if steps is not None and (n == 0 or not spans):
            break
        order = torch.randperm(n, generator=generator)
        for start, stop in spans:
            if steps is not None and done == steps:
                break
            idx = order[start:stop]
            batch = Batch(idx, tuple(training._take(t, idx, device) for t in tensors), epoch, done)
            loss = loss_fn(batch)
            if optimizer is not None:
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                if after_backward is not None:
                    after_backward(batch)
                optimizer.step()
                if scheduler is not None and scheduler_per == "step":
                    scheduler.step()
            if after_step is not None:
                after_step(batch, loss)
            done += 1
        if scheduler is not None and scheduler_per == "epoch" and optimizer is not None:
            scheduler.step()
        epoch += 1
    return done


@contextmanager
def by_hand() -> Iterator[None]:
    """Every module that imported ``train_loop`` (not clbench.training itself) calls :func:`hand_loop` inside."""
    original = training.train_loop
    patched = [m for m in list(sys.modules.values())
               if m is not None and m is not training and getattr(m, "train_loop", None) is original]
    for m in patched:
        m.train_loop = hand_loop
    try:
        yield
    finally:
        for m in patched:
            m.train_loop = original


def fingerprint(learner: Any) -> list[torch.Tensor]:
    """Every floating tensor of every module the learner declares, to compare the two runs' end states."""
    mods = learner.modules() or [v for v in vars(learner).values() if isinstance(v, torch.nn.Module)]
    return [t.detach().clone() for m in mods for t in m.state_dict().values()
            if isinstance(t, torch.Tensor) and t.is_floating_point()]


def train_all(template: Any, scenario: Any, mode: str, inner: int = 1) -> tuple[float, float, Any]:
    """``inner`` fresh copies of the learner, each trained over the whole stream: seconds (CPU, wall).

    Copying the learner and patching the loop happen outside the timed region."""
    learners = [copy.deepcopy(template) for _ in range(inner)]
    with by_hand() if mode == "hand" else nullcontext():
        t0, c0 = time.perf_counter(), time.process_time()
        for learner in learners:
            torch.manual_seed(0)  # as the runner does: gacil's temporary base head draws from the global RNG
            with compute.use(compute.ComputeMeter()) if mode == "clbench" else nullcontext(), \
                    training.recording() if mode != "hand" else nullcontext():
                for exp in scenario:
                    learner.train_experience(exp)
        cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    return cpu, wall, learners[-1]


def build(method: str, bench: str, overrides: list[str]) -> tuple[Any, Any]:
    cfg = compose([f"method={method}", f"benchmark={bench}", "seed=0", *overrides])
    scenario = build_scenario(cfg["benchmark"], 0)
    torch.manual_seed(0)
    learner = build_method(cfg["method"]["name"], scenario.info(), dict(cfg["method"]))
    return learner, scenario


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--min-cpu", type=float, default=1.0, help="CPU seconds per timed sample (copies)")
    parser.add_argument("--only", nargs="*", help="family names (prefixes) to run")
    args = parser.parse_args()
    torch.set_num_threads(1)
    rows = []
    for family, (method, bench, overrides) in FAMILIES.items():
        if args.only and not any(family.startswith(o) for o in args.only):
            continue
        try:
            template, scenario = build(method, bench, overrides)
        except Exception as e:  # an optional extra not installed: name it and go on
            print(f"{family}: skipped ({type(e).__name__}: {e})", flush=True)
            continue
        # warm-up (kernels, allocator, feature caches on disk), then enough copies per sample for ~--min-cpu s
        warm = train_all(template, scenario, "hand")[0]
        inner = max(1, min(50, round(args.min_cpu / max(warm, 1e-3))))
        times: dict[str, list[tuple[float, float]]] = {"clbench": [], "nometer": [], "hand": []}
        same = True
        for r in range(args.repeats):
            order = ["clbench", "nometer", "hand"] if r % 2 == 0 else ["hand", "nometer", "clbench"]
            ends = {}
            for mode in order:
                cpu, wall, learner = train_all(template, scenario, mode, inner)
                times[mode].append((cpu, wall))
                ends[mode] = fingerprint(learner)
            same = same and all(torch.equal(a, b) for a, b in zip(ends["clbench"], ends["hand"], strict=True))
        med = {m: (statistics.median(c for c, _ in v), statistics.median(w for _, w in v)) for m, v in times.items()}
        ratio_cpu = statistics.median(c / h for (c, _), (h, _) in zip(times["clbench"], times["hand"], strict=True))
        ratio_wall = statistics.median(w / h for (_, w), (_, h) in zip(times["clbench"], times["hand"], strict=True))
        ratio_nm = statistics.median(c / h for (c, _), (h, _) in zip(times["nometer"], times["hand"], strict=True))
        med = {m: (c / inner, w / inner) for m, (c, w) in med.items()}  # per training of the whole stream
        rows.append((family, med, ratio_cpu, ratio_wall, ratio_nm, same))
        print(f"{family}: clbench cpu {med['clbench'][0]:.2f}s, hand cpu {med['hand'][0]:.2f}s, "
              f"ratio {ratio_cpu:.3f} (wall {ratio_wall:.3f}), same parameters: {same}", flush=True)
    print()
    print("| family | clbench CPU s | hand CPU s | ratio CPU | clbench wall s | hand wall s | ratio wall "
          "| ratio CPU, no meter | same end state |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for family, med, rc, rw, rn, same in rows:
        print(f"| {family} | {med['clbench'][0]:.2f} | {med['hand'][0]:.2f} | {rc:.3f} | {med['clbench'][1]:.2f} "
              f"| {med['hand'][1]:.2f} | {rw:.3f} | {rn:.3f} | {'yes' if same else 'NO'} |")


if __name__ == "__main__":
    main()
