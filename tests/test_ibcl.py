"""IBCL invariants (preference weights, convex combination, one-hot preference, HDR mass) and the learner on
synthetic binary tasks with identity features (seconds); the accuracy band on real features is slow."""

from __future__ import annotations

import json
import math

import pytest
import torch

import methods.ibcl as ibcl_module
from clbench.errors import ClbenchError
from clbench.metrics import forgetting
from clbench.scenario import Experience, ScenarioInfo
from methods.ibcl import (
    IBCL,
    HeadShape,
    combine,
    fit_posterior,
    hdr_halfwidth,
    preference_weights,
    sample_hdr,
    vi_loss,
    w2_distance,
)


def extremes(n: int, dim: int = 6, seed: int = 0) -> list[tuple[torch.Tensor, torch.Tensor]]:
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(dim, generator=g), torch.rand(dim, generator=g) + 0.1) for _ in range(n)]


@pytest.mark.parametrize("pref", [[1.0, 0.0, 0.0], [0.2, 0.3, 0.5], [3.0, 1.0, 1.0], [0.0, 0.0, 7.0]])
def test_preference_weights_sum_to_one_and_split_each_task_share(pref):
    w = preference_weights(torch.tensor(pref), [3, 2, 1])
    p = torch.tensor(pref, dtype=torch.float64) / sum(pref)
    assert w.sum().item() == pytest.approx(1.0) and (w >= 0).all()
    assert torch.allclose(w, torch.tensor([p[0] / 3] * 3 + [p[1] / 2] * 2 + [p[2]], dtype=torch.float64))


def test_combined_means_lie_within_the_extremes():
    ex = extremes(6)
    mus, sigmas = torch.stack([m for m, _ in ex]), torch.stack([s for _, s in ex])
    g = torch.Generator().manual_seed(1)
    for _ in range(20):
        mu, sigma = combine(preference_weights(torch.rand(2, generator=g), [3, 3]), ex)
        assert (mu >= mus.min(0).values - 1e-6).all() and (mu <= mus.max(0).values + 1e-6).all()
        assert (sigma >= sigmas.min(0).values - 1e-6).all() and (sigma <= sigmas.max(0).values + 1e-6).all()


def test_one_hot_preference_gives_that_tasks_extremes_mean():
    ex = extremes(6)
    mu, sigma = combine(preference_weights(torch.tensor([0.0, 1.0]), [3, 3]), ex)
    assert torch.allclose(mu, torch.stack([m for m, _ in ex[3:]]).mean(0), atol=1e-6)
    assert torch.allclose(sigma, torch.stack([s for _, s in ex[3:]]).mean(0), atol=1e-6)


@pytest.mark.parametrize("alpha,dim", [(0.05, 1), (0.05, 4), (0.2, 10)])
def test_hdr_box_holds_its_stated_mass(alpha, dim):
    g = torch.Generator().manual_seed(0)
    mu, sigma = torch.randn(dim, generator=g), torch.rand(dim, generator=g) + 0.5
    z = hdr_halfwidth(alpha, dim)
    draws = mu + sigma * torch.randn(200_000, dim, generator=g)
    inside = ((draws - mu).abs() <= z * sigma).all(1).float().mean().item()
    assert inside == pytest.approx(1 - alpha, abs=0.004)
    samples = sample_hdr(mu, sigma, alpha, 1000, g)
    assert ((samples - mu).abs() <= z * sigma + 1e-5).all()


def test_bad_preference_and_alpha_are_one_sentence():
    with pytest.raises(ClbenchError) as e:
        preference_weights(torch.tensor([0.5, -0.5]), [3, 3])
    assert str(e.value) == ("preference [0.5, -0.5] must be 2 non-negative numbers with a positive sum; "
                            "give one weight per task seen.")
    with pytest.raises(ClbenchError) as e:
        hdr_halfwidth(1.5, 3)
    assert str(e.value) == "hdr alpha must be in (0, 1), got 1.5; set method.hdr_alpha."


# --------------------------------------------------------------------------------- the learner, synthetic
class IdentityIBCL(IBCL):
    """IBCL on raw 8-d inputs: the invariants of the learner without a MobileNetV2 pass."""

    def features(self, x: torch.Tensor) -> torch.Tensor:
        return x.flatten(1)


