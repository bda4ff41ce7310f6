"""CSFA — Calibrated Source-Free Adaptation for generalized incremental learning under concept drift (GILCD).

Yu, Lu and Zhang, "Generalized Incremental Learning under Concept Drift across Evolving Data Streams"
(arXiv 2506.05736, 2025).

**What could be read**: only the abstract and the first lines of the introduction (the stored copies hold
nothing further; no official code was found). The abstract names two parts:

* a *training-free prototype calibration* that "dynamically fuses emerging prototypes with base
  representations, enabling stable new-class identification without optimization overhead";
* *RSGS* (Reliable Surrogate Gap Sharpness-aware minimisation), a *source-free* adaptation that
  "integrates sharpness-aware perturbation loss optimization with surrogate gap minimization, while
  employing entropy-based uncertainty filtering to discard unreliable samples".

Everything below the abstract's level is a choice made here, each named:

1. **Source model** (experience 0): backbone + a linear head trained by cross-entropy on the experience's
   labelled samples (``base_epochs``, SGD; the head is then discarded). The classifier from then on is a
   cosine prototype classifier: ``logit_c = τ_cls · cos(f(x), p_c)`` over classes with a prototype
   (−inf for the others). Prototypes are means of L2-normalised features of labelled samples. No raw
   sample is ever stored (source-free): the memory is one prototype per class.
2. **Prototype calibration** (*choice*: the form of TEEN, Wang et al., NeurIPS 2023, "Few-Shot
   Class-Incremental Learning via Training-Free Prototype Calibration", which the abstract's wording
   matches): for an emerging class with raw prototype ``p_c``, ``w_b = softmax_b(τ · cos(p_c, p_b))`` over
   the *base* prototypes (the classes of experience 0, at their current values) and

       p̂_c = α · p_c + (1 − α) · Σ_b w_b p_b.

   Computed under ``torch.no_grad``: no gradient step, nothing stored but the prototype (tested).
   ``α = calibration_alpha`` (0.5) and ``τ = calibration_tau`` (16) are choices.
3. **RSGS** (experiences ≥ 1, on the experience's *unlabelled* inputs ``meta["unlabelled_x"]``, with the
   prototypes of step 2 and the previous steps): the objective is the prediction entropy
   ``H(x) = −Σ_c p_c log p_c`` of the prototype classifier; *entropy filtering* keeps only samples with
   ``H(x) < E_0 = entropy_margin · ln K`` (K classes with a prototype; ``entropy_margin`` 0.4 as SAR, Niu
   et al., ICLR 2023, whose reliable-entropy + SAM recipe RSGS's description follows); the update is the
   *surrogate-gap guided* SAM step of GSAM (Zhuang et al., ICLR 2022): with ``g = ∇L(w)``,
   ``ε = ρ g/‖g‖``, ``g_p = ∇L(w + ε)`` (on the same reliable samples) and ``g_⊥`` the part of ``g``
   orthogonal to ``g_p``, the step is ``w ← w − lr · (g_p − α_gap · g_⊥)`` (plain SGD on that direction;
   ρ 0.05, α_gap 0.1 are GSAM-range choices). A batch with no reliable sample makes no step. All backbone
   parameters adapt (the spine backbones have no normalisation layers, SAR adapts only those); SAR's
   model-recovery reset is not used.
4. **Prototype refresh** (*choice*): after RSGS, every class with labelled samples in the experience gets
   its prototype recomputed from them under the adapted backbone (old classes arriving under the new drift
   are re-anchored; emerging ones calibrated as in 2.); classes without a label in the experience keep
   theirs. The labelled samples of experiences ≥ 1 train no weights: only RSGS (unlabelled) moves the
   backbone, so ``adapt: false`` gives the *source-only* baseline (source model + prototypes, no
   adaptation) that the paper compares against (config ``csfa_source_only``).

**Order of the steps** (the abstract's: calibration first, then RSGS). Within one prototype write (steps 2
and 4 alike) the classes that are not calibrated are written first and the emerging ones are then calibrated
against the base prototypes *as they now stand*, i.e. re-anchored from this experience's labelled base
samples under the current drift (the abstract fuses emerging prototypes "with base representations"; the
current ones are a choice). That makes the write idempotent, so csfa and csfa_source_only run the same
pipeline but for RSGS: when RSGS takes no step, step 4 rewrites exactly what step 2 wrote and the two give
identical predictions (tested). Version 1 calibrated against the base prototypes of the previous experience
in step 2 and against the refreshed ones in step 4, so csfa differed from source-only without any RSGS step.

The loop of step 1 is :func:`methods.common.loop.minibatch_loop`; RSGS has its own short loop because a
GSAM step needs two gradient evaluations (at ``w`` and ``w + ε``) before one update, which the one-backward
helper cannot express.
"""

