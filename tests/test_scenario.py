"""Scenario engine: exact partitions, seeded class orders, protocols' shapes."""

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.registry import get_source
from clbench.scenario import get_protocol


@pytest.fixture(scope="module")
def digits():
    return get_source("digits")()


def _ids(x: torch.Tensor) -> set[bytes]:
    return {row.numpy().tobytes() for row in x.reshape(len(x), -1)}


@pytest.mark.parametrize("protocol", ["class_incremental", "task_incremental"])
def test_classes_partition_exactly_and_samples_never_repeat(digits, protocol):
    s = get_protocol(protocol)(digits, seed=3, n_experiences=5)
    classes = [c for e in s for c in e.classes]
    assert sorted(classes) == list(range(10)) and len(classes) == 10
    assert sum(e.n_train for e in s) == len(digits.train_y)
    assert sum(len(e.test_y) for e in s) == len(digits.test_y)
    for e in s:
        assert set(e.train_y.tolist()) == set(e.classes) == set(e.test_y.tolist())
    # no sample in two experiences (digits has duplicates in pixel space, so compare by class membership
    # and by count: the index sets are disjoint because the class sets are)
    assert s.class_order == [c for e in s for c in e.classes]
    assert s.task_ids_at_test == (protocol == "task_incremental")


def test_same_seed_same_order_and_samples_other_seed_differs(digits):
    a = get_protocol("class_incremental")(digits, seed=7, n_experiences=5)
    b = get_protocol("class_incremental")(digits, seed=7, n_experiences=5)
    c = get_protocol("class_incremental")(digits, seed=8, n_experiences=5)
    assert a.class_order == b.class_order != c.class_order
    for ea, eb in zip(a, b):
        assert torch.equal(ea.train_x, eb.train_x) and torch.equal(ea.train_y, eb.train_y)


def test_explicit_class_order_is_used_and_recorded(digits):
    order = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
    s = get_protocol("class_incremental")(digits, seed=0, n_experiences=2, class_order=order)
    assert s.class_order == order and s[0].classes == (9, 8, 7, 6, 5)
    assert s.describe()["class_order"] == order


def test_bad_class_order_and_uneven_split_are_one_sentence(digits):
    with pytest.raises(ClbenchError, match=r"^class_order must be a permutation of 0..9, got \[0, 1\]"):
        get_protocol("class_incremental")(digits, seed=0, n_experiences=2, class_order=[0, 1])
    with pytest.raises(ClbenchError, match=r"^cannot split 10 classes into 3 equal experiences"):
        get_protocol("class_incremental")(digits, seed=0, n_experiences=3)


def test_mnist_source_split_sizes_and_dtype():
    d = get_source("mnist")()
    assert d.train_x.shape == (50000, 1, 28, 28) and d.test_x.shape == (10000, 1, 28, 28)
    assert d.train_x.dtype == torch.uint8 and d.train_y.bincount().min() > 4000
    val = get_source("mnist")(use_validation_as_test=True)
    assert not torch.equal(val.test_x, d.test_x)


def test_animal_mnist_fixed_seeded_split():
    a, b = get_source("animal_mnist")(), get_source("animal_mnist")()
    assert a.train_x.shape == (8000, 1, 28, 28) and a.test_x.shape == (2000, 1, 28, 28)
    assert torch.equal(a.test_y, b.test_y) and a.test_y.bincount().tolist() == [200] * 10


def test_domain_incremental_permutes_pixels_and_keeps_labels(digits):
    s = get_protocol("domain_incremental")(digits, seed=0, n_experiences=3, transform="permute")
    assert len(s) == 3 and all(e.classes == tuple(range(10)) for e in s)
    x0, x1 = s[0].test_x.flatten(1), s[1].test_x.flatten(1)
    assert not torch.equal(x0, x1)
    # a permutation: every test image keeps its multiset of pixel values
    assert torch.equal(x0.sort(1).values, x1.sort(1).values)
    assert torch.equal(s[0].test_y, s[1].test_y)


def test_rotated_schedule(digits):
    s = get_protocol("domain_incremental")(digits, seed=0, n_experiences=4, transform="rotate")
    assert [e.meta["angle"] for e in s] == [0.0, 45.0, 90.0, 135.0]
    assert torch.equal(s[0].test_x, torch.as_tensor(digits.test_x).float() / 255)


def test_few_shot_sizes(digits):
    s = get_protocol("few_shot_class_incremental")(digits, seed=0, base_classes=6, ways=2, shots=5)
    assert len(s) == 3 and len(s[0].classes) == 6
    assert [e.n_train for e in s[1:]] == [10, 10]
    assert all(e.train_y.bincount(minlength=10)[list(e.classes)].tolist() == [5, 5] for e in s[1:])
    with pytest.raises(ClbenchError, match="^few-shot split impossible"):
        get_protocol("few_shot_class_incremental")(digits, seed=0, base_classes=6, ways=3, shots=5)