def synthetic_tasks(n_tasks: int = 2, n: int = 200, dim: int = 8, conflict: bool = False
                    ) -> tuple[ScenarioInfo, list[Experience]]:
    """Binary tasks on 8-d inputs. Default: one direction for every task (one head solves them all: tests the
    plumbing, not VI). ``conflict``: each task its own random direction, so mixing another task's posterior into
    a task's model adds noise along a direction that carries no signal for it and costs accuracy."""
    g = torch.Generator().manual_seed(0)
    base = torch.randn(dim, generator=g)
    exps = []
    for t in range(n_tasks):
        direction = torch.randn(dim, generator=g) if conflict and t else base

        def draw(m, t=t, direction=direction):
            y = torch.randint(0, 2, (m,), generator=g)
            return torch.randn(m, dim, generator=g) + torch.outer(2.0 * y - 1.0, direction), y + 2 * t
        (xtr, ytr), (xte, yte) = draw(n), draw(n // 2)
        exps.append(Experience(index=t, train_x=xtr, train_y=ytr, test_x=xte, test_y=yte, classes=(2 * t, 2 * t + 1),
                               new_classes=(2 * t, 2 * t + 1), task_id=t, task_ids_at_test=True))
    info = ScenarioInfo(name="syn", protocol="task_incremental", n_experiences=n_tasks, n_classes=2 * n_tasks,
                        input_shape=(dim,), task_ids_at_test=True, output="logits", seed=0,
                        class_order=list(range(2 * n_tasks)), classes_per_experience=[list(e.classes) for e in exps])
    return info, exps

# ------------------------------------------------------------------------- each step of the algorithm, pinned
def test_vi_loss_is_mean_nll_plus_kl_over_n():
    """The negative ELBO per sample, against a hand-written KL of diagonal Gaussians (weight 1/N, not 1)."""
    g = torch.Generator().manual_seed(0)
    shape = HeadShape(3, 0)
    mu, sigma = torch.randn(shape.size, generator=g), torch.rand(shape.size, generator=g) + 0.2
    p_mu, p_sigma = torch.randn(shape.size, generator=g), torch.rand(shape.size, generator=g) + 1.0
    eps = torch.randn(shape.size, generator=g)
    x, y = torch.randn(5, 3, generator=g), torch.tensor([0, 1, 1, 0, 1])
    theta = mu + sigma * eps
    w, b = theta[:6].view(3, 2), theta[6:]
    nll = torch.nn.functional.cross_entropy(x @ w + b, y)
    kl = sum(math.log(ps / s) + (s**2 + (m - pm) ** 2) / (2 * ps**2) - 0.5
             for m, s, pm, ps in zip(mu.tolist(), sigma.tolist(), p_mu.tolist(), p_sigma.tolist()))
    got = vi_loss(shape, mu, sigma, eps, x, y, (p_mu, p_sigma), n=50)
    assert float(got) == pytest.approx(float(nll) + kl / 50, rel=1e-5)
    assert float(vi_loss(shape, mu, sigma, eps, x, y, (mu, sigma), n=50)) == pytest.approx(float(nll), rel=1e-5)


def test_fit_posterior_weights_the_kl_by_the_whole_training_set_and_starts_at_the_prior_mean(monkeypatch):
    g = torch.Generator().manual_seed(0)
    shape = HeadShape(4, 0)
    x, y = torch.randn(37, 4, generator=g), torch.randint(0, 2, (37,), generator=g)
    prior = (torch.randn(shape.size, generator=g), torch.full((shape.size,), 2.0))
    seen = []
    original = ibcl_module.vi_loss

    def spy(*args):
        seen.append((args[3].clone(), len(args[4]), args[7]))  # (ε, batch size, n)
        return original(*args)

    monkeypatch.setattr(ibcl_module, "vi_loss", spy)
    fit_posterior(shape, x, y, prior, steps=5, batch_size=8, lr=0.01, generator=g, init=prior)
    assert [n for _, _, n in seen] == [37] * 5 and [b for _, b, _ in seen] == [8, 8, 8, 8, 5]
    assert not torch.equal(seen[0][0], seen[1][0])  # a fresh reparameterisation draw every step
    mu, sigma = fit_posterior(shape, x, y, prior, steps=0, batch_size=8, lr=0.01, generator=g, init=prior,
                              init_sigma=0.3)
    assert torch.equal(mu, prior[0]) and torch.allclose(sigma, torch.full_like(sigma, 0.3))


def test_vi_moves_the_posterior_towards_the_data():
    """After training, the posterior's mean classifies the task and its σ has shrunk below the start."""
    info, exps = synthetic_tasks(n_tasks=1)
    shape = HeadShape(8, 0)
    e = exps[0]
    y = (e.train_y == e.classes[1]).long()
    prior = (torch.zeros(shape.size), torch.full((shape.size,), 2.0))
    mu, sigma = fit_posterior(shape, e.train_x, y, prior, steps=200, batch_size=32, lr=0.05,
                              generator=torch.Generator().manual_seed(0))
    yt = (e.test_y == e.classes[1]).long()
    assert (shape.logits(mu.unsqueeze(0), e.test_x)[0].argmax(1) == yt).float().mean() > 0.9


def test_each_chain_is_primed_by_its_own_previous_posterior(monkeypatch):
    """Task 1's priors are N(0, σ_j²) with σ = (2, 2.5, 3), VI starting near 0; task t's prior and start are
    chain j's task t−1 posterior (the same j), trained on the training part only (validation held out)."""
    info, exps = synthetic_tasks(n_tasks=3)
    calls = []
    original = ibcl_module.fit_posterior

    def spy(shape, x, y, prior, *args, init=None, **kw):
        post = original(shape, x, y, prior, *args, init=init, **kw)
        calls.append({"prior": prior, "init": init, "n": len(y), "post": post})
        return post

    monkeypatch.setattr(ibcl_module, "fit_posterior", spy)
    learner = IdentityIBCL(info, steps=10, reuse_distance=None, val_fraction=0.1)
    for e in exps:
        learner.train_experience(e)
    assert len(calls) == 9 and all(c["n"] == 200 - 20 for c in calls)
    for j, s in enumerate((2.0, 2.5, 3.0)):
        first = calls[j]
        assert torch.equal(first["prior"][0], torch.zeros(learner.shape.size))
        assert torch.equal(first["prior"][1], torch.full((learner.shape.size,), s))
        assert first["init"] is None
        for t in (1, 2):
            c, before = calls[3 * t + j], calls[3 * (t - 1) + j]["post"]
            assert c["prior"] is before and c["init"] is before
    assert learner.stored == [c["post"] for c in calls]
    assert learner.task_extremes == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]


