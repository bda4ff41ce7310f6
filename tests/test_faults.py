"""Fault injection: a run killed with SIGKILL at a chosen point and re-run on the same run directory
finishes with exactly the accuracy matrix and metrics of an uninterrupted run; no partial file is ever
left where a reader would take it for a result.

Kill points (see clbench/faults.py): before training experience n (train@n), after SGD step n (step@n),
before evaluation n (eval@n), and inside atomic write n after the temp file is complete but before the
rename (write@n: 1-5 are the checkpoints, 6 the record, 7 the DONE marker). 13 points over 3 methods —
finetune, ER (a replay buffer that must come back) and WA (exemplars, KD teacher, aligned head).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

METHODS = {
    "finetune": ["method=finetune"],
    "er": ["method=er", "method.memory_size=50"],
    "wa": ["method=wa", "method.memory_size=50", "method.epochs=2"],
}
POINTS = [
    ("finetune", "train@3"), ("finetune", "step@20"), ("finetune", "eval@2"), ("finetune", "write@5"),
    ("finetune", "write@6"),
    ("er", "train@2"), ("er", "step@60"), ("er", "write@3"), ("er", "write@7"),
    ("wa", "train@4"), ("wa", "step@30"), ("wa", "eval@5"), ("wa", "write@2"),
]


def _cli(args: list[str], results: Path, fault: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    env.pop("CLBENCH_FAULT", None)
    if fault:
        env["CLBENCH_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "clbench.cli", "run", "benchmark=split_digits", *args,
                           f"results_dir={results}", "progress=false", "console=false"],
                          capture_output=True, text=True, env=env, timeout=900)


@pytest.fixture(scope="module")
def clean_records(tmp_path_factory) -> dict:
    out = {}
    for name, args in METHODS.items():
        p = _cli(args, tmp_path_factory.mktemp(f"clean-{name}"))
        assert p.returncode == 0, p.stderr
        out[name] = json.loads(Path(p.stdout.strip().splitlines()[-1]).read_text())
    return out


def _looks_like_results(results: Path) -> list[Path]:
    """What a reader (the leaderboard, verify) would take for a record: ``records/*.json``."""
    return [p for p in results.rglob("*.json") if p.parent.name == "records" and not p.name.startswith(".")]


@pytest.mark.parametrize("method,fault", POINTS, ids=[f"{m}-{f}" for m, f in POINTS])
def test_killed_run_resumes_identically(tmp_path, clean_records, method, fault):
    killed = _cli(METHODS[method], tmp_path, fault)
    assert killed.returncode == -9, killed.stderr  # SIGKILL, not a clean exit
    if not fault.startswith("write@7"):
        assert not _looks_like_results(tmp_path)
    for stray in tmp_path.rglob("*.tmp"):  # a temp file may remain, but never under a result's name
        assert not stray.name.endswith(".json") and stray.name.startswith(".")
    resumed = _cli(METHODS[method], tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert not list(tmp_path.rglob("*.tmp"))  # the re-run removed the killed writer's temp file
    rec = json.loads(Path(resumed.stdout.strip().splitlines()[-1]).read_text())
    clean = clean_records[method]
    assert rec["accuracy_matrix"] == clean["accuracy_matrix"]
    assert rec["metrics"] == clean["metrics"]
    assert len(_looks_like_results(tmp_path)) == 1


# every atomic write of a finetune run on split_digits (5 experiences): 1-5 checkpoints, 6 the record, 7 DONE
WRITES = [f"write@{n}" for n in range(1, 8)]


@pytest.mark.parametrize("fault", WRITES)
def test_kill_at_every_write_point_leaves_no_stray_file(tmp_path, clean_records, fault):
    killed = _cli(METHODS["finetune"], tmp_path, fault)
    assert killed.returncode == -9, killed.stderr
    assert list(tmp_path.rglob("*.tmp"))  # the kill left its temp file (what the next run must clean up)
    resumed = _cli(METHODS["finetune"], tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert not list(tmp_path.rglob("*.tmp"))
    assert len(_looks_like_results(tmp_path)) == 1
    rec = json.loads(Path(resumed.stdout.strip().splitlines()[-1]).read_text())
    assert rec["accuracy_matrix"] == clean_records["finetune"]["accuracy_matrix"]


def test_sigterm_ends_like_ctrl_c_and_the_run_resumes(tmp_path, clean_records):
    """SIGTERM (a scheduler's kill) mid-run: exit 143, one sentence, no traceback; the re-run resumes from the
    last checkpoint to the uninterrupted run's matrix."""
    import signal
    import time

    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    env.pop("CLBENCH_FAULT", None)
    args = [sys.executable, "-m", "clbench.cli", "run", "benchmark=split_digits", *METHODS["finetune"],
            f"results_dir={tmp_path}", "progress=false", "console=false"]
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + 300
    while time.time() < deadline and not list(tmp_path.rglob("checkpoint.pt")) and p.poll() is None:
        time.sleep(0.05)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=300)
    if p.returncode == 0:  # finished before the signal arrived: nothing to resume (a very fast machine)
        pytest.skip("the run finished before SIGTERM arrived")
    lines = [line for line in err.splitlines() if line.strip()]
    assert p.returncode == 143, err
    assert lines == ["error: terminated (SIGTERM); re-run the same command to resume from the last checkpoint."]
    resumed = _cli(METHODS["finetune"], tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    rec = json.loads(Path(resumed.stdout.strip().splitlines()[-1]).read_text())
    assert rec["accuracy_matrix"] == clean_records["finetune"]["accuracy_matrix"]
    assert not list(tmp_path.rglob("*.tmp"))
