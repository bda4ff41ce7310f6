"""``clbench verify``: a real record re-runs to the same numbers; a changed number is caught; bad input is a
user error (exit 2) with one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clbench.cli import main as cli_main
from clbench.records import recomputed_metrics, seal
from clbench.runner import run
from clbench.verify import compare


@pytest.fixture(scope="module")
def record_path(tmp_path_factory):
    out = tmp_path_factory.mktemp("verify")
    cfg = {"method": {"name": "finetune", "backbone": {"name": "mlp", "hidden": [32]}, "epochs": 1,
                      "batch_size": 64, "optimizer": {"name": "sgd", "lr": 0.05}},
           "benchmark": {"name": "split_digits", "source": "digits", "source_args": {},
                         "protocol": "class_incremental", "protocol_args": {"n_experiences": 2}},
           "seed": 3, "results_dir": str(out), "progress": False, "console": False, "threads": 1}
    return run(cfg, echo=lambda s: None)


def test_rerun_matches_exactly(record_path, capsys):
    assert cli_main(["verify", str(record_path)]) == 0
    out = capsys.readouterr().out
    assert "metrics.final_average_accuracy" in out and "DIFFERS" not in out
    assert out.strip().splitlines()[-1].startswith("VERIFIED: all ")
    assert "match exactly, and the run identity" in out


def test_a_changed_number_is_a_mismatch_named_by_metric(record_path, tmp_path, capsys):
    rec = json.loads(record_path.read_text())
    # re-sealed and self-consistent (the metrics recomputed from the edited matrix), so the loader accepts it:
    # only the re-run can tell that its numbers do not hold
    rec["accuracy_matrix"][1][1] += 0.004
    rec["metrics"].update(recomputed_metrics(rec))
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(seal(rec)))
    assert cli_main(["verify", str(forged), "--no-stamp"]) == 1
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.endswith("DIFFERS")]
    assert [line.split()[0] for line in lines] == [
        "metrics.average_incremental_accuracy", "metrics.final_average_accuracy", "accuracy_matrix[1][1]"]
    assert "MISMATCH: 3 of " in out and "numbers differ (exactly); first: metrics.average_incremental_accuracy." in out
    # within a tolerance wider than the change, the same record verifies
    assert cli_main(["verify", str(forged), "--tol", "0.005", "--no-stamp"]) == 0
    assert "match within 0.005" in capsys.readouterr().out


def test_a_changed_compute_count_is_a_mismatch_whatever_the_tolerance(record_path, tmp_path, capsys):
    rec = json.loads(record_path.read_text())
    assert rec["compute"]["train_flops"] > 0
    rec["compute"]["train_flops"] += 1
    forged = tmp_path / "forged_compute.json"
    forged.write_text(json.dumps(seal(rec)))
    assert cli_main(["verify", str(forged), "--tol", "0.5", "--no-stamp"]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if line.endswith("DIFFERS")]
    assert [line.split()[0] for line in lines] == ["compute.train_flops"]


def test_compare_respects_the_tolerance_and_missing_values():
    a = {"metrics": {"x": 0.5, "y": None}, "accuracy_matrix": [[0.5]], "task_aware_accuracy_matrix": None}
    b = {"metrics": {"x": 0.504, "y": None}, "accuracy_matrix": [[0.5]], "task_aware_accuracy_matrix": None}
    assert [(n, ok) for n, _, _, ok in compare(a, b, 0.0)] == [
        ("metrics.x", False), ("metrics.y", True), ("accuracy_matrix[0][0]", True)]
    assert all(ok for *_, ok in compare(a, b, 0.005))


def test_bad_input_is_a_user_error(record_path, tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text(record_path.read_text()[:50])
    assert cli_main(["verify", str(broken)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: record {broken} is not valid JSON (truncated or corrupt); re-run it or delete it.")

    rec = json.loads(record_path.read_text())
    failed = tmp_path / "failed.json"
    failed.write_text(json.dumps(seal({**rec, "status": "failed", "metrics": None, "error": "diverged"})))
    assert cli_main(["verify", str(failed)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: record {failed} is a failed run; only complete runs can be verified.")

    assert cli_main(["verify", str(record_path), "--tol", "-1"]) == 2
    assert capsys.readouterr().err.strip() == (
        "error: --tol must be a finite number >= 0, got -1.0; pass an absolute tolerance such as 0.01.")


def test_the_rerun_uses_the_recorded_thread_count(record_path, tmp_path, monkeypatch, capsys):
    """CPU sums round differently per intra-op thread split, so a run is exactly reproducible only at the same
    thread count: the record keeps it and verify re-runs with it, then restores the caller's."""
    import torch

    import clbench.runner

    rec = json.loads(record_path.read_text())
    assert rec["provenance"]["torch_threads"] == 1  # the fixture's threads=1, whatever this process runs at
    rec["provenance"]["torch_threads"] = torch.get_num_threads() + 1
    other = tmp_path / "other_threads.json"
    other.write_text(json.dumps(seal(rec)))
    seen = []
    real_run = clbench.runner.run

    def spy(cfg, echo=print):
        seen.append(torch.get_num_threads())
        return real_run(cfg, echo=echo)

    monkeypatch.setattr(clbench.runner, "run", spy)
    before = torch.get_num_threads()
    cli_main(["verify", str(other)])
    assert seen == [before + 1] and torch.get_num_threads() == before
    assert f"torch threads: {before + 1}, as recorded" in capsys.readouterr().err


