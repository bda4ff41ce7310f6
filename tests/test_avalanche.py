"""Avalanche both ways: its strategies as clbench learners, its benchmarks as clbench scenarios, and its
metrics as a cross-check of clbench's.

Fast tests use sklearn digits or tiny synthetic tensors; the reference bands on offline Split MNIST are
marked slow (each method's configured epochs, a few minutes in all on one core).
"""

from __future__ import annotations

import pytest
import torch
from torch import nn

pytest.importorskip("avalanche")

from benchmarks.avalanche_import import (  # noqa: E402
    avalanche_protocol,
    data_from_avalanche,
    digits_benchmark,
    load_factory,
    scenario_from_avalanche,
)
from clbench import metrics as M  # noqa: E402
from clbench.errors import ClbenchError  # noqa: E402
from clbench.evaluate import evaluate  # noqa: E402
from clbench.registry import METHODS, build_method, check_compatible, discover  # noqa: E402
from clbench.runner import build_scenario, seed_everything  # noqa: E402
from methods.avalanche_strategies import (  # noqa: E402
    NAMED_STRATEGIES,
    avalanche_experience,
    strategy_classes,
)

NAMES = list(NAMED_STRATEGIES)
DIGITS = {"name": "split_digits", "source": "digits", "source_args": {}, "protocol": "class_incremental",
          "protocol_args": {"n_experiences": 5}}
DIGITS_TIL = {**DIGITS, "name": "split_digits_til", "protocol": "task_incremental"}


pytestmark = pytest.mark.usefixtures("one_torch_thread")


def _scenario(bench: dict, seed: int = 0):
    seed_everything(seed)
    return build_scenario(bench, seed)


def _config(name: str) -> dict:
    from pathlib import Path

    import yaml

    cfg = yaml.safe_load((Path(__file__).parents[1] / "conf" / "method" / f"{name}.yaml").read_text())
    cfg.pop("name")
    return cfg


def _run(name: str, bench: dict, overrides: dict | None = None, seed: int = 0):
    sc = _scenario(bench, seed)
    learner = build_method(name, sc.info(), {**_config(name), **(overrides or {})})
    rows = []
    for exp in sc:
        learner.train_experience(exp)
        rows.append(evaluate(learner, sc)[0])
    return learner, sc, rows


# ------------------------------------------------------------------------------------------ strategies in
def test_every_named_strategy_is_registered_with_its_config():
    discover()
    for name in [*NAMES, "avalanche"]:
        assert name in METHODS, name
    assert set(_config("replay")["strategy_args"]) == {"mem_size"}
    exemplar = {n for n in NAMES if METHODS[n].capabilities.exemplars}
    assert exemplar == {"icarl", "replay", "gem", "agem", "der", "gdumb"}


@pytest.mark.parametrize("name", NAMES)
def test_each_strategy_trains_and_predicts_over_all_classes(name):
    sc = _scenario(DIGITS)
    learner = build_method(name, sc.info(), {**_config(name), "epochs": 1})
    x = sc[0].test_x[:7]
    before = learner.predict(x)
    assert before.shape == (7, 10) and torch.isfinite(before).all()  # untrained: the random head
    for exp in sc.experiences[:2]:
        learner.train_experience(exp)
    logits = learner.predict(x)
    assert logits.shape == (7, 10)
    assert not torch.isnan(logits).any()
    seen = set(sc[0].classes) | set(sc[1].classes)
    if name == "icarl":  # nearest-mean classifier: classes without a mean cannot be scored
        unseen = [c for c in range(10) if c not in seen]
        assert torch.isinf(logits[:, unseen]).all() and torch.isfinite(logits[:, sorted(seen)]).all()
    # the record's per-experience row is reproducible from the same state
    assert torch.equal(learner.predict(x), logits)


#: where each strategy keeps its configured arguments: (plugin class name or None for the strategy itself,
#: Avalanche's attribute name for each strategy_args key); values come from conf/method/<name>.yaml
WHERE_ARGS = {
    "ewc": ("EWCPlugin", {}), "si": ("SynapticIntelligencePlugin", {}), "lwf": ("LwFPlugin", {}),
    "icarl": ("_ICaRLPlugin", {}), "replay": ("ReplayPlugin", {}), "der": (None, {}), "gdumb": ("GDumbPlugin", {}),
    "gem": ("GEMPlugin", {"patterns_per_exp": "patterns_per_experience"}),
    "agem": ("AGEMPlugin", {"patterns_per_exp": "patterns_per_experience"}),
}


