"""MOS invariants (Sun et al. 2025): merge formula exact, evaluation leaves stored adapters unchanged, retrieval
stops within 4 rounds, sampled statistics match the stored ones; plus the self-similarity loss value."""

from __future__ import annotations

import copy

import pytest
import torch
from builders import SPLIT_DIGITS, saved_vit, tiny_vit, vit_overrides
from torch import nn

from clbench.errors import ClbenchError
from clbench.registry import build_method
from clbench.runner import build_scenario
from methods.mos import merge_adapters, sample_gaussians

TINY = tiny_vit(depth=2)


@pytest.fixture(scope="module")
def scenario():
    return build_scenario(SPLIT_DIGITS, 0)


def make(scenario, **kw):
    torch.manual_seed(0)
    return build_method("mos", scenario.info(), {"backbone": TINY, "epochs": 2, "ca_epochs": 2, **kw})


@pytest.fixture(scope="module")
def trained(scenario):
    learner = make(scenario)
    for exp in scenario.experiences[:3]:
        learner.train_experience(exp)
    return learner


def test_merge_formula_is_exact():
    torch.manual_seed(0)
    cur, olds = nn.Linear(3, 4), [nn.Linear(3, 4) for _ in range(3)]
    expected = {n: 0.9 * p.detach() + 0.1 * torch.stack([dict(o.named_parameters())[n].detach() for o in olds]).mean(0)
                for n, p in cur.named_parameters()}
    merge_adapters(cur, olds, 0.1)
    for n, p in cur.named_parameters():
        assert torch.allclose(p, expected[n], rtol=0, atol=1e-7), n
    single = nn.Linear(3, 4)
    before = single.weight.detach().clone()
    merge_adapters(single, [], 0.1)  # task 0: nothing stored, nothing merged
    assert torch.equal(single.weight, before)


def test_training_merges_after_every_step(scenario, trained):
    """With merge momentum 1 the adapter becomes the mean of the stored ones after each step."""
    learner = copy.deepcopy(trained)
    learner.host = trained.host
    learner.merge_momentum = 1.0
    learner.train_experience(scenario[3])
    mean = {n: torch.stack([dict(s.named_parameters())[n] for s in trained.stored]).mean(0)
            for n, _ in trained.adapter.named_parameters()}
    for n, p in learner.stored[-1].named_parameters():
        assert torch.allclose(p, mean[n], atol=1e-6), n


def test_evaluation_leaves_stored_adapters_unchanged(scenario, trained):
    snap = [copy.deepcopy(s.state_dict()) for s in trained.stored]
    cur = copy.deepcopy(trained.adapter.state_dict())
    head = copy.deepcopy(trained.head.state_dict())
    protos, means = trained.prototypes.clone(), trained.means.clone()
    for exp in scenario.experiences:
        trained.predict(exp.test_x)
    for s, before in zip(trained.stored, snap):
        assert all(torch.equal(s.state_dict()[k], v) for k, v in before.items())
    assert all(torch.equal(trained.adapter.state_dict()[k], v) for k, v in cur.items())
    assert all(torch.equal(trained.head.state_dict()[k], v) for k, v in head.items())
    assert torch.equal(trained.prototypes, protos) and torch.equal(trained.means, means)


def test_retrieval_stops_within_four_rounds(scenario, trained):
    out = trained.predict(scenario[0].test_x)
    assert out.shape == (len(scenario[0].test_y), 10)
    assert 1 <= int(trained.last_rounds.min()) and int(trained.last_rounds.max()) <= 4


def test_retrieval_that_would_cycle_is_cut_at_four_rounds(scenario):
    """Adapter k's features make the head predict a class of task 1 − k: retrieval oscillates forever
    unless the bound stops it."""
    learner = make(scenario)
    learner.stored = [nn.ModuleDict(), nn.ModuleDict()]
    learner.seen = [0, 1]
    learner.class_task = torch.tensor([0, 1] + [-1] * 8)
    d = learner.host.out_dim
    e0, e1 = torch.zeros(d), torch.zeros(d)
    e0[0], e1[1] = 1.0, 1.0
    feats = {id(learner.stored[0]): e0, id(learner.stored[1]): e1}
    learner.features = lambda h, a: feats[id(a)].expand(len(h), -1)
    with torch.no_grad():
        learner.head.weight.zero_()
        learner.head.bias.zero_()
        learner.head.weight[1, 0] = 1.0  # features of adapter 0 → class 1 (task 1)
        learner.head.weight[0, 1] = 1.0  # features of adapter 1 → class 0 (task 0)
    learner.prototypes[0], learner.prototypes[1] = e0, e1  # prototypes pick task 0 first
    _, rounds = learner.retrieve(torch.zeros(3, 5, d))
    assert rounds.tolist() == [4, 4, 4]
    learner.max_rounds = 1
    _, rounds = learner.retrieve(torch.zeros(3, 5, d))
    assert rounds.tolist() == [1, 1, 1]


