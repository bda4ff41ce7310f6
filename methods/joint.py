"""Joint: at every experience, train on the union of all data seen so far (the upper bound).

The model is not re-initialised between experiences (Avalanche's "Cumulative" strategy); with one epoch
the last experience alone is a full epoch over the whole training set.
"""

from __future__ import annotations

import torch

from clbench.learner import Capabilities, SGDLearner
from clbench.registry import register_method
from clbench.scenario import Experience


@register_method("joint")
class Joint(SGDLearner):
    capabilities = Capabilities(exemplars=True, notes="stores every training sample: an upper bound, not a CL method",
                                bound="upper", bound_rank=1)  # a probe_joint on the same backbone goes first

    def __init__(self, info, **kwargs):
        super().__init__(info, **kwargs)
        self.seen_x: list[torch.Tensor] = []
        self.seen_y: list[torch.Tensor] = []

    def training_data(self, exp: Experience):
        self.seen_x.append(exp.train_x)
        self.seen_y.append(exp.train_y)
        return torch.cat(self.seen_x), torch.cat(self.seen_y)

    def cost(self) -> dict:
        from clbench.learner import tensor_bytes

        return {**super().cost(), "memory_bytes": tensor_bytes(*self.seen_x, *self.seen_y)}