@pytest.mark.parametrize("name", NAMES)
def test_each_name_builds_its_avalanche_strategy_with_the_configured_arguments(name):
    import avalanche.training as avl
    import avalanche.training.plugins as plugins
    from avalanche.training.supervised.icarl import _ICaRLPlugin

    sc = _scenario(DIGITS)
    cfg = _config(name)
    learner = build_method(name, sc.info(), cfg)
    s = learner.strategy
    assert isinstance(s, getattr(avl, NAMED_STRATEGIES[name]))
    assert (s.train_mb_size, s.train_epochs) == (cfg["batch_size"], cfg["epochs"])
    opt = s.optimizer
    assert type(opt).__name__.lower() == cfg["optimizer"]["name"]
    assert opt.param_groups[0]["lr"] == cfg["optimizer"]["lr"]
    assert {id(p) for g in opt.param_groups for p in g["params"]} == {id(p) for p in learner.model.parameters()}
    if name == "naive":
        return
    where, rename = WHERE_ARGS[name]
    cls = _ICaRLPlugin if where == "_ICaRLPlugin" else getattr(plugins, where) if where else None
    holders = [s] if cls is None else [p for p in s.plugins if isinstance(p, cls)]
    assert len(holders) == 1, name
    holder = holders[0].lwf if name == "lwf" else holders[0]
    for key, value in cfg["strategy_args"].items():
        if key in ("distill_classes", "flip_class_means"):  # clbench's own options (tested on their own)
            continue
        got = getattr(holder, rename.get(key, key))
        if name == "si" and key == "si_lambda":
            value = [value]  # Avalanche keeps one lambda per experience
        if name == "lwf" and key == "alpha":
            value = [float(t) for t in range(sc.info().n_experiences)]  # "t-1"
        assert got == value, (name, key, got, value)


@pytest.mark.parametrize("name", ["ewc", "lwf", "icarl", "agem", "der", "gdumb"])
def test_checkpoint_resume_continues_exactly(name):
    # the runner pickles state_dict() after every experience; a resumed learner must carry on bit-identically
    import io

    sc = _scenario(DIGITS)
    opts = {**_config(name), "epochs": 1}
    if name == "ewc":  # the Split-MNIST lambda diverges on 8x8 digits; the round trip is what is tested here
        opts["strategy_args"] = {"ewc_lambda": 1.0, "mode": "online", "decay_factor": 1.0}
    a = build_method(name, sc.info(), opts)
    for exp in sc.experiences[:2]:
        a.train_experience(exp)
    buf = io.BytesIO()
    torch.save({"learner": a.state_dict()}, buf)
    buf.seek(0)
    b = build_method(name, sc.info(), opts)
    b.load_state_dict(torch.load(buf, weights_only=False)["learner"])
    x = sc[2].test_x[:16]
    for learner in (a, b):
        torch.manual_seed(7)
        learner.train_experience(sc[2])
    assert torch.equal(a.predict(x), b.predict(x))


def test_icarl_class_means_follow_the_paper():
    # Rebuffi et al., Alg. 1: mu_y = normalised mean of the normalised features of class y's exemplars
    learner, sc, _ = _run("icarl", DIGITS, {"epochs": 1})
    model = learner.strategy.model
    plugin = next(p for p in learner.strategy.plugins if hasattr(p, "x_memory"))
    assert type(plugin).__name__ == "PaperICaRLPlugin"
    with torch.no_grad():
        for xs, ys in zip(plugin.x_memory, plugin.y_memory):
            f = model.feature_extractor(xs)
            mean = (f / f.norm(dim=1, keepdim=True)).mean(0)
            torch.testing.assert_close(model.eval_classifier.class_means_dict[ys[0]], mean / mean.norm())
    flipped = build_method("icarl", sc.info(), {**_config("icarl"), "strategy_args": {
        "memory_size": 200, "fixed_memory": True, "flip_class_means": True}})
    assert type(next(p for p in flipped.strategy.plugins if hasattr(p, "x_memory"))).__name__ == "_ICaRLPlugin"


def test_exemplar_budgets_are_what_the_configs_say():
    per_sample = 8 * 8 * 4 + 8  # float32 8x8 image + int64 label
    for name, expected in (("replay", 200), ("icarl", 200), ("gem", 200), ("der", 200), ("gdumb", 200)):
        learner, _, _ = _run(name, DIGITS, {"epochs": 1})
        assert learner.cost()["memory_bytes"] == expected * per_sample, name
    learner, _, _ = _run("ewc", DIGITS, {"strategy_args": {"ewc_lambda": 1.0, "mode": "online", "decay_factor": 1.0}})
    assert learner.cost()["memory_bytes"] == 0


def test_gdumb_predicts_with_the_model_it_retrained():
    # GDumb replaces the strategy's model with a fresh copy at every experience: predict must follow it
    learner, sc, _ = _run("gdumb", DIGITS, {"epochs": 2})
    assert learner.strategy.model is not learner.model
    x = sc[0].test_x[:5]
    learner.strategy.model.eval()
    assert torch.equal(learner.predict(x), learner.strategy.model(x))


