"""The leaderboard: aggregation over seeds, the Markdown and HTML outputs, and every kind of bad record."""

from __future__ import annotations

import base64
import json
import math
import re
from pathlib import Path

import pytest

from clbench import leaderboard as lb
from clbench.cli import main as cli_main
from clbench.errors import ClbenchError
from clbench.records import config_hash, seal


def _identity_hash(rec: dict) -> str:
    """provenance.config_hash as the runner writes it (clbench.records.record_identity where it exists)."""
    from clbench import records

    ident = getattr(records, "record_identity", None)
    if ident is not None:
        return config_hash(ident(rec))
    return config_hash({"method": rec["method"]["config"], "benchmark": rec["benchmark"]["config"],
                        "seed": rec["seed"]})


def make_record(method: str = "finetune", seed: int = 0, final: float = 0.5, *, bench: str = "split_digits",
                lr: float = 0.03, auc: float | None = None, status: str = "complete", params=(100, 100),
                finished: str = "2026-01-01T00:00:00+00:00", train_seconds: float = 1.0,
                matrix: list | None = None, config: dict | None = None, bench_config: dict | None = None,
                method_report=None, extra_metrics: dict | None = None, extra: dict | None = None) -> dict:
    """A sealed record, consistent as a runner writes one (metrics recomputed from its matrix, id and
    config_hash from its identity); by default 2 experiences with the given final average accuracy. ``extra``:
    more top-level fields (compute, versions, final_confusion), set before the identity is taken."""
    from clbench.metrics import all_metrics

    R = matrix or [[0.9, 0.0], [final, final]]
    n = len(R)
    base = [0.1] * n
    anytime = {"samples": [10, 20], "accuracy": [auc, auc]} if auc is not None else None
    metrics = all_metrics(R, base, anytime["accuracy"] if anytime else None, anytime["samples"] if anytime else None)
    metrics["task_aware_final_average_accuracy"] = None
    metrics.update(extra_metrics or {})
    mcfg = {"name": method, "optimizer": {"name": "sgd", "lr": lr}, **(config or {})}
    bcfg = {"name": bench, "source": "digits", "protocol": "class_incremental", **(bench_config or {})}
    rec = {
        "schema": "clbench.record/1", "id": "", "status": status,
        "method": {"name": method, "config": mcfg, "capabilities": {
            "protocols": ["class_incremental"], "needs_task_ids_at_test": False, "exemplars": False,
            "backbones": "any", "output": "logits"}},
        "benchmark": {"name": bench, "config": bcfg}, "seed": seed,
        "scenario": {"protocol": "class_incremental", "n_experiences": n, "n_classes": 2 * n,
                     "class_order": list(range(2 * n)),
                     "classes_per_experience": [[2 * i, 2 * i + 1] for i in range(n)],
                     "task_ids_at_test": False, "eval_every": None},
        "accuracy_matrix": R, "task_aware_accuracy_matrix": None, "random_init_accuracy": base, "anytime": anytime,
        "metrics": metrics if status == "complete" else None,
        "cost": {"train_seconds": train_seconds, "eval_seconds": 0.5, "peak_rss_mb": 100.0,
                 "params_per_experience": list(params), "memory_bytes_per_experience": [0, 2048],
                 "per_experience": [{"peak_rss_mb": 100.0}] * n},
        "method_report": method_report if method_report is not None else [{}] * n,
        "provenance": {"clbench_version": "0.1.0", "git_commit": None, "python": "3.11", "torch": "2",
                       "platform": "test", "finished_at": finished, "started_at": finished},
    }
    rec.update(extra or {})
    h = _identity_hash(rec)
    rec["provenance"]["config_hash"] = h
    rec["id"] = f"{bench}-{method}-s{seed}-{h[:8]}-{finished[:19].replace(':', '').replace('-', '')}"
    return seal(rec)


def write(dir_: Path, rec: dict, name: str | None = None) -> Path:
    path = dir_ / "records" / f"{name or rec['id']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rec))
    return path


