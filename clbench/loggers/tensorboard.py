"""TensorBoard: a run's training-loss curves and per-experience accuracies as event files.

Enabled per run with ``tensorboard.enabled=true``; the events go to ``<run_dir>/tensorboard`` (or
``tensorboard.log_dir``), so parallel runs never share a directory; view them with
``tensorboard --logdir results/runs``. Scalars: ``train/loss`` per optimizer step and ``train/epoch_loss``
per pass (x axis: the run-wide step / pass index, carried over a resume), ``accuracy/seen_average`` and
``accuracy/exp_<j>`` per experience (x axis: experiences trained), and the record's final metrics under
``final/`` when the run completes.
"""

from __future__ import annotations

from pathlib import Path

from clbench.errors import ClbenchError


class TensorBoardLogger:
    def __init__(self, run_dir: Path, log_dir: str | None = None):
        self.log_dir = Path(log_dir) if log_dir else Path(run_dir) / "tensorboard"
        self.writer = None

    def _open(self):
        if self.writer is None:
            try:
                from torch.utils.tensorboard import SummaryWriter
            except ImportError as e:  # the optional dependency is missing
                raise ClbenchError(f"tensorboard logging needs the tensorboard package ({e}); pip install "
                                   "tensorboard, or set tensorboard.enabled=false.") from None
            self.log_dir.mkdir(parents=True, exist_ok=True)
            self.writer = SummaryWriter(log_dir=str(self.log_dir))
        return self.writer

    def experience(self, event) -> None:
        w = self._open()
        for k, v in enumerate(event.step_losses):
            w.add_scalar("train/loss", v, event.first_step + k)
        for k, v in enumerate(event.epoch_losses):
            w.add_scalar("train/epoch_loss", v, event.first_epoch + k)
        if event.seen_average is not None:
            w.add_scalar("accuracy/seen_average", event.seen_average, event.index + 1)
        for j, a in enumerate(event.row):
            if a is not None and a == a:
                w.add_scalar(f"accuracy/exp_{j}", a, event.index + 1)
        w.flush()

    def finish(self, record: dict, path: Path) -> None:
        w = self._open()
        step = len(record.get("accuracy_matrix") or [])
        for k, v in (record.get("metrics") or {}).items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                w.add_scalar(f"final/{k}", v, step)
        w.close()
        self.writer = None
