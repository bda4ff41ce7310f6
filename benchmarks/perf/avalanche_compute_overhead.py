"""Overhead of counting an Avalanche strategy's training compute (methods/common/avalanche_meter.py).

The same learner (its ``conf/method`` YAML, seed 0, 1 epoch or ``--epochs``) trains the first ``--experiences``
experiences of Split MNIST (``--limit`` training images per experience) twice per pair: under a fresh
``ComputeMeter`` (the two bracket plugins, one measured batch per shape per experience, the once-per-experience
passes under a ``PassCounter``) and with no meter (``train_experience`` then calls ``strategy.train`` directly). Pairs
alternate which goes first; the script prints each pair's process CPU seconds (on a shared machine wall time
mostly measures the other processes), the median ratio counted/uncounted per strategy, and the FLOPs counted.
Both runs of a pair must end with bit-identical parameters (counting never changes a run): checked.

    OMP_NUM_THREADS=1 python benchmarks/perf/avalanche_compute_overhead.py --pairs 3 --limit 3000
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch
import yaml

from clbench import compute
from clbench.registry import build_method
from clbench.runner import build_scenario, seed_everything

ROOT = Path(__file__).resolve().parents[2]
BENCH = {"name": "split_mnist", "source": "mnist", "protocol": "class_incremental",
         "protocol_args": {"n_experiences": 5}}


def once(name: str, limit: int, n_exp: int, counted: bool,
         epochs: int | None = 1) -> tuple[float, dict | None, list[torch.Tensor]]:
    cfg = yaml.safe_load((ROOT / "conf" / "method" / f"{name}.yaml").read_text())
    cfg.pop("name")
    seed_everything(0)
    bench = {**BENCH, "source_args": {"limit_train": limit * 5, "limit_test": 500}}
    sc = build_scenario(bench, 0)
    learner = build_method(name, sc.info(), {**cfg, **({"epochs": epochs} if epochs else {})})
    meter = compute.ComputeMeter(owner=name) if counted else None
    c0 = time.process_time()
    for exp in sc.experiences[:n_exp]:
        if meter is None:
            learner.train_experience(exp)
            continue
        with compute.use(meter):
            meter.begin_experience(exp.index)
            learner.train_experience(exp)
            meter.end_experience()
    cpu = time.process_time() - c0
    params = [p.detach().clone() for p in learner.strategy.model.parameters()]
    return cpu, (meter.totals() if meter else None), params


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--methods", nargs="+", default=["naive", "ewc", "replay", "icarl", "gem", "der"])
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=3000, help="training images per experience")
    ap.add_argument("--experiences", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=1, help="0: the method's own (its conf/method YAML, as on the board)")
    args = ap.parse_args()
    rows = []
    for name in args.methods:
        ratios = []
        for p in range(args.pairs):
            order = (False, True) if p % 2 == 0 else (True, False)
            cpu, params = {}, {}
            for counted in order:
                cpu[counted], totals, params[counted] = once(name, args.limit, args.experiences, counted, args.epochs)
                if totals:
                    last = totals
            same = all(torch.equal(a, b) for a, b in zip(params[True], params[False]))
            ratios.append(cpu[True] / cpu[False])
            print(f"{name} pair {p}: CPU s uncounted {cpu[False]:.2f}, counted {cpu[True]:.2f}, "
                  f"ratio {ratios[-1]:.3f}, same parameters: {same}", flush=True)
            if not same:
                raise SystemExit(f"{name}: counting changed the run's parameters")
        rows.append((name, statistics.median(ratios), last))
    print("\n| strategy | median CPU ratio counted/uncounted | train FLOPs | batches (measured) | optimizer steps |")
    print("|---|---:|---:|---:|---:|")
    for name, ratio, t in rows:
        print(f"| {name} | {ratio:.3f} | {t['train_flops']:.4g} | {t['batches']['train']} "
              f"({t['measured_batches']['train']}) | {t['optimizer_steps']} |")


if __name__ == "__main__":
    main()
