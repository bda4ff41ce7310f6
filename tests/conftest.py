"""Shared fixtures. Tests never download: wandb runs offline, the Hugging Face hub is off."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# Under pytest-xdist every worker would start torch's default pool (one thread per core), so on 2 cores two
# workers run 4 spinning threads: the fast tier's slowest fixture (exssnet's ResNet-18) took 81 s under `make
# test` and 2.3 s alone. Each worker gets its share of the cores; children (CLI tests) inherit it; a value the
# user set wins. The runner's threads=auto reads the same variable, so runs stay at one thread as before.
if os.environ.get("PYTEST_XDIST_WORKER_COUNT"):
    _share = max(1, (os.cpu_count() or 1) // int(os.environ["PYTEST_XDIST_WORKER_COUNT"]))
    os.environ.setdefault("OMP_NUM_THREADS", str(_share))
    if "torch" in sys.modules:  # a plugin imported torch first: its pool is sized already
        sys.modules["torch"].set_num_threads(int(os.environ["OMP_NUM_THREADS"]))

import pytest  # noqa: E402

if os.environ.get("CLBENCH_MUTATION_ROOT"):  # tests/mutation/run.py: prove the mutated copy is what runs
    from pathlib import Path

    import clbench
    import methods

    _root = Path(os.environ["CLBENCH_MUTATION_ROOT"]).resolve()
    for _pkg in (clbench, methods):
        if _root not in Path(_pkg.__file__).resolve().parents:
            raise RuntimeError(f"{_pkg.__name__} imported from {_pkg.__file__}, not the mutated copy {_root}")


# Files whose tests share session-scoped runs with another file's (exssnet's band compares with the supsup runs
# of supsup's own band, through ``band_record``): under ``--dist loadfile`` they are scheduled as that file.
SHARED_WORKER = {"tests/test_exssnet.py": "tests/test_supsup.py"}


def pytest_xdist_make_scheduler(config, log):
    """``make test-all`` (CI) runs on every core with ``--dist loadfile``: a file's tests stay on one worker, so
    its module fixtures (one clean run per method, a finetune baseline) are built once, not once per worker."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class SharedFileScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return SHARED_WORKER.get(path, path)

    return SharedFileScheduling(config, log)


@pytest.fixture
def compose_run(tmp_path):
    """``compose_run("method=finetune", "benchmark=split_digits")`` → a resolved config writing to tmp_path."""
    from clbench.cli import compose

    def make(*overrides: str) -> dict:
        return compose([f"results_dir={tmp_path}", "progress=false", "console=false", *overrides])

    return make


@pytest.fixture
def one_torch_thread():
    """One intra-op thread for tests of tiny models: on a shared 2-core machine extra threads only spin."""
    import torch

    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


@pytest.fixture(scope="session")
def band_record(tmp_path_factory):
    """``band_record("method=supsup", "benchmark=...", "seed=0")`` → the record of that run, made once per session.

    Slow bands that compare methods share their runs (exssnet's band compares with the same supsup runs that
    supsup's own band checks), so CI trains each cell once."""
    import json

    from clbench.cli import compose
    from clbench.runner import run

    made: dict[tuple[str, ...], dict] = {}

    def get(*overrides: str) -> dict:
        key = tuple(overrides)
        if key not in made:
            out = tmp_path_factory.mktemp("band")
            cfg = compose([f"results_dir={out}", "progress=false", "console=false", *overrides])
            made[key] = json.loads(run(cfg, echo=lambda *a: None).read_text())
        return made[key]

    return get


@pytest.fixture
def counters_entered(monkeypatch):
    """A list that grows by one each time the compute meter opens a FLOP counter (clbench.compute)."""
    from clbench import compute

    entered: list[int] = []

    class Spy(compute._TotalFlopCounter):
        def __enter__(self):
            entered.append(1)
            return super().__enter__()
    monkeypatch.setattr(compute, "_TotalFlopCounter", Spy)
    return entered