def test_few_shot_benchmark_runs_end_to_end_base_then_k_shot(compose_run, monkeypatch, tmp_path):
    """fewshot_mnist's protocol on sklearn digits through the runner: what the learner is handed, and the record."""
    from clbench.records import load_record
    from clbench.registry import get_method
    from clbench.runner import run

    cfg = compose_run("method=finetune", "benchmark=fewshot_mnist", "benchmark.source=digits",
                      "benchmark.name=fewshot_digits", "benchmark.protocol_args.shots=3")
    finetune = get_method("finetune")
    original, handed = finetune.train_experience, []

    def spy(self, exp):
        handed.append((exp.index, exp.classes, exp.train_y.clone()))
        return original(self, exp)

    monkeypatch.setattr(finetune, "train_experience", spy)
    rec = load_record(run(cfg, echo=lambda s: None))
    digits = get_source("digits")()

    assert rec["status"] == "complete" and rec["scenario"]["protocol"] == "few_shot_class_incremental"
    assert rec["scenario"]["n_experiences"] == 3 and len(rec["accuracy_matrix"]) == 3
    assert [len(c) for c in rec["scenario"]["classes_per_experience"]] == [6, 2, 2]
    assert rec["scenario"]["meta"] == {"base_classes": 6, "ways": 2, "shots": 3}
    assert [i for i, *_ in handed] == [0, 1, 2]  # each experience once, in order
    base_classes, base_y = handed[0][1], handed[0][2]
    # the base experience holds every training sample of its 6 classes ...
    assert len(base_y) == int(torch.isin(digits.train_y, torch.tensor(base_classes)).sum()) > 6 * 3
    for _, classes, y in handed[1:]:  # ... then 2-way 3-shot: classes x k samples, exactly k of each class
        assert len(y) == len(classes) * 3 == 6
        assert sorted(y.tolist()) == sorted(list(classes) * 3)
    assert sorted(c for _, classes, _ in handed for c in classes) == list(range(10))


def test_chunks_cover_the_experience_in_order(digits):
    e = get_protocol("class_incremental")(digits, seed=0, n_experiences=5)[0]
    parts = e.chunks(50)
    assert torch.equal(torch.cat([p.train_y for p in parts]), e.train_y)
    assert parts[-1].is_last_chunk and not parts[0].is_last_chunk and parts[0].n_chunks == len(parts)


# ------------------------------------------------------------------------ pinned protocol steps (issue #15)
from clbench.scenario import LabelledData, class_order_from_seed, to_float  # noqa: E402

C, PER_TRAIN, PER_TEST, TEST_OFFSET = 6, 10, 4, 10_000


def indexed() -> LabelledData:
    """Samples that name themselves: x[:, 0] is the sample's index (test indices start at TEST_OFFSET), x[:, 1]
    its label. Training data is sorted by class, so an unshuffled stream is visible."""
    ty = torch.arange(C).repeat_interleave(PER_TEST)
    y = torch.arange(C).repeat_interleave(PER_TRAIN)
    x = torch.stack([torch.arange(len(y)).float(), y.float()], 1)
    tx = torch.stack([torch.arange(len(ty)).float() + TEST_OFFSET, ty.float()], 1)
    return LabelledData("indexed", x, y, tx, ty, C)


def _idx(x: torch.Tensor) -> list[int]:
    return x[:, 0].long().tolist()


@pytest.mark.parametrize("protocol", ["class_incremental", "task_incremental", "online_class_incremental"])
def test_class_splits_follow_the_seeded_order_and_never_mix_test_into_train(protocol):
    data = indexed()
    s = get_protocol(protocol)(data, seed=5, n_experiences=3)
    order = torch.randperm(C, generator=torch.Generator().manual_seed(5)).tolist()
    assert s.class_order == order != list(range(C))
    assert [list(e.classes) for e in s] == [order[0:2], order[2:4], order[4:6]]
    for i, e in enumerate(s):
        want = [j for j, c in enumerate(data.train_y.tolist()) if c in e.classes]
        got = _idx(e.train_x)
        assert sorted(got) == want and got != want  # exactly its classes' samples, shuffled
        assert torch.equal(e.train_y, data.train_y[got])  # labels travel with their samples
        test_want = [j + TEST_OFFSET for j, c in enumerate(data.test_y.tolist()) if c in e.classes]
        assert _idx(e.test_x) == test_want  # its classes' test samples, in source order
        assert max(got) < TEST_OFFSET
        assert e.task_id == e.index == i and e.new_classes == e.classes
        assert e.task_ids_at_test == s.task_ids_at_test == (protocol == "task_incremental")