from __future__ import annotations

import torch
from torch import nn

from clbench.errors import ClbenchError, DivergedError
from clbench.faults import fault_point
from clbench.learner import Capabilities, Learner, make_optimizer, positive_int, tensor_bytes
from clbench.nn import build_backbone
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import experience_generator
from methods.common.loop import minibatch_loop


def entropy(logits: torch.Tensor) -> torch.Tensor:
    """Per-row Shannon entropy (nats) of ``softmax(logits)``; −inf logits contribute nothing."""
    logp = nn.functional.log_softmax(logits, dim=1)
    p = logp.exp()
    return -(p * logp.masked_fill(p == 0, 0.0)).sum(1)


def reliable_mask(logits: torch.Tensor, margin: float) -> torch.Tensor:
    """RSGS's filter: True where ``H(x) < margin · ln K`` (K = number of finite logits per row)."""
    k = torch.isfinite(logits).sum(1).clamp_min(2).to(logits.dtype)
    return entropy(logits) < float(margin) * torch.log(k)


def calibrate(p_new: torch.Tensor, base: torch.Tensor, alpha: float, tau: float) -> torch.Tensor:
    """``α p + (1−α) Σ_b softmax_b(τ cos(p, p_b)) p_b`` for each row ``p`` of ``p_new`` (training-free)."""
    with torch.no_grad():
        if len(base) == 0:
            return p_new.clone()
        sim = nn.functional.normalize(p_new, dim=1) @ nn.functional.normalize(base, dim=1).T
        w = torch.softmax(float(tau) * sim, dim=1)
        return float(alpha) * p_new + (1.0 - float(alpha)) * w @ base


def gsam_direction(g: list[torch.Tensor], g_p: list[torch.Tensor], alpha_gap: float) -> list[torch.Tensor]:
    """GSAM's update direction ``g_p − α g_⊥``, ``g_⊥ = g − (⟨g, g_p⟩/‖g_p‖²) g_p`` (over all tensors at once)."""
    dot = sum((a * b).sum() for a, b in zip(g, g_p))
    norm2 = sum((b * b).sum() for b in g_p).clamp_min(1e-24)
    return [bp - float(alpha_gap) * (a - dot / norm2 * bp) for a, bp in zip(g, g_p)]


