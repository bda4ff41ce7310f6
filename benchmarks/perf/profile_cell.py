"""Profile one cell's first experience (train + the evaluation after it) under cProfile.

    OMP_NUM_THREADS=1 python benchmarks/perf/profile_cell.py method=clr benchmark=split_mnist_til --top 30

The config is composed like ``clbench run`` (any override works); the scenario and learner are built as the
runner builds them, then ``train_experience(experience 0)`` and one :func:`clbench.evaluate.evaluate` pass
over every experience's test data run under a compute meter (as in a run) and cProfile. Prints the
wall/CPU seconds of each phase and the top functions by cumulative and by own (tottime) time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from clbench import compute
from clbench.compose import compose
from clbench.evaluate import evaluate
from clbench.registry import build_method
from clbench.runner import build_scenario


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("overrides", nargs="*")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", default=None, help="write the raw pstats file here")
    parser.add_argument("--no-eval", action="store_true")
    args = parser.parse_args()
    cfg = compose(args.overrides)
    scenario = build_scenario(cfg["benchmark"], int(cfg["seed"]))
    learner = build_method(cfg["method"]["name"], scenario.info(), dict(cfg["method"]))
    exp = scenario.experiences[0]
    prof = cProfile.Profile()
    with compute.use(compute.ComputeMeter()):
        w0, c0 = time.perf_counter(), time.process_time()
        prof.enable()
        learner.train_experience(exp)
        prof.disable()
        w1, c1 = time.perf_counter(), time.process_time()
        print(f"train experience 0 ({len(exp.train_y)} samples): wall {w1 - w0:.2f}s cpu {c1 - c0:.2f}s")
        if not args.no_eval:
            prof.enable()
            evaluate(learner, scenario, trained=1)
            prof.disable()
            w2, c2 = time.perf_counter(), time.process_time()
            n_test = sum(len(e.test_y) for e in scenario.experiences)
            print(f"evaluate ({n_test} test samples): wall {w2 - w1:.2f}s cpu {c2 - c1:.2f}s")
    if args.out:
        prof.dump_stats(args.out)
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
