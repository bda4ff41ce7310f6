"""The online class-incremental protocol: a single pass, delivered in chunks, evaluated every N samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Learner, SGDLearner, single_pass_batch_size
from clbench.registry import build_data, register_method
from clbench.runner import run
from clbench.scenario import get_protocol
from clbench.training import batch_bounds

DELIVERED: list[tuple[int, int, int, int]] = []


@register_method("test_online_recorder")
class Recorder(Learner):
    """Records what the runner hands it; predicts the majority class seen so far."""

    def __init__(self, info, device: str = "cpu"):
        super().__init__(info, device)
        self.counts = torch.zeros(info.n_classes)

    def train_experience(self, exp):
        DELIVERED.append((exp.index, exp.chunk, exp.n_chunks, exp.n_train))
        self.counts += torch.bincount(exp.train_y, minlength=len(self.counts)).float()

    def predict(self, x, task_ids=None):
        return self.counts.expand(len(x), -1).clone()


def test_protocol_is_a_class_split_with_an_evaluation_period():
    s = get_protocol("online_class_incremental")(build_data("digits", {}), seed=0, eval_every=64)
    assert s.protocol == "online_class_incremental" and s.eval_every == 64
    assert s.meta["single_pass"] and s.meta["stream_batch_size"] == 10
    classes = [set(e.classes) for e in s]
    assert all(a.isdisjoint(b) for i, a in enumerate(classes) for b in classes[i + 1 :])
    assert sorted(c for e in s for c in e.classes) == list(range(10))


def test_the_runner_streams_every_sample_once_in_chunks_and_evaluates_after_each(tmp_path):
    DELIVERED.clear()
    bench = {"name": "online_digits", "source": "digits", "protocol": "online_class_incremental",
             "protocol_args": {"n_experiences": 5, "eval_every": 50}}
    rec = json.loads(Path(run({"method": {"name": "test_online_recorder"}, "benchmark": bench, "seed": 0,
                                "results_dir": str(tmp_path), "progress": False, "console": False})).read_text())
    assert sum(n for *_, n in DELIVERED) == 1347  # each training sample exactly once
    assert all(0 < n <= 50 for *_, n in DELIVERED)
    for i in range(5):  # chunks of an experience arrive in order, each once
        chunks = [(c, k) for e, c, k, _ in DELIVERED if e == i]
        assert [c for c, _ in chunks] == list(range(chunks[0][1]))
    assert len(rec["anytime"]["samples"]) == len(DELIVERED)
    assert rec["anytime"]["samples"][-1] == 1347 and rec["metrics"]["a_auc"] is not None


def test_anytime_accuracy_is_over_the_classes_the_stream_has_shown_so_far(tmp_path, monkeypatch):
    """After each chunk the runner evaluates on the classes delivered so far, not on the experience's class
    list: with one-sample chunks the first evaluation sees one class, though its experience holds two."""
    import clbench.runner as runner

    asked: list[tuple[list[int], list[int]]] = []  # (classes the runner evaluates on, classes the learner saw)
    real = runner.seen_class_accuracy

    def spy(learner, scenario, seen, *args):
        asked.append((sorted(seen), torch.nonzero(learner.counts).flatten().tolist()))
        return real(learner, scenario, seen, *args)

    monkeypatch.setattr(runner, "seen_class_accuracy", spy)
    bench = {"name": "online_digits", "source": "digits", "protocol": "online_class_incremental",
             "protocol_args": {"n_experiences": 5, "eval_every": 1}}
    rec = _run_online(tmp_path, {"name": "test_online_recorder"}, bench)
    assert len(asked) == 1347 and all(seen == shown for seen, shown in asked)
    assert len(asked[0][0]) == 1
    assert rec["anytime"]["accuracy"][0] == 1.0  # the majority class is then the only seen class


@pytest.mark.parametrize("kw, message", [
    ({"eval_every": 0}, "eval_every must be a positive number of samples, got 0; "
     "set benchmark.protocol_args.eval_every."),
    ({"stream_batch_size": 0}, "stream_batch_size must be >= 1, got 0; set benchmark.protocol_args.stream_batch_size."),
])
def test_bad_online_options_are_refused(kw, message):
    with pytest.raises(ClbenchError) as e:
        get_protocol("online_class_incremental")(build_data("digits", {}), **kw)
    assert str(e.value) == message


# ------------------------------------------------------------------------------ single pass in the SGD loop
ONLINE_DIGITS = {"name": "online_digits", "source": "digits", "protocol": "online_class_incremental",
                 "protocol_args": {"n_experiences": 5, "eval_every": 50, "stream_batch_size": 7}}
BATCHES: list[tuple[int, int, list[torch.Tensor]]] = []  # (experience, chunk size, batches of sample ids)


@register_method("test_online_sgd_counter")
class SGDCounter(SGDLearner):
    """The stock SGD loop, fed each chunk's sample positions instead of pixels so every batch can be traced."""

    def training_data(self, exp):
        BATCHES.append((exp.index, exp.n_train, []))
        return torch.arange(exp.n_train), exp.train_y

    def loss(self, x, y, exp):
        BATCHES[-1][2].append(x.clone())
        return sum(p.sum() for p in self.model.parameters()) * 0.0  # a real backward, no learning needed