def test_mean_and_sample_std_over_seeds(tmp_path):
    for seed, acc in enumerate([0.5, 0.6, 0.7]):
        write(tmp_path, make_record(seed=seed, final=acc, train_seconds=seed + 1.0))
    board = lb.build([tmp_path])
    (row,) = board.benchmarks["split_digits"]
    assert row.n == 3
    mean, std = row.stats["final_average_accuracy"]
    assert mean == pytest.approx(0.6) and std == pytest.approx(0.1)
    assert row.stats["train_seconds"] == (pytest.approx(2.0), pytest.approx(1.0))
    assert row.stats["memory_bytes"][0] == 2048
    assert lb.fmt_cell(row, "final_average_accuracy", "pct") == "60.00 ± 10.00"


def test_single_seed_has_no_spread_and_params_added_is_growth(tmp_path):
    write(tmp_path, make_record(final=0.25, params=(1000, 1500, 2500)))
    (row,) = lb.build([tmp_path]).benchmarks["split_digits"]
    assert lb.fmt_cell(row, "final_average_accuracy", "pct") == "25.00"
    assert row.stats["params"][0] == 2500 and row.stats["params_added"][0] == 1500


def test_rows_sorted_by_final_accuracy_and_a_auc_only_where_defined(tmp_path):
    write(tmp_path, make_record("finetune", final=0.2))
    write(tmp_path, make_record("joint", final=0.9))
    write(tmp_path, make_record("er", final=0.6, bench="si_blurry", auc=0.55))
    board = lb.build([tmp_path])
    assert [r.method for r in board.benchmarks["split_digits"]] == ["joint", "finetune"]
    md = lb.markdown(board)
    digits_part, blurry_part = md.split("## split_digits")[1], md.split("## si_blurry")[1].split("## split")[0]
    assert "A_AUC" not in digits_part.split("<details>")[0]
    assert "A_AUC (%)" in blurry_part and "| er | 1 | 60.00 |" in blurry_part and "| 55.00 |" in blurry_part


def _conf(group: str, name: str) -> dict:
    import yaml

    return yaml.safe_load((Path(__file__).resolve().parents[1] / "conf" / group / f"{name}.yaml").read_text())


def test_two_configs_of_one_method_get_separate_rows_named_by_what_differs(tmp_path):
    base = _conf("method", "finetune")
    for lr, final in ((0.01, 0.3), (0.5, 0.4)):
        cfg = {**base, "optimizer": {**base["optimizer"], "lr": lr}}
        write(tmp_path, make_record(final=final, config=cfg))
    write(tmp_path, make_record(final=0.2, config={**base, "epochs": 3, "batch_size": 7, "optimizer":
                                                   {"name": "adam", "lr": 0.5}}))
    rows = lb.build([tmp_path]).benchmarks["split_digits"]
    assert [r.method for r in rows] == ["finetune (optimizer.lr=0.5)", "finetune (optimizer.lr=0.01)",
                                        "finetune (batch_size=7, epochs=3, optimizer.lr=0.5, optimizer.name=adam)"]
    # no conf file of that name: nothing to name the difference against, so the hash prefix
    assert re.fullmatch(r"nofile \[[0-9a-f]{6}\]", lb.option_label("nofile", {"a": 1}, "method", "abcdef0123"))
    assert lb.differing_options({"a": {"b": 1}, "c": 2}, {"a": {"b": 2}, "d": 1}) == ["a.b=1", "c=2", "d=unset"]


def test_two_configs_of_one_benchmark_are_sections_named_by_what_differs():
    base = _conf("benchmark", "split_digits")
    other = {**base, "protocol_args": {"n_experiences": 2}}
    board = _board(make_record(bench_config=base), make_record(bench_config=other, final=0.7))
    assert sorted(board.benchmarks) == ["split_digits", "split_digits (protocol_args.n_experiences=2)"]


