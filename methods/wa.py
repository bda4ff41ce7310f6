"""WA — Maintaining Discrimination and Fairness in Class Incremental Learning (Zhao et al., CVPR 2020).

Reference code: PyCIL (Zhou et al.), ``models/wa.py``. Per experience t:

* training data = the experience's samples + the herding exemplar memory (fixed total budget ``memory_size``,
  ``budget // C`` per seen class, see :mod:`methods.common.exemplars`);
* loss = (1 − λ) CE(logits over all seen classes) + λ KD, λ = n_old / n_total (n = numbers of seen classes),
  KD = −(1/N) Σ_n Σ_{k∈old} softmax(o_old/T)_k · log softmax(o_new[old]/T)_k with T = 2 (PyCIL's
  ``_KD_loss``: soft-target cross-entropy, no T² factor) against the model frozen at the start of the
  experience;
* after training (t > 0), weight aligning: the FC rows of the new classes are scaled by
  γ = mean‖w_old‖ / mean‖w_new‖; biases are left untouched (as in PyCIL);
* the memory is then rebuilt with the aligned model's features (PyCIL order: align, then herd; herding reads
  the backbone's features, which aligning the head never changes, so the order is immaterial here).

Each step is pinned by a fast test in tests/test_wa.py and a named mutant in tests/mutation/mutants_wa.toml.

Weight clipping: the paper clips the FC weights to be non-negative after every optimisation step, PyCIL does
not. Both are offered (``clip_weights``); **the default is the paper's (True)**. Only the rows of seen
classes are clipped: rows of unseen classes are the not-yet-used initialisation (PyCIL creates them fresh).

Choices the paper leaves open, and where this differs:

* the head is one linear layer over every class of the scenario from the start; unseen classes are
  masked out of the CE and score −inf at prediction (equivalent to PyCIL's growing FC);
* bias: the paper writes the logits as o(x) = Wᵀφ(x), so aligning W rescales the whole new-class logit;
  PyCIL's FC keeps a trained bias that aligning leaves untouched. Default: no bias (paper);
  ``head_bias=true`` gives PyCIL's head;
* PyCIL multiplies the loss terms without λ in some versions; here the paper's (Zhao et al., CVPR 2020) convex
  combination (1 − λ)·CE + λ·KD is used;
* defaults (epochs, lr, batch) are for the MLP on MNIST (see conf/method/wa.yaml); the paper-scale config
  (ResNet-32, CIFAR-100, 170 epochs, lr 0.1, milestones 60/100/140) is conf/method/wa_cifar100.yaml.
"""

from __future__ import annotations

import copy

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, SGDLearner
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import Batch
from methods.common import resnet32  # noqa: F401  (registers the "resnet32" backbone)
from methods.common.exemplars import ExemplarMemory


def kd_loss(new_logits: torch.Tensor, old_logits: torch.Tensor, T: float) -> torch.Tensor:
    """Soft-target cross-entropy between temperature-scaled old and new logits (PyCIL ``_KD_loss``)."""
    log_p = torch.log_softmax(new_logits / T, dim=1)
    q = torch.softmax(old_logits / T, dim=1)
    return -(q * log_p).sum() / len(new_logits)


@torch.no_grad()
def align_weights(weight: torch.Tensor, old: list[int], new: list[int]) -> float:
    """Scale the rows ``new`` of ``weight`` in place by γ = mean‖w_old‖ / mean‖w_new‖; return γ."""
    if not old or not new:
        return 1.0
    norms = weight.norm(p=2, dim=1)
    gamma = norms[old].mean() / norms[new].mean()
    weight[new] *= gamma
    return float(gamma)