def test_gdumb_trains_on_uniformly_shuffled_batches_of_its_memory():
    """Prabhu et al.: minibatches drawn uniformly from the class-balanced memory (not a task-balanced loader)."""
    sc = _scenario(DIGITS_TIL)
    cfg = _config("gdumb")
    learner = build_method("gdumb", sc.info(), {**cfg, "epochs": 1})
    loaders, make = [], learner.strategy.make_train_dataloader

    def spy(**kwargs):
        make(**kwargs)
        loaders.append(learner.strategy.dataloader)

    learner.strategy.make_train_dataloader = spy
    for exp in sc.experiences[:3]:
        learner.train_experience(exp)
    assert len(loaders) == 3
    for loader, exp_seen in zip(loaders, (1, 2, 3)):
        assert type(loader) is torch.utils.data.DataLoader
        assert isinstance(loader.sampler, torch.utils.data.RandomSampler)
        assert loader.batch_size == cfg["batch_size"]
        seen = sum(len(e.train_y) for e in sc.experiences[:exp_seen])
        assert len(loader.dataset) == min(seen, cfg["strategy_args"]["mem_size"])


def test_task_labels_reach_avalanche_only_in_task_incremental_scenarios():
    til, cil = _scenario(DIGITS_TIL), _scenario(DIGITS)
    a = build_method("si", til.info(), _config("si"))
    b = build_method("si", cil.info(), _config("si"))
    assert [a._task_label(e) for e in til] == [0, 1, 2, 3, 4]
    assert [b._task_label(e) for e in cil] == [0, 0, 0, 0, 0]  # Avalanche's class-IL convention
    exp = avalanche_experience(til[2].train_x, til[2].train_y, 2, til.info(), "train", 2)
    assert exp.task_label == 2 and set(exp.dataset.targets_task_labels.uniques) == {2}
    # and what the strategy itself trains on carries them
    for learner, scenario, label in ((a, til, 1), (b, cil, 0)):
        handed, train = [], learner.strategy.train
        learner.strategy.train = lambda exp, h=handed, f=train, **kw: (h.append(exp), f(exp, **kw))[1]
        learner.train_experience(scenario[1])
        assert len(handed) == 1 and handed[0].task_label == label
        assert set(handed[0].dataset.targets_task_labels.uniques) == {label}
    assert exp.classes_in_this_experience == sorted(til[2].classes)
    assert exp.previous_classes == sorted(set(til[0].classes) | set(til[1].classes))
    assert exp.benchmark.n_classes_per_exp == [2] * 5


def test_task_il_cross_entropy_is_taken_over_each_samples_own_task():
    from methods.avalanche_strategies import TaskMaskedCrossEntropy

    groups = [[3, 0], [1, 4], [2]]
    ce = TaskMaskedCrossEntropy(groups, 5)
    logits = torch.tensor([[0.5, 2.0, -1.0, 1.5, 0.0], [0.1, 0.2, 0.3, 0.4, 3.0], [1.0, 1.0, 5.0, 1.0, 1.0]])
    y = torch.tensor([3, 1, 2])
    by_hand = [torch.log_softmax(logits[0, [3, 0]], 0)[0], torch.log_softmax(logits[1, [1, 4]], 0)[0],
               torch.tensor(0.0)]
    assert ce(logits, y).item() == pytest.approx(-sum(by_hand).item() / 3, abs=1e-6)
    til, cil = _scenario(DIGITS_TIL), _scenario(DIGITS)
    assert isinstance(build_method("si", til.info(), _config("si")).strategy._criterion, TaskMaskedCrossEntropy)
    assert type(build_method("si", cil.info(), _config("si")).strategy._criterion) is torch.nn.CrossEntropyLoss


