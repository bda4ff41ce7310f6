"""Named suites: a grid of methods × benchmarks × seeds, run as one Hydra multirun on a real launcher.

``clbench run suite=NAME [overrides]`` reads ``conf/suite/NAME.yaml``::

    name: quick
    methods:             # conf/method/ options, each with option overrides for this suite ({} = its defaults)
      finetune: {epochs: 1}
      sema: {_benchmarks: [split_mnist]}   # _benchmarks: run this entry only on these benchmarks
      hnet_splitmnist_paper: {_seeds: [0]}  # _seeds: this entry on these seeds only (a slow recipe);
      ibcl: {_seeds: {split_mnist_til: [0]}}  # or per benchmark (the others keep the suite's seeds)
    benchmarks:          # conf/benchmark/ options, each with overrides (e.g. a smaller training set)
      split_mnist: {source_args: {limit_train: 10000}}
      split_cifar100_til: {_config: split_cifar100, protocol: task_incremental}   # a variant under its own name
    seeds: [0]
    per_method: first    # first: each method on the first listed benchmark it fits; all: on every one
    launcher: joblib     # any hydra/launcher option: joblib, submitit_local, submitit_slurm, ray
    n_jobs: 2            # joblib: jobs at once
    launcher_overrides: []   # extra hydra.launcher.* overrides (Slurm partition, Ray address, ...)
    threads_per_job: null    # torch threads per job; null: CPU cores / n_jobs
    publish: null        # a directory: copy the records to DIR/records and build the board there
    all_methods: false   # true: the suite means to cover every registered method; name the ones it lacks
    exclude: []          # registered methods left out on purpose (not named as missing)

Why per-method overrides live in the suite file (not in ``conf/method/NAME_quick.yaml``): a suite's budget is
one decision in one file, ``clbench run method=NAME`` keeps meaning the method's own defaults, and a new
method joins a suite with one line.

The grid is built here, not by Hydra's cartesian sweep, because the cells are not a product: each method
runs only where its declared capabilities allow and with its own overrides. Each cell becomes a generated
``suite_cell`` config (Hydra's "experiment" pattern: ``# @package _global_`` + ``override /method``) in a
fresh directory on Hydra's search path, and the multirun sweeps ``+suite_cell=c0000,c0001,...``. A method
or benchmark whose config does not exist yet, or that is not registered, is skipped with one line.

Each job writes a status file; a failing job is reported in one line and the others go on; the exit code is
1 when anything failed. Parallel jobs never write the same file: run directories are per config hash,
records are per id, status files per cell. At the end the leaderboard of the suite's records is printed.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

import yaml

from clbench.checks import check_output_dirs, finish_config
from clbench.compose import validate_config
from clbench.config import config_file
from clbench.errors import ClbenchError
from clbench.io import atomic_write_json
from clbench.registry import METHODS, check_compatible, discover, plugin_config_packages

FILTER_KEYS = ("method", "benchmark", "seed")


def _as_dict(value, what: str, suite: str) -> dict:
    if value is None:
        return {}
    if isinstance(value, list):
        return {str(v): {} for v in value}
    if isinstance(value, dict):
        return {str(k): dict(v or {}) for k, v in value.items()}
    raise ClbenchError(f"suite '{suite}' has a bad '{what}' entry; give a list of names or a mapping of name to "
                       "overrides.")


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _filters(overrides: list[str]) -> tuple[dict[str, str], list[str]]:
    """``method=X``/``benchmark=Y``/``seed=N`` narrow the grid; every other override goes to each job."""
    filters, rest = {}, []
    for o in overrides:
        key, _, value = o.partition("=")
        if key in FILTER_KEYS:
            filters[key] = value
        else:
            rest.append(o)
    return filters, rest


def plan(suite: dict, filters: dict[str, str] | None = None, echo=print) -> list[dict]:
    """The cells of a suite: [{cell, method, method_name, benchmark, seed, method_overrides, ...}]."""
    name = suite.get("name") or "?"
    filters = filters or {}
    methods = _as_dict(suite.get("methods"), "methods", name)
    benchmarks = _as_dict(suite.get("benchmarks"), "benchmarks", name)
    seeds = [int(s) for s in suite.get("seeds") or [0]]
    per_method = suite.get("per_method", "all")
    if per_method not in ("first", "all"):
        raise ClbenchError(f"suite '{name}' has per_method={per_method!r}; use 'first' or 'all'.")
    if "seed" in filters:
        seeds = [s for s in seeds if str(s) == filters["seed"]] or [int(filters["seed"])]
    discover()
    bench_cfgs = {}
    for b, over in benchmarks.items():
        if "benchmark" in filters and b != filters["benchmark"]:
            continue
        over = dict(over)
        source = over.pop("_config", b)  # a variant: another config with overrides, under its own name
        try:
            path = config_file("benchmark", source)
        except ClbenchError:
            echo(f"skip: benchmark '{b}' has no config yet (no benchmark/{source}.yaml).")
            continue
        if source != b:
            over.setdefault("name", b)
        benchmarks[b] = {"config": source, "overrides": over}
        bench_cfgs[b] = _merge(yaml.safe_load(path.read_text()) or {}, over)
    cells, listed = [], set()
    for m, over in methods.items():
        if "method" in filters and m != filters["method"]:
            continue
        try:
            path = config_file("method", m)
        except ClbenchError:
            echo(f"skip: method '{m}' has no config yet (no method/{m}.yaml).")
            continue
        registered = (yaml.safe_load(path.read_text()) or {}).get("name", m)
        listed.add(registered)
        if registered not in METHODS:
            echo(f"skip: method '{m}' is not registered (its module is missing or failed to import).")
            continue
        over = dict(over)
        only = over.pop("_benchmarks", None)  # a suite-level restriction, not a method option
        # _seeds: a slower entry (a paper recipe) run on fewer seeds than the suite's; the board shows its n
        # a list, or a mapping benchmark -> seeds (benchmarks it does not name keep the suite's seeds)
        own_seeds = over.pop("_seeds", None)
        fits, unfit = [], []
        for b, bcfg in bench_cfgs.items():
            if only is not None and b not in only:
                continue
            try:
                check_compatible(registered, bcfg)
            except ClbenchError:
                unfit.append(b)
                continue
            fits.append(b)
            if per_method == "first":
                break
        if fits and unfit and per_method == "all":
            echo(f"skip: {m} on {', '.join(unfit)} (its declared capabilities do not allow them).")
        if not fits:
            echo(f"skip: method '{m}' fits none of the benchmarks of suite '{name}' ({', '.join(bench_cfgs)}).")
        for b in fits:
            for s in _entry_seeds(own_seeds, b, seeds, filters):
                cells.append({"cell": f"c{len(cells):04d}", "method": m, "method_name": registered,
                              "method_overrides": over, "benchmark": b,
                              "benchmark_config": benchmarks[b]["config"],
                              "benchmark_overrides": benchmarks[b]["overrides"],
                              "seed": s})
    excluded = set(suite.get("exclude") or [])  # left out on purpose (e.g. a generic wrapper duplicating another)
    unlisted = sorted(m for m in set(METHODS) - listed - excluded if _has_config(m))  # no config: nothing to list
    if unlisted and suite.get("all_methods") and "method" not in filters:
        echo(f"note: registered methods not in suite '{name}': {', '.join(unlisted)} "
             f"(add them to conf/suite/{name}.yaml).")
    return cells


def _entry_seeds(own, benchmark: str, seeds: list[int], filters: dict[str, str]) -> list[int]:
    """The seeds of one method entry on ``benchmark``: its ``_seeds`` (list or per-benchmark mapping) or the suite's."""
    if isinstance(own, dict):
        own = own.get(benchmark)
    if own is None:
        return seeds
    return [int(x) for x in own if "seed" not in filters or str(x) == filters["seed"]]


