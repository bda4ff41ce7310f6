"""tests/mutation/run.py mutates what it tests: a real bug in the copy is killed, a no-op survives, a stale
mutant is refused. (The conftest check under CLBENCH_MUTATION_ROOT proves the copy is what the tests import.)"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

RUN_PY = Path(__file__).resolve().parent / "mutation" / "run.py"


@pytest.fixture
def harness(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("clbench_mutation_run", RUN_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", tmp_path)  # the lists are read from here; the copy is still of ROOT
    return module


def _write_list(where: Path, mutants: list[dict]) -> None:
    (where / "mutants_probe.py").write_text(
        f"TESTS = ['tests/test_metrics.py']\nMUTANTS = {mutants!r}\n")


def test_a_bug_in_the_copy_is_killed_and_a_no_op_survives(harness, tmp_path):
    original = (harness.ROOT / "clbench" / "metrics.py").read_text()
    _write_list(tmp_path, [
        {"id": "bwt-sign", "file": "clbench/metrics.py", "what": "BWT inverted",
         "old": "R[T - 1][j] - R[j][j] for j", "new": "R[j][j] - R[T - 1][j] for j"},
        {"id": "comment", "file": "clbench/metrics.py", "what": "a comment changed",
         "old": "# drop NaN (no class seen yet)", "new": "# drop NaN", "equivalent": "a comment"},
    ])
    out = tmp_path / "results.json"
    assert harness.main(["probe", "--json", str(out)]) == 0
    results = {r["id"]: r["status"] for r in json.loads(out.read_text())}
    assert results == {"bwt-sign": "killed", "comment": "survived"}
    assert (harness.ROOT / "clbench" / "metrics.py").read_text() == original  # the checkout is never touched


def test_a_surviving_real_mutant_fails_the_run(harness, tmp_path):
    _write_list(tmp_path, [{"id": "comment", "file": "clbench/metrics.py", "what": "a comment changed",
                            "old": "# drop NaN (no class seen yet)", "new": "# drop NaN"}])
    assert harness.main(["probe"]) == 1


def test_a_stale_mutant_is_refused(harness, tmp_path):
    _write_list(tmp_path, [{"id": "gone", "file": "clbench/metrics.py", "what": "text no longer there",
                            "old": "this line is not in metrics.py", "new": "x"},
                           {"id": "twice", "file": "clbench/metrics.py", "what": "ambiguous",
                            "old": "import", "new": "x"}])
    with pytest.raises(SystemExit) as e:
        harness.main(["probe"])
    count = (harness.ROOT / "clbench" / "metrics.py").read_text().count("import")
    assert str(e.value) == (
        "2 stale mutant(s); re-target each at where its step lives now:\n"
        "  [probe] gone: old text not found in clbench/metrics.py: 'this line is not in metrics.py'\n"
        f"  [probe] twice: old text occurs {count} times in clbench/metrics.py (must be once)")
    assert harness.main(["probe", "--check"]) == 1  # the same check alone, without running anything
