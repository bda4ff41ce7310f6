"""The Avalanche strategies' training compute (methods/common/avalanche_meter.py): every iteration and every
once-per-experience pass counted, exactly as a counter over the whole training would count it."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch
import yaml

pytest.importorskip("avalanche")

from clbench import compute  # noqa: E402
from clbench.compute import Budget, BudgetExceeded, ComputeMeter, total_flop_counter  # noqa: E402
from clbench.registry import build_method  # noqa: E402
from clbench.runner import build_scenario, seed_everything  # noqa: E402
from methods.avalanche_strategies import NAMED_STRATEGIES  # noqa: E402

pytestmark = pytest.mark.usefixtures("one_torch_thread")

DIGITS = {"name": "split_digits", "source": "digits", "source_args": {}, "protocol": "class_incremental",
          "protocol_args": {"n_experiences": 5}}
N_EXP = 3  # experiences trained per strategy: the first has no memory, the later ones replay / regularise


def _learner(name: str, **overrides):
    cfg = yaml.safe_load((Path(__file__).parents[1] / "conf" / "method" / f"{name}.yaml").read_text())
    cfg.pop("name")
    seed_everything(0)
    sc = build_scenario(DIGITS, 0)
    return build_method(name, sc.info(), {**cfg, "epochs": 1, **overrides}), sc


def _metered(name: str, **overrides) -> tuple[ComputeMeter, list[int]]:
    """Train the first experiences under a meter; the meter and each experience's plugin list length after."""
    learner, sc = _learner(name, **overrides)
    meter, plugins = ComputeMeter(owner=name), []
    with compute.use(meter):
        for exp in sc.experiences[:N_EXP]:
            meter.begin_experience(exp.index)
            learner.train_experience(exp)
            meter.end_experience()
            plugins.append(len(learner.strategy.plugins))
    return meter, plugins


def _counted_whole(name: str) -> list[int]:
    """The same training with no meter, every op of each experience's ``train_experience`` counted."""
    learner, sc = _learner(name)
    out = []
    for exp in sc.experiences[:N_EXP]:
        with total_flop_counter() as counter:
            learner.train_experience(exp)
        out.append(int(counter.get_total_flops()))
    return out


@pytest.mark.parametrize("name", list(NAMED_STRATEGIES))
def test_each_strategy_counts_exactly_what_its_whole_training_runs(name):
    """The meter measures one batch per shape and multiplies, and counts the once-per-experience passes in
    full: per experience it must equal a counter left on over the whole ``train_experience`` (shapes, not
    values, fix the FLOPs, so the two runs need not share weights). This fails if an iteration is not
    counted, if the bracket misses a plugin's callback (GEM's and A-GEM's memory gradients run first in
    ``before_training_iteration``) or if the once-per-experience work (EWC's Fisher pass, iCaRL's herding,
    DER's stored logits) is left out."""
    meter, plugins = _metered(name)
    per_exp = [e["train_flops"] for e in meter.per_experience]
    assert per_exp == _counted_whole(name)
    assert all(f > 0 for f in per_exp)
    totals = meter.totals()
    assert totals["train_flops"] == sum(per_exp)
    learner, _ = _learner(name)
    assert plugins == [len(learner.strategy.plugins)] * N_EXP  # the bracket is removed after each experience


def test_samples_and_steps_of_a_plain_strategy_are_the_experience_batches():
    meter, _ = _metered("naive")
    learner, sc = _learner("naive")
    bs = learner.batch_size
    for e, exp in zip(meter.per_experience, sc.experiences):
        n = len(exp.train_y)
        assert e["train_samples"] == n
        assert e["optimizer_steps"] == e["train_batches"] == math.ceil(n / bs)
    # measured per experience: the first iteration, the other full batches and the ragged last one
    # (the first iteration of each experience is measured on its own)
    assert meter.measured["train"] == sum(2 if len(x.train_y) % bs == 0 else 3 for x in sc.experiences[:N_EXP])


def test_a_samples_budget_stops_an_avalanche_strategy_before_the_overrunning_batch_and_leaves_nothing_open():
    learner, sc = _learner("ewc", batch_size=10)
    meter = ComputeMeter(budget=Budget(samples=25), owner="ewc")
    with compute.use(meter):
        meter.begin_experience(0)
        with pytest.raises(BudgetExceeded, match=r"'ewc' overran the training budget in experience 0: 30 samples "
                                                 r"> benchmark.budget samples:25"):
            learner.train_experience(sc[0])
    assert meter._exp["train_samples"] == 20  # two batches of 10 ran, the third was refused
    assert torch._C._len_torch_dispatch_stack() == 0  # no FlopCounterMode left on
    assert not any(type(p).__name__.startswith("Meter") for p in learner.strategy.plugins)


def test_an_iteration_that_raises_is_not_counted_and_leaves_no_counter_on():
    from avalanche.core import SupervisedPlugin

    class FailThird(SupervisedPlugin):
        def before_backward(self, strategy, **kwargs):
            if strategy.clock.train_exp_iterations == 2:
                raise RuntimeError("injected")

    learner, sc = _learner("naive")
    learner.strategy.plugins.append(FailThird())
    meter = ComputeMeter(owner="naive")
    with compute.use(meter), pytest.raises(RuntimeError, match="injected"):
        meter.begin_experience(0)
        learner.train_experience(sc[0])
    assert meter._exp["train_batches"] == 2 and meter._exp["train_samples"] == 2 * learner.batch_size
    assert torch._C._len_torch_dispatch_stack() == 0


def test_a_flops_budget_counts_the_once_per_experience_pass():
    """EWC's Fisher pass after the last iteration is training compute: a FLOPs budget the iterations fit
    under but the pass does not is overrun."""
    ewc, _ = _metered("ewc", batch_size=10)
    naive, _ = _metered("naive", batch_size=10)  # the same MLP and batches, no Fisher pass
    iterations = naive.per_experience[0]["train_flops"]
    assert ewc.per_experience[0]["train_flops"] > iterations
    learner, sc = _learner("ewc", batch_size=10)
    capped = ComputeMeter(budget=Budget(flops=iterations + 1), owner="ewc")
    with compute.use(capped), pytest.raises(BudgetExceeded, match="FLOPs > benchmark.budget flops"):
        capped.begin_experience(0)
        learner.train_experience(sc[0])
    assert capped._exp["train_flops"] == iterations  # every iteration ran and was counted before the pass


def test_an_avalanche_run_records_its_training_compute_and_is_held_to_a_budget(tmp_path):
    from clbench.cli import compose
    from clbench.errors import ClbenchError
    from clbench.records import load_record
    from clbench.runner import run

    def cfg(name, *extra):
        return compose(["method=replay", "benchmark=split_digits", f"results_dir={tmp_path / name}",
                        f"run_dir={tmp_path / name / 'run'}", "progress=false", "console=false", *extra])

    c = load_record(run(cfg("free"), echo=lambda s: None))["compute"]
    assert c["train_flops"] > 0 and c["optimizer_steps"] > 0 and c["budget"] is None
    assert c["train_samples"] == sum(e["train_samples"] for e in c["per_experience"])
    assert c["optimizer_steps"] == c["batches"]["train"]  # one update per iteration, no batch for the passes
    with pytest.raises(ClbenchError, match=r"'replay' overran the training budget in experience 0: \d+ samples > "
                                           r"benchmark.budget samples:100"):
        run(cfg("capped", "+benchmark.budget=samples:100"), echo=lambda s: None)
