"""``clbench verify RECORD_OR_DIR...``: re-run records' resolved configs and say whether they hold.

Each record is read through :func:`clbench.records.load_record` (schema, shape, metrics from the matrix,
signature where a publisher key governs it), then its run identity (method config, benchmark config,
seed, fwt_baseline) is run in a fresh temporary results directory at the record's thread count and
evaluation batch size (no checkpoint, no earlier record can be reused), and everything the run determines
is compared: the method and benchmark names and configs, the seed, the scenario (class order, experiences
and the digest of its test sets), every metric, both accuracy matrices, the random-init row,
the anytime curve and the counted compute (FLOPs, samples, optimizer steps: equal exactly, whatever ``--tol``).
On the same CPU, torch and clbench version a run is deterministic, so the default
tolerance is 0 (exact); across machines pass ``--tol`` (absolute, in accuracy units: 0.01 = one point).
Costs (seconds, RSS, parameter and memory counts) are measured, not reproduced: shown, never compared.

One record prints a table of the numbers; several (or a directory) print one line per record and a
summary. Each verification is stamped beside the record (``<record>.verified``: who, when, at which
tolerance, how many numbers matched and which differed), signed when ``--key`` or ``$CLBENCH_SIGNING_KEY``
gives a key; ``--no-stamp`` writes nothing.

Exit code: 0 every number of every record matches, 1 something differs (or, with several records, one
was refused or failed), 2 user error (one record that is unreadable, tampered or failed, a bad option).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from clbench.errors import ClbenchError
from clbench.evaluate import LEGACY_EVAL_BATCH_SIZE
from clbench.kernels import DEFAULT_BRANCH, OFF, env_for, mkl_branch
from clbench.records import (
    DEFAULT_VERSION,
    KEY_ENV,
    VERSION_PARTS,
    RecordError,
    load_private_key,
    load_record,
    now,
    record_fwt_baseline,
    record_paths,
    verifier,
    write_stamp,
)

EXIT_MATCH, EXIT_MISMATCH, EXIT_USER_ERROR = 0, 1, 2
IDENTITY_FIELDS = ("status", "method.name", "method.config", "benchmark.name", "benchmark.config", "seed",
                   "fwt_baseline", "versions", "scenario")
COST_FIELDS = ("train_seconds", "eval_seconds", "peak_rss_mb", "params_per_experience",
               "memory_bytes_per_experience")


def rerun_config(record: dict, results_dir: str | Path, device: str | None = None,
                 threads: int | None = None) -> dict:
    """The config that reproduces ``record`` (its run identity), writing into ``results_dir``; ``device``
    None: the record's own (a record's device is part of its identity)."""
    device = device or (record.get("provenance") or {}).get("device") or "cpu"
    return {
        "method": record["method"]["config"], "benchmark": record["benchmark"]["config"], "seed": record["seed"],
        "results_dir": str(results_dir), "run_dir": None, "device": device,
        "eval_batch_size": record["provenance"].get("eval_batch_size", LEGACY_EVAL_BATCH_SIZE),
        "fwt_baseline": record_fwt_baseline(record),
        "progress": False, "console": False, "wandb": {"enabled": False}, "suite": {"name": None},
        "rerun": True,  # a re-run, never an earlier result found in --keep's directory
        "threads": threads or record_threads(record),  # CPU sums round per thread split
    }


def record_threads(record: dict) -> int:
    """The torch thread count a re-run of ``record`` tries first on CPU: the one it names, else (a record made
    before clbench recorded it, when runs kept torch's default) torch's default on this machine, one per usable
    core. See :func:`legacy_thread_counts` for the second try."""
    recorded = (record.get("provenance") or {}).get("torch_threads")
    if recorded:
        return int(recorded)
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def legacy_thread_counts(record: dict, device: str | None = None) -> list[int]:
    """The counts to try, in order. A record naming its count: that one. A record naming none (the board's older
    ones, made on 2-core machines) kept torch's default of one per core, except in a joblib suite, whose workers
    capped torch at ``cores // n_jobs`` = 1: so the core count, then 1. The verdict says which matched (MKL's
    sums round per thread split, so only the count that made a record reproduces it bit for bit)."""
    first = record_threads(record)
    if (device or (record.get("provenance") or {}).get("device") or "cpu") != "cpu":
        return [first]
    named = bool((record.get("provenance") or {}).get("torch_threads"))
    return [first] if named or first == 1 else [first, 1]


def record_branches(record: dict, device: str | None = None) -> list[str | None]:
    """MKL code paths to re-run ``record`` on, in order. A record naming its path: that one. A record made before
    clbench pinned MKL (the field absent) ran with MKL's reproducibility mode off (``OFF``: its own choice per
    CPU), or at clbench's AVX2 pin where a record predates the field only: this process's path first (no extra
    process), then the other of the two. None: a GPU re-run, or a torch without MKL: nothing to choose."""
    prov = record.get("provenance") or {}
    here = mkl_branch()
    if here is None or (device or prov.get("device") or "cpu") != "cpu":
        return [None]
    if "mkl_branch" in prov:
        return [prov["mkl_branch"]]
    return [here] + [b for b in (DEFAULT_BRANCH, OFF) if b != here]


def rerun_attempts(record: dict, device: str | None = None) -> list[tuple[int, str | None]]:
    """(thread count, MKL path) pairs to try, in order: every legacy thread count on each candidate path."""
    return [(t, b) for b in record_branches(record, device) for t in legacy_thread_counts(record, device)]


def _flatten(prefix: str, value, top: bool = True) -> dict[str, float | None]:
    if value is None and top:
        return {}  # no such matrix in this record (a one-sided absence still shows as a difference)
    if isinstance(value, list):
        out: dict[str, float | None] = {}
        for i, v in enumerate(value):
            out.update(_flatten(f"{prefix}[{i}]", v, top=False))
        return out
    return {prefix: value}


def _get(record: dict, dotted: str):
    if dotted == "fwt_baseline":
        return record_fwt_baseline(record)
    if dotted == "versions":  # a record from before versions were kept: version 1 of each
        return {k: (record.get("versions") or {}).get(k, DEFAULT_VERSION) for k in VERSION_PARTS}
    value = record
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def compare_identity(original: dict, rerun: dict) -> list[tuple[str, object, object, bool]]:
    """(field, recorded, re-run, ok) for what defines the run. The scenario is compared key by key, and only
    on keys both records have: records made before the scenario's digests were kept lack ``integrity``."""
    rows = []
    for name in IDENTITY_FIELDS:
        a, b = _get(original, name), _get(rerun, name)
        if name == "scenario" and isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) & set(b)):
                if key == "integrity":
                    for k in sorted(set(a[key]) & set(b[key])):
                        rows.append((f"scenario.integrity.{k}", a[key][k], b[key][k], a[key][k] == b[key][k]))
                else:
                    rows.append((f"scenario.{key}", a[key], b[key], a[key] == b[key]))
            continue
        rows.append((name, a, b, a == b))
    return rows


