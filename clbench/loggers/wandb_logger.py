"""wandb: each run's per-experience metrics, its accuracy matrix as a ``wandb.Table``, its record as an
artifact; and the leaderboard tables. Talks to wandb directly (Avalanche's WandBLogger is not used).

Enabled per run with ``clbench run --wandb`` (short for ``wandb.enabled=true``; ``wandb.mode``: offline by
default, online, disabled) and for the board with ``clbench leaderboard --wandb``. A run's wandb files go
inside its run directory, so parallel runs never share them. The wandb run id is derived from the config
hash and the run's start time, so a resumed run continues the same wandb run (``resume="allow"``).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from clbench.errors import ClbenchError
from clbench.loggers.event import ExperienceEvent


def _init(**kwargs):
    import wandb

    try:
        return wandb.init(settings=wandb.Settings(console="off", silent=True), **kwargs)
    except Exception as e:  # noqa: BLE001 - login/network problems become one sentence
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ClbenchError(f"wandb could not start a run ({first}); set wandb.mode=offline or run 'wandb login'.") \
            from None


def _artifact_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "-", text)[:120]


def matrix_table(matrix: list[list[float | None]]):
    import wandb

    T = len(matrix)
    return wandb.Table(columns=["after_experience"] + [f"exp_{j}" for j in range(T)],
                       data=[[i] + list(row) for i, row in enumerate(matrix)])


class WandbLogger:
    """Logs one run; built by :func:`clbench.loggers.build_loggers` when ``cfg.wandb.enabled``.

    Three x axes (``define_metric``): ``experience`` for the accuracies and cost, ``train/step`` for the loss
    of every optimizer step (``train/loss``), ``train/epoch`` for each pass's mean (``train/epoch_loss``)."""

    def __init__(self, cfg: dict, run_dir: Path, scenario=None, ident: dict | None = None,
                 cfg_hash: str | None = None):
        self.cfg, self.run_dir = cfg, Path(run_dir)
        self.wandb_cfg = cfg.get("wandb") or {}
        self.ident, self.cfg_hash = ident, cfg_hash
        self.run = None

    def _start(self, started_at: str) -> None:
        ident, cfg_hash = self.ident, self.cfg_hash
        if ident is None or cfg_hash is None:
            from clbench.records import config_hash, identity

            ident = identity(self.cfg["method"], self.cfg["benchmark"], int(self.cfg["seed"]),
                             bool(self.cfg.get("fwt_baseline", True)))
            cfg_hash = config_hash(ident)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        run_id = hashlib.sha256(f"{cfg_hash}:{started_at}".encode()).hexdigest()[:16]
        method, bench, seed = ident["method"]["name"], ident["benchmark"]["name"], ident["seed"]
        self.run = _init(
            project=self.wandb_cfg.get("project") or "clbench", entity=self.wandb_cfg.get("entity"),
            mode=self.wandb_cfg.get("mode") or os.environ.get("WANDB_MODE") or "offline",
            dir=str(self.run_dir), id=run_id, resume="allow", name=f"{method}-{bench}-s{seed}", group=bench,
            job_type="run", tags=[method, bench], config={**ident, "config_hash": cfg_hash},
        )
        for axis, pattern in (("experience", "accuracy/*"), ("experience", "cost/*"),
                              ("train/step", "train/loss"), ("train/epoch", "train/epoch_loss")):
            self.run.define_metric(axis)
            self.run.define_metric(pattern, step_metric=axis)

    def experience(self, event) -> None:
        if self.run is None:
            self._start(event.started_at)
        row, cost = event.row, event.cost or {}
        for k, v in enumerate(event.step_losses):
            self.run.log({"train/step": event.first_step + k, "train/loss": v})
        for k, v in enumerate(event.epoch_losses):
            self.run.log({"train/epoch": event.first_epoch + k, "train/epoch_loss": v})
        metrics = {
            "experience": event.index + 1,
            "accuracy/seen_average": event.seen_average,
            **{f"accuracy/exp_{j}": a for j, a in enumerate(row) if a is not None and a == a},
            "cost/train_seconds": event.train_seconds, "cost/eval_seconds": event.eval_seconds,
            "cost/params": cost.get("params"), "cost/memory_bytes": cost.get("memory_bytes"),
        }
        self.run.log({k: v for k, v in metrics.items() if v is not None})

    def finish(self, record: dict, path: Path) -> None:
        import wandb

        if self.run is None:
            self._start(record["provenance"]["started_at"])
        for k, v in (record.get("metrics") or {}).items():
            if v is not None:
                self.run.summary[k] = v
        for k in ("train_seconds", "eval_seconds", "peak_rss_mb"):
            self.run.summary[f"cost/{k}"] = record["cost"].get(k)
        tables = {"accuracy_matrix": matrix_table(record["accuracy_matrix"])}
        if record.get("task_aware_accuracy_matrix"):
            tables["task_aware_accuracy_matrix"] = matrix_table(record["task_aware_accuracy_matrix"])
        self.run.log(tables)
        art = wandb.Artifact(_artifact_name(f"record-{record['id']}"), type="clbench-record",
                             metadata={"id": record["id"], "hash": record["hash"], "seed": record["seed"],
                                       "method": record["method"]["name"], "benchmark": record["benchmark"]["name"],
                                       "config_hash": record["provenance"].get("config_hash")})
        art.add_file(str(path), name="record.json")
        self.run.log_artifact(art)
        self.run.finish()
        self.run = None


