"""Run identity (issue 22): one value is one run however it is spelled; what changes results (device, code
versions) is part of the identity, added only off its default so every committed record keeps its hash;
``rerun=true`` trains afresh; provenance names plugins and uncommitted method files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

try:
    from clbench.config import compose
except ImportError:  # before clbench/config.py existed
    from clbench.cli import compose
from clbench.records import (
    code_provenance,
    config_hash,
    declared_versions,
    identity,
    record_identity,
    typed_like,
)
from clbench.runner import run, run_identity

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = sorted((ROOT / "leaderboard" / "records").glob("*.json"))
D = "benchmark=split_digits"


def test_every_committed_record_keeps_its_config_hash():
    """The identity of all committed records, recomputed by today's code, is the hash each was written with."""
    assert len(COMMITTED) > 100
    changed = []
    for path in COMMITTED:
        rec = json.loads(path.read_text())
        if config_hash(record_identity(rec)) != rec["provenance"]["config_hash"]:
            changed.append(path.name)
    assert not changed, changed[:5]


def test_committed_configs_are_fixed_points_of_typing():
    """Typing a committed config against itself changes nothing (their types are their defaults')."""
    for path in COMMITTED[:200]:
        rec = json.loads(path.read_text())
        for part in ("method", "benchmark"):
            cfg = rec[part]["config"]
            assert typed_like(cfg, cfg) == cfg and json.dumps(typed_like(cfg, cfg)) == json.dumps(cfg)


def test_typed_like_gives_numbers_their_defaults_type():
    default = {"lr": 1.0, "epochs": 2, "flag": True, "widths": [2.0, 3.0], "sub": {"x": 0.5}, "none": None}
    got = typed_like({"lr": 1, "epochs": 3.0, "flag": 1, "widths": [2, 3, 4], "sub": {"x": 1}, "none": 1,
                      "new": 1}, default)
    assert got == {"lr": 1.0, "epochs": 3, "flag": 1, "widths": [2.0, 3.0, 4.0], "sub": {"x": 1.0}, "none": 1,
                   "new": 1}
    assert isinstance(got["lr"], float) and isinstance(got["epochs"], int) and isinstance(got["sub"]["x"], float)
    assert isinstance(got["none"], int) and isinstance(got["flag"], int)  # no default type: left as written
    assert typed_like({"epochs": 2.5}, {"epochs": 1}) == {"epochs": 2.5}  # not an integer: refused later


@pytest.mark.parametrize("spellings", [
    (["method=wa", "method.temperature=2"], ["method=wa", "method.temperature=2.0"], ["method=wa"]),
    (["method=finetune", "method.optimizer.lr=1"], ["method=finetune", "method.optimizer.lr=1.0"]),
    (["method=finetune", "method.epochs=1.0"], ["method=finetune", "method.epochs=1"]),
])
def test_one_value_is_one_config_hash_whatever_its_spelling(spellings):
    hashes = {run_identity(compose([D, *s]))[1] for s in spellings}
    assert len(hashes) == 1


def test_device_and_versions_enter_the_identity_only_off_their_defaults():
    m, b = {"name": "finetune"}, {"name": "x", "source": "digits", "protocol": "class_incremental"}
    base = identity(m, b, 0)
    assert identity(m, b, 0, device="cpu") == base == identity(m, b, 0, device=None)
    assert identity(m, b, 0, versions={"method": 1, "protocol": 1, "source": 1}) == base
    assert identity(m, b, 0, device="cuda")["device"] == "cuda"
    assert identity(m, b, 0, versions={"method": 2, "protocol": 1, "source": 1})["versions"] == {"method": 2}
    hashes = {config_hash(i) for i in (base, identity(m, b, 0, device="cuda"),
                                       identity(m, b, 0, versions={"method": 2}))}
    assert len(hashes) == 3


