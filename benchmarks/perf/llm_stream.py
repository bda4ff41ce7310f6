"""The LLM instruction stream's compute split and the numbers a record holds (issue 16): a script, not a test.

Two uses:

* ``python benchmarks/perf/llm_stream.py RECORD.json [...]`` reads finished records (``results/llm/records``)
  and prints, per record: train / eval seconds (the runner's split), exact match per task at the end and at its
  peak, final average, forgetting, the general-ability probe before/after, and for lcia the record extras
  (groups opened and reused, routing accuracy of the held-out paraphrased test instructions, α by tensor size
  and fallback count, kept fraction of θ*).
* ``--table`` prints one markdown row per record, ``--cells`` one per cell (the ``conf/method`` file whose
  options the record holds, on its benchmark) with mean ± sd over its seeds.
* ``python benchmarks/perf/llm_stream.py --run METHOD [BENCHMARK]`` runs one cell (seed 0, results in
  ``results/llm``) and then prints the same, e.g. ``--run lora_seq_llm`` (needs the ``clbench[llm]`` extra).

Routing accuracy: a test instruction is routed right when lcia's route for it is the group that trained its
task (the first experience of the task's family; a recurring task reuses it when grouping works).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _fmt(x) -> str:
    return "  -  " if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:5.2f}"


def routing_accuracy(report: dict, families: list[str]) -> float | None:
    from benchmarks.instructions import LLM_TASKS

    routes, groups = report.get("routes") or {}, report.get("experience_groups") or []
    if not routes or len(groups) != len(families):
        return None
    home = {}
    for fam, g in zip(families, groups):
        home.setdefault(fam.split("#")[0], g)
    hits = total = 0
    for fam, g in home.items():
        for ins in LLM_TASKS[fam][1]:
            if ins in routes:
                total += 1
                hits += routes[ins] == g
    return hits / total if total else None


def show(path: Path) -> None:
    r = json.loads(path.read_text())
    R, m, cost = r["accuracy_matrix"], r["metrics"], r["cost"]
    names = (r.get("scenario") or {}).get("meta", {}).get("tasks") or [str(i) for i in range(len(R))]
    reports = r.get("method_report") or []
    last = (reports[-1] if isinstance(reports, list) and reports else reports) or {}
    method, bench = r['method']['name'], r['benchmark']['name']
    print(f"## {path.name}: {method} on {bench} seed {r['seed']}")
    tr, ev = cost.get("train_seconds") or 0.0, cost.get("eval_seconds") or 0.0
    share = 100 * ev / max(tr + ev, 1e-9)
    print(f"   seconds: train {tr:.1f}, eval {ev:.1f} ({share:.0f} % eval), total {tr + ev:.1f}")
    print("   task        final  peak")
    for j, name in enumerate(names):
        col = [R[i][j] for i in range(j, len(R)) if R[i][j] is not None and R[i][j] == R[i][j]]
        print(f"   {name:<11} {_fmt(R[-1][j])} {_fmt(max(col) if col else None)}")
    print(f"   final average {_fmt(m['final_average_accuracy'])}, forgetting {_fmt(m.get('forgetting'))}, "
          f"bwt {_fmt(m.get('bwt'))}")
    if "probe_before" in last:
        print(f"   general-ability probe: before {_fmt(last['probe_before'])}, after {_fmt(last['probe_after'])}")
    if method == "lcia":
        fams = [n.split("#")[0] for n in names]
        print(f"   groups opened {last.get('groups_opened')}, reused {last.get('groups_reused')}, "
              f"per experience {last.get('experience_groups')}")
        print(f"   routing accuracy on the paraphrased test instructions {_fmt(routing_accuracy(last, fams))}")
        print(f"   alpha by tensor size {last.get('alpha_by_size')}")
        print(f"   kept fraction of theta* (last task) {last.get('kept_fraction_by_size')}")


def table(paths: list[Path]) -> None:
    """One markdown row per record: the cell, final average, forgetting, probe before/after, seconds."""
    print("| cell | final avg | forgetting | probe before → after | train s | eval s |")
    print("|---|---|---|---|---|---|")
    for p in paths:
        r = json.loads(p.read_text())
        m, c = r["metrics"], r["cost"]
        reps = r.get("method_report") or []
        last = (reps[-1] if isinstance(reps, list) and reps else reps) or {}
        cfg = r["method"]["config"]
        extra = {k: cfg[k] for k in ("ema_alpha", "grouping", "tfidf") if k in cfg}
        label = f"`{r['method']['name']}` {extra if extra else ''} on `{r['benchmark']['name']}` s{r['seed']}"
        probe = f"{_fmt(last.get('probe_before'))} → {_fmt(last.get('probe_after'))}" if "probe_before" in last else ""
        print(f"| {label} | {_fmt(m['final_average_accuracy'])} | {_fmt(m.get('forgetting'))} | {probe} | "
              f"{c.get('train_seconds', 0):.0f} | {c.get('eval_seconds', 0):.0f} |")


def config_name(cfg: dict) -> str:
    """The ``conf/method`` file whose options are exactly this record's method config (else the method name)."""
    import yaml

    for f in sorted((ROOT / "conf" / "method").glob("*.yaml")):
        if yaml.safe_load(f.read_text()) == cfg:
            return f.stem
    return cfg.get("name", "?")


