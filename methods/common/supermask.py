"""Supermasks over a fixed-value network, shared by ``supsup`` and ``exssnet``.

Wortsman et al., "Supermasks in Superposition" (NeurIPS 2020; code RAIVNLab/supsup), after Ramanujan et al.'s
edge-popup ("What's Hidden in a Randomly Weighted Neural Network?", CVPR 2020):

* every Conv/Linear weight of the classifier (its head included) is a fixed value; biases are absent (the
  code builds every layer with ``bias=False``: here they are held at zero) and BatchNorm is non-affine with
  running statistics per task (the code's ``MultitaskNonAffineBN``);
* the values are "signed constant": sign(w₀) · gain/√fan_in with w₀ the layer's default init, gain √2 (ReLU),
  fan-in mode (the code's ``signed_constant``);
* a task's subnetwork is, per layer, the top-k entries of |scores| (k = round(density · size); the code keeps
  size − int((1 − density) · size)), and the scores are learnt through a straight-through estimator (the top-k
  selection's gradient is the identity, the code's ``GetSubnet``); scores start from Kaiming-uniform with
  a = √5 (the code's ``mask_init``), i.e. U(−1/√fan_in, 1/√fan_in).

The network is evaluated functionally (``torch.func.functional_call``): masked weights, zero biases, unit
BatchNorm affine parameters and a task's own running statistics are passed in per call, so nothing a later task
does can reach an earlier task's forward pass except through the weight tensors themselves.
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.func import functional_call

from clbench.errors import ClbenchError
from clbench.learner import mask_to_classes
from clbench.nn import build_classifier


class _TopK(torch.autograd.Function):
    """Forward: a 0/1 mask of the ``count`` largest entries; backward: the gradient passes straight through."""

    @staticmethod
    def forward(ctx, scores: torch.Tensor, count: int) -> torch.Tensor:  # noqa: D102
        return topk_mask(scores, count).to(scores.dtype)

    @staticmethod
    def backward(ctx, grad: torch.Tensor):  # noqa: D102
        return grad, None


def topk_mask(scores: torch.Tensor, count: int) -> torch.Tensor:
    """A bool mask with exactly ``count`` True entries, at the largest ``scores`` (exact count even with ties)."""
    flat = scores.detach().flatten()
    mask = torch.zeros(flat.numel(), dtype=torch.bool, device=flat.device)
    if count > 0:
        mask[flat.topk(count, sorted=False).indices] = True
    return mask.view_as(scores)


def edge_popup(scores: torch.Tensor, count: int) -> torch.Tensor:
    """The straight-through top-k mask of |scores| (differentiable in ``scores``)."""
    return _TopK.apply(scores.abs(), count)


def fan_in(shape: tuple[int, ...]) -> int:
    return math.prod(shape[1:])


def signed_constant(weight: torch.Tensor) -> torch.Tensor:
    """sign(w) · √2/√fan_in: the code's ``signed_constant`` (a zero counts as positive)."""
    std = math.sqrt(2.0) / math.sqrt(fan_in(tuple(weight.shape)))
    return torch.where(weight >= 0, std, -std).to(weight.dtype)


def kaiming_scores(shape: tuple[int, ...], generator: torch.Generator) -> torch.Tensor:
    """Kaiming-uniform with a = √5, as ``nn.init.kaiming_uniform_(s, a=sqrt(5))``: U(−1/√fan_in, 1/√fan_in)."""
    bound = 1.0 / math.sqrt(fan_in(shape))
    return (torch.rand(shape, generator=generator) * 2 - 1) * bound


def check_density(density: float) -> float:
    if isinstance(density, bool) or not isinstance(density, (int, float)) or not 0 < float(density) <= 1:
        raise ClbenchError(f"density must be in (0, 1], got {density!r}; set method.density (the papers use 0.1).")
    return float(density)


