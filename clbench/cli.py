"""The ``clbench`` command.

    clbench run [-m] [--wandb] [overrides...]  one run, or a grid with -m (Hydra multirun, 2 jobs at once on
                                            the joblib launcher); --wandb is wandb.enabled=true
    clbench methods | benchmarks            what is registered, with declared capabilities
    clbench leaderboard [RESULTS_DIR...]    records → leaderboard/LEADERBOARD.md + site/index.html
    clbench verify RECORD_OR_DIR...         re-run records' configs and compare their numbers (one line each)
    clbench sign RECORD_OR_DIR...           sign records with the publisher's ed25519 key (docs/integrity.md)
    clbench references [RECORDS...]         board cells vs published numbers (leaderboard/references.yaml)
    clbench new-method NAME [--dir PATH]    write a method skeleton

Every user error ends with one sentence on stderr and a non-zero exit, never a traceback wall.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from importlib.resources import files
from pathlib import Path

from clbench.errors import ClbenchError

EXIT_USER_ERROR = 2


def conf_dir() -> Path:
    return Path(str(files("conf")))


def conf_dirs() -> list[Path]:
    """clbench's own conf/ first, then the config packages of installed plugins (``clbench.conf`` group)."""
    from clbench.registry import plugin_config_packages

    dirs = [conf_dir()]
    for pkg in plugin_config_packages():
        try:
            dirs.append(Path(str(files(pkg))))
        except (Exception, SystemExit) as e:  # noqa: BLE001 - a broken plugin must not take the built-in configs down
            _report_broken_config_plugin(pkg, e)
            continue
    return dirs


def config_options(group: str) -> list[str]:
    return sorted({p.stem for d in conf_dirs() for p in (d / group).glob("*.yaml")})


def config_file(group: str, name: str) -> Path:
    """The YAML of ``group/name``, from clbench's conf/ or the first plugin that ships it."""
    for d in conf_dirs():
        if (d / group / f"{name}.yaml").is_file():
            return d / group / f"{name}.yaml"
    raise ClbenchError(f"no config {group}/{name}.yaml; known: {', '.join(config_options(group))}.")


_reported: set[str] = set()


def _report_broken_config_plugin(pkg: str, e: BaseException) -> None:
    """Name a config plugin that cannot be imported, once per process, and carry on without it."""
    from clbench.registry import _why

    if pkg not in _reported:
        _reported.add(pkg)
        print(f"warning: config plugin {pkg} is skipped: importing it failed ({_why(e)}).", file=sys.stderr)


def _importable(module: str) -> bool:
    """Whether ``module`` can be found. Finding ``pkg.conf`` imports ``pkg``, so a plugin whose import raises
    anything (or calls sys.exit) is reported by name and skipped here, never fatal to the built-ins."""
    from importlib.util import find_spec

    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):
        return False
    except (Exception, SystemExit) as e:  # noqa: BLE001 - a broken plugin is reported, not fatal
        _report_broken_config_plugin(module, e)
        return False


def searchpath_overrides(overrides: list[str]) -> list[str]:
    """``hydra.searchpath=[pkg://...]`` for the installed plugins' configs (none if the user set it)."""
    from clbench.registry import plugin_config_packages

    pkgs = [p for p in plugin_config_packages() if _importable(p)]  # a broken plugin is skipped, not fatal
    if not pkgs or any(o.lstrip("+~").startswith("hydra.searchpath") for o in overrides):
        return []
    return ["hydra.searchpath=[" + ",".join(f"pkg://{p}" for p in pkgs) + "]"]


# ------------------------------------------------------------------------------------------------ compose
def _hydra_error_sentence(e: Exception) -> str:
    msg = str(e).strip()
    first = msg.splitlines()[0] if msg else type(e).__name__
    for group, listing in (("method", "methods"), ("benchmark", "benchmarks"), ("suite", "suites")):
        if f"Could not find '{group}/" in first or f"In '{group}'" in first:
            name = first.split(f"'{group}/")[-1].split("'")[0] if f"'{group}/" in first else "?"
            return f"unknown {group} '{name}'; known {listing}: {', '.join(config_options(group))}."
    if "Key '" in msg and "is not in struct" in msg:
        key = msg.split("Key '")[1].split("'")[0]
        parent = first.split("'")[1] if first.startswith("Could not override") and "'" in first else ""
        full = f"{parent}.{key}" if parent and not parent.endswith(key) else key
        return f"unknown config key '{full}'; check the spelling (clbench run --cfg job shows every key)."
    if first.startswith("Could not override") and "={" in msg:
        key = first.split("'")[1] if "'" in first else "?"
        return (f"cannot replace '{key}' with a mapping that has new keys; set its keys one by one "
                f"({key}.name=... and +{key}.NEW_KEY=...).")
    if first.startswith("Could not override"):
        key = first.split("'")[1] if "'" in first else "?"
        return (f"unknown config key '{key}'; check the spelling, or add a new key with +{key}=VALUE "
                "(clbench run --cfg job shows every key).")
    return f"config error: {first}"