def test_lwf_distils_over_seen_classes_as_van_de_ven():
    # van de Ven & Tolias 2019 (loss_fn_kd): softmax over previous + current classes, teacher 0 on the current
    from types import SimpleNamespace

    sc = _scenario(DIGITS)
    learner = build_method("lwf", sc.info(), {**_config("lwf"), "epochs": 1})
    plugin = next(p for p in learner.strategy.plugins if hasattr(p, "lwf"))
    assert type(plugin).__name__ == "SeenClassesLwFPlugin"
    for exp in sc.experiences[:2]:
        learner.train_experience(exp)
    x = sc[2].train_x[:8]
    old, new = sorted(set(sc[0].classes) | set(sc[1].classes)), sorted(sc[2].classes)
    exp = avalanche_experience(sc[2].train_x, sc[2].train_y, 2, sc.info(), "train", 0)

    def seen_kd(out):
        batch = SimpleNamespace(loss=torch.tensor(0.0), mb_x=x, mb_output=out, experience=exp)
        plugin.before_backward(batch)
        return batch.loss

    with torch.no_grad():  # the student has not trained on experience 3 yet: it is moved off the teacher
        out = learner.strategy.model(x) + torch.randn(len(x), 10, generator=torch.Generator().manual_seed(0))
        q = torch.softmax(plugin.lwf.prev_model(x)[:, old] / 2, 1)
        log_p = torch.log_softmax(out[:, old + new] / 2, 1)[:, :len(old)]
        by_hand = 2 * ((q * q.log()).sum(1) - (q * log_p).sum(1)).mean()  # alpha[2] = 2, T = 2
        assert seen_kd(out).item() == pytest.approx(by_hand.item(), rel=1e-5)
        # Avalanche's distillation (previous classes only) cannot see all old logits sinking together; this can
        sunk = out.clone()
        sunk[:, old] -= 5.0
        avalanche_kd = plugin.lwf._distillation_loss
        assert avalanche_kd(out, plugin.lwf.prev_model(x), old).item() > 0.01
        assert avalanche_kd(sunk, plugin.lwf.prev_model(x), old).item() == pytest.approx(
            avalanche_kd(out, plugin.lwf.prev_model(x), old).item(), rel=1e-5)
        assert seen_kd(sunk).item() > seen_kd(out).item() + 1.0
    with pytest.raises(ClbenchError) as e:
        build_method("lwf", sc.info(), {**_config("lwf"), "strategy_args": {"alpha": 1, "temperature": 2,
                                                                            "distill_classes": "all"}})
    assert str(e.value) == "strategy_args.distill_classes must be 'previous' or 'seen', got 'all'."
    plain = build_method("lwf", sc.info(), {**_config("lwf"), "strategy_args": {"alpha": 1, "temperature": 2}})
    assert type(next(p for p in plain.strategy.plugins if hasattr(p, "lwf"))).__name__ == "LwFPlugin"


def test_lwf_distils_each_previous_task_on_its_own_classes_in_task_il():
    """With task labels, each old task's classes are distilled on their own (one head per task): no current
    class joins an old task's softmax, and every old task is distilled, not only task 0."""
    from types import SimpleNamespace

    sc = _scenario(DIGITS_TIL)
    learner = build_method("lwf", sc.info(), {**_config("lwf"), "epochs": 1})
    plugin = next(p for p in learner.strategy.plugins if hasattr(p, "lwf"))
    for exp in sc.experiences[:2]:
        learner.train_experience(exp)
    x = sc[2].train_x[:8]
    exp = avalanche_experience(sc[2].train_x, sc[2].train_y, 2, sc.info(), "train", 2)
    with torch.no_grad():
        out = learner.strategy.model(x) + torch.randn(len(x), 10, generator=torch.Generator().manual_seed(0))
        teacher = plugin.lwf.prev_model(x)
        by_hand = 0.0
        for old in (sorted(sc[0].classes), sorted(sc[1].classes)):
            q = torch.softmax(teacher[:, old] / 2, 1)
            by_hand += nn.functional.kl_div(torch.log_softmax(out[:, old] / 2, 1), q, reduction="batchmean")
        batch = SimpleNamespace(loss=torch.tensor(0.0), mb_x=x, mb_output=out, experience=exp)
        plugin.before_backward(batch)
        assert batch.loss.item() == pytest.approx(2 * by_hand.item(), rel=1e-5)  # alpha[2] = 2, T = 2


def test_si_path_integral_is_accumulated_on_cpu():
    # Avalanche 0.6.0 snapshots CPU weights as views, which zeroes SI's importance; the adapter's plugin copies
    sc = _scenario(DIGITS_TIL)
    learner = build_method("si", sc.info(), _config("si"))
    plugin = next(p for p in learner.strategy.plugins if hasattr(p, "syn_data"))
    assert type(plugin).__name__ == "CPUSafeSIPlugin"
    learner.train_experience(sc[0])
    omega = torch.cat([v.data for v in plugin.ewc_data[1].values()])
    assert omega.max() > 0 and (omega >= 0).all()
    anchor = {k: v.data.clone() for k, v in plugin.ewc_data[0].items()}
    # during experience 2, theta* must be a copy that the optimizer steps leave behind (a view of the live
    # weights makes the SI penalty (w - theta*)^2 exactly 0 while training)
    apart, after_iteration = [], plugin.after_training_iteration

    def spy(strategy, **kwargs):
        after_iteration(strategy, **kwargs)
        live = dict(strategy.model.named_parameters())
        apart.append(any(not torch.equal(v.data, live[k].detach().flatten()) for k, v in plugin.ewc_data[0].items()))

    plugin.after_training_iteration = spy
    learner.train_experience(sc[1])
    del plugin.after_training_iteration
    assert len(apart) > 1 and all(apart)
    live = dict(learner.strategy.model.named_parameters())
    # theta* stays where experience 1 started while the live weights move on
    moved = [not torch.equal(anchor[k], live[k].detach().flatten()) for k in anchor]
    assert any(moved)
    for k in anchor:
        assert not plugin.ewc_data[0][k].data.data_ptr() == live[k].data_ptr()


