"""tests/mutation/run.py mutates what it tests: a real bug in the copy is killed, a no-op survives, a stale
mutant is refused. (The conftest check under CLBENCH_MUTATION_ROOT proves the copy is what the tests import.)"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

RUN_PY = Path(__file__).resolve().parent / "mutation" / "run.py"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def harness(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("clbench_mutation_run", RUN_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", tmp_path)  # the lists are read from here; the copy is still of ROOT
    return module


def _toml(text: str) -> str:
    return "'''\n" + text + "'''" if "\n" in text or "'" in text else f"'{text}'"


def _write_list(where: Path, mutants: list[dict]) -> None:
    tables = "".join("\n[[mutant]]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in m.items()) for m in mutants)
    (where / "mutants_probe.toml").write_text("tests = ['tests/test_metrics.py']\n" + tables)


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
    written = json.loads(out.read_text())
    results = {r["id"]: r["status"] for r in written["results"]}
    assert results == {"bwt-sign": "killed", "comment": "survived"}
    assert written["commit"] and isinstance(written["dirty"], list)  # the commit the results are of
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


def test_old_and_new_text_are_read_byte_for_byte(harness, tmp_path):
    text = "    if x:\n        return 'a' \\ \"b\"\n"  # indentation, newlines, both quotes, a backslash
    _write_list(tmp_path, [{"id": "exact", "file": "clbench/metrics.py", "what": "quotes", "old": text,
                            "new": text + "\n"}])
    mutant = harness.load_lists(["probe"])["probe"]["mutants"][0]
    assert mutant["old"] == text and mutant["new"] == text + "\n"


def test_a_malformed_list_is_one_sentence(harness, tmp_path):
    _write_list(tmp_path, [{"id": "x", "file": "clbench/metrics.py", "old": "a", "new": "b"}])
    with pytest.raises(SystemExit) as e:
        harness.main(["probe", "--check"])
    assert str(e.value) == ("mutants_probe.toml mutant 1 (x) lacks what; "
                            "every [[mutant]] names file, id, new, old, what.")
    _write_list(tmp_path, [{"id": "x", "file": "f", "what": "w", "old": "a", "new": "b", "equivalnet": "typo"}])
    with pytest.raises(SystemExit) as e:
        harness.main(["probe", "--check"])
    assert "unknown keys equivalnet" in str(e.value)


def test_the_table_counts_each_list_and_file(harness, tmp_path):
    result = {"commit": "abc1234", "dirty": [], "finished": "2026-12-02T08:00:00Z", "results": [
        {"list": "probe", "id": "a", "file": "clbench/metrics.py", "what": "w", "status": "killed",
         "equivalent": None, "seconds": 1.0},
        {"list": "probe", "id": "b", "file": "clbench/metrics.py", "what": "w", "status": "survived",
         "equivalent": None, "seconds": 1.0},
        {"list": "probe", "id": "c", "file": "clbench/evaluate.py", "what": "w", "status": "survived",
         "equivalent": "a comment", "seconds": 1.0}]}
    (tmp_path / "probe.json").write_text(json.dumps(result))
    text = harness.table([tmp_path / "probe.json"])
    assert "| probe | abc1234 | 2026-12-02T08:00:00Z | 3 | 1 | 1 | 0 | 1 | 50 % |" in text
    assert "| `clbench/metrics.py` | probe | 2 | 1 | 1 | 0 | 0 | 50 % |" in text
    assert "| `clbench/evaluate.py` | probe | 1 | 0 | 0 | 0 | 1 | - |" in text
    assert "* `probe` b (clbench/metrics.py): w — survived" in text
    assert "* `probe` c (clbench/evaluate.py, survived): a comment" in text  # every survivor explained
    page = tmp_path / "page.md"
    page.write_text("# head\n\n<!-- table -->\nstale\n<!-- /table -->\n\ntail\n")
    assert harness.main(["--table", str(tmp_path / "probe.json"), "--update", str(page)]) == 0
    assert page.read_text() == "# head\n\n<!-- table -->\n" + text + "<!-- /table -->\n\ntail\n"


def test_the_results_page_is_the_table_of_the_committed_results(harness):
    """docs/mutation-results.md's table is ``run.py --table docs/mutation/*.json`` (never hand-written), and the
    committed results cover every mutant of every list as the lists stand (a mutant added without re-running its
    list fails here)."""
    results = sorted((ROOT / "docs" / "mutation").glob("*.json"))
    lists = sorted((ROOT / "tests" / "mutation").glob("mutants_*.toml"))
    assert {p.stem for p in results} == {p.stem.removeprefix("mutants_") for p in lists}
    for p in results:
        ran = [r["id"] for r in json.loads(p.read_text())["results"]]
        listed = [m["id"] for m in harness.read_list(ROOT / "tests" / "mutation" / f"mutants_{p.stem}.toml")["mutants"]]
        assert sorted(ran) == sorted(listed), p.stem
    page = (ROOT / "docs" / "mutation-results.md").read_text()
    block = page.split("<!-- table -->\n")[1].split("<!-- /table -->")[0]
    assert block == harness.table(results)
