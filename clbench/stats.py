"""Statistics over seeds for the board and ``clbench compare``: Student-t intervals and paired t-tests (scipy).

Choices (stated on the board and in docs/python-api.md):

* **Interval**: a two-sided 95 % Student-t confidence interval of the mean over seeds,
  ``mean ± t(0.975, n-1) · s / sqrt(n)`` (``scipy.stats.t.interval``). With 3–5 seeds a percentile bootstrap
  has too few distinct resamples to reach 95 % coverage; the t interval is exact under normality and is what
  the CL literature's "mean ± CI over seeds" reports. One seed: no interval.
* **Test**: seeds fix the class order (and the initialisation), so two methods run on the same seeds are
  paired. The board compares each row with the section's best row by a two-sided paired t-test on the
  per-seed differences over the seeds both rows have (``scipy.stats.ttest_rel``), level ``ALPHA = 0.05``,
  uncorrected for the number of rows. A row whose difference is not significant is marked. With fewer than
  ``MIN_SEEDS = 3`` seeds (in a row, or shared with the best) nothing is tested and the row is not ranked.
* A difference that is the same on every seed has zero variance, where the t statistic is undefined; it is
  reported as p = 0 when non-zero (the seeds agree exactly) and p = 1 when zero (identical results).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats as sps

CONFIDENCE = 0.95
ALPHA = 0.05
MIN_SEEDS = 3
INTERVAL = "95 % Student-t interval of the mean over seeds"
TEST = "two-sided paired t-test over shared seeds, level 0.05, uncorrected"


def _clean(values: Sequence) -> list[float]:
    return [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]


def t_interval(values: Sequence[float | None], confidence: float = CONFIDENCE) -> tuple[float, float] | None:
    """The Student-t confidence interval of the mean of ``values`` (None with fewer than 2 values)."""
    vals = _clean(values)
    if len(vals) < 2:
        return None
    arr = np.asarray(vals)
    mean, sem = float(arr.mean()), float(sps.sem(arr))
    if sem == 0.0:
        return mean, mean
    lo, hi = sps.t.interval(confidence, len(arr) - 1, loc=mean, scale=sem)
    return float(lo), float(hi)


@dataclass(frozen=True)
class Paired:
    """A paired comparison of B against A over their shared seeds (delta = B − A)."""

    seeds: tuple[int, ...]
    deltas: tuple[float, ...]
    mean: float | None
    interval: tuple[float, float] | None
    p: float | None
    statistic: float | None

    @property
    def n(self) -> int:
        return len(self.seeds)

    @property
    def tested(self) -> bool:
        return self.p is not None

    @property
    def significant(self) -> bool:
        return self.p is not None and self.p < ALPHA


def paired(a: Mapping[int, float | None], b: Mapping[int, float | None], min_seeds: int = MIN_SEEDS) -> Paired:
    """Paired t-test of ``b`` against ``a`` (each a seed → value map) over the seeds both define; untested
    (p None) with fewer than ``min_seeds`` shared seeds."""
    seeds = tuple(sorted(s for s in a if s in b and _clean([a[s]]) and _clean([b[s]])))
    xa = np.asarray([float(a[s]) for s in seeds])
    xb = np.asarray([float(b[s]) for s in seeds])
    deltas = tuple(float(d) for d in xb - xa)
    if not seeds:
        return Paired((), (), None, None, None, None)
    mean = float(np.mean(deltas))
    interval = t_interval(deltas)
    if len(seeds) < min_seeds:
        return Paired(seeds, deltas, mean, interval, None, None)
    if float(np.std(deltas)) == 0.0:  # zero variance: t undefined (see the module docstring)
        return Paired(seeds, deltas, mean, interval, 0.0 if mean != 0.0 else 1.0, None)
    res = sps.ttest_rel(xb, xa)
    return Paired(seeds, deltas, mean, interval, float(res.pvalue), float(res.statistic))
