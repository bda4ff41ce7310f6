"""clbench.evaluate against scripted learners on coded inputs (x[:, 0] is the label): every accuracy is known.

Each test pins one step of the evaluation: which argmax (all classes, the experience's, the seen ones), when
task ids are passed, that every test sample counts once in any batch size, and the contract's sentences.
"""

from __future__ import annotations

import pytest
import torch

from clbench.errors import ContractError, DivergedError
from clbench.evaluate import (
    EVAL_BATCH_SIZE,
    accuracy_on,
    accuracy_on_seen,
    eval_batch_size,
    evaluate,
    seen_class_accuracy,
)
from clbench.learner import Learner
from clbench.scenario import Experience, Scenario

N = 6
GROUPS = [(0, 1), (2, 3), (4, 5)]
TEST_SIZES = {0: 3, 1: 5, 2: 4, 3: 6, 4: 2, 5: 7}  # uneven: a per-class and a per-sample average differ


def _exp(i: int, classes, task_ids_at_test: bool, test=None) -> Experience:
    ty = torch.cat([torch.full((TEST_SIZES[c],), c) for c in classes]) if test is None else test
    tx = torch.stack([ty.float(), torch.arange(len(ty)).float()], 1)
    return Experience(index=i, train_x=tx[:0], train_y=ty[:0], test_x=tx, test_y=ty, classes=tuple(classes),
                      new_classes=tuple(classes), task_id=i, task_ids_at_test=task_ids_at_test)


def _scenario(task_ids_at_test: bool = False, groups=GROUPS) -> Scenario:
    exps = [_exp(i, g, task_ids_at_test) for i, g in enumerate(groups)]
    return Scenario(name="coded", protocol="task_incremental" if task_ids_at_test else "class_incremental",
                    experiences=exps, n_classes=N, class_order=list(range(N)), seed=0, input_shape=(2,),
                    task_ids_at_test=task_ids_at_test)


class Scripted(Learner):
    """Knows the classes in ``known`` (scores the truth 10); everything else falls to a fixed preference that
    grows with the class id (class 5 highest), so an unmasked argmax lands on the highest class."""

    def __init__(self, info=None, known=(), **_):
        self.known = set(known)
        self.calls: list[tuple[int, object]] = []

    def predict(self, x, task_ids=None):
        self.calls.append((len(x), None if task_ids is None else task_ids.clone()))
        y = x[:, 0].long()
        logits = torch.arange(N, dtype=torch.float64).expand(len(x), N).clone()  # float64: cast back to float32
        hit = torch.tensor([int(c) in self.known for c in y.tolist()], dtype=torch.bool)
        logits[hit, y[hit]] = 10.0
        return logits


def test_class_il_takes_the_argmax_over_all_classes_and_task_aware_within_the_experience():
    s = _scenario()
    learner = Scripted(known={0})
    # experience 0 (classes 0, 1): class 0 known → its 3 samples right; class 1 falls to class 5 (wrong)
    acc, ta = accuracy_on(learner, s[0], s)
    assert acc == pytest.approx(3 / 8)
    # task-aware: masked to {0, 1}, class 1's samples fall to 1 (the higher of the two): all 8 right
    assert ta == 1.0
    # experience 2 (classes 4, 5): nothing known, class 5 wins everywhere: its 7 of 9 samples right either way
    assert accuracy_on(learner, s[2], s) == (pytest.approx(7 / 9), pytest.approx(7 / 9))
    assert learner.calls[0][1] is None  # no task ids on a class-IL stream


def test_task_il_passes_the_task_id_and_masks_the_protocol_accuracy_to_the_task():
    s = _scenario(task_ids_at_test=True)
    learner = Scripted(known={0})
    acc, ta = accuracy_on(learner, s[1], s)
    # classes 2, 3 masked: 3 wins, class 3's 6 of 10 samples right (unmasked class 5 would win: 0)
    assert (acc, ta) == (pytest.approx(6 / 10), pytest.approx(6 / 10))
    n, tids = learner.calls[-1]
    assert n == 10 and torch.equal(tids, torch.full((10,), 1))


