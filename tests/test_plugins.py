"""External plugins: a method and a benchmark from the user's own packages, without touching the clbench tree.

The method package is what ``clbench new-method NAME --dir PATH`` writes; the benchmark package is written
here (a data source registered through ``clbench.benchmarks`` plus its YAML, found through ``clbench.conf``).

* fast tests make entry-point discovery see the packages by putting them, with a hand-written
  ``.dist-info`` (exactly what an installer writes), on ``sys.path``; runs happen in-process;
* the slow test installs both packages for real (``pip install --target``, into a temporary directory, so
  the shared virtual environment is never modified) and drives the ``clbench`` command in a subprocess:
  ``clbench methods`` / ``benchmarks`` list them, ``clbench run`` runs them, ``clbench leaderboard`` ranks
  their records next to a built-in method's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import clbench.registry as registry
from clbench.cli import compose, config_options, main
from clbench.records import load_record, validate_schema
from clbench.runner import run

BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parent.parent
METHOD = "ext_reg"
SOURCE, BENCHMARK = "blobs", "split_blobs"


def write_benchmark_package(directory: Path) -> Path:
    """A plugin package that adds the data source ``blobs`` and the benchmark ``split_blobs``."""
    pkg = directory / "clbench_blobs"
    (pkg / "conf" / "benchmark").mkdir(parents=True)
    (directory / "pyproject.toml").write_text(textwrap.dedent(f"""\
        [build-system]
        requires = ["setuptools>=68"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "clbench-blobs"
        version = "0.1.0"

        [project.entry-points."clbench.benchmarks"]
        {SOURCE} = "clbench_blobs.data:{SOURCE}"

        [project.entry-points."clbench.conf"]
        clbench_blobs = "clbench_blobs.conf"

        [tool.setuptools.packages.find]
        include = ["clbench_blobs*"]

        [tool.setuptools.package-data]
        "clbench_blobs.conf" = ["benchmark/*.yaml"]
        """))
    (pkg / "__init__.py").write_text("")
    (pkg / "conf" / "__init__.py").write_text("")
    (pkg / "data.py").write_text(textwrap.dedent('''\
        """Six Gaussian blobs in 8 dimensions: a synthetic data source."""
        import torch

        from clbench.scenario import LabelledData


        def blobs(n_per_class: int = 60, spread: float = 0.5, split_seed: int = 0) -> LabelledData:
            g = torch.Generator().manual_seed(split_seed)
            centres = torch.randn(6, 8, generator=g) * 3
            y = torch.arange(6).repeat_interleave(n_per_class)
            x = centres[y] + spread * torch.randn(len(y), 8, generator=g)
            test = torch.arange(len(y)) % 4 == 0
            return LabelledData("blobs", x[~test], y[~test], x[test], y[test], 6)
        '''))
    (pkg / "conf" / "benchmark" / f"{BENCHMARK}.yaml").write_text(textwrap.dedent(f"""\
        # Gaussian blobs from the clbench-blobs plugin, 3 experiences of 2 classes.
        name: {BENCHMARK}
        source: {SOURCE}
        source_args: {{n_per_class: 60}}
        protocol: class_incremental
        protocol_args:
          n_experiences: 3
        """))
    return directory


def make_packages(root: Path) -> tuple[Path, Path]:
    assert main(["new-method", METHOD, "--dir", str(root / "clbench-ext-reg")]) == 0
    return root / "clbench-ext-reg", write_benchmark_package(root / "clbench-blobs")


def _dist_info(site: Path, dist: str, entry_points: dict[str, dict[str, str]]) -> None:
    info = site / f"{dist}-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{k} = {v}\n" for k, v in eps.items()) + "\n" for group, eps in entry_points.items()
    ))


@pytest.fixture
def plugins_on_path(tmp_path, monkeypatch):
    """Both packages visible to entry-point discovery; the registries restored afterwards."""
    method_pkg, bench_pkg = make_packages(tmp_path)
    _dist_info(method_pkg, "clbench_ext_reg", {"clbench.methods": {METHOD: f"clbench_ext_reg.{METHOD}:ExtReg"},
                                               "clbench.conf": {"clbench_ext_reg": "clbench_ext_reg.conf"}})
    _dist_info(bench_pkg, "clbench_blobs", {"clbench.benchmarks": {SOURCE: f"clbench_blobs.data:{SOURCE}"},
                                            "clbench.conf": {"clbench_blobs": "clbench_blobs.conf"}})
    for p in (method_pkg, bench_pkg):
        monkeypatch.syspath_prepend(str(p))
    # a throw-away registry that re-reads the tables and entry points (now including the plugins')
    monkeypatch.setattr(registry, "STATE", registry.State())
    yield tmp_path
    for mod in [m for m in sys.modules if m.startswith(("clbench_ext_reg", "clbench_blobs"))]:
        del sys.modules[mod]


def test_plugin_configs_join_the_config_groups(plugins_on_path):
    assert sorted(registry.plugin_config_packages()) == ["clbench_blobs.conf", "clbench_ext_reg.conf"]
    assert METHOD in config_options("method") and "finetune" in config_options("method")
    assert BENCHMARK in config_options("benchmark") and "split_digits" in config_options("benchmark")
    cfg = compose([f"method={METHOD}", f"benchmark={BENCHMARK}"])
    assert cfg["method"]["name"] == METHOD and cfg["benchmark"]["source"] == SOURCE


def test_plugin_method_and_source_register_through_entry_points(plugins_on_path):
    registry.discover()
    assert registry.get_method(METHOD).__name__ == "ExtReg"
    assert registry.get_source(SOURCE)(n_per_class=8).n_classes == 6


@pytest.mark.parametrize("method, benchmark", [(METHOD, "split_digits"), ("finetune", BENCHMARK)])
def test_plugin_runs_and_its_record_validates(plugins_on_path, method, benchmark):
    cfg = compose([f"method={method}", f"benchmark={benchmark}", f"results_dir={plugins_on_path / 'res'}",
                   "progress=false", "console=false"])
    record = load_record(run(cfg, echo=lambda s: None))
    validate_schema(record)
    assert record["method"]["name"] == method and record["benchmark"]["name"] == benchmark
    assert record["status"] == "complete"


def test_a_broken_config_plugin_does_not_break_composing(tmp_path, monkeypatch):
    _dist_info(tmp_path, "broken", {"clbench.conf": {"broken": "no_such_package.conf"}})
    monkeypatch.syspath_prepend(str(tmp_path))
    assert registry.plugin_config_packages() == ["no_such_package.conf"]
    assert "split_digits" in config_options("benchmark")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Hydra warns about a search path it cannot read: it must not get one
        assert compose(["method=finetune"])["method"]["name"] == "finetune"


def test_without_plugins_the_names_are_unknown(tmp_path):
    from clbench.errors import ClbenchError

    with pytest.raises(ClbenchError, match=f"^unknown method '{METHOD}'; known methods: "):
        compose([f"method={METHOD}"])


# ------------------------------------------------------------------- the real install and the real CLI
@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    root = tmp_path_factory.mktemp("plugins")
    method_pkg, bench_pkg = make_packages(root)
    site = root / "site"
    pip = subprocess.run([str(BIN / "pip"), "install", "-q", "--no-deps", "--no-build-isolation", "--target",
                          str(site), str(method_pkg), str(bench_pkg)], capture_output=True, text=True)
    assert pip.returncode == 0, pip.stderr[-3000:]
    env = {**os.environ, "PYTHONPATH": str(site), "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    return root, env


def _clbench(env: dict, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "clbench"), *args], cwd=cwd, env=env, capture_output=True, text=True)


@pytest.mark.slow
def test_installed_plugins_through_the_cli(installed):
    root, env = installed
    methods = _clbench(env, root, "methods")
    assert methods.returncode == 0 and any(line.split()[:1] == [METHOD] for line in methods.stdout.splitlines())
    assert f"conf/method/{METHOD}.yaml" in methods.stdout
    benchmarks = _clbench(env, root, "benchmarks")
    assert benchmarks.returncode == 0 and any(line.split()[:2] == [BENCHMARK, SOURCE]
                                              for line in benchmarks.stdout.splitlines())
    records = []
    for method, benchmark in ((METHOD, "split_digits"), ("finetune", "split_digits"), ("finetune", BENCHMARK)):
        ran = _clbench(env, root, "run", f"method={method}", f"benchmark={benchmark}", "seed=0",
                       "results_dir=res", "progress=false")
        assert ran.returncode == 0, ran.stderr[-2000:]
        records.append(load_record(root / ran.stdout.strip().splitlines()[-1]))
        validate_schema(records[-1])
    board = _clbench(env, root, "leaderboard", "res", "--out", "board", "--quiet")
    assert board.returncode == 0, board.stderr[-2000:]
    text = (root / "board" / "LEADERBOARD.md").read_text()
    assert METHOD in text and BENCHMARK in text
    # the plugin's number on the board is the one in its record
    pct = f"{100 * records[0]['metrics']['final_average_accuracy']:.1f}"
    assert any(METHOD in line and pct in line for line in text.splitlines())
    assert not (REPO / "methods" / f"{METHOD}.py").exists()
    assert not (REPO / "conf" / "method" / f"{METHOD}.yaml").exists()
