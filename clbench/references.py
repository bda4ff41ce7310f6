"""Board cells held to published numbers.

    clbench references [RECORDS_DIR_OR_RECORD...] [--file FILE]

Reads the reference file (default ``leaderboard/references.yaml``; its header documents every field), builds
the board from the records (default ``leaderboard/records``) exactly as ``clbench leaderboard`` does, and for
each reference finds the one cell whose settings match it (benchmark section, ``conf/method`` file, and any
benchmark config keys the entry pins). It prints one line per reference: the published value, the board's
mean ± std over seeds, the difference and the verdict:

* ``agrees``: |board − reference| ≤ allowed, two-sided, where allowed = max(tolerance, 2·SE) and SE is the
  standard error of the difference, sqrt(board std² / seeds + spread² / runs) (terms that are not known
  count 0);
* ``differs``: outside that;
* ``no cell``: no committed cell has the reference's setting. Nothing unlike is compared in its place.

An entry says what it expects (``agree`` by default, ``differ`` with its named cause, ``no_cell``); the exit
code is 1 when any verdict is not the expected one, so a drift either way fails (tests/test_references.py).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from clbench.errors import ClbenchError

REQUIRED = ("id", "source", "setting", "metric", "value", "unit", "tolerance", "cell")
EXPECT = ("agree", "differ", "no_cell")
VERDICT = {"agree": "agrees", "differ": "differs", "no_cell": "no cell"}
UNITS = {"percent": 100.0, "fraction": 1.0}


def default_file() -> Path | None:
    """``leaderboard/references.yaml`` of this checkout, or None when it is not there (an installed wheel)."""
    path = Path(__file__).resolve().parents[1] / "leaderboard" / "references.yaml"
    return path if path.is_file() else None


def load(path: str | Path) -> list[dict]:
    """The entries of a reference file, each checked; bad input is one sentence naming the entry and field."""
    path = Path(path)
    if not path.is_file():
        raise ClbenchError(f"reference file {path} does not exist; pass --file PATH to a references YAML.")
    try:
        entries = yaml.safe_load(path.read_text())
    except yaml.YAMLError as e:
        raise ClbenchError(f"reference file {path} is not valid YAML ({str(e).splitlines()[0]}); fix it.") from None
    if not isinstance(entries, list):
        raise ClbenchError(f"reference file {path} must be a YAML list of entries; see leaderboard/references.yaml.")
    seen: set[str] = set()
    for i, e in enumerate(entries):
        name = e.get("id", f"#{i}") if isinstance(e, dict) else f"#{i}"
        if not isinstance(e, dict):
            raise ClbenchError(f"reference {name} in {path} is not a mapping; write it as 'id: ..., source: ...'.")
        missing = [k for k in REQUIRED if k not in e]
        if missing:
            raise ClbenchError(f"reference {name} in {path} lacks {', '.join(missing)}; add them.")
        if name in seen:
            raise ClbenchError(f"reference id '{name}' appears twice in {path}; give each entry its own id.")
        seen.add(name)
        if e["unit"] not in UNITS:
            raise ClbenchError(f"reference {name} has unit '{e['unit']}'; use percent or fraction.")
        for k in ("value", "tolerance"):
            if isinstance(e[k], bool) or not isinstance(e[k], (int, float)):
                raise ClbenchError(f"reference {name} has {k} {e[k]!r}; give a number in {e['unit']}.")
        if e["tolerance"] < 0:
            raise ClbenchError(f"reference {name} has a negative tolerance; give |difference| allowed, >= 0.")
        if e.get("spread") is not None and not isinstance(e["spread"], (int, float)):
            raise ClbenchError(f"reference {name} has spread {e['spread']!r}; give a number or null.")
        cell = e["cell"]
        if not isinstance(cell, dict) or not {"benchmark", "config"} <= set(cell):
            raise ClbenchError(f"reference {name} needs cell: {{benchmark: ..., config: ...}}; fix its cell.")
        if e.get("expect", "agree") not in EXPECT:
            raise ClbenchError(f"reference {name} expects '{e['expect']}'; use agree, differ or no_cell.")
        if e.get("expect", "agree") != "agree" and not e.get("why"):
            raise ClbenchError(f"reference {name} expects {e['expect']} without a 'why'; name the cause.")
    return entries


@dataclass
class Result:
    entry: dict
    row: object | None  # clbench.leaderboard.Row
    section: str | None
    mean: float | None  # in the entry's unit
    std: float | None
    diff: float | None
    allowed: float | None
    verdict: str  # agrees | differs | no cell

    @property
    def expected(self) -> str:
        return VERDICT[self.entry.get("expect", "agree")]

    @property
    def ok(self) -> bool:
        return self.verdict == self.expected


def _contains(config: dict, want: dict) -> bool:
    for k, v in want.items():
        if isinstance(v, dict) and v:
            if not isinstance(config.get(k), dict) or not _contains(config[k], v):
                return False
        elif (config.get(k) or ({} if isinstance(v, dict) else None)) != v:
            return False
    return True


def find_cell(entry: dict, board) -> tuple[str | None, object | None]:
    """(section, row) of the one board cell with the reference's settings, or (None, None)."""
    cell = entry["cell"]
    for section, rows in board.benchmarks.items():
        if rows[0].records[0]["benchmark"]["name"] != cell["benchmark"]:  # the label may name options
            continue
        if not _contains(rows[0].records[0]["benchmark"]["config"], cell.get("benchmark_config") or {}):
            continue
        for row in rows:
            if row.config == cell["config"] or (row.config is None and row.method == cell["config"]):
                return section, row
    return None, None