def test_no_mask_when_the_experience_holds_every_class():
    # domain-incremental: every experience has all 6 classes; the "task-aware" number is the class-IL one
    s = _scenario(groups=[tuple(range(N))] * 2)
    acc, ta = accuracy_on(Scripted(known={1, 2}), s[0], s)
    assert acc == ta == pytest.approx((5 + 4 + 7) / sum(TEST_SIZES.values()))


@pytest.mark.parametrize("batch_size", [1, 3, 4, 100])
def test_every_test_sample_counts_once_in_any_batch_size(batch_size):
    s = _scenario()
    learner = Scripted(known={0})
    assert accuracy_on(learner, s[0], s, batch_size=batch_size) == (pytest.approx(3 / 8), 1.0)
    assert sum(n for n, _ in learner.calls) == 8 and max(n for n, _ in learner.calls) == min(batch_size, 8)


def test_an_experience_without_test_data_scores_nan():
    s = _scenario()
    empty = _exp(0, (0, 1), False, test=torch.zeros(0, dtype=torch.long))
    acc, ta = accuracy_on(Scripted(), empty, s)
    assert acc != acc and ta != ta


def test_evaluate_gives_one_row_over_every_experience_future_ones_too():
    s = _scenario()
    row, ta = evaluate(Scripted(known={0, 2}), s, trained=1)
    assert row == [pytest.approx(3 / 8), pytest.approx(4 / 10), pytest.approx(7 / 9)]
    assert ta == [1.0, pytest.approx(1.0), pytest.approx(7 / 9)]


def test_seen_class_accuracy_masks_unseen_classes_and_counts_per_class():
    s = _scenario()
    learner = Scripted(known={0, 2})
    # seen {0, 1, 2}: class 0 and 2 known; class 1 falls to the highest *seen* class, 2 (wrong)
    acc, per_class = seen_class_accuracy(learner, s, [2, 0, 1, 1])
    assert per_class == {0: 1.0, 1: 0.0, 2: 1.0}
    assert acc == pytest.approx((3 + 4) / (3 + 5 + 4))  # per sample, over the seen classes' test samples only
    # seen {1, 3}: nothing known; 3 is the highest seen class: its 6 samples right, class 1's 5 wrong
    assert accuracy_on_seen(Scripted(), s, [1, 3]) == pytest.approx(6 / 11)
    # class 3 is right only under the mask (unmasked, class 5 wins): its hits still count for class 3
    assert seen_class_accuracy(Scripted(), s, [1, 3])[1] == {1: 0.0, 3: 1.0}
    assert accuracy_on_seen(Scripted(), s, [5]) == 1.0
    nan = accuracy_on_seen(Scripted(), s, [])
    assert nan != nan


def test_seen_class_accuracy_reads_a_shared_test_set_once():
    s = _scenario(groups=[tuple(range(N))] * 3)
    shared = s[0]
    for e in s.experiences[1:]:  # blurry streams may share one test set object
        e.test_x, e.test_y = shared.test_x, shared.test_y
    learner = Scripted()
    acc, _ = seen_class_accuracy(learner, s, [0, 1])  # class 1, the higher seen class, wins: 5 of 8
    assert acc == pytest.approx(5 / 8) and sum(n for n, _ in learner.calls) == 8


class WrongWidth(Scripted):
    def predict(self, x, task_ids=None):
        return super().predict(x, task_ids)[:, :4]


class NaNs(Scripted):
    def predict(self, x, task_ids=None):
        out = super().predict(x, task_ids)
        out[0, 0] = float("nan")
        return out


class Raises(Scripted):
    def predict(self, x, task_ids=None):
        raise KeyError("head 3")


