"""Metaplastic BNN (Laborieux et al. 2021): the forward pass uses exactly ±1 weights and sign activations with a
clipped straight-through gradient; AdamMeta with m = 0 is Adam, and with m > 0 scales exactly the updates that
move a hidden weight towards zero by 1 − tanh²(m|W_h|); each task is evaluated with its own saved BatchNorm
state; binary_sgd is the same learner with m = 0."""

from __future__ import annotations

import math

import pytest
import torch
from builders import experience as experience_of
from builders import shared_info

from clbench.errors import ClbenchError
from clbench.scenario import Experience, ScenarioInfo
from methods.common.binary import AdamMeta, binarize, meta_factor, sign_activation, straight_through_sign
from methods.metaplastic_bnn import MetaplasticBNN


def info(n_tasks=2, n_classes=4) -> ScenarioInfo:
    return shared_info(n_tasks, n_classes, (1, 6, 6))


def experience(t: int, n: int = 48) -> Experience:
    g = torch.Generator().manual_seed(300 + t)
    perm = torch.randperm(36, generator=g)
    y = torch.randint(4, (n,), generator=g)
    x = torch.rand((n, 36), generator=g) * 0.3
    for c in range(4):
        x[y == c, c * 9 : (c + 1) * 9] += 1.0
    x = x[:, perm].view(n, 1, 6, 6)
    return experience_of(t, x, y, (0, 1, 2, 3), (0, 1, 2, 3) if t == 0 else ())


def test_forward_uses_plus_minus_one_weights_and_sign_activations():
    learner = MetaplasticBNN(info(), hidden=[8])
    model = learner.model.eval()
    x = torch.rand(5, 1, 6, 6)
    w1, w2 = (binarize(w.detach()) for w in model.hidden_weights)
    assert set(w1.unique().tolist()) <= {-1.0, 1.0}
    h = binarize(model.norms[0](x.flatten(1) @ w1.T))
    with torch.no_grad():
        assert torch.allclose(model(x), model.norms[1](h @ w2.T), atol=1e-5)


def test_straight_through_gradients():
    w = torch.tensor([0.3, -0.2], requires_grad=True)
    (straight_through_sign(w) * torch.tensor([2.0, 5.0])).sum().backward()
    assert w.grad.tolist() == [2.0, 5.0]  # the binary weight's gradient lands unchanged on the hidden weight
    x = torch.tensor([0.5, -1.5, 1.0, -0.2], requires_grad=True)
    sign_activation(x).sum().backward()
    assert x.grad.tolist() == [1.0, 0.0, 1.0, 1.0]  # clipped where |x| > 1


def test_adam_meta_without_metaplasticity_is_adam():
    g = torch.Generator().manual_seed(0)
    a, b = torch.randn(6, 4, generator=g), torch.randn(6, 4, generator=g)
    p1, p2 = torch.nn.Parameter(a.clone()), torch.nn.Parameter(a.clone())
    o1 = AdamMeta([p1], lr=0.01, weight_decay=1e-3, meta=0.0)
    o2 = torch.optim.Adam([p2], lr=0.01, weight_decay=1e-3)
    for i in range(5):
        for p, o in ((p1, o1), (p2, o2)):
            o.zero_grad()
            ((p - b * i) ** 2).sum().backward()
            o.step()
    assert torch.allclose(p1, p2, atol=1e-6)


def test_adam_meta_attenuates_exactly_the_updates_towards_zero():
    w = torch.nn.Parameter(torch.tensor([2.0, 2.0, -0.5, -0.5]))
    w.grad = torch.tensor([1.0, -1.0, -1.0, 1.0])  # entry 0 and 2: the step -lr·sign(g) goes towards zero
    AdamMeta([w], lr=0.1, meta=1.35).step()
    first = 0.1 * math.sqrt(1 - 0.999) / (1 - 0.9) * (0.1 / (math.sqrt(0.001) + 1e-8))  # Adam's first step ≈ lr
    f = [1 - math.tanh(1.35 * 2.0) ** 2, 1 - math.tanh(1.35 * 0.5) ** 2]
    want = [2.0 - first * f[0], 2.0 + first, -0.5 + first * f[1], -0.5 - first]
    assert w.detach().tolist() == pytest.approx(want, rel=1e-5)
    assert meta_factor(torch.tensor([0.0]), 3.0).item() == 1.0


def test_each_task_is_evaluated_with_its_own_batchnorm_state():
    learner = MetaplasticBNN(info(), hidden=[8], batch_size=8)
    learner.train_experience(experience(0))
    x, ids = experience(0).train_x[:6], torch.zeros(6, dtype=torch.long)
    before = learner.predict(x, ids)
    learner.train_experience(experience(1))
    state0 = learner.bn_states[0]
    assert not all(torch.equal(v, learner.bn_state()[k]) for k, v in state0.items())
    live = {k: v.clone() for k, v in learner.bn_state().items()}
    learner.model.norms.load_state_dict(state0)
    with torch.no_grad():
        by_hand = learner.model(x)
    learner.model.norms.load_state_dict(live)
    assert torch.equal(learner.predict(x, ids), by_hand)
    assert not torch.equal(learner.predict(x, ids), learner.predict(x, torch.ones(6, dtype=torch.long)))
    assert all(torch.equal(v, learner.bn_state()[k]) for k, v in live.items())  # predict restored the live state
    assert before.shape == by_hand.shape


def test_metaplasticity_protects_the_first_task():
    """Large m keeps more of task 1's binary weights through task 2 than m = 0 (the mechanism, not a band)."""
    kept = {}
    for meta in (0.0, 20.0):
        learner = MetaplasticBNN(info(), hidden=[16], batch_size=8, epochs=3, meta=meta, lr=0.05)
        learner.train_experience(experience(0))
        signs = [binarize(w.detach()).clone() for w in learner.model.hidden_weights]
        learner.train_experience(experience(1))
        now = [binarize(w.detach()) for w in learner.model.hidden_weights]
        kept[meta] = sum(int((a == b).sum()) for a, b in zip(signs, now)) / sum(a.numel() for a in signs)
    assert kept[20.0] > kept[0.0]


def test_binary_sgd_is_metaplastic_bnn_with_m_zero(compose_run):
    sgd, meta = compose_run("method=binary_sgd")["method"], compose_run("method=metaplastic_bnn")["method"]
    assert sgd["name"] == "metaplastic_bnn" and sgd["meta"] == 0.0 and meta["meta"] == 1.35
    assert {k: v for k, v in sgd.items() if k != "meta"} == {k: v for k, v in meta.items() if k != "meta"}


@pytest.mark.parametrize("option,value", [("meta", -1.0), ("lr", 0)])
def test_bad_options_are_one_sentence(option, value):
    with pytest.raises(ClbenchError, match=rf"^{option} must be"):
        MetaplasticBNN(info(), **{option: value})


def test_paper_config_loads_and_takes_a_step(compose_run):
    from clbench.registry import build_method

    cfg = compose_run("method=metaplastic_bnn_paper", "benchmark=permuted_mnist_til")
    assert (cfg["method"]["hidden"], cfg["method"]["epochs"], cfg["method"]["meta"]) == ([4096, 4096], 40, 1.35)
    options = cfg["method"] | {"epochs": 1, "hidden": [8]}
    learner = build_method("metaplastic_bnn", info(), options)
    learner.train_experience(experience(0, n=8))
    assert learner.predict(torch.rand(2, 1, 6, 6), torch.zeros(2, dtype=torch.long)).shape == (2, 4)