def test_sampled_statistics_match_stored_ones():
    g = torch.Generator().manual_seed(0)
    a = torch.randn(3, 3, generator=g)
    cov = a @ a.T + 0.1 * torch.eye(3)
    means = torch.tensor([[1.0, -2.0, 0.5], [0.0, 3.0, 1.0]])
    covs = torch.stack([cov, 2 * cov])
    s = sample_gaussians(means, covs, 20000, g)
    for c in range(2):
        part = s[c * 20000 : (c + 1) * 20000]
        assert torch.allclose(part.mean(0), means[c], atol=0.05)
        assert torch.allclose(torch.cov(part.T), covs[c], atol=0.1 * float(covs[c].abs().max()))
    var = sample_gaussians(means, torch.stack([torch.diagonal(cov)] * 2), 20000, g)
    assert torch.allclose(var[:20000].var(0), torch.diagonal(cov), rtol=0.05)


def test_stored_statistics_are_the_class_feature_moments(scenario, trained):
    exp = scenario[2]
    f = trained._batched(trained.lower(exp.train_x), trained.stored[2])
    for c in exp.classes:
        fc = f[exp.train_y == c]
        assert torch.allclose(trained.means[c], fc.mean(0), atol=1e-5)
        assert torch.allclose(trained.covs[c], torch.cov(fc.T) + 1e-4 * torch.eye(f.shape[1]), atol=1e-5)


def test_self_similarity_loss_matches_its_formula(scenario):
    learner = make(scenario)
    learner.means[0] = torch.tensor([1.0, 0.0] + [0.0] * (learner.host.out_dim - 2))
    f = torch.zeros(2, learner.host.out_dim)
    f[0, 1], f[1, 0] = 2.0, 1.0
    m = torch.stack([learner.means[0], f[0], f[1]])
    sim = m @ m.T / 0.8
    expected = -torch.log_softmax(sim, 1).diagonal().mean()
    assert torch.allclose(learner.self_similarity_loss(f, [0]), expected)


def test_bad_options_are_refused(scenario):
    with pytest.raises(ClbenchError) as e:
        make(scenario, cov="full")
    assert str(e.value) == "cov must be 'covariance' or 'variance', got 'full'; fix method.cov."
    with pytest.raises(ClbenchError) as e:
        make(scenario, max_rounds=0)
    assert str(e.value) == "max_rounds and epochs must be >= 1; fix method.max_rounds/method.epochs."


def test_runner_end_to_end_and_resume_state(compose_run):
    import json

    from clbench.runner import run

    cfg = compose_run("method=mos", "benchmark=split_digits", "method.epochs=1", "method.ca_epochs=1",
                      *vit_overrides(TINY))
    record = json.loads(run(cfg, echo=lambda *a: None).read_text())
    assert [r["stored_adapters"] for r in record["method_report"]] == [1, 2, 3, 4, 5]
    assert all(1 <= r["mean_retrieval_rounds"] <= 4 for r in record["method_report"])
    assert record["cost"]["memory_bytes_per_experience"][-1] > record["cost"]["memory_bytes_per_experience"][0]


@pytest.mark.slow
@pytest.mark.parametrize("method,benchmark,min_last,min_avg,joint_gap", [
    ("mos", "split_mnist", 0.45, 0.60, 0.25),                   # offline tiny ViT (pretrained on Animal-MNIST)
    ("mos_mobilenet", "split_animal_mnist", 0.55, 0.65, 0.35),  # MobileNetV2, shipped ImageNet weights
])
def test_accuracy_band(method, benchmark, min_last, min_avg, joint_gap, compose_run):
    """Class-IL, exemplar-free, seed 0, 1000 training images per experience: far above finetune and within
    reach of joint on the same frozen backbone (see the report for the measured table)."""
    from test_vit import run_band

    metrics, base = run_band(compose_run, method, benchmark)
    a_last, a_avg = metrics["final_average_accuracy"], metrics["average_incremental_accuracy"]
    assert a_last >= min_last and a_avg >= min_avg, (metrics, base)
    assert a_last >= base["finetune_last"] + 0.2, (metrics, base)
    assert a_last >= base["joint_last"] - joint_gap, (metrics, base)


