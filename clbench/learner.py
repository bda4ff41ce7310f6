"""The learner contract, and SGDLearner, the convenience base for gradient methods.

The whole contract is two calls, like an environment's reset/step:

* ``train_experience(experience)`` — learn from one experience, however the method likes;
* ``predict(x, task_ids=None) -> logits`` over every class of the scenario (unseen classes may be -inf).

Optional: ``state_dict()/load_state_dict()`` (checkpoint/resume; the default saves the learner's
attributes), ``cost()`` (extra parameters, buffer bytes, ...) and ``report()`` (a JSON-able dict the
record keeps after every experience: adapters per layer, EMA statistics, ...). A learner declares what it can do in
``capabilities``; the registry refuses impossible pairings before any data is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch
from torch import nn

from clbench.errors import ClbenchError, DivergedError
from clbench.faults import fault_point
from clbench.scenario import Experience, ScenarioInfo

ALL_PROTOCOLS = (
    "class_incremental", "task_incremental", "domain_incremental", "few_shot_class_incremental",
    "si_blurry", "online_class_incremental", "cir", "gilcd",
)


@dataclass(frozen=True)
class Capabilities:
    """What a method can do; checked against a benchmark before any data loads."""

    protocols: tuple[str, ...] = ALL_PROTOCOLS
    needs_task_ids_at_test: bool = False
    exemplars: bool = False  # keeps raw training samples between experiences
    backbones: tuple[str, ...] | None = None  # None: any backbone of clbench.nn
    output: str = "logits"  # "logits" (classification) or "text" (instruction streams)
    notes: str = ""
    # predict scores exactly the classes of no trained experience -inf, and only those (checked by
    # clbench.testing.check_learner); False promises nothing either way
    unseen_classes_minus_inf: bool = False

    def as_dict(self) -> dict:
        return {
            "protocols": list(self.protocols), "needs_task_ids_at_test": self.needs_task_ids_at_test,
            "exemplars": self.exemplars, "backbones": list(self.backbones) if self.backbones else "any",
            "output": self.output,
        }


class Learner:
    """Base class of every method. Subclasses implement ``train_experience`` and ``predict``."""

    capabilities: Capabilities = Capabilities()

    def __init__(self, info: ScenarioInfo, device: str = "cpu"):
        self.info = info
        self.device = torch.device(device)

    # -- the contract ---------------------------------------------------------------------------------
    def train_experience(self, experience: Experience) -> None:
        raise NotImplementedError

    def predict(self, x: Any, task_ids: torch.Tensor | None = None) -> Any:
        raise NotImplementedError

    # -- optional ---------------------------------------------------------------------------------------
    def state_dict(self) -> dict:
        """Everything needed to resume; by default the learner's attributes (modules, tensors, lists)."""
        return dict(self.__dict__)

    def load_state_dict(self, state: dict) -> None:
        self.__dict__.update(state)

    def modules(self) -> list[nn.Module]:
        return [v for v in self.__dict__.values() if isinstance(v, nn.Module)]

    def cost(self) -> dict:
        """Measured cost after the current experience: parameter count and stored bytes."""
        params = sum(p.numel() for m in self.modules() for p in m.parameters())
        return {"params": int(params), "memory_bytes": 0}


