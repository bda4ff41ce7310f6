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
from clbench.records import seal


def make_record(method: str = "finetune", seed: int = 0, final: float = 0.5, *, bench: str = "split_digits",
                lr: float = 0.03, auc: float | None = None, status: str = "complete", params=(100, 100),
                finished: str = "2026-01-01T00:00:00+00:00", train_seconds: float = 1.0) -> dict:
    """A sealed record whose matrix has the given final average accuracy (2 experiences)."""
    R = [[0.9, 0.0], [2 * final - 0.8, 0.8]]
    metrics = {"final_average_accuracy": final, "average_incremental_accuracy": (0.9 + final) / 2,
               "forgetting": 0.9 - R[1][0], "bwt": R[1][0] - 0.9, "fwt": 0.0}
    if auc is not None:
        metrics["a_auc"] = auc
    mcfg = {"name": method, "optimizer": {"name": "sgd", "lr": lr}}
    return seal({
        "id": f"{bench}-{method}-s{seed}-{lr}-{finished}", "status": status, "method": {"name": method, "config": mcfg},
        "benchmark": {"name": bench, "config": {"name": bench, "protocol": "class_incremental"}}, "seed": seed,
        "scenario": {}, "accuracy_matrix": R, "task_aware_accuracy_matrix": None,
        "metrics": metrics if status == "complete" else None,
        "cost": {"train_seconds": train_seconds, "params_per_experience": list(params),
                 "memory_bytes_per_experience": [0, 2048]},
        "provenance": {"clbench_version": "0.1.0", "finished_at": finished, "started_at": finished},
    })


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


def test_two_configs_of_one_method_get_separate_rows(tmp_path):
    write(tmp_path, make_record(final=0.3, lr=0.01))
    write(tmp_path, make_record(final=0.4, lr=0.1))
    rows = lb.build([tmp_path]).benchmarks["split_digits"]
    assert len(rows) == 2 and all(re.fullmatch(r"finetune \[[0-9a-f]{6}\]", r.method) for r in rows)


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


def test_site_is_self_contained_with_numbers_and_three_pngs_per_benchmark(tmp_path):
    for seed, acc in enumerate([0.5, 0.6]):
        write(tmp_path, make_record(seed=seed, final=acc))
    write(tmp_path, make_record("joint", final=0.9))
    md, html_path = lb.write_board(lb.build([tmp_path]), tmp_path / "out")
    html = html_path.read_text()
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "the page must not load anything from the network"
    assert "<script src" not in html and "<link" not in html
    pngs = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(pngs) == 3 and all(base64.b64decode(p)[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
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
