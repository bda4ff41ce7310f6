"""SEMA invariants (METHODS.md): no expansion in distribution, expansion on a shifted batch, frozen parts
bit-identical after the next task, router weights sum to 1, at most one expansion per layer per task."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.registry import build_method
from clbench.runner import build_scenario

TINY = {"name": "vit", "arch": "timm:vit_tiny_patch16_224",
        "arch_args": {"img_size": 8, "patch_size": 4, "depth": 3, "embed_dim": 16, "num_heads": 2, "in_chans": 1}}
DIGITS = {"name": "split_digits", "source": "digits", "source_args": {}, "protocol": "class_incremental",
          "protocol_args": {"n_experiences": 5}}


@pytest.fixture(scope="module")
def scenario():
    torch.manual_seed(0)
    return build_scenario(DIGITS, 0)


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


def shifted(exp, by: float = 10.0):
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
                      "method.backbone.arch=timm:vit_tiny_patch16_224", "method.expandable_layers=[1,2]",
                      *[f"+method.backbone.arch_args.{k}={v}" for k, v in TINY["arch_args"].items()])
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
