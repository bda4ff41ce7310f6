"""Seconds per training step of an hnet recipe, by number of earlier tasks, and the extrapolated full run.

A step's cost grows with the number of stored targets the regulariser (and its look-ahead) evaluates, so
this times ``--steps`` steps of one experience with j = 0, 1, ..., T-1 earlier tasks (the earlier tasks are
marked learned without training them; their targets are still generated and regularised) and sums
``iterations x time(j)`` over the T tasks. Evaluation time is not included. It prints wall time and the
process's CPU time: on a shared machine the wall time includes waiting for a core, and the CPU time (one
torch thread) is what an otherwise idle single core would take.

    OMP_NUM_THREADS=1 python benchmarks/perf/hnet_step_time.py hnet_splitmnist_paper split_mnist_til
    OMP_NUM_THREADS=1 python benchmarks/perf/hnet_step_time.py hnet_pmnist_paper permuted_mnist_til --every 3
"""

from __future__ import annotations

import argparse
import time

import torch

from clbench.cli import compose
from clbench.registry import build_method
from clbench.runner import build_scenario


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("method")
    ap.add_argument("benchmark")
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--every", type=int, default=1, help="time every k-th number of earlier tasks, interpolate")
    args = ap.parse_args()
    cfg = compose([f"method={args.method}", f"benchmark={args.benchmark}"])
    opts = dict(cfg["method"])  # build_method drops its "name"
    iterations = opts["iterations"]
    scenario = build_scenario(cfg["benchmark"], 0)
    n_tasks = len(scenario.experiences)
    print(f"{args.method} on {args.benchmark}: {n_tasks} tasks x {iterations} steps, torch threads "
          f"{torch.get_num_threads()}")
    measured, cpu = {}, {}
    for j in list(range(0, n_tasks, args.every)) + ([n_tasks - 1] if (n_tasks - 1) % args.every else []):
        learner = build_method(cfg["method"]["name"], scenario.info(), {**opts, "iterations": 2})
        learner.learned = list(range(j))
        exp = scenario.experiences[j]
        learner.train_experience(exp)  # warm-up (allocations, Adam state)
        learner.iterations = args.steps
        t0, c0 = time.perf_counter(), time.process_time()
        learner.train_experience(exp)
        measured[j] = (time.perf_counter() - t0) / args.steps
        cpu[j] = (time.process_time() - c0) / args.steps
        print(f"  {j} earlier tasks: {measured[j] * 1000:8.1f} ms/step wall, {cpu[j] * 1000:8.1f} ms/step CPU",
              flush=True)
    for label, per_step in (("wall", measured), ("CPU", cpu)):
        print(f"training alone ({label}): {full_run(per_step, n_tasks, iterations) / 60:.1f} min per seed "
              "(plus evaluation)")


def full_run(per_step: dict[int, float], n_tasks: int, iterations: int) -> float:
    """Seconds for all tasks, interpolating linearly between the timed numbers of earlier tasks."""
    keys, total = sorted(per_step), 0.0
    for j in range(n_tasks):
        lo, hi = max(k for k in keys if k <= j), min(k for k in keys if k >= j)
        s = per_step[lo] if hi == lo else per_step[lo] + (per_step[hi] - per_step[lo]) * (j - lo) / (hi - lo)
        total += s * iterations
    return total


if __name__ == "__main__":
    main()
