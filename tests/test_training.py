"""The engine loop (clbench/training.py), the runner's typed state and what the loggers get (loss curves in
metrics.jsonl and TensorBoard, the seen average, compute in the record)."""

from __future__ import annotations

import json
import math

import pytest
import torch

from clbench.errors import DivergedError
from clbench.loggers import ExperienceEvent, seen_average
from clbench.records import load_record
from clbench.runner import RunState, default_run_dir, run
from clbench.training import Batch, StepLog, experience_generator, experience_seed, recording, train_loop

DIGITS = ("method=finetune", "benchmark=split_digits", "method.epochs=2", "method.batch_size=128")


def _linear(seed: int = 0):
    torch.manual_seed(seed)
    model = torch.nn.Linear(3, 2)
    return model, torch.optim.SGD(model.parameters(), lr=0.1)


def _data(n: int = 10):
    g = torch.Generator().manual_seed(1)
    return torch.randn(n, 3, generator=g), torch.randint(2, (n,), generator=g)


def test_batches_are_the_seeded_permutation_of_each_pass_in_slices_of_batch_size():
    x, y = _data(10)
    model, opt = _linear()
    seen: list[tuple[int, list[int]]] = []

    def loss(b: Batch) -> torch.Tensor:
        seen.append((b.epoch, b.idx.tolist()))
        assert torch.equal(b.x, x[b.idx]) and torch.equal(b.y, y[b.idx])
        return torch.nn.functional.cross_entropy(model(b.x), b.y)

    steps = train_loop((x, y), loss, opt, batch_size=4, generator=torch.Generator().manual_seed(7), epochs=2)
    g = torch.Generator().manual_seed(7)
    expected = []
    for epoch in range(2):
        order = torch.randperm(10, generator=g).tolist()  # a fresh shuffle every pass
        expected += [(epoch, order[s : s + 4]) for s in range(0, 10, 4)]
    assert seen == expected and steps == 6


def test_steps_mode_reshuffles_when_a_pass_is_used_up_and_stops_exactly():
    """``steps``: the hypernetwork's/IBCL's loop — a pass is drawn only when a step needs it, and draws the loss
    makes from the same generator interleave exactly as in the hand-written loop."""
    x, y = _data(10)
    model, opt = _linear()
    g = torch.Generator().manual_seed(3)
    noise: list[float] = []

    def loss(b: Batch) -> torch.Tensor:
        noise.append(float(torch.randn((), generator=g)))
        return torch.nn.functional.cross_entropy(model(b.x), b.y)

    assert train_loop((x, y), loss, opt, batch_size=4, generator=g, steps=7) == 7
    h, expected, done = torch.Generator().manual_seed(3), [], 0
    while done < 7:
        torch.randperm(10, generator=h)
        for _ in range(0, 10, 4):
            if done == 7:
                break
            expected.append(float(torch.randn((), generator=h)))
            done += 1
    assert noise == expected
    assert torch.equal(g.get_state(), h.get_state())  # no permutation drawn for a pass that takes no step


def test_scheduler_steps_per_batch_or_per_epoch():
    x, y = _data(10)
    for per, expected in (("step", 6), ("epoch", 2)):
        model, opt = _linear()
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
        train_loop((x, y), lambda b, m=model: torch.nn.functional.cross_entropy(m(b.x), b.y), opt, batch_size=4,
                   generator=torch.Generator().manual_seed(0), epochs=2, scheduler=sched, scheduler_per=per)
        assert opt.param_groups[0]["lr"] == pytest.approx(0.1 * 0.5**expected)


