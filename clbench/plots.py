"""Leaderboard plots, drawn with matplotlib (Agg, no display) and returned as base64 PNG for the page.

Per benchmark: accuracy on the experiences seen so far after each experience (mean over seeds, a band of
± one std), every row's accuracy matrix (mean over its seeds) as small heatmaps, final accuracy against cost,
the accuracy-vs-training-FLOPs Pareto plot, and a confusion heatmap where records carry one.

Styles: a row's colour, marker and line style come from :func:`styles` — ten colours (tab10) times twelve
markers and four line styles, assigned in row order so that no two rows of one plot share colour and style up
to 120 rows. Plots name rows in a legend beside the axes, never in annotations on the points, so labels cannot
overlap. The page receives the same styles (``data-series``), which the browser test checks.
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
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf")  # tab10
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*", "<", ">", "h", "p")
LINESTYLES = ("-", "--", ":", "-.")


def style(i: int) -> dict:
    """The i-th row's style: colour cycles fastest, then marker and line style together."""
    k = i // len(COLOURS)
    return {"color": COLOURS[i % len(COLOURS)], "marker": MARKERS[k % len(MARKERS)],
            "linestyle": LINESTYLES[k % len(LINESTYLES)]}


def styles(rows) -> list[dict]:
    """One style per row, with the row's label: what a plot draws and what the page declares."""
    return [{"label": r.method, **style(i)} for i, r in enumerate(rows)]


def _major_ticks_only(ax) -> None:
    """A log x axis labelled at whole decades only, spanning at least one: minor-tick labels over less than a
    decade crowd into each other."""
    lo, hi = ax.get_xlim()
    if lo > 0 and hi > lo:
        ax.set_xlim(10 ** math.floor(math.log10(lo)), 10 ** math.ceil(math.log10(hi)))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())


def _legend(ax, n: int) -> None:
    """The legend beside the axes (never over the data), in columns of at most 16 entries."""
    if n:
        ax.legend(fontsize=7, ncol=1 + (n - 1) // 16, loc="center left", bbox_to_anchor=(1.01, 0.5),
                  frameon=False)


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
    for row, st in zip(rows, styles(rows)):
        means, stds = _mean_std_curves([seen_accuracy_curve(r["accuracy_matrix"]) for r in row.records])
        xs = list(range(1, len(means) + 1))
        ax.plot(xs, [100 * m for m in means], ms=3.5, label=row.method, color=st["color"], marker=st["marker"],
                linestyle=st["linestyle"])
        lo, hi = [100 * (m - s) for m, s in zip(means, stds)], [100 * (m + s) for m, s in zip(means, stds)]
        ax.fill_between(xs, lo, hi, alpha=0.10, color=st["color"])
    ax.set(xlabel="after experience", ylabel="accuracy on seen experiences (%)",
           title=f"{bench}: accuracy over the stream", ylim=(0, 100))
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    ax.grid(alpha=0.3)
    _legend(ax, len(rows))
    return _png(fig)


def mean_matrix(records: list[dict]) -> list[list[float]]:
    """The element-wise mean accuracy matrix over seeds (nan where no seed has a value), in %."""
    T = min(len(r["accuracy_matrix"]) for r in records)
    out = []
    for i in range(T):
        row = []
        for j in range(T):
            vals = [r["accuracy_matrix"][i][j] for r in records if r["accuracy_matrix"][i][j] is not None]
            row.append(100 * sum(vals) / len(vals) if vals else math.nan)
        out.append(row)
    return out


def _heatmap(ax, M: list[list[float]], cmap: str, fontsize: float, min_shown: float = -math.inf,
             max_rows: int = 12):
    """``M`` (percent, NaN for no value) on a 0-100 colour scale, each cell's value (from ``min_shown`` up)
    written in it while the numbers stay legible: up to ``max_rows`` rows (a dozen in a plot of its own)."""
    im = ax.imshow(M, vmin=0, vmax=100, cmap=cmap)
    if len(M) <= max_rows:
        for i, row in enumerate(M):
            for j, v in enumerate(row):
                if v == v and v >= min_shown:
                    ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=fontsize,
                            color="white" if v < 60 else "black")
    return im


def matrix_grid(bench: str, rows, cols: int = 5) -> str:
    """Every row's accuracy matrix (mean over its seeds) as a small heatmap, one panel per row."""
    n = len(rows)
    cols = min(cols, n)
    nrows = math.ceil(n / cols)
    T = max(len(r.records[0]["accuracy_matrix"]) for r in rows)
    cell = 1.6 if T <= 10 else 2.0
    fig, axes = plt.subplots(nrows, cols, figsize=(cell * cols + 0.8, (cell + 0.3) * nrows + 0.4), squeeze=False,
                             layout="constrained")  # the title and colour bar hug the panels
    im = None
    for k, ax in enumerate(axes.flat):
        if k >= n:
            ax.axis("off")
            continue
        row = rows[k]
        R = mean_matrix(row.records)
        im = _heatmap(ax, R, "viridis", 5.5, max_rows=5)
        title = row.method if len(row.method) <= 28 else row.method[:26] + "…"
        ax.set_title(f"{title} (n={row.n})", fontsize=6.5)
        ax.set_xticks([])
        ax.set_yticks([])
    fig.suptitle(f"{bench}: accuracy matrices, mean over seeds (row: after training experience i; "
                 "column: evaluated on j)", fontsize=8)
    if im is not None:
        fig.colorbar(im, ax=axes.ravel().tolist(), fraction=0.02, label="accuracy (%)")
    return _png(fig)