def test_vi_starts_at_the_prior_mean_so_zero_steps_keep_each_chain_where_it_was():
    info, exps = synthetic_tasks(n_tasks=2)
    learner = IdentityIBCL(info, steps=0, reuse_distance=None, init_sigma=0.2)
    learner.train_experience(exps[0])
    first = [m.clone() for m, _ in learner.stored]
    learner.train_experience(exps[1])
    assert all(torch.equal(learner.stored[3 + j][0], first[j]) for j in range(3))
    assert all(torch.allclose(s, torch.full_like(s, 0.2)) for _, s in learner.stored)


def test_a_reused_posterior_stands_in_as_the_chains_next_prior():
    info, exps = synthetic_tasks()
    learner = IdentityIBCL(info, steps=5, reuse_distance=1e9)
    learner.train_experience(exps[0])
    assert all(c is learner.stored[0] for c in learner.chain_last)


def test_w2_distance_is_the_rms_per_parameter_distance():
    a = (torch.tensor([0.0, 1.0, 2.0, 0.0]), torch.tensor([1.0, 1.0, 1.0, 1.0]))
    b = (torch.tensor([3.0, 1.0, 2.0, 0.0]), torch.tensor([1.0, 1.0, 1.0, 5.0]))
    assert w2_distance(a, b) == pytest.approx(math.sqrt((9 + 16) / 4))
    assert w2_distance(a, a) == 0.0


def test_reuse_compares_against_the_threshold():
    info, exps = synthetic_tasks()
    learner = IdentityIBCL(info, steps=5, reuse_distance=0.0)  # nothing is that close: everything is stored
    for e in exps:
        learner.train_experience(e)
    assert learner.report()["posteriors_stored"] == 6 and learner.report()["posteriors_reused"] == 0