def judge(value: float, tolerance: float, mean: float, std: float | None, n: int,
          spread: float | None = None, runs: int | None = None) -> tuple[float, float, str]:
    """(difference, allowed, verdict) of a board mean against a reference value, all in one unit."""
    var = (std**2 / n if std is not None and n > 0 else 0.0) + (spread**2 / runs if spread and runs else 0.0)
    allowed = max(float(tolerance), 2.0 * math.sqrt(var))
    diff = mean - value
    return diff, allowed, "agrees" if abs(diff) <= allowed else "differs"


def compare(entries: list[dict], board) -> list[Result]:
    out = []
    for e in entries:
        section, row = find_cell(e, board)
        mean, std = (row.stats.get(e["metric"], (None, None)) if row is not None else (None, None))
        if row is None or mean is None:
            out.append(Result(e, None, None, None, None, None, None, "no cell"))
            continue
        scale = UNITS[e["unit"]]
        mean, std = mean * scale, (std * scale if std is not None else None)
        diff, allowed, verdict = judge(float(e["value"]), float(e["tolerance"]), mean, std, row.n,
                                       e.get("spread"), e.get("runs"))
        out.append(Result(e, row, section, mean, std, diff, allowed, verdict))
    return out


def _num(v: float | None, unit: str) -> str:
    if v is None:
        return "–"
    return f"{v:.2f}" if unit == "percent" else f"{v:.3f}"


def table_rows(results: list[Result]) -> list[list[str]]:
    head = ["reference", "published", "board cell", "board (mean ± std, seeds)", "board − ref (allowed)", "verdict"]
    rows = [head]
    for r in results:
        e, u = r.entry, r.entry["unit"]
        pub = _num(float(e["value"]), u) + (f" ± {_num(e['spread'], u)}" if e.get("spread") is not None else "")
        pub += "%" if u == "percent" else ""
        cell = f"{e['cell']['benchmark']} / {e['cell']['config']}"
        if r.row is None:
            board = "no committed cell" + (f" (nearest, not compared: {e['nearest']})" if e.get("nearest") else "")
            delta = "–"
        else:
            board = _num(r.mean, u) + (f" ± {_num(r.std, u)}" if r.std is not None else "") + f", {r.row.n}"
            delta = f"{r.diff:+.2f} (±{r.allowed:.2f})" if u == "percent" else f"{r.diff:+.3f} (±{r.allowed:.3f})"
        verdict = r.verdict + ("" if r.ok else f" (EXPECTED {r.expected.upper()})")
        if r.entry.get("expect") in ("differ", "no_cell") and r.ok:
            verdict += f": {r.entry['why']}"
        rows.append([f"{e['id']} — {e['source']}", pub, cell, board, delta, verdict])
    return rows


def markdown_table(results: list[Result]) -> list[str]:
    return markdown_lines(table_rows(results))


def markdown_lines(rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(rows[0]) + " |", "|:--|--:|:--|--:|--:|:--|"]
    return lines + ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows[1:]]


def main(argv: list[str] | None, build: Callable[[list[str]], object]) -> int:
    """``clbench references``; ``build`` is :func:`clbench.leaderboard.build`, passed in by the CLI (the board
    imports this module for its references table, so this module does not import the board)."""
    parser = argparse.ArgumentParser(prog="clbench references", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="records directories or files (default: leaderboard/records)")
    parser.add_argument("--file", default=None, help="reference YAML (default: leaderboard/references.yaml)")
    args = parser.parse_args(argv)
    path = Path(args.file) if args.file else default_file()
    if path is None:
        raise ClbenchError("no leaderboard/references.yaml in this checkout; pass --file PATH.")
    entries = load(path)
    paths = args.paths or [str(Path(__file__).resolve().parents[1] / "leaderboard" / "records")]
    board = build(paths)
    results = compare(entries, board)
    rows = table_rows(results)
    widths = [min(60, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c if i == len(row) - 1 else c[: widths[i]].ljust(widths[i]) for i, c in enumerate(row)))
    bad = [r for r in results if not r.ok]
    n = {v: sum(r.verdict == v for r in results) for v in ("agrees", "differs", "no cell")}
    print(f"\n{len(results)} references: {n['agrees']} agree, {n['differs']} differ, {n['no cell']} without a "
          f"matching cell; {len(bad)} not as expected" + (f" ({', '.join(r.entry['id'] for r in bad)})" if bad else ""))
    return 1 if bad else 0
