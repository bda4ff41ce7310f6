"""The online class-incremental protocol: a single pass, delivered in chunks, evaluated every N samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from clbench.errors import ClbenchError
from clbench.learner import Learner
from clbench.registry import build_data, register_method
from clbench.runner import run
from clbench.scenario import get_protocol

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


@pytest.mark.parametrize("kw, message", [
    ({"eval_every": 0}, "eval_every must be a positive number of samples, got 0; "
     "set benchmark.protocol_args.eval_every."),
    ({"stream_batch_size": 0}, "stream_batch_size must be >= 1, got 0; set benchmark.protocol_args.stream_batch_size."),
])
def test_bad_online_options_are_refused(kw, message):
    with pytest.raises(ClbenchError) as e:
        get_protocol("online_class_incremental")(build_data("digits", {}), **kw)
    assert str(e.value) == message
