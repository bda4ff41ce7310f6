"""Leaderboard plots, drawn with matplotlib (Agg, no display) and returned as base64 PNG for the page.

Per benchmark: accuracy on the experiences seen so far after each experience (mean over seeds, a band of
± one std), the accuracy matrix of one chosen run as a heatmap, and final accuracy against cost.
"""

from __future__ import annotations

import base64
import io
import math

import matplotlib

matplotlib.use("Agg")  # files only: never open a window, works without a display
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker  # noqa: E402

DPI = 90


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def seen_accuracy_curve(matrix: list[list[float | None]]) -> list[float | None]:
    """Average accuracy on experiences 0..i after training on experience i (None entries skipped)."""
    out = []
    for i, row in enumerate(matrix):
        vals = [v for v in row[: i + 1] if v is not None]
        out.append(sum(vals) / len(vals) if vals else None)
    return out


def _mean_std_curves(curves: list[list[float | None]]) -> tuple[list[float], list[float]]:
    T = min(len(c) for c in curves)
    means, stds = [], []
    for i in range(T):
        vals = [c[i] for c in curves if c[i] is not None]
        m = sum(vals) / len(vals) if vals else math.nan
        s = math.sqrt(sum((v - m) ** 2 for v in vals) / (len(vals) - 1)) if len(vals) > 1 else 0.0
        means.append(m)
        stds.append(s)
    return means, stds


def accuracy_curves(bench: str, rows) -> str:
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    for row in rows:
        means, stds = _mean_std_curves([seen_accuracy_curve(r["accuracy_matrix"]) for r in row.records])
        xs = list(range(1, len(means) + 1))
        bound = getattr(row, "text", {}).get("bounds") in ("lower bound", "upper bound")
        ax.plot(xs, [100 * m for m in means], marker="o", ms=3, label=row.method,
                linestyle="--" if bound else "-")  # bounds dashed: a reference frame, not a method
        lo, hi = [100 * (m - s) for m, s in zip(means, stds)], [100 * (m + s) for m, s in zip(means, stds)]
        ax.fill_between(xs, lo, hi, alpha=0.15)
    ax.set(xlabel="after experience", ylabel="accuracy on seen experiences (%)",
           title=f"{bench}: accuracy over the stream", ylim=(0, 100))
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.grid(alpha=0.3)
    if len(rows) > 6:  # a crowded board: the legend goes beside the axes, not over the curves
        ax.legend(fontsize=7, ncol=1 + len(rows) // 14, loc="center left", bbox_to_anchor=(1.01, 0.5))
    else:
        ax.legend(fontsize=7, ncol=2, loc="lower left")
    return _png(fig)


def matrix_heatmap(bench: str, method: str, record: dict) -> str:
    R = [[math.nan if v is None else 100 * v for v in row] for row in record["accuracy_matrix"]]
    T = len(R)
    fig, ax = plt.subplots(figsize=(1.2 + 0.45 * T, 1.0 + 0.4 * T))
    im = ax.imshow(R, vmin=0, vmax=100, cmap="viridis")
    if T <= 12:  # numbers stay legible up to a dozen experiences
        for i in range(T):
            for j in range(T):
                if R[i][j] == R[i][j]:
                    ax.text(j, i, f"{R[i][j]:.0f}", ha="center", va="center", fontsize=7,
                            color="white" if R[i][j] < 60 else "black")
    ax.set(xlabel="evaluated on experience", ylabel="after training experience",
           title=f"{bench}: {method}, seed {record['seed']}")
    ax.title.set_fontsize(9)
    fig.colorbar(im, ax=ax, fraction=0.046, label="accuracy (%)")
    return _png(fig)


def accuracy_vs_cost(bench: str, rows) -> str:
    fig, axes = plt.subplots(1, 2, figsize=(8.4, 3.4), sharey=True)
    for row in rows:
        acc = row.stats["final_average_accuracy"][0]
        secs = row.stats["train_seconds"][0]
        params = row.stats["params"][0] or 0.0
        mem = row.stats["memory_bytes"][0] or 0.0
        if acc is None:
            continue
        # footprint: parameters as float32 plus whatever the method stores (exemplars, statistics)
        for ax, x in ((axes[0], secs), (axes[1], (4 * params + mem) / 2**20)):
            if x is not None and x > 0:
                ax.scatter([x], [100 * acc], s=22)
                ax.annotate(row.method, (x, 100 * acc), fontsize=7, xytext=(3, 2), textcoords="offset points")
    axes[0].set(xscale="log", xlabel="train seconds", ylabel="final accuracy (%)")
    axes[1].set(xscale="log", xlabel="footprint: params×4 B + stored memory (MB)")
    for ax in axes:
        ax.grid(alpha=0.3)
    fig.suptitle(f"{bench}: accuracy vs cost", fontsize=10)
    return _png(fig)
