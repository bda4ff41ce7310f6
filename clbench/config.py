"""Config lookup: where the YAML of a config group lives (clbench's ``conf/`` and the config packages of
installed plugins) and which names a group offers. Composition is :mod:`clbench.compose`, one layer up (it
runs :mod:`clbench.checks`, which looks configs up here). Used by the CLI, suites, checks, the leaderboard and
the scaffold; it imports none of them (this lived in cli.py, which lower layers then imported upwards).
"""

from __future__ import annotations

import sys
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

from clbench.errors import ClbenchError
from clbench.registry import _why, plugin_config_packages


def conf_dir() -> Path:
    return Path(str(files("conf")))


def conf_dirs() -> list[Path]:
    """clbench's own conf/ first, then the config packages of installed plugins (``clbench.conf`` group)."""
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
    if pkg not in _reported:
        _reported.add(pkg)
        print(f"warning: config plugin {pkg} is skipped: importing it failed ({_why(e)}).", file=sys.stderr)


def _importable(module: str) -> bool:
    """Whether ``module`` can be found. Finding ``pkg.conf`` imports ``pkg``, so a plugin whose import raises
    anything (or calls sys.exit) is reported by name and skipped here, never fatal to the built-ins."""
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):
        return False
    except (Exception, SystemExit) as e:  # noqa: BLE001 - a broken plugin is reported, not fatal
        _report_broken_config_plugin(module, e)
        return False


def searchpath_overrides(overrides: list[str]) -> list[str]:
    """``hydra.searchpath=[pkg://...]`` for the installed plugins' configs (none if the user set it)."""
    pkgs = [p for p in plugin_config_packages() if _importable(p)]  # a broken plugin is skipped, not fatal
    if not pkgs or any(o.lstrip("+~").startswith("hydra.searchpath") for o in overrides):
        return []
    return ["hydra.searchpath=[" + ",".join(f"pkg://{p}" for p in pkgs) + "]"]
