"""The board's rows and their formatting: :class:`Row`, :class:`Board`, the columns and each cell's text.

Shared by :mod:`clbench.leaderboard` (which aggregates records into rows and writes the Markdown) and
:mod:`clbench.site` (the HTML page), so the page never imports the aggregation back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ACC_KEYS = ("final_average_accuracy", "average_incremental_accuracy", "forgetting", "bwt", "fwt",
            "task_aware_final_average_accuracy", "a_auc")
NOT_MEASURED = "not measured"
STATS_TEXT = ("final acc: mean ± sample std over seeds; 95 % CI: Student-t interval of the mean over the seeds "
              "(n = seeds); vs best: two-sided paired t-test of the final accuracy against the section's best "
              "ranked row over their shared seeds (seeds fix the class order), level 0.05, uncorrected: n.s. = "
              "not significantly different from the best; rows with fewer than 3 seeds are not ranked.")
# (key, Markdown/HTML header, kind) — kind picks the formatting
COLUMNS = (
    ("method", "method", "text"),
    ("n", "seeds", "int"),
    ("final_average_accuracy", "final acc (%)", "pct"),
    ("ci", "95 % CI (t, %)", "label"),
    ("vs_best", "vs best (paired t)", "label"),
    ("rank", "rank", "label"),
    ("average_incremental_accuracy", "avg inc acc (%)", "pct"),
    ("forgetting", "forgetting (%)", "pct"),
    ("bwt", "BWT (%)", "pct"),
    ("fwt", "FWT (%)", "pct"),
    ("task_aware_final_average_accuracy", "task-aware acc (%)", "pct"),
    ("a_auc", "A_AUC (%)", "pct"),
    ("bounds", "finetune / joint, same backbone & data (%)", "label"),
    ("backbone", "backbone", "label"),
    ("training", "training", "label"),
    ("params", "params", "count"),
    ("params_added", "params added", "count"),
    ("memory_bytes", "memory", "bytes"),
    ("train_flops", "train FLOPs", "flops"),
    ("train_seconds", "train s", "secs"),
)


@dataclass
class Row:
    """One method configuration on one benchmark, over its seeds."""

    method: str
    records: list[dict] = field(default_factory=list)
    stats: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    paths: list[Path] = field(default_factory=list)
    config: str | None = None  # the conf/method file whose content the records' method config is
    # text cells ("label" columns): backbone, training, bounds; one more column (e.g. a per-record signed or
    # verified status) is a COLUMNS entry of kind "label" and a key set here
    text: dict[str, str] = field(default_factory=dict)
    artefacts: dict[str, str] = field(default_factory=dict)  # metric key -> why its value holds by construction
    versions: tuple[int, int, int] = (1, 1, 1)  # (method, protocol, source) the records declare
    rank: int | None = None  # None: not ranked (fewer than stats.MIN_SEEDS seeds)
    vs_best: object = None  # clbench.stats.Paired against the section's best ranked row (None: the best itself)

    @property
    def n(self) -> int:
        return len(self.records)


@dataclass
class Board:
    benchmarks: dict[str, list[Row]]
    refused: list[str]  # records that could not be trusted (exit code 1)
    notes: list[str]  # records read but left off or merged: failed runs, repeated seeds, copies
    n_records: int
    settings: dict[str, str] = field(default_factory=dict)  # benchmark -> its protocol, data and budget line

    @property
    def problems(self) -> list[str]:
        return self.refused + self.notes


def fmt_count(v: float | None) -> str:
    if v is None:
        return "–"
    for unit, scale in (("M", 1e6), ("k", 1e3)):
        if abs(v) >= scale:
            return f"{v / scale:.1f}{unit}"
    return f"{v:.0f}"


def fmt_flops(v: float | None) -> str:
    """Counted FLOPs with an SI prefix; a row without counted compute is "not measured", never 0."""
    if v is None:
        return NOT_MEASURED
    for unit, scale in (("P", 1e15), ("T", 1e12), ("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if abs(v) >= scale:
            return f"{v / scale:.3g} {unit}"
    return f"{v:.0f}"


def fmt_bytes(v: float | None) -> str:
    if v is None:
        return "–"
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("kB", 2**10)):
        if abs(v) >= scale:
            return f"{v / scale:.1f} {unit}"
    return f"{v:.0f} B"


def artefact_marks(rows: list[Row]) -> dict[str, str]:
    """Footnote letter of each distinct artefact reason in these rows, in row order."""
    marks: dict[str, str] = {}
    for r in rows:
        for why in r.artefacts.values():
            marks.setdefault(why, "abcdefghijklmnopqrstuvwxyz"[len(marks) % 26])
    return marks


def fmt_cell(row: Row, key: str, kind: str, marks: dict[str, str] | None = None) -> str:
    if key == "method":
        return row.method
    if key == "n":
        return str(row.n)
    if kind == "label":
        return row.text.get(key, "–")
    if key in row.artefacts:  # zero by construction: a label, not a result
        mark = (marks or {}).get(row.artefacts[key])
        return "0 by construction" + (f" ({mark})" if mark else "")
    mean, std = row.stats[key]
    if kind == "flops":
        # records written before clbench.compute sit beside re-runs that count: the mean is over the counted ones
        counted = sum(1 for r in row.records if (r.get("compute") or {}).get(key) is not None)
        partial = 0 < counted < len(row.records)
        return fmt_flops(mean) + (f" ({counted} of {len(row.records)} seeds)" if partial else "")
    if mean is None:
        return "–"
    if kind == "pct":
        return f"{100 * mean:.2f}" + (f" ± {100 * std:.2f}" if std is not None else "")
    if kind == "secs":
        return f"{mean:.1f}" + (f" ± {std:.1f}" if std is not None else "")
    return fmt_count(mean) if kind == "count" else fmt_bytes(mean)


def columns_for(rows: list[Row]) -> list[tuple[str, str, str]]:
    """A_AUC only where some record defines it (online / blurry streams); Si-Blurry's own definitions are
    named in the headers where the rows use them."""
    has_auc = any(r.stats["a_auc"][0] is not None for r in rows)
    # FWT needs the untrained learner's accuracy, task-aware accuracy a task-agnostic protocol: shown where
    # some row has it
    blurry = any(r.records[0]["metrics"].get("blurry_final_accuracy") is not None for r in rows)
    heads = {"final_average_accuracy": "final acc, Si-Blurry (%)", "forgetting": "forgetting per class (%)"}
    optional = {k for k in ("fwt", "task_aware_final_average_accuracy") if all(r.stats[k][0] is None for r in rows)}
    if not has_auc:
        optional.add("a_auc")
    return [(k, heads.get(k, h) if blurry else h, kind) for k, h, kind in COLUMNS if k not in optional]


def markdown_table(rows: list[Row]) -> str:
    cols, marks = columns_for(rows), artefact_marks(rows)
    lines = ["| " + " | ".join(h for _, h, _ in cols) + " |",
             "|" + "|".join(":--" if kind in ("text", "label") else "--:" for _, _, kind in cols) + "|"]
    lines += ["| " + " | ".join(fmt_cell(r, k, kind, marks) for k, _, kind in cols) + " |" for r in rows]
    lines += [""] * bool(marks) + [f"({m}) {why}." for why, m in marks.items()]
    return "\n".join(lines)
