"""The compute meter (clbench/compute.py): counted FLOPs, the per-shape cache, budgets, evaluation counting."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from clbench import compute
from clbench.compute import Budget, ComputeMeter, shape_key
from clbench.errors import ClbenchError
from clbench.evaluate import confusion_block, evaluate, new_confusion
from clbench.scenario import Experience, Scenario

D_IN, D_HID, D_OUT = 12, 8, 4


def mlp() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(D_IN, D_HID), nn.ReLU(), nn.Linear(D_HID, D_OUT))


def fwd_flops(n: int) -> int:
    """First principles: a Linear(i, o) on n rows costs 2·n·i·o FLOPs (multiply + add)."""
    return 2 * n * (D_IN * D_HID + D_HID * D_OUT)


def train_flops(n: int) -> int:
    """Forward, weight gradients of both layers (= forward), and the hidden layer's input gradient (the
    input's is not needed)."""
    return 2 * fwd_flops(n) + 2 * n * D_HID * D_OUT


def closure_for(model, x, calls=None):
    y = torch.zeros(len(x), dtype=torch.long)

    def closure():
        if calls is not None:
            calls.append(len(x))
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        return loss
    return closure


def eval_then_train(n: int) -> ComputeMeter:
    """A fresh meter after one evaluation batch and one training step of ``n`` samples of a fresh MLP."""
    m, meter = mlp(), ComputeMeter()
    x = torch.randn(n, D_IN)
    with torch.inference_mode():
        meter.step("eval", lambda: m(x), key=shape_key(x), samples=n)
    meter.step("train", closure_for(m, x), key=shape_key(x), samples=n)
    return meter


def test_forward_and_backward_are_counted():
    t = eval_then_train(5).totals()
    assert t["eval_flops"] == fwd_flops(5)
    assert t["train_flops"] == train_flops(5)
    assert t["train_samples"] == 5 and t["eval_samples"] == 5 and t["optimizer_steps"] == 1


def test_later_batches_of_a_shape_are_multiplied_not_measured(counters_entered):
    m, meter, entered = mlp(), ComputeMeter(), counters_entered
    meter.begin_experience(0)
    for n in (6, 6, 6, 3):
        x = torch.randn(n, D_IN)
        meter.step("train", closure_for(m, x), key=shape_key(x), samples=n)
    assert len(entered) == 2  # one per distinct shape
    t = meter.totals()
    assert t["measured_batches"]["train"] == 2 and t["batches"]["train"] == 4
    assert t["train_flops"] == 3 * train_flops(6) + train_flops(3)
    assert t["optimizer_steps"] == 4 and t["train_samples"] == 21


def test_a_new_experience_measures_again():
    """A model that grows between experiences costs more: the cache must not carry over."""
    meter = ComputeMeter()
    x = torch.randn(4, D_IN)
    small = nn.Linear(D_IN, 2)
    big = nn.Linear(D_IN, 20)
    with torch.inference_mode():  # outside any experience (the runner's untrained-model evaluation)
        meter.step("eval", lambda: small(x), key=shape_key(x), samples=4)
    meter.begin_experience(0)
    with torch.inference_mode():  # the model grew in between: measured again, not the cached cost
        meter.step("eval", lambda: big(x), key=shape_key(x), samples=4)
    assert meter.end_experience()["eval_flops"] == 2 * 4 * D_IN * 20
    meter.per_experience.clear()
    meter.begin_experience(0)
    with torch.inference_mode():
        meter.step("eval", lambda: small(x), key=shape_key(x), samples=4)
    meter.end_experience()
    meter.begin_experience(1)
    with torch.inference_mode():
        meter.step("eval", lambda: big(x), key=shape_key(x), samples=4)
    done = meter.end_experience()
    assert done["eval_flops"] == 2 * 4 * D_IN * 20
    assert [e["eval_flops"] for e in meter.per_experience] == [2 * 4 * D_IN * 2, 2 * 4 * D_IN * 20]


def test_nothing_counted_is_not_measured_never_zero():
    t = ComputeMeter().totals()
    assert t["train_flops"] is None and t["eval_flops"] is None and t["optimizer_steps"] is None


