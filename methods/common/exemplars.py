"""A class-balanced exemplar memory under a fixed total budget, filled by herding.

Herding (Welling, ICML 2009; as used by iCaRL, Rebuffi et al., CVPR 2017, and PyCIL's
``BaseLearner._construct_exemplar``): features are L2-normalised; the k-th exemplar of a class is the
sample that brings the mean of the selected features closest to the class mean. The selection order is a
priority list, so shrinking a class to m exemplars keeps its first m (iCaRL's ReduceExemplarSet).

With a fixed total budget M and C classes seen, each class keeps ``M // C`` exemplars (PyCIL's
``fixed_memory=False``), so the memory never holds more than M samples.
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from clbench.errors import ClbenchError
from clbench.learner import tensor_bytes


def herding_order(features: torch.Tensor, m: int) -> torch.Tensor:
    """Indices of the first ``m`` herding picks among ``features`` [N, D] (each sample at most once)."""
    f = torch.nn.functional.normalize(features.double(), dim=1)
    mu = f.mean(0)
    m = min(int(m), len(f))
    chosen: list[int] = []
    running = torch.zeros_like(mu)
    available = torch.ones(len(f), dtype=torch.bool)
    for k in range(1, m + 1):
        # distance between the class mean and the mean of the exemplars if sample i were added next
        dist = ((mu - (running + f) / k) ** 2).sum(1)
        dist[~available] = float("inf")
        i = int(dist.argmin())
        chosen.append(i)
        available[i] = False
        running += f[i]
    return torch.tensor(chosen, dtype=torch.long)


class ExemplarMemory:
    """Per-class exemplars (inputs and labels) kept in herding order under a total ``budget``."""

    def __init__(self, budget: int, n_classes: int):
        if int(budget) < int(n_classes):
            raise ClbenchError(
                f"memory budget {budget} is smaller than the {n_classes} classes of the scenario; "
                f"set method.memory_size to at least {n_classes} (one exemplar per class)."
            )
        self.budget = int(budget)
        self.x: dict[int, torch.Tensor] = {}

    @property
    def classes(self) -> list[int]:
        return sorted(self.x)

    def per_class(self, n_classes: int) -> int:
        return self.budget // max(1, n_classes)

    def update(self, x: torch.Tensor, y: torch.Tensor, classes, features: Callable[[torch.Tensor], torch.Tensor]
               ) -> None:
        """Add herding-selected exemplars of ``classes`` from (x, y), then shrink every class to budget // C."""
        classes = [int(c) for c in classes if int(c) not in self.x]
        m = self.per_class(len(self.x) + len(classes))
        for c in self.classes:  # old classes keep the head of their herding order
            self.x[c] = self.x[c][:m]
        for c in classes:
            xc = x[y == c]
            if len(xc) == 0:
                continue
            self.x[c] = xc[herding_order(features(xc), m)].clone()

    def data(self) -> tuple[torch.Tensor, torch.Tensor]:
        """All exemplars as (x, y); empty tensors when the memory is empty."""
        if not self.x:
            return torch.empty(0), torch.empty(0, dtype=torch.long)
        xs = [self.x[c] for c in self.classes]
        ys = [torch.full((len(v),), c, dtype=torch.long) for c, v in zip(self.classes, xs)]
        return torch.cat(xs), torch.cat(ys)

    def __len__(self) -> int:
        return sum(len(v) for v in self.x.values())

    def nbytes(self) -> int:
        return tensor_bytes(*self.x.values()) + 8 * len(self)  # inputs + int64 labels