def positive_int(option: str, value: Any) -> int:
    """``value`` as an int >= 1, or one sentence naming ``method.<option>``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ClbenchError(
            f"{option} must be an integer >= 1, got {value!r}; set method.{option} to a positive integer."
        )
    return value


def tensor_bytes(*tensors: torch.Tensor) -> int:
    return int(sum(t.numel() * t.element_size() for t in tensors if t is not None))


def make_optimizer(params, cfg: dict | None) -> torch.optim.Optimizer:
    cfg = dict(cfg or {})
    name = str(cfg.pop("name", "sgd")).lower()
    lr = cfg.pop("lr", 0.01)
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or lr <= 0:
        raise ClbenchError(f"optimizer.lr must be > 0, got {lr}; set method.optimizer.lr to a positive number.")
    builders = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW}
    if name not in builders:
        raise ClbenchError(f"unknown optimizer '{name}'; use one of {', '.join(builders)}.")
    try:
        return builders[name](params, lr=lr, **cfg)
    except TypeError as e:
        raise ClbenchError(f"optimizer '{name}' got an unknown option ({e}); fix method.optimizer.") from None


def make_scheduler(optimizer: torch.optim.Optimizer, cfg: dict | None, total_steps: int):
    if not cfg:
        return None
    cfg = dict(cfg)
    name = str(cfg.pop("name", "none")).lower()
    if name == "none":
        return None
    if name == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(1, total_steps), **cfg)
    if name == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, **cfg)
    raise ClbenchError(f"unknown scheduler '{name}'; use none, cosine or step.")


class SGDLearner(Learner):
    """A standard epoch/batch loop with a short list of hooks.

    Hooks: ``build_model()``, ``before_experience(exp)``, ``loss(x, y, exp)``, ``after_step(exp)``,
    ``after_experience(exp)``; ``forward(x, task_ids)`` gives the logits used by both training and
    ``predict``. The optimizer is rebuilt at every experience (as in Mammoth and Avalanche); the scheduler
    steps per batch. Batches are drawn by index from in-memory tensors with a generator seeded from the
    scenario seed and experience index, so a resumed run shuffles exactly like an uninterrupted one.

    Single-pass streams (an experience whose ``meta["single_pass"]`` is set, as the online protocol does
    for every chunk it hands over): the loop makes exactly one pass over ``training_data(exp)`` in
    mini-batches of the stream's ``meta["stream_batch_size"]``; the method's own ``batch_size`` is not used,
    because the stream, not the method, decides how many samples arrive at once, and ``epochs`` > 1 is
    refused, because a second pass over a chunk would revisit samples the learner never stored. Whatever
    a method adds to ``training_data`` from its own memory (joint's stored samples) rides in that one pass;
    samples it draws inside ``loss`` (ER's replay batch) keep their configured size.
    """

    def __init__(self, info: ScenarioInfo, backbone: str | dict = "mlp", epochs: int = 1, batch_size: int = 64,
                 optimizer: dict | None = None, scheduler: dict | None = None, device: str = "cpu"):
        super().__init__(info, device)
        self.backbone_cfg = backbone
        self.epochs = positive_int("epochs", epochs)
        self.batch_size = positive_int("batch_size", batch_size)
        self.optimizer_cfg = dict(optimizer or {"name": "sgd", "lr": 0.01})
        self.scheduler_cfg = dict(scheduler) if scheduler else None
        self.model = self.build_model().to(self.device)
        self.seen_classes: list[int] = []

    # -- hooks ------------------------------------------------------------------------------------------
    def build_model(self) -> nn.Module:
        from clbench.nn import build_classifier

        return build_classifier(self.backbone_cfg, self.info.input_shape, self.info.n_classes)

    def parameters_to_train(self):
        return [p for p in self.model.parameters() if p.requires_grad]

    def before_experience(self, exp: Experience) -> None:
        pass

    def forward(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        return self.model(x)

    def loss(self, x: torch.Tensor, y: torch.Tensor, exp: Experience) -> torch.Tensor:
        return nn.functional.cross_entropy(self.forward(x, exp_task_ids(exp, len(x))), y)

    def after_step(self, exp: Experience) -> None:
        pass

    def after_experience(self, exp: Experience) -> None:
        pass

    def training_data(self, exp: Experience) -> tuple[torch.Tensor, torch.Tensor]:
        """The tensors the loop iterates over (replay methods append their buffer here)."""
        return exp.train_x, exp.train_y

    # -- the loop ---------------------------------------------------------------------------------------
    def batch_generator(self, exp: Experience) -> torch.Generator:
        return torch.Generator().manual_seed(self.info.seed * 100_003 + exp.index * 1_009 + exp.chunk)

    def train_experience(self, exp: Experience) -> None:
        stream_batch = single_pass_batch_size(exp)
        if stream_batch is not None and self.epochs > 1:
            raise ClbenchError(
                f"method.epochs={self.epochs} would pass over each chunk of this single-pass online stream "
                f"{self.epochs} times; set method.epochs=1 (the stream is seen once, in batches of "
                f"benchmark.protocol_args.stream_batch_size={stream_batch})."
            )
        batch_size = stream_batch or self.batch_size
        epochs = 1 if stream_batch else self.epochs
        self.before_experience(exp)
        self.seen_classes = sorted(set(self.seen_classes) | set(exp.classes))
        x_all, y_all = self.training_data(exp)
        n = len(y_all)
        # BatchNorm cannot normalise a batch of one in training mode
        batchnorm = any(isinstance(m, nn.modules.batchnorm._BatchNorm) for m in self.model.modules())
        if stream_batch == 1 and batchnorm and n > 1:
            raise ClbenchError(
                f"{type(self).__name__}'s model has BatchNorm, which cannot train on the stream's batches of one; "
                "set benchmark.protocol_args.stream_batch_size to 2 or more, or use a backbone without BatchNorm."
            )
        bounds = _batch_bounds(n, batch_size, batchnorm, single_pass=stream_batch is not None)
        params = self.parameters_to_train()
        self.optimizer = make_optimizer(params, self.optimizer_cfg) if params else None
        self.scheduler = (make_scheduler(self.optimizer, self.scheduler_cfg, max(1, -(-n // batch_size)) * epochs)
                          if self.optimizer else None)
        g = self.batch_generator(exp)
        self.model.train()
        for _ in range(epochs):
            # on a single-pass chunk the shuffle stays inside the chunk the learner already holds: it reorders
            # what has arrived, never reaches ahead in the stream
            order = torch.randperm(n, generator=g)
            for start, stop in bounds:
                idx = order[start:stop]
                x, y = x_all[idx].to(self.device), y_all[idx].to(self.device)
                loss = self.loss(x, y, exp)
                if not torch.isfinite(loss):
                    raise DivergedError(
                        f"{type(self).__name__} loss became {loss.item()} in experience {exp.index}; "
                        "lower method.optimizer.lr or check the inputs."
                    )
                if self.optimizer is not None:
                    self.optimizer.zero_grad(set_to_none=True)
                    loss.backward()
                    self.optimizer.step()
                    if self.scheduler is not None:
                        self.scheduler.step()
                self.after_step(exp)
                fault_point("step")
        self.model.eval()
        self.after_experience(exp)

    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        self.model.eval()
        return self.forward(x.to(self.device), task_ids)


def single_pass_batch_size(exp: Experience) -> int | None:
    """The stream's mini-batch size when ``exp`` is (a chunk of) a single-pass stream, else None."""
    if not exp.meta.get("single_pass"):
        return None
    return int(exp.meta.get("stream_batch_size", 1))


def _batch_bounds(n: int, batch_size: int, batchnorm: bool, single_pass: bool) -> list[tuple[int, int]]:
    """``(start, stop)`` of each mini-batch over ``n`` shuffled samples.

    A BatchNorm model cannot train on a last batch of one. Multi-epoch training leaves it out (the
    DataLoader's drop_last for that batch only; a later epoch reshuffles it into a full batch). A single
    pass would then never see that sample, so there it joins the batch before it instead.
    """
    bounds = [(s, min(s + batch_size, n)) for s in range(0, n, batch_size)]
    if batchnorm and n > 1:
        if single_pass and len(bounds) > 1 and bounds[-1][1] - bounds[-1][0] == 1:
            bounds[-2:] = [(bounds[-2][0], n)]
        elif not single_pass:
            bounds = [b for b in bounds if b[1] - b[0] > 1]
    return bounds


def exp_task_ids(exp: Experience, n: int) -> torch.Tensor:
    """The task ids of ``n`` training samples of ``exp`` (all equal to the experience's task id)."""
    return torch.full((n,), exp.task_id, dtype=torch.long)


def mask_to_classes(logits: torch.Tensor, classes) -> torch.Tensor:
    """Keep the logits of ``classes``, set the others to -inf (multi-head / task-aware prediction)."""
    keep = torch.zeros(logits.shape[-1], dtype=torch.bool, device=logits.device)
    keep[list(classes)] = True
    return logits.masked_fill(~keep, float("-inf"))
