"""A record's compute is a function of its config, never of what a cache held (clbench/compute.py count_work,
clbench/nn/features.py, methods/gacil.py): frozen features are counted once per run and input set whether this
process computed them, found them in memory from an earlier run, or read them from disk."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from clbench import compute
from clbench.compute import ComputeMeter, shape_key, total_flop_counter
from clbench.nn import features as F

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def backbone() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 6 * 6, 5))


def whole_forward_flops(module: nn.Module, x: torch.Tensor) -> int:
    with torch.inference_mode(), total_flop_counter() as c:
        module(x)
    return int(c.get_total_flops())


X = torch.randn(12, 1, 8, 8, generator=torch.Generator().manual_seed(1))


def features_counted(module, x, key="bb", twice=False, **kw) -> int:
    meter = ComputeMeter()
    with compute.use(meter):
        F.frozen_features(module, x, key, batch_size=5, **kw)
        if twice:
            F.frozen_features(module, x, key, batch_size=5, **kw)
    return meter.flops["train"]


def test_frozen_features_count_the_same_cold_warm_and_from_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("CLBENCH_CACHE", str(tmp_path))
    F.clear_memory_cache()
    m = backbone()
    exact = whole_forward_flops(m, X)  # per-sample FLOPs x samples is exact for convolutions and matmuls
    cold = features_counted(m, X, disk=True)
    warm = features_counted(m, X, disk=True)  # in this process's memory from the run before
    F.clear_memory_cache()
    from_disk = features_counted(m, X, disk=True)  # another process: read from the disk cache
    assert cold == warm == from_disk == exact > 0
    assert features_counted(m, X, twice=True) == exact  # once per run and input set, not per call
    assert features_counted(m, X[:6]) == whole_forward_flops(m, X[:6])  # another input set is other work


def test_features_inside_a_measured_batch_are_counted_once_in_its_phase():
    """An evaluation batch whose predict computes frozen features: the counter of the measured batch must not
    see them (else a cold cache adds them twice, a warm one not at all); they go to that batch's phase."""
    m, head = backbone(), nn.Linear(5, 3)
    for warm in (False, True):
        if not warm:
            F.clear_memory_cache()
        meter = ComputeMeter()
        with compute.use(meter), torch.inference_mode():
            meter.step("eval", lambda: head(F.frozen_features(m, X, "bb")), key=shape_key(X), samples=len(X))
        assert meter.flops["eval"] == whole_forward_flops(m, X) + 2 * len(X) * 5 * 3, warm
        assert meter.flops["train"] == 0


def test_compute_features_counts_every_call_as_work_done():
    m = backbone()
    meter = ComputeMeter()
    with compute.use(meter):
        F.compute_features(m, X, batch_size=5)
        F.compute_features(m, X, batch_size=5)
    assert meter.flops["train"] == 2 * whole_forward_flops(m, X)


def test_counted_keys_survive_a_checkpoint():
    m = backbone()
    meter = ComputeMeter()
    with compute.use(meter):
        F.frozen_features(m, X, "bb")
    resumed = ComputeMeter()
    resumed.load_state_dict(meter.state_dict())
    with compute.use(resumed):
        F.frozen_features(m, X, "bb")  # counted before the interruption: not again
    assert resumed.flops == meter.flops and meter.flops["train"] == whole_forward_flops(m, X)


def test_measuring_forward_flops_leaves_the_rng_as_it_was():
    m = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
    m.train()
    torch.manual_seed(3)
    compute.forward_flops(m, torch.randn(2, 4))
    after = torch.rand(1)
    torch.manual_seed(3)
    torch.randn(2, 4)
    assert torch.equal(after, torch.rand(1))


# ------------------------------------------------------------------------------------------------- G-ACIL
def _gacil(n_experiences: int, **kw):
    from clbench.registry import build_method
    from clbench.runner import build_scenario, seed_everything

    bench = {"name": "split_digits", "source": "digits", "source_args": {}, "protocol": "class_incremental",
             "protocol_args": {"n_experiences": n_experiences}}
    seed_everything(0)
    sc = build_scenario(bench, 0)
    cfg = {"backbone": {"name": "mlp", "hidden": [32]}, "buffer_size": 64, "base_epochs": 1, **kw}
    return build_method("gacil", sc.info(), cfg), sc


def _gacil_compute(n_experiences: int = 2, **kw) -> dict:
    learner, sc = _gacil(n_experiences, **kw)
    meter = ComputeMeter(owner="gacil")
    with compute.use(meter):
        for exp in sc.experiences[:2]:
            meter.begin_experience(exp.index)
            learner.train_experience(exp)
            meter.end_experience()
    return meter.totals()


def test_gacil_counts_its_recursion_and_each_feature_once_whatever_the_row_cache_held():
    import methods.gacil as G

    G._ROW_CACHE.clear()
    cold = _gacil_compute()
    warm = _gacil_compute()  # every row's feature is in the process-wide row cache now
    assert cold == warm
    assert cold["train_flops"] > 0 and cold["optimizer_steps"] > 0


def test_gacil_counts_exactly_what_its_training_runs_as_classes_appear_within_an_experience():
    """One experience of all ten classes in recursion batches of 8: the exposed classes (W's columns) grow
    from batch to batch, and so does a batch's cost. A counter left on over the whole training sees exactly
    what the meter counts, plus the features, which run unseen by any counter and are counted by what they are
    (one forward of the trained backbone per sample)."""
    import methods.gacil as G

    G._ROW_CACHE.clear()
    learner, sc = _gacil(1, rls_batch_size=8)
    meter = ComputeMeter(owner="gacil")
    with compute.use(meter):
        meter.begin_experience(0)
        learner.train_experience(sc[0])
        meter.end_experience()
    G._ROW_CACHE.clear()
    learner, sc = _gacil(1, rls_batch_size=8)
    with total_flop_counter() as whole:
        learner.train_experience(sc[0])
    features = whole_forward_flops(learner.backbone, sc[0].train_x)
    assert meter.totals()["train_flops"] == int(whole.get_total_flops()) + features
