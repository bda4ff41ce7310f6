"""Records → leaderboard: ``LEADERBOARD.md``, a static ``site/index.html`` with plots, and (optionally) wandb.

    clbench leaderboard [RESULTS_DIR_OR_RECORD...] [--out DIR] [--matrix METHOD] [--wandb]

Only records are read. Every record is checked by :func:`clbench.records.load_record`; one that is
truncated, of another schema or whose hash does not match its content is refused by name, and so are two
different records that carry the same id. The board is still built from the good records; the exit code is
1 when anything was refused, 2 when there was nothing to build from.

Rows are (benchmark, method configuration, versions) groups aggregated over seeds: mean ± sample standard
deviation (the ± is left out for a single seed, where it is undefined), the 95 % Student-t interval of the
mean and the number of seeds (:mod:`clbench.stats` says why t and not a bootstrap). Seeds fix the class order,
so rows are paired by seed: each row with at least 3 seeds is compared with the section's best such row by a
two-sided paired t-test (level 0.05); rows whose difference is not significant are marked "n.s.", and rows
with fewer than 3 seeds are not ranked (they follow the ranked rows, marked "unranked"). Records declare the
versions of their method, protocol and data source (``versions``; a record without it is version 1 of each):
records of different versions never share a row.

A row is labelled with the name of the ``conf/method`` file whose content its records' configuration is
(``ewc_pmnist``, ``finetune_vit``); a configuration no file holds gets the method's name, or, when one method
appears with several such configurations, the name and the options that differ from ``conf/method/<name>.yaml``
(``finetune (optimizer.lr=0.01)``); sections of one benchmark under several configurations are named the same
way. When a seed was run twice with the same configuration, the newest record is used and the older one named.

Compute: the training FLOPs counted by :mod:`clbench.compute` (``record["compute"]``); a record without them
shows "not measured", never 0.

Fair comparison (docs/methods-vs-papers.md, "Fair comparison on the board"): every section states its
protocol and data, every row its backbone and training budget (epochs or steps, batch, and any samples per
experience it is not given), and the bounds column shows the lower / upper bound rows (finetune / joint,
or whatever method declares itself one: ``Capabilities.bound``) trained on the *same* backbone with the *same*
samples per experience, or says there are none: a pixel MLP's joint is not an upper bound for a frozen-ViT row.
A row significantly above its upper bound (or below its lower one; the paired t-test of "vs best") says so in
that cell, and the bound's own row says how many rows of its setting it fails to bound ("upper bound, not one
here: below 2 rows"): few-shot MNIST's joint on five shots per novel class is beaten by prototype methods, and
a reader must not take it for a ceiling.

No artefacts: a forgetting/BWT that is zero by construction (the method's evaluation or parameter isolation
freezes every old task's score) is printed as "0 by construction" with the measured reason under the table,
not as a result (:func:`artefacts`). Si-Blurry sections show the Si-Blurry paper's final accuracy and per-class
forgetting (``blurry_final_accuracy``, ``blurry_forgetting``) where the records carry them.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import sys
from pathlib import Path

import yaml

from clbench.board_table import (  # noqa: F401 - re-exported: the board's public names
    ACC_KEYS,
    COLUMNS,
    NOT_MEASURED,
    STATS_TEXT,
    Board,
    Row,
    artefact_marks,
    columns_for,
    fmt_bytes,
    fmt_cell,
    fmt_count,
    fmt_flops,
    markdown_table,
)
from clbench.errors import ClbenchError
from clbench.records import RecordError, config_hash, load_record


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


#: record id -> why its counted compute is known stale (``stale-compute.txt`` beside the records: ids whose
#: FLOPs an older counter got wrong, e.g. counter v1's CPU attention counted 0); the board shows those FLOPs as
#: "not measured" rather than an under-count. Filled by :func:`load_records`.
STALE_COMPUTE: dict[str, str] = {}
STALE_FILE = "stale-compute.txt"


def _read_stale(folder: Path) -> None:
    """``id  reason`` per line (``#`` comments) of ``folder``'s :data:`STALE_FILE`, if it has one."""
    path = folder / STALE_FILE
    if not path.is_file():
        return
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rid, _, reason = line.partition(" ")
            STALE_COMPUTE[rid] = reason.strip() or "stale compute count"


def load_records(paths: list[str | Path], notes: list[str] | None = None
                 ) -> tuple[list[tuple[Path, dict]], list[str]]:
    """Load every record under ``paths``; return the good ones and one sentence per refused file
    (harmless findings, such as the same record found twice, go to ``notes``)."""
    good: dict[str, tuple[Path, dict]] = {}
    problems: list[str] = []
    notes = notes if notes is not None else []
    clashed: set[str] = set()
    seen_files: set[Path] = set()
    for folder in {path.parent for path in record_files(paths)}:
        _read_stale(folder)
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
    if m.get("blurry_final_accuracy") is not None:
        # Si-Blurry (Moon et al. 2023): accuracy over every exposed class's test samples and forgetting per
        # class, the paper's definitions, instead of clbench's per-task averages (kept in the record)
        out["final_average_accuracy"] = m["blurry_final_accuracy"]
        out["forgetting"] = m.get("blurry_forgetting")
    # a count an older counter is known to have got wrong is not shown as if it were measured
    out["train_flops"] = None if rec.get("id") in STALE_COMPUTE else (rec.get("compute") or {}).get("train_flops")
    out.update({
        "params": params[-1] if params else None,
        # growth over the stream: what the method added after its first experience's model
        "params_added": params[-1] - params[0] if params else None,
        "memory_bytes": memory[-1] if memory else None,
        "train_seconds": cost.get("train_seconds"),
    })
    return out


def record_versions(rec: dict) -> tuple[int, int, int]:
    """(method, protocol, source) versions a record declares; a record without them is version 1 of each."""
    v = rec.get("versions") or {}
    return tuple(int(v.get(k) or 1) for k in ("method", "protocol", "source"))  # type: ignore[return-value]


def _flatten(d: dict, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in d.items():
        if isinstance(v, dict) and v:
            out.update(_flatten(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


@functools.cache
def _default_config_text(kind: str, name: str) -> str | None:
    from clbench.config import conf_dirs

    for d in conf_dirs():
        path = d / kind / f"{name}.yaml"
        if path.is_file():
            try:
                return path.read_text()
            except OSError:
                return None
    return None


def default_config(kind: str, name: str) -> dict | None:
    """``conf/<kind>/<name>.yaml`` (kind "method" or "benchmark"), or None when no file has that name."""
    text = _default_config_text(kind, name)
    try:
        cfg = yaml.safe_load(text) if text is not None else None
    except yaml.YAMLError:
        return None
    return cfg if isinstance(cfg, dict) else None


def _short(v: object) -> str:
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(_short(x) for x in v) + "]"
    return "null" if v is None else str(v)


def differing_options(cfg: dict, default: dict) -> list[str]:
    """``key=value`` for every option of ``cfg`` that differs from ``default`` (dotted keys; ``key=unset`` for
    one the default has and ``cfg`` lacks), sorted."""
    a, b = _flatten(cfg), _flatten(default)
    out = [f"{k}={_short(a[k])}" for k in sorted(a) if k != "name" and (k not in b or a[k] != b[k])]
    out += [f"{k}=unset" for k in sorted(b) if k != "name" and k not in a]
    return out


def option_label(name: str, cfg: dict, kind: str, h: str, limit: int = 4) -> str:
    """``name (opt=value, ...)`` naming the options that differ from ``conf/<kind>/<name>.yaml`` (the plain name
    when nothing does); the hash prefix only when no such file exists."""
    default = default_config(kind, name)
    if default is None:
        return f"{name} [{h[:6]}]"
    diffs = differing_options(cfg, default)
    if not diffs:  # the configuration of conf/<kind>/<name>.yaml itself
        return name
    more = f", +{len(diffs) - limit} more" if len(diffs) > limit else ""
    return f"{name} ({', '.join(diffs[:limit])}{more})"


def _labels(hashes_by_name: dict[str, set[str]], name: str, h: str, cfg: dict | None = None) -> str:
    if len(hashes_by_name[name]) == 1:
        return name
    return option_label(name, cfg, "benchmark", h) if cfg is not None else f"{name} [{h[:6]}]"


@functools.lru_cache(maxsize=1)
def method_config_files() -> dict[str, str]:
    """config hash -> the conf/method file stem holding exactly that configuration (clbench's own conf/
    first, then plugins'); where two files hold the same content, the one named like the method wins."""
    from clbench.config import conf_dirs

    out: dict[str, str] = {}
    for d in conf_dirs():
        for path in sorted((d / "method").glob("*.yaml")):
            try:
                cfg = yaml.safe_load(path.read_text())
            except (OSError, yaml.YAMLError):
                continue
            if not isinstance(cfg, dict):
                continue
            h = config_hash(cfg)
            if h not in out or path.stem == cfg.get("name"):
                out[h] = path.stem
    return out


def _row_label(name: str, mh: str, hashes: set[str], taken: set[str], cfg: dict | None = None
               ) -> tuple[str, str | None]:
    stem = method_config_files().get(mh)
    if stem is not None and stem not in taken:
        return stem, stem
    if len(hashes) == 1:
        label = name
    else:
        label = option_label(name, cfg, "method", mh) if cfg is not None else f"{name} [{mh[:6]}]"
    if label in taken:  # two configurations that differ beyond the options shown
        label = f"{label} [{mh[:6]}]"
    return label, None


# -------------------------------------------------------------------------------- settings and fairness
def _hidden(h) -> str:
    return "-".join(str(int(v)) for v in h) if h else "linear"


def describe_backbone(cfg: dict) -> tuple[str, str]:
    """(what the row's backbone is, the key bounds must share): from the method config alone."""
    b = cfg.get("backbone")
    if isinstance(b, str):
        b = {"name": b}
    if isinstance(b, dict):
        name = b.get("name", "?")
        if name == "mlp":
            text = f"MLP {_hidden(b.get('hidden', (100, 100)))}"
        elif name == "vit":
            arch = b.get("arch", "clbench_tiny")
            text = "tiny ViT, pretrained on Animal-MNIST" if arch == "clbench_tiny" else f"ViT {arch}"
        elif name == "mobilenet_v2":
            w = b.get("weights", "imagenet")
            w = "ImageNet" if w == "imagenet" else w or "random"
            text = f"MobileNetV2, {w} weights, {b.get('image_size', 64)} px"
        else:
            text = str(name)
        return text, text
    if "target_hidden" in cfg:  # a hypernetwork generates the weights of this target network
        text = f"MLP {_hidden(cfg['target_hidden'])}"
        return f"{text} (weights from a hypernetwork)", text
    if isinstance(cfg.get("lm"), dict):
        lora = cfg.get("lora") or {}
        name = cfg["lm"].get("name", "?")
        text = "tiny causal LM, pretrained by clbench" if name == "tiny" else f"causal LM {name}"
        return text + (f", LoRA r {lora['r']}" if "r" in lora else ""), text
    if "weights" in cfg and "image_size" in cfg:  # a method over features of a frozen pretrained net (IBCL)
        w = "ImageNet" if cfg["weights"] == "imagenet" else cfg["weights"] or "random"
        text = f"MobileNetV2, {w} weights, {cfg['image_size']} px"
        return f"{text}, features frozen", text
    return "–", "–"


def describe_training(cfg: dict) -> str:
    """Epochs or steps, batch size, and any images per experience the method is not given."""
    parts = []
    for key, unit in (("epochs", "ep"), ("iterations", "it/exp"), ("steps", "steps/exp")):
        if cfg.get(key) is not None:
            parts.append(f"{cfg[key]} {unit}")
            break
    if cfg.get("batch_size") is not None:
        parts.append(f"bs {cfg['batch_size']}")
    if cfg.get("max_train_per_experience"):
        parts.append(f"{int(cfg['max_train_per_experience']):,} samples/exp")
    return ", ".join(parts) or "–"


def _declared(name: str):
    """The method's declared capabilities (registry table data: imports no method module), or None for a
    method this installation does not have or cannot import."""
    try:
        from clbench.registry import method_capabilities

        return method_capabilities(name)
    except Exception:  # noqa: BLE001 - a method that does not import must not take the board down
        return None


def _frozen(name: str) -> bool:
    """Whether the method declares a frozen backbone (its registered capabilities' notes)."""
    return "frozen" in getattr(_declared(name), "notes", "")


def describe_section(records: list[dict]) -> str:
    """One line: the protocol, the stream and the data every row of this section is given."""
    rec = records[0]
    bcfg, sc = rec["benchmark"]["config"], rec["scenario"] or {}
    protocol = str(bcfg.get("protocol", sc.get("protocol", "?"))).replace("_", "-")
    # the stream's stated parameters (labelled fraction, drift schedule, repetition probabilities, shots/ways...)
    params = {k: v for k, v in (bcfg.get("protocol_args") or {}).items() if k != "n_experiences"}
    if params:
        protocol += " (" + ", ".join(f"{k}={v}" for k, v in params.items()) + ")"
    n_exp = sc.get("n_experiences")
    per = sc.get("classes_per_experience") or []
    sizes = sorted({len(c) for c in per})
    stream = f"{n_exp} experiences" + (f" of {sizes[0]} class{'es' * (sizes[0] != 1)}" if len(sizes) == 1 else "")
    ids = "task ids at test" if sc.get("task_ids_at_test") else "no task ids at test"
    sa = bcfg.get("source_args") or {}
    limits = [f"first {int(sa[k]):,} {what} samples"
              for k, what in (("limit_train", "training"), ("limit_test", "test")) if sa.get(k)]
    data = f"source {bcfg.get('source', '?')}, " + (" and ".join(limits) if limits else "full train/test splits")
    return (f"Protocol: {protocol}, {stream}, {ids}. Data: {data}; each row trains on all of it unless its "
            "training column names fewer samples per experience.")


def declared_bound(name: str) -> tuple[str, int] | None:
    """("lower" | "upper", rank) when the method declares itself a bound (``Capabilities.bound``), else None."""
    caps = _declared(name)
    return (caps.bound, caps.bound_rank) if getattr(caps, "bound", "") else None


def _fmt_pct(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.2f}"


def attach_bounds(rows: list[Row]) -> None:
    """Each row's bounds cell: the final accuracy of the rows whose methods declare themselves the lower and
    the upper bound (``Capabilities.bound``: finetune / joint, their probe and LoRA counterparts) and that
    share its backbone and its images per experience, or a statement that there are none (never a bound
    from another setting). Of several rows declaring one bound there, the lowest ``bound_rank`` is shown,
    then the first in the section's order."""
    def key(r: Row):
        cfg = r.records[0]["method"]["config"]
        return describe_backbone(cfg)[1], cfg.get("max_train_per_experience")

    from clbench import stats

    def final(r: Row) -> float | None:
        return r.stats["final_average_accuracy"][0]

    roles = [declared_bound(r.records[0]["method"]["name"]) for r in rows]
    crossed: dict[int, int] = {}  # bound row -> how many rows of its setting are on its wrong side
    cells: dict[int, str] = {}
    for j, (r, role) in enumerate(zip(rows, roles)):
        if role is not None:
            continue
        found, notes = [], []
        for want in ("lower", "upper"):
            same = [(o_role[1], i) for i, (o, o_role) in enumerate(zip(rows, roles))
                    if o_role is not None and o_role[0] == want and key(o) == key(r)]
            if not same:
                found.append("–")
                continue
            b = min(same)[1]
            found.append(_fmt_pct(final(rows[b])))
            # a bound this row crosses is no bound for it: said in the cell, never left for the reader to spot.
            # Crossing means the board's own test says so (paired t over shared seeds, as "vs best"), so a
            # seed-noise tie with finetune (EWC in class-IL) is not called a crossing
            res = stats.paired(seed_values(rows[b]), seed_values(r))
            if res.significant and (res.mean > 0 if want == "upper" else res.mean < 0):
                side = "above the upper" if want == "upper" else "below the lower"
                notes.append(f"{side} bound (p={res.p:.2g})")
                crossed[b] = crossed.get(b, 0) + 1
        cells[j] = (" / ".join(found) if found != ["–", "–"] else "none on this backbone & data") + \
            "".join(f", {n}" for n in notes)
    for j, (r, role) in enumerate(zip(rows, roles)):
        if role is None:
            r.text["bounds"] = cells[j]
            continue
        n = crossed.get(j, 0)
        side = "below" if role[0] == "upper" else "above"
        r.text["bounds"] = f"{role[0]} bound" + (f", not one here: {side} {n} row{'s' * (n != 1)}" if n else "")


# --------------------------------------------------------------------------------------------- artefacts
def _all_zero(records: list[dict], keys=("forgetting", "bwt")) -> bool:
    return all((r["metrics"] or {}).get(k) is not None and abs(r["metrics"][k]) == 0.0 for r in records for k in keys)


def artefacts(records: list[dict]) -> dict[str, str]:
    """Metrics of these records that are zero by construction, each with the measured reason.

    Only forgetting and BWT, and only when they are exactly zero in every seed *and* the cause is shown by
    the records themselves: an evaluation that scores each old task with a model that never changes (IBCL's
    one-hot per-task preference, ``eval_preference: task``), or one module per experience that is never
    trained again, measured in the method report (LCIA opening one LoRA group per task, ``groups_opened``
    equal to the number of experiences in every seed), or a method that declares it, or accuracy columns
    that stay bit-identical after every later experience (per-task parameters: CLR, DST).
    """
    if not records or not _all_zero(records):
        return {}
    cfgs = [r["method"]["config"] for r in records]
    why = None
    if all(c.get("eval_preference") == "task" for c in cfgs):
        why = ("0 by construction: each task is scored with its own one-hot preference, whose posteriors are "
               "never updated after that task (eval_preference: task)")
    else:
        opened = []
        for r in records:
            rep = r.get("method_report") or []
            last = rep[-1] if rep and isinstance(rep[-1], dict) else {}
            opened.append((last.get("groups_opened"), (r["scenario"] or {}).get("n_experiences")))
        if all(g is not None and g == n for g, n in opened):
            n = opened[0][1]
            why = (f"0 by construction: one adapter group per task ({n} of {n} experiences opened a new group in "
                   "every seed, method_report.groups_opened); each task is decoded by its own adapter, never "
                   "trained again")
        elif all("by construction" in _declared_notes(r["method"]["name"]) for r in records):
            why = f"0 by construction: {_declared_notes(records[0]['method']['name'])}"
        elif all(_frozen_columns(r["accuracy_matrix"]) for r in records):
            routed = ("task ids at test select parameters no later experience trains"
                      if all((r["scenario"] or {}).get("task_ids_at_test") for r in records)
                      else "nothing a later experience trains changes how it is scored")
            why = ("0 by construction: every earlier experience's accuracy is bit-identical after each later "
                   f"experience in every seed ({routed})")
    return {"forgetting": why, "bwt": why} if why else {}


def _frozen_columns(R: list[list[float | None]]) -> bool:
    """Every experience's accuracy after its own training equals, to the last bit, its accuracy after each
    later experience: what parameter isolation gives, and what training on shared weights never does."""
    return len(R) > 1 and all(R[i][j] == R[j][j] for j in range(len(R)) for i in range(j + 1, len(R)))


def _declared_notes(name: str) -> str:
    return getattr(_declared(name), "notes", "")


def seed_values(row: Row, key: str = "final_average_accuracy") -> dict[int, float | None]:
    """seed → the row's value of ``key`` in that seed's record (the board's values, Si-Blurry's where used)."""
    return {int(rec["seed"]): _record_values(rec).get(key) for rec in row.records}


def attach_statistics(rows: list[Row], key: str = "final_average_accuracy") -> None:
    """Interval, rank and paired test of every row (rows sorted best first on entry, re-sorted ranked first).

    The best row is the highest mean among rows with at least ``stats.MIN_SEEDS`` seeds; every other such row
    is tested against it on their shared seeds (paired: a seed fixes the class order). Rows with fewer seeds
    are not ranked and move below the ranked ones, keeping their order by mean.
    """
    from clbench import stats

    for r in rows:
        iv = stats.t_interval([v for v in seed_values(r, key).values()])
        r.text["ci"] = f"{100 * iv[0]:.2f} – {100 * iv[1]:.2f}" if iv else "–"
    ranked = [r for r in rows if len([v for v in seed_values(r, key).values() if v is not None]) >= stats.MIN_SEEDS]
    unranked = [r for r in rows if r not in ranked]
    rows[:] = ranked + unranked
    best = ranked[0] if ranked else None
    for i, r in enumerate(ranked, 1):
        r.rank = i
        r.text["rank"] = str(i)
        if r is best:
            r.text["vs_best"] = "best"
            continue
        res = stats.paired(seed_values(best, key), seed_values(r, key))
        r.vs_best = res
        if not res.tested:
            r.text["vs_best"] = f"not tested ({res.n} shared seeds)"
        else:
            verdict = "n.s." if not res.significant else "worse"
            r.text["vs_best"] = f"{100 * res.mean:+.2f}, p={res.p:.2g} ({verdict}, n={res.n})"
    for r in unranked:
        r.text["rank"] = f"unranked (< {stats.MIN_SEEDS} seeds)"
        r.text["vs_best"] = "–"


def describe_budget_and_backbone(rows: list[Row]) -> str:
    """The section's budget and backbone line: shared values named, per-row ones pointed at their column."""
    budgets = {repr((rec.get("compute") or {}).get("budget")) for r in rows for rec in r.records}
    recs = [rec for r in rows for rec in r.records]
    budget = next(((rec.get("compute") or {}).get("budget") for rec in recs), None)
    if len(budgets) == 1 and budget:
        btext = "Budget: " + ", ".join(f"{k} {v:,}" if k == "samples" else f"{k} {v:.3g}"
                                        for k, v in budget.items()) + " per experience (benchmark.budget, enforced)."
    elif len(budgets) > 1:
        btext = "Budget: differs between records (see each record's compute.budget)."
    else:
        btext = "Budget: no compute cap; each row's epochs and batch are in its training column."
    backbones = {r.text.get("backbone") for r in rows}
    bbtext = (f"Backbone: {next(iter(backbones))} for every row." if len(backbones) == 1
              else "Backbone: per row (backbone column).")
    return f"{btext} {bbtext}"


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
    groups: dict[tuple[str, str, tuple[int, int, int]], dict[str, dict[int, tuple[Path, dict]]]] = {}
    method_hashes: dict[str, dict[str, set[str]]] = {}
    for path, rec, bh, mh in complete:
        bench = _labels(bench_hashes, rec["benchmark"]["name"], bh, rec["benchmark"]["config"])
        method_hashes.setdefault(bench, {}).setdefault(rec["method"]["name"], set()).add(mh)
        # a changed method/protocol/source version never merges into the rows of the old one
        vkey = record_versions(rec)
        by_seed = groups.setdefault((bench, mh, vkey), {}).setdefault(rec["method"]["name"], {})
        old = by_seed.get(rec["seed"])
        if old is not None:
            newer, older = sorted([old, (path, rec)], key=lambda pr: pr[1]["provenance"].get("finished_at", ""))[::-1]
            notes.append(f"record {older[0]} repeats seed {rec['seed']} of {newer[0]}; the newer one is used.")
            by_seed[rec["seed"]] = newer
        else:
            by_seed[rec["seed"]] = (path, rec)
    benchmarks: dict[str, list[Row]] = {}
    taken: dict[str, set[str]] = {}
    versions_seen: dict[tuple[str, str], set] = {}
    for bench, mh, vkey in groups:
        versions_seen.setdefault((bench, mh), set()).add(vkey)
    for (bench, mh, vkey), methods in sorted(groups.items()):
        for name, by_seed in methods.items():
            chosen = [pr for _, pr in sorted(by_seed.items())]
            label, stem = _row_label(name, mh, method_hashes[bench][name], taken.setdefault(bench, set()),
                                     chosen[0][1]["method"]["config"])
            if len(versions_seen[(bench, mh)]) > 1 or vkey != (1, 1, 1):
                label += " v" + ".".join(map(str, vkey))  # (method, protocol, source) versions
            taken[bench].add(label)
            row = Row(label, [rec for _, rec in chosen], paths=[p for p, _ in chosen], config=stem, versions=vkey)
            values = [_record_values(r) for r in row.records]
            row.stats = {k: _mean_std([v[k] for v in values]) for k in values[0]}
            cfg = row.records[0]["method"]["config"]
            shown = describe_backbone(cfg)[0]
            if shown != "–" and "frozen" not in shown and _frozen(name):
                shown += ", frozen"
            row.text.update({"backbone": shown, "training": describe_training(cfg)})
            row.artefacts = {k: v for k, v in artefacts(row.records).items() if v}
            benchmarks.setdefault(bench, []).append(row)
    settings = {}
    for bench, rows in benchmarks.items():
        rows.sort(key=lambda r: -(r.stats["final_average_accuracy"][0] or 0.0))
        attach_statistics(rows)
        attach_bounds(rows)
        settings[bench] = describe_section(rows[0].records) + " " + describe_budget_and_backbone(rows)
        if any(r.records[0]["metrics"].get("blurry_final_accuracy") is not None for r in rows):
            settings[bench] += (" Final accuracy and forgetting are the Si-Blurry paper's (accuracy over the test "
                                "samples of every class exposed so far; forgetting per class), not per task.")
    return Board(benchmarks, list(refused or []), notes, len(complete), settings)


def build(paths: list[str | Path]) -> Board:
    notes: list[str] = []
    records, refused = load_records(paths, notes)
    return aggregate(records, refused, notes)


# ------------------------------------------------------------------------------------------- markdown
def markdown(board: Board) -> str:
    out = ["# clbench leaderboard", "",
           "Generated by `clbench leaderboard` from hashed run records; " + STATS_TEXT + " "
           "Accuracies in %; forgetting, BWT and FWT in accuracy points; params added = parameters after the last "
           "experience minus after the first; memory = stored exemplars/statistics after the last experience; "
           "train FLOPs = training FLOPs counted by clbench.compute, a frozen backbone's forward included once per "
           "input (\"not measured\" where a run's training did not pass through the meter, or where "
           "records/stale-compute.txt names the record: counted by an older counter that got it wrong — v1 "
           "counted attention on a CPU as 0). Rows are named by "
           "their conf/method file, or by the options that differ from it. The finetune / "
           "joint column gives the final accuracy of the bounds trained on the same backbone with the same "
           "samples per experience as the row, or says there are none.",
           ""]
    for bench, rows in board.benchmarks.items():
        out += [f"## {bench}", "", board.settings.get(bench, ""), "", markdown_table(rows), ""]
        out += ["<details><summary>records</summary>", ""]
        for r in rows:
            for rec in r.records:
                prov = rec["provenance"]
                out.append(f"- {r.method} seed {rec['seed']}: `{rec['id']}` (clbench {prov.get('clbench_version')}, "
                           f"commit {prov.get('git_commit') or 'n/a'}, torch {prov.get('torch')})")
        out += ["", "</details>", ""]
    refs = reference_lines(board)
    if refs:
        out += ["## Published references", "",
                "Board cells held to a published number (leaderboard/references.yaml; `clbench references` "
                "prints this table and exits 1 when a verdict is not the one the file expects).", ""] + refs + [""]
    if board.problems:
        out += ["## Refused or left out", ""] + [f"- {p}" for p in board.problems] + [""]
    return "\n".join(out)


def reference_rows(board: Board) -> list[list[str]]:
    """The references table (header first) for this board; empty when there is no reference file."""
    from clbench import references

    path = references.default_file()
    if path is None:
        return []
    return references.table_rows(references.compare(references.load(path), board))


def reference_lines(board: Board) -> list[str]:
    """The references table in Markdown, empty when there is no reference file."""
    from clbench import references

    rows = reference_rows(board)
    return references.markdown_lines(rows) if rows else []


def write_board(board: Board, out_dir: str | Path, matrix_method: str | None = None) -> tuple[Path, Path]:
    from clbench.io import atomic_write_bytes
    from clbench.site import render_site

    out_dir = Path(out_dir)
    md_path, html_path = out_dir / "LEADERBOARD.md", out_dir / "site" / "index.html"
    atomic_write_bytes(md_path, markdown(board).encode())
    atomic_write_bytes(html_path, render_site(board, matrix_method, reference_rows(board)).encode())
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
    parser.add_argument("--force", action="store_true",
                        help="replace LEADERBOARD.md and site/ in an --out directory this command did not write")
    args = parser.parse_args(argv)
    from clbench.checks import check_board_out, check_matrix_method

    check_board_out(args.out, args.paths, args.force)  # never the published board by accident
    board = build(args.paths)
    for p in board.refused:
        print(f"refused: {p}", file=sys.stderr)
    for p in board.notes:
        print(f"note: {p}", file=sys.stderr)
    if not board.benchmarks:
        raise ClbenchError(f"no complete, valid record found under {', '.join(args.paths)}; run a suite first "
                           "(clbench run suite=quick).")
    check_matrix_method(args.matrix, board)
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
