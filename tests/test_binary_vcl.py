"""Binary VCL invariants (Li, Huang et al. 2023): the prior of task t is exactly the posterior of task t−1 (the
uniform θ = 0 before the first); weights sampled at test time are ±1 with P(+1) = (1 + tanh βθ)/2; with one task
the learner is its single-task variational learner; the mean-field pre-activation and the field gradient match
the formulas on hand-checked cases; the KL pulls fields towards the prior. Slow: on permuted MNIST binary_vcl
forgets less than metaplastic_bnn and plain binary-network training (binary_sgd), 3 seeds."""

from __future__ import annotations

import math

import pytest
import torch
from builders import experience as experience_of
from builders import shared_info
from torch.nn import functional as F

from clbench.errors import ClbenchError
from clbench.scenario import Experience, ScenarioInfo
from methods.binary_vcl import BinaryVCL, beta_at, binary_logits, fit_fields, free_energy, meanfield_logits
from methods.common.binary import field_kl, meanfield_preactivation, sample_weights


def info(n_tasks=3, protocol="domain_incremental", n_classes=4) -> ScenarioInfo:
    return shared_info(n_tasks, n_classes, (1, 6, 6), protocol)


def experience(t: int, n: int = 48, n_classes: int = 4) -> Experience:
    g = torch.Generator().manual_seed(200 + t)
    perm = torch.randperm(36, generator=g)  # a permuted-MNIST-like task: the same classes, other pixels
    y = torch.randint(n_classes, (n,), generator=g)
    x = torch.rand((n, 36), generator=g) * 0.3
    for c in range(n_classes):
        x[y == c, c * 9 : (c + 1) * 9] += 1.0
    x = x[:, perm].view(n, 1, 6, 6)
    return experience_of(t, x, y, range(n_classes), range(n_classes) if t == 0 else ())


OPTS = {"hidden": [16], "batch_size": 8, "epochs": 2, "test_samples": 3}


@pytest.fixture(scope="module")
def three_tasks():
    learner = BinaryVCL(info(), **OPTS)
    posteriors, priors = [], []
    for t in range(3):
        learner.train_experience(experience(t))
        priors.append([p.clone() for p in learner.prior])
        posteriors.append([f.clone() for f in learner.fields])
    return learner, priors, posteriors


def test_prior_of_each_task_is_the_previous_posterior_exactly(three_tasks):
    _, priors, posteriors = three_tasks
    assert all(not p.any() for p in priors[0])  # the first task's prior: θ = 0, uniform over ±1
    for t in (1, 2):
        assert all(torch.equal(p, q) for p, q in zip(priors[t], posteriors[t - 1]))
        assert not all(torch.equal(p, q) for p, q in zip(posteriors[t], posteriors[t - 1]))  # and it trained


def test_test_time_weights_are_plus_minus_one(three_tasks):
    learner, _, _ = three_tasks
    assert len(learner.test_weights) == 3
    for net in learner.test_weights:
        for w in net:
            assert set(w.unique().tolist()) <= {-1.0, 1.0}
    # predict really uses those binary networks: the averaged softmax, restricted to the task's classes
    x = experience(0).train_x[:5]
    probs = sum(F.softmax(binary_logits(x, w), 1) for w in learner.test_weights) / 3
    assert torch.allclose(learner.predict(x, torch.zeros(5, dtype=torch.long)).exp(), probs, atol=1e-6)


def test_the_sampled_networks_fit_the_latest_task(three_tasks):
    learner, _, _ = three_tasks
    e = experience(2)
    pred = learner.predict(e.train_x, torch.full((len(e.train_y),), 2)).argmax(1)
    assert (pred == e.train_y).double().mean() > 0.7


