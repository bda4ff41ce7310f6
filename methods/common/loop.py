"""A plain epoch/mini-batch loop for methods whose optimiser or phases do not fit ``SGDLearner``.

SupSup/ExSSNeT train scores and weights in separate phases, the metaplastic BNN uses its own Adam variant,
binary VCL optimises fields: each builds its optimiser and calls :func:`minibatch_loop`, which shuffles with
the given generator (so runs are deterministic and resumable like ``SGDLearner``'s), refuses a diverged
loss with one sentence, and passes the runner's ``step`` fault point.
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from clbench.errors import DivergedError
from clbench.faults import fault_point


def minibatch_loop(x: torch.Tensor, y: torch.Tensor, *, epochs: int, batch_size: int, generator: torch.Generator,
                   loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor], optimizer: torch.optim.Optimizer,
                   owner: str, device: torch.device | str = "cpu",
                   after_step: Callable[[], None] | None = None) -> int:
    """``epochs`` shuffled passes of ``loss_fn(x_batch, y_batch)`` → backward → ``optimizer.step()``; the step count."""
    n, steps = len(y), 0
    for _ in range(epochs):
        order = torch.randperm(n, generator=generator)
        for start in range(0, n, batch_size):
            idx = order[start : start + batch_size]
            loss = loss_fn(x[idx].to(device), y[idx].to(device))
            if not torch.isfinite(loss):
                raise DivergedError(f"{owner} loss became {loss.item()}; lower the method's learning rate or check "
                                    "the inputs.")
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            if after_step is not None:
                after_step()
            steps += 1
            fault_point("step")
    return steps
