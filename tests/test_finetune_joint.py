"""Finetune and Joint, the two bounds of every board, pinned against a hand-written reference loop.

Finetune (the lower bound) is plain mini-batch SGD on cross-entropy over all classes, on the current
experience only, with the model carried over from the previous experience. Joint (the upper bound,
Avalanche's "Cumulative") is the same loop over the union of every experience's training data seen so far,
still without re-initialising the model. Both references below replay the learner's own batch order
(``batch_generator``) and must match its weights after every experience.
"""

from __future__ import annotations

import copy

import pytest
import torch
from builders import experience as experience_of
from builders import split_info
from torch import nn

from clbench.scenario import Experience, ScenarioInfo
from methods.finetune import Finetune
from methods.joint import Joint

pytestmark = pytest.mark.usefixtures("one_torch_thread")

CLASSES = [[0, 1], [2, 3], [4, 5]]
OPTS = {"backbone": {"name": "mlp", "hidden": [8]}, "epochs": 2, "batch_size": 16,
        "optimizer": {"name": "sgd", "lr": 0.5}}


def info() -> ScenarioInfo:
    return split_info(shape=(1, 4, 4), protocol="class_incremental", task_ids_at_test=False, classes=CLASSES)


def experience(t: int, n: int = 40) -> Experience:
    g = torch.Generator().manual_seed(10 + t)
    y = torch.tensor(CLASSES[t])[torch.randint(2, (n,), generator=g)]
    x = torch.rand(n, 1, 4, 4, generator=g) + y.view(-1, 1, 1, 1) * 0.3
    tx = torch.rand(8, 1, 4, 4, generator=g)  # a test split the learner must never train on
    return experience_of(t, x, y, CLASSES[t], task_ids_at_test=False, test=(tx, torch.full((8,), CLASSES[t][0])))


def reference_pass(model: nn.Module, x: torch.Tensor, y: torch.Tensor, g: torch.Generator, epochs: int,
                   batch_size: int, lr: float) -> None:
    """``epochs`` shuffled passes of mini-batch SGD on plain cross-entropy, a fresh optimizer per experience."""
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    model.train()
    for _ in range(epochs):
        order = torch.randperm(len(y), generator=g)
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            opt.zero_grad()
            nn.functional.cross_entropy(model(x[idx]), y[idx]).backward()
            opt.step()
    model.eval()


def _same_weights(a: nn.Module, b: nn.Module) -> bool:
    return all(torch.allclose(p, q, atol=1e-6) for p, q in zip(a.parameters(), b.parameters()))


@pytest.mark.parametrize("cls, union", [(Finetune, False), (Joint, True)])
def test_training_equals_the_reference_loop_experience_by_experience(cls, union):
    learner = cls(info(), **OPTS)
    ref = copy.deepcopy(learner.model)
    seen_x, seen_y = [], []
    for t in range(3):
        exp = experience(t)
        seen_x, seen_y = (seen_x + [exp.train_x], seen_y + [exp.train_y]) if union else ([exp.train_x], [exp.train_y])
        reference_pass(ref, torch.cat(seen_x), torch.cat(seen_y), learner.batch_generator(exp), 2, 16, 0.5)
        learner.train_experience(exp)
        assert _same_weights(learner.model, ref), t
        x = exp.test_x
        with torch.no_grad():  # logits over every class, unmasked (class-IL)
            assert torch.allclose(learner.predict(x), ref(x), atol=1e-6)
    # the run is not degenerate: the other variant (union vs current only) ends elsewhere
    other = cls(info(), **OPTS)
    alt = copy.deepcopy(other.model)
    for t in range(3):
        exp = experience(t)
        xs = torch.cat([experience(s).train_x for s in range(t + 1)]) if not union else exp.train_x
        ys = torch.cat([experience(s).train_y for s in range(t + 1)]) if not union else exp.train_y
        reference_pass(alt, xs, ys, other.batch_generator(exp), 2, 16, 0.5)
    assert not _same_weights(learner.model, alt)


def test_joint_trains_on_the_union_of_training_splits_and_counts_its_memory():
    learner = Joint(info(), **OPTS)
    exps = [experience(t) for t in range(3)]
    for exp in exps:
        learner.train_experience(exp)
    x, y = torch.cat(learner.seen_x), torch.cat(learner.seen_y)
    assert torch.equal(x, torch.cat([e.train_x for e in exps])) and torch.equal(y, torch.cat([e.train_y for e in exps]))
    assert learner.cost()["memory_bytes"] == x.numel() * 4 + y.numel() * 8
    assert Joint.capabilities.exemplars and not Finetune.capabilities.exemplars


def test_finetune_forgets_and_joint_remembers():
    """The bounds' reason to exist: on three separable 2-class experiences (class-IL), finetune ends predicting
    the last experience's classes only, joint keeps the first."""
    first = experience(0)
    preds = {}
    for cls in (Finetune, Joint):
        torch.manual_seed(0)
        learner = cls(info(), **{**OPTS, "backbone": {"name": "mlp", "hidden": [32]}, "epochs": 10,
                                 "optimizer": {"name": "sgd", "lr": 0.1}})
        for t in range(3):
            learner.train_experience(experience(t))
        with torch.no_grad():
            preds[cls.__name__] = learner.predict(first.train_x).argmax(1)
    assert set(preds["Finetune"].tolist()) <= {4, 5}
    assert (preds["Joint"] == first.train_y).float().mean() > 0.6


@pytest.mark.parametrize("cls", [Finetune, Joint])
@pytest.mark.parametrize("protocol", ["class_incremental", "task_incremental", "domain_incremental"])
def test_keeps_the_learner_contract(cls, protocol):
    testing = pytest.importorskip("clbench.testing")
    testing.check_learner(cls, testing.synthetic_info(protocol), {"backbone": {"name": "mlp", "hidden": [16]},
                                                                  "batch_size": 8})