def test_unknown_strategy_gets_one_sentence_listing_the_known_ones():
    sc = _scenario(DIGITS)
    known = ", ".join(sorted(strategy_classes()))
    with pytest.raises(ClbenchError) as e:
        build_method("avalanche", sc.info(), {"strategy": "Nope"})
    assert str(e.value) == (f"unknown Avalanche strategy 'Nope'; known strategies: {known} "
                            f"(or the short names {', '.join(NAMES)}).")


def test_generic_adapter_runs_any_strategy_by_class_name():
    sc = _scenario(DIGITS)
    learner = build_method("avalanche", sc.info(), {"strategy": "MAS", "strategy_args": {"lambda_reg": 1.0},
                                                    "optimizer": {"name": "sgd", "lr": 0.05}})
    learner.train_experience(sc[0])
    assert evaluate(learner, sc)[0][0] > 0.5
    with pytest.raises(ClbenchError) as e:
        build_method("avalanche", sc.info(), {"strategy": "MAS", "strategy_args": {"bogus": 1}})
    assert str(e.value).startswith("Avalanche strategy MAS rejected its arguments (")
    assert str(e.value).endswith("); fix method.strategy_args.")


def test_strategy_needing_task_ids_is_refused_before_training():
    sc = _scenario(DIGITS)
    with pytest.raises(ClbenchError) as e:
        build_method("avalanche", sc.info(), {"strategy": "PNNStrategy"})
    assert str(e.value) == ("Avalanche strategy PNNStrategy needs task ids at test time but scenario "
                            "'split_digits' (class_incremental) gives none; use a task-incremental benchmark "
                            "such as split_mnist_til.")
    # iCaRL needs new classes in every experience: refused by capability before any data loads
    with pytest.raises(ClbenchError) as e:
        check_compatible("icarl", {"name": "permuted_mnist", "protocol": "domain_incremental"})
    assert str(e.value) == ("method 'icarl' does not support the domain_incremental protocol of benchmark "
                            "'permuted_mnist'; it supports: class_incremental, task_incremental, "
                            "few_shot_class_incremental.")
    with pytest.raises(ClbenchError):  # online streams arrive in chunks Avalanche would take for experiences
        check_compatible("replay", {"name": "x", "protocol": "online_class_incremental"})


def test_strategy_args_cannot_override_clbench_options():
    sc = _scenario(DIGITS)
    with pytest.raises(ClbenchError) as e:
        build_method("replay", sc.info(), {"strategy_args": {"mem_size": 10, "train_mb_size": 3}})
    assert str(e.value) == ("strategy_args.train_mb_size is set by clbench for Replay; use the method option "
                            "instead (backbone, epochs, batch_size, optimizer, device).")