def test_memoised_evaluation_gives_the_same_scores_with_one_pass_per_stored_set(scenario):
    """Stored sets are frozen: after the first evaluation, only a newly stored set costs a pass."""
    memo, plain = make(scenario), make(scenario, memo_eval_features=False)
    plain.host = memo.host
    for exp in scenario.experiences[:2]:
        for learner in (memo, plain):
            torch.manual_seed(1)
            learner.train_experience(exp)
    test_x = torch.cat([e.test_x for e in scenario.experiences[:2]])
    assert torch.equal(memo.predict(test_x), plain.predict(test_x))
    passes = []
    original = memo.features
    memo.features = lambda h, adapters: passes.append(1) or original(h, adapters)
    memo.predict(test_x)
    assert passes == []  # both stored sets served from the memo
    memo.features = original
    memo.train_experience(scenario[2])
    memo.features = lambda h, adapters: passes.append(1) or original(h, adapters)
    memo.predict(test_x)
    assert len(passes) == -(-len(test_x) // 512)  # the new set only, one pass per chunk
    assert "_eval_memo" not in memo.state_dict()


# -- one test per step of the algorithm (issue 15): each fails when that step is removed or replaced -----------
def clone(learner):
    out = copy.deepcopy(learner)
    out.host = learner.host
    return out


def test_merge_happens_once_after_every_optimiser_step_toward_the_mean_of_all_stored(scenario, trained):
    """At a vanishing learning rate only the merges move the adapter: S steps from A (continued from the last
    task) give 0.9^S·A + (1 − 0.9^S)·mean(A_0..A_{t−1}) exactly; merging per layer, per epoch, toward A_{t−1}
    only, or restarting the adapter all give another adapter."""
    learner = clone(trained)
    learner.optimizer_cfg = {"name": "sgd", "lr": 1e-20, "momentum": 0.9}
    learner.epochs = 2
    start = copy.deepcopy(trained.adapter)
    exp = scenario[3]
    steps = learner.epochs * -(-len(exp.train_y) // learner.batch_size)
    learner.train_experience(exp)
    keep = 0.9 ** steps
    for name, p in learner.stored[-1].named_parameters():
        mean = torch.stack([dict(s.named_parameters())[name] for s in trained.stored]).mean(0)
        expect = keep * dict(start.named_parameters())[name] + (1 - keep) * mean
        assert torch.allclose(p, expect, atol=1e-6), name
    assert steps >= 4 and not torch.allclose(mean, dict(start.named_parameters())[name], atol=1e-3)


def test_adapter_training_masks_old_classes_and_scales_the_head_lr(scenario, trained, monkeypatch):
    import methods.mos as mos_mod

    learner = clone(trained)
    groups = []
    real = mos_mod.make_optimizer

    def spy(params, cfg):
        groups.append([(len(g["params"]), g.get("lr", cfg["lr"])) for g in params])
        return real(params, cfg)
    monkeypatch.setattr(mos_mod, "make_optimizer", spy)
    exp = scenario[3]
    old, new = list(trained.seen), list(exp.classes)
    before = learner.head.weight.detach().clone()
    learner.seen = sorted(set(old) | set(new))
    learner._train_adapter(learner.lower(exp.train_x), exp.train_y, new, old, torch.Generator().manual_seed(0))
    assert groups == [[(len(list(learner.adapter.parameters())), 0.05), (2, 0.05 * 0.1)]]
    assert torch.equal(learner.head.weight[old], before[old])  # masked: no gradient, and SGD has no decay
    assert not torch.equal(learner.head.weight[new], before[new])


def test_self_similarity_loss_is_added_every_step_against_the_stored_means(scenario, trained):
    learner, plain = clone(trained), clone(trained)
    plain.reg = 0.0
    calls = []
    original = learner.self_similarity_loss
    learner.self_similarity_loss = lambda f, old: calls.append((len(f), list(old))) or original(f, old)
    exp = scenario[3]
    learner.train_experience(exp)
    plain.train_experience(exp)
    steps = learner.epochs * -(-len(exp.train_y) // learner.batch_size)
    assert len(calls) == steps and all(old == trained.seen for _, old in calls)
    assert any(not torch.equal(p, q) for p, q in zip(learner.stored[-1].parameters(), plain.stored[-1].parameters()))


def test_prototypes_are_class_means_under_the_first_adapter(scenario, trained):
    exp = scenario[2]
    h = trained.lower(exp.train_x)
    f0, f2 = trained._batched(h, trained.stored[0]), trained._batched(h, trained.stored[2])
    for c in exp.classes:
        assert torch.allclose(trained.prototypes[c], f0[exp.train_y == c].mean(0), atol=1e-5)
        assert not torch.allclose(trained.prototypes[c], f2[exp.train_y == c].mean(0), atol=1e-3)


def test_classifier_alignment_retrains_every_seen_row_after_a_later_task(scenario, trained):
    learner = clone(trained)
    before = learner.head.weight.detach().clone()
    learner.train_experience(scenario[3])
    old = list(trained.seen)
    changed = (learner.head.weight[old] - before[old]).abs().sum(1)
    assert (changed > 0).all(), "old rows only move through classifier alignment"


def test_classifier_alignment_fits_the_stored_gaussians(scenario):
    learner = make(scenario, ca_epochs=20, ca_lr=0.1)
    d = learner.host.out_dim
    classes = [0, 1, 2, 3]
    learner.seen, learner.task = classes, 1  # after task 1 of two 2-class tasks: align on all four classes
    learner.class_task[classes] = torch.tensor([0, 0, 1, 1])
    for c in classes:
        learner.means[c] = torch.zeros(d)
        learner.means[c][c] = 3.0
        learner.covs[c] = 0.05 * torch.eye(d)
    g = torch.Generator().manual_seed(0)
    test = sample_gaussians(learner.means[classes], learner.covs[classes], 100, g)
    labels = torch.tensor(classes).repeat_interleave(100)
    acc = lambda: float((learner.head_logits(test).argmax(1) == labels).float().mean())  # noqa: E731
    assert acc() < 0.7
    learner._align_classifier(g)
    assert acc() > 0.95


def test_score_is_softmax_of_refined_logits_plus_softmax_of_t_times_prototype_logits(scenario, trained):
    x = scenario[1].test_x[:40]
    feats = trained.stored_features(x)
    score, _ = trained.retrieve_from_features(feats)
    plain = clone(trained)
    plain.ensemble = False
    logits, _ = plain.retrieve_from_features(feats)
    proto = trained.prototype_logits(feats[0])
    expect = torch.softmax(logits, 1) + torch.softmax(3 * proto, 1)  # t + 1 = 3 stored sets
    seen = trained.seen
    assert torch.allclose(score[:, seen], expect[:, seen], atol=1e-6)
    assert torch.isinf(score[:, [c for c in range(10) if c not in seen]]).all()


def test_prototype_logits_are_cosine_similarities(scenario, trained):
    f = torch.randn(6, trained.host.out_dim)
    cos = nn.functional.cosine_similarity(f[:, None], trained.prototypes[None, trained.seen], dim=2)
    assert torch.allclose(trained.prototype_logits(f)[:, trained.seen], cos, atol=1e-6)
    assert torch.allclose(trained.prototype_logits(5 * f), trained.prototype_logits(f), atol=1e-6)


def test_retrieval_starts_from_the_prototype_prediction(scenario):
    """The prototypes (under A_0) pick task 1; the head on A_1's features agrees: one round, A_1's logits. A
    retrieval that started from the head on A_0 (which says class 0) would end on class 0."""
    learner = make(scenario, ensemble=False)
    learner.stored = [nn.ModuleDict(), nn.ModuleDict()]
    learner.seen = [0, 1]
    learner.class_task = torch.tensor([0, 1] + [-1] * 8)
    d = learner.host.out_dim
    e = torch.eye(d)
    feats = {id(learner.stored[0]): e[0], id(learner.stored[1]): e[1]}
    learner.features = lambda h, a: feats[id(a)].expand(len(h), -1)
    with torch.no_grad():
        learner.head.weight.zero_()
        learner.head.bias.zero_()
        learner.head.weight[0, 0] = 1.0  # A_0's features → class 0
        learner.head.weight[1, 1] = 1.0  # A_1's features → class 1
    learner.prototypes[0], learner.prototypes[1] = e[2], e[0]  # A_0's features are nearest class 1's prototype
    logits, rounds = learner.retrieve(torch.zeros(3, 5, d))
    assert rounds.tolist() == [1, 1, 1] and logits.argmax(1).tolist() == [1, 1, 1]
    assert torch.allclose(logits, learner.head_logits(e[1].expand(3, -1)))


def test_the_learner_contract(tmp_path):
    """clbench.testing.check_learner (where it exists): logits over every class, state_dict round trip into a
    fresh instance, same seed → same predictions, no test data while training. The host is a random tiny ViT
    saved to a file, so a fresh instance rebuilds the same frozen host whatever the global RNG state."""
    testing = pytest.importorskip("clbench.testing")
    backbone = saved_vit(TINY, tmp_path / "vit.pt")
    opts = {"epochs": 1, "ca_epochs": 1}
    from clbench.registry import get_method

    info = testing.synthetic_info("class_incremental")
    testing.check_learner(get_method("mos"), info, {"backbone": backbone, **opts})
