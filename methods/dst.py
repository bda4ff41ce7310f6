"""DST: dynamic sparse training for continual learning (Yildirim et al., "Continual Learning with Dynamic
Sparse Training: Exploring Algorithms for Effective Model Updates", CPAL 2024; official code
muratonuryildirim/CL-with-DST).

Per task a fresh random sparse mask at a target density (``uniform``: every layer at ``density``; ``ERK``:
Erdős–Rényi-kernel densities ∝ Σdims/Πdims, dense where that exceeds 1). After every optimizer step the
mask is re-applied; every ``update_frequency`` batches each layer drops ``ceil(rate · nnz)`` of its
smallest-magnitude mask entries (rate cosine-decayed from ``death_rate`` 0.5 to 0.005 over the task's
steps) and regrows exactly as many by ``random``, ``random_unfired`` (positions not yet used in this task
first), ``gradient`` (largest |∇|) or ``momentum`` (largest |Adam m/√v|, or SGD momentum). Weights in earlier
tasks' masks get zero gradient; task t is evaluated with its own saved mask. Task-IL, multi-head.

Where this differs from the official code, and why:
* The code shares biases, BatchNorm and the (sparse) head across tasks, so training task t changes task
  1's outputs (forgetting leaks). Here every tensor outside the masked Conv/Linear weights — biases,
  BatchNorm affine parameters and running statistics, the head — is kept per task (each task starts from
  the same initial values), so old tasks' outputs are bit-identical forever.
* Earlier weights are kept in a merged dense tensor and restored after every step, so no optimizer (weight
  decay, Adam moments) can move them; the code relies on zeroed gradients alone.
* A new mask is drawn over all positions (``reuse: true``, as in the code): positions of earlier masks it
  hits are reused frozen (forward transfer), free ones are trained. ``reuse: false`` draws it over free
  positions only (strict isolation; capacity ends after 1/density tasks).
* Free weights entering a new task's mask are re-initialised with the layer's own init (the code leaves them
  at zero after the first task); regrown free weights start at zero, as in the code.
* Mask sizes are exact: counts are drawn without replacement (the code's Bernoulli draws only match the
  density in expectation), and ERK counts are rounded by largest remainder so their sum is round(density·N).
* No prune/grow on a task's final step (grown weights would never be trained).
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.func import functional_call

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, SGDLearner, mask_to_classes, tensor_bytes
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import Batch

GROWTH = ("random", "random_unfired", "gradient", "momentum")
INITS = ("uniform", "ERK")


def erk_densities(shapes: dict[str, tuple[int, ...]], density: float, power: float = 1.0) -> dict[str, float]:
    """Per-layer ERK densities whose parameter-weighted mean is ``density`` (the code's loop, verbatim rule)."""
    dense: set[str] = set()
    while True:
        rhs, divisor, raw = 0.0, 0.0, {}
        for name, shape in shapes.items():
            n = math.prod(shape)
            if name in dense:
                rhs -= n * (1 - density)
            else:
                rhs += n * density
                raw[name] = (sum(shape) / n) ** power
                divisor += raw[name] * n
        eps = rhs / divisor
        top = max(raw.values())
        if top * eps <= 1:
            return {name: 1.0 if name in dense else eps * raw[name] for name in shapes}
        dense |= {name for name, p in raw.items() if p == top}


def layer_counts(shapes: dict[str, tuple[int, ...]], densities: dict[str, float]) -> dict[str, int]:
    """Integer nonzero counts per layer; the total is round(Σ density_i · n_i) by largest remainder."""
    want = {k: densities[k] * math.prod(s) for k, s in shapes.items()}
    counts = {k: min(int(math.floor(v)), math.prod(shapes[k])) for k, v in want.items()}
    short = round(sum(want.values())) - sum(counts.values())
    for k in sorted(want, key=lambda k: want[k] - counts[k], reverse=True):
        if short <= 0:
            break
        if counts[k] < math.prod(shapes[k]):
            counts[k] += 1
            short -= 1
    return counts


def death_rate_at(step: int, total: int, start: float, end: float) -> float:
    """Cosine decay from ``start`` to ``end`` over ``total`` steps (the code's DeathCosineDecay)."""
    return end + (start - end) * (1 + math.cos(math.pi * min(step, total) / max(1, total))) / 2


@register_method("dst")
class DST(SGDLearner):
    """Dynamic sparse training with one mask per task over a shared, progressively frozen network."""

    capabilities = Capabilities(
        protocols=("task_incremental", "domain_incremental"), needs_task_ids_at_test=True,
        notes="one sparse mask per task; biases, BatchNorm and head per task",
    )

    def __init__(self, info: ScenarioInfo, backbone: str | dict = "mlp", epochs: int = 1, batch_size: int = 64,
                 optimizer: dict | None = None, scheduler: dict | None = None, density: float = 0.2,
                 sparse_init: str = "uniform", growth: str = "random", death_rate: float = 0.5,
                 death_rate_min: float = 0.005, update_frequency: int = 100, reuse: bool = True,
                 device: str = "cpu"):
        if not 0 < float(density) <= 1:
            raise ClbenchError(f"density must be in (0, 1], got {density}; set method.density (the paper uses 0.2).")
        if sparse_init not in INITS:
            raise ClbenchError(f"unknown sparse_init '{sparse_init}'; use one of {', '.join(INITS)}.")
        if growth not in GROWTH:
            raise ClbenchError(f"unknown growth '{growth}'; use one of {', '.join(GROWTH)}.")
        if int(update_frequency) < 1:
            raise ClbenchError(f"update_frequency must be >= 1, got {update_frequency}; set method.update_frequency.")
        if not 0 <= float(death_rate_min) <= float(death_rate) < 1:
            raise ClbenchError(f"need 0 <= death_rate_min <= death_rate < 1, got {death_rate_min} and {death_rate}; "
                               "fix method.death_rate / method.death_rate_min.")
        self.density, self.sparse_init, self.growth = float(density), sparse_init, growth
        self.death_rate, self.death_rate_min = float(death_rate), float(death_rate_min)
        self.update_frequency, self.reuse = int(update_frequency), bool(reuse)
        super().__init__(info, backbone, epochs, batch_size, optimizer or {"name": "adam", "lr": 1e-3}, scheduler,
                         device)
        # masked: every Conv/Linear weight of the backbone; private: everything else (one copy per task)
        self.masked = [f"backbone.{n}.weight" for n, m in self.model.backbone.named_modules()
                       if isinstance(m, (nn.Conv2d, nn.Linear))]
        state = dict(self.model.named_parameters()) | dict(self.model.named_buffers())
        self.private_init = {k: v.detach().clone() for k, v in state.items() if k not in self.masked}
        self.dense = {k: torch.zeros_like(state[k]) for k in self.masked}  # merged weights of finished tasks
        self.used = {k: torch.zeros_like(state[k], dtype=torch.bool) for k in self.masked}
        self.masks: dict[int, dict[str, torch.Tensor]] = {}
        self.private: dict[int, dict[str, torch.Tensor]] = {}
        self.updates: list[dict] = []

    # -- helpers ----------------------------------------------------------------------------------------
    def _params(self) -> dict[str, torch.Tensor]:
        return dict(self.model.named_parameters()) | dict(self.model.named_buffers())

    def _generator(self, exp: Experience, salt: int) -> torch.Generator:
        return torch.Generator().manual_seed(self.info.seed * 7919 + exp.task_id * 104_729 + salt)

    def init_masks(self, g: torch.Generator) -> dict[str, torch.Tensor]:
        """A fresh mask per layer with exact counts, drawn over all positions (reuse) or over free ones."""
        shapes = {k: tuple(self.used[k].shape) for k in self.masked}
        dens = (erk_densities(shapes, self.density) if self.sparse_init == "ERK"
                else dict.fromkeys(shapes, self.density))
        counts = layer_counts(shapes, dens) if self.sparse_init == "ERK" else {
            k: round(self.density * math.prod(s)) for k, s in shapes.items()}
        masks = {}
        for k in self.masked:
            cand = (torch.ones_like(self.used[k]) if self.reuse else ~self.used[k]).cpu()  # draws on the CPU
            idx = cand.flatten().nonzero().flatten()
            if counts[k] > len(idx):
                raise ClbenchError(f"dst has only {len(idx)} free weights left in {k} but needs {counts[k]}; "
                                   "lower method.density or set method.reuse=true.")
            pick = idx[torch.randperm(len(idx), generator=g)[: counts[k]]]
            m = torch.zeros(cand.numel(), dtype=torch.bool)
            m[pick] = True
            masks[k] = m.view_as(cand).to(self.device)
        return masks

    @torch.no_grad()
    def apply_mask(self) -> None:
        """Zero weights outside the mask and put earlier tasks' frozen values back exactly."""
        p = self._params()
        for k in self.masked:
            keep = self.used[k] & self.mask[k]
            p[k].copy_(torch.where(keep, self.dense[k], p[k] * self.mask[k]))

    # -- hooks ------------------------------------------------------------------------------------------
    def before_experience(self, exp: Experience) -> None:
        g = self._generator(exp, 0)
        p = self._params()
        fresh = type(self).build_model(self)  # the layers' own init for free weights entering the mask
        fresh_state = dict(fresh.named_parameters())
        with torch.no_grad():
            for k in self.masked:
                p[k].copy_(torch.where(self.used[k], self.dense[k], fresh_state[k].to(self.device)))
            for k, v in self.private_init.items():
                p[k].copy_(v)
        self.mask = self.init_masks(g)
        self.fired = {k: m.clone() for k, m in self.mask.items()}
        self.apply_mask()
        self.steps, self.updates = 0, []
        self.total_steps = self.epochs * max(1, -(-exp.n_train // self.batch_size))
        self.grow_generator = self._generator(exp, 1)
        frozen = {k: self.used[k] for k in self.masked}
        self._hooks = [p[k].register_hook(lambda grad, f=frozen[k]: grad.masked_fill(f, 0.0)) for k in self.masked]

    def build_model(self) -> nn.Module:
        # seeded by (seed, tasks done) and kept off the global RNG, so a resumed run re-draws the same init
        state = torch.random.get_rng_state()
        torch.manual_seed(self.info.seed * 31 + len(getattr(self, "masks", {})))
        try:
            return super().build_model()
        finally:
            torch.random.set_rng_state(state)

    def loss(self, x: torch.Tensor, y: torch.Tensor, exp: Experience) -> torch.Tensor:
        return nn.functional.cross_entropy(mask_to_classes(self.model(x), exp.classes), y)

    def after_step(self, exp: Experience, batch: Batch | None = None) -> None:
        self.steps += 1
        self.apply_mask()
        if self.steps % self.update_frequency == 0 and self.steps < self.total_steps:
            self.prune_and_grow(death_rate_at(self.steps, self.total_steps, self.death_rate, self.death_rate_min))

    @torch.no_grad()
    def prune_and_grow(self, rate: float) -> None:
        p = self._params()
        log = {"step": self.steps, "death_rate": rate, "moved": {}}
        for k in self.masked:
            m, w = self.mask[k].flatten(), p[k].detach().flatten()
            n = math.ceil(rate * int(m.sum()))
            if n == 0:
                continue
            # death: the n smallest magnitudes inside the mask
            drop = torch.where(m, w.abs(), torch.full_like(w, float("inf"))).topk(n, largest=False).indices
            m = m.clone()
            m[drop] = False
            # growth: n positions outside the (pruned) mask, by the configured score
            cand = ~m if self.reuse else ~m & ~self.used[k].flatten()
            score = self._growth_score(k, p[k]).flatten()
            grow = torch.where(cand, score, torch.full_like(score, -1.0)).topk(n).indices
            m[grow] = True
            self.mask[k] = m.view_as(self.mask[k])
            self.fired[k] |= self.mask[k]
            log["moved"][k] = n
        self.apply_mask()
        self.updates.append(log)

    def _growth_score(self, k: str, param: torch.Tensor) -> torch.Tensor:
        """Non-negative growth scores; random tie-breaks below 1e-12 keep every mode exact in count."""
        noise = torch.rand(param.shape, generator=self.grow_generator).to(self.device)
        if self.growth == "random":
            return noise
        if self.growth == "random_unfired":
            return noise + (~self.fired[k]).float()  # unfired positions first, random among each group
        grad = param.grad if param.grad is not None else torch.zeros_like(param)
        if self.growth == "momentum":
            st = self.optimizer.state.get(param, {}) if self.optimizer else {}
            if "exp_avg" in st:
                grad = st["exp_avg"] / (st["exp_avg_sq"].sqrt() + 1e-8)
            elif st.get("momentum_buffer") is not None:
                grad = st["momentum_buffer"]
        return grad.detach().abs() + 1e-12 * noise

    def after_experience(self, exp: Experience) -> None:
        for h in self._hooks:
            h.remove()
        self._hooks = []
        del self.grow_generator  # torch generators do not pickle (checkpoints)
        p = self._params()
        t = exp.task_id
        with torch.no_grad():
            for k in self.masked:
                self.dense[k] = torch.where(self.mask[k], p[k].detach(), self.dense[k])
                self.used[k] = self.used[k] | self.mask[k]
        self.masks[t] = {k: m.clone() for k, m in self.mask.items()}
        self.private[t] = {k: v.detach().clone() for k, v in p.items() if k not in self.masked}

    # -- prediction -------------------------------------------------------------------------------------
    def task_state(self, task_id: int) -> dict[str, torch.Tensor]:
        """Task ``task_id``'s network: the merged weights under its saved mask, and its private tensors."""
        weights = {k: self.dense[k] * self.masks[task_id][k] for k in self.masked}
        return weights | self.private[task_id]

    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        if task_ids is None:
            raise ClbenchError(
                "dst needs task ids at test time; use a task-incremental benchmark such as split_mnist_til.")
        self.model.eval()
        x = x.to(self.device)
        out = torch.full((len(x), self.info.n_classes), float("-inf"), device=self.device)
        for t in task_ids.unique().tolist():
            rows = (task_ids == t).nonzero().flatten().to(self.device)
            # an untrained task is scored by the live network (future-task entries of the matrix only)
            logits = (functional_call(self.model, self.task_state(t), (x[rows],)) if t in self.masks
                      else self.model(x[rows]))
            classes = self.info.classes_per_experience[t] if t < len(self.info.classes_per_experience) else []
            out[rows] = mask_to_classes(logits, classes) if classes else logits
        return out

    # -- reporting --------------------------------------------------------------------------------------
    def cost(self) -> dict:
        total = sum(v.numel() for v in self.dense.values())
        used = int(sum(int(u.sum()) for u in self.used.values()))
        private = sum(v.numel() for v in self.private_init.values())
        n = len(self.masks)
        mask_bytes = sum(tensor_bytes(*[m.to(torch.uint8) for m in ms.values()]) for ms in self.masks.values())
        return {
            "params": int(used + private * n),
            "params_added_per_experience": (self.added_per_experience() or [0])[-1],
            "used_fraction": used / total,
            "memory_bytes": int(mask_bytes + sum(tensor_bytes(*ps.values()) for ps in self.private.values())),
        }

    def added_per_experience(self) -> list[int]:
        """Weights each task newly took from the free pool, plus its private tensors."""
        private = sum(v.numel() for v in self.private_init.values())
        seen = {k: torch.zeros_like(u) for k, u in self.used.items()}
        out = []
        for t in sorted(self.masks):
            new = sum(int((self.masks[t][k] & ~seen[k]).sum()) for k in self.masked)
            for k in self.masked:
                seen[k] |= self.masks[t][k]
            out.append(new + private)
        return out

    def report(self) -> dict:
        nnz = {k: int(m.sum()) for k, m in self.mask.items()} if hasattr(self, "mask") else {}
        return {"mask_nonzeros": nnz, "prune_grow_updates": len(self.updates),
                "params_added_by_experience": self.added_per_experience(),
                "used_fraction": round(self.cost()["used_fraction"], 4)}
