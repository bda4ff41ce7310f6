"""The ``clbench`` command.

    clbench run [-m] [--wandb] [overrides...]  one run, or a grid with -m (Hydra multirun, 2 jobs at once on
                                            the joblib launcher); --wandb is wandb.enabled=true
    clbench methods | benchmarks            what is registered, with declared capabilities
    clbench leaderboard [RESULTS_DIR...]    records → leaderboard/LEADERBOARD.md + site/index.html
    clbench verify RECORD_OR_DIR...         re-run records' configs and compare their numbers (one line each)
    clbench sign RECORD_OR_DIR...           sign records with the publisher's ed25519 key (docs/integrity.md)
    clbench references [RECORDS...]         board cells vs published numbers (leaderboard/references.yaml)
    clbench export RECORDS... [--format F]  records → one long table (csv, parquet or jsonl)
    clbench compare RECORDS_A RECORDS_B     two rows paired by seed: deltas, 95 % interval, paired t-test
    clbench new-method NAME [--dir PATH]    write a method skeleton

Every user error ends with one sentence on stderr and a non-zero exit, never a traceback wall.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

import yaml

from clbench import __version__
from clbench.compose import compose, validate_config  # noqa: F401  (compose: re-exported for callers)
from clbench.config import (  # noqa: F401  (conf_dir, config_file, ...: re-exported for callers)
    _importable,
    conf_dir,
    conf_dirs,
    config_file,
    config_options,
    searchpath_overrides,
)
from clbench.errors import ClbenchError, Terminated, as_user_error, install_sigterm_handler, missing_dependency
from clbench.registry import discovery_errors, method_capabilities, names
from clbench.suites import _multirun, collect, job_cell, local_job_overrides, run_job, run_suite

EXIT_USER_ERROR = 2


# --------------------------------------------------------------------------------------------------- run
def _hydra_app(argv: list[str]) -> None:
    import hydra
    from omegaconf import OmegaConf

    @hydra.main(config_path="pkg://conf", config_name="config", version_base="1.3")
    def app(cfg) -> None:
        plain = OmegaConf.to_container(cfg, resolve=True)
        try:
            path = run_job(plain)
        except Exception as e:  # noqa: BLE001 - a user error (or a missing optional package) is one sentence
            err = as_user_error(e)
            if err is None:
                raise
            print(f"error: {err}", file=sys.stderr)
            raise SystemExit(EXIT_USER_ERROR) from None
        if path is not None:
            print(path)

    old = sys.argv
    sys.argv = ["clbench"] + argv + searchpath_overrides(argv)
    try:
        app()
    finally:
        sys.argv = old


def cmd_run(argv: list[str]) -> int:
    argv = ["wandb.enabled=true" if a == "--wandb" else a for a in argv]  # sugar; reaches every job of a grid
    if "--version" in argv:
        print(f"clbench {__version__}")
        return 0
    if any(a in ("-sc", "--shell-completion") or a.startswith(("-sc=", "--shell-completion=")) for a in argv):
        raise ClbenchError("shell completion is not available for 'clbench run' (Hydra's completion cannot see a "
                           "subcommand); list the choices with 'clbench methods', 'clbench benchmarks' or "
                           "'clbench run --cfg job'.")
    if any(a in ("-h", "--help", "--cfg", "-c", "--info", "--hydra-help") or a.startswith("--cfg") for a in argv):
        flags = ("-h", "--help", "--cfg", "-c", "--info", "--hydra-help", "-p", "--package", "-m", "--multirun")
        values = ("job", "hydra", "all", "config", "defaults", "defaults-tree", "plugins", "searchpath")
        rest = [a for a in argv if a not in flags and not a.startswith("--cfg") and a not in values]
        if not any(a in ("-h", "--help", "--hydra-help") for a in argv) and not any("," in a for a in rest):
            compose(rest)  # an unknown method or key is one sentence, not Hydra's 48-line listing
        _hydra_app(argv)
        return 0
    overrides = [a for a in argv if a not in ("-m", "--multirun")]
    if len(overrides) < len(argv):
        return _run_multirun(overrides)
    cfg = compose(overrides)  # one sentence for a broken config, before Hydra's own machinery
    suite = (cfg.get("suite") or {}).get("name")
    if suite:
        return _run_suite(overrides, cfg)
    validate_config(cfg)
    _hydra_app(argv)
    return 0


def sweep_jobs(overrides: list[str]) -> tuple[list[list[str]], set[str]]:
    """The override list of each job of ``-m overrides`` in Hydra's job order (its basic sweeper's product),
    and the keys that are swept."""
    from hydra._internal.core_plugins.basic_sweeper import BasicSweeper
    from hydra.core.override_parser.overrides_parser import OverridesParser

    try:
        parsed = OverridesParser.create().parse_overrides(overrides)
        swept = {o.get_key_element() for o in parsed if o.is_sweep_override()}
        if any(o.startswith("hydra/sweeper=") for o in overrides):  # another sweeper picks its own jobs
            return [[o.input_line for o in parsed if not o.is_sweep_override()]], swept
        return [job for batch in BasicSweeper.split_arguments(parsed, None) for job in batch], swept
    except Exception as e:  # noqa: BLE001 - a malformed sweep (bad range(), unbalanced quotes) is one sentence
        raise ClbenchError(f"cannot parse the overrides ({str(e).strip().splitlines()[0]}); "
                           "write a sweep as key=a,b,c or key=range(0,3).") from None


def _run_multirun(overrides: list[str]) -> int:
    """``-m``: compose and check every job first (a typo is one sentence, nothing runs), then one Hydra
    multirun where a failing job is reported in one line and the others go on; exit 1 if any failed."""
    jobs, swept = sweep_jobs(overrides)
    known = not any(o.startswith("hydra/sweeper=") for o in overrides)  # else only the fixed part is checked
    cfgs = [compose(job) for job in jobs]
    for cfg in cfgs:
        if (cfg.get("suite") or {}).get("name"):
            raise ClbenchError("suite= cannot be combined with -m; run 'clbench run suite=NAME' (method=, "
                               "benchmark=, seed= narrow its grid).")
        validate_config(cfg)
    n_jobs = next((int(o.split("=", 1)[1]) for o in overrides if o.startswith("hydra.launcher.n_jobs=")
                   and o.split("=", 1)[1].isdigit()), min(2, os.cpu_count() or 1))
    name = next((o.split("=", 1)[1] for o in overrides if o.startswith("hydra/launcher=")), None)
    extra = []
    if name is None:
        # jobs run side by side by default, two at a time: a 2-core laptop's worth, not a cluster's
        name = "joblib" if _importable("hydra_plugins.hydra_joblib_launcher") else "basic"
        extra += [f"hydra/launcher={name}"]
        if name == "joblib" and not any(o.startswith("hydra.launcher.n_jobs=") for o in overrides):
            extra.append(f"hydra.launcher.n_jobs={n_jobs}")
    stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    sweep_dir = (Path(cfgs[0].get("results_dir", "results")) / ".sweeps" / stamp).resolve()
    status_dir = sweep_dir / "status"
    extra.append(f"++suite.status_dir={status_dir}")
    if not any(o.startswith("hydra.sweep.dir=") for o in overrides):
        extra.append(f"hydra.sweep.dir={sweep_dir}")
    extra += local_job_overrides(overrides, name, n_jobs)
    labels = None if not known else {
        job_cell(i): " ".join(o for o in job if o.split("=", 1)[0] in swept) or f"job {i}"
        for i, job in enumerate(jobs)}
    count = f"{len(jobs)} jobs" if known else "the sweeper's jobs"
    print(f"multirun: {count} on the {name} launcher ({sweep_dir})", file=sys.stderr)
    _multirun(overrides + extra + searchpath_overrides(overrides))
    statuses = collect(status_dir, labels)
    failed = sum(s["status"] == "failed" for s in statuses)
    for s in statuses:
        if s["status"] == "complete":
            print(s["record"])
    print(f"multirun: {len(statuses) - failed} complete, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _run_suite(overrides: list[str], cfg: dict) -> int:
    """A suite is a Hydra multirun over the suite's grid, then the leaderboard of what it produced."""
    return run_suite(overrides, cfg, _hydra_app)


