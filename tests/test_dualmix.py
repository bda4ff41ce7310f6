"""DualMix (methods/dualmix.py): EnMix's mixed labels, AdpMix's label ratio and pairing, ER underneath."""

from __future__ import annotations

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.registry import build_data, build_method, check_compatible
from clbench.scenario import get_protocol
from methods.dualmix import adpmix, adpmix_label_ratio, enmix, random_shift


def _digits(seed: int = 0):
    return get_protocol("class_incremental")(build_data("digits", {}), seed=seed)


def _state(learner) -> list[torch.Tensor]:
    return [p.detach().clone() for p in learner.model.parameters()]


def test_enmix_labels_are_the_same_convex_combination_as_the_augmented_inputs():
    g = torch.Generator().manual_seed(3)
    x, y = torch.rand(12, 1, 8, 8), torch.arange(12) % 5
    xm, ym, lam, perm = enmix(x, y, 5, 1.0, 2, g)
    ref = torch.Generator().manual_seed(3)
    a = random_shift(x, 2, ref)  # the same draws, in the same order
    assert not torch.equal(a, x)  # the inputs really are augmented before mixing
    assert 0 < float(lam) < 1 and sorted(perm.tolist()) == list(range(12))
    assert torch.allclose(xm, lam * a + (1 - lam) * a[perm])
    onehot = torch.nn.functional.one_hot(y, 5).float()
    assert torch.allclose(ym, lam * onehot + (1 - lam) * onehot[perm])
    assert torch.allclose(ym.sum(1), torch.ones(12))


def test_random_shift_translates_each_image_by_at_most_shift_with_zero_fill():
    g = torch.Generator().manual_seed(0)
    x = torch.zeros(20, 1, 9, 9)
    x[:, :, 3:6, 3:6] = torch.rand(20, 1, 3, 3) + 0.1  # a blob away from the border: a shift keeps its mass
    out = random_shift(x, 2, g)
    offsets = set()
    for i in range(20):
        assert torch.isclose(out[i].sum(), x[i].sum())
        ok = [(a, b) for a in range(-2, 3) for b in range(-2, 3)
              if torch.equal(torch.roll(x[i], (a, b), (1, 2)), out[i])]
        assert ok, f"image {i} is not a translation by at most 2 pixels"
        offsets.add(ok[0])
    assert len(offsets) > 5  # offsets are drawn per image, not once per batch


def test_adpmix_label_ratio_is_class_balanced_by_the_training_counts():
    lam = torch.tensor([0.5, 0.3, 0.5, 0.8])
    n_new = torch.tensor([10, 10, 9, 1])
    n_old = torch.tensor([10, 10, 1, 4])
    r = adpmix_label_ratio(lam, n_new, n_old)
    # balanced counts: plain mixup; a new class 9x as frequent: most of the label goes to the old class
    expected = torch.tensor([0.5, 0.3, (0.5 / 9) / (0.5 / 9 + 0.5), (0.8 / 1) / (0.8 + 0.2 / 4)])
    assert torch.allclose(r, expected)
    assert r[2] < 0.5 < r[3]


def test_adpmix_pairs_each_new_sample_with_an_old_one_and_mixes_input_and_label_alike():
    g = torch.Generator().manual_seed(1)
    x_new, y_new = torch.rand(6, 1, 4, 4), torch.tensor([4, 5, 4, 5, 4, 5])
    x_old, y_old = torch.rand(3, 1, 4, 4), torch.tensor([0, 1, 2])
    counts = torch.tensor([2, 3, 1, 0, 20, 30])
    xm, ym, lam_x, lam_y, j = adpmix(x_new, y_new, x_old, y_old, counts, 6, 1.0, g)
    assert len(set(lam_x.tolist())) > 1  # one ratio per pair
    assert len(set(j.tolist())) > 1 and set(j.tolist()) <= {0, 1, 2}  # partners drawn uniformly, per sample
    for i in range(6):
        assert torch.allclose(xm[i], lam_x[i] * x_new[i] + (1 - lam_x[i]) * x_old[j[i]])
        want = adpmix_label_ratio(lam_x[i], counts[y_new[i]], counts[y_old[j[i]]])
        assert torch.isclose(lam_y[i], want)
        assert torch.isclose(ym[i, y_new[i]], want) and torch.isclose(ym[i, y_old[j[i]]], 1 - want)
        assert torch.isclose(ym[i].sum(), torch.tensor(1.0))


def test_with_both_switches_off_dualmix_is_er():
    s = _digits()
    opts = {"backbone": "mlp", "batch_size": 10, "memory_size": 30, "minibatch_size": 10}
    torch.manual_seed(0)
    er = build_method("er", s.info(), opts)
    torch.manual_seed(0)  # the same initial weights
    dm = build_method("dualmix", s.info(), {**opts, "enmix": False, "adpmix": False})
    for e in s.experiences[:2]:
        er.train_experience(e)
        dm.train_experience(e)
    assert all(torch.equal(a, b) for a, b in zip(_state(er), _state(dm)))
    assert torch.equal(er.buf_y, dm.buffer.y)


@pytest.mark.parametrize("switch", ["enmix", "adpmix"])
def test_each_mix_changes_training_and_a_zero_weight_removes_it(switch):
    s = _digits()
    opts = {"backbone": "mlp", "batch_size": 10, "memory_size": 30, "minibatch_size": 10, "enmix": False,
            "adpmix": False}
    runs = {}
    for name, extra in {"off": {}, "on": {switch: True}, "zero": {switch: True, f"{switch}_weight": 0.0}}.items():
        torch.manual_seed(0)
        learner = build_method("dualmix", s.info(), {**opts, **extra})
        for e in s.experiences[:2]:
            learner.train_experience(e)
        runs[name] = _state(learner)
    assert not all(torch.equal(a, b) for a, b in zip(runs["off"], runs["on"]))
    # the mixes draw from their own generator: weight 0 trains exactly like the switch off
    assert all(torch.allclose(a, b) for a, b in zip(runs["off"], runs["zero"]))


def test_adpmix_mixes_current_classes_with_replayed_old_ones_and_counts_restart_each_experience():
    s = _digits()
    dm = build_method("dualmix", s.info(), {"backbone": "mlp", "batch_size": 10, "memory_size": 40,
                                            "minibatch_size": 10})
    dm.train_experience(s[0])
    assert "adpmix" not in dm.last  # no old class yet
    assert set(dm.counts.nonzero().flatten().tolist()) == set(s[0].classes)
    assert int(dm.counts.sum()) > s[0].n_train  # incoming and replayed samples both count
    dm.train_experience(s[1])
    last = dm.last["adpmix"]
    assert set(last["y_new"].tolist()) <= set(s[1].classes)
    assert set(last["y_old"].tolist()) <= set(s[0].classes)
    # counts are this experience's (restarted): every incoming sample once, plus what replay drew
    steps = -(-s[1].n_train // 10)
    assert int(dm.counts.sum()) == s[1].n_train + steps * 10
    assert int(dm.counts[list(s[1].classes)].sum()) >= s[1].n_train
    assert 0 < int(dm.counts[list(s[0].classes)].sum()) < s[1].n_train


def test_dualmix_refuses_a_protocol_without_old_and_new_classes_and_bad_options():
    with pytest.raises(ClbenchError, match="does not support the domain_incremental"):
        check_compatible("dualmix", {"name": "permuted_mnist", "protocol": "domain_incremental"})
    with pytest.raises(ClbenchError, match="alpha must be > 0"):
        build_method("dualmix", _digits().info(), {"backbone": "mlp", "alpha": 0.0})
