"""Pure functions of an accuracy matrix ``R`` (R[i][j]: accuracy on experience j after training on i).

Definitions (T experiences, indices from 0):

* final average accuracy  A_T = mean_j R[T-1][j]
* average incremental accuracy  Ā = mean_i mean_{j<=i} R[i][j]   (Rebuffi et al., iCaRL 2017)
* forgetting  F = mean_{j<T-1} max_{l in [j, T-2]} (R[l][j] - R[T-1][j])   (Chaudhry et al., 2018);
  the max runs from the experience's own step on (accuracy on j before learning j is not knowledge that
  can be forgotten), and F may be negative when a task improved.
* backward transfer  BWT = mean_{j<T-1} (R[T-1][j] - R[j][j])   (Lopez-Paz & Ranzato, GEM 2017)
* forward transfer  FWT = mean_{j>=1} (R[j-1][j] - b_j), b = accuracies of the untrained model (GEM 2017)
* A_AUC = mean of the anytime accuracy curve sampled every Δn samples (Koh et al., 2022): the area
  under accuracy-vs-samples divided by the stream length.
* Si-Blurry's own numbers (Moon et al., ICCV 2023, MVP; official code ``methods/_trainer.py`` of
  github.com/moonjunyyy/Si-Blurry), from the per-class accuracies a_t[c] measured at the end of every task t
  on the test samples of the classes exposed so far (argmax over those classes):
  final accuracy A_last = the accuracy over all exposed classes' test samples at the end, and per-class
  forgetting F_last = mean_c (max_{t<T-1} a_t[c] - a_{T-1}[c]) over the classes c whose best earlier
  accuracy is above 0 (the official code's filter: a class not exposed before the last task, or never
  once recognised, has nothing to forget).

Metrics undefined for a single experience (forgetting, BWT, FWT) are ``None``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Matrix = Sequence[Sequence[float]]


def _check(R: Matrix) -> int:
    T = len(R)
    if T == 0 or any(len(row) != T for row in R):
        raise ValueError(f"accuracy matrix must be square and non-empty, got {T} rows")
    return T


def final_average_accuracy(R: Matrix) -> float:
    T = _check(R)
    return sum(R[T - 1]) / T


def average_incremental_accuracy(R: Matrix) -> float:
    T = _check(R)
    return sum(sum(R[i][: i + 1]) / (i + 1) for i in range(T)) / T


def forgetting(R: Matrix) -> float | None:
    T = _check(R)
    if T < 2:
        return None
    return sum(max(R[l][j] for l in range(j, T - 1)) - R[T - 1][j] for j in range(T - 1)) / (T - 1)


def backward_transfer(R: Matrix) -> float | None:
    T = _check(R)
    if T < 2:
        return None
    return sum(R[T - 1][j] - R[j][j] for j in range(T - 1)) / (T - 1)


def forward_transfer(R: Matrix, baseline: Sequence[float] | None) -> float | None:
    T = _check(R)
    if T < 2 or baseline is None:
        return None
    return sum(R[j - 1][j] - baseline[j] for j in range(1, T)) / (T - 1)


def area_under_accuracy_curve(curve: Sequence[float], samples: Sequence[int] | None = None) -> float | None:
    """A_AUC for accuracies sampled along the stream.

    Without ``samples`` the points are taken as equally spaced (the plain mean). With ``samples`` (the
    number of training samples seen at each point) every accuracy weighs the samples since the previous
    point, Σ a_k (n_k − n_{k−1}) / Σ (n_k − n_{k−1}): the runner evaluates after every chunk, and the last
    chunk of an experience is usually shorter than the others (Si-Blurry tasks have random sizes).
    """
    if samples is None:
        points = [a for a in curve if a == a]  # drop NaN (no class seen yet)
        return sum(points) / len(points) if points else None
    weighted = [(a, n - p) for a, n, p in zip(curve, samples, [0, *samples[:-1]]) if a == a]
    total = sum(w for _, w in weighted)
    return sum(a * w for a, w in weighted) / total if total else None


def class_forgetting(points: Sequence[Mapping[int, float]]) -> float | None:
    """Si-Blurry's per-class forgetting F_last from the per-class accuracies at each task's end (see the
    module docstring). A class missing from a point (not exposed yet) counts as accuracy 0 there, as in the
    official code's zero-filled per-class vector."""
    if len(points) < 2:
        return None
    earlier, last = points[:-1], points[-1]
    classes = sorted({int(c) for p in earlier for c in p})
    drops = []
    for c in classes:
        best = max(float(p.get(c, 0.0)) for p in earlier)
        if best > 0:
            drops.append(best - float(last.get(c, 0.0)))
    return sum(drops) / len(drops) if drops else None


def all_metrics(R: Matrix, baseline: Sequence[float] | None = None,
                anytime_curve: Sequence[float] | None = None,
                anytime_samples: Sequence[int] | None = None) -> dict:
    out = {
        "final_average_accuracy": final_average_accuracy(R),
        "average_incremental_accuracy": average_incremental_accuracy(R),
        "forgetting": forgetting(R),
        "bwt": backward_transfer(R),
        "fwt": forward_transfer(R, baseline),
    }
    if anytime_curve:
        out["a_auc"] = area_under_accuracy_curve(anytime_curve, anytime_samples)
    return out
