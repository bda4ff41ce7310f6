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

from collections.abc import Hashable
from typing import Any

import torch
from torch import nn

# Capabilities are plain data (no torch) so the method table can declare them; re-exported here
from clbench.capabilities import ALL_PROTOCOLS, Capabilities  # noqa: F401
from clbench.compute import shape_key
from clbench.errors import ClbenchError
from clbench.nn.backbones import build_classifier
from clbench.scenario import Experience, ScenarioInfo
from clbench.training import Batch, batch_bounds, experience_generator, train_loop


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

    def report(self) -> dict | None:
        """A JSON-able dict the record keeps after every experience (``method_report``); None: nothing to say."""
        return None

    def prediction_state(self, experience: Experience) -> Hashable | None:
        """Optional: a token naming everything ``predict`` on ``experience``'s test data depends on, or None.

        When two evaluations of the same experience's test set (same tensors, batch size and scenario) get
        equal tokens, :func:`clbench.evaluate.accuracy_on` reuses the first one's predictions instead of
        calling ``predict`` again: the learner promises its predictions there are unchanged. A learner with
        frozen per-task state (clr: each task's layers and head are fixed once its experience ends) returns
        a token that changes exactly when that state changes (a fresh ``uuid4`` per training event survives
        a ``load_state_dict`` without colliding). The default, None, always predicts. A wrong promise gives a
        wrong accuracy matrix silently, so only a learner whose test pins the promise should make it
        (tests/test_clr.py); the compute meter then counts only the predictions that ran."""
        return None


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
    """A standard epoch/batch loop (:func:`clbench.training.train_loop`) with a short list of hooks.

    Hooks: ``build_model()``, ``parameters_to_train()``, ``before_experience(exp)``, ``training_data(exp)``,
    ``loss(x, y, exp)``, ``after_step(exp, batch)``, ``after_experience(exp)``, ``compute_key(batch)``;
    ``forward(x, task_ids)``
    gives the logits used by both training and ``predict``. Batches are drawn by index from in-memory tensors
    with :func:`clbench.training.experience_generator` (scenario seed, experience index, chunk), so a resumed
    run shuffles exactly like an uninterrupted one; the scheduler steps per batch.

    The order of events, which subclasses may rely on:

    * ``build_model()`` runs inside ``SGDLearner.__init__`` (so a subclass sets the attributes its
      ``build_model`` reads *before* calling ``super().__init__``) and its result is ``self.model``;
    * in ``train_experience``: ``before_experience(exp)`` runs first and still sees the *previous*
      ``self.seen_classes``; then ``seen_classes`` gains the experience's classes; then ``training_data(exp)``
      is called exactly once per experience (it may have side effects: joint stores the experience there,
      WA counts its steps per epoch); then ``parameters_to_train()`` and a fresh ``self.optimizer`` (and
      ``self.scheduler``) are built — they exist from here until the next experience rebuilds them (as in
      Mammoth and Avalanche), so ``after_step`` may change the learning rate; then the loop, with
      ``loss`` → backward → step → scheduler → ``after_step(exp, batch)`` per batch, where ``batch`` is the
      :class:`clbench.training.Batch` of incoming samples (``batch.x``, ``batch.y`` on the device, before
      anything ``loss`` added); then ``model.eval()`` and ``after_experience(exp)``.

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
        return build_classifier(self.backbone_cfg, self.info.input_shape, self.info.n_classes)

    def parameters_to_train(self):
        return [p for p in self.model.parameters() if p.requires_grad]

    def before_experience(self, exp: Experience) -> None:
        pass

    def forward(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        return self.model(x)

    def loss(self, x: torch.Tensor, y: torch.Tensor, exp: Experience) -> torch.Tensor:
        return nn.functional.cross_entropy(self.forward(x, exp_task_ids(exp, len(x))), y)

    def after_step(self, exp: Experience, batch: Batch) -> None:
        """After every optimizer step; ``batch`` holds the step's incoming samples (``batch.x``, ``batch.y``)."""

    def after_experience(self, exp: Experience) -> None:
        pass

    def compute_key(self, batch: Batch) -> Hashable:
        """The compute meter's cost class of a step (:func:`clbench.compute.shape_key`): the incoming batch's
        shapes; a method whose ``loss`` adds samples of its own (a replay batch) adds their number."""
        return shape_key(batch.x, batch.y)

    def training_data(self, exp: Experience) -> tuple[torch.Tensor, torch.Tensor]:
        """The tensors the loop iterates over (replay methods append their buffer here)."""
        return exp.train_x, exp.train_y

    # -- the loop ---------------------------------------------------------------------------------------
    def batch_generator(self, exp: Experience) -> torch.Generator:
        return experience_generator(self.info.seed, exp)

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
        # on a single-pass chunk the shuffle stays inside the chunk the learner already holds: it reorders
        # what has arrived, never reaches ahead in the stream
        bounds = batch_bounds(n, batch_size, batchnorm, single_pass=stream_batch is not None)
        params = self.parameters_to_train()
        self.optimizer = make_optimizer(params, self.optimizer_cfg) if params else None
        self.scheduler = (make_scheduler(self.optimizer, self.scheduler_cfg, max(1, -(-n // batch_size)) * epochs)
                          if self.optimizer else None)
        self.model.train()
        train_loop((x_all, y_all), lambda b: self.loss(b.x, b.y, exp), self.optimizer, batch_size=batch_size,
                   generator=self.batch_generator(exp), epochs=epochs, scheduler=self.scheduler, bounds=bounds,
                   device=self.device, after_step=lambda b, _loss: self.after_step(exp, b),
                   owner=type(self).__name__, where=f" in experience {exp.index}", cost_key=self.compute_key)
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


def exp_task_ids(exp: Experience, n: int) -> torch.Tensor:
    """The task ids of ``n`` training samples of ``exp`` (all equal to the experience's task id)."""
    return torch.full((n,), exp.task_id, dtype=torch.long)


def mask_to_classes(logits: torch.Tensor, classes) -> torch.Tensor:
    """Keep the logits of ``classes``, set the others to -inf (multi-head / task-aware prediction)."""
    keep = torch.zeros(logits.shape[-1], dtype=torch.bool, device=logits.device)
    keep[list(classes)] = True
    return logits.masked_fill(~keep, float("-inf"))
