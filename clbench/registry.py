"""One registry for everything clbench builds by name: methods, data sources, protocols, backbones and
adapter hosts (docs/architecture.md, "One registry").

A leaf module: it imports only the standard library and :mod:`clbench.errors`, so every layer may use it
and none forms a cycle through it. An entry is a name, a lazy ``"module:attr"`` target, the provider that
declared it, and optional declared data (a method's :class:`~clbench.capabilities.Capabilities`); the
target is imported only when the entry is resolved. The model is timm's ``_registry.py``,
lm-evaluation-harness's ``api/registry.py`` and Gymnasium's ``register(id=..., entry_point=...)``.

Entries come from three places, all through :func:`register`:

* **tables**: each entry point of the ``clbench.tables`` group names a plain dict
  ``{kind: {name: "module:attr" | {"target": "module:attr", **data}}}``. clbench's own are declared in
  ``pyproject.toml`` (``clbench.protocols:TABLE``, ``clbench.nn:TABLE``, ``methods:TABLE``,
  ``benchmarks:TABLE``), exactly as a plugin would declare its own: the engine never names a method or a
  benchmark. Reading a table imports only the module that holds the dict.
* **entry points** of the per-kind groups (``clbench.methods``, ``clbench.benchmarks``, ``clbench.protocols``,
  ``clbench.backbones``, ``clbench.adapter_hosts``): ``name = "module:attr"``, registered without loading.
* **decorators** (``@register_method("x")`` and friends): register an already-imported object.

The same name with the same target from two places is one entry (an in-tree method is both in its table
and under its decorator). The same name with two different targets is refused in one sentence naming both
providers: nothing is silently overwritten and no plugin is silently dropped. ``REGISTRY[kind][name] = obj``
(``monkeypatch.setitem``) is the one deliberate replacement.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from importlib.metadata import distributions, entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clbench.errors import ClbenchError, missing_dependency

if TYPE_CHECKING:  # annotations only: importing these would put the registry above them
    from clbench.learner import Learner
    from clbench.scenario import LabelledData, ScenarioInfo

TABLES_GROUP = "clbench.tables"
#: kind -> (entry-point group of single entries, the word for it in messages, the listing's plural)
KINDS: dict[str, tuple[str, str, str]] = {
    "method": ("clbench.methods", "method", "methods"),
    "source": ("clbench.benchmarks", "data source", "sources"),
    "protocol": ("clbench.protocols", "protocol", "protocols"),
    "backbone": ("clbench.backbones", "backbone", "backbones"),
    "adapter_host": ("clbench.adapter_hosts", "adapter host", "adapter hosts"),
}
_UNLOADED = object()


def _why(e: BaseException) -> str:
    """One line naming an import failure: the exception type and its first line (or the exit code)."""
    if isinstance(e, SystemExit):
        return f"called sys.exit({e.code!r}) while being imported"
    text = str(e).strip().splitlines()
    return f"{type(e).__name__}: {text[0]}" if text else type(e).__name__


def target_of(obj: Any) -> str:
    """The ``"module:attr"`` an object is found at (how a decorator's entry is compared with a table's)."""
    return f"{getattr(obj, '__module__', '?')}:{getattr(obj, '__qualname__', getattr(obj, '__name__', '?'))}"


@dataclass
class Entry:
    name: str
    target: str  # "module:attr"
    provider: str  # who declared it, for messages: "table methods:TABLE", "entry point x = m:A (dist)", ...
    data: dict = field(default_factory=dict)  # declared data, readable without loading the target
    origin: str = ""  # the distribution that declared it, when known (named when two providers collide)
    obj: Any = _UNLOADED
    error: str | None = None  # why loading it failed (kept: the same sentence every time it is asked for)
    missing: ModuleNotFoundError | None = None  # a third-party package the target needs is not installed


class Kind(MutableMapping):
    """The entries of one kind, as a mapping name -> object that imports a target only when it is read."""

    def __init__(self, kind: str):
        self.kind = kind
        self.entries: dict[str, Entry] = {}

    # -- registration ----------------------------------------------------------------------------------
    def add(self, name: str, target: str | Any, provider: str, data: dict | None = None, origin: str = "") -> Entry:
        obj = _UNLOADED
        if not isinstance(target, str):
            obj, target = target, target_of(target)
        old = self.entries.get(name)
        if old is not None:
            if old.target != target:
                word = KINDS[self.kind][1]
                first = f"{old.provider}{' of ' + old.origin if old.origin else ''} ({old.target})"
                second = f"{provider}{' of ' + origin if origin else ''} ({target})"
                raise ClbenchError(
                    f"{word} '{name}' is provided twice, by {first} and by {second}; rename one of them "
                    "or uninstall one of the two packages."
                )
            if obj is not _UNLOADED:  # the decorator of the very target (a re-import gives a new object)
                old.obj, old.error = obj, None
            old.data = {**(data or {}), **old.data}
            return old
        entry = Entry(name, target, provider, dict(data or {}), origin, obj)
        self.entries[name] = entry
        return entry

    # -- mapping ---------------------------------------------------------------------------------------
    def __getitem__(self, name: str) -> Any:
        _load_tables()
        entry = self.entries[name]
        if entry.obj is _UNLOADED:
            if entry.error is None:
                module, _, attr = entry.target.partition(":")
                try:
                    obj = importlib.import_module(module)
                    for part in attr.split(".") if attr else ():
                        obj = getattr(obj, part)
                except (Exception, SystemExit) as e:  # noqa: BLE001 - named by the caller, never fatal to the others
                    entry.error = f"{entry.provider} ({entry.target}): {_why(e)}"
                    STATE.errors.append(entry.error)
                    # an optional dependency that is not installed: get() names the package to install
                    entry.missing = e if isinstance(e, ModuleNotFoundError) and e.name != module else None
                else:
                    entry.obj = obj
            if entry.error is not None:
                raise _BrokenEntry(entry.error)
        return entry.obj

    def __setitem__(self, name: str, obj: Any) -> None:
        """A deliberate replacement (tests' ``monkeypatch.setitem``); registration goes through :func:`register`."""
        self.entries[name] = Entry(name, target_of(obj), "a direct assignment", {}, obj=obj)

    def __delitem__(self, name: str) -> None:
        del self.entries[name]

    def __contains__(self, name: object) -> bool:
        _load_tables()
        return name in self.entries

    def __iter__(self) -> Iterator[str]:
        _load_tables()
        return iter(list(self.entries))

    def __len__(self) -> int:
        _load_tables()
        return len(self.entries)

    def data(self, name: str) -> dict:
        _load_tables()
        return self.entries[name].data if name in self.entries else {}

    def copy(self) -> Kind:
        new = Kind(self.kind)
        new.entries = {k: Entry(**vars(e)) for k, e in self.entries.items()}
        return new


class _BrokenEntry(Exception):
    """A registered target that fails to import; :func:`get` turns it into one sentence."""


@dataclass
class State:
    """Everything the registry holds. Tests isolate it with ``monkeypatch.setattr(registry, "STATE", STATE.copy())``."""

    kinds: dict[str, Kind] = field(default_factory=lambda: {k: Kind(k) for k in KINDS})
    tables_loaded: bool = False
    fatal: str | None = None  # two providers of one name: every later lookup repeats the sentence
    errors: list[str] = field(default_factory=list)  # every import failure, for listings' "(not loaded: ...)"
    # modules a table names without entries (a method file not in its table yet): imported, once, only when a
    # name is missing or everything is listed, so their decorators register what they hold
    unlisted: list[str] = field(default_factory=list)

    def copy(self) -> State:
        return State({k: v.copy() for k, v in self.kinds.items()}, self.tables_loaded, self.fatal, list(self.errors),
                     list(self.unlisted))


STATE = State()


class _View(MutableMapping):
    """``METHODS``/``SOURCES``/...: the current :data:`STATE`'s kind, looked up at every use."""

    def __init__(self, kind: str):
        self._kind = kind

    def _k(self) -> Kind:
        return STATE.kinds[self._kind]

    def __getitem__(self, name: str) -> Any:
        return get(self._kind, name)

    # get/pop with a default answer for unknown names (Mapping's would meet get()'s ClbenchError, not a KeyError)
    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self else default

    def pop(self, name: str, *default: Any) -> Any:
        if name not in self and default:
            return default[0]
        value = self[name]
        del self[name]
        return value

    def __setitem__(self, name: str, obj: Any) -> None:
        self._k()[name] = obj

    def __delitem__(self, name: str) -> None:
        del self._k()[name]

    def __contains__(self, name: object) -> bool:
        return name in self._k()

    def __iter__(self) -> Iterator[str]:
        return iter(self._k())

    def __len__(self) -> int:
        return len(self._k())


METHODS = _View("method")
SOURCES = _View("source")
PROTOCOLS = _View("protocol")
BACKBONES = _View("backbone")
ADAPTER_HOSTS = _View("adapter_host")


# --------------------------------------------------------------------------------------------- registration
def register(kind: str, name: str, target: str | Any, provider: str | None = None, origin: str = "",
             **data: Any) -> Entry:
    """Register ``name`` of ``kind`` as a ``"module:attr"`` target (lazy) or an object; see the module doc."""
    if kind not in KINDS:
        raise ClbenchError(f"unknown registry kind '{kind}'; kinds: {', '.join(KINDS)}.")
    if isinstance(target, str) and ":" not in target:
        raise ClbenchError(f"{KINDS[kind][1]} '{name}' has target '{target}'; write it as 'module:attr'.")
    provider = provider or (f"module {target.partition(':')[0]}" if isinstance(target, str)
                            else f"@register in {getattr(target, '__module__', '?')}")
    return STATE.kinds[kind].add(name, target, provider, data, origin)


def _decorator(kind: str, name: str, check: Callable[[Any], str | None] | None = None):
    def wrap(obj):
        problem = check(obj) if check else None
        if problem:
            raise TypeError(problem)
        register(kind, name, obj)
        return obj

    return wrap


def _is_learner_class(cls: Any) -> bool:
    # duck-typed: the registry sits below clbench.learner and cannot import it
    return isinstance(cls, type) and all(hasattr(cls, a) for a in ("train_experience", "predict", "capabilities"))


def register_method(name: str):
    """Class decorator: ``@register_method("wa") class WA(SGDLearner): ...`` (sets ``method_name``)."""

    def wrap(cls):
        if not _is_learner_class(cls):
            raise TypeError(f"@register_method('{name}') must decorate a Learner subclass")
        cls.method_name = name
        register("method", name, cls)
        return cls

    return wrap


def register_source(name: str):
    """Function decorator for a data source: ``(**options) -> LabelledData``."""
    return _decorator("source", name)


def register_protocol(name: str):
    """Function decorator for a protocol: ``(data: LabelledData, seed, **options) -> Scenario``."""
    return _decorator("protocol", name)


def register_backbone(name: str):
    """Decorator for a backbone factory: ``(input_shape, **options) -> nn.Module`` with ``out_dim``."""
    return _decorator("backbone", name)


def register_adapter_host(name: str):
    """Decorator for an adapter host factory: ``(input_shape, **options) -> AdapterHost``."""
    return _decorator("adapter_host", name)


def register_table(table: dict, provider: str, origin: str = "") -> None:
    """Register every entry of a table ``{kind: {name: "module:attr" | {"target": ..., **data}}}``. The key
    ``"modules"`` lists modules that register themselves by decorator and have no entry yet."""
    for module in table.get("modules", ()):
        if module not in STATE.unlisted:
            STATE.unlisted.append(module)
    for kind, names in table.items():
        if kind == "modules":
            continue
        if kind not in KINDS:
            raise ClbenchError(f"{provider} names an unknown registry kind '{kind}'; kinds: {', '.join(KINDS)}.")
        for name, spec in names.items():
            spec = {"target": spec} if isinstance(spec, str) else dict(spec)
            register(kind, name, spec.pop("target"), provider, origin, **spec)


def _dist(ep) -> str:
    dist = getattr(ep, "dist", None)
    return dist.name if dist is not None else ""


def _load_tables() -> None:
    """Read every table and single entry point once: nothing but the tables' own modules is imported."""
    state = STATE
    if state.fatal:
        raise ClbenchError(state.fatal)
    if state.tables_loaded:
        return
    state.tables_loaded = True
    try:
        _read_entry_points(state)
    except ClbenchError as e:
        state.fatal = str(e)
        raise


def _entry_points() -> dict[str, list]:
    """Every entry point of the registry's groups, from every distribution on the path. Not
    ``entry_points(group=...)``: it keeps one distribution per name, so a stale ``clbench.egg-info`` left in
    a checkout (first on ``sys.path``) would hide the installed tables."""
    groups = {TABLES_GROUP, *(g for g, _, _ in KINDS.values())}
    found: dict[str, list] = {g: [] for g in groups}
    seen: set[tuple[str, str, str]] = set()  # the same package visible twice (egg-info + dist-info)
    for dist in distributions():
        for ep in dist.entry_points:
            if ep.group in groups and (ep.group, ep.name, ep.value) not in seen:
                seen.add((ep.group, ep.name, ep.value))
                found[ep.group].append(ep)
    return found


def _read_entry_points(state: State) -> None:
    found = _entry_points()
    if not found[TABLES_GROUP]:
        raise ClbenchError(f"no registry tables are installed (entry-point group {TABLES_GROUP}); clbench's "
                           "metadata predates them: reinstall it with pip install -e .")
    for ep in found[TABLES_GROUP]:
        provider = f"table {ep.value}"
        try:
            table = ep.load()
        except (Exception, SystemExit) as e:  # noqa: BLE001 - a broken plugin table must not take the others down
            state.errors.append(f"{provider}: {_why(e)}")
            continue
        register_table(table, provider, _dist(ep))
    for kind, (group, _, _) in KINDS.items():
        for ep in found[group]:
            register(kind, ep.name, ep.value, f"entry point {ep.name}", _dist(ep))


def unlisted_modules(package_file: str, package: str, table: dict) -> list[str]:
    """The modules of an in-tree table's package (``package_file`` is its ``__init__.py``) that no entry of
    ``table`` points at, for the table's ``"modules"`` (a file fresh from ``clbench new-method``). Reads the
    directory, imports nothing."""
    listed = {(spec if isinstance(spec, str) else spec["target"]).partition(":")[0]
              for key, entries in table.items() if key != "modules" for spec in entries.values()}
    here = Path(package_file).parent
    return [f"{package}.{p.stem}" for p in sorted(here.glob("*.py"))
            if not p.stem.startswith("_") and f"{package}.{p.stem}" not in listed]


def _import_unlisted() -> None:
    """Import the modules a table names without entries (normally none: tests/test_registry.py asks every
    in-tree module to have its entries), so a method file fresh from ``clbench new-method`` works at once."""
    _load_tables()
    while STATE.unlisted:
        module = STATE.unlisted.pop(0)
        try:
            importlib.import_module(module)
        except (Exception, SystemExit) as e:  # noqa: BLE001 - named in listings, never fatal to the others
            STATE.errors.append(f"{module}: {_why(e)}")


def discover(force: bool = False) -> None:
    """Read the tables and entry points (once; ``force`` re-reads them). Imports no method or source."""
    if force:
        STATE.tables_loaded, STATE.fatal = False, None
    _load_tables()


def discovery_errors() -> list[str]:
    """Every import failure met so far, one line each."""
    return list(STATE.errors)


def plugin_config_packages() -> list[str]:
    """Packages named by the ``clbench.conf`` entry-point group (``name = "pkg.conf"``): each holds a plugin's
    ``method/*.yaml`` and ``benchmark/*.yaml``, and goes on Hydra's search path as ``pkg://pkg.conf``.
    Read from the entry point's value without importing anything, so listing configs stays cheap; scanned
    once per ``sys.path`` (every config lookup asks, and a scan of the installed distributions costs ~0.1 s)."""
    key = tuple(sys.path)
    if key not in _CONF_PACKAGES:
        _CONF_PACKAGES.clear()
        _CONF_PACKAGES[key] = sorted({ep.value.split(":")[0].strip() for ep in entry_points(group="clbench.conf")})
    return list(_CONF_PACKAGES[key])


_CONF_PACKAGES: dict[tuple[str, ...], list[str]] = {}


# ------------------------------------------------------------------------------------------------- lookup
def names(kind: str) -> list[str]:
    """Every registered name of ``kind`` (imports only modules a table lists without entries, if any)."""
    _import_unlisted()
    return sorted(STATE.kinds[kind])


def target(kind: str, name: str) -> str:
    """The ``"module:attr"`` an entry resolves to, without importing it."""
    _load_tables()
    return STATE.kinds[kind].entries[name].target


def declared(kind: str, name: str) -> dict:
    """The data an entry declares (a method's ``capabilities``), read without importing its target."""
    return STATE.kinds[kind].data(name)


def get(kind: str, name: str) -> Any:
    """The object registered as ``name``; imports its module (and only its module) the first time."""
    table = STATE.kinds[kind]
    word, plural = KINDS[kind][1], KINDS[kind][2]
    if name not in table:
        _import_unlisted()
    if name not in table:
        raise ClbenchError(f"unknown {word} '{name}'; known {plural}: {', '.join(sorted(table))}.")
    try:
        return table[name]
    except _BrokenEntry as e:
        entry = table.entries[name]
        if entry.missing is not None and entry.origin == "clbench":  # an in-tree entry: name the extra to install
            raise missing_dependency(entry.missing) from None
        raise ClbenchError(f"{word} '{name}' is installed but failed to import ({e}); "
                           "fix or reinstall that plugin.") from None


def get_method(name: str) -> type[Learner]:
    cls = get("method", name)
    if not _is_learner_class(cls):
        raise ClbenchError(f"method '{name}' points at {target_of(cls)}, which is not a Learner subclass; "
                           "fix its registration.")
    if vars(cls).get("method_name") != name:
        cls.method_name = name  # a table or entry-point target that carries no decorator
    return cls


def get_source(name: str) -> Callable[..., LabelledData]:
    return get("source", name)


def method_capabilities(name: str) -> Any:
    """A method's declared :class:`~clbench.capabilities.Capabilities` without importing it when its table
    declares them (every in-tree method); a plugin registered by a bare entry point is imported."""
    caps = declared("method", name).get("capabilities")
    return caps if caps is not None else get_method(name).capabilities


def benchmark_protocol(benchmark_cfg: dict) -> str | None:
    """The protocol family a benchmark follows: ``protocol_args.kind`` for protocols that carry another
    library's stream (e.g. ``avalanche``: kind class_incremental), else the protocol's own name."""
    args = benchmark_cfg.get("protocol_args") or {}
    return args.get("kind") or benchmark_cfg.get("protocol")


def benchmark_task_ids_at_test(benchmark_cfg: dict) -> bool:
    """Whether test samples carry task ids: ``protocol_args.task_ids_at_test`` if set, else what the
    protocol family declares in its table (``task_ids_at_test: True`` for task_incremental)."""
    args = benchmark_cfg.get("protocol_args") or {}
    if "task_ids_at_test" in args and args["task_ids_at_test"] is not None:
        return bool(args["task_ids_at_test"])
    protocol = benchmark_protocol(benchmark_cfg)
    return bool(protocol in STATE.kinds["protocol"] and declared("protocol", protocol).get("task_ids_at_test"))


def check_compatible(method_name: str, benchmark_cfg: dict) -> None:
    """Refuse an impossible method/benchmark pairing with one sentence, before any data loads (and without
    importing the method when its capabilities are declared in a table)."""
    caps = method_capabilities(method_name)
    bench, protocol = benchmark_cfg.get("name", "?"), benchmark_protocol(benchmark_cfg)
    if benchmark_cfg.get("protocol") not in STATE.kinds["protocol"]:  # an unknown protocol is named as such
        get("protocol", benchmark_cfg.get("protocol"))
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
            "use a task-incremental benchmark (e.g. split_mnist_til) or add "
            "++benchmark.protocol_args.task_ids_at_test=true."
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
    """The learner ``name`` built with ``options``: a method config as composed (its ``name`` key is
    dropped here, so callers pass ``cfg["method"]`` as it is)."""
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
