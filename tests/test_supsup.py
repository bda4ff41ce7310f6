"""SupSup invariants (Wortsman et al. 2020): the base weights never change and are signed constants; each task's
mask reproduces that task's outputs bit for bit after later tasks (BatchNorm statistics per task included);
every mask keeps exactly round(density · size) weights per layer; scores learn through a straight-through top-k.
Slow: the bands on split_mnist_til and permuted_mnist_til (forgetting exactly 0.0, 3 seeds)."""

from __future__ import annotations

import math

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.registry import build_method
from clbench.scenario import Experience, ScenarioInfo
from methods.common.supermask import edge_popup, kaiming_scores, signed_constant, topk_mask
from methods.supsup import SupSup

DENSITY = 0.3  # 0.3 · 192 = 57.6 in the head: round (58) and floor (57) differ


def info(shape=(1, 12, 12), n_tasks=3, per_task=2) -> ScenarioInfo:
    classes = [list(range(t * per_task, (t + 1) * per_task)) for t in range(n_tasks)]
    return ScenarioInfo("synthetic", "task_incremental", n_tasks, n_tasks * per_task, shape, True, "logits", 0,
                        list(range(n_tasks * per_task)), classes)


def experience(t: int, classes: list[int], n: int = 64, shape=(1, 12, 12)) -> Experience:
    g = torch.Generator().manual_seed(100 + t)
    y = torch.tensor(classes)[torch.randint(len(classes), (n,), generator=g)]
    x = torch.rand((n, *shape), generator=g) * 0.3
    for c in classes:  # each class lights up its own row
        x[y == c, :, c % shape[1]] += 1.0
    return Experience(t, x, y, x[:16], y[:16], tuple(classes), tuple(classes), t, True)


def logits(learner, x: torch.Tensor, t: int) -> torch.Tensor:
    with torch.inference_mode():
        return learner.predict(x, torch.full((len(x),), t))


BACKBONES = [{"name": "mlp", "hidden": [32, 32]}, {"name": "resnet18", "nf": 4}]


@pytest.fixture(scope="module", params=BACKBONES, ids=["mlp", "resnet18-bn"])
def three_tasks(request):
    inf = info()
    learner = SupSup(inf, backbone=dict(request.param), density=DENSITY, batch_size=8, epochs=5)
    base = {k: v.clone() for k, v in learner.net.base.items()}
    exps = [experience(t, c) for t, c in enumerate(inf.classes_per_experience)]
    probe = torch.rand(12, 1, 12, 12)
    snaps = []
    for e in exps:
        learner.train_experience(e)
        snaps.append(logits(learner, probe, e.task_id))
    return learner, probe, base, snaps


def test_base_weights_never_change_and_are_signed_constants(three_tasks):
    learner, _, base, _ = three_tasks
    for k, w in learner.net.base.items():
        assert torch.equal(w, base[k])
        fan = math.prod(w.shape[1:])
        assert torch.allclose(w.abs(), torch.full_like(w, math.sqrt(2 / fan)))
    # nothing else of the network is a live parameter either: biases zero, BatchNorm non-affine
    assert not any(p.requires_grad for p in learner.net.model.parameters())
    fixed = learner.net.fixed
    for name, module in learner.net.model.named_modules():
        if isinstance(module, torch.nn.modules.batchnorm._BatchNorm):
            assert torch.equal(fixed[f"{name}.weight"], torch.ones_like(fixed[f"{name}.weight"]))
            assert not fixed[f"{name}.bias"].any()
        elif isinstance(module, (torch.nn.Linear, torch.nn.Conv2d)) and module.bias is not None:
            assert not fixed[f"{name}.bias"].any()


def test_each_task_reproduces_its_outputs_bit_for_bit_after_later_tasks(three_tasks):
    learner, probe, _, snaps = three_tasks
    for t, snap in enumerate(snaps):
        assert torch.equal(logits(learner, probe, t), snap)
    # the tasks really have different masks (the check above is not vacuous)
    assert not all(torch.equal(learner.masks[0][k], learner.masks[1][k]) for k in learner.net.masked)


def test_every_mask_has_exactly_the_target_density(three_tasks):
    learner, _, _, _ = three_tasks
    for masks in learner.masks.values():
        for k, m in masks.items():
            assert int(m.sum()) == round(DENSITY * m.numel()), k


def test_training_moves_the_mask_away_from_its_initial_scores(three_tasks):
    learner, _, _, _ = three_tasks
    start = learner.net.masks(learner.initial_scores(0))
    assert any(not torch.equal(start[k], learner.masks[0][k]) for k in learner.net.masked)


