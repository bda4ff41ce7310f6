"""The clbench command: listings, one-sentence errors with non-zero exits, the record path as last line."""

import json
import subprocess
import sys

import pytest
from builders import cli_in_process

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner
from clbench.registry import METHODS, check_compatible, register_method

clbench = cli_in_process  # the command in this process; ``real_clbench`` runs the real process


def real_clbench(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clbench.cli", *args], capture_output=True, text=True, timeout=600)


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
    # typed like its YAML default (clbench.checks.finish_config): -1 is the float -1.0, one value, one config hash
    ("method.optimizer.lr=-1", "error: optimizer.lr must be > 0, got -1.0; set method.optimizer.lr to a positive "
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
    assert methods.returncode == 0, methods.stderr
    rows = {line.split()[0]: line.split() for line in methods.stdout.splitlines()[1:] if line.strip()}
    # name, protocols, task ids at test, exemplars, config — as each method declares them
    assert rows["ibcl"][1:4] == ["task", "needed", "no"]
    assert rows["clr"][1:3] == ["task,domain", "needed"]
    assert set(rows["finetune"][1].split(",")) >= {"class", "task", "domain"} and rows["finetune"][2:4] == ["no", "no"]
    assert "task" not in rows["wa"][1].split(",") and rows["wa"][2:4] == ["no", "yes"]
    benchmarks = clbench("benchmarks")
    assert benchmarks.returncode == 0, benchmarks.stderr
    rows = {line.split()[0]: line.split() for line in benchmarks.stdout.splitlines()[1:] if line.strip()}
    assert rows["split_mnist"][1:3] == ["mnist", "class_incremental"]
    assert rows["split_digits"][1:3] == ["digits", "class_incremental"]


# ------------------------------------------------------------------------------------------- -m (multirun)
@pytest.mark.parametrize("sweep,message", [
    (("method=nosuch,finetune",), "error: unknown method 'nosuch'; known methods: "),
    (("method=finetune,joint", "lrr=1"), "error: unknown config key 'lrr'; check the spelling"),
    (("seed=0,-1",), "error: seed must be a non-negative integer, got -1;"),
])
def test_multirun_bad_input_is_one_sentence_and_nothing_runs(tmp_path, sweep, message):
    line = _one_sentence(clbench("run", "-m", "benchmark=split_digits", *sweep, f"results_dir={tmp_path}"))
    assert line.startswith(message), line
    assert not (tmp_path / "records").exists()


@pytest.mark.slow  # the joblib launcher's worker processes each import torch: about a minute (issue 19)
def test_multirun_failing_job_is_one_line_and_the_others_run(tmp_path):
    # an optimizer name is checked where the learner is built, in the job (epochs=0 is refused before any job runs)
    p = clbench("run", "-m", "benchmark=split_digits", "method.optimizer.name=rmsprop,sgd", f"results_dir={tmp_path}",
                "console=false")
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    assert "on the joblib launcher" in p.stderr  # -m runs side by side by default, as the README says
    failed = [ln for ln in p.stderr.splitlines() if ln.startswith("failed:")]
    assert failed == ["failed: method.optimizer.name=rmsprop: unknown optimizer 'rmsprop'; use one of sgd, adam, "
                      "adamw."]
    assert p.stderr.strip().splitlines()[-1] == "multirun: 1 complete, 1 failed"
    (record,) = (tmp_path / "records").glob("*.json")
    assert p.stdout.strip().splitlines() == [str(record)]
    assert json.loads(record.read_text())["method"]["config"]["optimizer"]["name"] == "sgd"


def test_a_job_that_left_no_status_is_reported_as_crashed(tmp_path, capsys):
    from clbench.suites import collect, job_cell

    (tmp_path / f"{job_cell(0)}.json").write_text(json.dumps({"cell": job_cell(0), "status": "complete",
                                                              "record": "r.json", "label": "from the job"}))
    statuses = collect(tmp_path, {job_cell(0): "seed=0", job_cell(1): "seed=1"})
    assert [(s["label"], s["status"]) for s in statuses] == [("seed=0", "complete"), ("seed=1", "failed")]
    assert capsys.readouterr().err == ("failed: seed=1: no report from the job: it crashed or was killed "
                                       "(see the launcher's log).\n")


@pytest.mark.parametrize("content", [b'{"cell": "job-0", "stat', b"\xff\xfe", b"[1, 2]", b'{"status": "complete"}',
                                     b'{"status": "done", "record": "r.json"}'])
def test_a_corrupt_status_file_is_that_jobs_failure_in_one_line(tmp_path, capsys, content):
    """A truncated, non-UTF-8 or foreign status file fails its job by name; the suite's other jobs still count."""
    from clbench.suites import collect, job_cell

    (tmp_path / f"{job_cell(0)}.json").write_bytes(content)
    (tmp_path / f"{job_cell(1)}.json").write_text(json.dumps({"cell": job_cell(1), "status": "complete",
                                                              "record": "r.json"}))
    statuses = collect(tmp_path, {job_cell(0): "seed=0", job_cell(1): "seed=1"})
    assert [(s["label"], s["status"]) for s in statuses] == [("seed=0", "failed"), ("seed=1", "complete")]
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("failed: seed=0: the status file ") and "is corrupt" in line and "re-run the suite" in line


def test_wandb_flag_is_sugar_for_wandb_enabled_in_runs_grids_and_suites(monkeypatch):
    """``--wandb`` becomes ``wandb.enabled=true`` before anything else sees the arguments."""
    from clbench import cli

    seen = {}

    def keep(key):
        return lambda *args: seen.__setitem__(key, args[0] if len(args) == 1 else args)  # returns None: exit 0

    monkeypatch.setattr(cli, "_hydra_app", keep("run"))
    monkeypatch.setattr(cli, "_run_multirun", keep("-m"))
    monkeypatch.setattr(cli, "_run_suite", keep("suite"))
    assert cli.main(["run", "--wandb", "benchmark=split_digits"]) == 0
    assert cli.main(["run", "-m", "--wandb", "seed=0,1"]) == 0
    assert cli.main(["run", "--wandb", "suite=smoke"]) == 0
    assert seen["run"] == ["wandb.enabled=true", "benchmark=split_digits"]
    assert seen["-m"] == ["wandb.enabled=true", "seed=0,1"]
    overrides, cfg = seen["suite"]
    assert overrides == ["wandb.enabled=true", "suite=smoke"] and cfg["wandb"]["enabled"] is True


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


def test_the_real_command_exits_2_with_one_sentence(tmp_path):
    """The installed entry point in its own process (the other cases call clbench.cli.main in-process)."""
    line = _one_sentence(real_clbench("run", "method=nosuch", f"results_dir={tmp_path}"))
    assert line.startswith("error: unknown method 'nosuch'; known methods: ")
    p = real_clbench("fly")
    assert p.returncode == 2 and p.stderr.startswith("error: unknown command 'fly'")