def test_a_bumped_method_version_is_a_new_run(monkeypatch):
    from clbench.registry import get_method

    cfg = compose([D])
    before = run_identity(cfg)[1]
    assert declared_versions("finetune", cfg["benchmark"]) == {"method": 1, "protocol": 1, "source": 1}
    monkeypatch.setattr(get_method("finetune"), "version", 2, raising=False)
    assert declared_versions("finetune", cfg["benchmark"])["method"] == 2
    assert run_identity(cfg)[1] != before


def test_rerun_trains_afresh_and_a_device_change_is_another_run(tmp_path):
    cfg = compose([D, f"results_dir={tmp_path}", "progress=false", "console=false", "method.epochs=1"])
    first = run(cfg, echo=lambda s: None)
    messages: list[str] = []
    assert run(cfg, echo=messages.append) == first and any("already complete" in m for m in messages)
    again = run({**cfg, "rerun": True}, echo=messages.append)
    assert again != first and again.is_file() and first.is_file()  # a new record; the old one is kept
    a, b = json.loads(first.read_text()), json.loads(again.read_text())
    assert a["provenance"]["config_hash"] == b["provenance"]["config_hash"]
    assert a["accuracy_matrix"] == b["accuracy_matrix"]  # the same run, trained again
    assert b["versions"] == {"method": 1, "protocol": 1, "source": 1}
    assert b["provenance"]["device"] == "cpu"
    cuda = {**cfg, "device": "cuda"}
    assert run_identity(cuda)[1] != run_identity(cfg)[1]  # never the CPU record for a GPU run


def test_code_provenance_names_untracked_files_and_plugins(tmp_path, monkeypatch):
    import sys
    import types

    mod = types.ModuleType("my_plugin_methods")
    f = tmp_path / "my_plugin_methods.py"
    f.write_text("x = 1\n")
    mod.__file__ = str(f)
    monkeypatch.setitem(sys.modules, "my_plugin_methods", mod)
    cls = type("Mine", (), {"__module__": "my_plugin_methods"})
    from clbench.registry import get_method

    info = code_provenance({"method": cls, "source": get_method("finetune")})
    mine, ours = info["code_files"]
    assert mine["state"] == "not in git" and mine["sha256"]
    assert ours["state"] in ("clean", "modified")
    assert info["plugins"] == [{"role": "method", "module": "my_plugin_methods", "distribution": None,
                                "version": None}]
    # an untracked file inside the checkout is named, and marks the record's commit dirty
    untracked = ROOT / "methods" / "_untracked_probe_for_test.py"
    untracked.write_text("x = 1\n")
    try:
        mod.__file__ = str(untracked)
        info = code_provenance({"method": cls})
        assert info["code_files"][0]["state"] == "untracked" and info["dirty"]
    finally:
        untracked.unlink()


def test_the_hydra_app_types_values_like_the_composer(tmp_path, capsys):
    """``clbench run`` (the Hydra app, whose run_job reads the group choices from HydraConfig) gives the
    record the typed value and the same config hash as the composed config."""
    from clbench.cli import main

    rc = main(["run", D, "method.optimizer.lr=1", "method.epochs=1", f"results_dir={tmp_path}", "progress=false",
               "console=false"])
    assert rc == 0
    (path,) = (tmp_path / "records").glob("*.json")
    rec = json.loads(path.read_text())
    lr = rec["method"]["config"]["optimizer"]["lr"]
    assert lr == 1.0 and isinstance(lr, float)
    expected = run_identity(compose([D, "method.optimizer.lr=1.0", "method.epochs=1"]))[1]
    assert rec["provenance"]["config_hash"] == expected


def test_hydra_launcher_options_do_not_break_the_pre_check():
    """docs/running.md's `hydra.launcher.n_jobs=N`: Hydra's own keys configure the launch, not the job."""
    cfg = compose([D, "hydra.launcher.n_jobs=4"])
    assert cfg["benchmark"]["name"] == "split_digits"