def test_samples_budget_raises_before_the_overrunning_step():
    m = mlp()
    meter = ComputeMeter(budget=Budget(samples=10), owner="greedy")
    meter.begin_experience(2)
    calls: list[int] = []
    x = torch.randn(4, D_IN)
    meter.step("train", closure_for(m, x, calls), key=shape_key(x), samples=4)
    meter.step("train", closure_for(m, x, calls), key=shape_key(x), samples=4)
    msg = r"'greedy' overran the training budget in experience 2: 12 samples"
    with pytest.raises(compute.BudgetExceeded, match=msg):
        meter.step("train", closure_for(m, x, calls), key=shape_key(x), samples=4)
    assert calls == [4, 4]  # the third batch never ran
    meter.end_experience()
    meter.begin_experience(3)  # the budget is per experience
    meter.step("train", closure_for(m, x, calls), key=shape_key(x), samples=4)


def test_flops_budget_raises():
    m = mlp()
    x = torch.randn(4, D_IN)
    meter = ComputeMeter(budget=Budget(flops=2.5 * train_flops(4)))
    meter.begin_experience(0)
    meter.step("train", closure_for(m, x), key=shape_key(x), samples=4)
    meter.step("train", closure_for(m, x), key=shape_key(x), samples=4)
    with pytest.raises(ClbenchError, match="FLOPs > benchmark.budget flops"):
        meter.step("train", closure_for(m, x), key=shape_key(x), samples=4)
    # a first measurement that already overruns is refused right after it
    meter2 = ComputeMeter(budget=Budget(flops=train_flops(4) / 2))
    with pytest.raises(ClbenchError, match="overran"):
        meter2.step("train", closure_for(m, x), key=shape_key(x), samples=4)


def test_evaluation_is_not_held_to_the_training_budget():
    meter = ComputeMeter(budget=Budget(samples=1))
    x = torch.randn(4, D_IN)
    m = mlp()
    with torch.inference_mode():
        meter.step("eval", lambda: m(x), key=shape_key(x), samples=4)
    assert meter.totals()["eval_samples"] == 4


@pytest.mark.parametrize("value,expected", [
    (None, None), ("samples:500", Budget(samples=500)), ("flops:1e9", Budget(flops=1e9)),
    ({"samples": 20, "flops": 3}, Budget(flops=3.0, samples=20)), ("flops:2e6, samples:7", Budget(2e6, 7)),
])
def test_budget_parse(value, expected):
    assert Budget.parse(value) == expected


@pytest.mark.parametrize("value", ["samples", "time:3", "samples:-1", "samples:1.5", "flops:inf", 7, {"flops": "x"}])
def test_budget_parse_refuses_with_one_sentence(value):
    with pytest.raises(ClbenchError, match="benchmark.budget") as e:
        Budget.parse(value)
    assert "\n" not in str(e.value)


def test_use_and_current_nest():
    a, b = ComputeMeter(), ComputeMeter()
    assert compute.current() is None
    assert compute.step("train", lambda: 3, key=(), samples=1) == 3  # no meter: just runs
    with compute.use(a):
        with compute.use(b):
            assert compute.current() is b
            compute.step("train", lambda: None, key=(), samples=2)
        assert compute.current() is a
    assert compute.current() is None
    assert b.totals()["train_samples"] == 2 and a.totals()["train_samples"] is None


def test_state_dict_round_trip():
    m, meter = mlp(), ComputeMeter()
    x = torch.randn(3, D_IN)
    meter.begin_experience(0)
    meter.step("train", closure_for(m, x), key=shape_key(x), samples=3)
    meter.end_experience()
    other = ComputeMeter()
    other.load_state_dict(meter.state_dict())
    assert other.totals() == meter.totals()
    capped = ComputeMeter(budget=Budget(samples=9))
    restored = ComputeMeter()
    restored.load_state_dict(capped.state_dict())
    assert restored.totals()["budget"] == {"samples": 9}


class _Linear:
    """A minimal learner: a fixed linear map, predicting over every class."""

    method_name = "lin"

    def __init__(self, n_in, n_classes):
        torch.manual_seed(1)
        self.net = nn.Linear(n_in, n_classes)

    def predict(self, x, task_ids=None):
        return self.net(x)