# ------------------------------------------------------------------------------------------ metrics check
def test_clbench_metrics_agree_with_avalanche_on_the_same_predictions():
    """Avalanche's own accuracy/forgetting/BWT plugins and clbench's metrics on one digits run.

    Definitional differences (tested around, not ignored):
    * Avalanche's stream accuracy pools all test samples (sample-weighted); clbench's final average accuracy
      is the mean of per-experience accuracies. Per-experience accuracies must agree exactly.
    * Avalanche's forgetting of experience j is R[j][j] - R[T-1][j] (accuracy just after training on it);
      clbench's is Chaudhry et al.'s max_{l<T-1} R[l][j] - R[T-1][j]. So Avalanche's stream forgetting is
      exactly -BWT, and clbench's forgetting exceeds it by mean_j (max_l R[l][j] - R[j][j]).
    * Avalanche's BWT is -forgetting, i.e. GEM's BWT, the same definition as clbench's.
    """
    from avalanche.evaluation.metrics import accuracy_metrics, bwt_metrics, forgetting_metrics
    from avalanche.training.plugins import EvaluationPlugin

    sc = _scenario(DIGITS)
    learner = build_method("replay", sc.info(), {**_config("replay"), "optimizer": {"name": "sgd", "lr": 0.1}})
    ev = EvaluationPlugin(accuracy_metrics(experience=True, stream=True), forgetting_metrics(experience=True,
                          stream=True), bwt_metrics(experience=True, stream=True), loggers=[])
    s = learner.strategy
    s.plugins[s.plugins.index(s.evaluator)] = ev  # keep the plugin order (the clock must stay last)
    s.evaluator = ev
    test_stream = [avalanche_experience(e.test_x, e.test_y, e.index, sc.info(), "test", 0) for e in sc]
    T, R = len(sc), []
    for i, exp in enumerate(sc):
        learner.train_experience(exp)
        R.append(evaluate(learner, sc)[0])
        res = s.eval(test_stream)
        for j in range(T):
            assert res[f"Top1_Acc_Exp/eval_phase/test_stream/Task000/Exp{j:03d}"] == pytest.approx(R[i][j], abs=1e-12)
        n = [len(e.test_y) for e in sc]
        pooled = sum(R[i][j] * n[j] for j in range(T)) / sum(n)
        assert res["Top1_Acc_Stream/eval_phase/test_stream/Task000"] == pytest.approx(pooled, abs=1e-12)
        if i == 0:
            continue
        sub = [row[: i + 1] for row in R[: i + 1]]
        avl_f, avl_bwt = res["StreamForgetting/eval_phase/test_stream"], res["StreamBWT/eval_phase/test_stream"]
        assert avl_bwt == pytest.approx(M.backward_transfer(sub), abs=1e-12)
        assert avl_f == pytest.approx(-M.backward_transfer(sub), abs=1e-12)
        gap = sum(max(sub[l][j] for l in range(j, i)) - sub[j][j] for j in range(i)) / i
        assert M.forgetting(sub) == pytest.approx(avl_f + gap, abs=1e-12)
        for j in range(i):
            key = f"ExperienceForgetting/eval_phase/test_stream/Task000/Exp{j:03d}"
            assert res[key] == pytest.approx(R[j][j] - R[i][j], abs=1e-12)
    assert M.final_average_accuracy(R) == pytest.approx(sum(R[-1]) / T)
    assert max(R[-1]) > 0.5 and M.forgetting(R) > 0  # a run with something to forget, not a vacuous check


# ----------------------------------------------------------------------------------------- benchmarks in
def _tensor_benchmark(task_labels: bool, seed: int = 3):
    from avalanche.benchmarks import nc_benchmark
    from avalanche.benchmarks.utils import _make_taskaware_tensor_classification_dataset as tds

    g = torch.Generator().manual_seed(0)
    x, y = torch.rand(300, 1, 4, 4, generator=g), torch.arange(300) % 6
    return nc_benchmark(tds(x, y), tds(x[:120], y[:120]), n_experiences=3, task_labels=task_labels, seed=seed,
                        class_ids_from_zero_in_each_exp=False)


@pytest.mark.parametrize("task_labels", [False, True])
def test_avalanche_benchmark_becomes_a_scenario_with_its_stream(task_labels):
    bm = _tensor_benchmark(task_labels)
    sc = scenario_from_avalanche(bm, name="tensors")
    assert sc.protocol == ("task_incremental" if task_labels else "class_incremental")
    assert sc.class_order == list(bm.classes_order)
    assert sc.task_ids_at_test is task_labels
    for exp, a_tr, a_te in zip(sc, bm.train_stream, bm.test_stream):
        assert set(exp.classes) == set(a_tr.classes_in_this_experience)
        assert exp.task_id == a_tr.task_label if task_labels else exp.task_id == exp.index
        assert exp.n_train == len(a_tr.dataset) and len(exp.test_y) == len(a_te.dataset)
        assert torch.equal(exp.train_y, torch.tensor(list(a_tr.dataset.targets)))
        first_x = a_tr.dataset.eval()[0][0]
        assert torch.equal(exp.train_x[0], first_x)


def test_single_test_experience_is_split_by_class_or_shared():
    from avalanche.benchmarks.scenarios.dataset_scenario import benchmark_from_datasets
    from avalanche.benchmarks.utils import _make_taskaware_tensor_classification_dataset as tds

    x, y = torch.rand(60, 3), torch.arange(60) % 4
    disjoint = benchmark_from_datasets(train=[tds(x[y < 2], y[y < 2]), tds(x[y >= 2], y[y >= 2])],
                                       test=[tds(x, y)])
    sc = scenario_from_avalanche(disjoint)
    assert sc.protocol == "class_incremental"
    assert [sorted(set(e.test_y.tolist())) for e in sc] == [[0, 1], [2, 3]]
    repeated = benchmark_from_datasets(train=[tds(x[:30], y[:30]), tds(x[30:], y[30:])], test=[tds(x, y)])
    sc = scenario_from_avalanche(repeated)
    assert sc.protocol == "domain_incremental" and sc[0].test_x is sc[1].test_x and len(sc[1].test_y) == 60
    with pytest.raises(ClbenchError) as e:
        scenario_from_avalanche(repeated, kind="class_incremental")
    assert str(e.value) == ("kind class_incremental needs disjoint classes per experience but this Avalanche "
                            "stream repeats classes; set protocol_args.kind: domain_incremental.")


