"""SEMA — self-expansion of pre-trained models with a mixture of adapters.

Wang et al., "Self-Expansion of Pre-trained Models with Mixture of Adapters for Continual Learning",
CVPR 2025; official code huiyiwang01/SEMA-CL (models/sema.py, backbone/sema_block.py, backbone/vit_sema.py,
backbone/sema_components.py, utils/inc_net.py ``SEMAVitNet``, exps/*.json).

A frozen pretrained network (a ViT host by default, MobileNetV2 as an option; see
:mod:`clbench.nn.adapters`) gets adapters parallel to each block's MLP: ``out = MLP(a) + Σ_k w_k f_k(a)``,
``f = down(16) → ReLU → up`` (down Kaiming, up and biases 0). In the *expandable* top layers each adapter
has a representation descriptor (a linear autoencoder on the token mean of the adapter input) whose
reconstruction errors on its own task give μ_k, σ_k. The router is a softmax over the layer's adapters,
computed from the same token mean; each adapter owns one router column. The classifier is one linear
layer over every class (Kaiming weights, zero bias) on the final class token, as the code's ``SEMAVitNet``.

* Task 0: train all adapters, routers and the head (cross-entropy on the task's classes); then train the
  descriptors of the expandable layers; freeze everything.
* Task t > 0: pass over the task's shuffled training batches (``detect_batch_size``); at each expandable
  layer, shallow to deep, compute z_k = (r_k − μ_k)/σ_k per sample and add an adapter when
  min_k mean_batch z_k > ``z_threshold`` (2), at most once per layer per task. After an expansion the new
  adapter, its router column and the head are trained, its descriptor is fitted, everything is frozen
  again and the pass goes on; passes repeat until one adds nothing (official ``_detect_outlier``), so
  deeper layers decide on the new representation. If no layer expands, only the head is trained. Old
  adapters, descriptors and router columns never change.
* Training (as the code): SGD, momentum 0.9, weight decay 5e-4, cosine schedule per epoch to 0, a fresh
  optimiser per phase; the descriptor phase uses the same optimiser at ``descriptor_lr`` (0.01). The loss
  is cross-entropy over the current task's classes only (old classes masked to -inf, future ones left
  out). The head is one tensor in one optimiser, so old classes' rows get no gradient but do get the
  weight decay: they shrink by a common factor per later task (the code does the same).

Values from the official code (exps/*.json and the modules) that the paper does not state: batch 32,
``epochs`` (func_epoch) 5, ``descriptor_epochs`` (rd_epoch) 20, lr 0.005, rd_lr 0.01, weight decay 5e-4,
buffer 500, detect batch 128, rd_dim 128 for 768-wide ViT-B (``descriptor_dim``; 64 for the 96-wide tiny ViT).

Choices the paper leaves open or where clbench departs from the code (named here, all options):

* z-score is one-sided, as the paper's equation (``z_mode="abs"`` is the official code's |z|).
* μ, σ are taken from the descriptor's errors on the last ``buffer_size`` (500) training samples *after*
  the descriptor is trained (the code keeps a running record of the last 500 per-sample errors, filled in
  train mode during the func and rd phases; after 20 rd epochs it holds the last ones); σ floor 1e-8.
* Adapter scale 1.0 and no LayerNorm, which is what the code runs: its tuning config passes
  ``ffn_adapter_scalar="0.1"`` and ``ffn_adapter_layernorm_option="none"``, but ``Adapter.forward``
  never multiplies by the scalar (nor applies its dropout). ``adapter_scale=0.1`` gives AdaptFormer's
  scalar; ``adapter_norm=true`` gives AdaptFormer's LN → down → ReLU → up form (Chen et al., NeurIPS 2022).
* Lower (non-expandable) layers hold one adapter each, trained in task 0 and frozen afterwards (as the
  official code). ``expandable_layers`` defaults to the top half of the blocks (paper, 12-block ViT:
  the last 3); the paper-scale configs set [9, 10, 11].
* Epochs and lr are tuned per host on CPU where the configs say so (tiny ViT: 20 epochs at lr 0.02);
  training data may be subsampled per experience (``max_train_per_experience``).
* Exemplar-free, class-incremental; task ids are never used.

Measured limitation (issue 6): nothing in SEMA calibrates the head across tasks. With the loss restricted
to a task's classes, the gradients of a task's logits sum to zero, so the common level of that task's
logits (the sum of its rows and biases) is never trained: it stays at its initialisation (minus weight
decay), and cross-task ranking rests on how the learned within-task directions score foreign inputs. With
ViT-B/16 features and 10 classes per task that works (the paper's numbers); with 2-class Split MNIST on
clbench's weak offline tiny ViT it does not: task-aware accuracy ≈ 0.9 and a linear head trained jointly on
SEMA's own final features reaches ≈ 0.49, but SEMA's head gives A_last ≈ 0.24–0.34 (seeds 0–2; finetune
0.10–0.15, frozen joint 0.41–0.43). On MobileNetV2-ImageNet / Split Animal-MNIST it reaches ≈ 0.60.
"""