@register_method("csfa")
class CSFA(Learner):
    # 2: set_prototypes calibrates emerging classes against the base prototypes refreshed from the same
    # experience (version 1 used the previous ones in step 2 and the refreshed ones in step 4)
    version = 2
    capabilities = Capabilities(
        protocols=("gilcd",), exemplars=False,
        notes="source model + training-free prototype calibration + RSGS (reliable-entropy GSAM) on the unlabelled "
              "stream; stores one prototype per class, no raw sample; needs the unlabelled data only gilcd hands over",
    )

    def __init__(self, info: ScenarioInfo, backbone: str | dict = "mlp", base_epochs: int = 5,
                 batch_size: int = 32, optimizer: dict | None = None, adapt: bool = True, calibration: bool = True,
                 calibration_alpha: float = 0.5, calibration_tau: float = 16.0, classifier_tau: float = 16.0,
                 entropy_margin: float = 0.4, rho: float = 0.05, alpha_gap: float = 0.1, adapt_lr: float = 0.001,
                 adapt_epochs: int = 1, device: str = "cpu"):
        super().__init__(info, device)
        self.backbone = build_backbone(backbone, info.input_shape).to(self.device)
        self.base_epochs = positive_int("base_epochs", base_epochs)
        self.batch_size = positive_int("batch_size", batch_size)
        self.adapt_epochs = positive_int("adapt_epochs", adapt_epochs)
        self.optimizer_cfg = dict(optimizer or {"name": "sgd", "lr": 0.1})
        for name, value in (("calibration_alpha", calibration_alpha), ("entropy_margin", entropy_margin)):
            if not 0.0 <= float(value) <= 1.0:
                raise ClbenchError(f"{name} must be in [0, 1], got {value}; set method.{name}.")
        for name, value in (("rho", rho), ("adapt_lr", adapt_lr), ("calibration_tau", calibration_tau),
                            ("classifier_tau", classifier_tau)):
            if not float(value) > 0:
                raise ClbenchError(f"{name} must be > 0, got {value}; set method.{name}.")
        self.adapt, self.calibration = bool(adapt), bool(calibration)
        self.alpha, self.tau, self.cls_tau = float(calibration_alpha), float(calibration_tau), float(classifier_tau)
        self.margin, self.rho, self.alpha_gap = float(entropy_margin), float(rho), float(alpha_gap)
        self.adapt_lr = float(adapt_lr)
        d = self.backbone.out_dim
        self.prototypes = torch.zeros(info.n_classes, d)
        self.has_proto = torch.zeros(info.n_classes, dtype=torch.bool)
        self.base_classes: list[int] = []
        self.trained = False
        self.log: list[dict] = []

    # -- features and the prototype classifier -----------------------------------------------------------
    def features(self, x: torch.Tensor) -> torch.Tensor:
        return nn.functional.normalize(self.backbone(x.to(self.device)), dim=1)

    def proto_logits(self, f: torch.Tensor) -> torch.Tensor:
        """``τ_cls · cos(f, p_c)`` for classes with a prototype, −inf for the others."""
        p = nn.functional.normalize(self.prototypes.to(f.device), dim=1)
        logits = self.cls_tau * f @ p.T
        return logits.masked_fill(~self.has_proto.to(f.device), float("-inf"))

    @torch.no_grad()
    def class_means(self, x: torch.Tensor, y: torch.Tensor) -> dict[int, torch.Tensor]:
        self.backbone.eval()
        f = torch.cat([self.features(x[s : s + 512]) for s in range(0, len(x), 512)]).cpu()
        return {int(c): f[y == c].mean(0) for c in torch.unique(y)}

    # -- the three steps ------------------------------------------------------------------------------
    def train_source(self, x: torch.Tensor, y: torch.Tensor, g: torch.Generator) -> None:
        head = nn.Linear(self.backbone.out_dim, self.info.n_classes).to(self.device)
        opt = make_optimizer(list(self.backbone.parameters()) + list(head.parameters()), self.optimizer_cfg)
        self.backbone.train()
        minibatch_loop(x, y, epochs=self.base_epochs, batch_size=self.batch_size, generator=g, optimizer=opt,
                       loss_fn=lambda xb, yb: nn.functional.cross_entropy(head(self.backbone(xb)), yb),
                       owner="csfa source training", device=self.device)
        self.backbone.eval()

    def set_prototypes(self, means: dict[int, torch.Tensor], emerging: set[int]) -> None:
        """Write the class means as prototypes: first every class that is not calibrated (base and earlier
        classes, re-anchored), then each emerging class calibrated against the base prototypes *as they now
        stand* (step 2 of the module docstring). Idempotent: the same means give the same prototypes, so step 4
        after an RSGS that took no step changes nothing and csfa equals csfa_source_only exactly (tested)."""
        pending: dict[int, torch.Tensor] = {}
        for c, m in means.items():
            if c in emerging and self.calibration and c not in self.base_classes:
                pending[c] = m  # calibrated below, against the refreshed base prototypes
                continue
            self.prototypes[c] = m
            self.has_proto[c] = True
        base = [c for c in self.base_classes if self.has_proto[c]]
        base_p = self.prototypes[base] if base else torch.zeros(0, self.prototypes.shape[1])
        for c, m in pending.items():
            self.prototypes[c] = calibrate(m[None], base_p, self.alpha, self.tau)[0]
            self.has_proto[c] = True

    def rsgs(self, x_unlab: torch.Tensor, g: torch.Generator) -> dict:
        """Reliable-entropy GSAM adaptation of the backbone on unlabelled inputs (see the module docstring)."""
        params = [p for p in self.backbone.parameters() if p.requires_grad]
        kept = seen = steps = 0
        self.backbone.train()
        for _ in range(self.adapt_epochs):
            order = torch.randperm(len(x_unlab), generator=g)
            for s in range(0, len(order), self.batch_size):
                xb = x_unlab[order[s : s + self.batch_size]].to(self.device)
                with torch.no_grad():
                    mask = reliable_mask(self.proto_logits(self.features(xb)), self.margin)
                seen += len(xb)
                if not mask.any():
                    continue
                xr = xb[mask]
                kept += len(xr)
                loss = entropy(self.proto_logits(self.features(xr))).mean()
                if not torch.isfinite(loss):
                    raise DivergedError(f"csfa RSGS loss became {loss.item()}; lower method.adapt_lr or method.rho.")
                grads = torch.autograd.grad(loss, params, allow_unused=True)
                grads = [torch.zeros_like(p) if gr is None else gr for p, gr in zip(params, grads)]
                norm = torch.sqrt(sum((gr * gr).sum() for gr in grads)).clamp_min(1e-12)
                eps = [self.rho * gr / norm for gr in grads]
                with torch.no_grad():
                    for p, e in zip(params, eps):
                        p.add_(e)
                loss_p = entropy(self.proto_logits(self.features(xr))).mean()
                grads_p = torch.autograd.grad(loss_p, params, allow_unused=True)
                grads_p = [torch.zeros_like(p) if gr is None else gr for p, gr in zip(params, grads_p)]
                direction = gsam_direction(grads, grads_p, self.alpha_gap)
                with torch.no_grad():
                    for p, e, d in zip(params, eps, direction):
                        p.sub_(e)  # back to w, then the GSAM step from w
                        p.sub_(self.adapt_lr * d)
                steps += 1
                fault_point("step")
        self.backbone.eval()
        return {"unlabelled": seen, "reliable": kept, "steps": steps}

    # -- the contract -----------------------------------------------------------------------------------
    def train_experience(self, exp: Experience) -> None:
        g = experience_generator(self.info.seed, exp)  # the engine's one seed formula (chunk 0 on gilcd)
        x, y = exp.train_x, exp.train_y
        entry: dict = {"experience": exp.index}
        if not self.trained:
            if exp.n_train == 0:
                return
            self.train_source(x, y, g)
            self.trained = True
            self.base_classes = sorted(int(c) for c in torch.unique(y))
            self.set_prototypes(self.class_means(x, y), emerging=set())
            self.log.append(entry)
            return
        emerging = set(int(c) for c in exp.new_classes)
        unlab = exp.meta.get("unlabelled_x")
        # step 2 first: RSGS needs a prototype for every class the stream now holds
        if exp.n_train:
            self.set_prototypes(self.class_means(x, y), emerging)
        if self.adapt and unlab is not None and len(unlab):
            entry["rsgs"] = self.rsgs(unlab, g)
            if exp.n_train:  # step 4: re-anchor the labelled classes under the adapted backbone
                self.set_prototypes(self.class_means(x, y), emerging)
        self.log.append(entry)

    @torch.no_grad()
    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        self.backbone.eval()
        return torch.cat([self.proto_logits(self.features(x[s : s + 512])) for s in range(0, len(x), 512)]).cpu()

    def cost(self) -> dict:
        params = sum(p.numel() for p in self.backbone.parameters())
        n = int(self.has_proto.sum())
        return {"params": int(params), "memory_bytes": tensor_bytes(self.prototypes[self.has_proto]) if n else 0,
                "exemplars": 0}

    def report(self) -> dict:
        return {"prototypes": int(self.has_proto.sum()), "adapt": self.adapt,
                "last": self.log[-1] if self.log else {}}

