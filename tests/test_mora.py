"""MoRA invariants (issue 16): every rank active equals plain LoRA; the activation budget holds per input;
pruned ranks stay zero and unused; earlier experts are frozen; pruning removes the least important."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.protocols.text import format_prompt
from clbench.scenario import Experience, ScenarioInfo
from methods.mora import MoRA, MoRALinear

TINY = {"d_model": 16, "n_layers": 1, "n_heads": 2, "max_len": 48, "steps": 3, "batch_size": 8}


def layer(r: int = 3, budget: int = 100, tasks: int = 2) -> MoRALinear:
    torch.manual_seed(0)
    m = MoRALinear(nn.Linear(5, 4), r=r, alpha=6.0, budget=budget)
    for _ in range(tasks):
        m.add_experts()
    with torch.no_grad():
        for b in m.mora_B:
            b.normal_()
    return m


def test_every_rank_active_is_plain_lora():
    m = layer(budget=6)
    x = torch.randn(2, 7, 5)
    A, B = torch.cat(list(m.mora_A)), torch.cat(list(m.mora_B), 1)
    lora = m.base(x) + (6.0 / 3) * x @ A.t() @ B.t()
    assert torch.allclose(m(x), lora, atol=1e-6)


def test_the_budget_holds_per_token_and_picks_the_largest_self_activations():
    m = layer(budget=2)
    x = torch.randn(3, 5, 5)
    s = x @ torch.cat(list(m.mora_A)).t()
    gate = m.gate(s).detach()
    assert set(gate.unique().tolist()) <= {0.0, 1.0}
    assert (gate.sum(-1) == 2).all()
    top = s.abs().topk(2, dim=-1).indices
    assert torch.equal(gate.gather(-1, top), torch.ones_like(top, dtype=gate.dtype))
    B = torch.cat(list(m.mora_B), 1)
    assert torch.allclose(m(x), m.base(x) + 2.0 * (s * gate) @ B.t(), atol=1e-6)


def test_pruned_ranks_stay_zero_and_are_never_selected():
    m = layer(budget=6)
    m.prune([0, 4])
    assert m.mora_A[0][0].abs().sum() == 0 and m.mora_B[1][:, 1].abs().sum() == 0
    x = torch.randn(4, 5)
    gate = m.gate(x @ torch.cat(list(m.mora_A)).t())
    assert (gate[:, [0, 4]] == 0).all() and (gate.sum(-1) == 4).all()  # budget 6 > 4 alive
    opt = torch.optim.Adam([m.mora_A[1], m.mora_B[1]], lr=0.1)
    for _ in range(3):
        opt.zero_grad()
        m(torch.randn(8, 5)).pow(2).sum().backward()
        opt.step()
    assert m.mora_B[1][:, 1].abs().sum() == 0 and m.mora_A[1][1].abs().sum() == 0


def test_dead_experts_never_take_a_budget_slot_even_with_weights_left():
    m = layer(budget=3)  # 6 experts
    with torch.no_grad():
        m.mora_A[0][0].mul_(100.0)  # expert 0 would dominate every token
    m.alive[[0, 1]] = False
    gate = m.gate(torch.randn(5, 5) @ torch.cat(list(m.mora_A)).t())
    assert (gate[:, :2] == 0).all() and (gate.sum(-1) == 3).all()


def test_importance_counts_an_expert_only_where_it_fired():
    m = layer(r=2, budget=1, tasks=1)
    with torch.no_grad():
        m.mora_A[0].copy_(torch.tensor([[3.0, 0, 0, 0, 0], [1.0, 0, 0, 0, 0]]))  # expert 0 always wins
        m.mora_B[0].fill_(1.0)
    m.record = []
    m(torch.randn(7, 5))
    total = m.record[0]
    assert total[0] > 0 and total[1] == 0 and m.record[1].item() == 7


def test_a_new_experience_freezes_every_earlier_expert():
    m = layer(tasks=1)
    m.add_experts()
    assert [p.requires_grad for p in m.mora_A] == [False, True] and [p.requires_grad for p in m.mora_B] == [False, True]
    assert m.n_experts == 6 and m.alive.all()
    torch.nn.init.zeros_(m.mora_B[1])
    x = torch.randn(2, 5)
    before = m(x)
    m.add_experts()  # new experts start as a no-op (B = 0)
    assert torch.allclose(m(x), before) or m.budget < m.n_experts


def test_the_gate_passes_a_straight_through_gradient_to_the_scores():
    m = layer(budget=2)
    x = torch.randn(6, 5)
    m(x).sum().backward()
    g_st = m.mora_A[1].grad.clone()
    m.zero_grad()
    s = x @ torch.cat(list(m.mora_A)).t()
    hard = m.gate(s).detach()
    (m.base(x) + 2.0 * (s * hard) @ torch.cat(list(m.mora_B), 1).t()).sum().backward()
    assert not torch.allclose(g_st, m.mora_A[1].grad)


def info(n: int) -> ScenarioInfo:
    return ScenarioInfo(name="syn", protocol="instruction_stream", n_experiences=n, n_classes=n, input_shape=None,
                        task_ids_at_test=False, output="text", seed=0, class_order=list(range(n)),
                        classes_per_experience=[[i] for i in range(n)])


def experience(i: int) -> Experience:
    prompts = [format_prompt(f"task {i}", f"x{k}") for k in range(8)]
    return Experience(index=i, train_x=prompts, train_y=[f"y{k % 2}" for k in range(8)], test_x=prompts[:2],
                      test_y=["y0", "y1"], classes=(i,), new_classes=(i,), task_id=i, task_ids_at_test=False)


def test_learner_grows_the_pool_prunes_below_threshold_and_trains_only_new_experts():
    L = MoRA(info(2), lm=TINY, lora={"r": 4, "alpha": 4}, epochs=1, batch_size=4, max_new_tokens=2, budget=3,
             prune_threshold=0.5)
    L.train_experience(experience(0))
    old = {n: p.detach().clone() for n, p in L.model.named_parameters() if "mora_" in n}
    L.train_experience(experience(1))
    for n, p in L.model.named_parameters():
        if n in old and ".0" in n.split("mora_")[1][:3]:
            assert torch.equal(p, old[n]), n  # experience 0's experts are frozen during experience 1
    assert all(m.n_experts == 8 for m in L.layers)
    rep = L.report()
    assert rep["experts_total"] == 8 * len(L.layers) and len(rep["pruned_per_experience"]) == 2
    assert rep["experts_alive"] == rep["experts_total"] - sum(rep["pruned_per_experience"])
    for m in L.layers:  # every dead expert is all zeros
        A, B = torch.cat(list(m.mora_A)), torch.cat(list(m.mora_B), 1)
        assert A[~m.alive].abs().sum() == 0 and B[:, ~m.alive].abs().sum() == 0
    state = L.state_dict()
    L2 = MoRA(info(2), lm=TINY, lora={"r": 4, "alpha": 4}, epochs=1, batch_size=4, max_new_tokens=2, budget=3)
    L2.load_state_dict(state)
    assert L2.predict(experience(1).test_x) == L.predict(experience(1).test_x)


def test_pruning_cuts_exactly_the_new_experts_below_threshold_times_their_mean(monkeypatch):
    L = MoRA(info(1), lm=TINY, lora={"r": 4, "alpha": 4}, epochs=1, batch_size=4, max_new_tokens=2, budget=8,
             prune_threshold=0.5)
    L.train_experience(experience(0))
    m = L.layers[0]
    # importances 1, 1, 0.35, 0.1 (mean 0.6125, cut 0.306): only the last expert goes (× max would cut two)
    with torch.no_grad():
        for b in m.mora_B:
            b.zero_()
    m.alive[:] = True

    def fake_loss(xs, ys):
        for layer_ in L.layers:
            layer_.record += [torch.tensor([1.0, 1.0, 0.35, 0.1]), torch.tensor(1.0)]
        return torch.tensor(0.0)

    monkeypatch.setattr(L, "loss", fake_loss)
    L.after_experience(experience(0))
    assert m.alive.tolist() == [True, True, True, False]


def test_bad_options_are_one_sentence():
    for kw, word in [({"budget": 0}, "budget"), ({"temperature": 0}, "temperature"),
                     ({"prune_threshold": 1.0}, "prune_threshold")]:
        with pytest.raises(ClbenchError, match=word):
            MoRA(info(1), lm=TINY, **kw)