class SupermaskNet:
    """A classifier whose Conv/Linear weights are value tensors that a per-task top-k mask selects."""

    def __init__(self, backbone: str | dict, input_shape: tuple[int, ...], n_classes: int, density: float,
                 seed: int, device: torch.device):
        self.density, self.device = check_density(density), device
        state = torch.random.get_rng_state()
        torch.manual_seed(seed * 7_919 + 17)  # the base network is a pure function of the scenario seed
        try:
            model = build_classifier(backbone, tuple(input_shape), n_classes)
        finally:
            torch.random.set_rng_state(state)
        self.model = model.to(device).requires_grad_(False)
        layers = [(n, m) for n, m in self.model.named_modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
        if not layers:
            raise ClbenchError("a supermask needs Conv or Linear layers; choose a backbone such as mlp or resnet18.")
        self.masked = [f"{n}.weight" for n, _ in layers]
        params = dict(self.model.named_parameters())
        self.base = {k: signed_constant(params[k].detach()) for k in self.masked}
        # everything else is fixed: biases at zero (bias=False in the code), BatchNorm affine at (1, 0)
        fixed = {}
        for name, p in params.items():
            if name in self.masked:
                continue
            module = self.model.get_submodule(name.rsplit(".", 1)[0]) if "." in name else self.model
            one = isinstance(module, nn.modules.batchnorm._BatchNorm) and name.endswith(".weight")
            fixed[name] = torch.ones_like(p) if one else torch.zeros_like(p)
        self.fixed = fixed
        self.buffer_init = {k: v.detach().clone() for k, v in self.model.named_buffers()}
        self.counts = {k: round(self.density * self.base[k].numel()) for k in self.masked}
        empty = [k for k, c in self.counts.items() if c == 0]
        if empty:
            raise ClbenchError(f"density {self.density} keeps no weight of {empty[0]} ({self.base[empty[0]].numel()} "
                               "weights); raise method.density.")

    # -- per-task state -------------------------------------------------------------------------------
    def new_scores(self, generator: torch.Generator) -> dict[str, torch.Tensor]:
        return {k: kaiming_scores(tuple(self.base[k].shape), generator).to(self.device) for k in self.masked}

    def fresh_buffers(self) -> dict[str, torch.Tensor]:
        return {k: v.clone() for k, v in self.buffer_init.items()}

    def masks(self, scores: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        return {k: topk_mask(scores[k].abs(), self.counts[k]) for k in self.masked}

    # -- forward passes -------------------------------------------------------------------------------
    def _state(self, weights, scores, masks, buffers) -> dict[str, torch.Tensor]:
        if scores is not None:
            eff = {k: weights[k] * edge_popup(scores[k], self.counts[k]) for k in self.masked}
        else:
            eff = {k: weights[k] * masks[k] for k in self.masked}
        return eff | self.fixed | buffers

    def logits(self, x: torch.Tensor, weights: dict[str, torch.Tensor], *, buffers: dict[str, torch.Tensor],
               scores: dict[str, torch.Tensor] | None = None, masks: dict[str, torch.Tensor] | None = None,
               train: bool = False) -> torch.Tensor:
        """Logits with ``weights`` under the STE mask of ``scores`` (training) or under fixed ``masks``."""
        self.model.train(train)
        return functional_call(self.model, self._state(weights, scores, masks, buffers), (x,))

    def features(self, x: torch.Tensor, weights: dict[str, torch.Tensor], masks: dict[str, torch.Tensor],
                 buffers: dict[str, torch.Tensor]) -> torch.Tensor:
        """The head's input (penultimate representation) under ``masks``, in evaluation mode."""
        self.model.eval()
        state = {k.removeprefix("backbone."): v for k, v in self._state(weights, None, masks, buffers).items()
                 if k.startswith("backbone.")}
        return functional_call(self.model.backbone, state, (x,))


def predict_per_task(method: str, x: torch.Tensor, task_ids: torch.Tensor | None, n_classes: int,
                     classes_per_experience: list[list[int]], task_logits, device: torch.device) -> torch.Tensor:
    """Logits over all classes, each sample through its own task's supermask (``task_logits(x, t)``), masked
    to that task's classes; SupSup and ExSSNeT both need the task id at test time."""
    if task_ids is None:
        raise ClbenchError(f"{method} needs task ids at test time; use a task-incremental benchmark such as "
                           "split_mnist_til or permuted_mnist_til.")
    x = x.to(device)
    out = torch.full((len(x), n_classes), float("-inf"), device=device)
    for t in task_ids.unique().tolist():
        rows = (task_ids == t).nonzero().flatten().to(device)
        logits = task_logits(x[rows], t)
        classes = classes_per_experience[t] if t < len(classes_per_experience) else []
        out[rows] = mask_to_classes(logits, classes) if classes else logits
    return out