def test_combine_is_the_convex_combination_of_means_and_of_sigmas():
    ex = extremes(3)
    w = torch.tensor([0.5, 0.3, 0.2], dtype=torch.float64)
    mu, sigma = combine(w, ex)
    assert torch.allclose(mu, 0.5 * ex[0][0] + 0.3 * ex[1][0] + 0.2 * ex[2][0], atol=1e-6)
    assert torch.allclose(sigma, 0.5 * ex[0][1] + 0.3 * ex[1][1] + 0.2 * ex[2][1], atol=1e-6)


def test_hdr_draws_are_the_truncated_gaussian_not_uniform_in_the_box():
    """Inverse-CDF draws between the box's quantiles: the empirical CDF of the standardised draws matches the
    truncated normal's (a uniform draw in the box, the official code's, puts 25 % of the mass in the outer
    quarter of each side; the truncated Gaussian much less)."""
    mu, sigma = torch.zeros(1), torch.ones(1)
    g = torch.Generator().manual_seed(0)
    z = hdr_halfwidth(0.05, 1)
    d = sample_hdr(mu, sigma, 0.05, 20_000, g).flatten()
    assert d.abs().max() <= z + 1e-5 and d.abs().max() > 0.95 * z
    norm = torch.distributions.Normal(0.0, 1.0)
    inner = float((norm.cdf(torch.tensor(1.0)) - norm.cdf(torch.tensor(-1.0))) / 0.95)
    assert float((d.abs() <= 1.0).float().mean()) == pytest.approx(inner, abs=0.01)
    assert float(d.mean()) == pytest.approx(0.0, abs=0.03)


def test_predictive_averages_probabilities_over_the_draws():
    info, exps = synthetic_tasks()
    learner = IdentityIBCL(info, steps=5)
    learner.train_experience(exps[0])
    g = torch.Generator().manual_seed(0)
    thetas = torch.randn(4, learner.shape.size, generator=g) * 3
    x = exps[0].test_x[:6]
    expected = torch.stack([learner.shape.logits(th.unsqueeze(0), x)[0].softmax(-1) for th in thetas]).mean(0)
    assert torch.allclose(learner.predictive(thetas, x), expected, atol=1e-6)


def _matrix(learner, scenario, exps):
    from clbench.evaluate import evaluate

    rows = []
    for i, e in enumerate(exps):
        learner.train_experience(e)
        rows.append(evaluate(learner, scenario, trained=i + 1)[0])
    return rows


def _scenario(exps, n_classes):
    from clbench.scenario import Scenario

    return Scenario(name="syn", protocol="task_incremental", experiences=exps, n_classes=n_classes,
                    class_order=list(range(n_classes)), seed=0, input_shape=(8,), task_ids_at_test=True)


def test_default_board_evaluation_measures_forgetting_and_the_one_hot_one_is_zero_by_construction():
    """Conflicting tasks (one random direction per task): the default (preference-weighted) model of task 0 mixes in
    the later tasks' posteriors, so task 0's accuracy drops when they train; the one-hot preference scores
    task 0 with task 0's own extremes in every state, so its column is constant and forgetting exactly 0."""
    info, exps = synthetic_tasks(n_tasks=3, conflict=True)
    scenario = _scenario(exps, 6)
    import inspect

    assert inspect.signature(IBCL).parameters["eval_preference"].default == "weighted"
    weighted = _matrix(IdentityIBCL(info, steps=60), scenario, exps)
    onehot = _matrix(IdentityIBCL(info, steps=60, eval_preference="task"), scenario, exps)
    assert [r[0] for r in onehot] == [onehot[0][0]] * 3 and [r[1] for r in onehot[1:]] == [onehot[1][1]] * 2
    assert forgetting(onehot) == 0.0
    assert onehot[0][0] > 0.9 and weighted[0][0] == onehot[0][0]  # after one task both are task 0's model
    # the later tasks' posteriors enter task 0's and task 1's models: their accuracies move (measured here:
    # task 1 0.60 -> 0.88 as task 2 trains, task 0 1.00 -> 0.99), so forgetting is a measurement
    assert weighted[2][1] != weighted[1][1] and weighted[2][0] != weighted[1][0]
    assert forgetting(weighted) != 0.0


