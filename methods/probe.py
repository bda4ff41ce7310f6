"""Linear probes on a frozen pretrained backbone: the lower and upper bounds for methods that adapt one.

SEMA and MOS (methods/sema.py, methods/mos.py) train adapters and a head on a frozen pretrained host and
see only ``max_train_per_experience`` images of each experience. A pixel MLP's ``finetune``/``joint`` on all
the data bounds nothing for them: neither the backbone nor the data budget is the same. These two bound them
on their own terms (docs/methods-vs-papers.md, "Bounds on a frozen backbone"):

* ``probe_finetune``: a linear head over every class, trained by cross-entropy on the current experience's
  features only (the finetuning lower bound: nothing is done against forgetting);
* ``probe_joint``: the same head trained at every experience on the features of every experience seen so
  far (Avalanche's "Cumulative", as methods/joint.py; the head is not re-initialised): the upper bound.

The features are the host's pooled output (ViT: class token after the final LayerNorm; MobileNetV2: global
average pool of the last 1×1 conv), computed once per exact input and memoised
(:meth:`clbench.nn.adapters.AdapterHost.lower_features`). The host is built from the same ``backbone``
config as SEMA/MOS, so the same weights; ``max_train_per_experience`` keeps the first N training images of
each experience, exactly as they do. No adapter is trained: a probe is below what an adapter method can
reach on the same features only if its adapters help, which is what the bound is for.
"""

from __future__ import annotations

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer, positive_int, tensor_bytes
from clbench.nn.adapters import build_host
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import experience_generator, train_loop


class _Probe(Learner):
    """A linear head on frozen host features; subclasses choose the training set of each experience."""

    cumulative = False

    def __init__(self, info: ScenarioInfo, backbone: str | dict | None = None, epochs: int = 5,
                 batch_size: int = 64, optimizer: dict | None = None,
                 max_train_per_experience: int | None = None, device: str = "cpu"):
        super().__init__(info, device)
        self.host = build_host(backbone or {"name": "vit"}, info.input_shape).to(self.device)
        self.head = nn.Linear(self.host.out_dim, info.n_classes).to(self.device)
        self.epochs = positive_int("epochs", epochs)
        self.batch_size = positive_int("batch_size", batch_size)
        self.optimizer_cfg = dict(optimizer or {"name": "sgd", "lr": 0.05, "momentum": 0.9})
        if max_train_per_experience is not None and int(max_train_per_experience) < 1:
            raise ClbenchError(f"max_train_per_experience must be >= 1 or null, got {max_train_per_experience}; "
                               "fix method.max_train_per_experience.")
        self.max_train = int(max_train_per_experience) if max_train_per_experience else None
        self.stored_f: list[torch.Tensor] = []
        self.stored_y: list[torch.Tensor] = []

    def features(self, x: torch.Tensor) -> torch.Tensor:
        h = self.host.lower_features(x.cpu(), self.host.n_blocks)  # every block frozen: memoised per input
        with torch.no_grad():
            return self.host.head(h.to(self.device))

    def train_experience(self, exp: Experience) -> None:
        x, y = exp.train_x, exp.train_y
        if self.max_train and len(y) > self.max_train:
            x, y = x[: self.max_train], y[: self.max_train]  # the same first N images SEMA/MOS train on
        f = self.features(x)
        if self.cumulative:
            self.stored_f.append(f.cpu())
            self.stored_y.append(y.cpu())
            f, y = torch.cat(self.stored_f).to(self.device), torch.cat(self.stored_y)
        y = y.to(self.device)
        opt = make_optimizer(self.head.parameters(), self.optimizer_cfg)
        g = experience_generator(self.info.seed, exp)
        self.head.train()
        train_loop((f, y), lambda b: nn.functional.cross_entropy(self.head(b.x), b.y), opt, batch_size=self.batch_size,
                   generator=g, epochs=self.epochs, owner=type(self).__name__, where=f" in experience {exp.index}")
        self.head.eval()

    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        with torch.no_grad():
            return torch.cat([self.head(self.features(x[s : s + 512])) for s in range(0, len(x), 512)]).cpu()

    def cost(self) -> dict:
        params = sum(p.numel() for m in (self.host, self.head) for p in m.parameters())
        return {"params": int(params), "memory_bytes": tensor_bytes(*self.stored_f, *self.stored_y)}


@register_method("probe_finetune")
class ProbeFinetune(_Probe):
    capabilities = Capabilities(
        protocols=("class_incremental",), backbones=("vit", "mobilenet_v2"),
        notes="linear head on a frozen pretrained backbone, current experience only: the lower bound of SEMA/MOS",
        bound="lower",
    )


@register_method("probe_joint")
class ProbeJoint(_Probe):
    capabilities = Capabilities(
        protocols=("class_incremental",), backbones=("vit", "mobilenet_v2"), exemplars=True,
        notes="linear head on a frozen pretrained backbone, every experience seen so far: the upper bound of SEMA/MOS",
        bound="upper",
    )
    cumulative = True
