"""Console and JSONL loggers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tqdm import tqdm

from clbench.io import json_safe


def _say(line: str) -> None:
    """Print above the runner's progress bar: tqdm clears the bar, writes the line, redraws the bar."""
    tqdm.write(line, file=sys.stderr)


def _fmt(v) -> str:
    return "  n/a" if v is None else f"{v:.4f}"


class ConsoleLogger:
    def __init__(self, cfg: dict, n_experiences: int):
        self.name = f"{cfg['method']['name']} on {cfg['benchmark']['name']} (seed {cfg['seed']})"
        self.T = n_experiences

    def experience(self, event) -> None:
        loss = event.epoch_losses
        trained = f", train loss {loss[-1]:.4f} (last pass)" if loss else ""
        _say(f"[{self.name}] experience {event.index + 1}/{self.T}: accuracy on seen {_fmt(event.seen_average)} "
             f"(so far: train {event.train_seconds:.1f}s, eval {event.eval_seconds:.1f}s){trained}")

    def finish(self, record: dict, path: Path) -> None:
        m = record["metrics"]
        _say(f"[{self.name}] final avg acc {_fmt(m['final_average_accuracy'])}, "
             f"avg incremental {_fmt(m['average_incremental_accuracy'])}, forgetting {_fmt(m['forgetting'])}")


class JSONLLogger:
    """Appends one JSON line per experience to ``run_dir/metrics.jsonl`` (a resumed run appends more): the
    accuracy row, the seen average, timings, cost, and ``train_loss`` (``steps``: the loss of every optimizer
    step; ``epoch_means``: each pass's mean; ``first_step``/``first_epoch``: their run-wide offsets)."""

    def __init__(self, run_dir: Path):
        self.path = Path(run_dir) / "metrics.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def experience(self, event) -> None:
        line = {"experience": event.index, "accuracy_row": event.row,
                "average_accuracy_seen": event.seen_average,
                "average_incremental_accuracy": event.average_incremental_accuracy,
                "train_seconds": event.train_seconds, "eval_seconds": event.eval_seconds, "cost": event.cost}
        if event.train_loss is not None:  # issue 20: the loss curve, per optimizer step and averaged per pass
            line["train_loss"] = {"steps": event.step_losses, "epoch_means": event.epoch_losses,
                                  "first_step": event.first_step, "first_epoch": event.first_epoch}
        with self.path.open("a") as f:
            f.write(json.dumps(json_safe(line)) + "\n")

    def finish(self, record: dict, path: Path) -> None:
        with self.path.open("a") as f:
            f.write(json.dumps(json_safe({"record": str(path), "metrics": record["metrics"]})) + "\n")