@register_method("wa")
class WA(SGDLearner):
    capabilities = Capabilities(
        protocols=("class_incremental",), exemplars=True,
        notes="herding exemplars under a fixed total budget; KD + weight aligning of new-class FC rows",
    )

    def __init__(self, info: ScenarioInfo, memory_size: int = 200, temperature: float = 2.0,
                 clip_weights: bool = True, head_bias: bool = False, milestones: list[int] | None = None,
                 lr_decay: float = 0.1, **kwargs):
        self.head_bias = bool(head_bias)
        super().__init__(info, **kwargs)
        self.memory = ExemplarMemory(memory_size, info.n_classes)
        if float(temperature) <= 0:
            raise ClbenchError(f"temperature must be > 0, got {temperature}; set method.temperature (paper: 2).")
        self.T = float(temperature)
        self.clip_weights = bool(clip_weights)
        self.old_model: nn.Module | None = None
        self.old_classes: list[int] = []
        self.new_classes: list[int] = []
        self.gammas: list[float] = []
        # PyCIL's MultiStepLR over epochs (the spine's schedulers step per batch): lr × lr_decay at each milestone
        self.milestones, self.lr_decay = sorted(int(m) for m in (milestones or [])), float(lr_decay)
        self._step, self._steps_per_epoch = 0, 1

    # -- hooks ------------------------------------------------------------------------------------------
    def build_model(self) -> nn.Module:
        model = super().build_model()
        if not self.head_bias:  # logits = W φ(x), the paper's form: aligning W then rescales the whole logit
            model.head = nn.Linear(model.head.in_features, model.head.out_features, bias=False)
        return model

    def before_experience(self, exp: Experience) -> None:
        if exp.n_chunks > 1:
            raise ClbenchError(
                "wa trains whole experiences for several epochs and cannot take them in eval_every chunks; "
                "remove benchmark.eval_every."
            )
        self.old_classes = list(self.seen_classes)
        self.new_classes = [c for c in exp.classes if c not in self.old_classes]
        self.old_model = copy.deepcopy(self.model).eval() if self.old_classes else None
        if self.old_model is not None:
            for p in self.old_model.parameters():
                p.requires_grad_(False)

    def training_data(self, exp: Experience) -> tuple[torch.Tensor, torch.Tensor]:
        mx, my = self.memory.data()
        x, y = (exp.train_x, exp.train_y) if len(my) == 0 else (
            torch.cat([exp.train_x, mx.to(exp.train_x.dtype)]), torch.cat([exp.train_y, my]))
        self._step, self._steps_per_epoch = 0, max(1, -(-len(y) // self.batch_size))
        return x, y

    def loss(self, x: torch.Tensor, y: torch.Tensor, exp: Experience) -> torch.Tensor:
        seen = torch.tensor(self.seen_classes, device=x.device)
        logits = self.model(x)
        # CE over the seen classes only: map labels to their position among the seen classes
        target = torch.searchsorted(seen, y)
        ce = nn.functional.cross_entropy(logits[:, seen], target)
        if self.old_model is None:
            return ce
        old = torch.tensor(self.old_classes, device=x.device)
        with torch.no_grad():
            old_logits = self.old_model(x)[:, old]
        lam = len(self.old_classes) / len(self.seen_classes)
        return (1 - lam) * ce + lam * kd_loss(logits[:, old], old_logits, self.T)

    def after_step(self, exp: Experience, batch: Batch | None = None) -> None:
        self._step += 1
        if self.milestones and self._step % self._steps_per_epoch == 0:
            if self._step // self._steps_per_epoch in self.milestones:
                for group in self.optimizer.param_groups:
                    group["lr"] *= self.lr_decay
        if self.clip_weights:
            with torch.no_grad():
                w = self.model.head.weight
                w[self.seen_classes] = w[self.seen_classes].clamp(min=0)

    def after_experience(self, exp: Experience) -> None:
        self.gammas.append(align_weights(self.model.head.weight.data, self.old_classes, self.new_classes))
        self.model.eval()

        @torch.no_grad()
        def features(x: torch.Tensor) -> torch.Tensor:
            return torch.cat([self.model.features(x[s : s + 1024].to(self.device)).cpu()
                              for s in range(0, len(x), 1024)])

        self.memory.update(exp.train_x, exp.train_y, self.new_classes, features)
        self.old_model = None  # only needed during training; keeps checkpoints small

    # -- contract ---------------------------------------------------------------------------------------
    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        logits = super().predict(x, task_ids)
        if not self.seen_classes:  # the untrained model (the runner's random-init baseline)
            return logits
        unseen = torch.ones(logits.shape[1], dtype=torch.bool, device=logits.device)
        unseen[self.seen_classes] = False
        return logits.masked_fill(unseen, float("-inf"))

    def cost(self) -> dict:
        return {**super().cost(), "memory_bytes": self.memory.nbytes(), "exemplars": len(self.memory)}

    def report(self) -> dict:
        return {"gamma": self.gammas[-1] if self.gammas else None, "exemplars": len(self.memory)}
