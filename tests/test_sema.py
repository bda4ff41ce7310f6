"""SEMA invariants (Wang et al. 2025): no expansion in distribution, expansion on a shifted batch, frozen parts
bit-identical after the next task, router weights sum to 1, at most one expansion per layer per task."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest
import torch
from builders import SPLIT_DIGITS, saved_vit, tiny_vit, vit_overrides

from clbench.errors import ClbenchError
from clbench.registry import build_method
from clbench.runner import build_scenario

TINY = tiny_vit(depth=3)


@pytest.fixture(scope="module")
def scenario():
    torch.manual_seed(0)
    return build_scenario(SPLIT_DIGITS, 0)


def make(scenario, **kw):
    torch.manual_seed(0)
    opts = {"backbone": TINY, "expandable_layers": [1, 2], "epochs": 2, "descriptor_epochs": 30,
            "descriptor_dim": 8, **kw}
    return build_method("sema", scenario.info(), opts)


@pytest.fixture(scope="module")
def after_task0(scenario):
    learner = make(scenario)
    learner.train_experience(scenario[0])
    return learner


def shifted(exp, by: float = 2.0):
    # 2 (pixels in [0, 1]) is far enough to fire every descriptor; at 10 the new descriptor's SGD diverges
    return replace(exp, train_x=exp.train_x + by)


def test_in_distribution_batch_does_not_expand(after_task0, scenario):
    h = after_task0.lower(scenario[0].train_x)
    pooled = after_task0.pooled_inputs(h)
    for i in after_task0.expandable:
        assert not after_task0.expansion_signal(i, pooled[i][:64])
    order, bs = torch.randperm(len(h), generator=torch.Generator().manual_seed(1)), after_task0.detect_batch_size
    assert all(after_task0.detect(h, idx=order[s : s + bs]) is None for s in range(0, len(h), bs))


def test_batch_shifted_by_ten_sigma_expands(after_task0, scenario):
    pooled = after_task0.pooled_inputs(after_task0.lower(scenario[0].train_x))
    for i in after_task0.expandable:
        p = pooled[i]
        assert after_task0.expansion_signal(i, (p + 10 * p.std(0))[:64])


def test_z_score_is_one_sided_by_default_and_abs_as_option(after_task0, scenario):
    layer = after_task0.layers[str(after_task0.expandable[0])]
    p = after_task0.pooled_inputs(after_task0.lower(scenario[0].train_x))[layer.index][:8]
    one = layer.z_scores(p)
    r = layer.descriptors[0].errors(p)
    assert torch.allclose(one[0], (r - layer.mu[0]) / layer.sigma[0])
    assert torch.allclose(layer.z_scores(p, "abs"), one.abs())


def test_frozen_parts_bit_identical_and_one_expansion_per_layer(after_task0, scenario):
    learner = copy.deepcopy(after_task0)
    learner.host = after_task0.host
    before = {k: v.clone() for k, v in learner.layers.state_dict().items()}
    old = list(scenario[0].classes)
    head0 = {k: v[old].clone() for k, v in learner.head.state_dict().items()}
    learner.train_experience(shifted(scenario[1]))  # far from task 0: the descriptors must fire
    assert all(torch.isfinite(layer.mu).all() for layer in learner.layers.values())
    assert learner.expansions[-1], "a shifted task must add an adapter"
    counts = learner.adapters_per_layer()
    assert all(counts[str(i)] <= 2 for i in learner.expandable)
    assert all(counts[str(i)] == 1 for i in learner.adapter_layers if i not in learner.expandable)
    after = learner.layers.state_dict()
    for k, v in before.items():  # old adapters, descriptors, router columns; μ/σ records only grow
        assert torch.equal(after[k][: len(v)] if k.endswith(("mu", "sigma")) else after[k], v), k
    # old classes' head rows get no gradient (their logits are masked), only the weight decay of the one SGD
    # over the whole head (as the official code): every old row is shrunk by the same factor
    scale = learner.head.weight[old].norm() / head0["weight"].norm()
    assert 0.9 < scale < 1
    for k, v in head0.items():
        assert torch.allclose(learner.head.state_dict()[k][old], scale * v, rtol=1e-4, atol=1e-7), k
    assert learner.report()["adapters_per_layer"] == counts


def test_at_most_one_expansion_per_layer_even_if_every_batch_signals(after_task0, scenario):
    learner = copy.deepcopy(after_task0)
    learner.host = after_task0.host
    learner.z_threshold = float("-inf")  # every batch of every layer signals
    learner.train_experience(scenario[1])
    assert learner.expansions[-1] == learner.expandable  # shallow to deep, once each
    assert all(learner.adapters_per_layer()[str(i)] == 2 for i in learner.expandable)


def test_router_weights_sum_to_one(after_task0, scenario):
    learner = copy.deepcopy(after_task0)
    learner.host = after_task0.host
    learner.z_threshold = float("-inf")
    learner.train_experience(scenario[1])
    layer = learner.layers[str(learner.expandable[-1])]
    w = layer.route(torch.randn(32, layer.in_dim) * 5)
    assert w.shape == (32, 2) and torch.allclose(w.sum(1), torch.ones(32)) and (w > 0).all()


def test_no_expansion_trains_only_the_head(after_task0, scenario):
    learner = copy.deepcopy(after_task0)
    learner.host = after_task0.host
    learner.z_threshold = float("inf")
    before = {k: v.clone() for k, v in learner.layers.state_dict().items()}
    learner.train_experience(scenario[1])
    assert learner.expansions[-1] == [] and len(learner.seen) == 4
    assert all(torch.equal(learner.layers.state_dict()[k], v) for k, v in before.items())
    logits = learner.predict(scenario[1].test_x)
    seen = list(scenario[0].classes) + list(scenario[1].classes)
    assert torch.isfinite(logits[:, seen]).all()
    assert torch.isinf(logits[:, [c for c in range(10) if c not in seen]]).all()


def test_bad_options_are_refused(scenario):
    with pytest.raises(ClbenchError) as e:
        make(scenario, z_mode="two_sided")
    assert str(e.value) == "z_mode must be 'one_sided' or 'abs', got 'two_sided'; fix method.z_mode."
    with pytest.raises(ClbenchError) as e:
        make(scenario, adapter_layers=[1, 2], expandable_layers=[0])
    assert str(e.value) == ("expandable_layers [0] must be among adapter_layers [1, 2]; "
                            "fix method.expandable_layers.")
    with pytest.raises(ClbenchError) as e:
        make(scenario, adapter_layers=[5])
    assert str(e.value) == ("adapter_layers [5] must name blocks in 0..2 of this backbone; "
                            "fix method.adapter_layers.")


def test_runner_records_adapters_per_layer(compose_run):
    import json

    from clbench.runner import run

    cfg = compose_run("method=sema", "benchmark=split_digits", "method.epochs=1", "method.descriptor_epochs=2",
                      "method.expandable_layers=[1,2]",
                      *vit_overrides(TINY))
    record = json.loads(run(cfg, echo=lambda *a: None).read_text())
    reports = record["method_report"]
    assert len(reports) == 5 and all(set(r["adapters_per_layer"]) == {"0", "1", "2"} for r in reports)
    assert record["metrics"]["final_average_accuracy"] is not None


@pytest.mark.slow
def test_accuracy_band_mobilenet_split_animal_mnist(compose_run):
    """MobileNetV2 (shipped ImageNet weights), class-IL, exemplar-free, seed 0, 1000 images per experience:
    far above finetune and within reach of joint on the same frozen backbone. Measured (seeds 0-2): A_last
    0.60-0.62, Ā 0.73-0.79; finetune 0.13-0.20, joint (frozen, linear) 0.91."""
    from test_vit import run_band

    metrics, base = run_band(compose_run, "sema_mobilenet", "split_animal_mnist")
    a_last, a_avg = metrics["final_average_accuracy"], metrics["average_incremental_accuracy"]
    assert a_last >= 0.5 and a_avg >= 0.65, (metrics, base)
    assert a_last >= base["finetune_last"] + 0.3, (metrics, base)
    assert a_last >= base["joint_last"] - 0.4, (metrics, base)


@pytest.mark.slow
def test_band_tiny_vit_split_mnist(compose_run):
    """Offline tiny ViT / split_mnist, 1000 images per experience, mean over seeds 0-2 (one seed swings by
    0.1). Measured: A_last 0.241 / 0.304 / 0.336 (mean 0.294), Ā 0.50-0.61, task-aware 0.88-0.91; finetune on
    the frozen host 0.152 / 0.108 / 0.101 (0.120), joint 0.432 / 0.406 / 0.425 (0.421). SEMA sits at 70 %
    of joint, as on MobileNetV2 (0.61 vs 0.91): as published it has nothing that calibrates one task's
    logits against another's (its loss covers only the current task's classes; see methods/sema.py), which
    costs most with 2-class tasks on a 96-wide host. A linear head trained jointly on SEMA's own final
    features reaches 0.49, so the gap is the head's, not the adapters'."""
    from test_vit import run_band

    runs = [run_band(compose_run, "sema", "split_mnist", seed=s) for s in (0, 1, 2)]
    mean = lambda f: sum(f(m, b) for m, b in runs) / len(runs)  # noqa: E731
    a_last, a_avg = mean(lambda m, b: m["final_average_accuracy"]), mean(lambda m, b: m["average_incremental_accuracy"])
    finetune, joint = mean(lambda m, b: b["finetune_last"]), mean(lambda m, b: b["joint_last"])
    assert all(m["task_aware_final_average_accuracy"] >= 0.8 for m, _ in runs), runs
    assert a_avg >= 0.45, runs
    assert a_last >= finetune + 0.12, (a_last, finetune)  # measured +0.17
    assert a_last >= joint - 0.2, (a_last, joint)  # measured -0.13


# -- one test per step of the algorithm (issue 15): each fails when that step is removed or replaced -----------
def clone(learner):
    out = copy.deepcopy(learner)
    out.host = learner.host
    return out


def spy_expansions(learner):
    """Record, per expansion, the layer index and the new adapter/router column as created (before training)."""
    log = []
    for layer in learner.layers.values():
        original = layer.add_adapter

        def add(host, layer=layer, original=original):
            original(host)
            log.append((layer.index, copy.deepcopy(layer.adapters[-1]),
                        copy.deepcopy(layer.router[-1]) if layer.expandable else None))
        layer.add_adapter = add
    return log


def test_defaults_are_the_papers_and_official_codes():
    """z one-sided (paper's equation), threshold 2, top half of the blocks expandable, and the official
    exps/*.json values; the learner's own defaults, not the YAML's."""
    scenario = build_scenario(SPLIT_DIGITS, 0)
    torch.manual_seed(0)
    four = {**TINY, "arch_args": {**TINY["arch_args"], "depth": 4}}
    learner = build_method("sema", scenario.info(), {"backbone": four})
    assert learner.z_mode == "one_sided" and learner.z_threshold == 2.0
    assert learner.expandable == [2, 3] and learner.adapter_layers == [0, 1, 2, 3]
    assert (learner.buffer_size, learner.detect_batch_size, learner.batch_size) == (500, 128, 32)
    assert (learner.epochs, learner.descriptor_epochs) == (5, 20)
    assert learner.optimizer_cfg == {"name": "sgd", "lr": 0.005, "momentum": 0.9, "weight_decay": 5e-4}
    assert learner.descriptor_optimizer_cfg["lr"] == 0.01
    layer = learner.layers["2"]
    assert layer.adapters[0].down.out_features == 16 and layer.adapters[0].scale == 1.0
    assert isinstance(layer.adapters[0].norm, torch.nn.Identity)


def test_default_z_is_one_sided_so_a_batch_reconstructed_too_well_does_not_expand(after_task0, scenario):
    """Errors far *below* μ give z ≪ −2: the paper's one-sided z does not flag them, the code's |z| does."""
    learner = clone(after_task0)
    i = learner.expandable[0]
    layer = learner.layers[str(i)]
    p = learner.pooled_inputs(learner.lower(scenario[0].train_x))[i][:64]
    layer.mu = layer.mu + 20 * layer.sigma  # every error now sits 20 σ below the record
    assert (layer.z_scores(p, learner.z_mode) < -2).all()
    assert not learner.expansion_signal(i, p)
    learner.z_mode = "abs"
    assert learner.expansion_signal(i, p)


@pytest.mark.parametrize("z,threshold,expected,why", [
    ([[2.5] * 4, [2.5] * 4], 2.0, True, "every descriptor's batch mean above"),
    ([[2.5] * 4, [1.0] * 4], 2.0, False, "one descriptor recognises the batch: min, not max"),
    ([[10.0, 0, 0, 0], [10.0, 0, 0, 0]], 2.0, True, "the mean over the batch (2.5), per descriptor"),
    ([[9.0, -1, -1, -1]], 2.0, False, "one outlier sample is not a shifted batch: mean, not max"),
    ([[2.0] * 4], 2.0, False, "strictly above the threshold"),
    ([[2.5] * 4], 3.0, False, "the learner's z_threshold"),
])
def test_expansion_rule_is_min_over_descriptors_of_batch_mean_z(after_task0, z, threshold, expected, why):
    learner = clone(after_task0)
    learner.z_threshold = threshold
    layer = learner.layers[str(learner.expandable[0])]
    layer.z_scores = lambda pooled, mode: torch.tensor(z)
    assert learner.expansion_signal(learner.expandable[0], torch.zeros(4, layer.in_dim)) is expected, why


def test_descriptor_is_trained_and_its_record_is_mean_and_std_of_its_last_errors(after_task0, scenario):
    """Task 0 fits every expandable layer's autoencoder on that layer's final pooled inputs (after the adapters
    are trained), then μ, σ = mean, std of its errors on the last ``buffer_size`` samples."""
    h = after_task0.lower(scenario[0].train_x)
    pooled = after_task0.pooled_inputs(h)
    for i in after_task0.expandable:
        layer = after_task0.layers[str(i)]
        r = layer.descriptors[0].errors(pooled[i]).detach()
        assert torch.allclose(layer.mu, r[-500:].mean().view(1)) and torch.allclose(layer.sigma, r[-500:].std().view(1))
        torch.manual_seed(0)
        untrained = type(layer.descriptors[0])(layer.in_dim, layer.descriptor_dim)
        assert r.mean() < 0.5 * untrained.errors(pooled[i]).detach().mean(), "the descriptor learned nothing"
    # a buffer smaller than the task: the record comes from the last samples, not the first
    learner = clone(after_task0)
    learner.buffer_size = 64
    layer = learner.layers[str(learner.expandable[0])]
    layer.mu, layer.sigma = layer.mu[:0], layer.sigma[:0]
    learner._fit_descriptor(layer, h, torch.Generator().manual_seed(0))
    r = layer.descriptors[0].errors(pooled[layer.index]).detach()
    assert torch.allclose(layer.mu, r[-64:].mean().view(1)) and torch.allclose(layer.sigma, r[-64:].std().view(1))
    assert not torch.allclose(r[-64:].mean(), r[:64].mean())  # the fixture tells first from last


def test_expansion_trains_the_new_adapter_router_column_and_descriptor(after_task0, scenario):
    learner = clone(after_task0)
    log = spy_expansions(learner)
    exp = shifted(scenario[1])
    learner.train_experience(exp)
    assert log, "a shifted task must expand"
    h = learner.lower(exp.train_x)
    pooled = learner.pooled_inputs(h)
    for index, adapter0, router0 in log:
        layer = learner.layers[str(index)]
        assert len(layer.adapters) == len(layer.descriptors) == len(layer.mu) == len(layer.sigma) == 2
        assert layer.adapters[-1].up.weight.abs().sum() > 0 and adapter0.up.weight.abs().sum() == 0
        assert not torch.equal(layer.router[-1].weight, router0.weight), "router column not trained"
        # the new descriptor was fitted on the new task: it reconstructs it better than the old one does
        r_new = layer.descriptors[1].errors(pooled[index]).detach()
        r_old = layer.descriptors[0].errors(pooled[index]).detach()
        assert r_new.mean() < r_old.mean()
        assert torch.allclose(layer.mu[1], r_new[-500:].mean())


def test_expansion_goes_shallow_to_deep_and_passes_repeat_until_nothing_is_added(after_task0, scenario):
    """With every batch flagging, a single batch per pass: pass 1 expands the shallowest layer, pass 2 the next
    (the official recursion on ``_detect_outlier``), pass 3 adds nothing."""
    learner = clone(after_task0)
    learner.z_threshold = float("-inf")
    learner.detect_batch_size = 10_000  # one batch per pass
    h = learner.lower(scenario[1].train_x)
    assert learner.detect(h) == learner.expandable[0]
    assert learner.detect(h, exclude=[learner.expandable[0]]) == learner.expandable[1]
    log = spy_expansions(learner)
    learner.train_experience(scenario[1])
    assert [i for i, _, _ in log] == learner.expandable


def test_detect_reads_only_the_batch_it_is_given(after_task0, scenario):
    h = after_task0.lower(scenario[0].train_x)
    far = after_task0.lower(scenario[0].train_x + 10.0)
    both = torch.cat([h, far])
    n = len(h)
    assert after_task0.detect(both, idx=torch.arange(n)) is None
    assert after_task0.detect(both, idx=torch.arange(n, 2 * n)) is not None


def test_mixture_is_router_weighted_sum_of_adapters_on_the_token_mean(after_task0):
    layer = copy.deepcopy(after_task0.layers[str(after_task0.expandable[0])])
    layer.add_adapter(after_task0.host)
    torch.manual_seed(3)
    with torch.no_grad():
        for p in layer.parameters():
            p.copy_(torch.randn_like(p))
    a = torch.randn(5, 7, layer.in_dim)
    logits = torch.cat([r(a.mean(1)) for r in layer.router], 1)
    w = torch.softmax(logits, 1)
    expected = sum(w[:, k, None, None] * layer.adapters[k](a) for k in range(2))
    assert torch.allclose(layer(a), expected, atol=1e-5)


def test_no_expansion_still_trains_the_head_on_the_new_classes(after_task0, scenario):
    learner = clone(after_task0)
    learner.z_threshold = float("inf")
    new, exp = list(scenario[1].classes), scenario[1]
    target = torch.tensor([new.index(int(c)) for c in exp.train_y])

    def task_loss():  # cross-entropy within the new task's classes, on its training data
        with torch.no_grad():
            f = learner.features(learner.lower(exp.train_x))
        return float(torch.nn.functional.cross_entropy(learner.head(f)[:, new], target))
    before = task_loss()
    learner.train_experience(exp)
    assert task_loss() < 0.9 * before


def test_training_is_sgd_with_a_cosine_schedule_per_epoch_to_zero(after_task0, scenario, monkeypatch):
    import math
    import types

    import methods.sema as sema_mod

    learner = clone(after_task0)
    learner.z_threshold = float("-inf")
    learner.epochs, learner.descriptor_epochs = 4, 3
    runs = []
    real = sema_mod.make_optimizer

    def spy(params, cfg):
        opt = real(params, cfg)
        lrs, step = [], opt.step

        def logged(self, *a, **k):
            lrs.append(self.param_groups[0]["lr"])
            return step(*a, **k)
        opt.step = types.MethodType(logged, opt)  # a bound method: the scheduler wraps opt.step.__func__
        runs.append((cfg, lrs))
        return opt
    monkeypatch.setattr(sema_mod, "make_optimizer", spy)
    learner.train_experience(scenario[1])
    assert len(runs) == 2 * len(learner.expandable)  # per expansion: func phase, then descriptor phase
    for k, (cfg, lrs) in enumerate(runs):
        epochs = learner.epochs if k % 2 == 0 else learner.descriptor_epochs
        assert cfg["lr"] == (learner.optimizer_cfg["lr"] if k % 2 == 0 else 0.01)
        per_epoch = len(lrs) // epochs
        expect = [cfg["lr"] * (1 + math.cos(math.pi * e / epochs)) / 2 for e in range(epochs) for _ in range(per_epoch)]
        assert lrs == pytest.approx(expect, rel=1e-6), k


def test_task_zero_trains_every_adapter_and_the_head(scenario, after_task0):
    torch.manual_seed(0)
    fresh = make(scenario)
    for key, layer in after_task0.layers.items():  # (a lone router column gets no gradient: softmax of one logit)
        assert layer.adapters[0].up.weight.abs().sum() > 0, key  # up starts at zero
        assert not torch.equal(layer.adapters[0].down.weight, fresh.layers[key].adapters[0].down.weight), key
    new = list(scenario[0].classes)
    assert not torch.equal(after_task0.head.weight[new], fresh.head.weight[new])


def test_the_learner_contract(tmp_path):
    """clbench.testing.check_learner (where it exists): logits over every class, state_dict round trip into a
    fresh instance, same seed → same predictions, no test data while training. The host is a random tiny ViT
    saved to a file, so a fresh instance rebuilds the same frozen host whatever the global RNG state."""
    testing = pytest.importorskip("clbench.testing")
    backbone = saved_vit(TINY, tmp_path / "vit.pt")
    opts = {"expandable_layers": [1, 2], "epochs": 1, "descriptor_epochs": 2, "descriptor_dim": 8}
    from clbench.registry import get_method

    info = testing.synthetic_info("class_incremental")
    testing.check_learner(get_method("sema"), info, {"backbone": backbone, **opts})
