"""The one registry (clbench/registry.py, docs/architecture.md "One registry") and the engine's import graph.

* the registry is a leaf: it imports nothing of clbench but :mod:`clbench.errors`;
* listing (``clbench --help``/``methods``/``benchmarks``) imports no torch and no method or source module;
* every registered name of every kind resolves by importing its own module and that module's own
  dependencies only (statically for every name here; in a fresh interpreter in the slow test), and every
  method's declared capabilities equal its class's;
* a name provided twice is one sentence naming both providers, whether the second is a decorator, a table
  or an installed plugin's entry point; the same target twice is one entry;
* the import graph of clbench/ (every import, function-level ones too) has no cycle.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import clbench.registry as registry
from clbench.capabilities import Capabilities
from clbench.errors import ClbenchError

REPO = Path(__file__).resolve().parent.parent
OURS = ("clbench", "methods", "benchmarks")


# ------------------------------------------------------------------------------------------ import graph
def _module_files() -> dict[str, Path]:
    out = {}
    for top in OURS:
        for p in (REPO / top).rglob("*.py"):
            parts = list(p.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join(parts)] = p
    return out


MODULES = _module_files()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _lazy_targets(module: str) -> set[str]:
    """Modules a package's PEP 562 ``__getattr__`` imports by name (``clbench.nn`` loads
    ``clbench.nn.backbones`` on first use of ``build_backbone``): ``from pkg import name`` may import them."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    out = set()
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef) and fn.name == "__getattr__":
            for n in ast.walk(fn):
                if isinstance(n, ast.Call) and n.args and isinstance(n.args[0], ast.Constant) \
                        and isinstance(n.args[0].value, str) and n.args[0].value in MODULES:
                    out.add(n.args[0].value)
    return out


