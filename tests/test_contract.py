"""A method that breaks the learner contract gets one sentence naming the method, the call and what was
expected — from the runner and from the ``clbench`` command — and the run leaves a record marked failed."""

from __future__ import annotations

import pytest
import torch

from clbench.cli import main
from clbench.errors import ContractError
from clbench.learner import Capabilities, Learner, SGDLearner
from clbench.records import load_record, validate_schema
from clbench.registry import METHODS
from clbench.runner import run


class WrongShape(SGDLearner):
    """Returns logits over the classes seen so far only, not over every class of the scenario."""

    def predict(self, x, task_ids=None):
        return super().predict(x, task_ids)[:, :5]


class NotATensor(SGDLearner):
    def predict(self, x, task_ids=None):
        return super().predict(x, task_ids).tolist()


class RaisesInTraining(SGDLearner):
    def train_experience(self, exp):
        if exp.index == 2:
            raise ValueError("buffer is empty\nsecond line of a long traceback-like message")
        super().train_experience(exp)


class HeadPerSeenTask(Learner):
    """A multi-head learner that keeps a head per trained task and fails on a task id it has not seen."""

    capabilities = Capabilities(protocols=("task_incremental",), needs_task_ids_at_test=True)

    def __init__(self, info, **_):
        super().__init__(info)
        self.heads: dict[int, torch.nn.Linear] = {}

    def train_experience(self, exp):
        self.heads[exp.task_id] = torch.nn.Linear(64, self.info.n_classes)

    def predict(self, x, task_ids=None):
        return self.heads[int(task_ids[0])](x.flatten(1))  # KeyError on a task not trained yet


class HeadPerTaskDoneRight(HeadPerSeenTask):
    """The same learner keeping the contract: an untrained task's classes score -inf."""

    def predict(self, x, task_ids=None):
        head = self.heads.get(int(task_ids[0]))
        if head is None:
            return torch.full((len(x), self.info.n_classes), float("-inf"))
        return head(x.flatten(1))


@pytest.fixture
def register(monkeypatch):
    def add(name: str, cls) -> str:
        monkeypatch.setitem(METHODS, name, cls)
        monkeypatch.setattr(cls, "method_name", name, raising=False)
        return name

    return add


def _run(compose_run, name: str, benchmark: str = "split_digits"):
    cfg = compose_run("method=finetune", f"benchmark={benchmark}")
    cfg["method"] = {"name": name} if name.startswith("head") else {**cfg["method"], "name": name}
    return run(cfg, echo=lambda s: None)


def _failed_record(tmp_path) -> dict:
    (path,) = (tmp_path / "records").glob("*.json")
    record = load_record(path)
    validate_schema(record)
    assert record["status"] == "failed"
    return record


def test_wrong_logits_shape(compose_run, register, tmp_path):
    register("wrong_shape", WrongShape)
    with pytest.raises(ContractError) as e:
        _run(compose_run, "wrong_shape")
    n = e.value.args[0].split(" for ")[1].split(" ")[0]  # the test batch size of experience 0
    assert str(e.value) == (
        f"method 'wrong_shape' predict(x) returned ({n}, 5) for {n} inputs (experience 0, before any training); "
        f"expected logits of shape ({n}, 10).")
    assert _failed_record(tmp_path)["error"] == str(e.value)


def test_logits_that_are_not_a_tensor(compose_run, register):
    register("not_a_tensor", NotATensor)
    with pytest.raises(ContractError, match=r"^method 'not_a_tensor' predict\(x\) returned list for \d+ inputs "
                                            r"\(experience 0, before any training\); expected logits of shape "
                                            r"\(\d+, 10\)\.$"):
        _run(compose_run, "not_a_tensor")


def test_raises_in_train_experience(compose_run, register, tmp_path):
    register("raises_in_training", RaisesInTraining)
    with pytest.raises(ContractError) as e:
        _run(compose_run, "raises_in_training")
    assert str(e.value) == (
        "method 'raises_in_training' raised ValueError in train_experience (experience 2): buffer is empty; "
        "expected it to learn the experience and return (or raise ClbenchError with a sentence for the user).")
    record = _failed_record(tmp_path)
    assert len(record["accuracy_matrix"]) == 2  # the two experiences finished before the failure are kept


