"""Suites: the grid a suite plans (capabilities, missing configs, filters), the Hydra cell configs it
generates, and end-to-end runs on the joblib and submitit (local executor) launchers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from clbench import suites
from clbench.cli import compose, conf_dir
from clbench.cli import main as cli_main
from clbench.learner import Capabilities, Learner
from clbench.registry import METHODS, discover, register_method

TIL_ONLY = "_suite_test_til_only"


@pytest.fixture
def til_only_method(tmp_path, monkeypatch):
    """A registered method that needs task ids at test time, with a config of its own."""
    import clbench.suites

    @register_method(TIL_ONLY)
    class TilOnly(Learner):
        capabilities = Capabilities(protocols=("task_incremental", "class_incremental"), needs_task_ids_at_test=True)

    cfg = tmp_path / f"{TIL_ONLY}.yaml"
    cfg.write_text(f"name: {TIL_ONLY}\n")
    real = clbench.suites.config_file
    monkeypatch.setattr(clbench.suites, "config_file", lambda g, n: cfg if n == TIL_ONLY else real(g, n))
    yield TIL_ONLY
    METHODS.pop(TIL_ONLY, None)


def _plan(suite: dict, filters=None) -> tuple[list[dict], list[str]]:
    lines: list[str] = []
    return suites.plan({"name": "t", **suite}, filters, echo=lines.append), lines


def test_missing_configs_are_skipped_with_one_line_each():
    cells, lines = _plan({"methods": {"finetune": {"epochs": 1}, "not_yet_a_method": {}},
                          "benchmarks": {"split_digits": {}, "not_yet_a_benchmark": {}}, "seeds": [0, 1]})
    assert lines == [
        "skip: benchmark 'not_yet_a_benchmark' has no config yet (no benchmark/not_yet_a_benchmark.yaml).",
        "skip: method 'not_yet_a_method' has no config yet (no method/not_yet_a_method.yaml).",
    ]
    assert [(c["method"], c["benchmark"], c["seed"], c["method_overrides"]) for c in cells] == [
        ("finetune", "split_digits", 0, {"epochs": 1}), ("finetune", "split_digits", 1, {"epochs": 1})]
    assert [c["cell"] for c in cells] == ["c0000", "c0001"]


def test_each_method_only_where_its_capabilities_allow(til_only_method):
    grid = {"methods": {"finetune": {}, til_only_method: {}},
            "benchmarks": {"split_digits": {}, "split_digits_til": {}}}
    cells, lines = _plan({**grid, "per_method": "all"})
    assert [(c["method"], c["benchmark"]) for c in cells] == [
        ("finetune", "split_digits"), ("finetune", "split_digits_til"), (til_only_method, "split_digits_til")]
    assert lines == [f"skip: {til_only_method} on split_digits (its declared capabilities do not allow them)."]
    cells, lines = _plan({**grid, "per_method": "first"})  # the quick suite's rule: first benchmark that fits
    assert [(c["method"], c["benchmark"]) for c in cells] == [
        ("finetune", "split_digits"), (til_only_method, "split_digits_til")]
    assert lines == []
    cells, lines = _plan({"methods": [til_only_method], "benchmarks": ["split_digits"]})
    assert cells == [] and lines == [
        f"skip: method '{til_only_method}' fits none of the benchmarks of suite 't' (split_digits)."]


def test_filters_and_unlisted_methods():
    suite = {"methods": ["finetune", "joint"], "benchmarks": ["split_digits"], "seeds": [0, 1, 2]}
    cells, _ = _plan(suite, {"method": "joint", "seed": "2"})
    assert [(c["method"], c["seed"]) for c in cells] == [("joint", 2)]
    _, lines = _plan({**suite, "all_methods": True})
    discover()
    assert lines[-1].startswith("note: registered methods not in suite 't': ")
    assert lines[-1].endswith("(add them to conf/suite/t.yaml).") and "finetune" not in lines[-1]


def test_bad_per_method_is_one_sentence():
    with pytest.raises(Exception, match=r"^suite 't' has per_method='some'; use 'first' or 'all'\.$"):
        _plan({"methods": ["finetune"], "benchmarks": ["split_digits"], "per_method": "some"})


def test_generated_cell_composes_to_its_method_benchmark_seed_and_overrides(tmp_path):
    cells, _ = _plan({"methods": {"finetune": {"epochs": 2, "optimizer": {"lr": 0.5}}},
                      "benchmarks": {"split_digits": {"protocol_args": {"n_experiences": 2}}}, "seeds": [7]})
    conf = suites.write_cells(cells, tmp_path)
    cfg = compose([f"hydra.searchpath=[file://{conf}]", "+suite_cell=c0000", "suite=smoke"])
    assert cfg["method"]["name"] == "finetune" and cfg["method"]["epochs"] == 2
    assert cfg["method"]["optimizer"] == {"name": "sgd", "lr": 0.5}
    assert cfg["benchmark"]["name"] == "split_digits" and cfg["benchmark"]["protocol_args"] == {"n_experiences": 2}
    assert cfg["seed"] == 7
    assert cfg["suite"]["name"] == "smoke" and cfg["suite"]["cell"] == "c0000"
    assert cfg["suite"]["status_dir"] == str((tmp_path / "status").resolve())


def test_benchmark_variants_and_per_method_benchmarks(tmp_path):
    cells, lines = _plan({
        "methods": {"finetune": {"_benchmarks": ["digits_2"], "epochs": 1}, "joint": {}},
        "benchmarks": {"split_digits": {},
                       "digits_2": {"_config": "split_digits", "protocol_args": {"n_experiences": 2}}},
    })
    assert lines == []
    assert [(c["method"], c["benchmark"]) for c in cells] == [
        ("finetune", "digits_2"), ("joint", "split_digits"), ("joint", "digits_2")]
    cfg = compose([f"hydra.searchpath=[file://{suites.write_cells(cells, tmp_path)}]", "+suite_cell=c0000"])
    assert cfg["benchmark"]["name"] == "digits_2" and cfg["benchmark"]["source"] == "digits"
    assert cfg["benchmark"]["protocol_args"] == {"n_experiences": 2}
    assert cfg["method"]["epochs"] == 1 and "_benchmarks" not in cfg["method"]


def test_per_method_seeds():
    cells, lines = _plan({"methods": {"finetune": {"_seeds": [1], "epochs": 1}, "joint": {}},
                          "benchmarks": {"split_digits": {}}, "seeds": [0, 1, 2]})
    assert lines == []
    assert [(c["method"], c["seed"]) for c in cells] == [("finetune", 1), ("joint", 0), ("joint", 1), ("joint", 2)]
    assert "_seeds" not in cells[0]["method_overrides"]
    cells, _ = _plan({"methods": {"finetune": {"_seeds": {"digits_2": [2]}}},
                      "benchmarks": {"split_digits": {}, "digits_2": {"_config": "split_digits"}}, "seeds": [0, 1]})
    assert [(c["benchmark"], c["seed"]) for c in cells] == [("split_digits", 0), ("split_digits", 1), ("digits_2", 2)]


def test_launcher_overrides():
    assert suites.launcher_overrides({"launcher": "joblib", "n_jobs": 3}) == [
        "hydra/launcher=joblib", "hydra.launcher.n_jobs=3"]
    assert suites.launcher_overrides({"launcher": "submitit_slurm",
                                      "launcher_overrides": ["hydra.launcher.partition=cpu"]}) == [
        "hydra/launcher=submitit_slurm", "hydra.launcher.partition=cpu"]


@pytest.mark.parametrize("suite", ["quick", "cpu"])
def test_full_suites_list_every_registered_method_that_has_a_config(suite):
    discover()
    spec = yaml.safe_load((conf_dir() / "suite" / f"{suite}.yaml").read_text())
    listed = list(spec["methods"]) + list(spec.get("exclude") or [])
    configs = {p.stem for p in (conf_dir() / "method").glob("*.yaml")}
    registered_with_config = {yaml.safe_load((conf_dir() / "method" / f"{m}.yaml").read_text()).get("name", m)
                              for m in configs} & set(METHODS)
    registered_listed = {yaml.safe_load((conf_dir() / "method" / f"{m}.yaml").read_text()).get("name", m)
                         for m in listed if m in configs}
    assert registered_with_config <= registered_listed, f"add to conf/suite/{suite}.yaml: " + ", ".join(
        sorted(registered_with_config - registered_listed))


def test_paper_suite_plans_every_cell_with_nothing_skipped(tmp_path):
    """suite=paper cannot run here (GPU, datasets under a local root), so its plan is what is checked: every
    method config exists, is registered and fits the benchmark it is restricted to, and each cell composes."""
    spec = yaml.safe_load((conf_dir() / "suite" / "paper.yaml").read_text())
    lines: list[str] = []
    cells = suites.plan(spec, echo=lines.append)
    assert lines == []
    expected = sum(len(over["_benchmarks"]) for over in spec["methods"].values()) * len(spec["seeds"])
    assert len(cells) == expected == 27
    conf = suites.write_cells(cells, tmp_path)
    for c in cells:
        cfg = compose([f"hydra.searchpath=[file://{conf}]", f"+suite_cell={c['cell']}"])
        assert (cfg["method"]["name"], cfg["benchmark"]["name"], cfg["seed"]) == (
            c["method_name"], c["benchmark"], c["seed"])


# The suites whose records leaderboard/records publishes. COMPLETE suites have a record for every planned cell;
# PARTIAL ones (the Gemma cells: hours per seed on a 2-core CPU) publish what has run, each record at a planned
# cell, and their missing cells are printed, never silently dropped.
COMPLETE_SUITES = ("cpu", "streams")
PARTIAL_SUITES = ("llm",)


def _planned_cells(suite: str, tmp_path: Path) -> dict[tuple, dict]:
    spec = yaml.safe_load((conf_dir() / "suite" / f"{suite}.yaml").read_text())
    cells = suites.plan(spec, echo=lambda line: None)
    conf = suites.write_cells(cells, tmp_path / suite)
    method_cfg = {}  # a cell's method config depends on its suite entry only: compose one cell per entry
    for c in cells:
        if c["method"] not in method_cfg:
            cfg = compose([f"hydra.searchpath=[file://{conf}]", f"+suite_cell={c['cell']}"])
            method_cfg[c["method"]] = cfg["method"]
    return {(suite, c["method"], c["benchmark"], c["seed"]): method_cfg[c["method"]] for c in cells}


def test_committed_board_holds_exactly_the_published_grids_at_their_configs(tmp_path, capsys):
    """leaderboard/records is the output of the published suites: one record per planned cell of cpu and
    streams, each run with the method config that cell composes to today, and llm's records each at one of its
    cells. A config changed without re-running its cells fails here, naming them."""
    from clbench.records import load_record

    want: dict[tuple, dict] = {}
    for suite in COMPLETE_SUITES + PARTIAL_SUITES:
        want.update(_planned_cells(suite, tmp_path))
    root = Path(__file__).resolve().parents[1] / "leaderboard" / "records"
    got: dict[tuple, list[str]] = {}
    stale = []
    for path in sorted(root.glob("*.json")):
        rec = load_record(path)
        matches = [k for k, m in want.items() if k[2:] == (rec["benchmark"]["name"], rec["seed"])
                   and m == rec["method"]["config"]]
        if not matches:
            stale.append(path.name)
        # one record may sit at the same cell of two suites (finetune on a benchmark both list): count it once
        for k in matches or [path.name]:
            got.setdefault(k, []).append(path.name)
    assert not stale, f"no published suite's cell has these records' method configs (re-run or delete them): {stale}"
    missing = sorted(k for k in set(want) - set(got) if k[0] in COMPLETE_SUITES)
    assert not missing, f"cells without a record: {missing}"
    assert all(len(v) == 1 for v in got.values()), {k: v for k, v in got.items() if len(v) > 1}
    pending = sorted(k for k in set(want) - set(got) if k[0] in PARTIAL_SUITES)
    with capsys.disabled():
        print(f"\n{len(pending)} planned cells of {', '.join(PARTIAL_SUITES)} not run yet: {pending}")


# ---------------------------------------------------------------------------------------- end to end
def _records(results: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((results / "records").glob("*.json"))]


def _run_smoke(tmp_path: Path, capsys, monkeypatch, *overrides: str) -> tuple[int, str, str]:
    """``clbench run suite=smoke`` from and into ``tmp_path``, console off: (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)
    code = cli_main(["run", "suite=smoke", f"results_dir={tmp_path}", "console=false", *overrides])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_smoke_suite_on_joblib_reports_a_failing_job_and_finishes_the_others(tmp_path, capsys, monkeypatch):
    code, out, err = _run_smoke(tmp_path, capsys, monkeypatch, "+suite.methods.finetune.bogus=1")
    assert code == 1
    failed = [line for line in err.splitlines() if line.startswith("failed: ")]
    assert failed == ["failed: finetune on split_digits seed 0: method 'finetune' has no option 'bogus'; its "
                      "options are: backbone, batch_size, device, epochs, optimizer, scheduler."]
    assert "suite smoke: 1 complete, 1 failed, 0 skipped" in err
    (rec,) = _records(tmp_path)
    assert rec["method"]["name"] == "joint" and rec["status"] == "complete"
    assert "| joint | 1 | " in out and f"{100 * rec['metrics']['final_average_accuracy']:.2f}" in out
    assert (tmp_path / "leaderboard" / "LEADERBOARD.md").is_file()
    assert (tmp_path / "leaderboard" / "site" / "index.html").is_file()


@pytest.mark.slow
def test_smoke_suite_on_submitit_local_executor(tmp_path, capsys, monkeypatch):
    code, out, err = _run_smoke(tmp_path, capsys, monkeypatch, "suite.launcher=submitit_local")
    assert code == 0, err
    recs = _records(tmp_path)
    assert sorted(r["method"]["name"] for r in recs) == ["finetune", "joint"]
    assert len({r["provenance"]["config_hash"] for r in recs}) == 2  # separate run dirs, separate files
    assert list(tmp_path.glob(".sweeps/*/.submitit")), "the jobs did not go through submitit"
    assert "| finetune | 1 |" in out and "| joint | 1 |" in out
