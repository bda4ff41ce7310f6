"""Verify committed records cheapest-first within a time budget (issue 14: every board cell reproducible).

    OMP_NUM_THREADS=1 nice -n 5 .venv/bin/python tools/verify_sweep.py leaderboard/records \
        --budget-min 90 --max-seconds 300 --log results/trust/verify_sweep.jsonl
    .venv/bin/python tools/verify_sweep.py --summary results/trust/verify_sweep.jsonl

Records are re-run by ``clbench.verify.rerun`` in fresh interpreters, ``--batch`` records each (default 4: the
imports cost ~30 s wall per process on a loaded 2-core machine; ``--batch 1`` gives every record its own, so
nothing one re-run leaves in torch's RNG, a cache or a module global can reach the next), ordered by the record's own
``cost.train_seconds + cost.eval_seconds`` and skipping ``--skip-prefix`` benchmarks (the Gemma LLM streams) and
records whose recorded cost exceeds ``--max-seconds``. One JSON line per record goes to ``--log`` (the sweep
resumes from it: records already there are not re-run), then a summary: verified exactly / mismatched (with the
largest difference and the final-accuracy change) / not attempted.

Thread count: ``clbench verify`` re-runs at the record's ``provenance.torch_threads``; records older than that
field name none and are re-run at torch's default on this machine, one thread per usable core
(``clbench.verify.record_threads``), the count they were made with on the 2-core machines. CPU float sums round
differently per thread split (MKL's sgemm with K=784 differs by ~3e-5 between 1 and 2 threads), so such a record
matches only where the core count is the same. ``--retry-threads N`` re-runs a mismatching record that names no
count once more at N threads and logs both verdicts (``--retry-logged``: only those retries, from the log); the
fix for a record that names no count is a re-run that records one.

MKL code path: records made before clbench pinned MKL's AVX2 path name none and ran on MKL's choice for their
CPU (``clbench.kernels``); the batches compute on this process's path (``--mkl-branch B`` sets ``MKL_CBWR`` for
them, e.g. ``OFF`` for records made before the pin), and each
verdict names the path it ran on.

No stamp is written beside the records (``leaderboard/records`` is the coordinator's); the log is the result.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def _cost(record: dict) -> float:
    c = record.get("cost") or {}
    return float(c.get("train_seconds") or 0) + float(c.get("eval_seconds") or 0)


def worker(path: str, threads: int | None, refresh: Path | None = None) -> dict:
    """Re-run one record (in this process) and return its verdict as a JSON-able dict. ``refresh``: a verified
    re-run's own record is written under ``refresh/records/`` (same numbers, plus what the original predates:
    measured compute, thread count, CPU), to be signed and published in place of the original."""
    from clbench.records import load_record, write_record
    from clbench.verify import compare, compare_identity, record_threads, rerun

    record = load_record(Path(path))
    run_as = json.loads(json.dumps(record))
    if threads:  # rerun() and rerun_config() read the count from the record's provenance
        run_as["provenance"]["torch_threads"] = threads
    t0 = time.time()
    again = rerun(run_as, echo=lambda *_: None)
    ident, rows = compare_identity(record, again), compare(record, again, 0.0)
    bad = [r for r in ident + rows if not r[3]]
    refreshed = None
    if refresh is not None and not bad:
        refreshed = write_record(again, refresh).name
    diffs = [abs(x - y) for _, x, y, ok in rows if not ok and isinstance(x, (int, float))
             and isinstance(y, (int, float))]
    fa = "metrics.final_average_accuracy"
    return {
        "record": Path(path).name, "result": "mismatch" if bad else "verified",
        "threads": threads or record_threads(record),
        "recorded_threads": record["provenance"].get("torch_threads"),
        "mkl_branch": (again.get("provenance") or {}).get("mkl_branch"),
        "numbers": len(ident) + len(rows), "differing": len(bad), "first": [r[0] for r in bad[:5]],
        "max_abs_diff": max(diffs) if diffs else 0.0,
        "final_recorded": _get(record, fa), "final_rerun": _get(again, fa),
        "recorded_seconds": _cost(record), "wall_seconds": round(time.time() - t0, 1),
        **({"refreshed": refreshed} if refreshed else {}),
    }


def _get(record: dict, dotted: str):
    cur = record
    for part in dotted.split("."):
        cur = (cur or {}).get(part)
    return cur


def _run_batch(paths: list[Path], threads: int | None, timeout: float,
               refresh: Path | None = None) -> list[dict | None]:
    """Verify ``paths`` in one fresh interpreter (imports cost ~30 s wall per process on a loaded machine), in
    order. One verdict per path; None for a path after a timeout or crash (not attempted: queue it again)."""
    cmd = [sys.executable, __file__, "--one", *map(str, paths)] + (["--threads", str(threads)] if threads else [])
    cmd += ["--refresh", str(refresh)] if refresh else []
    env = dict(os.environ, OMP_NUM_THREADS=str(threads) if threads else os.environ.get("OMP_NUM_THREADS", "1"))
    stop = None
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
        stdout, err = out.stdout, out.stderr
        if out.returncode != 0:
            stop = {"result": "failed", "error": err.strip()[-400:]}
    except subprocess.TimeoutExpired as e:
        raw = e.stdout or b""
        stdout = raw.decode() if isinstance(raw, bytes) else raw
        stop = {"result": "timeout", "timeout_s": timeout}
    got = {}
    for ln in stdout.splitlines():
        if ln.startswith("{"):
            r = json.loads(ln)
            got[r["record"]] = r
    verdicts: list[dict | None] = []
    for p in paths:
        if p.name in got:
            verdicts.append(got[p.name])
        elif stop is not None:
            verdicts.append({"record": p.name, "threads": threads, **stop})
            stop = None  # the record that was running; the ones after it were never started
        else:
            verdicts.append(None)
    return verdicts


def plan(roots: list[str], max_seconds: float, skip_prefix: list[str],
         refresh: bool = False) -> tuple[list[tuple[float, Path]], list]:
    from clbench.records import record_paths

    todo, skipped = [], []
    for p in record_paths(roots):
        rec = json.loads(p.read_text())
        cost = _cost(rec)
        if any(rec["benchmark"]["name"].startswith(s) for s in skip_prefix):
            skipped.append((p.name, "llm stream"))
        elif rec.get("status") != "complete":
            skipped.append((p.name, f"status {rec.get('status')}"))
        elif refresh and rec.get("compute"):
            skipped.append((p.name, "measured compute already: nothing to refresh"))
        elif cost > max_seconds:
            skipped.append((p.name, f"recorded {cost:.0f}s > {max_seconds:.0f}s"))
        else:
            todo.append((cost, p))
    todo.sort(key=lambda t: (t[0], t[1].name))
    return todo, skipped


def _retry_candidates(log: Path) -> set[str]:
    """Records whose only logged verdict is a mismatch at threads=auto and that name no thread count."""
    tries: dict[str, list[dict]] = {}
    for line in log.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            tries.setdefault(r["record"], []).append(r)
    return {k for k, v in tries.items() if not any(r.get("retry") for r in v) and v[-1]["result"] == "mismatch"
            and not v[-1].get("recorded_threads")}


def summary(log: Path, planned: int | None = None) -> str:
    rows: dict[str, list[dict]] = {}
    for line in log.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            rows.setdefault(r["record"], []).append(r)
    # a record's verdict is its last try at its own thread count; tries at --retry-threads are listed after it
    first = {k: [r for r in v if not r.get("retry")][-1] for k, v in rows.items()}
    counts: dict[str, int] = {}
    for r in first.values():
        counts[r["result"]] = counts.get(r["result"], 0) + 1
    out = [f"{len(first)} records attempted: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))]
    if planned is not None:
        out[0] += f"; {planned - len(first)} planned but not attempted"
    for name, tries in sorted(rows.items()):
        r = first[name]
        if r["result"] == "verified":
            continue
        line = f"  {r['result'].upper():9} {name} at threads={r.get('threads')}"
        if r["result"] == "mismatch":
            line += (f": {r['differing']} of {r['numbers']} differ, max |diff| {r['max_abs_diff']:.4f}, final "
                     f"{r['final_recorded']:.4f} -> {r['final_rerun']:.4f}")
        for again in (t for t in tries if t.get("retry")):
            line += f"; at threads={again.get('threads')}: {again['result']}"
        out.append(line)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("records", nargs="*", default=["leaderboard/records"])
    ap.add_argument("--budget-min", type=float, default=60.0, help="stop starting re-runs after this many minutes")
    ap.add_argument("--max-seconds", type=float, default=300.0, help="skip records whose recorded cost is above")
    ap.add_argument("--skip-prefix", action="append", default=None, help="benchmark name prefix to skip (llm)")
    ap.add_argument("--retry-threads", type=int, default=None,
                    help="re-run a mismatch that names no thread count once more at this count")
    ap.add_argument("--retry-logged", action="store_true",
                    help="only retry (at --retry-threads) the logged mismatches that name no thread count")
    ap.add_argument("--log", type=Path, default=Path("results/verify_sweep.jsonl"))
    ap.add_argument("--summary", type=Path, default=None, help="print the summary of a log and exit")
    ap.add_argument("--refresh", type=Path, default=None,
                    help="write each verified re-run's record under DIR/records (to sign and publish in place of "
                         "the original: same numbers, plus measured compute, thread count and CPU)")
    ap.add_argument("--mkl-branch", default=None,
                    help="MKL code path of the re-runs (MKL_CBWR: AVX2, AUTO, ...; default clbench's pin)")
    ap.add_argument("--batch", type=int, default=4, help="records per fresh interpreter (default 4)")
    ap.add_argument("--one", nargs="+", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--threads", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.mkl_branch:  # the batches inherit it; MKL reads it at its first call in each
        os.environ["MKL_CBWR"] = args.mkl_branch
    if args.one:
        for one in args.one:
            try:
                verdict = worker(one, args.threads, args.refresh)
            except Exception as e:  # noqa: BLE001 - one record's failure is its verdict, the batch goes on
                verdict = {"record": Path(one).name, "result": "failed", "threads": args.threads,
                           "error": f"{type(e).__name__}: {e}"[:400]}
            print(json.dumps(verdict), flush=True)
        return 0
    if args.summary:
        print(summary(args.summary))
        return 0
    todo, skipped = plan(args.records, args.max_seconds, args.skip_prefix or ["llm"], args.refresh is not None)
    args.log.parent.mkdir(parents=True, exist_ok=True)
    done = set()
    if args.log.exists():
        done = {r["record"] for r in map(json.loads, filter(str.strip, args.log.read_text().splitlines()))
                if r["result"] in ("verified", "mismatch")}  # a timeout or a failure is tried again
    print(f"{len(todo)} records planned (cheapest first), {len(skipped)} skipped, {len(done)} already in the log",
          flush=True)
    deadline = time.time() + 60 * args.budget_min
    if args.retry_logged:
        if not args.retry_threads:
            raise SystemExit("--retry-logged needs --retry-threads N.")
        todo = [(c, p) for c, p in todo if p.name in _retry_candidates(args.log)]
        done = set()
        print(f"{len(todo)} logged mismatches to retry at {args.retry_threads} threads", flush=True)
    queue = [(c, p) for c, p in todo if p.name not in done]

    def log(rows: list[dict]) -> None:
        with args.log.open("a") as f:
            for row in rows:
                f.write(json.dumps(row) + "\n")
        for row in rows:
            print(f"{row['result']:8} t={row.get('threads')}{' (retry)' if row.get('retry') else ''}  "
                  f"{row['record']}", flush=True)

    while queue and time.time() < deadline:
        n = 1 if args.retry_logged else max(1, args.batch)
        batch, queue = queue[:n], queue[n:]
        # generous: a loaded 2-core machine runs many times slower than the record, and 2 threads slower still
        timeout = sum(300 + 20 * c for c, _ in batch)
        threads = args.retry_threads if args.retry_logged else None
        verdicts = _run_batch([p for _, p in batch], threads, timeout, args.refresh)
        rows, again = [], []
        for (c, p), v in zip(batch, verdicts):
            if v is None:
                again.append((c, p))
                continue
            v = dict(v, retry=True) if args.retry_logged else v
            rows.append(v)
            if (not args.retry_logged and v["result"] == "mismatch" and args.retry_threads
                    and not v.get("recorded_threads")):
                rows.append(dict(_run_batch([p], args.retry_threads, 4 * (300 + 20 * c), args.refresh)[0]
                                 or {"record": p.name, "result": "timeout"}, retry=True))
        log(rows)
        queue = again + queue
    print(summary(args.log, planned=len(todo)))
    for name, why in skipped:
        print(f"  skipped {name}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
