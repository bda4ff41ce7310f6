"""``clbench new-method``: the skeleton it writes is complete, lint-clean and trains, in-tree and as a plugin.

Everything is written under tmp_path (``--root`` / ``--dir``), never into the real tree.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml

from clbench.cli import compose, main
from clbench.learner import Capabilities, Learner
from clbench.registry import method_options
from clbench.runner import build_scenario

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _fake_checkout(root: Path) -> Path:
    (root / "methods").mkdir(parents=True)
    (root / "conf" / "method").mkdir(parents=True)
    return root


def _load(path: Path, monkeypatch) -> type[Learner]:
    """Import a generated method file; its @register_method goes into a throw-away copy of the registry."""
    import clbench.registry as registry

    monkeypatch.setattr(registry, "STATE", registry.STATE.copy())
    spec = importlib.util.spec_from_file_location(f"_scaffolded_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return registry.METHODS[path.stem]


def test_in_tree_writes_method_config_and_test(tmp_path, capsys):
    root = _fake_checkout(tmp_path)
    assert main(["new-method", "my_reg", "--root", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    expected = [root / "methods" / "my_reg.py", root / "conf" / "method" / "my_reg.yaml",
                root / "tests" / "test_my_reg.py"]
    assert [Path(line) for line in out[:3]] == expected
    assert all(p.is_file() for p in expected)
    assert "class MyReg(SGDLearner)" in expected[0].read_text()


def test_skeleton_declares_capabilities_and_its_yaml_matches_its_options(tmp_path, monkeypatch):
    root = _fake_checkout(tmp_path)
    main(["new-method", "my_reg", "--root", str(root)])
    cls = _load(root / "methods" / "my_reg.py", monkeypatch)
    assert cls.method_name == "my_reg" and isinstance(vars(cls)["capabilities"], Capabilities)
    cfg = yaml.safe_load((root / "conf" / "method" / "my_reg.yaml").read_text())
    assert cfg["name"] == "my_reg"
    assert set(cfg) - {"name"} <= set(method_options(cls)), "every YAML key must be a constructor option"
    assert "label_smoothing" in cfg


def test_skeleton_trains_and_keeps_the_contract(tmp_path, monkeypatch):
    root = _fake_checkout(tmp_path)
    main(["new-method", "my_reg", "--root", str(root)])
    cls = _load(root / "methods" / "my_reg.py", monkeypatch)
    options = yaml.safe_load((root / "conf" / "method" / "my_reg.yaml").read_text())
    options.pop("name")
    scenario = build_scenario(compose(["benchmark=split_digits"])["benchmark"], seed=0)
    torch.manual_seed(0)
    trains = {"epochs": 5, "batch_size": 32, "optimizer": {"name": "sgd", "lr": 0.1}}
    learner = cls(scenario.info(), **{**options, **trains})
    exp = scenario[0]
    learner.train_experience(exp)
    logits = learner.predict(exp.test_x)
    assert logits.shape == (len(exp.test_y), scenario.n_classes)
    assert (logits.argmax(1) == exp.test_y).float().mean() > 0.8
    assert learner.report() == {"seen_classes": 2}
    assert learner.cost()["memory_bytes"] == 0


def test_generated_files_are_ruff_clean(tmp_path):
    root = _fake_checkout(tmp_path / "tree")
    main(["new-method", "my_reg", "--root", str(root)])
    main(["new-method", "my_reg", "--dir", str(tmp_path / "plugin")])
    ruff = BIN / "ruff"
    result = subprocess.run([str(ruff), "check", "--config", str(REPO / "pyproject.toml"), str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_plugin_package_declares_both_entry_points(tmp_path):
    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11
    target = tmp_path / "clbench-my-reg"
    assert main(["new-method", "my_reg", "--dir", str(target)]) == 0
    meta = tomllib.loads((target / "pyproject.toml").read_text())
    eps = meta["project"]["entry-points"]
    assert eps["clbench.methods"] == {"my_reg": "clbench_my_reg.my_reg:MyReg"}
    assert eps["clbench.conf"] == {"clbench_my_reg": "clbench_my_reg.conf"}
    assert (target / "clbench_my_reg" / "conf" / "method" / "my_reg.yaml").is_file()
    assert (target / "clbench_my_reg" / "conf" / "__init__.py").is_file()  # pkg:// needs a real package
    assert (target / "tests" / "test_my_reg.py").is_file()


# --------------------------------------------------------------------------------------------- bad input
def _error(argv: list[str], capsys) -> str:
    assert main(argv) == 2
    return capsys.readouterr().err.strip()


def test_bad_name_is_refused(tmp_path, capsys):
    assert _error(["new-method", "My-Method", "--root", str(_fake_checkout(tmp_path))], capsys) == (
        "error: method name 'My-Method' is not a lowercase Python identifier; use letters, digits and "
        "underscores, starting with a letter (e.g. l2_prev).")


def test_builtin_name_is_refused(tmp_path, capsys):
    assert _error(["new-method", "finetune", "--dir", str(tmp_path / "p")], capsys) == (
        "error: a method named 'finetune' already exists; pick another name.")


def test_not_a_checkout_is_refused(tmp_path, capsys):
    assert _error(["new-method", "my_reg", "--root", str(tmp_path)], capsys) == (
        f"error: {tmp_path} is not a clbench checkout (no methods/ and conf/method/ there); run from the "
        "repository root, pass --root PATH, or pass --dir PATH to make an installable package instead.")


def test_existing_file_is_never_overwritten(tmp_path, capsys):
    root = _fake_checkout(tmp_path)
    (root / "conf" / "method" / "my_reg.yaml").write_text("name: mine\n")
    assert _error(["new-method", "my_reg", "--root", str(root)], capsys) == (
        f"error: {root / 'conf' / 'method' / 'my_reg.yaml'} already exists; pick another method name or remove "
        "that file first.")
    # nothing was written, the user's file is intact
    assert not (root / "methods" / "my_reg.py").exists()
    assert (root / "conf" / "method" / "my_reg.yaml").read_text() == "name: mine\n"


def test_non_empty_dir_is_refused(tmp_path, capsys):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "keep.txt").write_text("x")
    assert _error(["new-method", "my_reg", "--dir", str(tmp_path / "p")], capsys) == (
        f"error: {tmp_path / 'p'} exists and is not empty; pass --dir with a new or empty directory.")


# -------------------------------------------------------------------------- the whole in-tree journey
@pytest.mark.slow
def test_in_tree_journey_in_a_copy_of_the_checkout(tmp_path):
    """new-method in a copy of the tree, then the generated test and a `clbench run`, as a user would."""
    root = tmp_path / "checkout"
    for part in ("methods", "conf", "benchmarks"):
        shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "tests").mkdir()
    env = {**os.environ, "PYTHONPATH": str(root), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    run = lambda *cmd: subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)  # noqa: E731
    made = run("clbench", "new-method", "my_reg")
    assert made.returncode == 0, made.stderr
    tested = run(str(BIN / "pytest"), "-q", "-p", "no:cacheprovider", "tests/test_my_reg.py")
    assert tested.returncode == 0, tested.stdout[-3000:]
    ran = run("clbench", "run", "method=my_reg", "benchmark=split_digits", "results_dir=res", "progress=false")
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert ran.stdout.strip().splitlines()[-1].endswith(".json")
    assert not (REPO / "methods" / "my_reg.py").exists()
