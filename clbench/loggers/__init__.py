"""Run loggers: console lines, a JSONL file in the run directory, and (optionally) wandb and TensorBoard.

A logger has two calls: ``experience(event)`` after each experience, with an :class:`ExperienceEvent` (the
accuracy row, the seen-class average computed once here, timings, cost, and the experience's training-loss
log), and ``finish(record, path)`` once the record is written.
"""

from __future__ import annotations

from pathlib import Path

from clbench.loggers.console import ConsoleLogger, JSONLLogger
from clbench.loggers.event import ExperienceEvent, seen_average  # noqa: F401  (re-exported)


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