def test_weighted_prediction_is_the_preference_weighted_mixture_of_the_preference_models():
    """Independent re-computation: M = 3 preferences U(0,1)^t normalised, task k's weights p_jk / Σ_j p_jk,
    each preference model = the convex combination of the extremes, its probabilities averaged over draws."""
    info, exps = synthetic_tasks(n_tasks=3, conflict=True)
    learner = IdentityIBCL(info, steps=20, n_eval_preferences=3)
    for e in exps[:2]:
        learner.train_experience(e)
    prefs = learner.evaluation_preferences()
    assert prefs.shape == (3, 2) and torch.allclose(prefs.sum(1), torch.ones(3)) and (prefs > 0).all()
    g = torch.Generator().manual_seed(info.seed * 104_729 + 2)
    raw = torch.rand(3, 2, generator=g)
    assert torch.allclose(prefs, raw / raw.sum(1, keepdim=True))
    x = exps[0].test_x[:10]
    k = 0
    expected = torch.zeros(10, 2)
    for j in range(3):
        w = preference_weights(prefs[j], [3, 3])
        mu = sum(float(w[i]) * learner.stored[i][0] for i in range(6))
        sigma = sum(float(w[i]) * learner.stored[i][1] for i in range(6))
        thetas = learner.evaluation_model(prefs[j])
        z = hdr_halfwidth(learner.hdr_alpha, mu.numel())
        assert ((thetas - mu).abs() <= z * sigma + 1e-4).all()  # this preference's model, not another's
        probs = torch.stack([learner.shape.logits(th.unsqueeze(0), x)[0].softmax(-1) for th in thetas]).mean(0)
        expected += prefs[j, k] / prefs[:, k].sum() * probs
    got = learner.predict(x, torch.zeros(10, dtype=torch.long))[:, list(exps[0].classes)].exp()
    assert torch.allclose(got, expected, atol=1e-5)
    assert torch.allclose(got.sum(1), torch.ones(10), atol=1e-5)
    # the preferences are redrawn for every trained state (a new dimension, new draws)
    learner.train_experience(exps[2])
    assert learner.evaluation_preferences().shape == (3, 3)


def test_one_hot_and_uniform_evaluation_use_those_preferences():
    info, exps = synthetic_tasks(n_tasks=2, conflict=True)
    for mode, pref in (("task", torch.tensor([1.0, 0.0])), ("uniform", torch.tensor([0.5, 0.5]))):
        learner = IdentityIBCL(info, steps=20, eval_preference=mode)
        for e in exps:
            learner.train_experience(e)
        x = exps[0].test_x[:10]
        mu, sigma = learner.model_for(pref)
        thetas = learner.evaluation_model(pref)
        z = hdr_halfwidth(learner.hdr_alpha, mu.numel())
        assert ((thetas - mu).abs() <= z * sigma + 1e-4).all()
        got = learner.predict(x, torch.zeros(10, dtype=torch.long))[:, [0, 1]].exp()
        assert torch.allclose(got, learner.predictive(thetas, x), atol=1e-6)


def test_the_validation_split_comes_from_training_data_and_is_held_out():
    info, exps = synthetic_tasks()
    learner = IdentityIBCL(info, steps=5, val_fraction=0.25, val_max=30)
    learner.train_experience(exps[0])
    vx, vy = learner.val[0]
    assert len(vy) == 30
    rows = {tuple(r.tolist()) for r in exps[0].train_x}
    assert all(tuple(r.tolist()) in rows for r in vx)
    assert torch.equal(vy, (exps[0].train_y[[ [tuple(r.tolist()) for r in exps[0].train_x].index(tuple(v.tolist()))
                                               for v in vx]] == 1).long())


def test_bad_eval_preference_is_one_sentence():
    info, _ = synthetic_tasks()
    with pytest.raises(ClbenchError) as e:
        IdentityIBCL(info, eval_preference="best")
    assert str(e.value) == ("eval_preference must be 'weighted', 'uniform' or 'task', got 'best'; "
                            "fix method.eval_preference.")


def test_configs_name_the_board_evaluation_and_the_one_hot_variant():
    from pathlib import Path

    from omegaconf import OmegaConf

    conf = Path(__file__).resolve().parents[1] / "conf" / "method"
    assert OmegaConf.load(conf / "ibcl.yaml").eval_preference == "weighted"
    assert OmegaConf.load(conf / "ibcl.yaml").n_eval_preferences == 10
    assert OmegaConf.load(conf / "ibcl_onehot.yaml").eval_preference == "task"
    assert "FORGETTING 0 BY CONSTRUCTION" in (conf / "ibcl_onehot.yaml").read_text()
    assert OmegaConf.load(conf / "ibcl_uniform.yaml").eval_preference == "uniform"



