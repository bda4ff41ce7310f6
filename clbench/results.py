"""Records as a table: ``load(DIR) -> pandas.DataFrame``, ``clbench export`` and ``clbench compare``.

    clbench export RECORDS... [--format csv|parquet|jsonl] [--out FILE]
    clbench compare RECORDS_A RECORDS_B [--metric final_average_accuracy]

The table is long ("tidy"): one row per (record, metric) with ``kind == "metric"`` (every key of the record's
``metrics``, plus ``compute.*`` and ``cost.train_seconds``/``cost.eval_seconds``), one row per accuracy-matrix
cell with ``kind == "matrix"`` (``metric`` ``accuracy`` or ``task_aware_accuracy``, ``train_exp`` = the row i:
after training experience i, ``eval_exp`` = the column j: evaluated on experience j), and one per class of
the final confusion matrix with ``kind == "class"`` (``metric`` ``class_accuracy``, ``class_id``). Every row
carries the record's identity: ``record_id``, ``benchmark``, ``method`` (the record's method name), ``row``
(the board's row label, e.g. ``ewc_pmnist``), ``method_config_hash``, ``benchmark_config_hash``, ``seed``,
``status`` and the declared versions. Only records the checked loader accepts are read; refused files are
named on stderr by the CLI, as the board does.

``clbench compare A B``: A and B are one board row each (records of one method configuration on one
benchmark); it pairs their records by seed and prints per-seed deltas (B − A), the mean delta with its 95 %
Student-t interval and the two-sided paired t-test (:mod:`clbench.stats`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clbench.errors import ClbenchError

if TYPE_CHECKING:  # pandas is imported when a table is built: the engine does not need it
    import pandas

FORMATS = ("csv", "parquet", "jsonl")
COLUMNS = ("kind", "record_id", "benchmark", "method", "row", "seed", "metric", "value", "train_exp", "eval_exp",
           "class_id", "status", "method_config_hash", "benchmark_config_hash", "method_version", "protocol_version",
           "source_version")


def _loaded(paths) -> tuple[list[tuple[Path, dict]], list[str], dict[str, str]]:
    """(path, record) pairs, refusals, and record id → board row label (complete records only)."""
    from clbench import leaderboard as lb

    notes: list[str] = []
    records, refused = lb.load_records([paths] if isinstance(paths, (str, Path)) else list(paths), notes)
    board = lb.aggregate(records, refused, [])
    labels = {rec["id"]: row.method for rows in board.benchmarks.values() for row in rows for rec in row.records}
    return records, refused, labels


def table_rows(records: list[tuple[Path, dict]], labels: dict[str, str] | None = None) -> list[dict]:
    """The long table's rows (plain dicts, :data:`COLUMNS` keys) for these records."""
    from clbench.leaderboard import record_versions
    from clbench.records import config_hash

    labels = labels or {}
    out: list[dict] = []
    for _, rec in records:
        mv, pv, sv = record_versions(rec)
        base = {"record_id": rec["id"], "benchmark": rec["benchmark"]["name"], "method": rec["method"]["name"],
                "row": labels.get(rec["id"]), "seed": rec["seed"], "status": rec["status"],
                "method_config_hash": config_hash(rec["method"]["config"]),
                "benchmark_config_hash": config_hash(rec["benchmark"]["config"]),
                "method_version": mv, "protocol_version": pv, "source_version": sv,
                "train_exp": None, "eval_exp": None, "class_id": None}
        values: dict[str, object] = dict(rec.get("metrics") or {})
        for k, v in (rec.get("compute") or {}).items():
            if k in ("train_flops", "eval_flops", "train_samples", "eval_samples", "optimizer_steps"):
                values[f"compute.{k}"] = v
        for k in ("train_seconds", "eval_seconds"):
            values[f"cost.{k}"] = (rec.get("cost") or {}).get(k)
        for metric, v in values.items():
            out.append({**base, "kind": "metric", "metric": metric, "value": _num(v)})
        for metric, M in (("accuracy", rec.get("accuracy_matrix")), ("task_aware_accuracy",
                                                                    rec.get("task_aware_accuracy_matrix"))):
            for i, row in enumerate(M or []):
                for j, v in enumerate(row):
                    out.append({**base, "kind": "matrix", "metric": metric, "value": _num(v), "train_exp": i,
                                "eval_exp": j})
        conf = rec.get("final_confusion")
        if conf:
            for c, v in zip(conf["labels"], conf["class_accuracy"]):
                out.append({**base, "kind": "class", "metric": "class_accuracy", "value": _num(v), "class_id": c})
    return [{k: r.get(k) for k in COLUMNS} for r in out]


def _num(v) -> float | None:
    return None if v is None else float(v)


def load(paths) -> pandas.DataFrame:
    """Every record under ``paths`` (a directory, a record file, or a list of them) as one long DataFrame
    (see the module docstring for its rows and columns). Refused records are left out; see
    :func:`clbench.leaderboard.load_records` for why a record is refused."""
    import pandas as pd

    records, _, labels = _loaded(paths)
    if not records:
        raise ClbenchError(f"no valid record found under {paths}; pass a records directory or record files.")
    df = pd.DataFrame(table_rows(records, labels), columns=list(COLUMNS))
    for c in ("seed", "train_exp", "eval_exp", "class_id", "method_version", "protocol_version", "source_version"):
        df[c] = df[c].astype("Int64")
    return df


