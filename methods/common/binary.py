"""Binary-weight networks, shared by ``metaplastic_bnn`` and ``binary_vcl``.

Two ways of learning ±1 weights:

* **Hidden weights** (Courbariaux/Hubara BNNs, as in Laborieux et al. 2021, code
  Laborieux-Axel/SynapticMetaplasticityBNN): each binary weight is sign(W_h) of a real hidden weight; the
  gradient with respect to the binary weight is applied to W_h unchanged (straight-through); hidden
  activations are sign(·) with the gradient clipped to |x| ≤ 1 (the code's ``SignActivation``).
  :class:`BinaryMLP` and :class:`AdamMeta` (Adam whose updates towards zero are attenuated by
  1 − tanh²(m·|W_h|)).
* **Fields** (Li, Huang et al., "Statistical mechanics of continual learning: variational principle and
  mean-field potential", code Chan-Li/VCL): each weight has q(w) ∝ exp(β θ w), mean μ = tanh(βθ), variance
  1 − μ²; a layer's pre-activation over N inputs a is Gaussian with mean μ·a/√N and variance (1−μ²)·a²/N
  (central limit, the "Gaussian field approximation"): :func:`meanfield_preactivation`, :func:`field_kl`,
  :func:`sample_weights`.
"""

from __future__ import annotations

import math

import torch
from torch import nn

# -------------------------------------------------------------------------------------------- hidden weights


def binarize(w: torch.Tensor) -> torch.Tensor:
    """sign(w) with sign(0) = +1, so every entry is exactly ±1."""
    return torch.where(w >= 0, 1.0, -1.0).to(w.dtype)


class _SignActivation(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x: torch.Tensor) -> torch.Tensor:  # noqa: D102
        ctx.save_for_backward(x)
        return binarize(x)

    @staticmethod
    def backward(ctx, grad: torch.Tensor) -> torch.Tensor:  # noqa: D102
        (x,) = ctx.saved_tensors
        return grad * (x.abs() <= 1.0)


def sign_activation(x: torch.Tensor) -> torch.Tensor:
    """sign(x) forward, gradient passed where |x| ≤ 1 (hard-tanh derivative)."""
    return _SignActivation.apply(x)


def straight_through_sign(w: torch.Tensor) -> torch.Tensor:
    """sign(w) forward, identity backward: the binary weight's gradient lands on the hidden weight."""
    return w + (binarize(w) - w).detach()


class BinaryMLP(nn.Module):
    """Binary fully connected layers without biases, each followed by BatchNorm; sign activations between.

    The input layer sees the real-valued image (the code binarises every input but the 784-pixel one).
    """

    def __init__(self, input_dim: int, hidden: list[int], n_out: int, init_width: float, generator: torch.Generator):
        super().__init__()
        dims = [input_dim, *[int(h) for h in hidden], n_out]
        # the code's init="uniform": U(−width/2, width/2)
        self.hidden_weights = nn.ParameterList(
            nn.Parameter((torch.rand((o, i), generator=generator) - 0.5) * init_width) for i, o in zip(dims, dims[1:]))
        self.norms = nn.ModuleList(nn.BatchNorm1d(o) for o in dims[1:])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        last = len(self.hidden_weights) - 1
        for i, (w, bn) in enumerate(zip(self.hidden_weights, self.norms)):
            h = bn(nn.functional.linear(h, straight_through_sign(w)))
            if i < last:
                h = sign_activation(h)
        return h


class AdamMeta(torch.optim.Optimizer):
    """Adam with metaplasticity (Laborieux et al. 2021, Eq. 1; the code's ``Adam_meta``).

    For a hidden weight W_h with metaplasticity m, an Adam step that would *decrease* |W_h| (its first moment
    has the sign of W_h, the update goes towards zero and a possible sign flip) is multiplied by
    f_meta = 1 − tanh²(m·|W_h|); steps that increase |W_h| are not attenuated. m = 0 is plain Adam. Parameters
    in groups with ``meta = 0`` (BatchNorm) are plain Adam. Weight decay is L2 added to the gradient.
    """

    def __init__(self, params, lr: float = 0.005, betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.0, meta: float = 0.0):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, meta=meta))

    @torch.no_grad()
    def step(self, closure=None):  # noqa: D102
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                grad = p.grad
                if group["weight_decay"]:
                    grad = grad.add(p, alpha=group["weight_decay"])
                state = self.state[p]
                if not state:
                    state["step"] = 0
                    state["exp_avg"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                state["step"] += 1
                m, v = state["exp_avg"], state["exp_avg_sq"]
                m.mul_(beta1).add_(grad, alpha=1 - beta1)
                v.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                step_size = group["lr"] * math.sqrt(1 - beta2 ** state["step"]) / (1 - beta1 ** state["step"])
                update = m / (v.sqrt() + group["eps"])
                if group["meta"]:
                    toward_zero = binarize(p) * m > 0
                    update = torch.where(toward_zero, update * meta_factor(p, group["meta"]), update)
                p.add_(update, alpha=-step_size)


def meta_factor(w: torch.Tensor, meta: float) -> torch.Tensor:
    """f_meta(W_h) = 1 − tanh²(m·|W_h|)."""
    return 1 - torch.tanh(meta * w.abs()) ** 2


# ---------------------------------------------------------------------------------------------------- fields


def field_moments(theta: torch.Tensor, beta: float) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean tanh(βθ) and variance 1 − tanh²(βθ) of w ∈ {±1} under q(w) ∝ exp(βθw)."""
    mu = torch.tanh(beta * theta)
    return mu, 1 - mu**2


def meanfield_preactivation(a: torch.Tensor, theta: torch.Tensor, beta: float
                            ) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean and variance of z = Σ_j w_j a_j / √N over q: (μ·a/√N, (1−μ²)·a²/N), a of shape [B, N]."""
    mu, var = field_moments(theta, beta)
    n = theta.shape[1]
    return a @ mu.T / math.sqrt(n), (a * a) @ var.T / n


def log_cosh(x: torch.Tensor) -> torch.Tensor:
    """log cosh x, stable for large |x|."""
    ax = x.abs()
    return ax + torch.log1p(torch.exp(-2 * ax)) - math.log(2.0)


def field_kl(theta: torch.Tensor, prior: torch.Tensor, beta: float) -> torch.Tensor:
    """KL(q_θ ‖ q_θ') summed over entries: β(θ − θ')tanh(βθ) − log cosh βθ + log cosh βθ'.

    Its gradient in θ is β²(1 − tanh²βθ)(θ − θ'): a pull towards the prior scaled by the weight's variance.
    """
    mu = torch.tanh(beta * theta)
    return (beta * (theta - prior) * mu - log_cosh(beta * theta) + log_cosh(beta * prior)).sum()


def sample_weights(theta: torch.Tensor, beta: float, generator: torch.Generator) -> torch.Tensor:
    """w ∈ {±1} with P(w = +1) = (1 + tanh βθ)/2."""
    p_plus = (1 + torch.tanh(beta * theta)) / 2
    u = torch.rand(theta.shape, generator=generator, dtype=theta.dtype).to(theta.device)
    return torch.where(u < p_plus, 1.0, -1.0).to(theta.dtype)