def _scenario(n_classes=4, per_class=5):
    g = torch.Generator().manual_seed(0)
    exps = []
    for i in range(2):
        cls = (2 * i, 2 * i + 1)
        y = torch.tensor([c for c in cls for _ in range(per_class)])
        x = torch.randn(len(y), D_IN, generator=g)
        exps.append(Experience(index=i, train_x=x, train_y=y, test_x=x.clone(), test_y=y.clone(), classes=cls,
                               new_classes=cls, task_id=i, task_ids_at_test=False))
    return Scenario(name="toy", seed=0, experiences=exps, n_classes=n_classes, protocol="class_incremental",
                    task_ids_at_test=False,
                    input_shape=(D_IN,), class_order=list(range(n_classes)))


def test_evaluate_counts_eval_flops_through_the_meter():
    sc, learner = _scenario(), _Linear(D_IN, 4)
    meter = ComputeMeter()
    with compute.use(meter):
        evaluate(learner, sc, batch_size=4)
    t = meter.totals()
    # each experience: 10 test samples in batches 4, 4, 2 → 20 samples, 2·20·D_IN·4 FLOPs
    assert t["eval_samples"] == 20
    assert t["eval_flops"] == 2 * 20 * D_IN * 4
    assert t["train_flops"] is None


def test_confusion_matrix_counts_protocol_predictions():
    sc, learner = _scenario(), _Linear(D_IN, 4)
    conf = new_confusion(sc)
    row, _ = evaluate(learner, sc, batch_size=3, confusion=conf)
    with torch.no_grad():
        pred = torch.cat([learner.predict(e.test_x).argmax(1) for e in sc.experiences])
    y = torch.cat([e.test_y for e in sc.experiences])
    expected = torch.zeros(4, 4, dtype=torch.long)
    for t_, p_ in zip(y.tolist(), pred.tolist()):
        expected[t_, p_] += 1
    assert torch.equal(conf, expected)
    block = confusion_block(conf)
    assert block["class_accuracy"] == [expected[c, c].item() / 5 for c in range(4)]
    # the per-class accuracies average to each experience's accuracy (equal class sizes)
    assert sum(block["class_accuracy"][:2]) / 2 == pytest.approx(row[0])


def test_shared_test_sets_count_once():
    sc, learner = _scenario(), _Linear(D_IN, 4)
    shared = sc.experiences[0]
    sc.experiences[1].test_x, sc.experiences[1].test_y = shared.test_x, shared.test_y
    conf = new_confusion(sc)
    evaluate(learner, sc, batch_size=4, confusion=conf)
    assert int(conf.sum()) == len(shared.test_y)


def test_a_budget_met_exactly_is_not_an_overrun():
    m = mlp()
    x = torch.randn(4, D_IN)
    meter = ComputeMeter(budget=Budget(samples=8, flops=2 * train_flops(4)))
    meter.begin_experience(0)
    for _ in range(2):
        meter.step("train", closure_for(m, x), key=shape_key(x), samples=4)
    assert meter.totals()["train_samples"] == 8 and meter.totals()["train_flops"] == 2 * train_flops(4)


def test_eval_batches_are_not_optimizer_steps():
    assert eval_then_train(3).totals()["optimizer_steps"] == 1