# ---------------------------------------------------------------------------------------------- listings
def cmd_methods(_: list[str]) -> int:
    """Every registered method with its declared capabilities: read from the tables, so no method module
    (and no torch) is imported; a plugin registered by a bare entry point is imported to read them."""
    configs = set(config_options("method"))
    print(f"{'method':<14} {'protocols':<62} {'task ids':<9} {'exemplars':<9} config")
    for name in names("method"):
        try:
            c = method_capabilities(name)
        except ClbenchError:
            continue  # a plugin that does not import: named below with its error
        protos = ",".join(p.replace("_incremental", "") for p in c.protocols)
        print(f"{name:<14} {protos:<62} {'needed' if c.needs_task_ids_at_test else 'no':<9} "
              f"{'yes' if c.exemplars else 'no':<9} {'conf/method/' + name + '.yaml' if name in configs else '-'}")
    for err in discovery_errors():
        print(f"(not loaded: {err})", file=sys.stderr)
    return 0


def cmd_benchmarks(_: list[str]) -> int:
    print(f"{'benchmark':<26} {'source':<14} {'protocol':<28} options")
    for name in config_options("benchmark"):
        b = yaml.safe_load(config_file("benchmark", name).read_text())
        print(f"{name:<26} {b.get('source', '?'):<14} {b.get('protocol', '?'):<28} {b.get('protocol_args') or {}}")
    print(f"\ndata sources: {', '.join(names('source'))}")
    return 0


