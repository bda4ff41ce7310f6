"""Class-incremental with repetition (clbench/protocols/repetition.py): properties of the generated stream."""

from __future__ import annotations

import math

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.protocols.repetition import cir, first_occurrence_pmf
from clbench.scenario import LabelledData


def _data(n_classes: int = 10, per_class: int = 60, test_per_class: int = 5) -> LabelledData:
    # every sample's pixel value encodes (split, index) so tests can tell train from test samples apart
    n_train, n_test = n_classes * per_class, n_classes * test_per_class
    train_x = torch.arange(n_train, dtype=torch.float32).view(-1, 1, 1, 1)
    test_x = (10_000 + torch.arange(n_test, dtype=torch.float32)).view(-1, 1, 1, 1)
    return LabelledData(name="probe", train_x=train_x, train_y=torch.arange(n_train) % n_classes, test_x=test_x,
                        test_y=torch.arange(n_test) % n_classes, n_classes=n_classes)


def _presence(scenario) -> dict[int, list[int]]:
    return {c: [int(c in e.classes) for e in scenario] for c in range(scenario.n_classes)}


def test_every_class_first_appears_exactly_once_where_the_table_says():
    s = cir(_data(), seed=3, n_experiences=8, experience_size=40, repetition_p=0.3)
    first = s.meta["first_occurrence_of_class"]
    for c, row in _presence(s).items():
        assert row.index(1) == first[str(c)]  # first presence is the recorded first occurrence
        assert set(s[first[str(c)]].new_classes) >= {c}
        assert sum(c in e.new_classes for e in s) == 1  # new exactly once
    assert sorted(c for e in s for c in e.new_classes) == list(range(10))


def test_presence_and_sample_tables_match_the_experiences():
    s = cir(_data(), seed=1, n_experiences=6, experience_size=37)
    for c, row in _presence(s).items():
        assert s.meta["presence_table"][str(c)] == row
    for t, e in enumerate(s):
        counts = torch.bincount(e.train_y, minlength=10).tolist()
        assert counts == [s.meta["n_samples_table"][str(c)][t] for c in range(10)]
        assert e.n_train == 37  # pools are large enough: every experience is full
        present = [c for c in range(10) if counts[c]]
        assert max(counts[c] for c in present) - min(counts[c] for c in present) <= 1  # equal shares


def test_repetition_frequency_matches_its_probability():
    # 100 classes x 30 experiences: after its first occurrence a class recurs w.p. repetition_p, independently
    p = 0.25
    s = cir(_data(n_classes=100, per_class=8, test_per_class=1), seed=0, n_experiences=30, experience_size=50,
            first_occurrence="uniform", repetition_p=p)
    assert len(s) == 30  # with 100 classes no experience is empty here
    hits = trials = 0
    for row in _presence(s).values():
        f = row.index(1)
        hits += sum(row[f + 1 :])
        trials += len(row) - f - 1
    sd = math.sqrt(p * (1 - p) / trials)
    assert abs(hits / trials - p) < 4 * sd, (hits / trials, p, trials)


def test_first_occurrence_follows_the_geometric_pmf():
    n_e, p = 5, 0.5
    s = cir(_data(n_classes=400, per_class=2, test_per_class=1), seed=2, n_experiences=n_e, experience_size=20,
            first_occurrence="geometric", first_occurrence_p=p, repetition_p=0.0)
    firsts = torch.tensor(list(s.meta["first_occurrence_of_class"].values()))
    pmf = first_occurrence_pmf(n_e, "geometric", p)
    assert torch.allclose(pmf, torch.tensor([16, 8, 4, 2, 1], dtype=torch.float64) / 31)
    freq = torch.bincount(firsts, minlength=n_e).double() / len(firsts)
    sd = torch.sqrt(pmf * (1 - pmf) / len(firsts))
    assert (abs(freq - pmf) < 4 * sd).all(), (freq, pmf)


def test_with_no_repetition_each_class_appears_once_and_empty_experiences_are_dropped():
    s = cir(_data(n_classes=4), seed=5, n_experiences=12, experience_size=20, first_occurrence="uniform",
            repetition_p=0.0)
    assert len(s) <= 4 < 12 and s.meta["requested_experiences"] == 12
    assert all(sum(row) == 1 for row in _presence(s).values())
    assert all(len(e.classes) >= 1 for e in s)


