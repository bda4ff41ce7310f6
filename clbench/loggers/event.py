"""What a logger receives after each experience: :class:`ExperienceEvent`, and the one definition of the
seen-class average. Its own module so the loggers import it without importing their package's ``__init__``
(which imports them): no import cycle (tests/test_registry.py)."""

from __future__ import annotations

import math
from dataclasses import dataclass


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
