"""ER — experience replay with a reservoir buffer (Chaudhry et al., "On Tiny Episodic Memories in
Continual Learning", 2019; Mammoth ``models/er.py``).

Every step trains on the incoming batch concatenated with ``minibatch_size`` samples drawn from the buffer;
afterwards the incoming batch enters the buffer by reservoir sampling (Vitter, 1985), so the buffer is a
uniform sample of the stream seen so far and never holds more than ``memory_size`` samples. Defaults follow
Mammoth's split-MNIST ER(200): SGD lr 0.1, batch 10, replay minibatch 10, one epoch, MLP 100-100.
(``conf/method/replay.yaml`` is Avalanche's Replay, an experience-balanced buffer: methods/avalanche_strategies.py.)
The buffer draws use a generator seeded from the scenario seed, so runs (and resumed runs) repeat exactly.
"""

from __future__ import annotations

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, SGDLearner, tensor_bytes
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import Batch


@register_method("er")
class ER(SGDLearner):
    capabilities = Capabilities(exemplars=True, notes="reservoir replay buffer of raw samples")

    def __init__(self, info: ScenarioInfo, memory_size: int = 200, minibatch_size: int = 10, **kwargs):
        super().__init__(info, **kwargs)
        if int(memory_size) < 1:
            raise ClbenchError(f"memory_size must be >= 1, got {memory_size}; set method.memory_size.")
        self.memory_size, self.minibatch_size = int(memory_size), int(minibatch_size)
        self.buf_x: torch.Tensor | None = None
        self.buf_y = torch.empty(0, dtype=torch.long)
        self.n_seen = 0
        self.rng = torch.Generator().manual_seed(info.seed * 7_919 + 17)

    def loss(self, x: torch.Tensor, y: torch.Tensor, exp: Experience) -> torch.Tensor:
        if self.n_stored and self.minibatch_size > 0:
            idx = torch.randint(self.n_stored, (min(self.minibatch_size, self.n_stored),), generator=self.rng)
            x = torch.cat([x, self.buf_x[idx].to(x.device)])
            y = torch.cat([y, self.buf_y[idx].to(y.device)])
        return nn.functional.cross_entropy(self.forward(x), y)

    def after_step(self, exp: Experience, batch: Batch) -> None:
        """The step's incoming samples (never the replayed ones) enter the buffer by reservoir sampling."""
        self.store(batch.x, batch.y)

    def store(self, x: torch.Tensor, y: torch.Tensor) -> None:
        x, y = x.detach().cpu(), y.detach().cpu()
        if self.buf_x is None:  # preallocated: reservoir writes are in-place row copies
            self.buf_x = torch.zeros((self.memory_size, *x.shape[1:]), dtype=x.dtype)
            self.buf_y = torch.zeros(self.memory_size, dtype=torch.long)
        for i in range(len(y)):  # reservoir sampling
            j = self.n_seen if self.n_seen < self.memory_size else int(
                torch.randint(self.n_seen + 1, (1,), generator=self.rng))
            if j < self.memory_size:
                self.buf_x[j], self.buf_y[j] = x[i], y[i]
            self.n_seen += 1

    def compute_key(self, batch: Batch) -> tuple:
        # the replay batch grows with the buffer until it holds minibatch_size samples: each size costs its own
        return (super().compute_key(batch), min(self.minibatch_size, self.n_stored))

    @property
    def n_stored(self) -> int:
        return min(self.n_seen, self.memory_size)

    def cost(self) -> dict:
        if self.buf_x is None:
            return {**super().cost(), "memory_bytes": 0}
        n = self.n_stored
        return {**super().cost(), "memory_bytes": tensor_bytes(self.buf_x[:n], self.buf_y[:n])}