def test_bad_records_are_named_and_the_board_is_built_from_the_good(tmp_path, capsys):
    good = write(tmp_path, make_record(seed=0, final=0.5))
    other_schema = write(tmp_path, {**make_record(seed=1), "schema": "clbench.record/0"}, "old")
    truncated = write(tmp_path, make_record(seed=2), "cut")
    truncated.write_text(truncated.read_text()[:100])
    tampered_rec = make_record(seed=3)
    tampered_rec["metrics"]["final_average_accuracy"] = 0.99
    tampered = write(tmp_path, tampered_rec, "tampered")
    a = make_record("joint", seed=0, final=0.8)
    b = make_record("joint", seed=0, final=0.7)
    b["id"] = a["id"]
    b = seal(b)
    dup_a, dup_b = write(tmp_path, a, "dup_a"), write(tmp_path, b, "dup_b")
    board = lb.build([tmp_path])
    assert sorted(board.refused) == sorted([
        f"records {dup_a} and {dup_b} have the same id '{a['id']}' but different content; both are refused: "
        "delete the wrong one.",
        f"record {truncated} is not valid JSON (truncated or corrupt); re-run it or delete it.",
        f"record {other_schema} has schema 'clbench.record/0', this clbench reads 'clbench.record/1'; "
        "re-run it with this version.",
        f"record {tampered} does not match its hash: its content was changed after it was written; "
        "restore the original or re-run it.",
    ])
    assert [r.method for r in board.benchmarks["split_digits"]] == ["finetune"]
    assert board.benchmarks["split_digits"][0].records[0]["hash"] == json.loads(good.read_text())["hash"]
    out = tmp_path / "board"
    assert cli_main(["leaderboard", str(tmp_path), "--out", str(out)]) == 1  # built, but something was refused
    err = capsys.readouterr().err
    assert f"refused: record {tampered} does not match its hash" in err
    md = (out / "LEADERBOARD.md").read_text()
    assert "| finetune | 1 | 50.00 |" in md and str(tampered) in md


def test_a_copy_is_counted_once_and_a_repeated_seed_uses_the_newest(tmp_path):
    rec = make_record(final=0.5)
    write(tmp_path / "a", rec)
    write(tmp_path / "b", rec)
    write(tmp_path / "a", make_record(final=0.7, finished="2026-02-01T00:00:00+00:00"))
    board = lb.build([tmp_path / "a", tmp_path / "b"])
    (row,) = board.benchmarks["split_digits"]
    assert row.n == 1 and row.stats["final_average_accuracy"][0] == pytest.approx(0.7)
    assert board.refused == []
    assert any("is a copy of" in n for n in board.notes) and any("repeats seed 0" in n for n in board.notes)


def test_failed_runs_are_left_off_with_a_note(tmp_path):
    write(tmp_path, make_record(final=0.5))
    failed = {**make_record("joint", status="failed"), "error": "training diverged"}
    path = write(tmp_path, seal(failed))
    board = lb.build([tmp_path])
    assert list(board.benchmarks) == ["split_digits"] and len(board.benchmarks["split_digits"]) == 1
    assert board.notes == [f"record {path} is a failed run (training diverged); it is left off the board."]