def test_each_step_zeroes_backpropagates_and_steps_once():
    """Against the plain loop written out: the same weights (gradients never accumulate across batches)."""
    x, y = _data(10)
    model, opt = _linear()
    train_loop((x, y), lambda b: torch.nn.functional.cross_entropy(model(b.x), b.y), opt, batch_size=4,
               generator=torch.Generator().manual_seed(5), epochs=2)
    ref, ref_opt = _linear()
    g = torch.Generator().manual_seed(5)
    for _ in range(2):
        order = torch.randperm(10, generator=g)
        for s in range(0, 10, 4):
            idx = order[s : s + 4]
            loss = torch.nn.functional.cross_entropy(ref(x[idx]), y[idx])
            ref_opt.zero_grad()
            loss.backward()
            ref_opt.step()
    assert torch.equal(model.weight, ref.weight) and torch.equal(model.bias, ref.bias)


def test_a_non_finite_loss_is_one_sentence_naming_the_owner_and_the_fix():
    x, y = _data(6)
    model, opt = _linear()
    with pytest.raises(DivergedError) as e:
        train_loop((x, y), lambda b: model(b.x).sum() * float("nan"), opt, batch_size=3,
                   generator=torch.Generator().manual_seed(0), owner="mymethod", where=" in experience 2")
    assert str(e.value) == "mymethod loss became nan in experience 2; lower method.optimizer.lr or check the inputs."


def test_after_step_gets_each_batch_and_its_loss_after_the_update():
    x, y = _data(8)
    model, opt = _linear()
    got = []

    def after(b: Batch, loss: torch.Tensor) -> None:
        got.append((b.step, len(b), float(loss.detach()), model.weight.detach().clone()))

    train_loop((x, y), lambda b: torch.nn.functional.cross_entropy(model(b.x), b.y), opt, batch_size=3,
               generator=torch.Generator().manual_seed(0), after_step=after)
    assert [(s, n) for s, n, _, _ in got] == [(0, 3), (1, 3), (2, 2)]
    assert not torch.equal(got[0][3], got[1][3])  # the hook runs after the optimizer step


def test_the_step_log_holds_every_loss_and_each_pass_mean():
    x, y = _data(10)
    model, opt = _linear()
    losses = []

    def loss(b: Batch) -> torch.Tensor:
        out = torch.nn.functional.cross_entropy(model(b.x), b.y)
        losses.append(float(out.detach()))
        return out

    with recording() as log:
        train_loop((x, y), loss, opt, batch_size=4, generator=torch.Generator().manual_seed(0), epochs=2)
    assert log.steps == losses and log.samples == 20
    assert log.epochs == pytest.approx([sum(losses[:3]) / 3, sum(losses[3:]) / 3])
    outside = StepLog()
    train_loop((x, y), loss, opt, batch_size=4, generator=torch.Generator().manual_seed(0))
    assert outside.steps == []  # nothing is recorded outside a recording block


def test_the_per_experience_seed_mixes_seed_index_and_chunk():
    class E:
        index, chunk = 3, 2

    assert experience_seed(5, E()) == 5 * 100_003 + 3 * 1_009 + 2
    a, b = experience_generator(5, E()), torch.Generator().manual_seed(5 * 100_003 + 3 * 1_009 + 2)
    assert torch.equal(torch.randperm(20, generator=a), torch.randperm(20, generator=b))


def test_the_seen_average_skips_missing_and_nan_and_is_what_every_logger_shows():
    assert seen_average([0.5, 0.7, 0.1], 1) == pytest.approx(0.6)
    assert seen_average([0.5, None, float("nan"), 0.9], 2) == pytest.approx(0.5)
    assert seen_average([None, 0.2], 0) is None
    ev = ExperienceEvent(index=1, n_experiences=3, rows=((0.4, 0.0, 0.0), (0.2, 0.6, 0.0)), train_seconds=1.0,
                         eval_seconds=1.0, started_at="t")
    assert ev.seen_average == pytest.approx(0.4)
    assert ev.average_incremental_accuracy == pytest.approx((0.4 + 0.4) / 2)