def compose(overrides: list[str]) -> dict:
    """Compose the config like ``clbench run`` would, as a resolved plain dict."""
    from hydra import compose as hydra_compose
    from hydra import initialize_config_module
    from hydra.core.global_hydra import GlobalHydra
    from omegaconf import OmegaConf

    GlobalHydra.instance().clear()
    try:
        with initialize_config_module(config_module="conf", version_base="1.3"):
            cfg = hydra_compose(config_name="config", overrides=list(overrides) + searchpath_overrides(overrides))
            return OmegaConf.to_container(cfg, resolve=True)
    except ClbenchError:
        raise
    except Exception as e:  # noqa: BLE001 - Hydra/OmegaConf errors become one sentence
        raise ClbenchError(_hydra_error_sentence(e)) from None
    finally:
        GlobalHydra.instance().clear()


def validate_config(cfg: dict) -> None:
    """Type and range checks on the root keys (the groups are checked by the method and the source)."""
    seed = cfg.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise ClbenchError(f"seed must be a non-negative integer, got {seed!r}; set seed=0 (or any N >= 0).")
    for key in ("method", "benchmark"):
        if not isinstance(cfg.get(key), dict) or not cfg[key].get("name"):
            raise ClbenchError(f"config group '{key}' is missing its name; choose one with {key}=NAME.")
    for key in ("source", "protocol"):
        if not cfg["benchmark"].get(key):
            raise ClbenchError(f"benchmark '{cfg['benchmark']['name']}' has no '{key}'; add it to its YAML.")
    from clbench.evaluate import EVAL_BATCH_SIZE

    ebs = cfg.get("eval_batch_size", EVAL_BATCH_SIZE)
    if not isinstance(ebs, int) or ebs < 1:
        raise ClbenchError(f"eval_batch_size must be a positive integer, got {ebs!r}.")


# --------------------------------------------------------------------------------------------------- run
def run_job(cfg: dict) -> Path | None:
    """One job of a single run or a suite: returns the record path (None if a suite skipped it)."""
    from clbench.registry import check_compatible
    from clbench.runner import run

    validate_config(cfg)
    suite = (cfg.get("suite") or {}).get("name")
    if suite:
        try:
            check_compatible(cfg["method"]["name"], cfg["benchmark"])
        except ClbenchError as e:
            print(f"skipped in suite {suite}: {e}", file=sys.stderr)
            return None
    return run(cfg, echo=lambda s: print(s, file=sys.stderr))


def _hydra_app(argv: list[str]) -> None:
    import hydra
    from omegaconf import OmegaConf

    @hydra.main(config_path="pkg://conf", config_name="config", version_base="1.3")
    def app(cfg) -> None:
        plain = OmegaConf.to_container(cfg, resolve=True)
        try:
            path = run_job(plain)
        except ClbenchError as e:
            print(f"error: {e}", file=sys.stderr)
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
    if any(a in ("-h", "--help", "--cfg", "-c", "--info", "--hydra-help") or a.startswith("--cfg") for a in argv):
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
    from clbench.suites import _multirun, collect, job_cell, local_job_overrides

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
    from clbench.suites import run_suite

    return run_suite(overrides, cfg, _hydra_app)


# ---------------------------------------------------------------------------------------------- listings
def cmd_methods(_: list[str]) -> int:
    from clbench.registry import DISCOVERY_ERRORS, METHODS, discover

    discover()
    configs = set(config_options("method"))
    print(f"{'method':<14} {'protocols':<62} {'task ids':<9} {'exemplars':<9} config")
    for name in sorted(METHODS):
        c = METHODS[name].capabilities
        protos = ",".join(p.replace("_incremental", "") for p in c.protocols)
        print(f"{name:<14} {protos:<62} {'needed' if c.needs_task_ids_at_test else 'no':<9} "
              f"{'yes' if c.exemplars else 'no':<9} {'conf/method/' + name + '.yaml' if name in configs else '-'}")
    for err in DISCOVERY_ERRORS:
        print(f"(not loaded: {err})", file=sys.stderr)
    return 0


def cmd_benchmarks(_: list[str]) -> int:
    import yaml

    from clbench.registry import SOURCES, discover

    discover()
    print(f"{'benchmark':<26} {'source':<14} {'protocol':<28} options")
    for name in config_options("benchmark"):
        b = yaml.safe_load(config_file("benchmark", name).read_text())
        print(f"{name:<26} {b.get('source', '?'):<14} {b.get('protocol', '?'):<28} {b.get('protocol_args') or {}}")
    print(f"\ndata sources: {', '.join(sorted(SOURCES))}")
    return 0


# --------------------------------------------------------------------------------------------- dispatch
COMMANDS = {
    "run": cmd_run,
    "methods": cmd_methods,
    "benchmarks": cmd_benchmarks,
}


def _lazy(module: str, fn: str):
    def call(argv):
        import importlib

        return getattr(importlib.import_module(module), fn)(argv)

    return call


COMMANDS.update({
    "leaderboard": _lazy("clbench.leaderboard", "main"),
    "references": _lazy("clbench.references", "main"),
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
    try:
        return int(COMMANDS[argv[0]](argv[1:]) or 0)
    except ClbenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("error: interrupted; re-run the same command to resume from the last checkpoint.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
