"""Registries of methods and data sources, discovery, and the capability check.

Discovery never names a method or a benchmark: it imports every module of the in-tree ``methods`` and
``benchmarks`` packages (each registers itself with a decorator) and then loads the entry points of the
``clbench.methods`` and ``clbench.benchmarks`` groups, which is how a user's own package plugs in.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from clbench.errors import ClbenchError
from clbench.learner import Learner
from clbench.scenario import TASK_IDS_AT_TEST_BY_DEFAULT, LabelledData, ScenarioInfo

METHODS: dict[str, type[Learner]] = {}
SOURCES: dict[str, Callable[..., LabelledData]] = {}
_discovered = False
DISCOVERY_ERRORS: list[str] = []
# (entry-point group, name) -> why that plugin did not load: "unknown method" would hide the real cause
PLUGIN_ERRORS: dict[tuple[str, str], str] = {}


def _why(e: BaseException) -> str:
    """One line naming an import failure: the exception type and its first line (or the exit code)."""
    if isinstance(e, SystemExit):
        return f"called sys.exit({e.code!r}) while being imported"
    text = str(e).strip().splitlines()
    return f"{type(e).__name__}: {text[0]}" if text else type(e).__name__


def register_method(name: str):
    """Class decorator: ``@register_method("wa") class WA(SGDLearner): ...``."""

    def wrap(cls: type[Learner]) -> type[Learner]:
        if not (isinstance(cls, type) and issubclass(cls, Learner)):
            raise TypeError(f"@register_method('{name}') must decorate a Learner subclass")
        cls.method_name = name
        METHODS[name] = cls
        return cls

    return wrap


def register_source(name: str):
    """Function decorator for a data source: ``(**options) -> LabelledData``."""

    def wrap(fn):
        SOURCES[name] = fn
        return fn

    return wrap


def _import_package_modules(package: str) -> None:
    try:
        pkg = importlib.import_module(package)
    except ModuleNotFoundError as e:
        if e.name == package:
            return
        raise
    for mod in pkgutil.iter_modules(pkg.__path__):
        if mod.name.startswith("_"):
            continue
        try:
            importlib.import_module(f"{package}.{mod.name}")
        except (Exception, SystemExit) as e:  # noqa: BLE001 - a missing dependency or a broken module: the rest works
            DISCOVERY_ERRORS.append(f"{package}.{mod.name}: {_why(e)}")


def _load_entry_points(group: str) -> None:
    for ep in entry_points(group=group):
        try:
            obj = ep.load()
        except (Exception, SystemExit) as e:  # noqa: BLE001 - a broken plugin must not take the others down
            # SystemExit too: a plugin that calls sys.exit() on import would otherwise end the whole command
            message = f"entry point {ep.name} ({ep.value}): {_why(e)}"
            DISCOVERY_ERRORS.append(message)
            PLUGIN_ERRORS[(group, ep.name)] = message
            continue
        if inspect.isclass(obj) and issubclass(obj, Learner) and group == "clbench.methods":
            METHODS.setdefault(ep.name, obj)
            obj.method_name = getattr(obj, "method_name", ep.name)
        elif callable(obj) and not inspect.ismodule(obj) and group == "clbench.benchmarks":
            SOURCES.setdefault(ep.name, obj)


def plugin_config_packages() -> list[str]:
    """Packages named by the ``clbench.conf`` entry-point group (``name = "pkg.conf"``): each holds a plugin's
    ``method/*.yaml`` and ``benchmark/*.yaml``, and goes on Hydra's search path as ``pkg://pkg.conf``.
    Read from the entry point's value without importing anything, so listing configs stays cheap."""
    return sorted({ep.value.split(":")[0].strip() for ep in entry_points(group="clbench.conf")})


def discover(force: bool = False) -> None:
    """Import in-tree methods and benchmarks, then the plugins of the entry-point groups (once)."""
    global _discovered
    if _discovered and not force:
        return
    _discovered = True
    _import_package_modules("methods")
    _import_package_modules("benchmarks")
    _load_entry_points("clbench.methods")
    _load_entry_points("clbench.benchmarks")


def _import_registering_module(package: str, decorator: str, name: str) -> None:
    """Import only the module of ``package`` whose source registers ``name`` with ``decorator``.

    A run needs one method and one source: importing just their modules (found by reading the files,
    not by a hard-coded name) spares every run the import of all the others' heavy dependencies. A
    name registered in a way the text scan cannot see falls back to full discovery in the caller.
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return
    pattern = re.compile(rf"""{decorator}\(\s*["']{re.escape(name)}["']""")
    for root in spec.submodule_search_locations:
        for path in sorted(Path(root).glob("*.py")):
            if path.name.startswith("_"):
                continue
            try:
                if pattern.search(path.read_text(encoding="utf-8", errors="replace")):
                    importlib.import_module(f"{package}.{path.stem}")
                    return
            except (Exception, SystemExit) as e:  # noqa: BLE001 - reported by name, never fatal to the others
                DISCOVERY_ERRORS.append(f"{package}.{path.stem}: {_why(e)}")
                PLUGIN_ERRORS[(package, name)] = f"{package}.{path.stem}: {_why(e)}"
                return


def get_method(name: str) -> type[Learner]:
    if name not in METHODS and not _discovered:
        _import_registering_module("methods", "register_method", name)
    if name not in METHODS:
        discover()
    if name not in METHODS:
        broken = PLUGIN_ERRORS.get(("clbench.methods", name)) or PLUGIN_ERRORS.get(("methods", name))
        if broken:
            raise ClbenchError(f"method '{name}' is installed but failed to import ({broken}); "
                               "fix or reinstall that plugin.")
        raise ClbenchError(f"unknown method '{name}'; known methods: {', '.join(sorted(METHODS))}.")
    return METHODS[name]


def get_source(name: str) -> Callable[..., LabelledData]:
    if name not in SOURCES and not _discovered:
        _import_registering_module("benchmarks", "register_source", name)
    if name not in SOURCES:
        discover()
    if name not in SOURCES:
        broken = PLUGIN_ERRORS.get(("clbench.benchmarks", name)) or PLUGIN_ERRORS.get(("benchmarks", name))
        if broken:
            raise ClbenchError(f"data source '{name}' is installed but failed to import ({broken}); "
                               "fix or reinstall that plugin.")
        raise ClbenchError(f"unknown data source '{name}'; known sources: {', '.join(sorted(SOURCES))}.")
    return SOURCES[name]


def benchmark_protocol(benchmark_cfg: dict) -> str | None:
    """The protocol family a benchmark follows: ``protocol_args.kind`` for protocols that carry another
    library's stream (e.g. ``avalanche``: kind class_incremental), else the protocol's own name."""
    args = benchmark_cfg.get("protocol_args") or {}
    return args.get("kind") or benchmark_cfg.get("protocol")


def benchmark_task_ids_at_test(benchmark_cfg: dict) -> bool:
    args = benchmark_cfg.get("protocol_args") or {}
    if "task_ids_at_test" in args and args["task_ids_at_test"] is not None:
        return bool(args["task_ids_at_test"])
    return benchmark_protocol(benchmark_cfg) in TASK_IDS_AT_TEST_BY_DEFAULT


def check_compatible(method_name: str, benchmark_cfg: dict) -> None:
    """Refuse an impossible method/benchmark pairing with one sentence, before any data loads."""
    from clbench.scenario import get_protocol

    cls = get_method(method_name)
    caps = cls.capabilities
    bench, protocol = benchmark_cfg.get("name", "?"), benchmark_protocol(benchmark_cfg)
    get_protocol(benchmark_cfg.get("protocol"))  # an unknown protocol is named as such
    output = benchmark_cfg.get("output", "logits")
    if caps.output != output:
        raise ClbenchError(
            f"method '{method_name}' produces {caps.output} but benchmark '{bench}' is scored on {output}; "
            f"pick a {output} method for it."
        )
    if protocol not in caps.protocols:
        raise ClbenchError(
            f"method '{method_name}' does not support the {protocol} protocol of benchmark '{bench}'; "
            f"it supports: {', '.join(caps.protocols)}."
        )
    if caps.needs_task_ids_at_test and not benchmark_task_ids_at_test(benchmark_cfg):
        raise ClbenchError(
            f"method '{method_name}' needs task ids at test time but benchmark '{bench}' ({protocol}) gives none; "
            "use a task-incremental benchmark (e.g. split_mnist_til) or set protocol_args.task_ids_at_test=true."
        )


def method_options(cls: type[Learner]) -> dict[str, Any]:
    """The keyword options a method's constructor takes (name → default), through its base classes."""
    options: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if "__init__" not in vars(klass) or klass is object:
            continue
        for p in list(inspect.signature(klass.__init__).parameters.values())[2:]:
            if p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL):
                continue
            options[p.name] = None if p.default is inspect.Parameter.empty else p.default
    return options


def _accepts_var_kwargs(cls: type[Learner]) -> bool:
    params = inspect.signature(cls.__init__).parameters.values()
    return any(p.kind is p.VAR_KEYWORD for p in params)


def build_method(name: str, info: ScenarioInfo, options: dict) -> Learner:
    cls = get_method(name)
    options = {k: v for k, v in options.items() if k != "name"}
    if not _accepts_var_kwargs(cls):
        known = method_options(cls)
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise ClbenchError(
                f"method '{name}' has no option '{unknown[0]}'; its options are: {', '.join(sorted(known))}."
            )
    return cls(info, **options)


def build_data(source: str, options: dict) -> LabelledData:
    fn = get_source(source)
    try:
        inspect.signature(fn).bind(**options)
    except TypeError:
        known = [p for p in inspect.signature(fn).parameters]
        bad = sorted(set(options) - set(known))
        raise ClbenchError(
            f"data source '{source}' has no option '{bad[0] if bad else '?'}'; its options are: {', '.join(known)}."
        ) from None
    return fn(**options)


def loaded_plugin_modules() -> list[str]:
    return sorted(m for m in sys.modules if m.startswith(("methods.", "benchmarks.")))