def test_learner_trains_three_posteriors_per_task_and_serves_preferences():
    info, exps = synthetic_tasks()
    learner = IdentityIBCL(info, steps=60, eval_preference="task", n_random_preferences=2)
    for e in exps:
        learner.train_experience(e)
    rep = learner.report()
    assert rep["posteriors_trained"] == 6 and rep["posteriors_stored"] + rep["posteriors_reused"] == 6
    assert len(rep["grid"]) == 2 + 1 + 2 and all(len(r["val_accuracy"]) == 2 for r in rep["grid"])
    # task 1's grid is the single preference [1] (one-hot = uniform), task 2's the 5 rows above
    assert rep["preferences_served"] == 1 + 5 and rep["evaluation_models"] == 0
    json.dumps(rep)
    for t, e in enumerate(exps):
        logits = learner.predict(e.test_x, torch.full((len(e.test_y),), t))
        others = [c for c in range(info.n_classes) if c not in e.classes]
        assert torch.isinf(logits[:, others]).all()
        assert (logits.argmax(1) == e.test_y).float().mean() > 0.9


@pytest.mark.parametrize("eval_preference,expected", [("task", 1 + (2 + 1) + 3), ("uniform", 3),
                                                     ("weighted", 1 + (4 + 1) + 4)])
def test_counts_are_exact_and_do_not_depend_on_evaluation_batching(eval_preference, expected):
    """Through clbench's evaluator after every task of a 3-task stream: grid preferences 1 + (2+1+2) +
    (3+1+2) = 12; evaluation models per trained state: "task" asks each learnt task's one-hot plus the
    uniform one for unlearnt tasks (after task 1 both are [1]: 1, then 3, 3), "uniform" one, "weighted" its
    M = 4 preferences plus the uniform one for unlearnt tasks (1, then 5, 4). Each state is
    evaluated twice, in batches of 7 or of 4096: the counts and the accuracies stay the same."""
    from clbench.evaluate import evaluate
    from clbench.scenario import Scenario

    info, exps = synthetic_tasks(n_tasks=3)
    scenario = Scenario(name="syn", protocol="task_incremental", experiences=exps, n_classes=6,
                        class_order=list(range(6)), seed=0, input_shape=(8,), task_ids_at_test=True)
    rows = {}
    for batch_size in (7, 4096):
        learner = IdentityIBCL(info, steps=20, eval_preference=eval_preference, n_random_preferences=2,
                               n_eval_preferences=4)
        rows[batch_size] = []
        for i, e in enumerate(exps):
            learner.train_experience(e)
            rows[batch_size].append(evaluate(learner, scenario, batch_size=batch_size, trained=i + 1)[0])
            rows[batch_size].append(evaluate(learner, scenario, batch_size=batch_size, trained=i + 1)[0])
        rep, cost = learner.report(), learner.cost()
        assert rep["preferences_served"] == cost["preferences_served"] == 1 + 5 + 6
        assert rep["evaluation_models"] == cost["evaluation_models"] == expected
        assert rep["posteriors_trained"] == cost["models_trained"] == 9
    # memoised models: the same draws whatever the batching, so the same accuracy matrix
    assert rows[7] == rows[4096]


@pytest.mark.parametrize("mode,models", [("task", 2), ("weighted", 10)])
def test_a_tasks_predictions_do_not_depend_on_the_other_tasks_in_the_batch(mode, models):
    info, exps = synthetic_tasks()
    learner = IdentityIBCL(info, steps=20, eval_preference=mode)
    for e in exps:
        learner.train_experience(e)
    alone = [learner.predict(e.test_x, torch.full((len(e.test_y),), t)) for t, e in enumerate(exps)]
    mixed = learner.predict(torch.cat([e.test_x for e in exps]),
                            torch.cat([torch.full((len(e.test_y),), t) for t, e in enumerate(exps)]))
    assert torch.equal(mixed, torch.cat(alone))
    assert learner.report()["evaluation_models"] == models


