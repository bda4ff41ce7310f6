"""A reservoir replay buffer (Vitter, "Random sampling with a reservoir", ACM TOMS 1985), shared by replay methods.

After ``n`` offered samples the buffer holds a uniform sample of ``min(n, capacity)`` of them, as in
Chaudhry et al., "On Tiny Episodic Memories in Continual Learning" (2019) and Mammoth's ``Buffer``. The
draws use the generator the caller passes, so a seeded learner repeats (and resumes) exactly.
"""

from __future__ import annotations

import torch

from clbench.errors import ClbenchError
from clbench.learner import tensor_bytes


class ReservoirBuffer:
    """At most ``capacity`` (x, y) rows, filled by reservoir sampling; rows preallocated on first use."""

    def __init__(self, capacity: int, generator: torch.Generator):
        if isinstance(capacity, bool) or int(capacity) < 1:
            raise ClbenchError(f"memory_size must be >= 1, got {capacity}; set method.memory_size.")
        self.capacity = int(capacity)
        self.rng = generator
        self.x: torch.Tensor | None = None
        self.y = torch.empty(0, dtype=torch.long)
        self.n_seen = 0

    @property
    def n_stored(self) -> int:
        return min(self.n_seen, self.capacity)

    def add(self, x: torch.Tensor, y: torch.Tensor) -> None:
        """Offer every row of (x, y), in order, to the reservoir."""
        if self.x is None:  # preallocated: reservoir writes are in-place row copies
            self.x = torch.zeros((self.capacity, *x.shape[1:]), dtype=x.dtype)
            self.y = torch.zeros(self.capacity, dtype=torch.long)
        for i in range(len(y)):
            j = self.n_seen if self.n_seen < self.capacity else int(
                torch.randint(self.n_seen + 1, (1,), generator=self.rng))
            if j < self.capacity:
                self.x[j], self.y[j] = x[i], y[i]
            self.n_seen += 1

    def sample(self, k: int) -> tuple[torch.Tensor, torch.Tensor]:
        """``k`` rows drawn uniformly with replacement (Mammoth's ``get_data``); empty when nothing is stored."""
        n = self.n_stored
        if n == 0 or k <= 0:
            return torch.empty(0), torch.empty(0, dtype=torch.long)
        idx = torch.randint(n, (min(int(k), n),), generator=self.rng)
        return self.x[idx], self.y[idx]

    def nbytes(self) -> int:
        if self.x is None:
            return 0
        n = self.n_stored
        return tensor_bytes(self.x[:n], self.y[:n])
