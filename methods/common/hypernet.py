"""Shared pieces of the hypernetwork CL methods (``hnet``, ``hnet_rnn``, ``hnet_entropy``).

von Oswald et al., "Continual learning with hypernetworks", ICLR 2020 (code: chrhenning/hypercl,
hypnettorch). A hypernetwork h(e_t, θ) emits every weight of a target MLP from a learned task embedding
e_t; before task t the outputs W*_j = h(e_j, θ) of the earlier tasks are stored, and training task t
minimises CE + β/(t−1) Σ_{j<t} ‖h(e_j, θ+Δθ) − W*_j‖² (Δθ: optional look-ahead).

This module holds what both variants share: the functional target MLP, the chunk bookkeeping, the
output regulariser, and :class:`HypernetLearner`, the learner loop. A subclass only says how its
hypernetwork body maps (task embedding, chunk index) to chunk weights (:meth:`HypernetLearner.build_hnet`).

Choices the papers leave open (named so that a reader can find them):

* **Init.** Task and chunk embeddings ~ N(0, 1) (hypercl's default); hypernetwork layers use PyTorch's
  default Linear/LSTM init drawn from a generator seeded by the scenario seed (``init: pytorch``, the
  default). ``init: xavier`` is hypercl's MNIST init (``mnist/train_utils.py::generate_classifier``):
  every weight matrix Xavier-uniform, every bias zero, embeddings still N(0, 1). No hyperfan init (the ICLR
  paper did not use it; hypnettorch offers it later): a fixed output rescaling to the default-init spread
  was tried and changed single-task PermutedMNIST accuracy by < 1 point, so it was left out.
* **Targets** are stored as tensors (hypercl's default), not recomputed from a θ* snapshot; their bytes
  are reported as ``memory_bytes``.
* **Look-ahead** Δθ is the update the optimizer would make from the task loss alone (Adam's bias-corrected
  step for Adam/AdamW, SGD's step with its momentum buffer otherwise; weight decay as the optimizer applies
  it), detached, as in hypercl's ``utils/optim_step.py::calc_delta_theta``.
* **Multi-head.** ``heads: shared`` (default): the target MLP has k = max classes per experience outputs;
  task t uses its first |classes_t| units of its own generated net. ``heads: per_task`` is hypercl's CL1
  layout: k·T outputs, task t reads units [t·k, t·k + |classes_t|) (the other heads are generated and
  regularised too, as hypercl does without ``inds_of_out_heads``).
* **Padding.** ``pad_to: 32`` zero-pads H×W images to 32×32 before flattening (hypercl's PermutedMNIST
  ``padding = 2``). hypercl pads *then* permutes, clbench's benchmark permutes the 28×28 image and the
  method pads after, so the always-zero inputs sit on the border instead of scattered; the target is fully
  connected and its weights are generated, so only which weight indices meet a zero input differs.
* **No BatchNorm** in the target network, so there are no running statistics to share or keep per task.
* **Task ids** index the embeddings; the built-in protocols set task_id = experience index.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import torch
from torch import nn
from torch.func import functional_call
from torch.nn import functional as F

from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer, tensor_bytes
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import Batch, experience_generator, train_loop

PROTOCOLS = ("task_incremental", "domain_incremental", "class_incremental")
INITS = ("pytorch", "xavier")
HEADS = ("shared", "per_task")


# ------------------------------------------------------------------------------------------ target net
def mlp_target_shapes(in_dim: int, hidden: Sequence[int], out_dim: int) -> list[tuple[int, ...]]:
    """Shapes of the target MLP's tensors, in order: weight, bias of every layer."""
    shapes, d = [], int(in_dim)
    for h in [*hidden, out_dim]:
        shapes += [(int(h), d), (int(h),)]
        d = int(h)
    return shapes


