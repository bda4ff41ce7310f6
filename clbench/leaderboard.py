"""Records → leaderboard: ``LEADERBOARD.md``, a static ``site/index.html`` with plots, and (optionally) wandb.

    clbench leaderboard [RESULTS_DIR_OR_RECORD...] [--out DIR] [--matrix METHOD] [--wandb]

Only records are read. Every record is checked by :func:`clbench.records.load_record`; one that is
truncated, of another schema or whose hash does not match its content is refused by name, and so are two
different records that carry the same id. The board is still built from the good records; the exit code is
1 when anything was refused, 2 when there was nothing to build from.

Rows are (benchmark, method configuration) groups aggregated over seeds: mean ± sample standard deviation
(the ± is left out for a single seed, where it is undefined). When one benchmark or method name appears
with several configurations, each gets its own row, labelled with the first characters of its config hash.
When a seed was run twice with the same configuration, the newest record is used and the older one named.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from clbench.errors import ClbenchError
from clbench.records import RecordError, config_hash, load_record

ACC_KEYS = ("final_average_accuracy", "average_incremental_accuracy", "forgetting", "bwt", "a_auc")
# (key, Markdown/HTML header, kind) — kind picks the formatting
COLUMNS = (
    ("method", "method", "text"),
    ("n", "seeds", "int"),
    ("final_average_accuracy", "final acc (%)", "pct"),
    ("average_incremental_accuracy", "avg inc acc (%)", "pct"),
    ("forgetting", "forgetting (%)", "pct"),
    ("bwt", "BWT (%)", "pct"),
    ("a_auc", "A_AUC (%)", "pct"),
    ("params", "params", "count"),
    ("params_added", "params added", "count"),
    ("memory_bytes", "memory", "bytes"),
    ("train_seconds", "train s", "secs"),
)


@dataclass
class Row:
    """One method configuration on one benchmark, over its seeds."""

    method: str
    records: list[dict] = field(default_factory=list)
    stats: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    paths: list[Path] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.records)


@dataclass
class Board:
    benchmarks: dict[str, list[Row]]
    refused: list[str]  # records that could not be trusted (exit code 1)
    notes: list[str]  # records read but left off or merged: failed runs, repeated seeds, copies
    n_records: int

    @property
    def problems(self) -> list[str]:
        return self.refused + self.notes


# ------------------------------------------------------------------------------------------------ loading
def record_files(paths: list[str | Path]) -> list[Path]:
    """The record files under the given paths: files as given; in a directory, every ``*.json`` whose
    folder is called ``records`` (``results/records``, ``leaderboard/records``) or that lies directly in it."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_file():
            out.append(p)
        elif p.is_dir():
            found = {q for q in p.rglob("*.json") if q.parent.name == "records" and ".sweeps" not in q.parts}
            found |= set(p.glob("*.json"))
            out.extend(sorted(found))
        else:
            raise ClbenchError(f"{p} does not exist; pass a results directory or a record file.")
    return out


def load_records(paths: list[str | Path], notes: list[str] | None = None
                 ) -> tuple[list[tuple[Path, dict]], list[str]]:
    """Load every record under ``paths``; return the good ones and one sentence per refused file
    (harmless findings, such as the same record found twice, go to ``notes``)."""
    good: dict[str, tuple[Path, dict]] = {}
    problems: list[str] = []
    notes = notes if notes is not None else []
    clashed: set[str] = set()
    seen_files: set[Path] = set()
    for path in record_files(paths):
        if path.resolve() in seen_files:
            continue
        seen_files.add(path.resolve())
        try:
            rec = load_record(path)
        except RecordError as e:
            problems.append(str(e))
            continue
        rid = rec["id"]
        if rid in clashed:
            problems.append(f"record {path} has the id '{rid}' of records already refused for clashing; "
                            "keep only the right one.")
        elif rid in good:
            first = good[rid][0]
            if good[rid][1]["hash"] == rec["hash"]:
                notes.append(f"record {path} is a copy of {first} (same id and content); it is counted once.")
            else:
                problems.append(f"records {first} and {path} have the same id '{rid}' but different content; "
                                "both are refused: delete the wrong one.")
                del good[rid]
                clashed.add(rid)
        else:
            good[rid] = (path, rec)
    return list(good.values()), problems