# --------------------------------------------------------------------------------------------- dispatch
COMMANDS = {
    "run": cmd_run,
    "methods": cmd_methods,
    "benchmarks": cmd_benchmarks,
}


def _lazy(module: str, fn: str):
    def call(argv):
        return getattr(importlib.import_module(module), fn)(argv)

    return call


def cmd_references(argv: list[str]) -> int:
    # here, not at the top: the board imports matplotlib and SciPy (listings stay light)
    from clbench.leaderboard import build
    from clbench.references import main as references_main

    return references_main(argv, build)


COMMANDS.update({
    "leaderboard": _lazy("clbench.leaderboard", "main"),
    "references": cmd_references,
    "export": _lazy("clbench.results", "export_main"),
    "compare": _lazy("clbench.results", "compare_main"),
    "verify": _lazy("clbench.verify", "main"),
    "sign": _lazy("clbench.records", "sign_main"),
    "new-method": _lazy("clbench.scaffold", "main"),
})


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="clbench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=sorted(COMMANDS))
    if not argv or argv[0] in ("-h", "--help"):
        parser.print_help()
        return 0
    if argv[0] not in COMMANDS:
        print(f"error: unknown command '{argv[0]}'; commands: {', '.join(sorted(COMMANDS))}.", file=sys.stderr)
        return EXIT_USER_ERROR
    os.environ.setdefault("HYDRA_FULL_ERROR", "0")
    install_sigterm_handler()  # SIGTERM ends a run like Ctrl-C: one sentence, resumable
    try:
        return int(COMMANDS[argv[0]](argv[1:]) or 0)
    except ClbenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USER_ERROR
    except ModuleNotFoundError as e:  # an optional dependency that is not installed
        print(f"error: {missing_dependency(e)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Terminated:
        print("error: terminated (SIGTERM); re-run the same command to resume from the last checkpoint.",
              file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("error: interrupted; re-run the same command to resume from the last checkpoint.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
