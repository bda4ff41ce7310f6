"""Run loggers: console lines, a JSONL file in the run directory, and (optionally) wandb and TensorBoard.

A logger has two calls: ``experience(event)`` after each experience, with an :class:`ExperienceEvent` (the
accuracy row, the seen-class average computed once here, timings, cost, and the experience's training-loss
log), and ``finish(record, path)`` once the record is written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from clbench.loggers.console import ConsoleLogger, JSONLLogger


def seen_average(row: list[float | None], index: int) -> float | None:
    """The mean accuracy over experiences ``0..index`` of ``row`` (those trained so far), skipping entries
    that are missing (None) or NaN; None when none is left. The one definition every logger shows."""
    seen = [a for a in row[: index + 1] if a is not None and not (isinstance(a, float) and math.isnan(a))]
    return sum(seen) / len(seen) if seen else None


@dataclass(frozen=True)
class ExperienceEvent:
    """What loggers receive after experience ``index`` (0-based) of ``n_experiences``.

    ``rows``: every accuracy row so far (``rows[-1]`` is this experience's); ``train_loss``: this experience's
    training losses as the engine loop saw them (:class:`clbench.training.StepLog` as a dict: ``steps``,
    ``epochs``, ``samples``; None for a method whose training does not go through the loop);
    ``first_step``/``first_epoch``: the run-wide index of this experience's first logged step / pass (the
    x axis of the loss curves, carried over a resume)."""

    index: int
    n_experiences: int
    rows: tuple[tuple[float | None, ...], ...]
    train_seconds: float
    eval_seconds: float
    started_at: str
    cost: dict | None = None
    train_loss: dict | None = None
    first_step: int = 0
    first_epoch: int = 0

    @property
    def row(self) -> list[float | None]:
        return list(self.rows[-1])

    @property
    def seen_average(self) -> float | None:
        return seen_average(self.row, self.index)

    @property
    def average_incremental_accuracy(self) -> float | None:
        """The mean of the seen averages after each experience so far."""
        avgs = [a for a in (seen_average(list(r), k) for k, r in enumerate(self.rows)) if a is not None]
        return sum(avgs) / len(avgs) if avgs else None

    @property
    def epoch_losses(self) -> list[float]:
        return list((self.train_loss or {}).get("epochs") or [])

    @property
    def step_losses(self) -> list[float]:
        return list((self.train_loss or {}).get("steps") or [])


def build_loggers(cfg: dict, run_dir: Path, scenario, ident: dict | None = None, cfg_hash: str | None = None) -> list:
    """The loggers ``cfg`` asks for; ``ident``/``cfg_hash`` (the run's identity and its hash) name the wandb run."""
    loggers = [JSONLLogger(run_dir)]
    if cfg.get("console", True):
        loggers.append(ConsoleLogger(cfg, len(scenario)))
    wandb_cfg = cfg.get("wandb") or {}
    if wandb_cfg.get("enabled"):
        from clbench.loggers.wandb_logger import WandbLogger

        loggers.append(WandbLogger(cfg, run_dir, ident=ident, cfg_hash=cfg_hash))
    tb_cfg = cfg.get("tensorboard") or {}
    if tb_cfg.get("enabled"):
        from clbench.loggers.tensorboard import TensorBoardLogger

        loggers.append(TensorBoardLogger(run_dir, tb_cfg.get("log_dir")))
    return loggers
