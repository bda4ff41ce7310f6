"""Run loggers: console lines, a JSONL file in the run directory, and (optionally) wandb.

A logger has two calls: ``experience(i, row, state)`` after each experience and
``finish(record, path)`` once the record is written.
"""

from __future__ import annotations

from pathlib import Path

from clbench.loggers.console import ConsoleLogger, JSONLLogger


def build_loggers(cfg: dict, run_dir: Path, scenario) -> list:
    loggers = [JSONLLogger(run_dir)]
    if cfg.get("console", True):
        loggers.append(ConsoleLogger(cfg, len(scenario)))
    wandb_cfg = cfg.get("wandb") or {}
    if wandb_cfg.get("enabled"):
        from clbench.loggers.wandb_logger import WandbLogger

        loggers.append(WandbLogger(cfg, run_dir, scenario))
    return loggers