def test_the_rerun_evaluates_at_the_recorded_batch_size(record_path, tmp_path):
    """Convolutions may choose another algorithm for another batch size, so the evaluation batch is part of
    what reproduces a record; records written before it was kept were evaluated at 2048."""
    from clbench.evaluate import EVAL_BATCH_SIZE
    from clbench.verify import rerun_config

    rec = json.loads(record_path.read_text())
    assert rec["provenance"]["eval_batch_size"] == EVAL_BATCH_SIZE == 128
    assert rerun_config(rec, tmp_path)["eval_batch_size"] == 128
    rec["provenance"]["eval_batch_size"] = 64
    assert rerun_config(rec, tmp_path)["eval_batch_size"] == 64
    del rec["provenance"]["eval_batch_size"]
    assert rerun_config(rec, tmp_path)["eval_batch_size"] == 2048


def test_a_record_naming_no_thread_count_is_tried_at_the_core_count_then_at_one(record_path, tmp_path,
                                                                               monkeypatch, capsys):
    """Records made before provenance carried ``torch_threads`` kept torch's default (one thread per core), or 1
    in a joblib suite's worker: verify tries the core count, then 1, says which matched, and puts the caller's
    count back (MKL's sums round per thread split, so only the making count reproduces a record)."""
    import torch

    import clbench.runner

    rec = json.loads(record_path.read_text())
    made_at = rec["provenance"]["torch_threads"]
    assert made_at == 1  # threads=auto in a test process
    del rec["provenance"]["torch_threads"]
    legacy = tmp_path / "legacy.json"
    legacy.write_text(json.dumps(seal(rec)))
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    seen = []
    real_run = clbench.runner.run

    def spy(cfg, echo=print):
        seen.append((torch.get_num_threads(), cfg["threads"]))
        path = real_run(cfg, echo=echo)
        if cfg["threads"] == 3:  # stands in for MKL's per-split rounding: 3 threads do not reproduce it
            r = json.loads(Path(path).read_text())
            r["accuracy_matrix"][1][1] += 0.004
            r["metrics"].update(recomputed_metrics(r))
            Path(path).write_text(json.dumps(seal(r)))
        return path

    monkeypatch.setattr(clbench.runner, "run", spy)
    before = torch.get_num_threads()
    assert cli_main(["verify", str(legacy), "--no-stamp"]) == 0
    assert seen == [(3, 3), (1, 1)] and torch.get_num_threads() == before
    out, err = capsys.readouterr()
    assert "no match at 3 threads; the record names no count, so trying 1" in err
    assert "VERIFIED: all" in out and "at 1 torch threads (the record names none)" in out
    seen.clear()
    rec["provenance"]["torch_threads"] = made_at  # a record that names its count is tried at that count only
    named = tmp_path / "named.json"
    named.write_text(json.dumps(seal(rec)))
    assert cli_main(["verify", str(named), "--no-stamp"]) == 0 and seen == [(1, 1)]