#: the compute block's counts a re-run must reproduce exactly (clbench.compute: shapes, not values, fix them)
COMPUTE_FIELDS = ("train_flops", "eval_flops", "train_samples", "eval_samples", "optimizer_steps")


def _counter(record: dict) -> int:
    """The compute counter's version a record was counted by (clbench.compute.COUNTER_VERSION; 1 before it)."""
    return int((record.get("compute") or {}).get("counter", 1))


def compare(original: dict, rerun: dict, tol: float) -> list[tuple[str, object, object, bool]]:
    """(name, recorded, re-run, ok) for every metric and matrix entry (``ok``: |a - b| <= tol) and, for a
    record that carries counted compute, its FLOPs, samples and optimizer steps (``ok``: equal)."""
    rows = []
    names = sorted(set(original.get("metrics") or {}) | set(rerun.get("metrics") or {}))
    pairs = [(f"metrics.{k}", (original["metrics"] or {}).get(k), (rerun["metrics"] or {}).get(k)) for k in names]
    for key in ("accuracy_matrix", "task_aware_accuracy_matrix"):
        a, b = _flatten(key, original.get(key)), _flatten(key, rerun.get(key))
        pairs += [(k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b), key=lambda s: (len(s), s))]
    if "random_init_accuracy" in original or "random_init_accuracy" in rerun:
        a = _flatten("random_init_accuracy", original.get("random_init_accuracy"))
        b = _flatten("random_init_accuracy", rerun.get("random_init_accuracy"))
        pairs += [(k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b), key=lambda s: (len(s), s))]
    for part in ("accuracy", "samples"):
        a = _flatten(f"anytime.{part}", (original.get("anytime") or {}).get(part))
        b = _flatten(f"anytime.{part}", (rerun.get("anytime") or {}).get(part))
        pairs += [(k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b), key=lambda s: (len(s), s))]
    for name, x, y in pairs:
        if isinstance(x, (int, float)) and isinstance(y, (int, float)):
            ok = abs(float(x) - float(y)) <= tol
        else:
            ok = x == y
        rows.append((name, x, y, ok))
    if original.get("compute") is not None:  # counts of what ran, a function of the config: equal exactly
        older = _counter(original) < _counter(rerun)
        for k in COMPUTE_FIELDS:
            x, y = original["compute"].get(k), (rerun.get("compute") or {}).get(k)
            if x is None and y is not None:  # the record did not measure it (older code): nothing to hold it to
                continue
            if older and x != y:  # an older counter (v1 counted CPU attention 0): stale, shown, not held
                rows.append((f"compute.{k} (counter v{_counter(original)}: stale, not held)", x, y, True))
                continue
            rows.append((f"compute.{k}", x, y, x == y))
    return rows


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.6f}"
    text = str(v)
    return text if len(text) <= 12 else text[:9] + "..."


