"""wandb, offline, through the CLI (``clbench run --wandb``, ``clbench leaderboard --wandb``): what a run and
the leaderboard write is read back from the offline run directory — the transaction log (``run-*.wandb``,
parsed with wandb's own protobuf ``Record``) and the table files."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from builders import cli_in_process

from clbench.errors import ClbenchError

pytest.importorskip("wandb")

FAST = ("method=finetune", "benchmark=split_digits", "method.backbone.hidden=[32]", "progress=false",
        "console=false", "wandb.project=clbench-test")


def clbench(*args: str) -> subprocess.CompletedProcess:
    """The CLI in a fresh process, offline; the process exits, so wandb has closed its files."""
    env = {**os.environ, "WANDB_MODE": "offline", "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "clbench.cli", *args], capture_output=True, text=True, env=env,
                          timeout=600)


#: the CLI in this process, for cases that start no wandb run (a fresh interpreter would only import torch again)
clbench_in_process = cli_in_process


BLOCK = 32768  # the .wandb file is a LevelDB-style log: 32 KiB blocks of (crc, length, type) chunks


def read_wandb_log(path: Path) -> list:
    from wandb.proto import wandb_internal_pb2 as pb

    data = path.read_bytes()
    assert data[:4] == b":W&B", f"{path} is not a wandb transaction log"
    pos, chunks, pending = 7, [], b""
    while pos + 7 <= len(data):
        if BLOCK - pos % BLOCK < 7:  # block trailer too short for a header: padding
            pos += BLOCK - pos % BLOCK
            continue
        _, length, kind = struct.unpack("<IHB", data[pos:pos + 7])
        if kind == 0 and length == 0:
            pos += BLOCK - pos % BLOCK
            continue
        chunk, pos = data[pos + 7:pos + 7 + length], pos + 7 + length
        if kind == 1:
            chunks.append(chunk)
        elif kind == 2:
            pending = chunk
        elif kind == 3:
            pending += chunk
        elif kind == 4:
            chunks.append(pending + chunk)
    records = []
    for c in chunks:
        r = pb.Record()
        r.ParseFromString(c)
        records.append(r)
    return records


def history(records) -> list[dict]:
    return [{("/".join(i.nested_key) or i.key): json.loads(i.value_json) for i in r.history.item}
            for r in records if r.WhichOneof("record_type") == "history"]


def summary(records) -> dict:
    out = {}
    for r in records:
        if r.WhichOneof("record_type") == "summary":
            out.update({i.key: json.loads(i.value_json) for i in r.summary.update if i.key})
    return out


def artifacts(records) -> list:
    return [r.artifact for r in records if r.WhichOneof("record_type") == "artifact"]


def one(pattern: str, root: Path) -> Path:
    found = sorted(root.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} under {root}, found {found}"
    return found[0]


@pytest.fixture(scope="module")
def logged_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("wandb")
    p = clbench("run", "--wandb", *FAST, f"results_dir={out}")
    assert p.returncode == 0, p.stderr
    path = Path(p.stdout.strip().splitlines()[-1])
    return out, path, json.loads(path.read_text())


def test_run_logs_metrics_matrix_and_record_artifact(logged_run):
    out, path, record = logged_run
    run_dir = one("runs/split_digits/finetune/*/wandb/offline-run-*", out)
    recs = read_wandb_log(one("run-*.wandb", run_dir))
    R = record["accuracy_matrix"]
    T = len(R)
    steps = [h for h in history(recs) if "accuracy/seen_average" in h]
    assert [h["experience"] for h in steps] == list(range(1, T + 1))
    for i, h in enumerate(steps):
        assert h["accuracy/seen_average"] == pytest.approx(sum(R[i][: i + 1]) / (i + 1))
        assert [h[f"accuracy/exp_{j}"] for j in range(T)] == pytest.approx(R[i])
    assert summary(recs)["final_average_accuracy"] == pytest.approx(record["metrics"]["final_average_accuracy"])
    table = json.loads(one("files/media/table/accuracy_matrix_*.table.json", run_dir).read_text())
    assert table["columns"] == ["after_experience"] + [f"exp_{j}" for j in range(T)]
    assert [row[0] for row in table["data"]] == list(range(T))
    assert [v for row in table["data"] for v in row[1:]] == pytest.approx([v for row in R for v in row])
    (art,) = [a for a in artifacts(recs) if a.type == "clbench-record"]
    meta = json.loads(art.metadata)
    assert meta["hash"] == record["hash"] and meta["id"] == record["id"]
    assert [e.path for e in art.manifest.contents] == ["record.json"]


def test_run_logs_the_training_loss_of_every_step_and_each_pass(logged_run):
    """issue 20: the loss curve (per optimizer step, and each pass's mean) on their own x axes."""
    out, path, record = logged_run
    run_dir = one("runs/split_digits/finetune/*/wandb/offline-run-*", out)
    lines = [json.loads(x) for x in one("runs/split_digits/finetune/*/metrics.jsonl", out).read_text().splitlines()]
    steps = [v for line in lines if "train_loss" in line for v in line["train_loss"]["steps"]]
    epochs = [v for line in lines if "train_loss" in line for v in line["train_loss"]["epoch_means"]]
    hist = history(read_wandb_log(one("run-*.wandb", run_dir)))
    logged = [(h["train/step"], h["train/loss"]) for h in hist if "train/loss" in h]
    assert steps and [s for s, _ in logged] == list(range(len(steps)))
    assert [v for _, v in logged] == pytest.approx(steps)
    assert [h["train/epoch_loss"] for h in hist if "train/epoch_loss" in h] == pytest.approx(epochs)


def test_leaderboard_pushes_its_table(logged_run):
    out, path, record = logged_run
    p = clbench("leaderboard", str(out / "records"), "--out", str(out / "board"), "--wandb", "--quiet")
    assert p.returncode == 0, p.stderr
    assert "wandb: leaderboard pushed (offline mode" in p.stdout
    run_dir = one("board/wandb/offline-run-*", out)
    table = json.loads(one("files/media/table/leaderboard_*.table.json", run_dir).read_text())
    row = dict(zip(table["columns"], table["data"][0]))
    assert row["benchmark"] == "split_digits" and row["method"] == "finetune" and row["seeds"] == 1
    assert row["final_average_accuracy_mean"] == pytest.approx(record["metrics"]["final_average_accuracy"])
    assert row["records"] == record["id"]
    (art,) = [a for a in artifacts(read_wandb_log(one("run-*.wandb", run_dir))) if a.type == "clbench-leaderboard"]
    assert sorted(e.path for e in art.manifest.contents) == ["LEADERBOARD.md", "index.html"]


@pytest.mark.slow  # the joblib launcher's worker processes each import torch and start wandb: about a minute
def test_every_job_of_a_multirun_logs_its_own_wandb_run(tmp_path):
    p = clbench("run", "-m", "--wandb", *FAST, "seed=0,1", f"results_dir={tmp_path}")
    assert p.returncode == 0, p.stderr
    records = [json.loads(Path(line).read_text()) for line in p.stdout.strip().splitlines()]
    assert sorted(r["seed"] for r in records) == [0, 1]
    for r in records:
        run_dir = one(f"runs/split_digits/finetune/seed{r['seed']}-*/wandb/offline-run-*", tmp_path)
        (art,) = [a for a in artifacts(read_wandb_log(one("run-*.wandb", run_dir))) if a.type == "clbench-record"]
        assert json.loads(art.metadata)["hash"] == r["hash"]


def test_a_bad_wandb_mode_is_one_sentence_from_the_cli(tmp_path):
    p = clbench_in_process("run", "--wandb", *FAST, "wandb.mode=sideways", f"results_dir={tmp_path}")
    lines = [ln for ln in p.stderr.strip().splitlines() if ln.strip()]
    assert p.returncode == 2 and "Traceback" not in p.stderr, p.stderr
    assert len(lines) == 1 and lines[0].startswith("error: wandb could not start a run ("), p.stderr
    assert lines[0].endswith("); set wandb.mode=offline or run 'wandb login'.")


def test_a_bad_wandb_mode_is_one_sentence(tmp_path):
    from clbench.loggers import ExperienceEvent
    from clbench.loggers.wandb_logger import WandbLogger

    logger = WandbLogger({"method": {"name": "m"}, "benchmark": {"name": "b"}, "seed": 0,
                          "wandb": {"enabled": True, "mode": "sideways"}}, tmp_path)
    with pytest.raises(ClbenchError) as e:
        logger.experience(ExperienceEvent(index=0, n_experiences=1, rows=((0.5,),), train_seconds=0.0,
                                          eval_seconds=0.0, started_at="now"))
    msg = str(e.value)
    assert msg.startswith("wandb could not start a run (") and "\n" not in msg
    assert msg.endswith("); set wandb.mode=offline or run 'wandb login'.")
