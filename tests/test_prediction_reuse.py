"""The optional ``Learner.prediction_state`` hook: an evaluation whose token for an experience equals the one of
that test set's last evaluation reuses its predictions (``predict`` is not called), with the same numbers; any
change of token, test set or batch size predicts again; None (the default) always predicts."""

from __future__ import annotations

import torch

from clbench.evaluate import accuracy_on, evaluate, new_confusion
from clbench.learner import Learner
from clbench.scenario import Experience, Scenario

N = 6
GROUPS = [(0, 1), (2, 3), (4, 5)]


def _exp(i: int, classes, task_ids_at_test: bool) -> Experience:
    ty = torch.tensor([c for c in classes for _ in range(3 + c)])
    tx = torch.stack([ty.float(), torch.arange(len(ty)).float()], 1)
    return Experience(index=i, train_x=tx[:0], train_y=ty[:0], test_x=tx, test_y=ty, classes=tuple(classes),
                      new_classes=tuple(classes), task_id=i, task_ids_at_test=task_ids_at_test)


def _scenario(task_ids_at_test: bool = True, output: str = "logits") -> Scenario:
    exps = [_exp(i, g, task_ids_at_test) for i, g in enumerate(GROUPS)]
    return Scenario(name="coded", protocol="task_incremental" if task_ids_at_test else "class_incremental",
                    experiences=exps, n_classes=N, class_order=list(range(N)), seed=0, input_shape=(2,),
                    task_ids_at_test=task_ids_at_test, output=output)


class Counting(Learner):
    """Right on the samples whose index is below ``right`` (a per-sample pattern, so the accuracy tells
    which predictions were used); ``tokens[task]`` is what ``prediction_state`` returns; counts predict calls."""

    def __init__(self, tokens=None, right=2):
        self.tokens = dict(tokens or {})
        self.right = right
        self.calls: list[int] = []  # task id of each predicted batch

    def prediction_state(self, experience):
        return self.tokens.get(experience.task_id)

    def predict(self, x, task_ids=None):
        self.calls.append(-1 if task_ids is None else int(task_ids[0]))
        y, idx = x[:, 0].long(), x[:, 1].long()
        logits = torch.zeros(len(x), N)
        hit = idx < self.right
        logits[hit, y[hit]] = 1.0
        logits[~hit, (y[~hit] + 1) % N] = 1.0
        return logits


def _rows(learner, sc, **kw):
    return evaluate(learner, sc, batch_size=4, **kw)


def test_an_unchanged_token_reuses_the_predictions_and_predict_is_not_called():
    sc = _scenario()
    learner = Counting(tokens={0: "a", 1: "b", 2: "c"})
    first = _rows(learner, sc)
    assert set(learner.calls) == {0, 1, 2}
    learner.calls.clear()
    learner.right = 100  # a learner that would now answer differently: the promise is what is honoured
    learner.tokens[1] = "b2"  # only task 1 changed
    second = _rows(learner, sc)
    assert set(learner.calls) == {1}  # tasks 0 and 2 answered from memory
    assert second[0][0] == first[0][0] and second[0][2] == first[0][2]
    assert second[0][1] == 1.0 != first[0][1]  # task 1 was predicted again with the new behaviour
    assert second[1][0] == first[1][0]  # the task-aware row reuses too


def test_reused_predictions_give_the_same_numbers_and_confusion_as_predicting():
    sc = _scenario()
    plain = Counting(tokens={}, right=3)
    reusing = Counting(tokens={0: 0, 1: 0, 2: 0}, right=3)
    _rows(reusing, sc)
    reusing.calls.clear()
    conf_a, conf_b = new_confusion(sc), new_confusion(sc)
    assert _rows(reusing, sc, confusion=conf_a) == _rows(plain, sc, confusion=conf_b)
    assert reusing.calls == [] and plain.calls
    assert torch.equal(conf_a, conf_b) and int(conf_a.sum()) == sum(len(e.test_y) for e in sc.experiences)


def test_no_token_always_predicts():
    sc = _scenario()
    learner = Counting(tokens={})
    _rows(learner, sc)
    n = len(learner.calls)
    _rows(learner, sc)
    assert len(learner.calls) == 2 * n


def test_another_test_set_or_batch_size_or_learner_predicts_again():
    sc, other = _scenario(), _scenario()  # equal values, other tensors: a rebuilt scenario
    learner = Counting(tokens={0: "a", 1: "a", 2: "a"})
    accuracy_on(learner, sc[0], sc, batch_size=4)
    n = len(learner.calls)
    accuracy_on(learner, other[0], other, batch_size=4)
    assert len(learner.calls) > n
    n = len(learner.calls)
    accuracy_on(learner, other[0], other, batch_size=5)  # batch size can change float rounding: predict
    assert len(learner.calls) > n
    twin = Counting(tokens={0: "a"})  # the same token from another learner is not its memory
    accuracy_on(twin, other[0], other, batch_size=5)
    assert twin.calls


def test_class_incremental_and_text_streams_honour_the_hook_too():
    sc = _scenario(task_ids_at_test=False)
    learner = Counting(tokens={0: 1, 1: 1, 2: 1})
    first = _rows(learner, sc)
    learner.calls.clear()
    assert _rows(learner, sc) == first and learner.calls == []

    class Echo(Learner):
        def __init__(self):
            self.calls = 0

        def prediction_state(self, experience):
            return "same"

        def predict(self, x, task_ids=None):
            self.calls += 1
            return [str(p) for p in x]

    exp = Experience(index=0, train_x=[], train_y=[], test_x=["a", "b", "c"], test_y=["a", "x", "c"],
                     classes=(), new_classes=(), task_id=0, task_ids_at_test=False)
    text = Scenario(name="t", protocol="instruction_stream", experiences=[exp], n_classes=0, class_order=[],
                    seed=0, input_shape=(), task_ids_at_test=False, output="text")
    echo = Echo()
    assert accuracy_on(echo, exp, text) == accuracy_on(echo, exp, text) == (2 / 3, 2 / 3)
    assert echo.calls == 1