def test_nothing_to_build_and_missing_paths_are_user_errors(tmp_path, capsys):
    with pytest.raises(ClbenchError, match=r"^.*/nope does not exist; pass a results directory or a record file\.$"):
        lb.build([tmp_path / "nope"])
    (tmp_path / "empty").mkdir()
    assert cli_main(["leaderboard", str(tmp_path / "empty"), "--out", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: no complete, valid record found under {tmp_path / 'empty'}; run a suite first "
        "(clbench run suite=quick).")


def test_site_is_self_contained_with_numbers_and_its_plots(tmp_path):
    for seed, acc in enumerate([0.5, 0.6]):
        write(tmp_path, make_record(seed=seed, final=acc))
    write(tmp_path, make_record("joint", final=0.9))
    md, html_path = lb.write_board(lb.build([tmp_path]), tmp_path / "out")
    html = html_path.read_text()
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "the page must not load anything from the network"
    assert "<script src" not in html and "<link" not in html
    pngs = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    # curves, the chosen run's matrix, every row's matrix, accuracy vs cost; no compute or confusion recorded
    assert len(pngs) == 4 and all(base64.b64decode(p)[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    assert "Accuracy vs compute: no record in this section carries counted FLOPs" in html
    assert "Confusion matrix: no record in this section carries one" in html
    values = [float(v) for v in re.findall(r'<td data-v="([-0-9.e]+)">', html)]
    assert any(math.isclose(v, 0.55) for v in values) and any(math.isclose(v, 0.9) for v in values)
    assert "55.00 ± 7.07" in html and "55.00 ± 7.07" in md.read_text()


def test_committed_board_is_built_from_the_committed_records():
    """leaderboard/LEADERBOARD.md says exactly what its records say (rebuild it after adding records:
    clbench leaderboard leaderboard/records --out leaderboard)."""
    root = Path(__file__).resolve().parents[1] / "leaderboard"
    if not list((root / "records").glob("*.json")):
        pytest.skip("no records committed under leaderboard/records yet")
    assert lb.markdown(lb.build([root / "records"])) == (root / "LEADERBOARD.md").read_text()


# ------------------------------------------------------------------------------- fairness and artefacts
VIT = {"name": "vit", "arch": "clbench_tiny"}


def _board(*recs: dict) -> lb.Board:
    """A board straight from in-memory records (the loader's checks are tested above)."""
    return lb.aggregate([(Path(f"/r/{r['id']}.json"), r) for r in recs])


def test_rows_are_named_by_the_config_file_that_holds_their_configuration():
    import yaml

    conf = Path(__file__).resolve().parents[1] / "conf" / "method"
    er, er_mammoth = (yaml.safe_load((conf / f"{n}.yaml").read_text()) for n in ("er", "er_mammoth"))
    rows = _board(make_record("er", config=er, final=0.8), make_record("er", config=er_mammoth, final=0.7),
                  make_record("er", lr=0.5, final=0.6)).benchmarks["split_digits"]
    assert [(r.method, r.config) for r in rows[:2]] == [("er", "er"), ("er_mammoth", "er_mammoth")]
    # no file holds lr 0.5: named by what differs from conf/method/er.yaml
    assert rows[2].method.startswith("er (optimizer.lr=0.5, ") and rows[2].config is None


def test_each_row_states_its_backbone_and_the_data_it_is_not_given():
    cfg = {"backbone": VIT, "epochs": 20, "batch_size": 32, "max_train_per_experience": 1000}
    rec = make_record("sema", config=cfg,
                      bench_config={"source_args": {"limit_train": 10000}})
    board = _board(rec)
    (row,) = board.benchmarks["split_digits"]
    assert row.text["backbone"].startswith("tiny ViT, pretrained on Animal-MNIST")
    assert row.text["training"] == "20 ep, bs 32, 1,000 samples/exp"
    setting = board.settings["split_digits"]
    assert "class-incremental, 2 experiences of 2 classes, no task ids at test" in setting
    assert "first 10,000 training samples" in setting
    md = lb.markdown(board)
    assert setting in md and "| 20 ep, bs 32, 1,000 samples/exp |" in md


def test_bounds_come_only_from_the_same_backbone_and_the_same_images_per_experience():
    vit = {"backbone": VIT, "max_train_per_experience": 1000}
    mlp = {"backbone": {"name": "mlp", "hidden": [100, 100]}}
    board = _board(
        make_record("finetune", config=mlp, final=0.2), make_record("joint", config=mlp, final=0.95),
        make_record("probe_finetune", config=vit, final=0.17), make_record("probe_joint", config=vit, final=0.63),
        make_record("sema", config=vit, final=0.3), make_record("der", config=mlp, final=0.85),
        make_record("mos", config={"backbone": VIT}, final=0.6),  # the ViT on all the data: no bound of that budget
    )
    bounds = {r.method: r.text["bounds"] for r in board.benchmarks["split_digits"]}
    assert bounds["sema"] == "17.00 / 63.00"
    assert bounds["der"] == "20.00 / 95.00"
    assert bounds["mos"] == "none on this backbone & data"
    assert bounds["joint"] == "upper bound" and bounds["probe_finetune"] == "lower bound"
    # one bound present, the other missing: the missing one is a dash, not borrowed from another setting
    only_lower = _board(make_record("finetune", config=mlp, final=0.2), make_record("der", config=mlp, final=0.85),
                        make_record("joint", config={"backbone": VIT}, final=0.9))
    assert {r.method: r.text["bounds"] for r in only_lower.benchmarks["split_digits"]}["der"] == "20.00 / –"
    # a bound that a row crosses is named in both cells (few-shot: joint on five shots per novel class < NCM)
    # (crossing = the paired t-test over seeds says so: wa is above joint in its mean only, within seed noise)
    finals = {"finetune": (0.3, 0.31, 0.29), "joint": (0.33, 0.331, 0.329), "der": (0.72, 0.7, 0.74),
              "er": (0.42, 0.4, 0.45), "wa": (0.31, 0.36, 0.33), "gacil": (0.2, 0.22, 0.17)}
    crossed = _board(*[make_record(m, seed=s, config=mlp, final=f) for m, fs in finals.items()
                       for s, f in enumerate(fs)])
    cells = {r.method: r.text["bounds"] for r in crossed.benchmarks["split_digits"]}
    assert cells["der"].startswith("30.00 / 33.00, above the upper bound (p=") and "above" in cells["er"]
    assert cells["wa"] == "30.00 / 33.00" and cells["gacil"].startswith("30.00 / 33.00, below the lower bound (p=")
    assert cells["joint"] == "upper bound, not one here: below 2 rows"
    assert cells["finetune"] == "lower bound, not one here: above 1 row"



def test_bounds_are_the_methods_that_declare_one_not_names_that_look_like_one():
    """An LLM section: lora_seq / lora_joint declare the lower / upper bound (``Capabilities.bound``) on the
    same LM; methods merely named like a bound (``joint_x``, ``finetune_y``: nothing declared) are not taken;
    a joint on another LM bounds nothing here. With task ids, lora_oracle (bound_rank 0) goes before
    lora_joint (1) even when the joint scores higher; naive (2) yields to finetune (1) though it ranks above."""
    lm, tiny = {"lm": {"name": "gemma3_270m"}, "lora": {"r": 8}}, {"lm": {"name": "tiny"}, "lora": {"r": 8}}
    mlp = {"backbone": {"name": "mlp", "hidden": [100, 100]}}
    recs = [("llm", "lora_seq", lm, 0.34), ("llm", "joint_x", lm, 0.99), ("llm", "finetune_y", lm, 0.01),
            ("llm", "lora_joint", lm, 0.75), ("llm", "lcia", lm, 0.7),
            ("llm", "lora_joint", tiny, 0.5), ("llm", "mora", tiny, 0.4),
            ("llm_til", "lora_seq", lm, 0.34), ("llm_til", "lora_joint", lm, 0.85),
            ("llm_til", "lora_oracle", lm, 0.80), ("llm_til", "lcia", lm, 0.7),
            ("mnist", "naive", mlp, 0.3), ("mnist", "finetune", mlp, 0.2), ("mnist", "joint", mlp, 0.9),
            ("mnist", "er", mlp, 0.6)]
    board = _board(*[make_record(m, bench=b, config=c, final=f) for b, m, c, f in recs])

    def cells(bench: str) -> dict:
        return {(r.records[0]["method"]["name"], r.records[0]["method"]["config"].get("lm", {}).get("name")):
                r.text["bounds"] for r in board.benchmarks[bench]}

    llm = cells("llm")
    assert llm[("lcia", "gemma3_270m")] == "34.00 / 75.00"
    assert llm[("joint_x", "gemma3_270m")] == llm[("finetune_y", "gemma3_270m")] == "34.00 / 75.00"  # 1 seed
    assert llm[("lora_seq", "gemma3_270m")] == "lower bound" and llm[("lora_joint", "gemma3_270m")] == "upper bound"
    assert llm[("mora", "tiny")] == "– / 50.00"
    assert cells("llm_til")[("lcia", "gemma3_270m")] == "34.00 / 80.00"
    assert cells("mnist")[("er", None)] == "20.00 / 90.00"
    assert cells("mnist")[("naive", None)] == "lower bound"
    assert lb.declared_bound("joint_x") is None and lb.declared_bound("lora_oracle") == ("upper", 0)


def test_the_in_tree_methods_that_declare_a_bound():
    """The table's declarations (read without importing a method): finetune / joint and their probe, Avalanche
    and LoRA counterparts, nothing else."""
    from methods import TABLE

    declared = {n: (e["capabilities"].bound, e["capabilities"].bound_rank) for n, e in TABLE["method"].items()
                if e["capabilities"].bound}
    assert declared == {"finetune": ("lower", 1), "joint": ("upper", 1), "naive": ("lower", 2),
                        "probe_finetune": ("lower", 0), "probe_joint": ("upper", 0), "lora_seq": ("lower", 0),
                        "lora_joint": ("upper", 1), "lora_oracle": ("upper", 0)}

def test_zero_forgetting_by_construction_is_a_label_with_its_reason():
    frozen = [[0.5, 0.0], [0.5, 0.7]]  # the old experience's score never moves: forgetting and BWT exactly 0
    onehot = make_record("ibcl", matrix=frozen, config={"eval_preference": "task"})
    lcia = make_record("lcia", bench="stream", matrix=frozen,
                       method_report=[{"groups_opened": 1}, {"groups_opened": 2}])
    # zero forgetting and BWT, but the first task's score moved and came back: not frozen, one shared group
    moved = [[0.5, 0.0, 0.0], [0.4, 0.6, 0.0], [0.5, 0.6, 0.7]]
    shared = make_record("lcia", bench="stream2", matrix=moved, method_report=[{"groups_opened": 1}] * 3)
    isolated = make_record("clr", bench="til", matrix=[[0.5, 0.0, 0.0], [0.5, 0.6, 0.0], [0.5, 0.6, 0.7]])
    weighted = make_record("ibcl", bench="other", matrix=[[0.5, 0.0], [0.4, 0.7]], config={"eval_preference": "task"})
    board = _board(onehot, lcia, shared, weighted, isolated)
    md = lb.markdown(board)
    ibcl_part = md.split("## split_digits")[1].split("<details>")[0]
    assert "| 0 by construction (a) | 0 by construction (a) |" in ibcl_part
    assert "(a) 0 by construction: each task is scored with its own one-hot preference" in ibcl_part
    lcia_part = md.split("## stream\n")[1].split("<details>")[0]
    assert "one adapter group per task (2 of 2 experiences opened a new group" in lcia_part
    # the same zeros without a measured cause (one shared group, a score that moved) are numbers, not labels
    assert "| 0.00 | 0.00 |" in md.split("## stream2")[1].split("<details>")[0]
    assert "by construction" not in md.split("## stream2")[1].split("<details>")[0]
    # scores bit-identical after every later experience: per-task parameters, labelled with that evidence
    assert "accuracy is bit-identical after each later experience in every seed" in md.split("## til")[1]
    # a method whose evaluation would freeze forgetting but whose records show forgetting: the number stands
    assert "| 10.00 | -10.00 |" in md.split("## other")[1].split("<details>")[0]
    html = __import__("clbench.site", fromlist=["render_site"]).render_site(board)
    assert 'class="artefact" data-v=""' in html and "one-hot preference" in html


def test_si_blurry_sections_show_the_papers_accuracy_and_per_class_forgetting():
    rec = make_record("finetune", bench="si_blurry_mnist", final=0.318, auc=0.5,
                      extra_metrics={"blurry_final_accuracy": 0.404, "blurry_forgetting": 0.25})
    board = _board(rec, make_record("joint", bench="split_digits", final=0.9))
    (row,) = board.benchmarks["si_blurry_mnist"]
    assert row.stats["final_average_accuracy"][0] == pytest.approx(0.404)
    assert row.stats["forgetting"][0] == pytest.approx(0.25)
    md = lb.markdown(board)
    part = md.split("## si_blurry_mnist")[1].split("<details>")[0]
    assert "final acc, Si-Blurry (%)" in part and "forgetting per class (%)" in part and "| 40.40 |" in part
    assert "Si-Blurry" not in md.split("## split_digits")[1].split("<details>")[0]


# ----------------------------------------------------------------------------- statistics, versions, compute
def _seeds(method: str, finals: list[float], **kw) -> list[dict]:
    return [make_record(method, seed=s, final=f, **kw) for s, f in enumerate(finals)]


def test_rows_carry_a_t_interval_and_are_tested_paired_against_the_best():
    from scipy import stats as sps

    best = _seeds("joint", [0.50, 0.70, 0.90])
    # 1 point below the best on every seed: a paired test sees it (an unpaired one, with the seeds' spread
    # of 20 points, would not)
    shadow = _seeds("er", [0.49, 0.69, 0.89])
    # seeds disagree on the sign: not significant
    noisy = _seeds("der", [0.60, 0.50, 0.88])
    few = _seeds("agem", [0.95, 0.95])  # higher mean, but 2 seeds: not ranked, not the best
    rows = _board(*best, *shadow, *noisy, *few).benchmarks["split_digits"]
    by = {r.method: r for r in rows}
    assert [r.method for r in rows] == ["joint", "er", "der", "agem"]  # ranked by mean first, then unranked
    assert [r.rank for r in rows] == [1, 2, 3, None]
    lo, hi = sps.t.interval(0.95, 2, loc=0.7, scale=0.2 / 3 ** 0.5)
    assert by["joint"].text["ci"] == f"{100 * lo:.2f} – {100 * hi:.2f}"
    assert by["joint"].text["vs_best"] == "best"
    assert by["er"].vs_best.significant and "worse" in by["er"].text["vs_best"]
    assert sps.ttest_ind([0.5, 0.7, 0.9], [0.49, 0.69, 0.89]).pvalue > 0.5  # what pairing buys
    assert not by["der"].vs_best.significant and "n.s." in by["der"].text["vs_best"]
    assert by["der"].vs_best.p == pytest.approx(sps.ttest_rel([0.60, 0.50, 0.88], [0.5, 0.7, 0.9]).pvalue)
    assert by["agem"].rank is None and by["agem"].text["rank"] == "unranked (< 3 seeds)"
    md = lb.markdown(lb.Board({"split_digits": rows}, [], [], 11))
    assert "| 95 % CI (t, %) | vs best (paired t) | rank |" in md and "two-sided paired t-test" in md


def test_the_best_is_chosen_among_rows_with_three_seeds_and_pairs_on_shared_seeds():
    best = _seeds("joint", [0.8, 0.8, 0.9])
    partial = [make_record("er", seed=s, final=f) for s, f in ((1, 0.7), (2, 0.8), (5, 0.6))]
    rows = _board(*best, *partial).benchmarks["split_digits"]
    er = next(r for r in rows if r.method == "er")
    assert er.vs_best.seeds == (1, 2) and not er.vs_best.tested
    assert er.text["vs_best"] == "not tested (2 shared seeds)"


def test_a_changed_version_never_merges_into_the_old_row():
    v1 = make_record("er", seed=0, final=0.5)
    v1_explicit = make_record("er", seed=1, final=0.6, extra={"versions": {"method": 1, "protocol": 1, "source": 1}})
    v2 = make_record("er", seed=2, final=0.7, extra={"versions": {"method": 2, "protocol": 1, "source": 1}})
    rows = _board(v1, v1_explicit, v2).benchmarks["split_digits"]
    assert sorted((r.method, r.n) for r in rows) == [("er v1.1.1", 2), ("er v2.1.1", 1)]
    assert {r.versions for r in rows} == {(1, 1, 1), (2, 1, 1)}
    # a protocol version alone splits too
    p2 = make_record("er", seed=0, final=0.7, extra={"versions": {"protocol": 3}})
    assert len(_board(v1, p2).benchmarks["split_digits"]) == 2


COMPUTE = {"train_flops": 2_500_000_000, "eval_flops": 10, "train_samples": 100, "eval_samples": 10,
           "optimizer_steps": 4}


def test_compute_column_is_not_measured_never_zero_and_fwt_and_task_aware_are_shown():
    measured = make_record("er", final=0.6, extra={"compute": COMPUTE})
    old = make_record("joint", final=0.9)
    board = _board(measured, old)
    by = {r.method: r for r in board.benchmarks["split_digits"]}
    assert lb.fmt_cell(by["er"], "train_flops", "flops") == "2.5 G"
    assert lb.fmt_cell(by["joint"], "train_flops", "flops") == "not measured"
    md = lb.markdown(board)
    assert "| train FLOPs |" in md and "| not measured |" in md and "| 2.5 G |" in md
    assert "| FWT (%) |" in md  # the records have a random-init baseline
    assert "task-aware acc (%)" not in md  # no record has one
    # a row whose seeds are partly re-runs that count and partly older records says over how many it averages
    mixed = _board(make_record("er", seed=0, final=0.6, extra={"compute": COMPUTE}),
                   make_record("er", seed=1, final=0.6, extra={"compute": dict(COMPUTE, train_flops=3.5e9)}),
                   make_record("er", seed=2, final=0.6)).benchmarks["split_digits"][0]
    assert lb.fmt_cell(mixed, "train_flops", "flops") == "3 G (2 of 3 seeds)"
    ta = make_record("er", final=0.6, extra_metrics={"task_aware_final_average_accuracy": 0.8})
    assert "| task-aware acc (%) |" in lb.markdown(_board(ta))


def test_section_line_names_the_budget_and_a_shared_backbone():
    mlp = {"backbone": {"name": "mlp", "hidden": [100, 100]}}
    capped = {**COMPUTE, "budget": {"samples": 5000}}
    board = _board(make_record("er", config=mlp, extra={"compute": capped}),
                   make_record("joint", config=mlp, final=0.9, extra={"compute": capped}))
    s = board.settings["split_digits"]
    assert "Protocol: class-incremental" in s
    assert "Budget: samples 5,000 per experience (benchmark.budget, enforced)." in s
    assert "Backbone: MLP 100-100 for every row." in s
    s2 = _board(make_record("er"), make_record("joint", config=mlp)).settings["split_digits"]
    assert "Budget: no compute cap" in s2 and "Backbone: per row" in s2


def test_pareto_front_and_the_palette_stays_distinct_for_many_rows():
    from clbench import plots

    pts = [(1.0, 50.0), (2.0, 40.0), (3.0, 70.0), (3.0, 60.0), (10.0, 71.0)]
    assert plots.pareto_front(pts) == [0, 2, 4]
    styles = [plots.style(i) for i in range(120)]
    assert len({(s["color"], s["marker"], s["linestyle"]) for s in styles}) == 120
    assert len({(s["color"], s["marker"]) for s in styles}) == 120  # scatter plots use colour and marker only


def test_site_draws_the_compute_pareto_and_the_confusion_when_records_carry_them(tmp_path):
    conf = {"labels": [0, 1, 2, 3], "matrix": [[5, 0, 0, 0], [1, 4, 0, 0], [0, 0, 3, 2], [0, 0, 0, 5]],
            "class_accuracy": [1.0, 0.8, 0.6, 1.0]}
    for seed in range(3):
        write(tmp_path, make_record("er", seed=seed, final=0.6, extra={"compute": COMPUTE, "final_confusion": conf}))
    write(tmp_path, make_record("joint", final=0.9, extra={"compute": {**COMPUTE, "train_flops": 9_000_000_000}}))
    _, html_path = lb.write_board(lb.build([tmp_path]), tmp_path / "out")
    html = html_path.read_text()
    assert "accuracy vs training FLOPs" in html and "confusion matrix of er" in html
    assert "Accuracy vs compute: no record" not in html and "Confusion matrix: no record" not in html
    assert 'id="contents"' in html and 'href="#sec-split_digits"' in html and 'id="sec-split_digits"' in html


def test_a_record_listed_stale_shows_its_flops_as_not_measured(tmp_path):
    """``stale-compute.txt`` beside the records names records whose count an older counter got wrong (counter
    v1 counted CPU attention 0): the board shows "not measured" for them, never the under-count."""
    import shutil

    from clbench import leaderboard as lb

    src = sorted((Path(__file__).parents[1] / "leaderboard" / "records").glob("split_mnist-naive-s*.json"))[:1]
    assert src
    d = tmp_path / "records"
    d.mkdir()
    shutil.copy(src[0], d / src[0].name)
    rec = json.loads(src[0].read_text())
    assert rec["compute"]["train_flops"] > 0
    lb.STALE_COMPUTE.clear()
    try:
        (good,), _ = lb.load_records([d])
        assert lb._record_values(good[1])["train_flops"] == rec["compute"]["train_flops"]
        (d / lb.STALE_FILE).write_text(f"# a comment\n{rec['id']}  counter v1: attention on the CPU counted 0\n")
        (good,), _ = lb.load_records([d])
        assert lb._record_values(good[1])["train_flops"] is None
        assert lb.STALE_COMPUTE[rec["id"]] == "counter v1: attention on the CPU counted 0"
    finally:
        lb.STALE_COMPUTE.clear()