def environment_note(record: dict) -> str:
    import torch

    from clbench import __version__
    from clbench.records import cpu_description

    prov = record["provenance"]
    here = cpu_description()
    recorded_cpu = prov.get("cpu") or {}
    same = (prov.get("clbench_version") == __version__ and prov.get("torch") == torch.__version__
            and prov.get("platform") == platform.platform())
    same_cpu = recorded_cpu.get("capability") == here["capability"] and recorded_cpu.get("model") == here["model"]
    if same and same_cpu:
        return "same clbench, torch, platform and CPU as the record: an exact match is expected."
    if same:  # float kernels are chosen per CPU instruction set: one rounding can flip one argmax
        was = (f"{recorded_cpu.get('model')} ({recorded_cpu.get('capability')})" if recorded_cpu
               else "a CPU the record does not name (it predates recorded CPUs)")
        return (f"same clbench, torch and platform; recorded on {was}, re-run on {here['model']} "
                f"({here['capability']}): a difference of a test sample is possible, consider --tol.")
    return (f"recorded with clbench {prov.get('clbench_version')}, torch {prov.get('torch')} "
            f"on {prov.get('platform')}; differences within float noise are possible, consider --tol.")


def rerun(record: dict, device: str | None = None, keep: str | Path | None = None, echo=None,
          threads: int | None = None, branch: str | None = None) -> dict:
    """Re-run ``record``'s identity at its thread count (``threads``: another, for a record naming none) and MKL
    code path (``branch``: another, likewise; default the record's, else this process's) and return the re-run's
    record. MKL fixes its path once per process, so a re-run on another path than this process's runs in a
    child interpreter."""
    import torch

    from clbench.runner import run

    echo = echo or (lambda s: print(s, file=sys.stderr))
    out_dir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="clbench-verify-"))
    device = device or record["provenance"].get("device") or "cpu"
    before, recorded = torch.get_num_threads(), record["provenance"].get("torch_threads")
    count = threads or record_threads(record)
    branch = branch or record_branches(record, device)[0]
    if device == "cpu":
        torch.set_num_threads(count)  # the record's thread count: CPU sums round per thread split
        echo(f"torch threads: {recorded}, as recorded" if recorded else
             f"torch threads: {count} (the record names none: it predates recorded thread counts; "
             f"tried in the order {', '.join(map(str, legacy_thread_counts(record, device)))})")
    try:
        config = rerun_config(record, out_dir, device, count)
        if branch is not None and branch != mkl_branch():
            echo(f"MKL code path: {branch}, in a child process (this one computes on {mkl_branch()})")
            return load_record(_run_in_child(config, branch))
        path = run(config, echo=echo)
        return load_record(path)
    finally:
        torch.set_num_threads(before)
        if not keep:
            shutil.rmtree(out_dir, ignore_errors=True)


def _run_in_child(config: dict, branch: str) -> Path:
    """Run ``config`` in a fresh interpreter whose MKL computes on ``branch``; the path of its record."""
    env = env_for(branch)
    env["OMP_NUM_THREADS"] = str(config["threads"])
    out = subprocess.run([sys.executable, "-c", "from clbench.verify import child_main; child_main()"],
                         input=json.dumps(config), capture_output=True, text=True, env=env)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise ClbenchError(f"the re-run on MKL's {branch} path failed: {last}")
    return Path(out.stdout.strip().splitlines()[-1])