def test_the_runner_counts_compute_keeps_the_confusion_and_enforces_a_budget(tmp_path):
    """End to end on the 8x8 digits: the record carries counted compute and the final confusion matrix,
    and a samples budget below one experience's data stops the run with a failed record."""
    from clbench.cli import compose
    from clbench.records import load_record
    from clbench.runner import run

    def cfg(name, *extra):
        return compose(["method=finetune", "benchmark=split_digits", f"results_dir={tmp_path / name}",
                        f"run_dir={tmp_path / name / 'run'}", "progress=false", "console=false", *extra])

    rec = load_record(run(cfg("free"), echo=lambda s: None))
    c = rec["compute"]
    assert c["train_flops"] > 0 and c["eval_flops"] > 0 and c["budget"] is None
    assert c["train_samples"] == sum(e["train_samples"] for e in c["per_experience"])
    assert len(c["per_experience"]) == rec["scenario"]["n_experiences"]
    conf = rec["final_confusion"]
    n_test = sum(sum(r) for r in conf["matrix"])
    assert len(conf["labels"]) == rec["scenario"]["n_classes"] and n_test > 0
    # the per-class accuracies reproduce the final row's accuracy of each experience's classes (class-IL)
    for j, classes in enumerate(rec["scenario"]["classes_per_experience"]):
        hits = sum(conf["matrix"][k][k] for k in classes)
        total = sum(sum(conf["matrix"][k]) for k in classes)
        assert hits / total == pytest.approx(rec["accuracy_matrix"][-1][j])

    with pytest.raises(ClbenchError, match=r"overran the training budget in experience 0: \d+ samples > "
                                           r"benchmark.budget samples:100"):
        run(cfg("capped", "+benchmark.budget=samples:100"), echo=lambda s: None)
    (failed,) = (tmp_path / "capped").rglob("records/*.json")
    assert load_record(failed)["status"] == "failed"


def test_a_budget_cannot_be_held_by_a_method_that_trains_outside_the_meter():
    meter = ComputeMeter(budget=Budget(samples=10), owner="ownloop")
    meter.begin_experience(1)
    with pytest.raises(compute.BudgetExceeded, match="'ownloop' trained experience 1 without passing its batches "
                                                     "through the compute meter"):
        meter.end_experience()
    free = ComputeMeter()  # without a budget it is only "not measured"
    free.begin_experience(0)
    free.end_experience()
    assert free.totals()["train_flops"] is None


def _mixed_work(x: torch.Tensor) -> torch.Tensor:
    """Forward and backward through ops with and without decompositions: linear/matmul (composite), conv,
    einsum, attention, baddbmm, layer norm and elementwise ops."""
    torch.manual_seed(0)
    conv, lin = nn.Conv2d(3, 4, 3), nn.Linear(36, 5)
    h = conv(x).relu().flatten(1)  # (n, 4*6*6)
    q = h.view(x.shape[0], 4, 36)
    a = torch.nn.functional.scaled_dot_product_attention(q, q, q)
    b = torch.baddbmm(a, q, q.transpose(1, 2) @ q) + torch.einsum("nij,njk->nik", q, q.transpose(1, 2)).sum()
    out = lin(torch.nn.functional.layer_norm(b, (36,))).softmax(-1) @ torch.ones(5, 2)
    out.sum().backward()
    return out


def test_the_direct_counter_counts_what_torch_counts_op_for_op():
    """compute's counter skips FlopCounterMode's no-op decomposition attempt; the count must not change, and
    ops that do decompose (matmul, einsum, linear) must still be counted through their decomposition."""
    x = torch.randn(2, 3, 8, 8)
    counts = []
    for direct in (True, False):
        with compute.total_flop_counter(direct=direct) as c:
            _mixed_work(x)
        counts.append(int(c.get_total_flops()))
    assert counts[0] == counts[1] > 0
    # in inference mode composite ops reach the mode whole (no autograd key decomposes them first): linear is
    # run by torch's kernel and counted as its product; every count must still be torch's own
    lin, nobias = nn.Linear(6, 5), nn.Linear(6, 3, bias=False)
    for direct in (True, False):
        with torch.inference_mode(), compute.total_flop_counter(direct=direct) as c:
            lin(torch.randn(4, 6)), lin(torch.randn(2, 7, 6)), nobias(torch.randn(3, 2, 2, 6)), lin(torch.randn(6))
            _mixed_work.__wrapped__(x) if hasattr(_mixed_work, "__wrapped__") else None
            q = torch.randn(2, 3, 5, 4)
            torch.nn.functional.scaled_dot_product_attention(q, q, q)
        counts.append(int(c.get_total_flops()))
    assert counts[2] == counts[3] == 2 * 6 * 5 * (4 + 14 + 1) + 2 * 6 * 3 * 12 + 2 * 2 * 2 * 3 * 5 * 5 * 4
    assert compute._direct(torch.ops.aten.mm.default) and compute._direct(torch.ops.aten.add.Tensor)
    assert not compute._direct(torch.ops.aten.matmul.default)  # composite: decomposed, then counted as mm
    assert not compute._direct(torch.ops.aten.size.default)  # FlopCounterMode answers NotImplemented


