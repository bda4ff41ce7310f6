"""DualMix — EnMix and AdpMix on top of experience replay, for online class-incremental learning.

Fan, Xu, Wang, Zhu, Wang and Guo, "DualMix: Unleashing the Potential of Data Augmentation for Online
Class-Incremental Learning" (arXiv 2303.07864, 2023).

**What could be read**: only the paper's abstract and title page (the stored copies hold nothing further;
no official code was found in the code corpus). Everything below the abstract's level is a choice made
here, named as such. The abstract says:

* *EnMix* "mixes the augmented samples and their labels simultaneously" — augmentation followed by mixup;
* *AdpMix* "mix[es] samples from both old and new classes and dynamically adjust[s] the label mixing
  ratio" to calibrate decision boundaries against the class imbalance of online CIL;
* both sit on a replay method ("compatible with other replay-based techniques").

What this file does at every training step, on the incoming stream batch ``(x, y)``:

1. **ER** (the base, as methods/replay.py's ``er``): draw ``minibatch_size`` samples from a reservoir buffer
   (methods/common/reservoir.py), ``X = [x; x_buf]``, loss ``CE(f(X), Y)``; afterwards the incoming batch
   enters the reservoir.
2. **EnMix** (``enmix: true``): ``A = aug(X)`` — a random translation of up to ``shift`` pixels per sample
   (zero padding, then a random crop; *choice*: the paper's augmentation family is not known here, a
   shift is label-preserving on digit images) — then one ``λ ~ Beta(α, α)`` per batch and a random
   pairing ``π``: ``x̃ = λ A + (1-λ) A[π]``, ``ỹ = λ onehot(Y) + (1-λ) onehot(Y[π])``, loss
   ``−Σ ỹ log softmax f(x̃)``. The label is the *same* convex combination as the input (tested).
3. **AdpMix** (``adpmix: true``): every incoming sample of a *new* class (a class of the current
   experience) is paired with a replayed sample of an *old* class (a buffer class not in the current
   experience), drawn uniformly; ``λ_x ~ Beta(α, α)`` per pair, ``x̂ = λ_x x_new + (1-λ_x) x_old``. The
   label ratio — *choice*, the paper's rule is not known here — is class-balanced by the training counts
   ``n_c`` of each class in the experience so far (incoming and replayed samples the model was trained on,
   reset at each new experience):

       λ_y = λ_x / n_new  /  (λ_x / n_new + (1-λ_x) / n_old)

   so with balanced counts ``λ_y = λ_x`` (plain mixup), and the more a new class outnumbers an old one in
   training, the more of the mixed label goes to the old class (the direction of Remix, Chou et al.,
   ECCV-W 2020). The ratio changes as the counts do: the "dynamically adjusted" ratio. Loss
   ``−Σ ŷ log softmax f(x̂)`` with ``ŷ = λ_y onehot(y_new) + (1-λ_y) onehot(y_old)``.

Total loss: ER's CE + ``enmix_weight`` · EnMix + ``adpmix_weight`` · AdpMix (both weights 1 by default;
*choice*). Defaults follow the ``er`` config (SGD lr 0.1, replay minibatch 10, memory 200, MLP 100-100), so
``dualmix`` with both switches off is ER (tested). Mixup α = 1.0 and shift 2 px are choices.
"""

from __future__ import annotations

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, SGDLearner
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from methods.common.reservoir import ReservoirBuffer


def random_shift(x: torch.Tensor, shift: int, g: torch.Generator) -> torch.Tensor:
    """Each image translated by an independent offset in [-shift, shift]² (zero padding, then a crop)."""
    if shift <= 0 or x.dim() < 3:
        return x
    h, w = x.shape[-2:]
    padded = nn.functional.pad(x, (shift, shift, shift, shift))
    offsets = torch.randint(0, 2 * shift + 1, (len(x), 2), generator=g)
    return torch.stack([padded[i, ..., int(a): int(a) + h, int(b): int(b) + w] for i, (a, b) in enumerate(offsets)])