def child_main() -> None:
    """The child of :func:`_run_in_child`: the config on stdin, the record's path on stdout."""
    from clbench.runner import run

    print(run(json.loads(sys.stdin.read()), echo=lambda s: print(s, file=sys.stderr)))


def rerun_and_compare(record: dict, device: str | None, keep, tol: float, echo=None) -> tuple[dict, list, list]:
    """Re-run and compare; a record naming no thread count or MKL path is tried at each of
    :func:`rerun_attempts` until one matches (the last try's result is returned when none does)."""
    attempts = rerun_attempts(record, device)
    for i, (count, branch) in enumerate(attempts):
        again = rerun(record, device, keep if i == 0 else None, echo=echo, threads=count, branch=branch)
        ident, rows = compare_identity(record, again), compare(record, again, tol)
        if all(r[3] for r in ident + rows) or i == len(attempts) - 1:
            return again, ident, rows
        nxt = attempts[i + 1]
        (echo or (lambda s: print(s, file=sys.stderr)))(
            f"no match at {count} threads; the record names no count, so trying {nxt[0]}" if nxt[1] == branch
            else f"no match on MKL's {branch} path; the record names no path, so trying its {nxt[1]} path "
                 f"at {nxt[0]} threads")
    raise AssertionError("unreachable")


def costs(original: dict, again: dict) -> dict:
    return {k: {"recorded": (original.get("cost") or {}).get(k), "re-run": (again.get("cost") or {}).get(k)}
            for k in COST_FIELDS}


def stamp_for(record: dict, ident: list, numbers: list, tol: float, again: dict) -> dict:
    import torch

    from clbench import __version__

    bad = [r[0] for r in ident + numbers if not r[3]]
    return {
        "result": "mismatch" if bad else "verified",
        "verified_by": verifier(), "verified_at": now(), "tolerance": tol,
        "identity_fields": [r[0] for r in ident], "numbers_compared": len(numbers),
        "numbers_matched": sum(1 for r in numbers if r[3]), "differing": bad[:50],
        "costs_informational": costs(record, again),
        "environment": {"clbench_version": __version__, "torch": torch.__version__,
                        "platform": platform.platform(), "cpu": (again.get("provenance") or {}).get("cpu"),
                        "torch_threads": (again.get("provenance") or {}).get("torch_threads"),
                        "mkl_branch": (again.get("provenance") or {}).get("mkl_branch")},
    }


def _stamp(path: Path, record: dict, stamp: dict, key) -> None:
    try:
        write_stamp(path, record, stamp, key)
    except ClbenchError as e:  # a read-only checkout: the verdict stands, the stamp is skipped
        print(f"note: no stamp written ({e})", file=sys.stderr)


def _at_threads(record: dict, again: dict) -> str:
    """For a record naming no thread count or MKL path, what its re-run matched at (nothing for what it names)."""
    prov, got = record.get("provenance") or {}, again.get("provenance") or {}
    said = []
    if not prov.get("torch_threads"):
        said.append(f"{got.get('torch_threads')} torch threads (the record names none)")
    if "mkl_branch" not in prov and got.get("mkl_branch"):
        said.append(f"MKL's {got['mkl_branch']} path (the record names none)")
    return (" at " + " and ".join(said)) if said else ""