from __future__ import annotations

import torch
from torch import nn

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer
from clbench.nn.adapters import AdapterHost, build_host
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import Batch, experience_generator, train_loop


class Descriptor(nn.Module):
    """The representation descriptor: a linear autoencoder on the token mean of an adapter's input
    (official ``AE``: Linear(d, h) → Linear(h, d), Kaiming-uniform weights, zero biases, no activation)."""

    def __init__(self, dim: int, hidden: int):
        super().__init__()
        self.enc, self.dec = nn.Linear(dim, hidden), nn.Linear(hidden, dim)
        nn.init.zeros_(self.enc.bias)
        nn.init.zeros_(self.dec.bias)

    def errors(self, p: torch.Tensor) -> torch.Tensor:
        """Per-sample reconstruction error (mean squared error over features)."""
        return (self.dec(self.enc(p)) - p).pow(2).mean(dim=1)


class SEMALayer(nn.Module):
    """The adapters of one block; ``expandable`` layers add descriptors, records and a softmax router."""

    def __init__(self, host: AdapterHost, index: int, expandable: bool, bottleneck: int, scale: float,
                 descriptor_dim: int, norm: bool = False):
        super().__init__()
        self.index, self.expandable = index, expandable
        self.bottleneck, self.scale, self.descriptor_dim, self.norm = bottleneck, scale, descriptor_dim, norm
        self.in_dim = host.dims[index][0]
        self.adapters = nn.ModuleList()
        self.descriptors = nn.ModuleList()
        self.router = nn.ModuleList()  # one Linear(d, 1) column per adapter
        self.register_buffer("mu", torch.zeros(0))
        self.register_buffer("sigma", torch.ones(0))
        self.add_adapter(host)

    def add_adapter(self, host: AdapterHost) -> None:
        # norm=False: the official tuning config's ffn_adapter_layernorm_option="none"
        adapter = host.make_adapter(self.index, self.bottleneck, self.scale, self.norm)
        self.adapters.append(adapter)
        if self.expandable:
            self.descriptors.append(Descriptor(self.in_dim, self.descriptor_dim))
            self.router.append(nn.Linear(self.in_dim, 1))

    def route(self, pooled: torch.Tensor) -> torch.Tensor:
        """Mixture weights [N, K]: a softmax over the adapters' router columns (rows sum to 1)."""
        return torch.softmax(torch.cat([r(pooled) for r in self.router], dim=1), dim=1)

    def forward(self, a: torch.Tensor) -> torch.Tensor:
        if not self.expandable:
            return self.adapters[0](a)
        w = self.route(AdapterHost.pool(a))
        out = 0
        for k, adapter in enumerate(self.adapters):
            out = out + w[:, k].view(-1, *([1] * (a.dim() - 1))) * adapter(a)
        return out

    def z_scores(self, pooled: torch.Tensor, mode: str = "one_sided") -> torch.Tensor:
        """[K, N]: each descriptor's z-score of each sample's reconstruction error."""
        r = torch.stack([d.errors(pooled) for d in self.descriptors[: len(self.mu)]])
        z = (r - self.mu[:, None]) / self.sigma[:, None]
        return z.abs() if mode == "abs" else z