def test_the_stream_shuffle_is_seeded_and_differs_per_seed():
    a, b, c = (get_protocol("class_incremental")(indexed(), seed=s, n_experiences=3, class_order=range(C))
               for s in (1, 1, 2))
    assert all(_idx(x.train_x) == _idx(y.train_x) for x, y in zip(a, b))
    assert any(_idx(x.train_x) != _idx(y.train_x) for x, y in zip(a, c))


def test_classes_per_experience_first_experience_and_unshuffled_order():
    s = get_protocol("class_incremental")(indexed(), seed=0, classes_per_experience=[1, 2, 3], shuffle_classes=False)
    assert s.class_order == list(range(C)) and [e.classes for e in s] == [(0,), (1, 2), (3, 4, 5)]
    f = get_protocol("class_incremental")(indexed(), seed=0, n_experiences=3, first_experience_classes=4,
                                          class_order=range(C))
    assert [e.classes for e in f] == [(0, 1, 2, 3), (4,), (5,)]
    with pytest.raises(ClbenchError, match="must be positive and sum to the 6 classes"):
        get_protocol("class_incremental")(indexed(), seed=0, classes_per_experience=[1, 2, 2])


def test_class_order_from_seed_checks_a_given_order():
    assert class_order_from_seed(4, 0, [3, 1, 2, 0]) == [3, 1, 2, 0]
    assert class_order_from_seed(4, 9, shuffle=False) == [0, 1, 2, 3]
    assert class_order_from_seed(5, 3) == torch.randperm(5, generator=torch.Generator().manual_seed(3)).tolist()
    with pytest.raises(ClbenchError, match="permutation of 0..3"):
        class_order_from_seed(4, 0, [0, 1, 2, 2])


def test_to_float_scales_images_and_keeps_floats():
    assert torch.equal(to_float(torch.tensor([0, 51, 255], dtype=torch.uint8)), torch.tensor([0.0, 0.2, 1.0]))
    assert torch.equal(to_float(torch.tensor([3.5])), torch.tensor([3.5]))


def test_online_protocol_marks_the_stream_and_keeps_the_class_split():
    on = get_protocol("online_class_incremental")(indexed(), seed=2, n_experiences=3, eval_every=7, stream_batch_size=3)
    off = get_protocol("class_incremental")(indexed(), seed=2, n_experiences=3)
    assert on.eval_every == 7 and on.meta == {"online": True, "single_pass": True, "stream_batch_size": 3}
    assert all(e.meta["single_pass"] and e.meta["stream_batch_size"] == 3 for e in on)
    assert [_idx(a.train_x) for a in on] == [_idx(b.train_x) for b in off]
    assert off.eval_every is None


def test_chunks_split_in_order_and_without_test_empties_only_the_test_split():
    e = get_protocol("class_incremental")(indexed(), seed=0, n_experiences=3)[0]
    parts = e.chunks(6)
    assert [p.n_train for p in parts] == [6, 6, 6, 2] and [p.chunk for p in parts] == [0, 1, 2, 3]
    assert all(p.n_chunks == 4 and torch.equal(p.test_y, e.test_y) for p in parts)
    assert sum((_idx(p.train_x) for p in parts), []) == _idx(e.train_x)
    v = e.without_test()
    assert len(v.test_y) == len(v.test_x) == 0 and _idx(v.train_x) == _idx(e.train_x) and len(e.test_y) == 8


def test_domain_permutations_are_seeded_distinct_and_shuffle_only_training(digits):
    s = get_protocol("domain_incremental")(digits, seed=4, n_experiences=3, transform="permute")
    g = torch.Generator().manual_seed(4)
    flat_test = to_float(digits.test_x).reshape(len(digits.test_y), -1)
    for e in s:
        perm = torch.randperm(64, generator=g)
        order = torch.randperm(len(digits.train_y), generator=g)
        assert torch.equal(e.test_x.reshape(len(e.test_y), -1), flat_test[:, perm])  # test: permuted, not shuffled
        assert torch.equal(e.test_y, digits.test_y) and torch.equal(e.train_y, digits.train_y[order])
        assert e.task_id == e.index and e.classes == tuple(range(10))
    assert [e.new_classes for e in s] == [tuple(range(10)), (), ()]
    ident = get_protocol("domain_incremental")(digits, seed=4, n_experiences=2, identity_first=True)
    assert torch.equal(ident[0].test_x, to_float(digits.test_x))
    assert not torch.equal(ident[1].test_x, to_float(digits.test_x))