def test_contract_breaches_are_one_sentence():
    s = _scenario()
    with pytest.raises(ContractError) as e:
        accuracy_on(WrongWidth(), s[1], s, trained=0)
    assert str(e.value) == ("method 'WrongWidth' predict(x) returned (10, 4) for 10 inputs (experience 1, before any "
                            "training); expected logits of shape (10, 6).")
    with pytest.raises(DivergedError, match=r"^method 'NaNs' predicted NaN logits \(experience 0, after training 2 "
                                            r"experience\(s\)\); its training diverged\.$"):
        accuracy_on(NaNs(), s[0], s, trained=2)
    st = _scenario(task_ids_at_test=True)
    with pytest.raises(ContractError) as e:
        accuracy_on(Raises(), st[1], st, trained=1)  # experience 1 after training experience 0 only
    assert str(e.value) == (
        "method 'Raises' raised KeyError in predict(x, task_ids) (experience 1, task id 1 not trained yet, after "
        "training 1 experience(s)): 'head 3'; expected logits of shape (10, 6) for every task id, trained or not "
        "(an untrained task's classes may score -inf).")
    with pytest.raises(ContractError, match=r"\(experience 0, after training 1 experience\(s\)\): 'head 3'"):
        accuracy_on(Raises(), st[0], st, trained=1)  # a trained task: no "not trained yet"
    with pytest.raises(ContractError, match=r"anytime evaluation"):
        accuracy_on_seen(WrongWidth(), s, [0])


def test_logits_come_back_as_float32_on_cpu():
    from clbench.evaluate import _predict

    out = _predict(Scripted(), torch.zeros(2, 2), None, N, "here")
    assert out.dtype == torch.float32 and out.device.type == "cpu"


class Echo(Learner):
    def __init__(self, answers):
        self.answers, self.tids = answers, []

    def predict(self, x, task_ids=None):
        self.tids.append(task_ids)
        return [self.answers.get(p, "?") for p in x]


def test_text_accuracy_is_exact_match_after_stripping():
    exp = Experience(index=1, train_x=[], train_y=[], test_x=["a", "b", "c", "d"], test_y=["1", " 2", "3", "4"],
                     classes=(1,), new_classes=(1,), task_id=1, task_ids_at_test=True)
    s = Scenario(name="t", protocol="instruction_stream", experiences=[exp, exp], n_classes=2, class_order=[0, 1],
                 seed=0, input_shape=None, task_ids_at_test=True, output="text")
    learner = Echo({"a": "1 ", "b": "2", "c": "30"})
    assert accuracy_on(learner, exp, s, batch_size=3) == (0.5, 0.5)
    assert [len(t) for t in learner.tids] == [3, 1] and int(learner.tids[0][0]) == 1
    s.task_ids_at_test = False
    accuracy_on(learner, exp, s)
    assert learner.tids[-1] is None


def test_eval_batch_size_reads_the_config():
    assert eval_batch_size({}) == EVAL_BATCH_SIZE == 128
    assert eval_batch_size({"eval_batch_size": 2048}) == 2048


class Decoder(Learner):
    """A text learner whose decoding, like greedy generation, costs what the prompts make it: one matmul per
    character of each prompt."""

    def __init__(self):
        self.w = torch.randn(4, 4)

    def predict(self, x, task_ids=None):
        out = []
        for p in x:
            h = torch.ones(1, 4)
            for _ in p:
                h = h @ self.w
            out.append(str(len(p)))
        return out


def test_text_decoding_is_counted_batch_by_batch_as_the_tokens_make_it_cost():
    """Two prompt batches of the same shape (two prompts each) cost different FLOPs: each batch is measured,
    so the meter counts exactly what a counter over the whole evaluation counts."""
    from clbench import compute
    from clbench.compute import ComputeMeter, total_flop_counter

    exp = Experience(index=0, train_x=[], train_y=[], test_x=["a", "bb", "cccccc", "dddddddd"],
                     test_y=["1", "2", "6", "8"], classes=(0,), new_classes=(0,), task_id=0, task_ids_at_test=False)
    s = Scenario(name="t", protocol="instruction_stream", experiences=[exp], n_classes=1, class_order=[0],
                 seed=0, input_shape=None, task_ids_at_test=False, output="text")
    meter = ComputeMeter()
    with compute.use(meter):
        meter.begin_experience(0)
        assert accuracy_on(Decoder(), exp, s, batch_size=2) == (1.0, 1.0)
        meter.end_experience()
    with total_flop_counter() as counter:
        Decoder().predict(exp.test_x)
    t = meter.totals()
    assert t["eval_flops"] == int(counter.get_total_flops()) == 17 * 2 * 4 * 4
    assert t["eval_samples"] == 4 and t["measured_batches"]["eval"] == t["batches"]["eval"] == 2