def split_weights(flat: torch.Tensor, shapes: Sequence[tuple[int, ...]]) -> list[torch.Tensor]:
    """Cut a flat weight vector [..., n] into the target's tensors (exact sizes; no leftover allowed)."""
    sizes = [math.prod(s) for s in shapes]
    if flat.shape[-1] != sum(sizes):
        raise ValueError(f"{flat.shape[-1]} weights cannot fill target shapes totalling {sum(sizes)}")
    lead = flat.shape[:-1]
    return [p.reshape(*lead, *s) for p, s in zip(flat.split(sizes, dim=-1), shapes)]


def target_forward(x: torch.Tensor, weights: Sequence[torch.Tensor]) -> torch.Tensor:
    """The target MLP (ReLU hidden layers) run with generated weights."""
    h = x.flatten(1)
    n = len(weights) // 2
    for i in range(n):
        h = F.linear(h, weights[2 * i], weights[2 * i + 1])
        if i < n - 1:
            h = F.relu(h)
    return h


# ------------------------------------------------------------------------------------------ hypernets
class ChunkedHnet(nn.Module):
    """Base hypernetwork: embeddings [K, e] → flat target weights [K, n].

    ``chunk_size`` = 0 means unchunked (one output per target weight). Chunked: the target's weights are
    emitted in ``ceil(n / chunk_size)`` chunks, each from (task embedding, its chunk embedding); the last
    chunk's surplus is cut off. Subclasses implement ``raw(embs) -> [K, n_chunks * chunk]``.
    """

    def __init__(self, n_outputs: int, chunk_size: int, chunk_emb_dim: int, generator: torch.Generator):
        super().__init__()
        self.n_outputs = int(n_outputs)
        self.chunk = int(chunk_size) if chunk_size else self.n_outputs
        self.n_chunks = -(-self.n_outputs // self.chunk)
        self.chunk_embs = (nn.Parameter(torch.randn(self.n_chunks, chunk_emb_dim, generator=generator))
                           if chunk_size and chunk_emb_dim > 0 else None)

    def raw(self, embs: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    def chunk_inputs(self, embs: torch.Tensor) -> torch.Tensor:
        """[K, n_chunks, e (+ c)]: every chunk sees its task embedding and its chunk embedding."""
        x = embs[:, None, :].expand(-1, self.n_chunks, -1)
        if self.chunk_embs is None:
            return x
        return torch.cat([x, self.chunk_embs[None].expand(len(embs), -1, -1)], dim=-1)

    def forward(self, embs: torch.Tensor) -> torch.Tensor:
        return self.raw(embs)[:, : self.n_outputs]


def output_regulariser(hnet: nn.Module, embs: torch.Tensor, targets: torch.Tensor, beta: float,
                       delta: dict[str, torch.Tensor] | None = None) -> torch.Tensor:
    """β/K Σ_k ‖h(e_k, θ+Δθ) − W*_k‖² over the K stored targets (0 when there are none)."""
    if len(embs) == 0:
        return torch.zeros((), device=targets.device)
    if delta:
        params = {n: p + delta[n] if n in delta else p for n, p in hnet.named_parameters()}
        out = functional_call(hnet, params, (embs,))
    else:
        out = hnet(embs)
    return beta / len(embs) * (out - targets).pow(2).sum()


# ------------------------------------------------------------------------------------------ the learner
class HypernetLearner(Learner):
    """Task-conditioned hypernetwork learner (shared loop of ``hnet`` and ``hnet_rnn``)."""

    capabilities = Capabilities(
        protocols=PROTOCOLS, needs_task_ids_at_test=True,
        notes="task-IL: the given task id picks the embedding; use hnet_entropy to infer it",
    )
    infer_task: bool = False  # True: pick the task with the lowest predictive entropy, ignore given ids

    def __init__(self, info: ScenarioInfo, target_hidden: Sequence[int] = (100, 100), hnet: dict | None = None,
                 chunk_size: int = 2000, task_emb_dim: int = 64, chunk_emb_dim: int = 12, beta: float = 0.01,
                 lookahead: bool = False, reg_tasks: int | None = None, iterations: int | None = None,
                 epochs: int = 1, batch_size: int = 128, optimizer: dict | None = None, init: str = "pytorch",
                 heads: str = "shared", pad_to: int | None = None, device: str = "cpu"):
        super().__init__(info, device)
        name = getattr(type(self), "method_name", type(self).__name__)
        if info.input_shape is None or info.output != "logits":
            raise ClbenchError(f"{name} needs tensor inputs and class logits; pick an image or tabular benchmark.")
        if float(beta) < 0:
            raise ClbenchError(f"beta must be >= 0, got {beta}; set method.beta to a non-negative number.")
        if int(chunk_size) < 0:
            raise ClbenchError(f"chunk_size must be >= 0 (0 = unchunked), got {chunk_size}; fix method.chunk_size.")
        if int(batch_size) < 1 or int(epochs) < 1 or (iterations is not None and int(iterations) < 1):
            raise ClbenchError("batch_size, epochs and iterations must be positive; fix the method options.")
        if reg_tasks is not None and int(reg_tasks) < 1:
            raise ClbenchError(f"reg_tasks must be >= 1 or null (all earlier tasks), got {reg_tasks}.")
        if init not in INITS:
            raise ClbenchError(f"unknown init '{init}'; set method.init to one of {', '.join(INITS)}.")
        if heads not in HEADS:
            raise ClbenchError(f"unknown heads '{heads}'; set method.heads to one of {', '.join(HEADS)}.")
        in_shape = tuple(info.input_shape)
        if pad_to is not None and (len(in_shape) != 3 or int(pad_to) < max(in_shape[1:])
                                   or (int(pad_to) - in_shape[1]) % 2 or (int(pad_to) - in_shape[2]) % 2):
            raise ClbenchError(f"pad_to {pad_to} cannot centre-pad inputs of shape {list(in_shape)}; use an image "
                               "benchmark and a size that exceeds height and width by an even number, or null.")
        self.pad = 0 if pad_to is None else (int(pad_to) - in_shape[1]) // 2, \
            0 if pad_to is None else (int(pad_to) - in_shape[2]) // 2
        in_dim = math.prod(in_shape) if pad_to is None else in_shape[0] * int(pad_to) ** 2
        self.beta, self.lookahead = float(beta), bool(lookahead)
        self.reg_tasks = None if reg_tasks is None else int(reg_tasks)
        self.iterations = None if iterations is None else int(iterations)
        self.epochs, self.batch_size = int(epochs), int(batch_size)
        self.optimizer_cfg = dict(optimizer or {"name": "adam", "lr": 1e-3})
        self.n_out = max(len(c) for c in info.classes_per_experience)
        self.heads = heads
        n_units = self.n_out * (info.n_experiences if heads == "per_task" else 1)
        self.shapes = mlp_target_shapes(in_dim, list(target_hidden), n_units)
        g = torch.Generator().manual_seed(int(info.seed) * 7919 + 17)
        self.hnet = self.build_hnet(dict(hnet or {}), sum(math.prod(s) for s in self.shapes), int(chunk_size),
                                    int(task_emb_dim), int(chunk_emb_dim), g)
        # one embedding per task, drawn now so that unseen tasks are defined (evaluated for FWT); only the
        # current task's embedding is ever handed to the optimizer.
        self.task_embs = nn.ParameterList(
            [nn.Parameter(torch.randn(int(task_emb_dim), generator=g)) for _ in range(info.n_experiences)])
        if init == "xavier":  # hypercl: Xavier-uniform matrices, zero biases; chunk embeddings keep N(0, 1)
            with torch.no_grad():
                for p in self.hnet.parameters():
                    if p is self.hnet.chunk_embs:
                        continue
                    if p.dim() >= 2:
                        nn.init.xavier_uniform_(p, generator=g)
                    else:
                        p.zero_()
        self.hnet.to(self.device)
        self.task_embs.to(self.device)
        self.task_classes = [list(c) for c in info.classes_per_experience]
        self.learned: list[int] = []
        self.targets = torch.zeros(0, self.hnet.n_outputs)
        self.last: dict = {}

    def build_hnet(self, cfg: dict, n_outputs: int, chunk_size: int, task_emb_dim: int, chunk_emb_dim: int,
                   generator: torch.Generator) -> ChunkedHnet:
        raise NotImplementedError

    # -- weights --------------------------------------------------------------------------------------
    def weights(self, t: int) -> list[torch.Tensor]:
        return split_weights(self.hnet(self.task_embs[t][None])[0], self.shapes)

    def task_logits(self, x: torch.Tensor, t: int) -> torch.Tensor:
        start = t * self.n_out if self.heads == "per_task" else 0
        return target_forward(self.inputs(x), self.weights(t))[:, start : start + len(self.task_classes[t])]

    def inputs(self, x: torch.Tensor) -> torch.Tensor:
        """Flat target inputs; with ``pad_to`` the images are first zero-padded on every side."""
        if self.pad != (0, 0):
            x = F.pad(x.reshape(len(x), *self.info.input_shape), (self.pad[1], self.pad[1], self.pad[0], self.pad[0]))
        return x.flatten(1)

    # -- training -------------------------------------------------------------------------------------
    def _task_id(self, exp: Experience) -> int:
        t = int(exp.task_id)
        if not 0 <= t < len(self.task_embs):
            raise ClbenchError(f"task id {t} is outside the {len(self.task_embs)} experiences of the scenario; "
                               "give experiences task ids 0..n_experiences-1.")
        return t

    def train_experience(self, exp: Experience) -> None:
        t = self._task_id(exp)
        self.task_classes[t] = list(exp.classes)
        old = [j for j in self.learned if j != t]
        with torch.no_grad():  # W*_j, fixed for the whole task
            old_embs = torch.stack([self.task_embs[j].detach() for j in old]) if old else None
            self.targets = self.hnet(old_embs) if old else torch.zeros(0, self.hnet.n_outputs, device=self.device)
        theta = [p for p in self.hnet.parameters()]
        self.optimizer = make_optimizer([*theta, self.task_embs[t]], self.optimizer_cfg)
        lookup = torch.full((self.info.n_classes,), -1, dtype=torch.long)
        lookup[torch.tensor(exp.classes)] = torch.arange(len(exp.classes))
        n = exp.n_train
        steps = self.iterations or self.epochs * -(-n // self.batch_size)
        g = experience_generator(self.info.seed, exp)
        terms: dict[str, torch.Tensor] = {}

        def loss_fn(b: Batch) -> torch.Tensor:
            task_loss = F.cross_entropy(self.task_logits(b.x, t), b.y)
            reg = self._regulariser(task_loss, old_embs, g) if old and self.beta > 0 else torch.zeros(())
            terms.update(task_loss=task_loss, regulariser=reg)
            return task_loss + reg

        self.hnet.train()
        # exactly ``steps`` steps (a pass is reshuffled whenever the previous one is used up)
        train_loop((exp.train_x, lookup[exp.train_y]), loss_fn, self.optimizer, batch_size=self.batch_size,
                   generator=g, steps=steps, device=self.device, owner="hypernetwork",
                   where=f" in experience {exp.index}", hint="lower method.optimizer.lr or method.beta.")
        self.hnet.eval()
        self.last = {k: float(terms[k].detach()) for k in ("task_loss", "regulariser")}
        if t not in self.learned:
            self.learned.append(t)
        with torch.no_grad():
            self.last["max_target_drift"] = (float((self.hnet(old_embs) - self.targets).norm(dim=1).max())
                                             if old else 0.0)

    def _regulariser(self, task_loss: torch.Tensor, old_embs: torch.Tensor, g: torch.Generator) -> torch.Tensor:
        embs, targets = old_embs, self.targets
        if self.reg_tasks is not None and self.reg_tasks < len(old_embs):  # hypercl's random subset per step
            pick = torch.randperm(len(old_embs), generator=g)[: self.reg_tasks].to(self.device)
            embs, targets = old_embs[pick], targets[pick]
        delta = self._lookahead(task_loss) if self.lookahead else None
        return output_regulariser(self.hnet, embs, targets, self.beta, delta)

    def _lookahead(self, task_loss: torch.Tensor) -> dict[str, torch.Tensor]:
        """Δθ: the step the optimizer would take on the task loss alone (detached)."""
        named = [(n, p) for n, p in self.hnet.named_parameters()]
        grads = torch.autograd.grad(task_loss, [p for _, p in named], retain_graph=True, allow_unused=True)
        group = self.optimizer.param_groups[0]
        lr, wd = group["lr"], group.get("weight_decay", 0.0)
        adamw = isinstance(self.optimizer, torch.optim.AdamW)
        adam = adamw or isinstance(self.optimizer, torch.optim.Adam)
        delta = {}
        for (name, p), gr in zip(named, grads):
            if gr is None:
                continue
            st = self.optimizer.state.get(p, {})
            if wd and not adamw:  # L2 folded into the gradient (SGD, Adam), as the optimizer does
                gr = gr + wd * p.detach()
            if adam:
                b1, b2 = group["betas"]
                k = float(st["step"]) + 1 if "step" in st else 1.0
                m = b1 * st.get("exp_avg", torch.zeros_like(gr)) + (1 - b1) * gr
                v = b2 * st.get("exp_avg_sq", torch.zeros_like(gr)) + (1 - b2) * gr * gr
                step = -lr * (m / (1 - b1**k)) / ((v / (1 - b2**k)).sqrt() + group["eps"])
                delta[name] = (step - lr * wd * p.detach() if adamw and wd else step).detach()
            else:  # SGD (hypercl's sgd_step): momentum buffer, dampening, Nesterov
                mom = group.get("momentum", 0.0)
                if mom:
                    buf = st.get("momentum_buffer")
                    buf = gr if buf is None else mom * buf + (1 - group.get("dampening", 0.0)) * gr
                    gr = gr + mom * buf if group.get("nesterov", False) else buf
                delta[name] = (-lr * gr).detach()
        return delta

    # -- prediction -----------------------------------------------------------------------------------
    @torch.no_grad()
    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        self.hnet.eval()
        x = x.to(self.device).flatten(1)
        out = torch.full((len(x), self.info.n_classes), float("-inf"), device=self.device)
        if self.infer_task:
            task_ids = self.infer_task_ids(x)
        elif task_ids is None:
            name = getattr(type(self), "method_name", type(self).__name__)
            raise ClbenchError(f"{name} needs task ids at test time; evaluate it on a task-incremental "
                               "benchmark or use method=hnet_entropy to infer the task.")
        task_ids = task_ids.to(self.device)
        for t in task_ids.unique().tolist():
            rows = (task_ids == t).nonzero().flatten()
            block = out[rows]
            block[:, self.task_classes[t]] = self.task_logits(x[rows], t)
            out[rows] = block
        return out.cpu()

    @torch.no_grad()
    def infer_task_ids(self, x: torch.Tensor) -> torch.Tensor:
        """Per sample, the learned task whose head is most certain (lowest predictive entropy)."""
        tasks = self.learned or [0]
        ent = []
        for t in tasks:
            logp = F.log_softmax(self.task_logits(x, t), dim=1)
            ent.append(-(logp.exp() * logp).sum(1))
        return torch.tensor(tasks, device=x.device)[torch.stack(ent).argmin(0)]

    # -- bookkeeping ----------------------------------------------------------------------------------
    def cost(self) -> dict:
        theta = sum(p.numel() for p in self.hnet.parameters())
        embs = len(self.learned) * self.task_embs[0].numel()
        target = self.hnet.n_outputs
        return {"params": int(theta + embs), "hnet_params": int(theta), "task_embedding_params": int(embs),
                "target_params": int(target), "compression_ratio": round((theta + embs) / target, 4),
                "memory_bytes": tensor_bytes(self.targets)}

    def report(self) -> dict:
        return dict(self.last)
