"""GILCD: generalized incremental learning under concept drift — new classes and drifting inputs together,
with few labels.

Yu, Lu and Zhang, "Generalized Incremental Learning under Concept Drift across Evolving Data Streams"
(arXiv 2506.05736, 2025) formalise a stream in which the label space grows (new classes emerge) while
the input distribution of every class keeps changing, and only a small part of each step's data is
labelled. Their benchmarks are built from image sets; this protocol builds the same kind of stream from
any offline image source:

1. the classes are shuffled by the seed and cut into ``n_experiences`` groups (``base_classes`` in the
   first, the rest split as evenly as possible): group t *emerges* at experience t;
2. experience t's stream holds all training samples of its new classes plus, once there are old classes,
   a replay of old classes: ``old_fraction`` of the stream (relative to the new-class samples) drawn
   uniformly from the old classes' training samples — so old classes keep arriving, under the new drift;
3. **drift**: every input of experience t, old classes included, is transformed by the drift of step t —
   ``rotate`` by ``t * drift_step`` degrees (a gradual, incremental drift), or ``permute`` with a fresh
   seeded pixel permutation per step (an abrupt drift), or ``none``;
4. **limited supervision**: exactly ``round(labelled_fraction * n)`` of the experience's ``n`` stream
   samples keep their labels (``train_x``/``train_y``, which every learner sees); the rest are handed over
   unlabelled in ``meta["unlabelled_x"]`` (their labels are never given to the learner);
5. test data of experience t: the test samples of every class present in its stream (old and new), under
   step t's drift — so R[i][j] is the accuracy after step i on step j's classes *in step j's distribution*,
   and the last row shows how well the learner still handles earlier distributions.

Choices the paper leaves open, named: the drift family and its schedule (rotation by a fixed step per
experience as in rotated-MNIST domain streams, or per-step permutations), the old-class share of each
step and the labelled fraction (default 10 %, chosen so that a method that ignores unlabelled data is at a
real disadvantage) are options; labelled samples are drawn uniformly from the step's stream without regard
to class, so a class may have no label in a step.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from clbench.errors import ClbenchError
from clbench.protocols.incremental import _rotate
from clbench.scenario import Experience, LabelledData, Scenario, class_order_from_seed, register_protocol, to_float

DRIFTS = ("rotate", "permute", "none")


def class_groups(order: list[int], n_experiences: int, base_classes: int | None) -> list[list[int]]:
    """The classes emerging at each experience: ``base_classes`` first, the rest split as evenly as possible."""
    n = len(order)
    base = int(base_classes) if base_classes is not None else n // n_experiences + (n % n_experiences > 0)
    rest = n - base
    k = n_experiences - 1
    sizes = [base] + ([rest // k + (i < rest % k) for i in range(k)] if k else [])
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    return [order[s : s + z] for s, z in zip(starts, sizes)]


def check_gilcd_args(n_classes: int, n_experiences: int, base_classes: int | None, drift: str,
                     labelled_fraction: float, old_fraction: float) -> None:
    """Refuse an impossible GILCD configuration with one sentence."""
    where = "benchmark.protocol_args"
    if isinstance(n_experiences, bool) or not isinstance(n_experiences, int) or not 1 <= n_experiences <= n_classes:
        raise ClbenchError(f"gilcd n_experiences must be an integer in [1, {n_classes}], got {n_experiences!r}; "
                           f"fix {where}.n_experiences.")
    if base_classes is not None and not 1 <= int(base_classes) <= n_classes - (n_experiences - 1):
        raise ClbenchError(f"gilcd base_classes={base_classes} leaves no class for some of the {n_experiences} "
                           f"experiences; set {where}.base_classes to at most {n_classes - n_experiences + 1}.")
    if drift not in DRIFTS:
        raise ClbenchError(f"unknown gilcd drift '{drift}'; use one of {', '.join(DRIFTS)} in {where}.drift.")
    if not 0.0 < float(labelled_fraction) <= 1.0:
        raise ClbenchError(f"gilcd labelled_fraction must be in (0, 1], got {labelled_fraction}; "
                           f"fix {where}.labelled_fraction.")
    if float(old_fraction) < 0.0:
        raise ClbenchError(f"gilcd old_fraction must be >= 0, got {old_fraction}; fix {where}.old_fraction.")


def _drift(x: torch.Tensor, drift: str, step: int, drift_step: float, perms: list[torch.Tensor]) -> torch.Tensor:
    if drift == "rotate":
        return _rotate(x, float(step * drift_step))
    if drift == "permute" and step > 0:
        flat = x.flatten(1)[:, perms[step]]
        return flat.view_as(x)
    return x


@register_protocol("gilcd")
def gilcd(data: LabelledData, seed: int = 0, n_experiences: int = 5, base_classes: int | None = None,
          drift: str = "rotate", drift_step: float = 15.0, labelled_fraction: float = 0.1, old_fraction: float = 0.5,
          class_order: Sequence[int] | None = None) -> Scenario:
    """A GILCD stream (see the module docstring); no task ids at test."""
    n = data.n_classes
    check_gilcd_args(n, n_experiences, base_classes, drift, labelled_fraction, old_fraction)
    order = class_order_from_seed(n, seed, class_order)
    groups = class_groups(order, int(n_experiences), base_classes)
    g = torch.Generator().manual_seed(int(seed) + 13)
    train_x, test_x = to_float(data.train_x), to_float(data.test_x)
    n_pixels = int(train_x[0].numel())
    perms = [torch.arange(n_pixels)] + [torch.randperm(n_pixels, generator=g) for _ in range(n_experiences - 1)]
    experiences, old = [], []
    for t, new in enumerate(groups):
        new_idx = torch.isin(data.train_y, torch.tensor(new)).nonzero().flatten()
        parts = [new_idx]
        if old:
            pool = torch.isin(data.train_y, torch.tensor(old)).nonzero().flatten()
            k = min(len(pool), int(round(float(old_fraction) * len(new_idx))))
            parts.append(pool[torch.randperm(len(pool), generator=g)[:k]])
        idx = torch.cat(parts)
        idx = idx[torch.randperm(len(idx), generator=g)]
        n_labelled = max(1, int(round(float(labelled_fraction) * len(idx))))
        lab, unlab = idx[:n_labelled], idx[n_labelled:]
        present = sorted(set(data.train_y[idx].tolist()))
        te = torch.isin(data.test_y, torch.tensor(present)).nonzero().flatten()
        experiences.append(Experience(
            index=t, train_x=_drift(train_x[lab], drift, t, drift_step, perms), train_y=data.train_y[lab],
            test_x=_drift(test_x[te], drift, t, drift_step, perms), test_y=data.test_y[te],
            classes=tuple(present), new_classes=tuple(sorted(new)), task_id=t, task_ids_at_test=False,
            meta={"unlabelled_x": _drift(train_x[unlab], drift, t, drift_step, perms), "n_stream": len(idx),
                  "n_labelled": n_labelled,
                  **({"angle": float(t * drift_step)} if drift == "rotate" else {})},
        ))
        old += list(new)
    return Scenario(
        name=data.name, protocol="gilcd", experiences=experiences, n_classes=n, class_order=order, seed=seed,
        input_shape=tuple(train_x.shape[1:]), task_ids_at_test=False, class_names=data.class_names,
        meta={"drift": drift, "drift_step": float(drift_step), "labelled_fraction": float(labelled_fraction),
              "old_fraction": float(old_fraction), "emerging_classes": groups,
              "labelled_per_experience": [e.meta["n_labelled"] for e in experiences],
              "stream_per_experience": [e.meta["n_stream"] for e in experiences]},
    )