def verify_one(path: Path, args, key) -> int:
    """The single-record report: the table of numbers, then the verdict."""
    record = load_record(path)
    if record.get("status") != "complete":
        raise ClbenchError(f"record {path} is a {record.get('status')} run; only complete runs can be verified.")
    print(f"re-running {record['method']['name']} on {record['benchmark']['name']} seed {record['seed']}",
          file=sys.stderr)
    print(environment_note(record), file=sys.stderr)
    again, ident, rows = rerun_and_compare(record, args.device, args.keep, args.tol)
    bad = [r for r in ident + rows if not r[3]]
    print(f"{'number':<44} {'recorded':>12} {'re-run':>12}  result")
    for name, x, y, ok in ident + rows:
        if ok and not args.all and not name.startswith("metrics."):
            continue  # matrices and identity are long: only their differences are printed by default
        print(f"{name:<44} {_fmt(x):>12} {_fmt(y):>12}  {'match' if ok else 'DIFFERS'}")
    c = costs(record, again)
    print("costs (informational, not compared): " + ", ".join(
        f"{k} {c[k]['recorded']} recorded / {c[k]['re-run']} re-run" for k in ("train_seconds", "eval_seconds")))
    if not args.no_stamp:
        _stamp(path, record, stamp_for(record, ident, rows, args.tol, again), key)
    tol = "exactly" if args.tol == 0 else f"within {args.tol}"
    if bad:
        print(f"MISMATCH: {len(bad)} of {len(ident) + len(rows)} numbers differ ({tol}); first: {bad[0][0]}.")
        return EXIT_MISMATCH
    print(f"VERIFIED: all {len(rows)} numbers match {tol}, and the run identity ({len(ident)} fields)"
          f"{_at_threads(record, again)}.")
    return EXIT_MATCH


def verify_many(paths: list[Path], args, key) -> int:
    """One line per record, then a summary."""
    counts = {"verified": 0, "mismatch": 0, "refused": 0, "failed": 0}
    tol = "exactly" if args.tol == 0 else f"within {args.tol}"
    def quiet(_: str) -> None:  # one line per record: the runner's progress messages are not shown
        return None

    for path in paths:
        try:
            record = load_record(path)
            if record.get("status") != "complete":
                raise RecordError(f"record {path} is a {record.get('status')} run; only complete runs can be verified.")
        except ClbenchError as e:
            counts["refused"] += 1
            print(f"REFUSED   {path}: {e}", flush=True)
            continue
        try:
            again, ident, rows = rerun_and_compare(record, args.device, None, args.tol, echo=quiet)
        except ClbenchError as e:
            counts["failed"] += 1
            print(f"FAILED    {record['id']}: the re-run failed: {e}", flush=True)
            continue
        bad = [r for r in ident + rows if not r[3]]
        if not args.no_stamp:
            _stamp(path, record, stamp_for(record, ident, rows, args.tol, again), key)
        if bad:
            counts["mismatch"] += 1
            print(f"MISMATCH  {record['id']}: {len(bad)} of {len(ident) + len(rows)} differ ({tol}); "
                  f"first: {bad[0][0]}", flush=True)
        else:
            counts["verified"] += 1
            print(f"VERIFIED  {record['id']}: {len(rows)} numbers match {tol}{_at_threads(record, again)}",
                  flush=True)
    print(f"verify: {len(paths)} records: " + ", ".join(f"{v} {k}" for k, v in counts.items()) + f" ({tol}).")
    return EXIT_MATCH if counts["verified"] == len(paths) else EXIT_MISMATCH


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="clbench verify", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("records", nargs="+", metavar="RECORD", help="record JSON files or directories of records")
    parser.add_argument("--tol", type=float, default=0.0, help="absolute tolerance per number (default 0: exact)")
    parser.add_argument("--device", default=None, help="device of the re-run (default: the record's, cpu for "
                        "records that name none)")
    parser.add_argument("--keep", metavar="DIR", default=None,
                        help="write the re-run here instead of a temp dir (one record only)")
    parser.add_argument("--all", action="store_true", help="print every matrix entry, not only the differences")
    parser.add_argument("--no-stamp", action="store_true", help="do not write a verification stamp")
    parser.add_argument("--key", default=None, help=f"sign the stamp with this ed25519 key (default ${KEY_ENV})")
    args = parser.parse_args(argv)
    if not args.tol >= 0 or args.tol == float("inf"):  # also NaN, which no comparison passes
        raise ClbenchError(f"--tol must be a finite number >= 0, got {args.tol}; pass an absolute tolerance such as "
                           "0.01.")
    from clbench.checks import check_device
    from clbench.io import check_output_dir

    if args.device is not None:
        check_device(args.device, "--device")
    if args.keep:
        check_output_dir(args.keep, "--keep")
    key = load_private_key(args.key) if (args.key or os.environ.get(KEY_ENV)) and not args.no_stamp else None
    paths = record_paths(args.records)
    if len(paths) == 1 and not Path(args.records[0]).is_dir():
        return verify_one(paths[0], args, key)
    if args.keep:
        raise ClbenchError("--keep takes one record; pass a single record file with it.")
    return verify_many(paths, args, key)
