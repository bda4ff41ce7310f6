"""Si-Blurry: the stochastic incremental blurry protocol of generalized class-incremental learning.

Moon et al., "Online Class Incremental Learning on Stochastic Blurry Task Boundary via Mask and Visual
Prompt Tuning" (MVP), ICCV 2023; official sampler ``OnlineSiBlurry`` in github.com/moonjunyyy/Si-Blurry.

The stream, as in the official sampler (its ``varing_NM`` branch):

1. the classes are shuffled by the seed; the first ``round(disjoint_ratio * C)`` are *disjoint* classes,
   the rest *blurry* classes;
2. each group is cut into ``n_experiences`` consecutive slices at random cut points, so every task gets a
   random number of disjoint and of blurry classes (the task sizes differ from task to task);
3. a ``blurry_ratio`` fraction of all blurry-class training samples is taken out of its task, shuffled,
   and dealt back to the tasks in random-sized portions: those classes recur in other tasks, before or
   after their own (a class may also first appear through one such stray sample);
4. every task's stream is shuffled.

Choices the paper leaves open or where this differs from the official code, and why:

* the code rounds the numbers of disjoint and blurry classes down to multiples of the number of tasks
  (an artefact of its i-Blurry branch), which silently drops classes from the stream; here no class is
  dropped: ``round(disjoint_ratio * C)`` disjoint classes, the rest blurry;
* the code's cut points may coincide and leave a task with no class of its own; here cut points are
  redrawn (seeded) until every task owns at least one class, so every experience has test data;
* the code takes each task's stray samples from the head of its index list (dataset order); here they are
  drawn uniformly at random from the task's blurry-class samples;
* test data: each experience's test set holds the test samples of the classes it owns (disjoint +
  blurry), so the test sets partition the test split and the accuracy matrix stays meaningful. The
  anytime accuracy (A_AUC) is measured by the runner on the test samples of every class *exposed* so far,
  as in the official code. ``Experience.classes`` lists every class present in the task's stream.

Defaults follow the paper: disjoint ratio 50 %, blurry ratio 10 %, 5 tasks.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from clbench.errors import ClbenchError
from clbench.scenario import Experience, LabelledData, Scenario, class_order_from_seed, register_protocol, to_float

_MAX_REDRAWS = 10_000


def _cuts(n_items: int, n_parts: int, g: torch.Generator) -> list[int]:
    """Random slice boundaries [0, c_1, ..., c_{T-1}, n] with sorted uniform cut points (official sampler)."""
    if n_items == 0:
        return [0] * (n_parts + 1)
    inner = torch.randint(0, n_items, (n_parts - 1,), generator=g).sort().values.tolist()
    return [0, *inner, n_items]


def check_si_blurry_args(n_classes: int, n_experiences: int, disjoint_ratio: float, blurry_ratio: float) -> None:
    """Refuse an impossible Si-Blurry configuration with one sentence."""
    if not 0.0 <= float(disjoint_ratio) <= 1.0:
        raise ClbenchError(
            f"si_blurry disjoint_ratio must be a fraction in [0, 1], got {disjoint_ratio}; "
            "set benchmark.protocol_args.disjoint_ratio (e.g. 0.5 for the paper's 50 %)."
        )
    if not 0.0 <= float(blurry_ratio) <= 1.0:
        raise ClbenchError(
            f"si_blurry blurry_ratio must be a fraction in [0, 1], got {blurry_ratio}; "
            "set benchmark.protocol_args.blurry_ratio (e.g. 0.1 for the paper's 10 %)."
        )
    if not 1 <= int(n_experiences) <= n_classes:
        raise ClbenchError(
            f"si_blurry cannot give each of {n_experiences} tasks a class of its own with {n_classes} classes; "
            f"set benchmark.protocol_args.n_experiences between 1 and {n_classes}."
        )


def si_blurry_split(train_y: torch.Tensor, order: list[int], n_experiences: int, disjoint_ratio: float,
                    blurry_ratio: float, seed: int) -> tuple[list[list[int]], list[torch.Tensor]]:
    """(classes owned by each task, training indices of each task's stream, shuffled)."""
    g = torch.Generator().manual_seed(int(seed) + 7)
    n = len(order)
    n_disjoint = int(round(float(disjoint_ratio) * n))
    disjoint, blurry = order[:n_disjoint], order[n_disjoint:]
    for _ in range(_MAX_REDRAWS):
        dc, bc = _cuts(len(disjoint), n_experiences, g), _cuts(len(blurry), n_experiences, g)
        owned = [disjoint[dc[t] : dc[t + 1]] + blurry[bc[t] : bc[t + 1]] for t in range(n_experiences)]
        if all(owned):
            break
    else:  # only reachable with absurdly many tasks for the classes: say so instead of looping forever
        raise ClbenchError(
            f"si_blurry could not draw {n_experiences} non-empty tasks from {n} classes; use fewer experiences."
        )
    blurry_set = set(blurry)
    own_idx, blurry_idx = [], []
    for classes in owned:
        idx = torch.isin(train_y, torch.tensor(classes, dtype=train_y.dtype)).nonzero().flatten()
        idx = idx[torch.randperm(len(idx), generator=g)]
        is_blurry = torch.tensor([int(c) in blurry_set for c in train_y[idx].tolist()], dtype=torch.bool)
        own_idx.append(idx[~is_blurry])
        blurry_idx.append(idx[is_blurry])
    n_stray = int(sum(len(b) for b in blurry_idx) * float(blurry_ratio))
    portions = _cuts(n_stray, n_experiences, g)
    taken, kept = [], []
    for t in range(n_experiences):  # take task t's portion out of its own blurry samples
        k = min(portions[t + 1] - portions[t], len(blurry_idx[t]))
        taken.append(blurry_idx[t][:k])
        kept.append(blurry_idx[t][k:])
    stray = torch.cat(taken) if taken else torch.empty(0, dtype=torch.long)
    stray = stray[torch.randperm(len(stray), generator=g)]
    sizes = [len(s) for s in taken]  # deal the shuffled strays back in the same random portion sizes
    streams, s = [], 0
    for t in range(n_experiences):
        idx = torch.cat([own_idx[t], kept[t], stray[s : s + sizes[t]]])
        s += sizes[t]
        streams.append(idx[torch.randperm(len(idx), generator=g)])
    return owned, streams


@register_protocol("si_blurry")
def si_blurry(data: LabelledData, seed: int = 0, n_experiences: int = 5, disjoint_ratio: float = 0.5,
              blurry_ratio: float = 0.1, class_order: Sequence[int] | None = None,
              eval_every: int | None = None) -> Scenario:
    """Si-Blurry generalized class-incremental stream (see the module docstring); no task ids at test."""
    n = data.n_classes
    check_si_blurry_args(n, n_experiences, disjoint_ratio, blurry_ratio)
    if eval_every is not None and int(eval_every) < 1:
        raise ClbenchError(f"eval_every must be a positive number of samples, got {eval_every}; fix it.")
    order = class_order_from_seed(n, seed, class_order)
    owned, streams = si_blurry_split(data.train_y, order, int(n_experiences), disjoint_ratio, blurry_ratio, seed)
    train_x, test_x = to_float(data.train_x), to_float(data.test_x)
    seen: set[int] = set()
    experiences = []
    for t, (classes, idx) in enumerate(zip(owned, streams)):
        y = data.train_y[idx]
        present = sorted(set(y.tolist()) | set(classes))
        te = torch.isin(data.test_y, torch.tensor(classes, dtype=data.test_y.dtype)).nonzero().flatten()
        experiences.append(Experience(
            index=t, train_x=train_x[idx], train_y=y, test_x=test_x[te], test_y=data.test_y[te],
            classes=tuple(present), new_classes=tuple(c for c in present if c not in seen), task_id=t,
            task_ids_at_test=False, meta={"owned_classes": list(classes)},
        ))
        seen |= set(present)
    n_disjoint = int(round(float(disjoint_ratio) * n))
    return Scenario(
        name=data.name, protocol="si_blurry", experiences=experiences, n_classes=n, class_order=order, seed=seed,
        input_shape=tuple(train_x.shape[1:]), task_ids_at_test=False,
        eval_every=int(eval_every) if eval_every else None, class_names=data.class_names,
        meta={"disjoint_ratio": float(disjoint_ratio), "blurry_ratio": float(blurry_ratio),
              "disjoint_classes": order[:n_disjoint], "blurry_classes": order[n_disjoint:],
              "owned_classes": owned},
    )