class _TwoLayer(nn.Module):
    def __init__(self):
        super().__init__()
        self.body, self.head = nn.Linear(D_IN, 7), nn.Linear(7, 3)

    def forward(self, x):
        return self.head(self.body(x).relu())


def _fisher_like_pass(model: nn.Module, batches: list[torch.Tensor], herd: bool) -> None:
    """A once-per-experience pass as strategies write it: per batch a forward, a loss and its backward
    (EWC's Fisher), then no-grad feature passes with products outside any module call (iCaRL's herding)."""
    crit = nn.CrossEntropyLoss()
    for x in batches:
        model.zero_grad()
        crit(model(x), torch.zeros(len(x), dtype=torch.long)).backward()
    if herd:
        for x in batches:
            with torch.no_grad():
                f = model.body(x)
            w = f.mean(0)
            for _ in range(len(x)):  # depends on the batch: a cache over the herding would miss it
                w = w + (f @ w.unsqueeze(1)).squeeze(1)[:7].sum() * 0


@pytest.mark.parametrize("herd", [False, True])
def test_a_pass_counter_counts_what_a_plain_counter_counts_and_measures_each_key_once(herd):
    from clbench.compute_passes import PassCounter

    torch.manual_seed(0)
    model = _TwoLayer()
    batches = [torch.randn(n, D_IN) for n in (6, 6, 6, 6, 4, 6, 5)]
    with PassCounter(exact=True) as plain:
        _fisher_like_pass(model, batches, herd)
    with PassCounter() as cached:
        _fisher_like_pass(model, batches, herd)
    assert cached.flops == plain.flops > 0
    # every outermost call: model + criterion per batch, and model.body per herding batch
    assert cached.calls == 2 * len(batches) + (len(batches) if herd else 0)
    # measured: each new (module, batch size, previous call) — the model on 6 after no call, after a loss on 6
    # and after the loss on 4, the model on 4 and on 5; the loss after the model on 6, 4 and 5 — and each
    # herding batch size (6, 4, 5)
    assert cached.measured == (8 if not herd else 11) < cached.calls


def test_a_pass_counter_keys_calls_by_their_task_labels():
    """A multi-task model's cost depends on which heads its task labels pick, not only on their shape."""
    from clbench.compute_passes import PassCounter, input_key

    class Heads(nn.Module):
        def __init__(self):
            super().__init__()
            self.heads = nn.ModuleList([nn.Linear(D_IN, 2), nn.Linear(D_IN, 50)])

        def forward(self, x, t):
            return sum(self.heads[i](x[t == i]).sum() for i in t.unique().tolist())

    m, x = Heads(), torch.randn(4, D_IN)
    assert input_key((x, torch.zeros(4, dtype=torch.long))) != input_key((x, torch.ones(4, dtype=torch.long)))
    with torch.no_grad():
        with PassCounter(exact=True) as plain:
            m(x, torch.zeros(4, dtype=torch.long))
            m(x, torch.ones(4, dtype=torch.long))
        with PassCounter() as cached:
            m(x, torch.zeros(4, dtype=torch.long))
            m(x, torch.ones(4, dtype=torch.long))
    assert cached.flops == plain.flops and cached.measured == 2


def test_a_pass_counter_restores_the_data_loader_and_removes_its_hooks():
    from torch.utils.data import DataLoader, TensorDataset
    from torch.utils.data.dataloader import _BaseDataLoaderIter

    from clbench.compute_passes import PassCounter

    real_next = _BaseDataLoaderIter.__next__
    loader = DataLoader(TensorDataset(torch.randn(9, D_IN)), batch_size=4)
    model = _TwoLayer()
    with PassCounter() as pc:
        assert _BaseDataLoaderIter.__next__ is not real_next
        for (x,) in loader:
            with torch.no_grad():
                model(x)
    assert _BaseDataLoaderIter.__next__ is real_next
    calls = pc.calls
    model(torch.randn(2, D_IN))  # no hook left behind
    assert pc.calls == calls == 3
    with torch.no_grad(), compute.total_flop_counter() as c:
        model(torch.randn(4, D_IN))
    assert pc.flops == 2 * int(c.get_total_flops()) + int(compute.forward_flops(model, torch.randn(1, D_IN)))


