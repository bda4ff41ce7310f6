"""Adapt-∞ invariants (issue 16): the pool never exceeds its bound; selection is deterministic for a seed;
pruning removes the most redundant samples of a cluster; each step of the official selection pipeline
(cluster budgets, entropy-chosen selector expert, coverage-centric strata) and the per-sample gradients."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from clbench.errors import ClbenchError
from clbench.protocols.text import format_prompt
from clbench.runner import seed_everything
from clbench.scenario import Experience, ScenarioInfo
from methods.adapt_inf import AdaptInf, assign_budget, ccs_select, dist_entropy, redundancy, semdedup_keep

TINY = {"d_model": 16, "n_layers": 2, "n_heads": 2, "max_len": 48, "steps": 3, "batch_size": 8}


def info(n: int, seed: int = 0) -> ScenarioInfo:
    return ScenarioInfo(name="syn", protocol="instruction_stream", n_experiences=n, n_classes=n, input_shape=None,
                        task_ids_at_test=False, output="text", seed=seed, class_order=list(range(n)),
                        classes_per_experience=[[i] for i in range(n)])


def experience(i: int, n: int = 12) -> Experience:
    prompts = [format_prompt(f"task {i} please", f"x{k}y{k * 7 % 5}") for k in range(n)]
    return Experience(index=i, train_x=prompts, train_y=[f"y{k % 3}" for k in range(n)], test_x=prompts[:2],
                      test_y=["y0", "y1"], classes=(i,), new_classes=(i,), task_id=i, task_ids_at_test=False)


def make(seed: int = 0, **kw) -> AdaptInf:
    kw = {"n_clusters": 3, "sample_budget": 8, "pool_size": 15, **kw}
    return AdaptInf(info(3, seed), lm=TINY, lora={"r": 2, "alpha": 2}, epochs=1, batch_size=4, max_new_tokens=2, **kw)


def test_cluster_budgets_follow_the_official_rule():
    assert assign_budget([10, 10, 10], 9) == [3, 3, 3]
    assert assign_budget([2, 10, 10], 12) == [2, 5, 5]  # the small cluster's unused share moves on
    assert assign_budget([1, 1, 10], 9) == [1, 1, 7]
    assert sum(assign_budget([5, 3, 8, 1], 100)) == 17  # never more than the clusters hold


def test_semdedup_removes_the_most_redundant_samples_first():
    v = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 0.01], [0.7, 0.7], [0.0, 1.0]])
    m = redundancy(v)
    assert m[0] == 0 and m[4] == pytest.approx(1.0) and m[2] > 0.99  # later duplicates score ~1
    assert semdedup_keep(v, 3) == [0, 1, 3]


def test_the_selector_expert_is_the_one_with_the_widest_score_histogram():
    rng = np.random.default_rng(0)
    assert dist_entropy(np.ones(50)) == 0.0
    assert dist_entropy(rng.normal(size=400)) > dist_entropy(np.r_[np.zeros(390), np.ones(10)])


def test_coverage_centric_selection_samples_every_stratum_and_is_seeded():
    scores = np.arange(1000, dtype=float)
    a = ccs_select(scores, 50, np.random.default_rng(1))
    b = ccs_select(scores, 50, np.random.default_rng(1))
    assert a == b and len(a) == 50
    sel = scores[a]
    # 50 strata of width 18 down from the 95 % quantile (950) to the 5 % one (50): one sample from each
    assert sel.min() > 50 and sel.max() <= 950 and len(set(((950 - sel) // 18).astype(int))) == 50
    assert ccs_select(scores[:5], 10, np.random.default_rng(0)) == [0, 1, 2, 3, 4]


def test_sample_vectors_are_each_samples_own_gradient():
    L = make()
    e = experience(0, n=6)
    xs, ys = list(e.train_x), list(e.train_y)
    vec, scores = L.sample_features(xs, ys)
    L.batch_size = 1
    alone, alone_scores = L.sample_features(xs, ys)
    assert vec.shape[0] == 6 and torch.allclose(vec, alone, atol=1e-6)
    assert np.allclose(scores["ppl"], alone_scores["ppl"], rtol=1e-5)
    assert np.allclose(scores["grand"], vec.norm(dim=-1).numpy(), rtol=1e-5)
    assert (scores["el2n"] > 0).all() and (scores["el2n"] <= np.sqrt(2) + 1e-6).all()
    assert not any(p.grad is not None for p in L.model.parameters())


def test_pool_stays_bounded_and_selection_is_deterministic_for_a_seed():
    runs = []
    for _ in range(2):
        seed_everything(3)  # as the runner does: the LoRA's init and the batch order draw from the global RNG
        L = make(seed=3)
        chosen = []
        for i in range(3):
            e = experience(i)
            L.train_experience(e)
            assert len(L.pool_x) <= L.pool_size and len(L.pool_x) == len(L.pool_vec) == len(L.labels)
            chosen.append(L.history[-1]["selected"])
        runs.append((list(L.pool_x), chosen, [h["experts"] for h in L.history]))
    assert runs[0] == runs[1]


def test_the_experience_trains_on_the_selected_subset_only():
    L = make(sample_budget=5, pool_size=100)
    xs, _ = L.training_data(experience(0))
    assert len(xs) == 5 and set(xs) <= set(experience(0).train_x)
    L.after_experience(experience(0))
    xs, _ = L.training_data(experience(1))
    assert len(xs) == 5 and len(L.pool_x) == 24  # the pool keeps everything under its bound


def test_bad_options_are_one_sentence():
    with pytest.raises(ClbenchError, match="pool_size"):
        make(pool_size=0)


def test_ccs_never_asks_a_stratum_for_a_negative_share():
    """Strata that give full shares can spend the budget before the last stratum; a short stratum after that
    must not turn the remaining budget into a negative share (suite=quick's adapt_inf run died on it)."""
    import numpy as np

    from methods.adapt_inf import ccs_select

    rng = np.random.default_rng(0)
    for n, budget in [(60, 40), (100, 64), (30, 25), (200, 64)]:
        for _ in range(100):
            scores = np.concatenate([rng.normal(1, 0.01, n // 2), rng.uniform(0, 1, n - n // 2)])
            picked = ccs_select(scores, budget, rng)
            assert len(picked) <= budget and len(set(picked)) == len(picked)


def test_ccs_a_short_stratum_passes_its_shortfall_to_the_strata_after_it():
    """Strata of width 1 from 50 (the 95 % quantile) down to 0 (the 5 %), budget 100 over 50 strata: share 2.
    Strata 2-25 hold one sample each, so 24 samples short; the 25 dense strata below share what is left
    (ceil(74 / 25) = 3 each) and the selection fills its budget instead of stopping at 2 + 24 + 2 * 25 = 76."""
    sparse = np.arange(49, 24, -1) + 0.5  # 49.5 joins the top stratum (with the twenty 50s), then one per stratum
    dense = np.concatenate([np.linspace(k + 0.05, k + 0.95, 10) for k in range(25)])
    scores = np.concatenate([np.zeros(20), dense, sparse, np.full(20, 50.0)])
    picked = ccs_select(scores, 100, np.random.default_rng(0))
    assert len(picked) == 100
    assert set(np.flatnonzero((scores > 25) & (scores < 49)).tolist()) <= set(picked)  # strata 2-25: all
    per_stratum = np.histogram(scores[picked], bins=np.arange(0, 26))[0]
    assert per_stratum.tolist() == [3] * 25


def test_the_score_entropy_is_of_the_standardised_scores():
    """The histogram is of (x - mean) / std, so moving every score by a constant changes no entropy."""
    x = np.random.default_rng(0).normal(size=400)
    assert dist_entropy(x + 100.0) == pytest.approx(dist_entropy(x)) and dist_entropy(x) > 3


def _with_pool(L: AdaptInf, scores: dict, labels, vec=None) -> AdaptInf:
    n = len(labels)
    L.pool_x, L.pool_y = [f"p{i}" for i in range(n)], [f"y{i}" for i in range(n)]
    L.pool_vec = torch.eye(n) if vec is None else vec
    L.pool_scores, L.labels = {k: np.asarray(v, dtype=float) for k, v in scores.items()}, np.asarray(labels)
    return L


def test_each_cluster_selects_with_its_highest_entropy_score():
    rng = np.random.default_rng(0)
    n = 60
    scores = {"ppl": np.ones(n), "el2n": rng.normal(size=n), "grand": np.r_[np.zeros(n - 2), 1, 1]}
    L = _with_pool(make(sample_budget=6), scores, np.zeros(n, dtype=int))
    L.select(0)
    assert L.history[-1]["experts"] == ["el2n"]


def test_selection_draws_from_the_runs_seed():
    rng = np.random.default_rng(0)
    n = 300
    scores = {"ppl": rng.normal(size=n), "el2n": np.ones(n), "grand": np.ones(n)}
    picks = [_with_pool(make(seed=s, sample_budget=40), scores, np.zeros(n, dtype=int)).select(0) for s in (0, 0, 1)]
    assert picks[0] == picks[1] and picks[0] != picks[2]


def test_pool_pruning_is_semdedup_within_each_cluster():
    """Six samples in two clusters, pool_size 4: budgets 2 and 2; cluster 0 drops its two near-duplicates
    (p1 of p0, p3 of p2) and cluster 1, though last in the pool, keeps both of its samples."""
    vec = torch.tensor([[1.0, 0.0], [1.0, 0.01], [0.0, 1.0], [0.01, 1.0], [1.0, 1.0], [-1.0, 1.0]])
    L = _with_pool(make(pool_size=4), {k: np.arange(6) for k in ("ppl", "el2n", "grand")}, [0, 0, 0, 0, 1, 1], vec)
    L.prune_pool()
    assert L.pool_x == ["p0", "p2", "p4", "p5"] and L.labels.tolist() == [0, 0, 1, 1]
    assert L.pool_scores["ppl"].tolist() == [0, 2, 4, 5] and torch.equal(L.pool_vec, vec[[0, 2, 4, 5]])


def test_a_sample_vector_is_the_mean_over_its_tokens_of_the_loss_gradient_at_the_middle_block():
    """Checked against autograd on a perturbation added at the middle block's output, one sample at a time
    (no padding): the vector is that gradient averaged over the sample's positions, not one position's."""
    from methods.adapt_inf import middle_block

    L = make()
    e = experience(0, n=3)
    xs, ys = list(e.train_x), list(e.train_y)
    vec, _ = L.sample_features(xs, ys)
    block = middle_block(L.base_model())
    held: dict[str, torch.Tensor] = {}

    def perturb(_m, _i, out):
        held["d"] = torch.zeros_like(out, requires_grad=True)
        return out + held["d"]

    for i in range(len(xs)):
        handle = block.register_forward_hook(perturb)
        try:
            with torch.enable_grad():
                L.loss(xs[i : i + 1], ys[i : i + 1]).backward()
        finally:
            handle.remove()
        assert torch.allclose(vec[i], held["d"].grad[0].mean(0), atol=1e-6)