def test_bad_factory_and_bad_source_get_one_sentence():
    with pytest.raises(ClbenchError) as e:
        load_factory("no_such_pkg.mod:make")
    assert str(e.value) == ("cannot import Avalanche benchmark factory 'no_such_pkg.mod:make'; give it as "
                            "'package.module:function'.")
    data = data_from_avalanche(_tensor_benchmark(False))
    data.meta = {}
    with pytest.raises(ClbenchError) as e:
        avalanche_protocol(data)
    assert str(e.value) == ("the avalanche protocol needs data from the avalanche source; set benchmark.source: "
                            "avalanche.")


def test_avalanche_example_benchmark_runs_end_to_end(tmp_path):
    from clbench.records import load_record
    from clbench.runner import run

    bench = {"name": "avalanche_example", "source": "avalanche",
             "source_args": {"factory": "benchmarks.avalanche_import:digits_benchmark",
                             "factory_args": {"n_experiences": 5, "seed": 1, "task_labels": False}},
             "protocol": "avalanche", "protocol_args": {"kind": "class_incremental"}}
    check_compatible("icarl", bench)  # the kind, not the name 'avalanche', decides compatibility
    with pytest.raises(ClbenchError):
        check_compatible("icarl", {**bench, "protocol_args": {"kind": "domain_incremental"}})
    cfg = {"method": {"name": "naive", **_config("naive")}, "benchmark": bench, "seed": 1,
           "results_dir": str(tmp_path), "progress": False, "console": False}
    record = load_record(run(cfg, echo=lambda *_: None))
    assert record["scenario"]["protocol"] == "class_incremental"
    assert record["scenario"]["class_order"] == list(digits_benchmark(seed=1).classes_order)
    assert len(record["accuracy_matrix"]) == 5 and record["metrics"]["final_average_accuracy"] > 0.1


# ----------------------------------------------------------------------------------- bands (Split MNIST)
MNIST = {"name": "split_mnist", "source": "mnist", "source_args": {}, "protocol": "class_incremental",
         "protocol_args": {"n_experiences": 5}}
MNIST_TIL = {**MNIST, "name": "split_mnist_til", "protocol": "task_incremental"}


def _final(name: str, bench: dict, seed: int = 0) -> float:
    return M.final_average_accuracy(_run(name, bench, seed=seed)[2])


@pytest.fixture(scope="module")
def finetune_mnist():
    return _final("finetune", MNIST)


@pytest.mark.slow
@pytest.mark.parametrize("name,band", [("replay", 0.70), ("icarl", 0.65), ("der", 0.70)])
def test_rehearsal_bands_split_mnist(name, band):
    # Mammoth (seq-mnist, 200 exemplars): ER 80.43, iCaRL 70.51, DER 84.55
    assert _final(name, MNIST) >= band


def _matched_finetune(name: str, seed: int = 0) -> float:
    """Avalanche's naive finetuning with ``name``'s backbone, epochs, batch size and optimizer: the same
    loop and training budget, no regulariser."""
    budget = {k: v for k, v in _config(name).items() if k != "strategy_args"}
    return M.final_average_accuracy(_run("naive", MNIST, {**budget, "strategy_args": {}}, seed=seed)[2])


#: "above finetune" means by more than run-to-run noise: finetune at the regularisers' budget spans
#: 0.1967-0.1988 over seeds 0-2, all of it last-experience accuracy (old experiences score 0)
ABOVE_FINETUNE = 0.02


@pytest.mark.slow
def test_ewc_keeps_old_experiences_separable_where_class_il_hides_it():
    """What EWC does protect in class-IL (the band the issue set is the xfail below, with its cause): the
    final model still tells apart the classes inside each old experience. Measured, seed 0 (1): old
    experiences' mean task-aware accuracy ewc 0.972 (0.905) vs naive at the same budget 0.568 (0.566)."""
    from clbench.evaluate import evaluate

    def old_task_aware(name: str, overrides: dict | None) -> float:
        learner, sc, _ = _run(name, MNIST, overrides)
        ta = evaluate(learner, sc)[1]
        return sum(ta[:-1]) / (len(ta) - 1)

    budget = {k: v for k, v in _config("ewc").items() if k != "strategy_args"}
    ewc, naive = old_task_aware("ewc", None), old_task_aware("naive", {**budget, "strategy_args": {}})
    assert ewc >= 0.85 and ewc >= naive + 0.25, (ewc, naive)