def _has_config(name: str) -> bool:
    try:
        config_file("method", name)
    except ClbenchError:
        return False
    return True


def write_cells(cells: list[dict], suite_dir: Path) -> Path:
    """One ``suite_cell/<cell>.yaml`` per cell, under a directory that goes on Hydra's search path."""
    conf = suite_dir / "conf"
    (conf / "suite_cell").mkdir(parents=True, exist_ok=True)
    for c in cells:
        body = {
            "defaults": [{"override /method": c["method"]}, {"override /benchmark": c["benchmark_config"]}],
            "seed": c["seed"],
            "suite": {"cell": c["cell"], "status_dir": str((suite_dir / "status").resolve())},
        }
        if c["method_overrides"]:
            body["method"] = c["method_overrides"]
        if c["benchmark_overrides"]:
            body["benchmark"] = c["benchmark_overrides"]
        text = "# @package _global_\n" + yaml.safe_dump(body, sort_keys=False)
        (conf / "suite_cell" / f"{c['cell']}.yaml").write_text(text)
    return conf


def run_job(cfg: dict) -> Path | None:
    """One job of a single run or a suite: returns the record path (None if a suite skipped it)."""
    from clbench.runner import run  # here, not at the top: the runner imports torch (listings stay light)

    cfg = finish_config(cfg)  # typed like the job's defaults (one value, one config hash) and checked by class
    validate_config(cfg)
    check_output_dirs(cfg)  # a results_dir that is a file or read-only: one sentence before any data loads
    suite = (cfg.get("suite") or {}).get("name")
    if suite:
        try:
            check_compatible(cfg["method"]["name"], cfg["benchmark"])
        except ClbenchError as e:
            print(f"skipped in suite {suite}: {e}", file=sys.stderr)
            return None
    return run(cfg, echo=lambda s: print(s, file=sys.stderr))


