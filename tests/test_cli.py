"""The clbench command: listings, one-sentence errors with non-zero exits, the record path as last line."""

import subprocess
import sys

import pytest

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner
from clbench.registry import METHODS, check_compatible, register_method


def clbench(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clbench.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600)


def _one_sentence(p: subprocess.CompletedProcess) -> str:
    lines = [ln for ln in p.stderr.strip().splitlines() if ln.strip()]
    assert p.returncode == 2, p.stderr
    assert len(lines) == 1 and "Traceback" not in p.stderr, p.stderr
    return lines[0]


def test_run_prints_the_record_path_last(tmp_path):
    p = clbench("run", "method=finetune", "benchmark=split_digits", f"results_dir={tmp_path}", "progress=false")
    assert p.returncode == 0, p.stderr
    last = p.stdout.strip().splitlines()[-1]
    assert last.startswith(str(tmp_path / "records")) and last.endswith(".json")


def test_unknown_method_lists_the_known_ones(tmp_path):
    line = _one_sentence(clbench("run", "method=nosuch", f"results_dir={tmp_path}"))
    assert line.startswith("error: unknown method 'nosuch'; known methods: ") and "finetune" in line


def test_unknown_benchmark_lists_the_known_ones(tmp_path):
    line = _one_sentence(clbench("run", "benchmark=nosuch", f"results_dir={tmp_path}"))
    assert line.startswith("error: unknown benchmark 'nosuch'; known benchmarks: ") and "split_mnist" in line


@pytest.mark.parametrize("override,key", [("lrr=0.1", "lrr"), ("method.lrr=0.1", "method.lrr")])
def test_unknown_config_key(tmp_path, override, key):
    line = _one_sentence(clbench("run", override, f"results_dir={tmp_path}"))
    assert line.startswith(f"error: unknown config key '{key}'; check the spelling")


def test_unknown_method_option_names_the_known_ones(tmp_path):
    line = _one_sentence(clbench("run", "method=finetune", "+method.lamda=1", "benchmark=split_digits",
                                 f"results_dir={tmp_path}"))
    assert line.startswith("error: method 'finetune' has no option 'lamda'; its options are: ")
    assert "batch_size" in line


@pytest.mark.parametrize("override,message", [
    ("seed=-1", "error: seed must be a non-negative integer, got -1; set seed=0 (or any N >= 0)."),
    ("method.epochs=0", "error: epochs must be an integer >= 1, got 0; set method.epochs to a positive integer."),
    ("method.optimizer.lr=-1", "error: optimizer.lr must be > 0, got -1; set method.optimizer.lr to a positive "
                               "number."),
    ("method.optimizer.name=rmsprop", "error: unknown optimizer 'rmsprop'; use one of sgd, adam, adamw."),
    ("method.backbone.name=vgg", "error: unknown backbone 'vgg'; known backbones: "),
])
def test_bad_values_are_one_sentence(tmp_path, override, message):
    line = _one_sentence(clbench("run", "benchmark=split_digits", override, f"results_dir={tmp_path}",
                                 "progress=false"))
    assert line.startswith(message)


def test_missing_torchvision_root_says_where_to_put_it(tmp_path):
    line = _one_sentence(clbench("run", "benchmark=split_cifar100", f"benchmark.source_args.data_root={tmp_path}",
                                 f"results_dir={tmp_path}"))
    assert line == (f"error: CIFAR100 not found under {tmp_path}; put the torchvision files there or set "
                    "benchmark.source_args.download=true.")


def test_listings_show_capabilities():
    methods = clbench("methods")
    assert methods.returncode == 0 and "finetune" in methods.stdout and "joint" in methods.stdout
    benchmarks = clbench("benchmarks")
    assert benchmarks.returncode == 0 and "split_mnist" in benchmarks.stdout and "mnist" in benchmarks.stdout


def test_impossible_pairing_is_refused_before_data_loads():
    @register_method("_needs_task_ids")
    class NeedsTaskIds(Learner):
        capabilities = Capabilities(needs_task_ids_at_test=True)

    try:
        with pytest.raises(ClbenchError, match=r"^method '_needs_task_ids' needs task ids at test time but "
                                               r"benchmark 'split_mnist' \(class_incremental\) gives none"):
            check_compatible("_needs_task_ids", {"name": "split_mnist", "protocol": "class_incremental",
                                                 "source": "this source is never loaded"})
        check_compatible("_needs_task_ids", {"name": "x", "protocol": "task_incremental"})
    finally:
        METHODS.pop("_needs_task_ids")


def test_unknown_command():
    p = clbench("fly")
    assert p.returncode == 2 and p.stderr.startswith("error: unknown command 'fly'")