@functools.cache  # each module's source is parsed once per session, not once per name (issue 19)
def imports_of(module: str, module_level_only: bool = False, implied_own_packages: bool = True) -> frozenset[str]:
    """The repo modules ``module`` imports (a submodule also imports its packages), skipping
    ``if TYPE_CHECKING:`` blocks; with ``module_level_only`` the imports inside functions are left out. With
    ``implied_own_packages=False`` the module's own packages count only when an import names them: they are
    initialised before the module anyway, so only naming them (``from clbench.loggers import X`` inside
    ``clbench.loggers.wandb_logger``) is a dependency."""
    path = MODULES[module]
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()

    def resolve(name: str) -> None:
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        named = name
        while name:
            own = module.startswith(name + ".")
            if name != module and (name == named or implied_own_packages or not own):
                found.add(name)
            name = name.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for n in node.orelse:
                visit(n)
            return
        if module_level_only and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            return
        if isinstance(node, ast.Import):
            for a in node.names:
                resolve(a.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_pkg else module.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            for a in node.names:
                full = f"{mod}.{a.name}"
                resolve(full if full in MODULES else mod)
                if full not in MODULES and mod in MODULES:
                    for lazy in _lazy_targets(mod):
                        resolve(lazy)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    if "." in module and implied_own_packages:
        resolve(module.rpartition(".")[0])
    return frozenset(found)


def _cycles(nodes: list[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in nodes:
        if v not in index:
            visit(v)
    return out


def test_the_registry_is_a_leaf():
    assert imports_of("clbench.registry") <= {"clbench", "clbench.errors"}
    assert imports_of("clbench.capabilities") <= {"clbench"}


def test_the_tables_import_nothing_heavy():
    """The modules that hold tables are read by every listing: they import only the registry's leaves."""
    for module in ("methods", "benchmarks", "clbench.protocols", "clbench.nn"):
        assert imports_of(module) <= {"clbench", "clbench.capabilities", "clbench.registry", "clbench.errors"}, module


def test_the_engine_has_no_import_cycle():
    """Every import counts, a function-level one too: an import moved into a function to dodge a cycle at
    import time still ties the two modules together."""
    engine = sorted(m for m in MODULES if m.split(".")[0] == "clbench")
    # a module's own packages are initialised before it whatever it imports: only an import that names one is
    # an edge to it (``clbench.loggers.console`` -> ``clbench.loggers`` is none)
    edges = {m: {t for t in imports_of(m, implied_own_packages=False) if t.split(".")[0] == "clbench"}
             for m in engine}
    cycles = _cycles(engine, edges)
    detail = [f"{a} -> {b}" for c in cycles for a in c for b in sorted(edges[a] & set(c))]
    assert not cycles, f"import cycles in clbench/: {cycles}; edges inside them: {detail}"


def test_the_engine_imports_no_method_or_benchmark():
    for m in MODULES:
        if m.split(".")[0] == "clbench":
            assert not {t for t in imports_of(m) if t.split(".")[0] in ("methods", "benchmarks")}, m


def _static_closure(module: str) -> set[str]:
    """The modules importing ``module`` runs: its module-level imports, transitively (and itself)."""
    seen, todo = {module}, [module]
    while todo:
        for t in imports_of(todo.pop(), module_level_only=True):
            if t not in seen:
                seen.add(t)
                todo.append(t)
    return seen


@pytest.mark.parametrize("kind", list(registry.KINDS))
def test_every_name_resolves_to_its_own_module_and_no_other_method_or_source(kind):
    """Statically, for every registered name: what importing its target module runs holds no module of
    another method or source (methods/common and the engine are shared dependencies)."""
    for name in registry.names(kind):
        module = registry.target(kind, name).partition(":")[0]
        if module.split(".")[0].startswith("test"):
            continue  # a throwaway learner another test file registered at import (e.g. test_blurry's)
        assert module in MODULES, f"{kind} '{name}' points at {module}, which is not in this repository"
        closure = _static_closure(module)
        others = {m for m in closure - {module} if m.split(".")[0] in ("methods", "benchmarks")
                  and m not in ("methods", "benchmarks") and not m.startswith("methods.common")}
        assert not others, f"{kind} '{name}' ({module}) imports {sorted(others)}"


@pytest.mark.slow
def test_resolving_each_name_imports_only_its_module_and_its_dependencies_and_capabilities_match():
    """In a fresh interpreter, each target module is resolved in a forked child (tests/registry_probe.py): the
    in-tree modules that appear are exactly the target's static closure, and every method's declared
    capabilities (methods/__init__.py's table) equal its class's ``capabilities``."""
    p = subprocess.run([sys.executable, str(REPO / "tests" / "registry_probe.py")], capture_output=True, text=True,
                       cwd=REPO, env={**os.environ, "OMP_NUM_THREADS": "1"}, timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    result = json.loads(p.stdout)
    preloaded = set(result.pop("preloaded"))
    assert not {m for m in preloaded if m.split(".")[0] in ("methods", "benchmarks") and "." in m}
    seen = set()
    for key, got in result.items():
        kind, module = key.split(":")
        assert "error" not in got, f"{key}: {got.get('error')}"
        imported = {m for m in got["imported"] if m.split(".")[0] in OURS}
        expected = _static_closure(module) - preloaded
        assert module in imported or module in preloaded, key
        assert imported <= expected, f"{key} also imported {sorted(imported - expected)}"
        for name, entry in got["names"].items():
            seen.add((kind, name))
            if kind == "method":
                assert entry["method_name"] == name
                assert entry["declared"] == entry["class"], (
                    f"method '{name}': methods/__init__.py declares {entry['declared']} but its class has "
                    f"{entry['class']}")
    # names other test modules register at import (a run of the whole suite imports them) are not the tree's
    declared = {(k, n) for k in registry.KINDS for n in registry.names(k)
                if not registry.STATE.kinds[k].entries[n].provider.startswith("@register in test")}
    assert seen == declared


def test_listing_imports_no_torch_and_no_method_module():
    code = ("import sys, contextlib, io\n"
            "from clbench.cli import main\n"
            "for cmd in (['--help'], ['methods'], ['benchmarks']):\n"
            "    with contextlib.redirect_stdout(io.StringIO()):\n"
            "        assert main(cmd) == 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'methods', 'benchmarks')))\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                       env={**os.environ, "OMP_NUM_THREADS": "1"}, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    assert json.loads(p.stdout.replace("'", '"')) == ["benchmarks", "methods"]  # the table modules only


def test_every_in_tree_method_declares_its_capabilities():
    for name in registry.names("method"):
        if registry.target("method", name).startswith("methods."):
            assert isinstance(registry.declared("method", name).get("capabilities"), Capabilities), name


# ---------------------------------------------------------------------------------------------- collisions
@pytest.fixture
def fresh(monkeypatch):
    """A throw-away registry holding what the tables and entry points declare."""
    monkeypatch.setattr(registry, "STATE", registry.State())
    registry.discover()
    return registry


def test_a_decorator_on_another_class_under_a_table_name_is_one_sentence(fresh):
    class Impostor:
        capabilities = Capabilities()

        def train_experience(self, experience):
            pass

        def predict(self, x, task_ids=None):
            pass

    with pytest.raises(ClbenchError) as e:
        registry.register_method("finetune")(Impostor)
    msg = str(e.value)
    assert msg.startswith("method 'finetune' is provided twice, by table methods:TABLE")
    assert "(methods.finetune:Finetune)" in msg and "Impostor" in msg and msg.endswith("packages.")
    assert "\n" not in msg


def test_the_same_target_twice_is_one_entry(fresh):
    from methods.finetune import Finetune  # its decorator already ran: the table's target, once

    registry.register("method", "finetune", "methods.finetune:Finetune", "another table")
    registry.register_method("finetune")(Finetune)
    assert registry.get_method("finetune") is Finetune
    assert registry.names("method").count("finetune") == 1


def _dist_info(site: Path, dist: str, group: str, name: str, value: str) -> None:
    info = site / f"{dist}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[{group}]\n{name} = {value}\n")


def test_a_plugin_whose_name_collides_is_named_not_dropped(tmp_path, monkeypatch):
    _dist_info(tmp_path, "clbench_clash", "clbench.methods", "finetune", "clbench_clash:Finetune")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "STATE", registry.State())
    for _ in range(2):  # and the same sentence again on the next lookup, never a silently partial registry
        with pytest.raises(ClbenchError) as e:
            registry.get_method("wa")
        msg = str(e.value)
        assert "method 'finetune' is provided twice" in msg
        assert "table methods:TABLE" in msg and "(methods.finetune:Finetune)" in msg
        assert "entry point finetune of clbench_clash (clbench_clash:Finetune)" in msg


def test_a_plugin_entry_point_is_lazy_and_a_broken_one_is_named_when_asked_for(tmp_path, monkeypatch):
    (tmp_path / "lazy_plugin.py").write_text("raise RuntimeError('imported too early')\n")
    _dist_info(tmp_path, "lazy_plugin", "clbench.benchmarks", "lazy_source", "lazy_plugin:source")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "STATE", registry.State())
    assert "lazy_source" in registry.names("source")  # listed without being imported
    assert "lazy_plugin" not in sys.modules
    with pytest.raises(ClbenchError, match=r"^data source 'lazy_source' is installed but failed to import \(entry "
                                           r"point lazy_source \(lazy_plugin:source\): RuntimeError: imported too "
                                           r"early\); fix or reinstall that plugin\.$"):
        registry.get_source("lazy_source")


def test_unknown_names_list_the_known_ones(fresh):
    with pytest.raises(ClbenchError, match=r"^unknown protocol 'nope'; known protocols: avalanche, cir, "):
        registry.get("protocol", "nope")
    with pytest.raises(ClbenchError, match=r"^unknown backbone 'nope'; known backbones: cnn, mlp, "):
        registry.get("backbone", "nope")
    with pytest.raises(ClbenchError, match=r"^unknown registry kind 'nope'; kinds: method, source, "):
        registry.register("nope", "x", "a:b")
    with pytest.raises(ClbenchError, match=r"^method 'x' has target 'nowhere'; write it as 'module:attr'\.$"):
        registry.register("method", "x", "nowhere")


def test_protocol_family_data_decides_task_ids_at_test(fresh):
    assert registry.benchmark_task_ids_at_test({"protocol": "task_incremental"})
    assert not registry.benchmark_task_ids_at_test({"protocol": "class_incremental"})
    assert registry.benchmark_task_ids_at_test({"protocol": "avalanche", "protocol_args": {"kind": "task_incremental"}})
    assert not registry.benchmark_task_ids_at_test({"protocol": "task_incremental",
                                                    "protocol_args": {"task_ids_at_test": False}})


def test_check_compatible_reads_declared_capabilities_without_importing(fresh, monkeypatch):
    """The capability check of a suite's plan needs no method module: with imports made to fail, the check
    still refuses by name."""
    monkeypatch.setattr(registry.STATE.kinds["method"].entries["dst"], "target", "no_such_module:DST")
    with pytest.raises(ClbenchError, match="does not support the class_incremental protocol"):
        registry.check_compatible("dst", {"name": "split_mnist", "protocol": "class_incremental"})
    assert dataclasses.asdict(registry.method_capabilities("dst"))["needs_task_ids_at_test"] is True


def test_every_in_tree_module_has_its_entries_in_the_table():
    """A method or source file the table does not point at still registers (its module is imported when a name
    is missing), but listings and lookups then import it: give it its line in methods/__init__.py or
    benchmarks/__init__.py."""
    import benchmarks
    import methods

    assert methods.TABLE["modules"] == [] and benchmarks.TABLE["modules"] == []


def test_a_module_a_table_lists_without_entries_registers_by_decorator_when_asked(tmp_path, monkeypatch, fresh):
    (tmp_path / "fresh_method_mod.py").write_text(
        "from clbench.learner import Capabilities, Learner\n"
        "from clbench.registry import register_method\n\n\n"
        "@register_method('fresh_from_scaffold')\n"
        "class Fresh(Learner):\n"
        "    capabilities = Capabilities(notes='not in any table')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.register_table({"modules": ["fresh_method_mod"]}, "a test table")
    assert "fresh_method_mod" not in sys.modules
    assert registry.get_method("fresh_from_scaffold").__name__ == "Fresh"
    assert registry.method_capabilities("fresh_from_scaffold").notes == "not in any table"
    monkeypatch.delitem(sys.modules, "fresh_method_mod")


def test_the_views_behave_like_mappings_for_tests(fresh):
    """``monkeypatch.setitem(METHODS, new_name, cls)`` (it reads the old value with ``get``) and
    ``METHODS.pop(name, None)`` work on names that are not registered."""
    from methods.finetune import Finetune

    assert registry.METHODS.get("not_registered") is None
    assert registry.METHODS.pop("not_registered", None) is None
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(registry.METHODS, "patched_in", Finetune)
        assert registry.get_method("patched_in") is Finetune
    assert "patched_in" not in registry.METHODS and "finetune" in registry.METHODS


def test_a_missing_dependency_of_an_in_tree_entry_names_what_to_install(tmp_path, monkeypatch, fresh):
    """clbench's own entry whose module needs a package that is not installed (Avalanche, peft, timm) is the
    install sentence; a plugin's keeps naming the plugin (test_security's needs_missing)."""
    (tmp_path / "needs_a_dep_mod.py").write_text("import no_such_dependency_abc\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    registry.register("method", "in_tree_needing_dep", "needs_a_dep_mod:M", "table methods:TABLE", "clbench")
    registry.register("method", "plugin_needing_dep", "needs_a_dep_mod:M", "entry point plugin_needing_dep", "x")
    with pytest.raises(ClbenchError, match=r"^this needs the Python package 'no_such_dependency_abc', which is not "
                                           r"installed; install it with pip install no_such_dependency_abc"):
        registry.get_method("in_tree_needing_dep")
    with pytest.raises(ClbenchError, match=r"^method 'plugin_needing_dep' is installed but failed to import"):
        registry.get_method("plugin_needing_dep")
