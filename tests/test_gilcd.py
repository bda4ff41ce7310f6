"""GILCD streams (clbench/protocols/drift.py): emerging classes, drift, and the labelled fraction."""

from __future__ import annotations

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.protocols.drift import class_groups, gilcd
from clbench.scenario import LabelledData


def _data(n_classes: int = 6, per_class: int = 50, test_per_class: int = 4, side: int = 6) -> LabelledData:
    g = torch.Generator().manual_seed(0)
    n_train, n_test = n_classes * per_class, n_classes * test_per_class
    train_x = torch.randint(0, 255, (n_train, 1, side, side), generator=g, dtype=torch.uint8)
    test_x = torch.randint(0, 255, (n_test, 1, side, side), generator=g, dtype=torch.uint8)
    return LabelledData(name="probe", train_x=train_x, train_y=torch.arange(n_train) % n_classes, test_x=test_x,
                        test_y=torch.arange(n_test) % n_classes, n_classes=n_classes)


def test_classes_emerge_once_in_groups_and_old_classes_keep_arriving():
    s = gilcd(_data(), seed=1, n_experiences=3, labelled_fraction=1.0, drift="none")
    groups = s.meta["emerging_classes"]
    assert sorted(c for grp in groups for c in grp) == list(range(6)) and [len(grp) for grp in groups] == [2, 2, 2]
    seen: set[int] = set()
    for t, e in enumerate(s):
        assert set(e.new_classes) == set(groups[t]) and not set(e.new_classes) & seen
        if t:  # old classes recur, in old_fraction (0.5) of the new-class count
            old = [int(y) for y in e.train_y if int(y) in seen]
            assert len(old) == round(0.5 * 2 * 50)
        seen |= set(e.new_classes)


@pytest.mark.parametrize("fraction", [0.1, 0.25, 1.0])
def test_labelled_fraction_is_exact_and_the_rest_is_unlabelled(fraction):
    s = gilcd(_data(), seed=2, n_experiences=3, labelled_fraction=fraction)
    for e in s:
        n = e.meta["n_stream"]
        assert e.n_train == round(fraction * n) and len(e.meta["unlabelled_x"]) == n - e.n_train
    assert s.meta["labelled_per_experience"] == [e.n_train for e in s]


def test_rotation_drift_grows_by_its_step_and_applies_to_train_unlabelled_and_test():
    from torchvision.transforms import functional as TF

    data = _data()
    ref = gilcd(data, seed=3, n_experiences=3, drift="none", labelled_fraction=0.5)
    rot = gilcd(data, seed=3, n_experiences=3, drift="rotate", drift_step=90.0, labelled_fraction=0.5)
    for t, (a, b) in enumerate(zip(ref, rot)):
        assert b.meta["angle"] == 90.0 * t
        for key_a, key_b in ((a.train_x, b.train_x), (a.test_x, b.test_x), (a.meta["unlabelled_x"],
                                                                           b.meta["unlabelled_x"])):
            assert torch.allclose(TF.rotate(key_a, 90.0 * t) if t else key_a, key_b)
        assert torch.equal(a.train_y, b.train_y)


def test_permutation_drift_is_a_fresh_permutation_per_step():
    data = _data()
    ref = gilcd(data, seed=4, n_experiences=3, drift="none")
    per = gilcd(data, seed=4, n_experiences=3, drift="permute")
    assert torch.equal(ref[0].train_x, per[0].train_x)  # the base step is undrifted
    for t in (1, 2):
        a, b = ref[t].test_x.flatten(1), per[t].test_x.flatten(1)
        assert not torch.equal(a, b) and torch.equal(a.sort(1).values, b.sort(1).values)
    assert not torch.equal(per[1].test_x, gilcd(data, seed=4, n_experiences=3, drift="permute")[2].test_x)


def test_test_sets_hold_the_step_classes_and_never_training_samples():
    data = _data()
    s = gilcd(data, seed=5, n_experiences=3, drift="none", labelled_fraction=1.0)
    train_rows = {tuple(x.flatten().tolist()) for x in data.train_x.float()}
    for e in s:
        assert sorted(set(e.test_y.tolist())) == list(e.classes)
        assert not any(tuple(x.flatten().tolist()) in train_rows for x in e.test_x)


def test_base_classes_and_groups():
    assert class_groups(list(range(10)), 4, 4) == [[0, 1, 2, 3], [4, 5], [6, 7], [8, 9]]
    assert class_groups(list(range(7)), 3, None) == [[0, 1, 2], [3, 4], [5, 6]]


def test_seeded():
    a, b = gilcd(_data(), seed=6), gilcd(_data(), seed=6)
    assert all(torch.equal(x.train_x, y.train_x) and torch.equal(x.meta["unlabelled_x"], y.meta["unlabelled_x"])
               for x, y in zip(a, b))
    assert a.class_order != gilcd(_data(), seed=7).class_order or a.meta != gilcd(_data(), seed=7).meta


@pytest.mark.parametrize("args, option", [
    ({"n_experiences": 0}, "n_experiences"), ({"n_experiences": 7}, "n_experiences"),
    ({"base_classes": 6}, "base_classes"), ({"drift": "shear"}, "drift"),
    ({"labelled_fraction": 0.0}, "labelled_fraction"), ({"old_fraction": -1}, "old_fraction"),
])
def test_bad_options_are_one_sentence(args, option):
    with pytest.raises(ClbenchError, match=option):
        gilcd(_data(), seed=0, **args)


def test_each_drifted_step_has_a_permutation_of_its_own():
    """Every image is the same pixel ramp, so an experience's images show its permutation: step 1's and step
    2's differ (one permutation reused for every step would be one drift, not a drifting stream)."""
    data = _data()
    ramp = torch.arange(36, dtype=torch.uint8).view(1, 1, 6, 6)
    data = LabelledData(name="ramp", train_x=ramp.repeat(len(data.train_y), 1, 1, 1), train_y=data.train_y,
                        test_x=ramp.repeat(len(data.test_y), 1, 1, 1), test_y=data.test_y, n_classes=6)
    s = gilcd(data, seed=4, n_experiences=3, drift="permute")
    shown = [e.test_x[0].flatten() for e in s]
    assert all(torch.equal(x.flatten(), shown[t]) for t, e in enumerate(s) for x in e.test_x)
    assert not torch.equal(shown[0], shown[1]) and not torch.equal(shown[1], shown[2])


def test_the_labelled_part_is_a_uniform_draw_from_the_whole_stream():
    """The stream is shuffled before its labelled part is cut, so old-class replay is labelled in its share
    of the stream (1/3 here: 400 new-class samples, 200 old), not left unlabelled behind the new classes."""
    s = gilcd(_data(per_class=200), seed=5, n_experiences=3, labelled_fraction=0.5, drift="none")
    seen = set(s[0].new_classes)
    for e in list(s)[1:]:
        old_share = sum(int(y) in seen for y in e.train_y) / e.n_train
        assert 0.2 < old_share < 0.47  # 1/3 ± 5 binomial sd over 300 labels
        seen |= set(e.new_classes)
