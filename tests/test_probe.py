"""Linear probes on a frozen backbone (methods/probe.py): the bounds of SEMA/MOS on their own backbone and data."""

from __future__ import annotations

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.scenario import Experience, ScenarioInfo
from methods.probe import ProbeFinetune, ProbeJoint

TINY = {"name": "vit", "arch": "timm:vit_tiny_patch16_224",
        "arch_args": {"img_size": 8, "patch_size": 4, "depth": 2, "embed_dim": 16, "num_heads": 2, "in_chans": 1}}


def _info() -> ScenarioInfo:
    return ScenarioInfo(name="t", protocol="class_incremental", n_experiences=2, n_classes=4, input_shape=(1, 8, 8),
                        task_ids_at_test=False, output="logits", seed=0, class_order=[0, 1, 2, 3],
                        classes_per_experience=[[0, 1], [2, 3]])


def _stream(n: int = 12) -> list[Experience]:
    g = torch.Generator().manual_seed(1)
    out = []
    for i, classes in enumerate(([0, 1], [2, 3])):
        y = torch.tensor(classes).repeat(n // 2)
        x = torch.rand(n, 1, 8, 8, generator=g) * 0.3 + (y.float() / 4).view(-1, 1, 1, 1)
        out.append(Experience(index=i, train_x=x, train_y=y, test_x=x, test_y=y, classes=tuple(classes),
                              new_classes=tuple(classes), task_id=i, task_ids_at_test=False))
    return out


def _trained_on(cls, max_train=None) -> list[list[int]]:
    """The labels the head is trained on, per experience (every batch of every epoch)."""
    torch.manual_seed(0)
    learner = cls(_info(), backbone=TINY, epochs=1, batch_size=4, max_train_per_experience=max_train)
    seen: list[list[int]] = []
    real = torch.nn.functional.cross_entropy

    def spy(logits, y, *a, **k):
        seen[-1].extend(y.tolist())
        return real(logits, y, *a, **k)

    torch.nn.functional.cross_entropy = spy
    try:
        for exp in _stream():
            seen.append([])
            learner.train_experience(exp)
    finally:
        torch.nn.functional.cross_entropy = real
    return seen


def test_finetune_probe_trains_on_the_current_experience_only():
    first, second = _trained_on(ProbeFinetune)
    assert sorted(set(first)) == [0, 1] and sorted(set(second)) == [2, 3] and len(second) == 12


def test_joint_probe_trains_on_every_experience_seen():
    first, second = _trained_on(ProbeJoint)
    assert sorted(set(second)) == [0, 1, 2, 3] and len(second) == 24 and len(first) == 12


def test_both_see_only_the_first_n_images_of_each_experience():
    (_, fine), (_, joint) = _trained_on(ProbeFinetune, max_train=5), _trained_on(ProbeJoint, max_train=5)
    labels = _stream()[1].train_y[:5].tolist()
    assert sorted(fine) == sorted(labels) and len(joint) == 10


def test_the_backbone_stays_frozen_and_scores_go_through_the_head():
    torch.manual_seed(0)
    learner = ProbeJoint(_info(), backbone=TINY, epochs=3, batch_size=4)
    before = {k: v.clone() for k, v in learner.host.state_dict().items()}
    head_before = learner.head.weight.clone()
    for exp in _stream():
        learner.train_experience(exp)
    assert all(torch.equal(before[k], v) for k, v in learner.host.state_dict().items())
    assert not torch.equal(head_before, learner.head.weight)
    x = _stream()[0].test_x[:3]
    expected = learner.head(learner.host.head(learner.host.lower(x, learner.host.n_blocks)))
    assert torch.allclose(learner.predict(x), expected, atol=1e-5)
    assert learner.cost()["memory_bytes"] > 0 and ProbeFinetune(_info(), backbone=TINY).cost()["memory_bytes"] == 0


def test_a_bad_subsample_is_one_sentence():
    with pytest.raises(ClbenchError, match=r"max_train_per_experience must be >= 1 or null, got 0"):
        ProbeFinetune(_info(), backbone=TINY, max_train_per_experience=0)