def test_training_fits_each_task(three_tasks):
    learner, _, _, _ = three_tasks
    for t in range(3):
        e = experience(t, learner.info.classes_per_experience[t])
        acc = (logits(learner, e.train_x, t).argmax(1) == e.train_y).float().mean()
        assert acc > 0.8


def test_batchnorm_statistics_are_per_task():
    learner = SupSup(info(), backbone={"name": "resnet18", "nf": 4}, density=DENSITY, batch_size=16)
    learner.train_experience(experience(0, [0, 1]))
    learner.train_experience(experience(1, [2, 3]))
    means = [k for k in learner.buffers[0] if k.endswith("running_mean")]
    assert means and not torch.equal(learner.buffers[0][means[0]], learner.buffers[1][means[0]])


def test_topk_mask_keeps_exactly_k_even_with_ties():
    s = torch.ones(5, 7)
    assert int(topk_mask(s, 12).sum()) == 12
    s = torch.arange(10.0)
    assert topk_mask(s, 3).nonzero().flatten().tolist() == [7, 8, 9]


def test_edge_popup_selects_by_magnitude_and_passes_the_gradient_straight_through():
    s = torch.tensor([0.5, -3.0, 0.1, 2.0], requires_grad=True)
    m = edge_popup(s, 2)
    assert m.tolist() == [0.0, 1.0, 0.0, 1.0]  # |−3| and |2|
    c = torch.tensor([1.0, 2.0, 3.0, 4.0])
    (m * c).sum().backward()
    assert torch.equal(s.grad, c * torch.sign(s.detach()))  # identity through top-k, sign through |·|


def test_signed_constant_keeps_the_init_sign():
    w = torch.tensor([[0.3, -0.2, 0.0, -1.0]])
    assert torch.equal(signed_constant(w), torch.tensor([[1.0, -1.0, 1.0, -1.0]]) * math.sqrt(2 / 4))


def test_scores_start_kaiming_uniform():
    s = kaiming_scores((64, 100), torch.Generator().manual_seed(0))
    assert s.abs().max() <= 0.1 and s.abs().max() > 0.099 and abs(float(s.mean())) < 0.005


def test_untrained_task_is_scored_by_its_initial_random_supermask():
    learner = SupSup(info(), backbone={"name": "mlp", "hidden": [16]}, density=DENSITY)
    out = logits(learner, torch.rand(4, 1, 12, 12), 2)
    assert torch.isfinite(out[:, 4:]).all() and torch.isinf(out[:, :4]).all()


@pytest.mark.parametrize("density", [0, 1.5, -0.1, "a"])
def test_bad_density_is_one_sentence(density):
    with pytest.raises(ClbenchError, match=r"^density must be in \(0, 1\]"):
        SupSup(info(), density=density)


def test_paper_config_loads_and_takes_a_step(compose_run):
    cfg = compose_run("method=supsup_cifar100", "benchmark=split_cifar100", "benchmark.protocol=task_incremental")
    assert (cfg["method"]["density"], cfg["method"]["backbone"]["nf"], cfg["method"]["epochs"]) == (0.1, 20, 250)
    options = cfg["method"] | {"batch_size": 8, "epochs": 1}
    learner = build_method("supsup", info(shape=(3, 32, 32), n_tasks=20, per_task=5), options)
    learner.train_experience(experience(0, list(range(5)), n=8, shape=(3, 32, 32)))
    assert logits(learner, torch.rand(2, 3, 32, 32), 0).shape == (2, 100)


# ------------------------------------------------------------------------------------------------- bands
PMNIST = ["+benchmark.source_args.limit_train=10000", "+benchmark.source_args.limit_test=5000"]


@pytest.mark.slow
@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("benchmark", ["split_mnist_til", "permuted_mnist_til"])
def test_band_forgets_exactly_nothing(band_record, benchmark, seed):
    """suite=cpu's settings (permuted: 10k/5k images per task); each task is evaluated through its own mask,
    so every column of the task-aware matrix is constant below the diagonal."""
    extra = PMNIST if benchmark == "permuted_mnist_til" else []
    record = band_record("method=supsup", f"benchmark={benchmark}", f"seed={seed}", *extra)
    assert record["metrics"]["forgetting"] == 0.0
    matrix = record["task_aware_accuracy_matrix"]
    n = len(matrix)
    assert all(matrix[i][j] == matrix[j][j] for j in range(n) for i in range(j, n))
    assert record["metrics"]["final_average_accuracy"] > (0.95 if benchmark == "split_mnist_til" else 0.6)