def _run_online(tmp_path, method: dict, bench: dict = ONLINE_DIGITS) -> dict:
    return json.loads(Path(run({"method": method, "benchmark": bench, "seed": 0, "results_dir": str(tmp_path),
                                "progress": False, "console": False})).read_text())


def test_sgd_loop_sees_every_sample_once_per_chunk_in_batches_of_the_stream(tmp_path):
    BATCHES.clear()
    # batch_size=32 is the method's own: the stream's 7 must win
    rec = _run_online(tmp_path, {"name": "test_online_sgd_counter", "batch_size": 32})
    assert rec["status"] == "complete"
    assert sum(n for _, n, _ in BATCHES) == 1347 and len(BATCHES) == len(rec["anytime"]["samples"])
    for _, n, batches in BATCHES:
        ids = torch.cat(batches)
        assert sorted(ids.tolist()) == list(range(n))  # each sample of the chunk exactly once: one pass
        sizes = [len(b) for b in batches]
        assert sizes[:-1] == [7] * (len(sizes) - 1) and 1 <= sizes[-1] <= 7
    assert any(len(b[-1]) < 7 for _, _, b in BATCHES)  # 50 = 7 * 7 + 1: the short last batch is kept


def test_er_takes_stream_batches_and_keeps_its_configured_replay_batch(tmp_path, monkeypatch):
    from methods.er import ER

    steps: list[list] = []  # [incoming batch, batch after replay] per training step
    loss, forward = ER.loss, ER.forward

    def loss_spy(self, x, y, exp):
        steps.append([len(x), None])
        return loss(self, x, y, exp)

    def forward_spy(self, x, task_ids=None):
        if steps and steps[-1][1] is None:  # the forward inside loss, not an evaluation's
            steps[-1][1] = len(x)
        return forward(self, x, task_ids)

    monkeypatch.setattr(ER, "loss", loss_spy)
    monkeypatch.setattr(ER, "forward", forward_spy)
    bench = {**ONLINE_DIGITS, "protocol_args": {**ONLINE_DIGITS["protocol_args"], "stream_batch_size": 10}}
    rec = _run_online(tmp_path, {"name": "er", "batch_size": 32, "minibatch_size": 4, "memory_size": 50}, bench)
    assert rec["status"] == "complete"
    assert sum(incoming for incoming, _ in steps) == 1347  # one pass over the stream
    assert max(incoming for incoming, _ in steps) == 10  # the stream's batch, not the method's 32
    assert steps[0][1] == steps[0][0]  # an empty buffer replays nothing ...
    assert all(after == incoming + 4 for incoming, after in steps[1:])  # ... then always minibatch_size more


def test_epochs_above_one_on_a_single_pass_stream_is_one_sentence(compose_run):
    cfg = compose_run("method=finetune", "benchmark=online_mnist", "benchmark.source=digits",
                      "benchmark.protocol_args.eval_every=50", "method.epochs=2")
    with pytest.raises(ClbenchError) as e:
        run(cfg, echo=lambda s: None)
    assert str(e.value) == (
        "method.epochs=2 would pass over each chunk of this single-pass online stream 2 times; set method.epochs=1 "
        "(the stream is seen once, in batches of benchmark.protocol_args.stream_batch_size=10)."
    )


def test_experiences_and_their_chunks_carry_the_single_pass_mark():
    s = get_protocol("online_class_incremental")(build_data("digits", {}), seed=0, stream_batch_size=4)
    chunks = [c for e in s for c in e.chunks(50)]
    assert all(single_pass_batch_size(c) == 4 for c in chunks)
    offline = get_protocol("class_incremental")(build_data("digits", {}), seed=0)
    assert all(single_pass_batch_size(e) is None for e in offline)


@pytest.mark.parametrize("n, single_pass, bounds", [
    (21, True, [(0, 10), (10, 21)]),  # a single pass folds a last sample into the batch before: seen once
    (21, False, [(0, 10), (10, 20)]),  # epochs leave it out (a later epoch reshuffles it into a full batch)
    (20, True, [(0, 10), (10, 20)]),
    (1, True, [(0, 1)]),
])
def test_batchnorm_batch_bounds(n, single_pass, bounds):
    assert batch_bounds(n, 10, batchnorm=True, single_pass=single_pass) == bounds
    assert batch_bounds(n, 10, batchnorm=False, single_pass=single_pass)[-1][1] == n  # no BatchNorm: all kept


class _BNLearner(SGDLearner):
    def build_model(self):
        return nn.Sequential(nn.Flatten(), nn.Linear(64, 10), nn.BatchNorm1d(10))


def test_batchnorm_model_on_a_stream_of_single_samples_is_one_sentence():
    s = get_protocol("online_class_incremental")(build_data("digits", {}), seed=0, stream_batch_size=1)
    learner = _BNLearner(s.info())
    with pytest.raises(ClbenchError) as e:
        learner.train_experience(s[0].chunks(50)[0])
    assert str(e.value) == (
        "_BNLearner's model has BatchNorm, which cannot train on the stream's batches of one; set "
        "benchmark.protocol_args.stream_batch_size to 2 or more, or use a backbone without BatchNorm."
    )