@pytest.mark.slow
@pytest.mark.parametrize("name", [
    pytest.param("ewc", marks=pytest.mark.xfail(strict=True, reason=(
        "measured, Adam lr 1e-3, batch 128, 5 epochs (van de Ven's protocol), seeds 0/1/2: ewc 0.197, 0.198, "
        "0.185 vs naive at the same budget 0.197, 0.199, 0.197; old experiences score exactly 0 (so do they "
        "at every lambda from 1e4 to 1e10, seed 0) although the final model still separates their classes "
        "(task-IL accuracy 0.94-0.998 on 11 of the 12 old experiences of seeds 0-2, 0.71 on one). After an "
        "experience the softmax is saturated, so the importance of the head rows of classes not yet trained "
        "is ~1e-10 (5 orders below a trained class's): EWC cannot stop the next classes' logits outgrowing "
        "the old ones (8.7 vs -0.2 on experience-1 inputs after experience 2). The papers agree: van de Ven "
        "& Tolias 2019 EWC 20.01 vs none 19.90, Hsu et al. 2018 EWC 19.80 vs Adam 19.71."))),
    "lwf",
])
def test_regularisers_beat_finetune_split_mnist(name, finetune_mnist):
    # van de Ven & Tolias 2019, Split MNIST class-IL: none 19.90, EWC 20.01, LwF 23.85. lwf measured (its config,
    # seeds 0/1/2): 0.278, 0.280, 0.311 vs naive at the same budget 0.197, 0.199, 0.197; ~20 s a run
    final = _final(name, MNIST)
    assert final > finetune_mnist
    assert final >= _matched_finetune(name) + ABOVE_FINETUNE


@pytest.mark.slow
def test_si_task_incremental_split_mnist():
    # Avalanche continual-learning-baselines: 0.97 (10 epochs); one epoch here
    assert _final("si", MNIST_TIL) >= 0.95


@pytest.mark.slow
def test_joint_and_finetune_bounds_split_mnist(finetune_mnist):
    assert finetune_mnist <= 0.25
    assert _final("joint", MNIST) >= 0.95



def test_example_config_passes_the_run_seed_to_the_factory(compose_run):
    cfg = compose_run("method=icarl", "benchmark=avalanche_example", "seed=3")
    assert cfg["benchmark"]["source_args"]["factory_args"]["seed"] == 3
    check_compatible("icarl", cfg["benchmark"])
    assert cfg["method"]["strategy_args"]["memory_size"] == 200


def test_lwf_alpha_t_minus_1_covers_any_stream_length():
    from methods.avalanche_strategies import _lwf_alpha

    assert _lwf_alpha("t-1", 10) == [float(t) for t in range(10)]  # permuted MNIST's 10 experiences
    assert _lwf_alpha(0.5, 10) == 0.5 and _lwf_alpha([1, 2, 3], 3) == [1, 2, 3]
    sc = _scenario(DIGITS)
    learner = build_method("lwf", sc.info(), {**_config("lwf"), "epochs": 1})
    assert [p.lwf.alpha for p in learner.strategy.plugins if hasattr(p, "lwf")] == [[0.0, 1.0, 2.0, 3.0, 4.0]]


PERMUTED_DIGITS = {"name": "permuted_digits", "source": "digits", "source_args": {},
                   "protocol": "domain_incremental",
                   "protocol_args": {"n_experiences": 4, "transform": "permute", "task_ids_at_test": False}}
PERMUTED_DIGITS_TIL = {**PERMUTED_DIGITS, "name": "permuted_digits_til",
                       "protocol_args": {**PERMUTED_DIGITS["protocol_args"], "task_ids_at_test": True}}


@pytest.mark.parametrize("name", ["lwf", "gdumb"])
def test_task_ids_on_one_shared_class_set_change_nothing(name):
    """Permuted tasks all hold classes 0-9 on one head, so telling the strategy the task id must not change
    how it trains. It did for two: LwF distilled the same old function once per task label (t times at
    experience t) and GDumb trained through Avalanche's task-balanced loader, which oversamples small task
    groups (permuted MNIST: lwf 0.376 with ids vs 0.684 without, gdumb 0.408 vs 0.271)."""
    opts = {"epochs": 2, "batch_size": 32}
    if name == "gdumb":
        opts["strategy_args"] = {"mem_size": 100}
    _, _, without = _run(name, PERMUTED_DIGITS, opts)
    _, _, with_ids = _run(name, PERMUTED_DIGITS_TIL, opts)
    assert with_ids == without


@pytest.mark.parametrize("name", NAMES)
def test_keeps_the_learner_contract(name):
    testing = pytest.importorskip("clbench.testing")
    discover()
    opts = {**_config(name), "epochs": 1, "batch_size": 8}
    if name == "ewc":  # the Split-MNIST lambda diverges on tiny synthetic data; the contract is what is tested
        opts["strategy_args"] = {"ewc_lambda": 1.0, "mode": "online", "decay_factor": 1.0}
    testing.check_learner(METHODS[name], testing.synthetic_info("class_incremental"), opts)