def soft_cross_entropy(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Mean over rows of ``−Σ_c target_c log softmax(logits)_c`` (mixed, soft labels)."""
    return -(target * nn.functional.log_softmax(logits, dim=1)).sum(1).mean()


def beta_sample(alpha: float, shape: tuple[int, ...], g: torch.Generator) -> torch.Tensor:
    """``Beta(α, α)`` draws, seeded from ``g`` (torch's Beta takes no generator: it draws under a forked global
    state seeded from ``g``, so the caller's random state is never touched)."""
    seed = int(torch.randint(2**62, (1,), generator=g))
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return torch.distributions.Beta(float(alpha), float(alpha)).sample(shape).float()


def enmix(x: torch.Tensor, y: torch.Tensor, n_classes: int, alpha: float, shift: int, g: torch.Generator
          ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """EnMix: augment, then mix inputs and one-hot labels with one ``λ ~ Beta(α, α)``.

    Returns ``(x_mixed, y_soft, λ, π)``: ``x_mixed = λ aug(x) + (1-λ) aug(x)[π]``, ``y_soft`` likewise."""
    a = random_shift(x, shift, g)
    lam = beta_sample(alpha, (1,), g)[0]
    perm = torch.randperm(len(x), generator=g).to(x.device)
    onehot = nn.functional.one_hot(y, n_classes).float()
    return lam * a + (1 - lam) * a[perm], lam * onehot + (1 - lam) * onehot[perm], lam, perm


def adpmix_label_ratio(lam_x: torch.Tensor, n_new: torch.Tensor, n_old: torch.Tensor) -> torch.Tensor:
    """The label weight of the new-class sample: ``λ_x/n_new / (λ_x/n_new + (1-λ_x)/n_old)`` (counts ≥ 1)."""
    a = lam_x / n_new.clamp_min(1).to(lam_x.dtype)
    b = (1 - lam_x) / n_old.clamp_min(1).to(lam_x.dtype)
    return a / (a + b)


def adpmix(x_new: torch.Tensor, y_new: torch.Tensor, x_old: torch.Tensor, y_old: torch.Tensor, counts: torch.Tensor,
           n_classes: int, alpha: float, g: torch.Generator
           ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """AdpMix: each new-class sample mixed with a uniformly drawn old-class sample, class-balanced label ratio.

    Returns ``(x_mixed, y_soft, λ_x, λ_y, partner index into x_old)``."""
    j = torch.randint(len(x_old), (len(x_new),), generator=g).to(x_new.device)
    lam_x = beta_sample(alpha, (len(x_new),), g).to(x_new.device)
    lam_y = adpmix_label_ratio(lam_x, counts[y_new], counts[y_old[j]])
    shape = (-1,) + (1,) * (x_new.dim() - 1)
    xm = lam_x.view(shape) * x_new + (1 - lam_x.view(shape)) * x_old[j]
    oh_new = nn.functional.one_hot(y_new, n_classes).float()
    oh_old = nn.functional.one_hot(y_old[j], n_classes).float()
    ym = lam_y[:, None] * oh_new + (1 - lam_y[:, None]) * oh_old
    return xm, ym, lam_x, lam_y, j


@register_method("dualmix")
class DualMix(SGDLearner):
    capabilities = Capabilities(
        protocols=("online_class_incremental", "class_incremental", "cir"),
        exemplars=True,
        notes="ER (reservoir buffer of raw samples) + EnMix (augment then mixup) + AdpMix (old/new mix, "
              "class-balanced label ratio); old vs new classes need a class-incremental stream",
    )

    def __init__(self, info: ScenarioInfo, memory_size: int = 200, minibatch_size: int = 10, enmix: bool = True,
                 adpmix: bool = True, alpha: float = 1.0, shift: int = 2, enmix_weight: float = 1.0,
                 adpmix_weight: float = 1.0, **kwargs):
        super().__init__(info, **kwargs)
        if not float(alpha) > 0:
            raise ClbenchError(f"alpha must be > 0 (the Beta(α, α) of the mixes), got {alpha}; set method.alpha.")
        if isinstance(shift, bool) or int(shift) < 0:
            raise ClbenchError(f"shift must be an integer >= 0 pixels, got {shift}; set method.shift.")
        self.buffer = ReservoirBuffer(memory_size, torch.Generator().manual_seed(info.seed * 7_919 + 17))
        self.minibatch_size = int(minibatch_size)
        self.use_enmix, self.use_adpmix = bool(enmix), bool(adpmix)
        self.alpha, self.shift = float(alpha), int(shift)
        self.enmix_weight, self.adpmix_weight = float(enmix_weight), float(adpmix_weight)
        self.mix_rng = torch.Generator().manual_seed(info.seed * 6_007 + 29)
        self.counts = torch.zeros(info.n_classes, dtype=torch.long)  # training counts in this experience
        self.last: dict = {}  # the last step's mixes, for tests and the report

    def before_experience(self, exp: Experience) -> None:
        if exp.chunk == 0:  # a new experience (not the next chunk of an online one): counts start again
            self.counts.zero_()

    def loss(self, x: torch.Tensor, y: torch.Tensor, exp: Experience) -> torch.Tensor:
        self._incoming = (x.detach().cpu(), y.detach().cpu())
        n_in = len(y)
        if self.buffer.n_stored and self.minibatch_size > 0:
            xb, yb = self.buffer.sample(self.minibatch_size)
            x, y = torch.cat([x, xb.to(x.device)]), torch.cat([y, yb.to(y.device)])
        self.counts += torch.bincount(y.cpu(), minlength=self.info.n_classes)
        loss = nn.functional.cross_entropy(self.forward(x), y)
        self.last = {}
        if self.use_enmix and len(y) > 1:
            xm, ym, lam, perm = enmix(x, y, self.info.n_classes, self.alpha, self.shift, self.mix_rng)
            loss = loss + self.enmix_weight * soft_cross_entropy(self.forward(xm), ym)
            self.last["enmix"] = {"lam": float(lam), "perm": perm}
        if self.use_adpmix:
            current = torch.tensor(sorted(exp.classes), device=y.device)
            is_new = torch.isin(y[:n_in], current)
            is_old = ~torch.isin(y[n_in:], current)
            if is_new.any() and is_old.any():
                x_new, y_new = x[:n_in][is_new], y[:n_in][is_new]
                x_old, y_old = x[n_in:][is_old], y[n_in:][is_old]
                xm, ym, lam_x, lam_y, j = adpmix(x_new, y_new, x_old, y_old, self.counts.to(y.device),
                                                 self.info.n_classes, self.alpha, self.mix_rng)
                loss = loss + self.adpmix_weight * soft_cross_entropy(self.forward(xm), ym)
                self.last["adpmix"] = {"lam_x": lam_x, "lam_y": lam_y, "y_new": y_new, "y_old": y_old[j]}
        return loss

    def after_step(self, exp: Experience, batch=None) -> None:
        # the incoming samples of the step (never what loss() added from the buffer) enter the reservoir
        self.buffer.add(*self._incoming)

    def cost(self) -> dict:
        return {**super().cost(), "memory_bytes": self.buffer.nbytes()}

    def report(self) -> dict:
        return {"buffer": self.buffer.n_stored, "enmix": self.use_enmix, "adpmix": self.use_adpmix}
