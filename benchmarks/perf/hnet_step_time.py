"""Seconds per training step of an hnet recipe, by number of earlier tasks, and the extrapolated full run.

A step's cost grows with the number of stored targets the regulariser (and its look-ahead) evaluates, so
this times ``--steps`` steps of one experience with j = 0, 1, ..., T-1 earlier tasks (the earlier tasks are
marked learned without training them; their targets are still generated and regularised) and sums
``iterations x time(j)`` over the T tasks. Evaluation time is not included.

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
    opts = {k: v for k, v in cfg["method"].items() if k != "name"}
    iterations = opts["iterations"]
    scenario = build_scenario(cfg["benchmark"], 0)
    n_tasks = len(scenario.experiences)
    print(f"{args.method} on {args.benchmark}: {n_tasks} tasks x {iterations} steps, torch threads "
          f"{torch.get_num_threads()}")
    measured = {}
    for j in list(range(0, n_tasks, args.every)) + ([n_tasks - 1] if (n_tasks - 1) % args.every else []):
        learner = build_method(cfg["method"]["name"], scenario.info(), {**opts, "iterations": 2})
        learner.learned = list(range(j))
        exp = scenario.experiences[j]
        learner.train_experience(exp)  # warm-up (allocations, Adam state)
        learner.iterations = args.steps
        t0 = time.perf_counter()
        learner.train_experience(exp)
        measured[j] = (time.perf_counter() - t0) / args.steps
        print(f"  {j} earlier tasks: {measured[j] * 1000:8.1f} ms/step", flush=True)
    keys = sorted(measured)
    total = 0.0
    for j in range(n_tasks):  # linear interpolation between timed points
        lo = max(k for k in keys if k <= j)
        hi = min(k for k in keys if k >= j)
        s = measured[lo] if hi == lo else measured[lo] + (measured[hi] - measured[lo]) * (j - lo) / (hi - lo)
        total += s * iterations
    print(f"training alone: {total:.0f} s = {total / 60:.1f} min per seed (plus evaluation)")


if __name__ == "__main__":
    main()