def test_a_posterior_within_the_reuse_distance_is_not_stored_again():
    info, exps = synthetic_tasks()
    learner = IdentityIBCL(info, steps=5, reuse_distance=1e9)
    for e in exps:
        learner.train_experience(e)
    rep = learner.report()
    assert rep["posteriors_stored"] == 1 and rep["posteriors_reused"] == 5
    assert learner.task_extremes == [[0, 0, 0], [0, 0, 0]]


def test_non_binary_tasks_are_refused():
    info, _ = synthetic_tasks()
    bad = ScenarioInfo(**{**info.__dict__, "classes_per_experience": [[0, 1, 2], [3]]})
    with pytest.raises(ClbenchError) as e:
        IdentityIBCL(bad)
    assert str(e.value) == ("ibcl needs binary tasks (2 classes per experience); set protocol_args.n_experiences "
                            "to half the number of classes.")


# ------------------------------------------------------------------------------------------------ band
def assert_five_task_report(rep: dict) -> None:
    """A 5-task run's last report: the counts of methods/ibcl.py's docstring (grids 1+6+7+8+9, evaluation
    1+3+4+5+5), and each task's own one-hot preference at least as good as the uniform one on that task."""
    assert (rep["posteriors_trained"], rep["preferences_served"], rep["evaluation_models"]) == (15, 31, 18)
    grid = {tuple(r["preference"]): r["val_accuracy"] for r in rep["grid"]}
    uniform = grid[(0.2,) * 5]
    for k in range(5):
        assert grid[tuple(1.0 if i == k else 0.0 for i in range(5))][k] >= uniform[k]


@pytest.mark.slow
def test_ibcl_band_on_binary_split_mnist(compose_run):
    """ibcl_onehot (the one-hot task preference; forgetting 0 by construction), seed 0, 10k train / 2k test
    images: measured 0.902 final average accuracy before the draws were seeded by preference; every task's
    own one-hot preference beats the uniform one on that task."""
    from clbench.runner import run

    cfg = compose_run("method=ibcl_onehot", "benchmark=binary_split_mnist", "seed=0",
                      "+benchmark.source_args.limit_train=10000", "+benchmark.source_args.limit_test=2000")
    rec = json.loads(run(cfg, echo=lambda *_: None).read_text())
    assert rec["metrics"]["final_average_accuracy"] >= 0.85
    assert rec["metrics"]["forgetting"] == 0.0
    assert_five_task_report(rec["method_report"][-1])


@pytest.mark.slow
def test_ibcl_band_on_binary_split_animal_mnist(compose_run):
    """Issue 7's second binary stream: Animal-MNIST (800 train / 200 test images per class) as 5 binary
    tasks on MobileNetV2-ImageNet features, scored with the one-hot preference (ibcl_onehot; measured with the
    draws seeded by the number of tasks learnt, before they were seeded by preference) (OMP_NUM_THREADS=1,
    about 10 s with cached features):
    seed 0 final average accuracy 0.9445, forgetting 0.0031; seeds 1 and 2: 0.9340 / 0.0169 and
    0.9480 / -0.0013. The band (>= 0.90, <= 0.04) sits 0.03 below the lowest seed's accuracy and 0.02
    above its forgetting. Each task's own one-hot preference beats the uniform one on that task's
    validation split in every seed (seed 0: 0.96/0.95/0.98/0.93/0.93 vs 0.86/0.92/0.71/0.70/0.51)."""
    from clbench.runner import run

    cfg = compose_run("method=ibcl_onehot", "benchmark=binary_split_animal_mnist", "seed=0")
    rec = json.loads(run(cfg, echo=lambda *_: None).read_text())
    assert rec["metrics"]["final_average_accuracy"] >= 0.90
    assert rec["metrics"]["forgetting"] <= 0.04
    assert_five_task_report(rec["method_report"][-1])


def test_ibcl_passes_check_learner():
    """The contract on IBCL's own code (raw inputs as features instead of a MobileNetV2 pass)."""
    testing = pytest.importorskip("clbench.testing")

    testing.check_learner(IdentityIBCL, testing.synthetic_info("task_incremental", n_classes=6, n_experiences=3),
                          {"steps": 5, "n_models": 2, "n_eval_preferences": 2, "val_fraction": 0.0})