@register_method("sema")
class SEMA(Learner):
    capabilities = Capabilities(
        protocols=("class_incremental",), backbones=("vit", "mobilenet_v2"),
        notes="frozen pretrained backbone + self-expanding mixture of adapters; exemplar-free",
    )

    def __init__(self, info: ScenarioInfo, backbone: str | dict | None = None,
                 adapter_layers: list[int] | None = None, expandable_layers: list[int] | None = None,
                 bottleneck: int = 16, adapter_scale: float = 1.0, adapter_norm: bool = False,
                 descriptor_dim: int = 64, z_threshold: float = 2.0, z_mode: str = "one_sided",
                 buffer_size: int = 500, detect_batch_size: int = 128, epochs: int = 5, descriptor_epochs: int = 20,
                 batch_size: int = 32, optimizer: dict | None = None, descriptor_lr: float = 0.01,
                 max_train_per_experience: int | None = None, cache_lower: bool = True, device: str = "cpu"):
        super().__init__(info, device)
        if z_mode not in ("one_sided", "abs"):
            raise ClbenchError(f"z_mode must be 'one_sided' or 'abs', got '{z_mode}'; fix method.z_mode.")
        if int(epochs) < 1 or int(descriptor_epochs) < 1:
            raise ClbenchError("epochs and descriptor_epochs must be >= 1; fix method.epochs/descriptor_epochs.")
        self.host = build_host(backbone or {"name": "vit"}, info.input_shape).to(self.device)
        n = self.host.n_blocks
        self.adapter_layers = self.host.check_layers(adapter_layers if adapter_layers is not None else range(n),
                                                     "adapter_layers")
        default_exp = self.adapter_layers[len(self.adapter_layers) // 2:]
        self.expandable = self.host.check_layers(expandable_layers if expandable_layers is not None else default_exp,
                                                 "expandable_layers")
        if not set(self.expandable) <= set(self.adapter_layers):
            raise ClbenchError(
                f"expandable_layers {self.expandable} must be among adapter_layers {self.adapter_layers}; "
                "fix method.expandable_layers."
            )
        self.first = self.adapter_layers[0]
        self.layers = nn.ModuleDict({
            str(i): SEMALayer(self.host, i, i in self.expandable, int(bottleneck), float(adapter_scale),
                              int(descriptor_dim), bool(adapter_norm))
            for i in self.adapter_layers
        }).to(self.device)
        # one linear head over every class (official: nn.Linear(768, nb_classes), Kaiming weights, zero bias)
        self.head = nn.Linear(self.host.out_dim, info.n_classes).to(self.device)
        nn.init.zeros_(self.head.bias)
        self.head.requires_grad_(False)
        self.seen: list[int] = []
        self.z_threshold, self.z_mode = float(z_threshold), z_mode
        self.buffer_size, self.detect_batch_size = int(buffer_size), int(detect_batch_size)
        self.epochs, self.descriptor_epochs, self.batch_size = int(epochs), int(descriptor_epochs), int(batch_size)
        self.optimizer_cfg = dict(optimizer or {"name": "sgd", "lr": 0.005, "momentum": 0.9, "weight_decay": 5e-4})
        self.descriptor_optimizer_cfg = {**self.optimizer_cfg, "lr": float(descriptor_lr)}
        self.max_train = int(max_train_per_experience) if max_train_per_experience else None
        self.cache_lower = bool(cache_lower)
        self.expansions: list[list[int]] = []  # layers expanded in each experience
        self.task = -1

    # -- forward ----------------------------------------------------------------------------------------
    def lower(self, x: torch.Tensor) -> torch.Tensor:
        if self.cache_lower:
            return self.host.lower_features(x.cpu(), self.first).to(self.device)
        with torch.no_grad():
            return self.host.lower(x.to(self.device), self.first)

    def features(self, h: torch.Tensor, capture: dict | None = None) -> torch.Tensor:
        """Features from the frozen lower output ``h``; ``capture`` receives the pooled input of each
        expandable layer."""
        fns = {}
        for key, layer in self.layers.items():
            if capture is not None and layer.expandable:
                def fn(a, layer=layer, i=int(key)):
                    capture[i] = AdapterHost.pool(a)
                    return layer(a)
                fns[int(key)] = fn
            else:
                fns[int(key)] = layer
        return self.host.upper(h, self.first, fns)

    def logits(self, f: torch.Tensor) -> torch.Tensor:
        """The head's logits of the classes seen so far; unseen classes score -inf."""
        out = torch.full((len(f), self.info.n_classes), float("-inf"), device=f.device)
        out[:, self.seen] = self.head(f)[:, self.seen]
        return out

    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        with torch.no_grad():
            out = [self.logits(self.features(self.lower(x[s : s + 512]))) for s in range(0, len(x), 512)]
        return torch.cat(out).cpu()

    # -- training ---------------------------------------------------------------------------------------
    def train_experience(self, exp: Experience) -> None:
        self.task += 1
        x, y = exp.train_x, exp.train_y
        if self.max_train and len(y) > self.max_train:
            x, y = x[: self.max_train], y[: self.max_train]
        h = self.lower(x)
        classes = list(exp.classes)
        self.seen = self.seen + [c for c in classes if c not in self.seen]
        mask = torch.full((self.info.n_classes,), float("-inf"), device=self.device)
        mask[classes] = 0.0  # old classes masked (official: logits[:, :known] = -inf), future ones left out
        yd = y.to(self.device)
        g = experience_generator(self.info.seed, exp)
        expanded: list[int] = []
        if self.task == 0:
            self._train_func(h, yd, mask, list(self.layers.parameters()), g)
            for i in self.expandable:
                self._fit_descriptor(self.layers[str(i)], h, g)
        else:
            expanded = self._detect_and_expand(h, yd, mask, g)
            if not expanded:
                with torch.no_grad():
                    f = torch.cat([self.features(h[s : s + 512]) for s in range(0, len(h), 512)])
                self._train_func(f, yd, mask, [], g, head_only=True)
        for p in self.layers.parameters():
            p.requires_grad_(False)
        self.expansions.append(sorted(expanded))

    def _train_func(self, h: torch.Tensor, y: torch.Tensor, mask: torch.Tensor, params: list, g: torch.Generator,
                    head_only: bool = False) -> None:
        """Cross-entropy over the current task's classes; ``params`` (adapters, router columns) and the head
        are trained. SGD on the whole head as the official code: old rows get no gradient, only weight decay."""
        for p in self.layers.parameters():
            p.requires_grad_(False)
        params = params + list(self.head.parameters())
        for p in params:
            p.requires_grad_(True)
        opt = make_optimizer(params, self.optimizer_cfg)
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, self.epochs)  # per epoch, eta_min 0

        def loss(b: Batch) -> torch.Tensor:
            hb, yb = b.tensors
            return nn.functional.cross_entropy(self.head(hb if head_only else self.features(hb)) + mask, yb)

        train_loop((h, y), loss, opt, batch_size=self.batch_size, generator=g, epochs=self.epochs, scheduler=sched,
                   scheduler_per="epoch", owner="sema", where=f" in task {self.task}")
        for p in params:
            p.requires_grad_(False)

    def pooled_inputs(self, h: torch.Tensor) -> dict[int, torch.Tensor]:
        """Pooled adapter inputs of every expandable layer for the frozen-lower outputs ``h``."""
        out: dict[int, list] = {i: [] for i in self.expandable}
        with torch.no_grad():
            for s in range(0, len(h), 512):
                cap: dict[int, torch.Tensor] = {}
                self.features(h[s : s + 512], capture=cap)
                for i in self.expandable:
                    out[i].append(cap[i])
        return {i: torch.cat(v) for i, v in out.items()}

    def _fit_descriptor(self, layer: SEMALayer, h: torch.Tensor, g: torch.Generator) -> None:
        """Train the newest descriptor on its task's pooled inputs (the official rd phase: the func optimiser
        type and weight decay at ``descriptor_lr``, cosine per epoch), then record μ, σ of its errors."""
        p = self.pooled_inputs(h)[layer.index]
        desc = layer.descriptors[-1]
        for q in desc.parameters():
            q.requires_grad_(True)
        opt = make_optimizer(desc.parameters(), self.descriptor_optimizer_cfg)
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, self.descriptor_epochs)
        train_loop((p,), lambda b: desc.errors(b.x).mean(), opt, batch_size=self.batch_size, generator=g,
                   epochs=self.descriptor_epochs, scheduler=sched, scheduler_per="epoch", owner="sema (descriptor)",
                   where=f" in task {self.task}")
        for q in desc.parameters():
            q.requires_grad_(False)
        with torch.no_grad():
            r = desc.errors(p[-self.buffer_size:])
        layer.mu = torch.cat([layer.mu, r.mean().view(1)])
        layer.sigma = torch.cat([layer.sigma, r.std().clamp_min(1e-8).view(1)])

    def expansion_signal(self, layer: int, pooled: torch.Tensor) -> bool:
        """min_k mean_batch z_k > threshold for the batch of pooled inputs at ``layer``."""
        z = self.layers[str(layer)].z_scores(pooled, self.z_mode)
        return bool(z.mean(dim=1).min() > self.z_threshold)

    def detect(self, h: torch.Tensor, exclude: list[int] = (), idx: torch.Tensor | None = None) -> int | None:
        """The shallowest expandable layer (not in ``exclude``) whose descriptors all flag the batch
        ``h[idx]`` (default: all of ``h``), or None."""
        with torch.no_grad():
            cap: dict[int, torch.Tensor] = {}
            self.features(h if idx is None else h[idx], capture=cap)
        return next((i for i in self.expandable if i not in exclude and self.expansion_signal(i, cap[i])), None)

    def _detect_and_expand(self, h: torch.Tensor, y: torch.Tensor, mask: torch.Tensor,
                           g: torch.Generator) -> list[int]:
        """The official ``_detect_outlier``: pass over shuffled batches; a batch that flags a layer adds an
        adapter there, which is trained (with its router column and the head), gets its descriptor, and is
        frozen; the pass then goes on, and passes repeat until one adds nothing. At most one adapter per layer
        per task; a pass stops early once every expandable layer has expanded."""
        expanded: list[int] = []
        while True:
            added = False
            order = torch.randperm(len(h), generator=g)
            for s in range(0, len(h), self.detect_batch_size):
                if len(expanded) == len(self.expandable):
                    return expanded
                layer = self.detect(h, expanded, order[s : s + self.detect_batch_size])
                if layer is None:
                    continue
                added = True
                expanded.append(layer)
                sema_layer = self.layers[str(layer)]
                sema_layer.add_adapter(self.host)
                sema_layer.to(self.device)
                new = list(sema_layer.adapters[-1].parameters()) + list(sema_layer.router[-1].parameters())
                self._train_func(h, y, mask, new, g)
                self._fit_descriptor(sema_layer, h, g)
            if not added:
                return expanded

    # -- bookkeeping ------------------------------------------------------------------------------------
    def adapters_per_layer(self) -> dict[str, int]:
        return {key: len(layer.adapters) for key, layer in self.layers.items()}

    def report(self) -> dict:
        return {"adapters_per_layer": self.adapters_per_layer(),
                "expanded_layers": self.expansions[-1] if self.expansions else []}

    def cost(self) -> dict:
        extra = sum(p.numel() for p in self.layers.parameters()) + sum(p.numel() for p in self.head.parameters())
        total = extra + sum(p.numel() for p in self.host.parameters())
        return {"params": int(total), "extra_params": int(extra), "memory_bytes": 0}

    def state_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "host"}  # the frozen host is rebuilt, not saved
