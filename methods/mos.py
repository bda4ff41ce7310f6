"""MOS — model surgery for pre-trained-model-based class-incremental learning.

Sun et al., "MOS: Model Surgery for Pre-Trained Model-Based Class-Incremental Learning", AAAI 2025;
official code sun-hailong/AAAI25-MOS (models/mos.py, utils/inc_net.py MOSNet).

A frozen pretrained network (ViT host by default, MobileNetV2 as an option; :mod:`clbench.nn.adapters`)
holds one adapter per adapted block (LN → down(16) → ReLU → up, up = 0 at start, scalar 0.1), continued
across tasks:

* Training task t: loss = CE on the task's classes (old- and future-class logits masked) + ``reg`` (0.1) ×
  self-similarity loss, CE(M Mᵀ / 0.8, I) with M = [stored class means; batch features]. The head learns at
  0.1 × the adapter learning rate (as the code). For t > 0, after every optimiser step the adapter is
  merged: A ← (1 − m)·A + m·mean(A_0..A_{t−1}), m = ``merge_momentum`` (0.1). At the end A_t = copy(A).
* Per-class Gaussian statistics (mean, covariance + 1e-4·I, or the diagonal with ``cov="variance"``) of the
  features under A_t; for t > 0, classifier alignment retrains the head on features sampled from the
  Gaussians of every seen class (SGD, momentum 0.9, cosine schedule).
* Prototypes: per-class mean of the features under A_0 (the code's ``replace_fc`` with ``forward_orig``);
  prototype logits are cosine similarities.
* Inference (training-free self-refined retrieval): prototype prediction with A_0 → class → task k; re-run
  the head on the features of A_k; repeat until the task no longer changes or ``max_rounds`` (4) rounds;
  score = softmax(refined logits) + softmax((t+1) × prototype logits) (``ensemble``, the code's default).

Differences from the official code, and choices it leaves open:

* **Evaluation never changes a stored adapter** (the official evaluation path edits adapters in place);
  here A_0..A_t are frozen copies and prediction only reads them.
* Retrieval is vectorised over samples (the code loops per sample); results are identical.
* Training data may be subsampled per experience (``max_train_per_experience``) to keep CPU runs short.
* Exemplar-free: the only stored data are per-class means and covariances (counted in ``memory_bytes``).
"""

from __future__ import annotations

import copy

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer, tensor_bytes
from clbench.nn.adapters import build_host
from clbench.nn.features import fingerprint
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import Batch, experience_generator, train_loop


def merge_adapters(current: nn.Module, stored: list[nn.Module], momentum: float) -> None:
    """In place: every parameter p of ``current`` ← (1 − m)·p + m·mean of the same parameter in ``stored``."""
    if not stored:
        return
    with torch.no_grad():
        olds = [dict(s.named_parameters()) for s in stored]
        for name, p in current.named_parameters():
            mean = torch.stack([o[name] for o in olds]).mean(dim=0)
            p.mul_(1.0 - momentum).add_(mean, alpha=momentum)


def gaussian_factors(covs: torch.Tensor) -> torch.Tensor:
    """Per-class sampling factors: Cholesky factors of [C, D, D] covariances, or std-devs of [C, D] variances.

    A covariance that is not numerically positive definite gets a growing jitter until Cholesky succeeds
    (the code's ``_build_safe_distribution`` does the same).
    """
    if covs.dim() == 2:
        return covs.clamp_min(0).sqrt()
    out = []
    for cov in covs.double():
        c = 0.5 * (cov + cov.T)
        eye = torch.eye(len(c), dtype=torch.float64)
        for k in range(7):
            L, info = torch.linalg.cholesky_ex(c + eye * (1e-6 * 10 ** k if k else 0.0))
            if int(info) == 0:
                break
        out.append(L.float())
    return torch.stack(out)


def sample_gaussians(means: torch.Tensor, covs: torch.Tensor, n: int, g: torch.Generator,
                     factors: torch.Tensor | None = None) -> torch.Tensor:
    """[C·n, D] samples, ``n`` per class, from N(means[c], covs[c]); ``covs`` is [C, D, D] or [C, D]."""
    factors = gaussian_factors(covs) if factors is None else factors
    out = []
    for mu, f in zip(means, factors):
        z = torch.randn(n, mu.numel(), generator=g)
        out.append(mu + (z * f if f.dim() == 1 else z @ f.T))
    return torch.cat(out)