def test_no_test_sample_is_a_training_sample_and_test_sets_hold_the_present_classes():
    s = cir(_data(), seed=4, n_experiences=6, experience_size=40)
    for e in s:
        assert (e.train_x < 10_000).all() and (e.test_x >= 10_000).all()
        assert sorted(set(e.test_y.tolist())) == list(e.classes)
        # labels follow their samples: pixel value i is training sample i of class i % 10
        assert torch.equal(e.train_x.flatten().long() % 10, e.train_y)


def test_seeded_and_recorded():
    a, b = cir(_data(), seed=7), cir(_data(), seed=7)
    assert all(torch.equal(x.train_x, y.train_x) for x, y in zip(a, b)) and a.meta == b.meta
    c = cir(_data(), seed=8)
    assert a.meta["presence_table"] != c.meta["presence_table"]
    d = a.describe()
    assert d["protocol"] == "cir" and d["meta"]["repetition_p"] == 0.2


@pytest.mark.parametrize("args, option", [
    ({"n_experiences": 0}, "n_experiences"), ({"experience_size": 0}, "experience_size"),
    ({"first_occurrence": "zipf"}, "first_occurrence"), ({"repetition": "poisson"}, "repetition"),
    ({"first_occurrence_p": 0.0}, "first_occurrence_p"), ({"repetition_p": 1.5}, "repetition_p"),
    ({"eval_every": 100}, "eval_every"),
])
def test_bad_options_are_one_sentence(args, option):
    with pytest.raises(ClbenchError, match=option):
        cir(_data(), seed=0, **args)


def test_cir_mnist_runs_through_the_runner(compose_run, one_torch_thread):
    import json

    from clbench.runner import run

    cfg = compose_run("method=finetune", "benchmark=cir_mnist", "benchmark.protocol_args.n_experiences=4",
                      "benchmark.protocol_args.experience_size=200", "+benchmark.source_args.limit_train=2000",
                      "+benchmark.source_args.limit_test=500")
    record = json.loads(run(cfg, echo=lambda *a: None).read_text())
    assert record["scenario"]["protocol"] == "cir"
    assert len(record["accuracy_matrix"]) == record["scenario"]["n_experiences"] <= 4
    assert record["scenario"]["meta"]["experience_size"] == 200


@pytest.mark.parametrize("bench, stated", [
    ("cir_mnist", ("experience_size=1000", "first_occurrence=geometric", "first_occurrence_p=0.3",
                   "repetition=fixed", "repetition_p=0.2")),
    ("gilcd_mnist", ("drift=rotate", "drift_step=15.0", "labelled_fraction=0.1", "old_fraction=0.5")),
    ("fewshot_mnist", ("base_classes=6", "ways=2", "shots=5")),
])
def test_the_boards_section_states_the_streams_parameters(bench, stated):
    """Issue 18: the board's section of each new stream states its parameters (from the benchmark config)."""
    import yaml

    from clbench.config import conf_dir
    from clbench.leaderboard import describe_section

    cfg = yaml.safe_load((conf_dir() / "benchmark" / f"{bench}.yaml").read_text())
    line = describe_section([{"benchmark": {"config": cfg}, "scenario": {"n_experiences": 3}}])
    head = line.split(", 3 experiences")[0]
    assert all(s in head for s in stated), line


def test_random_repetition_draws_a_probability_per_class():
    s = cir(_data(), seed=2, n_experiences=6, experience_size=40, repetition="random")
    p = list(s.meta["repetition_p_of_class"].values())
    assert len(set(p)) == 10 and all(0.0 <= v < 1.0 for v in p)


def test_a_recurring_class_draws_fresh_samples_and_the_experience_is_shuffled():
    """The official ``random`` sampler: each experience draws its share of a class from the whole pool again
    (not the pool's first samples each time), and the experience's samples arrive shuffled, not by class."""
    s = cir(_data(), seed=4, n_experiences=8, experience_size=40, repetition_p=0.6)
    recurring = 0
    for c in range(10):
        picks = [sorted(int(v) for v in e.train_x.flatten()[e.train_y == c]) for e in s if c in e.classes]
        pool_prefix = [int(i) for i in (torch.arange(600) % 10 == c).nonzero().flatten()]
        for a in picks:
            assert a != pool_prefix[: len(a)]  # not the first samples of the pool
        if len(picks) > 1:
            recurring += 1
            assert picks[0] != picks[1]
    assert recurring >= 3
    for e in s:
        if len(e.classes) >= 2:
            changes = int((e.train_y[1:] != e.train_y[:-1]).sum())
            assert changes > len(e.classes)  # grouped by class would change label len(classes) - 1 times