def test_predicts_on_unseen_task_ids(compose_run, register):
    register("head_per_seen_task", HeadPerSeenTask)
    with pytest.raises(ContractError) as e:
        _run(compose_run, "head_per_seen_task", "split_digits_til")
    n = e.value.args[0].split("shape (")[1].split(",")[0]
    assert str(e.value) == (
        "method 'head_per_seen_task' raised KeyError in predict(x, task_ids) (experience 0, task id 0 not trained "
        f"yet, before any training): 0; expected logits of shape ({n}, 10) for every task id, trained or not "
        "(an untrained task's classes may score -inf).")


def test_unseen_task_ids_scored_minus_inf_keep_the_contract(compose_run, register):
    register("head_per_task_done_right", HeadPerTaskDoneRight)
    record = load_record(_run(compose_run, "head_per_task_done_right", "split_digits_til"))
    validate_schema(record)
    R = record["accuracy_matrix"]
    # future tasks: every logit -inf, argmax picks class 0 of the scenario, which belongs to one task only
    assert record["status"] == "complete" and len(R) == 5


def test_the_cli_prints_the_sentence_alone(register, tmp_path, capsys):
    register("raises_in_training", RaisesInTraining)
    # the CLI composes from YAML: reuse finetune's config under the breaking method's name via Hydra
    # (in-process, Hydra's app exits with SystemExit; the `clbench` process exits with that code)
    with pytest.raises(SystemExit) as exit_:
        main(["run", "method=finetune", "method.name=raises_in_training", "benchmark=split_digits",
              f"results_dir={tmp_path}", "progress=false", "console=false"])
    err = capsys.readouterr().err.strip().splitlines()
    assert exit_.value.code == 2
    assert err[-1] == (
        "error: method 'raises_in_training' raised ValueError in train_experience (experience 2): buffer is "
        "empty; expected it to learn the experience and return (or raise ClbenchError with a sentence for the "
        "user).")
    assert not any(line.startswith("Traceback") for line in err)


class PeeksAtTest(SGDLearner):
    """Records how much test data train_experience was handed (it must be none)."""

    seen_test: list[int] = []

    def train_experience(self, exp):
        type(self).seen_test.append(len(exp.test_y))
        type(self).seen_test.append(len(exp.test_x))
        super().train_experience(exp)


@pytest.mark.parametrize("benchmark, overrides", [
    ("split_digits", []),
    ("online_mnist", ["benchmark.source=digits", "benchmark.protocol_args.eval_every=200"]),
])
def test_train_experience_never_receives_the_test_split(compose_run, register, benchmark, overrides):
    register("peeks_at_test", PeeksAtTest)
    PeeksAtTest.seen_test = []
    cfg = compose_run("method=finetune", f"benchmark={benchmark}", *overrides)
    cfg["method"] = {**cfg["method"], "name": "peeks_at_test"}
    record = load_record(run(cfg, echo=lambda s: None))
    assert record["status"] == "complete" and len(PeeksAtTest.seen_test) >= 10
    assert set(PeeksAtTest.seen_test) == {0}  # every call: an empty test split ...
    assert all(v is not None for row in record["accuracy_matrix"] for v in row)  # ... yet evaluation had it


def test_the_train_view_keeps_everything_but_the_test_split():
    from clbench.registry import build_data
    from clbench.scenario import get_protocol

    exp = get_protocol("class_incremental")(build_data("digits", {}), seed=0)[1]
    view = exp.without_test()
    assert len(view.test_y) == 0 and view.test_x.shape[1:] == exp.test_x.shape[1:]
    assert view.test_x.dtype == exp.test_x.dtype and len(exp.test_y) > 0  # the original keeps its test data
    assert torch.equal(view.train_x, exp.train_x) and torch.equal(view.train_y, exp.train_y)
    assert (view.index, view.classes, view.task_id, view.meta) == (exp.index, exp.classes, exp.task_id, exp.meta)