@register_method("mos")
class MOS(Learner):
    capabilities = Capabilities(
        protocols=("class_incremental",), backbones=("vit", "mobilenet_v2"),
        notes="frozen pretrained backbone + merged task adapters + self-refined retrieval; exemplar-free",
    )

    def __init__(self, info: ScenarioInfo, backbone: str | dict | None = None,
                 adapter_layers: list[int] | None = None, bottleneck: int = 16, adapter_scale: float = 0.1,
                 epochs: int = 5, batch_size: int = 64, optimizer: dict | None = None,
                 head_lr_scale: float = 0.1, merge_momentum: float = 0.1, reg: float = 0.1,
                 temperature: float = 0.8, cov: str = "covariance", ca_epochs: int = 5, ca_lr: float = 0.01,
                 ca_samples_per_class: int | None = None, max_rounds: int = 4, ensemble: bool = True,
                 max_train_per_experience: int | None = None, cache_lower: bool = True,
                 memo_eval_features: bool = True, device: str = "cpu"):
        super().__init__(info, device)
        if cov not in ("covariance", "variance"):
            raise ClbenchError(f"cov must be 'covariance' or 'variance', got '{cov}'; fix method.cov.")
        if int(max_rounds) < 1 or int(epochs) < 1:
            raise ClbenchError("max_rounds and epochs must be >= 1; fix method.max_rounds/method.epochs.")
        self.host = build_host(backbone or {"name": "vit"}, info.input_shape).to(self.device)
        n = self.host.n_blocks
        self.adapter_layers = self.host.check_layers(adapter_layers if adapter_layers is not None else range(n),
                                                     "adapter_layers")
        self.first = self.adapter_layers[0]
        self.adapter = nn.ModuleDict({str(i): self.host.make_adapter(i, int(bottleneck), float(adapter_scale))
                                      for i in self.adapter_layers}).to(self.device)
        self.stored: list[nn.ModuleDict] = []  # A_0..A_t, frozen copies
        self.head = nn.Linear(self.host.out_dim, info.n_classes).to(self.device)
        d = self.host.out_dim
        self.means = torch.zeros(info.n_classes, d)
        self.covs = torch.zeros(info.n_classes, d, d) if cov == "covariance" else torch.zeros(info.n_classes, d)
        self.prototypes = torch.zeros(info.n_classes, d)
        self.class_task = torch.full((info.n_classes,), -1, dtype=torch.long)
        self.seen: list[int] = []
        self.epochs, self.batch_size = int(epochs), int(batch_size)
        self.optimizer_cfg = dict(optimizer or {"name": "sgd", "lr": 0.05, "momentum": 0.9})
        self.head_lr_scale, self.merge_momentum = float(head_lr_scale), float(merge_momentum)
        self.reg, self.temperature, self.cov = float(reg), float(temperature), cov
        self.ca_epochs, self.ca_lr = int(ca_epochs), float(ca_lr)
        self.ca_samples = int(ca_samples_per_class) if ca_samples_per_class else 5 * self.batch_size
        self.max_rounds, self.ensemble = int(max_rounds), bool(ensemble)
        self.max_train = int(max_train_per_experience) if max_train_per_experience else None
        self.cache_lower = bool(cache_lower)
        self.memo_eval_features = bool(memo_eval_features)
        self._eval_memo: dict[tuple[int, str], torch.Tensor] = {}  # not saved: rebuilt after a resume
        self.task = -1
        self.last_rounds: torch.Tensor | None = None  # retrieval rounds of the last predict call

    # -- forward ----------------------------------------------------------------------------------------
    def lower(self, x: torch.Tensor) -> torch.Tensor:
        if self.cache_lower:
            return self.host.lower_features(x.cpu(), self.first).to(self.device)
        with torch.no_grad():
            return self.host.lower(x.to(self.device), self.first)

    def features(self, h: torch.Tensor, adapters: nn.ModuleDict) -> torch.Tensor:
        return self.host.upper(h, self.first, {int(k): a for k, a in adapters.items()})

    def _batched(self, h: torch.Tensor, adapters: nn.ModuleDict) -> torch.Tensor:
        with torch.no_grad():
            return torch.cat([self.features(h[s : s + 512], adapters) for s in range(0, len(h), 512)])

    def head_logits(self, f: torch.Tensor) -> torch.Tensor:
        out = self.head(f)
        mask = torch.ones(out.shape[1], dtype=torch.bool, device=out.device)
        mask[self.seen] = False
        return out.masked_fill(mask, float("-inf"))

    def prototype_logits(self, f: torch.Tensor) -> torch.Tensor:
        cos = nn.functional.normalize(f, dim=1) @ nn.functional.normalize(self.prototypes.to(f.device), dim=1).T
        mask = torch.ones(cos.shape[1], dtype=torch.bool, device=cos.device)
        mask[self.seen] = False
        return cos.masked_fill(mask, float("-inf"))

    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        if not self.stored:
            return torch.zeros(len(x), self.info.n_classes)
        with torch.no_grad():
            out, rounds = [], []
            for s in range(0, len(x), 512):
                o, r = self.retrieve_from_features(self.stored_features(x[s : s + 512]))
                out.append(o)
                rounds.append(r)
        self.last_rounds = torch.cat(rounds)
        return torch.cat(out).cpu()

    def stored_features(self, x: torch.Tensor) -> torch.Tensor:
        """[T, N, D]: the features of ``x`` under every stored adapter set.

        Stored sets are frozen, so each (set, exact input) is computed once and memoised: evaluating the
        seen test sets after every experience then costs one pass per new set instead of T passes (the
        scores are identical). ``memo_eval_features: false`` turns it off to bound memory at paper scale.
        """
        if not self.memo_eval_features:
            h = self.lower(x)
            return torch.stack([self.features(h, a) for a in self.stored])
        key, h, feats = fingerprint(x), None, []
        for i, a in enumerate(self.stored):
            if (i, key) not in self._eval_memo:
                h = self.lower(x) if h is None else h
                self._eval_memo[(i, key)] = self.features(h, a)
            feats.append(self._eval_memo[(i, key)])
        return torch.stack(feats)

    def retrieve(self, h: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Self-refined adapter retrieval on lower features ``h`` → (scores, rounds used per sample)."""
        return self.retrieve_from_features(torch.stack([self.features(h, a) for a in self.stored]))

    def retrieve_from_features(self, feats: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Retrieval given [T, N, D] features under the stored sets. Reads stored adapters only."""
        n, dev = feats.shape[1], feats.device
        proto = self.prototype_logits(feats[0])
        cls2task = self.class_task.to(dev)
        rows = torch.arange(n, device=dev)
        task = cls2task[proto.argmax(1)]
        logits = self.head_logits(feats[task, rows])
        rounds = torch.ones(n, dtype=torch.long, device=dev)
        active = torch.ones(n, dtype=torch.bool, device=dev)
        for _ in range(self.max_rounds - 1):
            new_task = cls2task[logits.argmax(1)]
            active &= new_task != task
            if not active.any():
                break
            task = torch.where(active, new_task, task)
            new_logits = self.head_logits(feats[task, rows])
            logits = torch.where(active[:, None], new_logits, logits)
            rounds += active.long()
        if not self.ensemble:
            return logits, rounds
        t = len(self.stored)
        score = torch.softmax(logits, 1) + torch.softmax(t * proto, 1)
        return score.masked_fill(torch.isinf(proto), float("-inf")), rounds  # unseen classes stay -inf

    # -- training ---------------------------------------------------------------------------------------
    def train_experience(self, exp: Experience) -> None:
        self.task += 1
        x, y = exp.train_x, exp.train_y
        if self.max_train and len(y) > self.max_train:
            x, y = x[: self.max_train], y[: self.max_train]
        classes = list(exp.classes)
        self.class_task[classes] = self.task
        old = list(self.seen)
        self.seen = sorted(set(self.seen) | set(classes))
        h = self.lower(x)
        y = y.to(self.device)
        g = experience_generator(self.info.seed, exp)
        self._train_adapter(h, y, classes, old, g)
        snapshot = copy.deepcopy(self.adapter)
        for p in snapshot.parameters():
            p.requires_grad_(False)
        self.stored.append(snapshot)
        f = self._batched(h, snapshot).cpu()
        f0 = f if self.task == 0 else self._batched(h, self.stored[0]).cpu()
        yc = y.cpu()
        d = f.shape[1]
        for c in classes:
            fc = f[yc == c]
            self.means[c] = fc.mean(0)
            cov = torch.cov(fc.T) + 1e-4 * torch.eye(d) if len(fc) > 1 else 1e-4 * torch.eye(d)
            self.covs[c] = cov if self.cov == "covariance" else torch.diagonal(cov)
            self.prototypes[c] = f0[yc == c].mean(0)
        if self.task > 0:
            self._align_classifier(g)

    def self_similarity_loss(self, f: torch.Tensor, old: list[int]) -> torch.Tensor:
        """CE(M Mᵀ / τ, identity) with M = [stored means of earlier classes; batch features] (code: orth_loss)."""
        m = torch.cat([self.means[old].to(f.device), f]) if old else f
        sim = m @ m.T / self.temperature
        return nn.functional.cross_entropy(sim, torch.arange(len(m), device=f.device))

    def _train_adapter(self, h: torch.Tensor, y: torch.Tensor, classes: list[int], old: list[int],
                       g: torch.Generator) -> None:
        for p in list(self.adapter.parameters()) + list(self.head.parameters()):
            p.requires_grad_(True)
        cfg = dict(self.optimizer_cfg)
        lr = float(cfg.get("lr", 0.05))
        opt = make_optimizer([{"params": list(self.adapter.parameters())},
                              {"params": list(self.head.parameters()), "lr": lr * self.head_lr_scale}], cfg)
        n = len(y)
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, self.epochs * -(-n // self.batch_size))
        mask = torch.ones(self.info.n_classes, dtype=torch.bool, device=self.device)
        mask[classes] = False

        def loss_fn(b: Batch) -> torch.Tensor:
            f = self.features(b.x, self.adapter)
            logits = self.head(f).masked_fill(mask, float("-inf"))
            loss = nn.functional.cross_entropy(logits, b.y)
            if self.reg:
                loss = loss + self.reg * self.self_similarity_loss(f, old)
            return loss

        # after every step (and its scheduler step) the adapter is merged with the stored ones (the code's EMA)
        train_loop((h, y), loss_fn, opt, batch_size=self.batch_size, generator=g, epochs=self.epochs, scheduler=sched,
                   after_step=lambda b, _loss: merge_adapters(self.adapter, self.stored, self.merge_momentum),
                   owner="mos", where=f" in task {self.task}")
        for p in list(self.adapter.parameters()) + list(self.head.parameters()):
            p.requires_grad_(False)

    def _align_classifier(self, g: torch.Generator) -> None:
        """Retrain the head on features sampled from every seen class's Gaussian (classifier alignment)."""
        seen = torch.tensor(self.seen)
        for p in self.head.parameters():
            p.requires_grad_(True)
        opt = torch.optim.SGD(self.head.parameters(), lr=self.ca_lr, momentum=0.9, weight_decay=5e-4)
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, self.ca_epochs)
        n = self.ca_samples
        factors = gaussian_factors(self.covs[seen])  # once per alignment: the statistics do not change

        def sampled(epoch: int) -> tuple[torch.Tensor, torch.Tensor]:  # fresh features every epoch, before its shuffle
            feats = sample_gaussians(self.means[seen], self.covs[seen], n, g, factors).to(self.device)
            return feats, seen.repeat_interleave(n).to(self.device)

        train_loop(sampled, lambda b: nn.functional.cross_entropy(self.head_logits(b.x), b.y), opt, batch_size=n,
                   generator=g, epochs=self.ca_epochs, scheduler=sched, scheduler_per="epoch",
                   owner="mos (classifier alignment)", where=f" in task {self.task}")
        for p in self.head.parameters():
            p.requires_grad_(False)

    # -- bookkeeping ------------------------------------------------------------------------------------
    def report(self) -> dict:
        rounds = self.last_rounds
        return {"stored_adapters": len(self.stored),
                "mean_retrieval_rounds": round(float(rounds.float().mean()), 4) if rounds is not None else None}

    def cost(self) -> dict:
        extra = sum(p.numel() for a in self.stored for p in a.parameters()) + self.head.weight.numel() + \
            self.head.bias.numel()
        total = extra + sum(p.numel() for p in self.host.parameters())
        seen = self.seen
        return {"params": int(total), "extra_params": int(extra),
                "memory_bytes": tensor_bytes(self.means[seen], self.covs[seen], self.prototypes[seen])}

    def state_dict(self) -> dict:
        # the frozen host is rebuilt and the evaluation memo recomputed, not saved
        return {k: v for k, v in self.__dict__.items() if k not in ("host", "_eval_memo")}