def test_a_cached_grad_call_runs_its_backward_with_no_counter_open():
    """The point of the pass counter: after the first batch of a Fisher-style loop, neither the forward nor
    the loss's backward dispatches through a counter (a backward keeps the dispatch modes open when it starts)."""
    from clbench.compute_passes import PassCounter

    modes_in_backward = []

    class Probe(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x.clone()

        @staticmethod
        def backward(ctx, g):
            modes_in_backward.append(torch._C._len_torch_dispatch_stack())
            return g

    class Net(_TwoLayer):
        def forward(self, x):
            return Probe.apply(super().forward(x))

    torch.manual_seed(0)
    model, crit = Net(), nn.CrossEntropyLoss()
    with PassCounter() as pc:
        for _ in range(4):
            x = torch.randn(5, D_IN)
            crit(model(x), torch.zeros(5, dtype=torch.long)).backward()
    # measured: the model after no call and after the loss, the loss after the model once; so only the first
    # batch's backward (inside the loss's measured segment) runs under a counter
    assert modes_in_backward == [1, 0, 0, 0] and pc.measured == 3


def test_attention_on_the_cpu_is_counted_forward_and_backward():
    """torch's flop registry names only the GPU attention kernels: on a CPU, scaled-dot-product attention runs
    ``_scaled_dot_product_flash_attention_for_cpu`` and torch's counter counts it 0. clbench's counter gives
    it torch's own attention formulas (two batched products forward, four more backward)."""
    from torch.utils.flop_counter import FlopCounterMode

    q = torch.randn(2, 3, 5, 4, requires_grad=True)
    bmm = 2 * (2 * 3) * 5 * 5 * 4  # one (5 x 4) @ (4 x 5) product per batch and head
    with FlopCounterMode(display=False) as bare:
        torch.nn.functional.scaled_dot_product_attention(q, q, q).sum().backward()
    assert bare.get_total_flops() == 0  # the gap this closes; fails when torch starts counting it itself
    with compute.total_flop_counter() as c:
        torch.nn.functional.scaled_dot_product_attention(q, q, q).sum().backward()
    assert int(c.get_total_flops()) == 2 * bmm + 5 * bmm
    with torch.inference_mode(), compute.total_flop_counter() as c:
        torch.nn.functional.scaled_dot_product_attention(q[0], q[0], q[0])  # 3-d: heads as the batch
    assert int(c.get_total_flops()) == 2 * bmm // 2
    # an operand that reaches the kernel with other than 4 dims has its leading dims folded into the batch
    three, five = torch.Size([3, 5, 4]), torch.Size([2, 2, 3, 5, 4])
    assert compute._cpu_attention(three, three, three) == 2 * bmm // 2
    assert compute._cpu_attention(five, five, five) == 2 * 2 * bmm


def test_multi_head_attention_counts_its_projections_and_attention_whatever_path_it_takes():
    torch.manual_seed(0)
    mha = nn.MultiheadAttention(12, 3, batch_first=True).eval()
    x = torch.randn(2, 5, 12)
    expected = 4 * (2 * 10 * 12 * 12) + 2 * (2 * 2 * 3 * 5 * 5 * 4)  # q, k, v, out projections; attention
    with torch.inference_mode():
        with compute.total_flop_counter() as c:
            mha(x, x, x, need_weights=False)
        assert int(c.get_total_flops()) == expected
        with compute.total_flop_counter() as c:  # the fused inference op called as itself
            torch.ops.aten._native_multi_head_attention(x, x, x, 12, 3, mha.in_proj_weight, mha.in_proj_bias,
                                                        mha.out_proj.weight, mha.out_proj.bias, need_weights=False)
        assert int(c.get_total_flops()) == expected