def test_rotations_rotate_by_the_schedule(digits):
    import torchvision.transforms.v2.functional as TF

    s = get_protocol("domain_incremental")(digits, seed=0, n_experiences=3, transform="rotate", angles=[0, 30, 90])
    assert torch.equal(s[2].test_x, TF.rotate(to_float(digits.test_x), 90.0))
    assert torch.equal(s[1].test_x, TF.rotate(to_float(digits.test_x), 30.0))
    with pytest.raises(ClbenchError, match="angles has 2 entries for 3 experiences"):
        get_protocol("domain_incremental")(digits, seed=0, n_experiences=3, transform="rotate", angles=[0, 1])


def test_few_shot_keeps_the_base_whole_and_draws_k_shots_per_class():
    data = indexed()
    s = get_protocol("few_shot_class_incremental")(data, seed=1, base_classes=2, ways=2, shots=3)
    base = s[0]
    assert sorted(_idx(base.train_x)) == [j for j, c in enumerate(data.train_y.tolist()) if c in base.classes]
    full = get_protocol("class_incremental")(data, seed=1, classes_per_experience=[2, 2, 2])
    for e, whole in zip(s.experiences[1:], full.experiences[1:]):
        assert e.train_y.bincount(minlength=C)[list(e.classes)].tolist() == [3, 3]
        assert set(_idx(e.train_x)) <= set(_idx(whole.train_x))
        assert len(e.test_y) == 2 * PER_TEST  # the full test set of each class
    other = get_protocol("few_shot_class_incremental")(data, seed=3, base_classes=2, ways=2, shots=3)
    assert any(set(_idx(a.train_x)) != set(_idx(b.train_x)) for a, b in zip(s.experiences[1:], other.experiences[1:])
               if a.classes == b.classes) or s.class_order != other.class_order


def _text_data() -> LabelledData:
    from clbench.protocols.text import format_prompt

    names = ["copy", "upper", "reverse"]
    train = [(t, f"w{t}{k}") for t in range(3) for k in range(5)]
    test = [(t, f"v{t}{k}") for t in range(3) for k in range(2)]
    return LabelledData(
        "text", [format_prompt(names[t], w) for t, w in train], [w.upper() for _, w in train],
        [format_prompt(names[t], w) for t, w in test], [w.upper() for _, w in test], 3, class_names=names,
        meta={"train_task": [t for t, _ in train], "test_task": [t for t, _ in test]})


def test_instruction_stream_orders_tasks_shuffles_training_and_keeps_test_order():
    from clbench.protocols.text import split_prompt

    data = _text_data()
    s = get_protocol("instruction_stream")(data, seed=0)
    assert s.class_order == [0, 1, 2] and s.output == "text" and [e.classes for e in s] == [(0,), (1,), (2,)]
    for e in s:
        t = e.classes[0]
        assert sorted(e.train_x) == sorted(p for p, k in zip(data.train_x, data.meta["train_task"]) if k == t)
        assert e.test_x == [p for p, k in zip(data.test_x, data.meta["test_task"]) if k == t]  # source order
        assert all(split_prompt(p)[0] == data.class_names[t] for p in e.train_x)
        assert [y for y in e.train_y] == [split_prompt(p)[1].upper() for p in e.train_x]  # pairs kept together
    assert any(e.train_x != sorted(e.train_x) for e in s)  # training shuffled
    named = get_protocol("instruction_stream")(data, seed=0, task_order=["reverse", "copy", "upper"])
    assert named.class_order == [2, 0, 1] and named.meta["tasks"] == ["reverse", "copy", "upper"]
    shuffled = get_protocol("instruction_stream")(data, seed=3, shuffle_tasks=True)
    assert shuffled.class_order == torch.randperm(3, generator=torch.Generator().manual_seed(3)).tolist()
    assert [e.task_id for e in named] == [0, 1, 2]


def test_digits_reads_scikit_learns_file_as_load_digits_does_without_importing_it():
    """benchmarks/digits.py reads sklearn's digits.csv.gz itself (importing scikit-learn was a third of a
    small run's start-up): same arrays, same dtypes as ``load_digits()``, and sklearn is not imported."""
    import subprocess
    import sys

    import numpy as np
    from sklearn.datasets import load_digits

    from benchmarks.digits import digits_arrays

    images, target = digits_arrays()
    ref = load_digits()
    assert images.dtype == ref.images.dtype and np.array_equal(images, ref.images)
    assert target.dtype == ref.target.dtype and np.array_equal(target, ref.target)
    code = "import sys; from benchmarks.digits import digits; digits(); print('sklearn' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