def test_sampled_weights_follow_the_field_distribution():
    theta = torch.tensor([0.0, 0.3, -1.0, 4.0]).repeat(20_000, 1)
    w = sample_weights(theta, 1.0, torch.Generator().manual_seed(0))
    assert set(w.unique().tolist()) == {-1.0, 1.0}
    want = (1 + torch.tanh(torch.tensor([0.0, 0.3, -1.0, 4.0]))) / 2
    assert torch.allclose((w == 1).double().mean(0).float(), want, atol=0.01)


def test_with_one_task_it_is_the_single_task_variational_learner():
    learner = BinaryVCL(info(n_tasks=1), **OPTS)
    init = [f.clone() for f in learner.fields]
    exp = experience(0)
    learner.train_experience(exp)
    seed = 0 * 100_003 + 0 * 1_009
    betas = [beta_at(0, e, 1, 2, 10.0, True) for e in range(2)]
    alone = fit_fields(init, [torch.zeros_like(f) for f in init], exp.train_x, exp.train_y, classes=[0, 1, 2, 3],
                       betas=betas, batch_size=8, lr=0.01, kl_weight=1.0,
                       batch_generator=torch.Generator().manual_seed(seed),
                       noise_generator=torch.Generator().manual_seed(seed + 1))
    assert all(torch.equal(a, b) for a, b in zip(learner.fields, alone))


def test_meanfield_preactivation_by_hand():
    theta, a, beta = torch.tensor([[0.5, -1.0]]), torch.tensor([[1.0, 2.0]]), 2.0
    mean, var = meanfield_preactivation(a, theta, beta)
    mu = [math.tanh(1.0), math.tanh(-2.0)]
    assert mean.item() == pytest.approx((mu[0] * 1 + mu[1] * 2) / math.sqrt(2), rel=1e-6)
    assert var.item() == pytest.approx(((1 - mu[0] ** 2) * 1 + (1 - mu[1] ** 2) * 4) / 2, rel=1e-6)


def test_field_gradient_matches_the_meanfield_formula_by_hand():
    """One layer, softmax output: ∂F/∂θ_ij = β(1−μ²_ij) Σ_b δ_bi [a_bj/√N − ε_bi a²_bj μ_ij/(N √v_bi)] / B
    + β²(1−μ²_ij)(θ_ij − θ'_ij)/n (the code's ``backprop`` for its last layer, and the KL's gradient)."""
    g = torch.Generator().manual_seed(3)
    theta = torch.randn(3, 5, generator=g)
    prior = torch.randn(3, 5, generator=g)
    a, y = torch.rand(4, 5, generator=g), torch.tensor([0, 2, 1, 0])
    beta, n_data = 1.7, 40
    field = theta.clone().requires_grad_(True)
    loss = free_energy(a, y, [field], [prior], beta, n_data, 1.0, [0, 1, 2], torch.Generator().manual_seed(9))
    loss.backward()
    # the same noise, by hand
    eps = torch.randn(4, 3, generator=torch.Generator().manual_seed(9))
    mu = torch.tanh(beta * theta)
    s2 = 1 - mu**2
    n = 5
    mean, v = a @ mu.T / math.sqrt(n), (a * a) @ s2.T / n
    z = mean + torch.sqrt(v + 1e-30) * eps
    delta = (F.softmax(z, 1) - F.one_hot(y, 3).float()) / 4
    sqrt_v = torch.sqrt(v + 1e-30)
    hand = beta * s2 * (delta.T @ a / math.sqrt(n) - ((delta * eps / sqrt_v).T @ (a * a)) * mu / n)
    hand = hand + beta**2 * s2 * (theta - prior) / n_data
    assert torch.allclose(field.grad, hand, atol=1e-6)


def test_kl_is_zero_at_the_prior_and_its_gradient_is_the_variance_scaled_pull():
    theta, prior, beta = torch.tensor([0.5, -2.0, 3.0]), torch.tensor([0.1, -2.0, 1.0]), 1.5
    assert field_kl(prior, prior, beta).item() == pytest.approx(0.0, abs=1e-6)
    t = theta.clone().requires_grad_(True)
    field_kl(t, prior, beta).backward()
    want = beta**2 * (1 - torch.tanh(beta * theta) ** 2) * (theta - prior)
    assert torch.allclose(t.grad, want, atol=1e-6)
    assert field_kl(theta, prior, beta).item() > 0