def test_the_record_names_its_cpu_and_verify_says_when_the_cpu_differs(record_path):
    """Float kernels are chosen per CPU instruction set (one re-verified record of 31 differed by one test
    sample on another CPU at the same thread count), so the record names its CPU and verify says whether an
    exact match is expected."""
    from clbench.records import cpu_description
    from clbench.verify import environment_note

    rec = json.loads(record_path.read_text())
    assert rec["provenance"]["cpu"] == cpu_description() and set(rec["provenance"]["cpu"]) == {"capability", "model"}
    assert environment_note(rec).startswith("same clbench, torch, platform and CPU as the record")
    other = {**rec, "provenance": {**rec["provenance"], "cpu": {"capability": "AVX2", "model": "Other CPU"}}}
    assert "recorded on Other CPU (AVX2), re-run on" in environment_note(other)
    old = {**rec, "provenance": {k: v for k, v in rec["provenance"].items() if k != "cpu"}}
    assert "a CPU the record does not name" in environment_note(old)


def _sweep_worker():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "tools" / "verify_sweep.py"
    spec = importlib.util.spec_from_file_location("verify_sweep", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_sweep_refreshes_a_verified_record_with_its_own_rerun_and_nothing_else(record_path, tmp_path):
    """tools/verify_sweep.py --refresh: a verified re-run's own record (same numbers, plus what an older record
    lacks) is written to publish in its place; a mismatch writes nothing; records with compute are not planned."""
    sweep = _sweep_worker()
    verdict = sweep.worker(str(record_path), None, tmp_path / "fresh")
    assert verdict["result"] == "verified"
    fresh = json.loads((tmp_path / "fresh" / "records" / verdict["refreshed"]).read_text())
    original = json.loads(Path(record_path).read_text())
    for key in ("accuracy_matrix", "task_aware_accuracy_matrix", "metrics", "seed"):
        assert fresh[key] == original[key]
    assert fresh["method"]["config"] == original["method"]["config"]
    assert fresh["provenance"]["config_hash"] == original["provenance"]["config_hash"]
    assert fresh["compute"] and fresh["provenance"]["torch_threads"] == 1
    # a record whose numbers do not re-run is never refreshed
    tampered = json.loads(Path(record_path).read_text())
    tampered["accuracy_matrix"][0][0] += 0.25
    tampered["metrics"].update(recomputed_metrics(tampered))
    bad = tmp_path / "bad" / "records" / Path(record_path).name
    bad.parent.mkdir(parents=True)
    bad.write_text(json.dumps(seal(tampered)))
    verdict = sweep.worker(str(bad), None, tmp_path / "nothing")
    assert verdict["result"] == "mismatch" and "refreshed" not in verdict
    assert not (tmp_path / "nothing").exists()
    # planning with --refresh skips a record that already measured its compute
    todo, skipped = sweep.plan([str(record_path)], 1e9, ["llm"], refresh=True)
    assert not todo and "measured compute already" in skipped[0][1]
    todo, _ = sweep.plan([str(record_path)], 1e9, ["llm"], refresh=False)
    assert [p.name for _, p in todo] == [Path(record_path).name]


def _on_intel() -> bool:
    """Intel documents MKL's branches other than AUTO and COMPATIBLE as Intel-only: elsewhere MKL runs AUTO."""
    info = Path("/proc/cpuinfo")
    return info.exists() and "GenuineIntel" in info.read_text()


def test_clbench_pins_mkls_code_path_before_its_first_call_and_a_user_choice_wins():
    """MKL picks its sgemm kernels per CPU, which makes a record re-run to other numbers on another machine
    (docs/integrity.md): importing clbench pins its AVX2 path before anything calls MKL, unless ``MKL_CBWR`` says
    otherwise (``OFF``: the reproducibility mode off, as before the pin)."""
    import os
    import subprocess
    import sys

    from clbench.kernels import mkl_branch

    if mkl_branch() is None:
        pytest.skip("this torch has no MKL: nothing to pin")
    probe = ("import clbench, torch; torch.ones(4, 785) @ torch.ones(785, 4); "
             "from clbench.kernels import mkl_branch; print(mkl_branch())")
    env = {k: v for k, v in os.environ.items() if k != "MKL_CBWR"}

    def branch(**extra) -> str:
        out = subprocess.run([sys.executable, "-c", probe], env={**env, **extra}, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    pinned = branch()
    assert pinned == "AVX2" if _on_intel() else pinned in ("AVX2", "AUTO")
    assert branch(MKL_CBWR="AUTO") == "AUTO" and branch(MKL_CBWR="OFF") == "OFF"
    if _on_intel():
        assert branch(MKL_CBWR="SSE4_2") == "SSE4_2"
    assert mkl_branch() == pinned  # this test process imported clbench before torch computed anything


def test_a_record_names_its_mkl_path_and_verify_reruns_on_the_recorded_one(record_path, tmp_path):
    """The record states the path in force; a record made on another path is re-run on that path, in a child
    interpreter (MKL fixes its path once per process); a record naming none (made before the pin, with MKL's
    reproducibility mode off) is tried on this process's path, then with the mode off."""
    from clbench.kernels import mkl_branch
    from clbench.verify import legacy_thread_counts, record_branches, rerun, rerun_attempts

    rec = json.loads(record_path.read_text())
    here = mkl_branch()
    if here is None:
        pytest.skip("this torch has no MKL")
    assert rec["provenance"]["mkl_branch"] == here != "OFF"
    assert record_branches(rec) == [here] and record_branches(rec, "cuda") == [None]
    legacy = {**rec, "provenance": {k: v for k, v in rec["provenance"].items() if k != "mkl_branch"}}
    assert record_branches(legacy) == ([here, "OFF"] if here == "AVX2" else [here, "AVX2", "OFF"])
    no_count = {**legacy, "provenance": {k: v for k, v in legacy["provenance"].items() if k != "torch_threads"}}
    n = len(legacy_thread_counts(no_count))
    assert [b for _, b in rerun_attempts(no_count)] == [b for b in record_branches(no_count) for _ in range(n)]
    other = {**rec, "provenance": {**rec["provenance"], "mkl_branch": "OFF"}}
    again = rerun(other, echo=lambda s: None)
    assert again["provenance"]["mkl_branch"] == "OFF"  # computed in a child on the recorded path
    assert again["provenance"]["torch_threads"] == rec["provenance"]["torch_threads"]
    assert again["seed"] == rec["seed"] and again["scenario"] == rec["scenario"]


def test_a_compute_count_the_record_did_not_measure_is_not_held_against_it():
    """A record written before a phase was counted (text streams' decoding before it went through the meter)
    says ``null``: "not measured". A re-run that measures it does not contradict the record; a re-run that no
    longer measures what the record counted does."""
    fields = {"train_flops": 10, "eval_flops": None, "train_samples": 4, "eval_samples": None, "optimizer_steps": 1}
    old = {"metrics": {}, "compute": fields}
    new = {"metrics": {}, "compute": {**fields, "eval_flops": 99, "eval_samples": 8}}
    assert [(n, ok) for n, _, _, ok in compare(old, new, 0.0)] == [
        ("compute.train_flops", True), ("compute.train_samples", True), ("compute.optimizer_steps", True)]
    assert [(n, ok) for n, _, _, ok in compare(new, old, 0.0) if not ok] == [
        ("compute.eval_flops", False), ("compute.eval_samples", False)]


def test_a_count_by_an_older_counter_is_shown_stale_not_held_and_an_equal_one_still_checked():
    """Counter v1 counted attention on a CPU as 0: a v1 record's FLOPs that a v2 re-run counts higher are stale,
    shown as such, not a failed reproduction; counts the two versions agree on stay compared."""
    fields = {"train_flops": 10, "eval_flops": 5, "train_samples": 4, "eval_samples": 2, "optimizer_steps": 1}
    v1 = {"metrics": {}, "compute": fields}
    v2 = {"metrics": {}, "compute": {**fields, "train_flops": 12, "counter": 2}}
    rows = compare(v1, v2, 0.0)
    assert all(ok for *_, ok in rows)
    assert [n for n, *_ in rows][0] == "compute.train_flops (counter v1: stale, not held)"
    assert [n for n, *_ in rows][1:] == ["compute.eval_flops", "compute.train_samples", "compute.eval_samples",
                                         "compute.optimizer_steps"]
    assert not all(ok for *_, ok in compare({**v2, "compute": {**v2["compute"], "train_flops": 11}}, v2, 0.0))
