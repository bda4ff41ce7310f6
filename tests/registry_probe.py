"""Run by tests/test_registry.py in a fresh interpreter: which in-tree modules resolving each registered name
imports, and whether each method's declared capabilities equal its class's.

torch and the engine's base modules are imported first; then, for each target module, a forked child
resolves every name that points into it and reports the ``methods.*``/``benchmarks.*``/``clbench.*`` modules
that appeared. Forking keeps every child's start as clean as the parent's (no method module imported yet)
while the heavy shared imports are paid once. Prints one JSON object.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys

import torch  # noqa: F401  (paid once, before the forks)

import clbench.learner  # noqa: F401
import clbench.registry as registry
import clbench.scenario  # noqa: F401

OURS = ("methods", "benchmarks", "clbench")


def ours() -> set[str]:
    return {m for m in sys.modules if m.split(".")[0] in OURS}


def probe(kind: str, names: list[str]) -> dict:
    before = ours()
    out: dict = {"names": {}}
    for name in names:
        obj = registry.get_method(name) if kind == "method" else registry.get(kind, name)
        entry = {"object": registry.target_of(obj)}
        if kind == "method":
            declared = registry.declared("method", name).get("capabilities")
            entry["declared"] = dataclasses.asdict(declared) if declared is not None else None
            entry["class"] = dataclasses.asdict(obj.capabilities)
            entry["method_name"] = obj.method_name
        out["names"][name] = entry
    out["imported"] = sorted(ours() - before)
    return out


def main() -> None:
    result: dict = {"preloaded": sorted(ours())}
    for kind in registry.KINDS:
        groups: dict[str, list[str]] = {}
        for name in registry.names(kind):
            groups.setdefault(registry.target(kind, name).partition(":")[0], []).append(name)
        for module, names in sorted(groups.items()):
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: resolve, report, leave without running the parent's atexit hooks
                os.close(r)
                try:
                    payload = probe(kind, names)
                except BaseException as e:  # noqa: BLE001 - reported to the test by name
                    payload = {"error": f"{type(e).__name__}: {e}"}
                with os.fdopen(w, "w") as f:
                    json.dump(payload, f)
                os._exit(0)
            os.close(w)
            with os.fdopen(r) as f:
                text = f.read()
            os.waitpid(pid, 0)
            result[f"{kind}:{module}"] = json.loads(text) if text else {"error": "the child died"}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