def test_run_state_loads_a_checkpoint_written_before_its_newer_fields():
    old = {"torch_threads": 1, "eval_batch_size": 128, "config_hash": "h", "next": 2, "rows": [[0.5]],
           "ta_rows": [[0.5]], "baseline": None, "anytime": {"samples": [], "accuracy": []}, "cost": [{}],
           "reports": [None], "train_seconds": 1.0, "eval_seconds": 2.0, "started_at": "t", "samples_seen": 0,
           "seen_classes": []}  # no blurry, train_steps, compute (older clbench)
    state = RunState.from_dict(old)
    assert state.next == 2 and state.blurry == [] and state.train_steps == 0 and state.compute is None
    assert RunState.from_dict(state.as_dict()) == state


@pytest.fixture(scope="module")
def logged_run(tmp_path_factory):
    from clbench.cli import compose

    out = tmp_path_factory.mktemp("logged")
    cfg = compose([f"results_dir={out}", "progress=false", "console=false", *DIGITS, "tensorboard.enabled=true"])
    path = run(cfg, echo=lambda s: None)
    return cfg, load_record(path)


def test_metrics_jsonl_has_the_loss_of_every_step_and_each_pass_mean(logged_run):
    cfg, rec = logged_run
    lines = [json.loads(line) for line in (default_run_dir(cfg) / "metrics.jsonl").read_text().splitlines()][:-1]
    from clbench.runner import build_scenario

    scenario = build_scenario(cfg["benchmark"], cfg["seed"])
    first = 0
    for line in lines:
        loss = line["train_loss"]
        per_pass = math.ceil(scenario[line["experience"]].n_train / 128)  # batches of 128, two passes
        assert len(loss["epoch_means"]) == 2 and len(loss["steps"]) == 2 * per_pass
        assert loss["epoch_means"] == pytest.approx([sum(loss["steps"][:per_pass]) / per_pass,
                                                    sum(loss["steps"][per_pass:]) / per_pass])
        assert loss["first_step"] == first
        first += len(loss["steps"])
    assert rec["compute"]["optimizer_steps"] == first  # the meter counted the very steps the loop logged
    assert rec["compute"]["train_flops"] > 0 and rec["compute"]["eval_flops"] > 0


def test_tensorboard_gets_the_loss_curve_and_the_accuracies(logged_run):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    cfg, rec = logged_run
    lines = [json.loads(line) for line in (default_run_dir(cfg) / "metrics.jsonl").read_text().splitlines()][:-1]
    acc = EventAccumulator(str(default_run_dir(cfg) / "tensorboard"))
    acc.Reload()
    steps = [e.value for e in acc.Scalars("train/loss")]
    assert steps == pytest.approx([v for line in lines for v in line["train_loss"]["steps"]])
    assert [e.step for e in acc.Scalars("train/loss")] == list(range(len(steps)))
    assert len(acc.Scalars("train/epoch_loss")) == 2 * len(lines)
    seen = acc.Scalars("accuracy/seen_average")
    R = rec["accuracy_matrix"]
    assert [e.step for e in seen] == list(range(1, len(R) + 1))
    assert [e.value for e in seen] == pytest.approx([sum(R[i][: i + 1]) / (i + 1) for i in range(len(R))])
    assert acc.Scalars("final/final_average_accuracy")[0].value == pytest.approx(
        rec["metrics"]["final_average_accuracy"])


def test_the_record_keeps_the_final_confusion_matrix(logged_run):
    from clbench.runner import build_scenario

    cfg, rec = logged_run
    conf = rec["final_confusion"]
    scenario = build_scenario(cfg["benchmark"], cfg["seed"])
    test_y = torch.cat([e.test_y for e in scenario.experiences])
    assert [sum(r) for r in conf["matrix"]] == torch.bincount(test_y, minlength=scenario.n_classes).tolist()
    # the diagonal over all test samples is the final model's accuracy on the whole test stream
    R, sizes = rec["accuracy_matrix"][-1], [len(e.test_y) for e in scenario.experiences]
    correct = sum(conf["matrix"][c][c] for c in range(scenario.n_classes))
    assert correct / len(test_y) == pytest.approx(sum(a * n for a, n in zip(R, sizes)) / sum(sizes))