# -------------------------------------------------------------------------------------------- aggregation
def _mean_std(values: list) -> tuple[float | None, float | None]:
    vals = [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if not vals:
        return None, None
    mean = sum(vals) / len(vals)
    if len(vals) < 2:
        return mean, None
    return mean, math.sqrt(sum((v - mean) ** 2 for v in vals) / (len(vals) - 1))


def _record_values(rec: dict) -> dict:
    m, cost = rec["metrics"] or {}, rec["cost"] or {}
    params = [p for p in cost.get("params_per_experience") or [] if p is not None]
    memory = cost.get("memory_bytes_per_experience") or []
    out = {k: m.get(k) for k in ACC_KEYS}
    out.update({
        "params": params[-1] if params else None,
        # growth over the stream: what the method added after its first experience's model
        "params_added": params[-1] - params[0] if params else None,
        "memory_bytes": memory[-1] if memory else None,
        "train_seconds": cost.get("train_seconds"),
    })
    return out


def _labels(hashes_by_name: dict[str, set[str]], name: str, h: str) -> str:
    return name if len(hashes_by_name[name]) == 1 else f"{name} [{h[:6]}]"


def aggregate(records: list[tuple[Path, dict]], refused: list[str] | None = None,
              notes: list[str] | None = None) -> Board:
    """Group complete records by benchmark configuration and method configuration, one record per seed."""
    notes = notes if notes is not None else []
    complete = []
    for path, rec in records:
        if rec.get("status") != "complete" or not rec.get("metrics"):
            notes.append(f"record {path} is a {rec.get('status', 'unfinished')} run "
                            f"({rec.get('error', 'no metrics')}); it is left off the board.")
            continue
        complete.append((path, rec, config_hash(rec["benchmark"]["config"]), config_hash(rec["method"]["config"])))
    bench_hashes: dict[str, set[str]] = {}
    for _, rec, bh, _ in complete:
        bench_hashes.setdefault(rec["benchmark"]["name"], set()).add(bh)
    groups: dict[tuple[str, str], dict[str, dict[int, tuple[Path, dict]]]] = {}
    method_hashes: dict[str, dict[str, set[str]]] = {}
    for path, rec, bh, mh in complete:
        bench = _labels(bench_hashes, rec["benchmark"]["name"], bh)
        method_hashes.setdefault(bench, {}).setdefault(rec["method"]["name"], set()).add(mh)
        by_seed = groups.setdefault((bench, mh), {}).setdefault(rec["method"]["name"], {})
        old = by_seed.get(rec["seed"])
        if old is not None:
            newer, older = sorted([old, (path, rec)], key=lambda pr: pr[1]["provenance"].get("finished_at", ""))[::-1]
            notes.append(f"record {older[0]} repeats seed {rec['seed']} of {newer[0]}; the newer one is used.")
            by_seed[rec["seed"]] = newer
        else:
            by_seed[rec["seed"]] = (path, rec)
    benchmarks: dict[str, list[Row]] = {}
    for (bench, mh), methods in sorted(groups.items()):
        for name, by_seed in methods.items():
            chosen = [pr for _, pr in sorted(by_seed.items())]
            row = Row(_labels(method_hashes[bench], name, mh), [rec for _, rec in chosen], paths=[p for p, _ in chosen])
            values = [_record_values(r) for r in row.records]
            row.stats = {k: _mean_std([v[k] for v in values]) for k in values[0]}
            benchmarks.setdefault(bench, []).append(row)
    for rows in benchmarks.values():
        rows.sort(key=lambda r: -(r.stats["final_average_accuracy"][0] or 0.0))
    return Board(benchmarks, list(refused or []), notes, len(complete))


def build(paths: list[str | Path]) -> Board:
    notes: list[str] = []
    records, refused = load_records(paths, notes)
    return aggregate(records, refused, notes)


# ------------------------------------------------------------------------------------------- formatting
def fmt_count(v: float | None) -> str:
    if v is None:
        return "–"
    for unit, scale in (("M", 1e6), ("k", 1e3)):
        if abs(v) >= scale:
            return f"{v / scale:.1f}{unit}"
    return f"{v:.0f}"


def fmt_bytes(v: float | None) -> str:
    if v is None:
        return "–"
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("kB", 2**10)):
        if abs(v) >= scale:
            return f"{v / scale:.1f} {unit}"
    return f"{v:.0f} B"


