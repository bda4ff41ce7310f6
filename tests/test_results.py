"""clbench/results.py: the long table (load), clbench export, clbench compare."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from test_leaderboard import make_record, write

from clbench import results
from clbench.cli import main as cli_main
from clbench.errors import ClbenchError

R3 = [[0.9, 0.1, 0.0], [0.5, 0.8, 0.0], [0.4, 0.6, 0.7]]


def _records(tmp_path, method="er", finals=(0.5, 0.6, 0.7), sub="a", bench="split_digits", **kw):
    paths = []
    for seed, f in enumerate(finals):
        R = [[0.9, 0.0], [f, f]]
        paths.append(write(tmp_path / sub, make_record(method, seed=seed, final=f, matrix=R, bench=bench, **kw)))
    return tmp_path / sub


def test_load_has_a_row_per_metric_and_per_matrix_cell(tmp_path):
    conf = {"labels": [0, 1], "matrix": [[3, 1], [0, 4]], "class_accuracy": [0.75, 1.0]}
    rec = make_record("er", matrix=R3, extra={"compute": {"train_flops": 7, "eval_flops": 3, "train_samples": 2,
                                                          "eval_samples": 1, "optimizer_steps": 1},
                                              "final_confusion": conf})
    write(tmp_path, rec)
    df = results.load(tmp_path)
    assert list(df.columns) == list(results.COLUMNS)
    cells = df[(df.kind == "matrix") & (df.metric == "accuracy")]
    assert len(cells) == 9
    assert cells.set_index(["train_exp", "eval_exp"])["value"].to_dict()[(1, 0)] == pytest.approx(0.5)
    metrics = df[df.kind == "metric"].set_index("metric")["value"]
    assert set(rec["metrics"]) <= set(metrics.index)
    assert metrics["final_average_accuracy"] == pytest.approx(rec["metrics"]["final_average_accuracy"])
    assert metrics["compute.train_flops"] == 7 and metrics["cost.train_seconds"] == 1.0
    classes = df[df.kind == "class"].set_index("class_id")["value"].to_dict()
    assert classes == {0: 0.75, 1: 1.0}
    assert set(df["row"]) == {"er"} and set(df["seed"]) == {0} and set(df["method_version"]) == {1}


@pytest.mark.parametrize("fmt", results.FORMATS)
def test_export_formats_hold_the_same_table(tmp_path, fmt, capsys):
    d = _records(tmp_path)
    out = tmp_path / f"t.{fmt}"
    assert cli_main(["export", str(d), "--format", fmt, "--out", str(out)]) == 0
    assert "exported 3 records" in capsys.readouterr().out
    if fmt == "csv":
        back = pd.read_csv(out)
    elif fmt == "parquet":
        back = pd.read_parquet(out)
    else:
        back = pd.DataFrame([json.loads(line) for line in out.read_text().splitlines()])
    df = results.load(d)
    assert len(back) == len(df) and list(back.columns) == list(df.columns)
    assert sorted(back["value"].dropna()) == pytest.approx(sorted(df["value"].dropna()))


def test_compare_prints_per_seed_deltas_the_interval_and_the_test(tmp_path, capsys):
    a = _records(tmp_path, "er", (0.50, 0.70, 0.90), "a")
    b = _records(tmp_path, "der", (0.40, 0.62, 0.85), "b")
    assert cli_main(["compare", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "split_digits: B = der vs A = er, final_average_accuracy (%), paired by seed" in out
    assert "    1     70.00     62.00     -8.00" in out
    c = results.compare(a, b)
    assert c["paired"].deltas == pytest.approx((-0.10, -0.08, -0.05))
    assert "paired t-test (two-sided, n = 3)" in out and "significant at level 0.05" in out
    assert "95 % Student-t interval [" in out


def test_compare_refuses_what_is_not_one_row_each(tmp_path, capsys):
    a = _records(tmp_path, "er", sub="a")
    _records(tmp_path, "der", sub="a")  # a second method in the same folder
    b = _records(tmp_path, "der", sub="b")
    with pytest.raises(ClbenchError, match="holds 2 board rows"):
        results.compare(a, b)
    other = _records(tmp_path, "er", sub="c", bench="split_mnist")
    with pytest.raises(ClbenchError, match="different benchmarks"):
        results.compare(b, other)
    with pytest.raises(SystemExit):  # argparse names the choices
        cli_main(["export", str(tmp_path / "a"), "--format", "xlsx"])
    assert "invalid choice: 'xlsx'" in capsys.readouterr().err
    with pytest.raises(ClbenchError, match="unknown export format 'xlsx'; use one of csv, parquet, jsonl"):
        results.export(tmp_path / "a", tmp_path / "x.xlsx", "xlsx")