def test_the_kl_keeps_fields_near_the_prior():
    drift = {}
    for w in (0.0, 1.0):
        learner = BinaryVCL(info(), **OPTS, kl_weight=w)
        learner.train_experience(experience(0))
        learner.train_experience(experience(1))
        drift[w] = sum(float(((f - p) ** 2).sum()) for f, p in zip(learner.fields, learner.prior))
    assert drift[1.0] < 0.9 * drift[0.0]


def test_beta_schedule_is_the_codes():
    assert beta_at(0, 0, 5, 5, 10.0, True) == pytest.approx(10 * math.tanh(0.1 + 2 / 25))
    assert beta_at(4, 4, 5, 5, 10.0, True) == pytest.approx(10 * math.tanh(2.1))
    assert beta_at(2, 1, 5, 5, 7.0, False) == 7.0


def test_meanfield_pass_noise_has_the_stated_variance():
    theta, a = torch.tensor([[0.2, -0.4, 1.0]]), torch.tensor([[1.0, 0.5, 2.0]]).repeat(20_000, 1)
    z = meanfield_logits(a, [theta], 1.0, torch.Generator().manual_seed(1))
    mean, var = meanfield_preactivation(a[:1], theta, 1.0)
    assert z.mean().item() == pytest.approx(mean.item(), abs=0.02)
    assert z.var().item() == pytest.approx(var.item(), rel=0.05)


def test_predictions_do_not_depend_on_batching(three_tasks):
    learner, _, _ = three_tasks
    x = experience(2).train_x[:10]
    ids = torch.zeros(10, dtype=torch.long)
    assert torch.equal(learner.predict(x, ids)[:4], learner.predict(x[:4], ids[:4]))


@pytest.mark.parametrize("option,value", [("lr", 0), ("kl_weight", -1), ("beta_max", 0)])
def test_bad_options_are_one_sentence(option, value):
    with pytest.raises(ClbenchError, match=rf"^{option} must be"):
        BinaryVCL(info(), **{option: value})


def test_paper_config_loads_and_takes_a_step(compose_run):
    from clbench.registry import build_method

    cfg = compose_run("method=binary_vcl_paper", "benchmark=permuted_mnist_til")
    assert (cfg["method"]["hidden"], cfg["method"]["epochs"]) == ([512, 512], 5)
    options = cfg["method"] | {"epochs": 1, "hidden": [8]}
    learner = build_method("binary_vcl", info(), options)
    learner.train_experience(experience(0, n=8))
    assert learner.predict(torch.rand(2, 1, 6, 6)).shape == (2, 4)


# ------------------------------------------------------------------------------------------------- bands
PMNIST = ["+benchmark.source_args.limit_train=10000", "+benchmark.source_args.limit_test=5000"]


@pytest.mark.slow
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_band_permuted_mnist_forgets_less_than_metaplasticity_and_plain_bnn(compose_run, seed):
    """permuted_mnist_til at suite=cpu's 10k/5k images, the CPU configs (256-256, 1 epoch per task)."""
    import json

    from clbench.runner import run

    forgetting = {}
    for config in ("binary_vcl", "metaplastic_bnn", "binary_sgd"):
        record = json.loads(run(compose_run(f"method={config}", "benchmark=permuted_mnist_til", f"seed={seed}",
                                            *PMNIST), echo=lambda *a: None).read_text())
        forgetting[config] = record["metrics"]["forgetting"]
    assert forgetting["binary_vcl"] < forgetting["metaplastic_bnn"]
    assert forgetting["binary_vcl"] < forgetting["binary_sgd"]
