"""``minibatch_loop``: :func:`clbench.training.train_loop` for loss functions of ``(x_batch, y_batch)``.

SupSup/ExSSNeT train scores and weights in separate phases, the metaplastic BNN uses its own Adam variant,
binary VCL optimises fields, CSFA pretrains its backbone: each builds its optimiser and calls
:func:`minibatch_loop`. It is the engine's loop (same shuffles, divergence check, ``step`` fault point, step
log), only with the two-tensor signature these methods were written against.
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from clbench.training import train_loop


def minibatch_loop(x: torch.Tensor, y: torch.Tensor, *, epochs: int, batch_size: int, generator: torch.Generator,
                   loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor], optimizer: torch.optim.Optimizer,
                   owner: str, device: torch.device | str = "cpu",
                   after_step: Callable[[], None] | None = None) -> int:
    """``epochs`` shuffled passes of ``loss_fn(x_batch, y_batch)`` → backward → ``optimizer.step()``; the step count."""
    return train_loop((x, y), lambda b: loss_fn(b.x, b.y), optimizer, batch_size=batch_size, generator=generator,
                      epochs=epochs, device=device, owner=owner,
                      after_step=None if after_step is None else lambda _b, _loss: after_step(),
                      hint="lower the method's learning rate or check the inputs.")
