"""Smaller everyday traps of issue 22: new-method into the wrong checkout, the thread default, the
console's running totals, 1-based experience numbers when resuming."""

from __future__ import annotations

import os

import pytest
import torch

from clbench.checks import DEFAULT_THREADS, choose_threads
from clbench.errors import ClbenchError


def test_new_method_refuses_a_checkout_this_clbench_does_not_import(tmp_path, monkeypatch, capsys):
    from clbench.cli import main

    (tmp_path / "methods").mkdir()
    (tmp_path / "conf" / "method").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    assert main(["new-method", "my_elsewhere"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--root" in err[0] and "imports its methods from" in err[0]
    assert list((tmp_path / "methods").iterdir()) == []  # nothing written
    assert main(["new-method", "my_elsewhere", "--root", str(tmp_path)]) == 0  # asked for explicitly: written
    assert (tmp_path / "methods" / "my_elsewhere.py").is_file()


def test_threads_default_is_one_unless_told(monkeypatch):
    before = torch.get_num_threads()
    try:
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
        assert choose_threads({}).startswith("default") and torch.get_num_threads() == DEFAULT_THREADS == 1
        monkeypatch.setenv("OMP_NUM_THREADS", "2")
        assert choose_threads({"threads": "auto"}) == "OMP_NUM_THREADS=2" and torch.get_num_threads() == 2
        assert choose_threads({"threads": 3}) == "threads=3" and torch.get_num_threads() == 3
        torch.set_num_threads(1)
        assert choose_threads({"suite": {"threads_per_job": 1}}) == "suite.threads_per_job=1"
        with pytest.raises(ClbenchError, match=r"^threads must be an integer >= 1 or auto, got 0;"):
            choose_threads({"threads": 0})
    finally:
        torch.set_num_threads(before)


def test_a_run_records_its_thread_count_and_where_it_came_from(tmp_path, monkeypatch):
    import json

    from clbench.cli import compose
    from clbench.runner import run

    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    cfg = compose(["benchmark=split_digits", f"results_dir={tmp_path}", "progress=false", "console=false",
                   "method.epochs=1"])
    messages: list[str] = []
    path = run(cfg, echo=messages.append)
    prov = json.loads(path.read_text())["provenance"]
    assert prov["torch_threads"] == 1 and prov["torch_threads_from"].startswith("default (1")


def test_console_line_says_its_times_are_running_totals(tmp_path, capsys):
    from clbench.cli import compose
    from clbench.runner import run

    cfg = compose(["benchmark=split_digits", f"results_dir={tmp_path}", "progress=false", "console=true",
                   "method.epochs=1"])
    run(cfg, echo=lambda s: None)
    lines = [x for x in capsys.readouterr().err.splitlines() if "experience 1/5" in x]
    assert lines and "(so far: train " in lines[0]


def test_resume_message_counts_experiences_from_one(tmp_path):
    from clbench.cli import compose
    from clbench.runner import DONE, run

    cfg = compose(["benchmark=split_digits", f"results_dir={tmp_path}", "progress=false", "console=false",
                   "method.epochs=1"])
    path = run(cfg, echo=lambda s: None)
    (next(tmp_path.rglob(DONE))).unlink()
    path.unlink()
    messages: list[str] = []
    run(cfg, echo=messages.append)
    assert any(m.endswith("5 of 5 experiences done, writing its record") for m in messages), messages
    assert os.environ.get("CLBENCH_FAULT") is None


def test_avalanche_deprecation_notices_show_once_per_process(tmp_path, monkeypatch):
    pytest.importorskip("avalanche")
    import warnings

    from clbench.cli import compose
    from clbench.runner import run
    from methods import avalanche_strategies as avl

    monkeypatch.setattr(avl, "_SHOWN_DEPRECATIONS", set())
    cfg = compose(["method=replay", "benchmark=split_digits", f"results_dir={tmp_path}", "progress=false",
                   "console=false", "method.epochs=1"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(cfg, echo=lambda s: None)
    notices = [w for w in caught if issubclass(w.category, DeprecationWarning) and "avalanche" in w.filename]
    texts = [str(w.message) for w in notices]
    assert texts and len(texts) == len(set(texts)), texts  # 5 experiences, each notice once