def fmt_cell(row: Row, key: str, kind: str) -> str:
    if key == "method":
        return row.method
    if key == "n":
        return str(row.n)
    mean, std = row.stats[key]
    if mean is None:
        return "–"
    if kind == "pct":
        return f"{100 * mean:.2f}" + (f" ± {100 * std:.2f}" if std is not None else "")
    if kind == "secs":
        return f"{mean:.1f}" + (f" ± {std:.1f}" if std is not None else "")
    return fmt_count(mean) if kind == "count" else fmt_bytes(mean)


def columns_for(rows: list[Row]) -> list[tuple[str, str, str]]:
    """A_AUC only where some record defines it (online / blurry streams)."""
    has_auc = any(r.stats["a_auc"][0] is not None for r in rows)
    return [c for c in COLUMNS if c[0] != "a_auc" or has_auc]


def markdown_table(rows: list[Row]) -> str:
    cols = columns_for(rows)
    lines = ["| " + " | ".join(h for _, h, _ in cols) + " |",
             "|" + "|".join(":--" if kind == "text" else "--:" for _, _, kind in cols) + "|"]
    lines += ["| " + " | ".join(fmt_cell(r, k, kind) for k, _, kind in cols) + " |" for r in rows]
    return "\n".join(lines)


def markdown(board: Board) -> str:
    out = ["# clbench leaderboard", "",
           "Generated by `clbench leaderboard` from hashed run records; mean ± sample std over seeds. "
           "Accuracies in %; forgetting and BWT in accuracy points; params added = parameters after the last "
           "experience minus after the first; memory = stored exemplars/statistics after the last experience.",
           ""]
    for bench, rows in board.benchmarks.items():
        out += [f"## {bench}", "", markdown_table(rows), ""]
        out += ["<details><summary>records</summary>", ""]
        for r in rows:
            for rec in r.records:
                prov = rec["provenance"]
                out.append(f"- {r.method} seed {rec['seed']}: `{rec['id']}` (clbench {prov.get('clbench_version')}, "
                           f"commit {prov.get('git_commit') or 'n/a'}, torch {prov.get('torch')})")
        out += ["", "</details>", ""]
    if board.problems:
        out += ["## Refused or left out", ""] + [f"- {p}" for p in board.problems] + [""]
    return "\n".join(out)


def write_board(board: Board, out_dir: str | Path, matrix_method: str | None = None) -> tuple[Path, Path]:
    from clbench.io import atomic_write_bytes
    from clbench.site import render_site

    out_dir = Path(out_dir)
    md_path, html_path = out_dir / "LEADERBOARD.md", out_dir / "site" / "index.html"
    atomic_write_bytes(md_path, markdown(board).encode())
    atomic_write_bytes(html_path, render_site(board, matrix_method).encode())
    for p in (md_path, html_path):
        p.chmod(0o644)  # published files: readable by whoever serves or opens them
    return md_path, html_path


# ------------------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clbench leaderboard", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=["results"], help="results directories or record files")
    parser.add_argument("--out", default="leaderboard", help="where LEADERBOARD.md and site/ go")
    parser.add_argument("--matrix", default=None, help="method whose accuracy matrix is drawn (default: the best)")
    parser.add_argument("--wandb", action="store_true", help="also push the tables to wandb (WANDB_MODE applies)")
    parser.add_argument("--wandb-runs", action="store_true",
                        help="with --wandb: also log every record as its own wandb run (metrics, matrix, artifact)")
    parser.add_argument("--quiet", action="store_true", help="do not print the tables")
    args = parser.parse_args(argv)
    board = build(args.paths)
    for p in board.refused:
        print(f"refused: {p}", file=sys.stderr)
    for p in board.notes:
        print(f"note: {p}", file=sys.stderr)
    if not board.benchmarks:
        raise ClbenchError(f"no complete, valid record found under {', '.join(args.paths)}; run a suite first "
                           "(clbench run suite=quick).")
    md_path, html_path = write_board(board, args.out, args.matrix)
    if not args.quiet:
        for bench, rows in board.benchmarks.items():
            print(f"\n{bench}\n{markdown_table(rows)}")
    print(f"\nleaderboard: {md_path} and {html_path} ({board.n_records} records)")
    if args.wandb:
        from clbench.loggers.wandb_logger import push_leaderboard

        push_leaderboard(board, md_path, html_path, replay_runs=args.wandb_runs)
        print(f"wandb: leaderboard pushed ({os.environ.get('WANDB_MODE') or 'offline'} mode, files under "
              f"{Path(args.out) / 'wandb'})")
    return 1 if board.refused else 0