def pareto_front(points: list[tuple[float, float]]) -> list[int]:
    """Indices of the points no other point dominates (less or equal compute and more or equal accuracy,
    one of them strictly), in increasing compute."""
    front = []
    for i, (x, y) in enumerate(points):
        dominated = any((x2 <= x and y2 >= y) and (x2 < x or y2 > y) for j, (x2, y2) in enumerate(points) if j != i)
        if not dominated:
            front.append(i)
    return sorted(front, key=lambda i: points[i][0])


def accuracy_vs_compute(bench: str, rows) -> str | None:
    """Final accuracy against counted training FLOPs with the Pareto front; None when no row has FLOPs."""
    pts, sty = [], []
    for row, st in zip(rows, styles(rows)):
        acc, flops = row.stats["final_average_accuracy"][0], row.stats["train_flops"][0]
        if acc is not None and flops:
            pts.append((float(flops), 100 * float(acc)))
            sty.append(st)
    if not pts:
        return None
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    for (x, y), st in zip(pts, sty):
        ax.scatter([x], [y], s=30, color=st["color"], marker=st["marker"], label=st["label"])
    front = pareto_front(pts)
    ax.step([pts[i][0] for i in front], [pts[i][1] for i in front], where="post", color="black", lw=1,
            alpha=0.6, label="Pareto front")
    ax.set(xscale="log", xlabel="training FLOPs (counted)", ylabel="final accuracy (%)",
           title=f"{bench}: accuracy vs compute")
    _major_ticks_only(ax)
    ax.grid(alpha=0.3)
    _legend(ax, len(pts) + 1)
    return _png(fig)


def confusion_heatmap(bench: str, method: str, confusion: dict, n_seeds: int) -> str:
    """The row-normalised confusion matrix (summed over seeds): row true class, column predicted."""
    M = confusion["matrix"]
    tot = [sum(r) for r in M]
    P = [[100 * v / t if t else math.nan for v in r] for r, t in zip(M, tot)]
    C = len(P)
    size = min(8.0, 1.5 + 0.3 * C)
    fig, ax = plt.subplots(figsize=(size + 1, size))
    im = _heatmap(ax, P, "magma", 6, min_shown=0.5)
    ax.set(xlabel="predicted class", ylabel="true class",
           title=f"{bench}: {method}, confusion after the last experience ({n_seeds} seed{'s' * (n_seeds != 1)})")
    ax.title.set_fontsize(9)
    fig.colorbar(im, ax=ax, fraction=0.046, label="% of the true class")
    return _png(fig)


def matrix_heatmap(bench: str, method: str, record: dict) -> str:
    R = [[math.nan if v is None else 100 * v for v in row] for row in record["accuracy_matrix"]]
    T = len(R)
    fig, ax = plt.subplots(figsize=(1.2 + 0.45 * T, 1.0 + 0.4 * T))
    im = _heatmap(ax, R, "viridis", 7)
    ax.set(xlabel="evaluated on experience", ylabel="after training experience",
           title=f"{bench}: {method}, seed {record['seed']}")
    ax.title.set_fontsize(9)
    fig.colorbar(im, ax=ax, fraction=0.046, label="accuracy (%)")
    return _png(fig)


def accuracy_vs_cost(bench: str, rows) -> str:
    fig, axes = plt.subplots(1, 2, figsize=(8.4, 3.4), sharey=True)
    shown = 0
    for row, st in zip(rows, styles(rows)):
        acc = row.stats["final_average_accuracy"][0]
        secs = row.stats["train_seconds"][0]
        params = row.stats["params"][0] or 0.0
        mem = row.stats["memory_bytes"][0] or 0.0
        if acc is None:
            continue
        # footprint: parameters as float32 plus whatever the method stores (exemplars, statistics)
        drawn = False
        for ax, x in ((axes[0], secs), (axes[1], (4 * params + mem) / 2**20)):
            if x is not None and x > 0:
                ax.scatter([x], [100 * acc], s=26, color=st["color"], marker=st["marker"],
                           label=None if drawn else row.method)
                drawn = True
        shown += drawn
    axes[0].set(xscale="log", xlabel="train seconds", ylabel="final accuracy (%)")
    axes[1].set(xscale="log", xlabel="footprint: params×4 B + stored memory (MB)")
    for ax in axes:
        ax.grid(alpha=0.3)
        _major_ticks_only(ax)
    handles, labels = axes[0].get_legend_handles_labels()
    h1, l1 = axes[1].get_legend_handles_labels()
    seen = set(labels)
    handles += [h for h, lab in zip(h1, l1) if lab not in seen]
    labels += [lab for lab in l1 if lab not in seen]
    if labels:
        axes[1].legend(handles, labels, fontsize=7, ncol=1 + (len(labels) - 1) // 16, loc="center left",
                       bbox_to_anchor=(1.01, 0.5), frameon=False)
    fig.suptitle(f"{bench}: accuracy vs cost", fontsize=10)
    return _png(fig)