def run_cell(cfg: dict) -> dict:
    """The job of one cell (runs in a launcher's worker): run it, write its status, never raise."""
    suite = cfg.get("suite") or {}
    cell = suite.get("cell") or _job_cell()  # a plain ``-m`` sweep has no cells: its jobs go by number
    label = f"{cfg['method']['name']} on {cfg['benchmark']['name']} seed {cfg['seed']}"
    threads = suite.get("threads_per_job")
    if threads:
        import torch

        torch.set_num_threads(int(threads))
    status: dict = {"cell": cell, "label": label}
    try:
        path = run_job(cfg)
        status.update(status="skipped" if path is None else "complete", record=str(path) if path else None)
    except ClbenchError as e:
        status.update(status="failed", error=str(e))
    except Exception as e:  # noqa: BLE001 - one broken job must not stop the suite
        status.update(status="failed", error=f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
    if (cfg.get("wandb") or {}).get("enabled"):
        import wandb

        wandb.teardown()  # a launcher's worker lives on: close wandb's service so its log files are complete
    if suite.get("status_dir") and cell:
        atomic_write_json(Path(suite["status_dir"]) / f"{cell}.json", status)
    return status


def job_cell(num: int) -> str:
    """The status-file name of job ``num`` of a plain ``-m`` sweep."""
    return f"j{num:04d}"


def _job_cell() -> str | None:
    from hydra.core.hydra_config import HydraConfig

    try:
        return job_cell(int(HydraConfig.get().job.num))
    except Exception:  # noqa: BLE001 - not inside a Hydra multirun job (no HydraConfig, or job.num unset)
        return None


def _multirun(argv: list[str]) -> None:
    """Hydra multirun with :func:`run_cell` as the task function."""
    import hydra
    from omegaconf import OmegaConf

    @hydra.main(config_path="pkg://conf", config_name="config", version_base="1.3")
    def job(cfg) -> dict:
        return run_cell(OmegaConf.to_container(cfg, resolve=True))

    old = sys.argv
    sys.argv = ["clbench", "-m"] + argv
    try:
        job()
    except SystemExit as e:  # Hydra exits on its own errors; the status files say what ran
        if e.code not in (0, None):
            print(f"error: the launcher stopped with exit code {e.code}; see the lines above.", file=sys.stderr)
    finally:
        sys.argv = old


def local_job_overrides(passthrough: list[str], launcher: str, n_jobs: int, threads: int | None = None) -> list[str]:
    """What every job of a grid gets unless the user said otherwise: no progress bar (parallel bars garble
    the terminal) and, for jobs sharing this machine's cores, a torch thread cap (else they oversubscribe)."""
    extra = []
    if not any(o.startswith(("progress=", "+progress=", "++progress=")) for o in passthrough):
        extra.append("progress=false")
    if not threads and launcher in ("joblib", "submitit_local") \
            and not any("suite.threads_per_job=" in o for o in passthrough):
        extra.append(f"++suite.threads_per_job={max(1, (os.cpu_count() or 1) // max(1, n_jobs))}")
    return extra


def _read_status(path: Path, cell: str) -> dict:
    """A job's status file; a truncated or foreign one is that job's failure, named, never a traceback."""
    try:
        status = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(status, dict) and status.get("status") in ("complete", "skipped", "failed") and (
                status["status"] != "complete" or isinstance(status.get("record"), str)):
            return {"error": "the job reported a failure without a reason.", **status}
        problem = "it is not a status this suite's jobs write"
    except (OSError, UnicodeDecodeError, ValueError) as e:
        problem = f"it cannot be read ({type(e).__name__})"
    return {"cell": cell, "status": "failed",
            "error": f"the status file {path} is corrupt: {problem}; re-run the suite (completed cells are skipped)."}


def collect(status_dir: Path, jobs: dict[str, str] | None) -> list[dict]:
    """One status per job (``jobs``: cell → label; None: whatever jobs reported). A job without a status file
    crashed or was killed; each failure is printed as one line on stderr."""
    statuses = []
    if jobs is None:
        jobs = {p.stem: p.stem for p in sorted(Path(status_dir).glob("*.json"))}
    for cell, label in jobs.items():
        path = Path(status_dir) / f"{cell}.json"
        if path.is_file():
            statuses.append({**_read_status(path, cell), "label": label})
        else:
            statuses.append({"cell": cell, "status": "failed", "label": label,
                             "error": "no report from the job: it crashed or was killed (see the launcher's log)."})
    for s in statuses:
        if s["status"] == "failed":
            print(f"failed: {s['label']}: {s['error']}", file=sys.stderr)
    return statuses


def launcher_overrides(suite: dict) -> list[str]:
    launcher = suite.get("launcher") or "joblib"
    out = [f"hydra/launcher={launcher}"]
    if launcher == "joblib":
        out.append(f"hydra.launcher.n_jobs={int(suite.get('n_jobs') or 2)}")
    return out + list(suite.get("launcher_overrides") or [])


def run_suite(overrides: list[str], cfg: dict, hydra_app=None) -> int:
    """Run the suite named in ``cfg['suite']``; print one line per failure and the board; return 0/1.

    ``hydra_app`` (the CLI's single-run app) is not used: suite jobs need :func:`run_cell`, which reports
    a status per cell instead of exiting."""
    from clbench import leaderboard as lb

    suite = dict(cfg["suite"])
    name = suite["name"]
    filters, passthrough = _filters(overrides)
    launcher = suite.get("launcher") or "joblib"
    passthrough += local_job_overrides(passthrough, launcher, int(suite.get("n_jobs") or 2),
                                       suite.get("threads_per_job"))
    results_dir = Path(cfg.get("results_dir", "results"))
    suite_dir = (results_dir / ".suites" / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}").resolve()
    cells = plan(suite, filters, echo=lambda s: print(s, file=sys.stderr))
    if not cells:
        print(f"error: suite '{name}' has nothing to run.", file=sys.stderr)
        return 1
    conf = write_cells(cells, suite_dir)
    print(f"suite {name}: {len(cells)} runs on {suite.get('launcher') or 'joblib'} ({suite_dir})", file=sys.stderr)
    t0 = time.perf_counter()
    searchpath = ",".join([f"file://{conf}"] + [f"pkg://{p}" for p in plugin_config_packages()])
    _multirun([f"hydra.searchpath=[{searchpath}]", "+suite_cell=" + ",".join(c["cell"] for c in cells),
               *launcher_overrides(suite), *passthrough])
    statuses = collect(suite_dir / "status",
                       {c["cell"]: f"{c['method_name']} on {c['benchmark']} seed {c['seed']}" for c in cells})
    failed = [s for s in statuses if s["status"] == "failed"]
    records = [s["record"] for s in statuses if s["status"] == "complete"]
    print(f"suite {name}: {len(records)} complete, {len(failed)} failed, "
          f"{sum(s['status'] == 'skipped' for s in statuses)} skipped in {time.perf_counter() - t0:.0f}s",
          file=sys.stderr)
    if records:
        sources: list[str | Path] = records
        out = results_dir / "leaderboard"
        if suite.get("publish"):
            out = Path(suite["publish"])
            (out / "records").mkdir(parents=True, exist_ok=True)
            for r in records:
                shutil.copy2(r, out / "records" / Path(r).name)
            sources = [out / "records"]
        board = lb.build(sources)
        md, html = lb.write_board(board, out)
        for bench, rows in board.benchmarks.items():
            print(f"\n{bench}\n{lb.markdown_table(rows)}")
        print(f"\nleaderboard: {md} and {html}")
    return 1 if failed or not records else 0
