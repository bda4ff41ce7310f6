"""Evaluation CPU time of a clr run with and without reusing unchanged predictions (Learner.prediction_state).

    OMP_NUM_THREADS=1 python benchmarks/perf/clr_eval_reuse.py method=clr benchmark=split_mnist_til seed=0

The config is composed like ``clbench run`` (any override works) and the scenario and learner are built as the
runner builds them. The learner then goes through a run's evaluation schedule: the untrained (FWT) pass, then
after each experience one pass over every experience's test data. Each experience trains on its first
``--train-n`` samples only (evaluation costs the same whatever the weights are; training is not what is
measured). At every point the same learner is evaluated twice, in alternating order, each under its own
compute meter as in a run: "new" with the reuse (what the runner does now), "old" with ``prediction_state``
switched off (every pass predicts everything, as before). Prints the CPU seconds (``time.process_time``) of
each, their ratio new/old, the number of ``predict`` calls, and whether every row is identical (it must be).
"""

from __future__ import annotations

import argparse
import dataclasses
import time

from clbench import compute
from clbench.compose import compose
from clbench.evaluate import eval_batch_size, evaluate
from clbench.registry import build_method
from clbench.runner import build_scenario
from clbench.scenario import Experience


def _head(exp: Experience, n: int) -> Experience:
    return dataclasses.replace(exp, train_x=exp.train_x[:n], train_y=exp.train_y[:n])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("overrides", nargs="*")
    parser.add_argument("--train-n", type=int, default=64, help="training samples per experience (default 64)")
    args = parser.parse_args()
    cfg = compose(args.overrides)
    scenario = build_scenario(cfg["benchmark"], int(cfg["seed"]))
    learner = build_method(cfg["method"]["name"], scenario.info(), dict(cfg["method"]))
    bs = eval_batch_size(cfg)
    predict = learner.predict
    calls = {"new": 0, "old": 0}
    which = ["new"]

    def counted(x, task_ids=None):
        calls[which[0]] += 1
        return predict(x, task_ids)

    learner.predict = counted
    meters = {"new": compute.ComputeMeter(), "old": compute.ComputeMeter()}
    cpu = {"new": 0.0, "old": 0.0}
    identical = True

    def point(trained: int) -> None:
        nonlocal identical
        rows = {}
        for mode in (("new", "old") if trained % 2 == 0 else ("old", "new")):
            which[0] = mode
            if mode == "old":
                learner.prediction_state = lambda exp: None  # every pass predicts everything
            meters[mode].begin_experience(trained)
            with compute.use(meters[mode]):
                c0 = time.process_time()
                rows[mode] = evaluate(learner, scenario, bs, trained=trained)
                cpu[mode] += time.process_time() - c0
            meters[mode].end_experience()
            learner.__dict__.pop("prediction_state", None)
        identical = identical and rows["new"] == rows["old"]
        print(f"after {trained} experience(s): new {cpu['new']:.1f}s old {cpu['old']:.1f}s cpu so far; "
              f"rows identical: {rows['new'] == rows['old']}", flush=True)

    point(0)
    for i, exp in enumerate(scenario.experiences):
        learner.train_experience(_head(exp, args.train_n))
        point(i + 1)
    t = len(scenario.experiences)
    print(f"{cfg['method']['name']} on {scenario.name}, {t} experiences, eval batch {bs}: "
          f"({t} + 1) x {t} experience evaluations")
    print(f"eval CPU s: new {cpu['new']:.2f}, old {cpu['old']:.2f}; ratio new/old {cpu['new'] / cpu['old']:.3f}")
    print(f"predict calls: new {calls['new']}, old {calls['old']}; every row identical: {identical}")


if __name__ == "__main__":
    main()
