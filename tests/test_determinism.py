"""Same config + seed → identical accuracy matrix, for every registered method (short configs).

Each method runs with its suite=quick overrides on the first tiny benchmark it fits (sklearn digits,
class- or task-incremental, or a small instruction stream), twice, in two fresh results directories.
"""

from __future__ import annotations

import pytest
import yaml

from clbench.cli import compose, conf_dir
from clbench.records import load_record
from clbench.registry import METHODS, check_compatible, discover
from clbench.runner import run

pytestmark = pytest.mark.slow

TINY = ["split_digits", "split_digits_til", "instruction_stream"]


def _quick_overrides() -> dict:
    suite = yaml.safe_load((conf_dir() / "suite" / "quick.yaml").read_text())
    return {m: dict(o or {}) for m, o in (suite.get("methods") or {}).items()}


def _cells() -> list[tuple[str, str]]:
    discover()
    cells = []
    for name in sorted(METHODS):
        if name.startswith("_") or not (conf_dir() / "method" / f"{name}.yaml").is_file():
            continue
        for bench in TINY:
            bcfg = yaml.safe_load((conf_dir() / "benchmark" / f"{bench}.yaml").read_text())
            try:
                check_compatible(name, bcfg)
            except Exception:  # noqa: BLE001 - not this benchmark: try the next
                continue
            cells.append((name, bench))
            break
    return cells


@pytest.mark.parametrize("method,benchmark", _cells())
def test_same_seed_same_matrix(tmp_path, method, benchmark):
    overrides = {k: v for k, v in _quick_overrides().get(method, {}).items() if not k.startswith("_")}
    records = []
    for attempt in ("a", "b"):
        cfg = compose([f"method={method}", f"benchmark={benchmark}", f"results_dir={tmp_path / attempt}",
                       "progress=false", "console=false"])
        cfg["method"].update(overrides)
        if benchmark == "instruction_stream":
            cfg["benchmark"].setdefault("source_args", {})
        records.append(load_record(run(cfg, echo=lambda s: None)))
    assert records[0]["accuracy_matrix"] == records[1]["accuracy_matrix"]
    assert records[0]["scenario"]["class_order"] == records[1]["scenario"]["class_order"]