def log_record(record: dict, path: Path, run_dir: Path, wandb_cfg: dict | None = None) -> None:
    """Replay a finished record into wandb as if it had been logged live (for runs made without wandb)."""
    cfg = {"method": record["method"]["config"], "benchmark": record["benchmark"]["config"],
           "seed": record["seed"], "wandb": wandb_cfg or {}}
    from clbench.records import config_hash, record_identity

    ident = record_identity(record)
    logger = WandbLogger(cfg, run_dir, ident=ident, cfg_hash=config_hash(ident))
    per_exp = record["cost"].get("per_experience") or []
    rows = record["accuracy_matrix"]
    for i in range(len(rows)):
        logger.experience(ExperienceEvent(
            index=i, n_experiences=len(rows), rows=tuple(tuple(r) for r in rows[: i + 1]),
            train_seconds=record["cost"].get("train_seconds"), eval_seconds=record["cost"].get("eval_seconds"),
            started_at=record["provenance"]["started_at"], cost=per_exp[i] if i < len(per_exp) else None))
    logger.finish(record, path)


def push_leaderboard(board, md_path: Path, html_path: Path, wandb_cfg: dict | None = None,
                     replay_runs: bool = False) -> None:
    """One wandb run of job type ``leaderboard``: a table per benchmark (and one of all rows), the Markdown
    and HTML board as an artifact; with ``replay_runs`` each record is also logged as its own run."""
    import wandb

    wandb_cfg = wandb_cfg or {}
    out_dir = Path(md_path).parent
    if replay_runs:
        for rows in board.benchmarks.values():
            for row in rows:
                for rec, path in zip(row.records, row.paths):
                    log_record(rec, path, out_dir / "wandb-runs" / rec["id"], wandb_cfg)
    stat_keys = ("final_average_accuracy", "average_incremental_accuracy", "forgetting", "bwt", "a_auc")
    columns = (["benchmark", "method", "seeds"] + [f"{k}_{s}" for k in stat_keys for s in ("mean", "std")]
               + ["params", "params_added", "memory_bytes", "train_seconds", "records"])
    run = _init(project=wandb_cfg.get("project") or "clbench", entity=wandb_cfg.get("entity"),
                mode=wandb_cfg.get("mode") or os.environ.get("WANDB_MODE") or "offline", dir=str(out_dir),
                job_type="leaderboard", name="leaderboard")
    all_rows = []
    for bench, rows in board.benchmarks.items():
        data = []
        for r in rows:
            line = [bench, r.method, r.n] + [v for k in stat_keys for v in r.stats[k]]
            line += [r.stats[k][0] for k in ("params", "params_added", "memory_bytes", "train_seconds")]
            data.append(line + [", ".join(rec["id"] for rec in r.records)])
        all_rows += data
        run.log({f"leaderboard/{bench}": wandb.Table(columns=columns, data=data)})
    run.log({"leaderboard": wandb.Table(columns=columns, data=all_rows)})
    run.summary["n_records"] = board.n_records
    art = wandb.Artifact("leaderboard", type="clbench-leaderboard", metadata={"n_records": board.n_records})
    art.add_file(str(md_path), name="LEADERBOARD.md")
    art.add_file(str(html_path), name="index.html")
    run.log_artifact(art)
    run.finish()