def cells(paths: list[Path]) -> None:
    """One markdown row per cell (method config x benchmark): mean ± sd over its seeds of the final average,
    forgetting and the probe after the stream, the seeds it rests on, and the mean train / eval seconds."""
    import statistics

    groups: dict[tuple[str, str], list[dict]] = {}
    seen: set[str] = set()
    for p in paths:
        r = json.loads(p.read_text())
        # a record published to leaderboard/records and still in results/llm/records counts once
        if r.get("status") == "complete" and r["id"] not in seen:
            seen.add(r["id"])
            groups.setdefault((config_name(r["method"]["config"]), r["benchmark"]["name"]), []).append(r)

    def ms(xs: list[float]) -> str:
        return f"{statistics.mean(xs):.3f}" + (f" ± {statistics.stdev(xs):.3f}" if len(xs) > 1 else "")

    print("| config | benchmark | seeds | final avg | forgetting | probe after (before 0.70) | train s | eval s |")
    print("|---|---|---|---|---|---|---|---|")
    for (name, bench), recs in sorted(groups.items()):
        recs = sorted(recs, key=lambda r: r["seed"])
        last = [(r.get("method_report") or [{}])[-1] for r in recs]
        probe = [x["probe_after"] for x in last if "probe_after" in x]
        print(f"| `{name}` | `{bench}` | {','.join(str(r['seed']) for r in recs)} | "
              f"{ms([r['metrics']['final_average_accuracy'] for r in recs])} | "
              f"{ms([r['metrics']['forgetting'] for r in recs])} | {ms(probe) if probe else '-'} | "
              f"{statistics.mean(r['cost'].get('train_seconds') or 0 for r in recs):.0f} | "
              f"{statistics.mean(r['cost'].get('eval_seconds') or 0 for r in recs):.0f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("records", nargs="*", type=Path)
    ap.add_argument("--run", nargs="+", metavar=("METHOD", "BENCHMARK"))
    ap.add_argument("--table", action="store_true", help="one markdown row per record instead")
    ap.add_argument("--cells", action="store_true", help="one markdown row per cell, mean ± sd over its seeds")
    args = ap.parse_args()
    if args.cells:
        cells(list(args.records))
        return
    if args.table:
        table(list(args.records))
        return
    paths = list(args.records)
    if args.run:
        method, bench = args.run[0], (args.run[1] if len(args.run) > 1 else "llm_instructions")
        out = subprocess.run([sys.executable, "-m", "clbench.cli", "run", f"method={method}", f"benchmark={bench}",
                              "seed=0", "results_dir=results/llm", "progress=false"], cwd=ROOT, check=True,
                             capture_output=True, text=True)
        print(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "")
        found = sorted((ROOT / "results/llm/records").glob(f"{bench}-*.json"), key=lambda q: q.stat().st_mtime)
        paths += found[-1:]  # the record the run just wrote
    for p in paths:
        show(p)


if __name__ == "__main__":
    main()