def export(paths, out: str | Path, fmt: str) -> Path:
    """Write :func:`load`'s table to ``out`` as csv, parquet or jsonl (one JSON object per line)."""
    if fmt not in FORMATS:
        raise ClbenchError(f"unknown export format '{fmt}'; use one of {', '.join(FORMATS)}.")
    df = load(paths)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        df.to_csv(out, index=False)
    elif fmt == "parquet":
        df.to_parquet(out, index=False)
    else:
        df.to_json(out, orient="records", lines=True)
    return out


def export_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clbench export", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="records directories or record files")
    parser.add_argument("--format", default="csv", choices=FORMATS)
    parser.add_argument("--out", default=None, help="output file (default: clbench-results.<format>)")
    args = parser.parse_args(argv)
    records, refused, _ = _loaded(args.paths)
    for r in refused:
        print(f"refused: {r}", file=sys.stderr)
    out = export(args.paths, args.out or f"clbench-results.{args.format}", args.format)
    print(f"exported {len(records)} records to {out}")
    return 1 if refused else 0


# ------------------------------------------------------------------------------------------------ compare
def _one_row(paths: str, records: list[tuple[Path, dict]]) -> tuple[str, str, dict[int, dict]]:
    """(benchmark, row label, seed → record) of the records under one compare argument, which must be one
    method configuration on one benchmark."""
    from clbench import leaderboard as lb

    board = lb.aggregate(records, [], [])
    rows = [(b, r) for b, rs in board.benchmarks.items() for r in rs]
    if not rows:
        raise ClbenchError(f"{paths} holds no complete record; pass the records of one finished row.")
    if len(rows) > 1:
        names = ", ".join(f"{r.method} on {b}" for b, r in rows[:4])
        raise ClbenchError(f"{paths} holds {len(rows)} board rows ({names}{', ...' * (len(rows) > 4)}); pass the "
                           "records of one method configuration on one benchmark.")
    bench, row = rows[0]
    return bench, row.method, {int(rec["seed"]): rec for rec in row.records}


def compare(a_paths, b_paths, metric: str = "final_average_accuracy") -> dict:
    """Pair the records of two rows by seed: per-seed values and deltas (B − A), and :func:`clbench.stats.paired`."""
    from clbench import leaderboard as lb
    from clbench import stats

    sides = []
    for p in (a_paths, b_paths):
        recs, refused = lb.load_records([p] if isinstance(p, (str, Path)) else list(p))
        if refused:
            raise ClbenchError(refused[0])
        sides.append(_one_row(str(p), recs))
    (ba, la, ra), (bb, lb_, rb) = sides
    if ba != bb:
        raise ClbenchError(f"the two rows are on different benchmarks ({ba} vs {bb}); seeds pair only on the same "
                           "stream: compare records of one benchmark.")
    va = {s: lb._record_values(r).get(metric, (r["metrics"] or {}).get(metric)) for s, r in ra.items()}
    vb = {s: lb._record_values(r).get(metric, (r["metrics"] or {}).get(metric)) for s, r in rb.items()}
    if all(v is None for v in list(va.values()) + list(vb.values())):
        raise ClbenchError(f"no record of either row has the metric '{metric}'; name one of the records' metrics "
                           "(final_average_accuracy, forgetting, ...).")
    res = stats.paired(va, vb)
    return {"benchmark": ba, "a": la, "b": lb_, "metric": metric, "a_values": va, "b_values": vb, "paired": res,
            "unpaired_seeds": sorted(set(va) ^ set(vb))}


def compare_main(argv: list[str] | None = None) -> int:
    from clbench import stats

    parser = argparse.ArgumentParser(prog="clbench compare", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("a", help="records of row A (a directory or a record file)")
    parser.add_argument("b", help="records of row B")
    parser.add_argument("--metric", default="final_average_accuracy")
    args = parser.parse_args(argv)
    c = compare(args.a, args.b, args.metric)
    res = c["paired"]
    print(f"{c['benchmark']}: B = {c['b']} vs A = {c['a']}, {c['metric']} (%), paired by seed")
    print(f"{'seed':>5} {'A':>9} {'B':>9} {'B - A':>9}")
    for s, d in zip(res.seeds, res.deltas):
        print(f"{s:>5} {100 * c['a_values'][s]:>9.2f} {100 * c['b_values'][s]:>9.2f} {100 * d:>+9.2f}")
    if c["unpaired_seeds"]:
        print(f"left out (a seed only one row has): {', '.join(map(str, c['unpaired_seeds']))}")
    if res.mean is None:
        raise ClbenchError("the two rows share no seed; run them on the same seeds (seeds fix the class order).")
    iv = (f"[{100 * res.interval[0]:+.2f}, {100 * res.interval[1]:+.2f}]" if res.interval
          else "undefined with one seed")
    print(f"mean delta {100 * res.mean:+.2f} points, {stats.INTERVAL.replace(' of the mean over seeds', '')} {iv}")
    if res.tested:
        t = f"t = {res.statistic:.3f}, " if res.statistic is not None else "zero variance, "
        verdict = "significant" if res.significant else "not significant"
        print(f"paired t-test (two-sided, n = {res.n}): {t}p = {res.p:.3g}: {verdict} at level {stats.ALPHA}")
    else:
        print(f"paired t-test: not run ({res.n} shared seeds; at least {stats.MIN_SEEDS} needed)")
    return 0
