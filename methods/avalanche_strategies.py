"""Avalanche training strategies as clbench learners: one adapter, registered under eleven names.

Avalanche (Lomonaco et al., "Avalanche: an End-to-End Library for Continual Learning", CVPR-W 2021;
avalanche-lib 0.6.0) ships the classic baselines. :class:`AvalancheLearner` runs any of its supervised
strategies under the clbench contract: each clbench :class:`~clbench.scenario.Experience` becomes an
Avalanche ``DatasetExperience`` built from the in-memory tensors, ``train_experience`` calls
``strategy.train(experience)``, and ``predict`` is the strategy's model forward (iCaRL: its nearest-mean
classifier). Avalanche's evaluation plugins and loggers stay off (an empty ``EvaluationPlugin``):
clbench evaluates.

Registered names (paper → Avalanche class): ``naive`` (Naive), ``ewc`` (EWC, Kirkpatrick et al. 2017;
online variant of Schwarz et al. 2018 by config), ``si`` (SynapticIntelligence, Zenke et al. 2017),
``lwf`` (LwF, Li & Hoiem 2016), ``icarl`` (ICaRL, Rebuffi et al. 2017), ``replay`` (Replay = ER,
Chaudhry et al. 2019), ``gem`` (GEM, Lopez-Paz & Ranzato 2017), ``agem`` (AGEM, Chaudhry et al. 2019),
``der`` (DER, Buzzega et al. 2020; DER++ with ``beta > 0``), ``gdumb`` (GDumb, Prabhu et al. 2020), and
``avalanche``, whose ``strategy`` option names any Avalanche strategy class (e.g. ``MAS``, ``CWRStar``).

Choices the papers leave open or that differ, named here:

* Model: every strategy gets the shared clbench backbone and ONE linear head over all classes of the
  scenario (``clbench.nn.build_classifier``; mlp 100-100 on MNIST, as Mammoth and finetune), not
  Avalanche's ``IncrementalClassifier``/``MultiHeadClassifier``. Task-IL is scored by masking that head
  to the experience's classes (clbench's evaluator does it), the same single-head convention as Mammoth.
* Task labels: in task-incremental scenarios Avalanche sees each experience's task id; otherwise every
  sample has task label 0, which is what Avalanche's own class-IL SplitMNIST does.
* Multi-head training in task-IL: when task ids are given at test time and experiences have disjoint
  classes, the strategy's cross-entropy is taken over each sample's own experience's classes
  (:class:`TaskMaskedCrossEntropy`), which is what training a multi-head model (Avalanche's
  ``MultiHeadClassifier``, the SI reproduction's ``MultiHeadMLP``) does. Measured on Split MNIST task-IL
  with SI: 0.68 with a plain all-class cross-entropy, because the shared head's old rows are pushed down
  by every new task.
* iCaRL: the paper's class mean is the normalised mean feature of a class's exemplars (Algorithm 1).
  Avalanche also averages in the features of horizontally flipped exemplars (from the official CIFAR
  code's augmentation), which is not label-preserving on digits: measured on Split MNIST (seed 0) it costs
  5 points (0.636 vs 0.689). The paper's mean is the default here; ``strategy_args.flip_class_means: true``
  restores Avalanche's. Classes without a class mean score -inf; before the first experience (no means
  at all) the training head's logits are returned.
* DER: Avalanche stores the logits of a class-balanced buffer at the end of each experience, not
  reservoir-sampled logits taken during training as in the paper (Avalanche says so in its code).
* Replay: Avalanche's buffer is experience-balanced with random selection, Mammoth's ER uses reservoir
  sampling; both draw a memory batch the size of the data batch.
* EWC: Avalanche's importances are squared minibatch gradients averaged over the experience (an
  empirical-Fisher approximation whose scale depends on the batch size), so ``ewc_lambda`` is not
  interchangeable with Mammoth's ``e_lambda``.
* SI: Avalanche 0.6.0's SI is a silent no-op on CPU (its weight snapshots are views of the live
  parameters, so the path integral is 0); the adapter swaps in a plugin that copies them
  (:class:`CPUSafeSIPlugin`). Avalanche also clips every importance at 1e-3 (the SI variant of Maltoni &
  Lomonaco 2019), so ``si_lambda`` is not Zenke et al.'s ``c``.
* LwF: Avalanche distils over the previous classes' units only, which cannot keep old classes from being
  outscored by new ones in class-IL (Split MNIST seed 0: 0.197, as finetuning). ``strategy_args.distill_classes:
  seen`` (conf/method/lwf.yaml) takes the softmax over all classes seen so far with teacher probability 0 on
  the current ones, as van de Ven & Tolias 2019 do (:class:`SeenClassesLwFPlugin`): 0.278 on the same run.
  Task labels that share one class set (permuted MNIST with task ids) are distilled once, not once per label.
* GDumb: trained on uniformly shuffled minibatches of its memory, as in the paper, not through Avalanche's
  task-balanced loader, which in task-IL split each batch across task labels and oversampled the small
  groups (:class:`UniformBatchesGDumb`).
* The optimizer is built once and kept across experiences (Avalanche's convention), not rebuilt.

The training loop stays Avalanche's own (``strategy.train``), not :func:`clbench.training.train_loop`: each
strategy's algorithm lives in the callbacks of that loop (EWC's penalty in ``before_backward``, GEM's gradient
projection after ``backward``, iCaRL's herding after each experience, GDumb's retraining from scratch, its data
loaders and replay buffers), so replacing the loop would mean re-implementing every strategy. Its training
compute is still counted: two plugins bracket each iteration and the once-per-experience work (EWC's Fisher
pass, iCaRL's herding) for the run's compute meter (:mod:`methods.common.avalanche_meter`, which also says what
``train_samples`` counts for the replay strategies), so ``benchmark.budget`` holds these strategies too. What
the engine loop provides beyond that is not here: no per-step loss log, no ``step`` fault point, and the batch
order is Avalanche's DataLoader shuffle (seeded by the global torch RNG the runner seeds), not
:func:`clbench.training.experience_generator`. The corrected plugins are
module-level classes (so a checkpoint names them and they are found again in a fresh process) that replace
Avalanche's instances right after the strategy is built. Checkpoints hold the strategy as plain data
(:mod:`clbench.plainstate`, see ``state_dict``), never as a pickle.
"""

from __future__ import annotations

import contextlib
import inspect
import warnings
from types import SimpleNamespace
from typing import Any

import torch
from avalanche.training import GDumb
from avalanche.training.plugins import LwFPlugin, SynapticIntelligencePlugin
from avalanche.training.supervised.icarl import _ICaRLPlugin
from torch import nn
from torch.utils.data import DataLoader

from clbench import compute, plainstate
from clbench.errors import ClbenchError
from clbench.learner import Capabilities, Learner, make_optimizer, tensor_bytes
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from methods.common.avalanche_meter import train_metered

#: clbench method name → Avalanche strategy class name
NAMED_STRATEGIES = {
    "naive": "Naive", "ewc": "EWC", "si": "SynapticIntelligence", "lwf": "LwF", "icarl": "ICaRL",
    "replay": "Replay", "gem": "GEM", "agem": "AGEM", "der": "DER", "gdumb": "GDumb",
}
#: strategies whose models are multi-task (one column/mask per task): they need task ids at test time
NEEDS_TASK_IDS = {"PNNStrategy", "PackNet"}
#: strategies that keep raw training samples between experiences
KEEPS_EXEMPLARS = {"ICaRL", "Replay", "GEM", "AGEM", "DER", "GDumb", "ER_ACE", "ER_AML", "MIR", "GSS_greedy",
                   "BiC", "CoPE", "SCR", "Cumulative"}
#: protocols the adapter supports: online/blurry streams arrive in chunks, which Avalanche's batch
#: strategies would each treat as a new experience
PROTOCOLS = ("class_incremental", "task_incremental", "domain_incremental", "few_shot_class_incremental")
CLASS_SPLIT_PROTOCOLS = ("class_incremental", "task_incremental", "few_shot_class_incremental")
#: the one key of a checkpointed state: the learner's attributes as clbench.plainstate data
PLAIN_STATE = "plainstate"


def strategy_classes() -> dict[str, type]:
    """Every supervised strategy class exported by ``avalanche.training``, by class name."""
    import avalanche.training as avl_training
    from avalanche.training.templates import SupervisedTemplate

    return {n: c for n, c in vars(avl_training).items()
            if inspect.isclass(c) and issubclass(c, SupervisedTemplate) and c is not SupervisedTemplate}


def resolve_strategy(name: str) -> type:
    """An Avalanche strategy class from its class name or a clbench short name (``ewc``)."""
    classes = strategy_classes()
    cls_name = NAMED_STRATEGIES.get(str(name).lower(), str(name))
    if cls_name not in classes:
        raise ClbenchError(
            f"unknown Avalanche strategy '{name}'; known strategies: {', '.join(sorted(classes))} "
            f"(or the short names {', '.join(NAMED_STRATEGIES)})."
        )
    return classes[cls_name]


def avalanche_dataset(x: torch.Tensor, y: torch.Tensor, task_label: int):
    """An Avalanche classification dataset over in-memory tensors with one task label for all samples."""
    from avalanche.benchmarks.utils import _make_taskaware_tensor_classification_dataset

    return _make_taskaware_tensor_classification_dataset(x, y.long(), task_labels=int(task_label))


def avalanche_experience(x: torch.Tensor, y: torch.Tensor, index: int, info: ScenarioInfo, stream: str = "train",
                         task_label: int = 0):
    """One Avalanche experience built from tensors, with the attributes Avalanche's strategies read.

    Sets what a ``with_classes_timeline``/``with_task_labels`` benchmark gives (classes in this and
    previous experiences, task labels), plus ``benchmark.n_classes_per_exp``/``classes_order`` that
    iCaRL reads, all taken from the scenario's public shape (:class:`ScenarioInfo`), never its data.
    """
    from avalanche.benchmarks.scenarios.dataset_scenario import DatasetExperience

    exp = DatasetExperience(dataset=avalanche_dataset(x, y, task_label), current_experience=index)
    exp.origin_stream = SimpleNamespace(name=stream)  # Avalanche groups and names experiences by stream
    groups = info.classes_per_experience
    previous = {c for g in groups[:index] for c in g}
    current = set(groups[index]) if index < len(groups) else set(y.unique().tolist())
    exp.classes_in_this_experience = sorted(current)
    exp.previous_classes = sorted(previous)
    exp.classes_seen_so_far = sorted(previous | current)
    exp.future_classes = sorted({c for g in groups[index + 1:] for c in g} - previous - current)
    exp.task_label, exp.task_labels = int(task_label), [int(task_label)]
    exp.benchmark = SimpleNamespace(
        n_classes_per_exp=[len(g) for g in groups], classes_order=[c for g in groups for c in g],
        n_classes=info.n_classes,
    )
    return exp


_SHOWN_DEPRECATIONS: set[str] = set()


@contextlib.contextmanager
def _deprecations_once():
    """Avalanche's ``@deprecated`` wrapper installs its own ``once`` filter inside any ``catch_warnings``, and
    each new ``catch_warnings`` resets the once-registry, so its notices printed once per experience. Here
    every warning of a training call is collected; each distinct Avalanche deprecation notice is shown once
    per process, the rest stay silent (as they were)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for w in caught:
        text = str(w.message)
        if issubclass(w.category, DeprecationWarning) and "avalanche" in w.filename and text not in _SHOWN_DEPRECATIONS:
            _SHOWN_DEPRECATIONS.add(text)
            warnings.showwarning(w.message, w.category, w.filename, w.lineno)


def silent_evaluator():
    """An evaluation plugin with no metrics and no loggers: clbench evaluates."""
    from avalanche.training.plugins import EvaluationPlugin

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return EvaluationPlugin(loggers=[])


class TaskMaskedCrossEntropy(nn.Module):
    """Cross-entropy over the classes of each sample's own experience (multi-head training on one head).

    ``groups[c]`` is the experience index of class ``c``; logits of other experiences' classes are masked
    out of the softmax, so a task never pushes down another task's outputs."""

    def __init__(self, classes_per_experience: list[list[int]], n_classes: int):
        super().__init__()
        groups = torch.full((n_classes,), -1, dtype=torch.long)
        for i, classes in enumerate(classes_per_experience):
            groups[list(classes)] = i
        self.register_buffer("groups", groups)

    def forward(self, logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        groups = self.groups.to(logits.device)
        same = groups.unsqueeze(0) == groups[targets].unsqueeze(1)
        return nn.functional.cross_entropy(logits.masked_fill(~same, float("-inf")), targets)


def _lwf_alpha(alpha, n_experiences: int):
    """LwF's distillation weight: a number, one number per experience, or ``"t-1"`` (experience t gets
    t − 1: van de Ven's CE/t + (1 − 1/t)·KD up to a scale) for a stream of any length."""
    if alpha == "t-1":
        return [float(t) for t in range(n_experiences)]
    if isinstance(alpha, (list, tuple)) and len(alpha) < n_experiences:
        raise ClbenchError(f"strategy_args.alpha gives {len(alpha)} values for a stream of {n_experiences} "
                           "experiences; give one per experience or use alpha: t-1.")
    return alpha


def _disjoint(groups: list[list[int]]) -> bool:
    flat = [c for g in groups for c in g]
    return len(flat) == len(set(flat))


def _replace_plugin(strategy, kind: type, build) -> None:
    """Replace the strategy's plugin of exactly type ``kind`` by ``build(plugin)`` (same place in the list)."""
    for k, plugin in enumerate(strategy.plugins):
        if type(plugin) is kind:
            strategy.plugins[k] = build(plugin)


class AvalancheLearner(Learner):
    """Runs one Avalanche strategy (``strategy_name``) on the clbench backbone.

    Options: ``backbone`` (clbench.nn config), ``epochs`` and ``batch_size`` (Avalanche's
    ``train_epochs``/``train_mb_size``), ``optimizer`` (clbench optimizer config), ``strategy_args``
    (keyword arguments of the Avalanche strategy, e.g. ``{ewc_lambda: 90, mode: online}``).
    """

    strategy_name: str = "Naive"
    capabilities = Capabilities(protocols=PROTOCOLS)

    def __init__(self, info: ScenarioInfo, backbone: str | dict = "mlp", epochs: int = 1, batch_size: int = 10,
                 optimizer: dict | None = None, strategy_args: dict | None = None, device: str = "cpu"):
        super().__init__(info, device)
        if int(epochs) < 1:
            raise ClbenchError(f"epochs must be >= 1, got {epochs}; set method.epochs to a positive integer.")
        if int(batch_size) < 1:
            raise ClbenchError(f"batch_size must be >= 1, got {batch_size}; set method.batch_size.")
        self.strategy_cls = resolve_strategy(self.strategy_name)
        name = self.strategy_cls.__name__
        if name in NEEDS_TASK_IDS and not info.task_ids_at_test:
            raise ClbenchError(
                f"Avalanche strategy {name} needs task ids at test time but scenario '{info.name}' "
                f"({info.protocol}) gives none; use a task-incremental benchmark such as split_mnist_til."
            )
        if name == "ICaRL" and info.protocol not in CLASS_SPLIT_PROTOCOLS:
            raise ClbenchError(
                f"Avalanche ICaRL needs every experience to bring new classes but scenario '{info.name}' is "
                f"{info.protocol}; use a class- or task-incremental benchmark."
            )
        from clbench.nn import build_classifier

        self.epochs, self.batch_size = int(epochs), int(batch_size)
        self.model = build_classifier(backbone, info.input_shape, info.n_classes).to(self.device)
        self.optimizer_cfg = dict(optimizer or {"name": "sgd", "lr": 0.01})
        self.strategy_args = dict(strategy_args or {})
        self.strategy = self._build_strategy()
        self.seen_classes: list[int] = []

    # -- construction -----------------------------------------------------------------------------------
    def _build_strategy(self):
        cls, args = self.strategy_cls, dict(self.strategy_args)
        common = {"train_mb_size": self.batch_size, "train_epochs": self.epochs, "eval_mb_size": 512,
                  "device": self.device, "evaluator": silent_evaluator(), "eval_every": -1}
        params = inspect.signature(cls.__init__).parameters
        optimizer = make_optimizer(self.model.parameters(), self.optimizer_cfg)
        flip = bool(args.pop("flip_class_means", False)) if cls.__name__ == "ICaRL" else None
        distill = str(args.pop("distill_classes", "previous")) if cls.__name__ == "LwF" else None
        if distill not in (None, "previous", "seen"):
            raise ClbenchError(f"strategy_args.distill_classes must be 'previous' or 'seen', got '{distill}'.")
        if cls.__name__ == "LwF":
            args["alpha"] = _lwf_alpha(args.get("alpha", 1.0), self.info.n_experiences)
        if cls.__name__ == "ICaRL":
            # iCaRL's own model: feature extractor + trainable head, nearest-mean classifier at test time
            args.setdefault("buffer_transform", None)
            args.setdefault("fixed_memory", True)
            common.update(feature_extractor=self.model.backbone, classifier=self.model.head, optimizer=optimizer)
        else:
            common.update(model=self.model, optimizer=optimizer)
            if "criterion" in params:
                multi_head = self.info.task_ids_at_test and _disjoint(self.info.classes_per_experience)
                common["criterion"] = (TaskMaskedCrossEntropy(self.info.classes_per_experience, self.info.n_classes)
                                       if multi_head else nn.CrossEntropyLoss())
        takes_any = any(p.kind is p.VAR_KEYWORD for p in params.values())
        if not takes_any:
            common = {k: v for k, v in common.items() if k in params}
        clash = sorted(set(args) & set(common))
        if clash:
            raise ClbenchError(
                f"strategy_args.{clash[0]} is set by clbench for {cls.__name__}; use the method option instead "
                "(backbone, epochs, batch_size, optimizer, device)."
            )
        build = UniformBatchesGDumb if cls is GDumb else cls  # GDumb on uniform batches (module docstring)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                strategy = build(**common, **args)
        except TypeError as e:
            raise ClbenchError(
                f"Avalanche strategy {cls.__name__} rejected its arguments ({e}); fix method.strategy_args."
            ) from None
        # the corrected plugins replace Avalanche's right after construction, built from the same arguments
        # (nothing has trained yet, so the fresh instance is the same state); see the module docstring
        _replace_plugin(strategy, SynapticIntelligencePlugin, lambda p: CPUSafeSIPlugin(
            si_lambda=p.si_lambda, eps=p.eps, excluded_parameters=sorted(p.excluded_parameters), device=p._device))
        if distill == "seen":
            _replace_plugin(strategy, LwFPlugin, lambda p: SeenClassesLwFPlugin(p.lwf.alpha, p.lwf.temperature))
        if flip is False:
            _replace_plugin(strategy, _ICaRLPlugin, lambda p: PaperICaRLPlugin(p.memory_size, p.buffer_transform,
                                                                              p.fixed_memory))
        return strategy

    # -- the contract -----------------------------------------------------------------------------------
    def _task_label(self, exp: Experience) -> int:
        return int(exp.task_id) if self.info.task_ids_at_test else 0

    def train_experience(self, experience: Experience) -> None:
        avl_exp = avalanche_experience(experience.train_x, experience.train_y, experience.index, self.info,
                                       "train", self._task_label(experience))
        self._memory_iterators(restart=True)

        def train() -> None:
            with _deprecations_once():
                self.strategy.train(avl_exp, eval_streams=[], num_workers=0)

        train_metered(self.strategy, compute.current(), train)  # counted: methods/common/avalanche_meter.py
        self._memory_iterators(restart=False)
        self.seen_classes = sorted(set(self.seen_classes) | set(experience.train_y.unique().tolist()))

    def _memory_iterators(self, restart: bool) -> None:
        """A-GEM draws memory batches from an iterator, which cannot be pickled: it is emptied after every
        experience (so checkpoints pickle) and restarted before the next, so a resumed run samples exactly
        like an uninterrupted one."""
        for plugin in self.strategy.plugins:
            if getattr(plugin, "buffer_dataloader", None) is not None and hasattr(plugin, "buffer_dliter"):
                plugin.buffer_dliter = iter(plugin.buffer_dataloader) if restart else iter([])

    @torch.no_grad()
    def predict(self, x: torch.Tensor, task_ids: torch.Tensor | None = None) -> torch.Tensor:
        from avalanche.models.utils import avalanche_forward

        model = self.strategy.model  # GDumb replaces the model at every experience: never cache it
        model.eval()
        x = x.to(self.device)
        if self.strategy_cls.__name__ == "ICaRL":
            return self._ncm_logits(model, x)
        tids = task_ids.to(self.device) if task_ids is not None else torch.zeros(len(x), dtype=torch.long)
        out = avalanche_forward(model, x, tids)
        return self._full_width(out)

    def _ncm_logits(self, model, x: torch.Tensor) -> torch.Tensor:
        ncm = model.eval_classifier
        feats = model.feature_extractor(x)
        if not ncm.class_means_dict:  # nothing learned yet: the random head's logits
            return self._full_width(model.train_classifier(feats))
        known = [c for c, m in ncm.class_means_dict.items() if bool((m != 0).any())]
        logits = self._full_width(ncm(feats))
        keep = torch.zeros(self.info.n_classes, dtype=torch.bool, device=logits.device)
        keep[known] = True
        return logits.masked_fill(~keep, float("-inf"))

    def _full_width(self, out: torch.Tensor) -> torch.Tensor:
        """Logits over all classes: models with fewer output units (incremental heads) are padded with -inf."""
        n = self.info.n_classes
        if out.shape[1] >= n:
            return out[:, :n]
        pad = torch.full((len(out), n - out.shape[1]), float("-inf"), device=out.device, dtype=out.dtype)
        return torch.cat([out, pad], 1)

    # -- optional ---------------------------------------------------------------------------------------
    def modules(self) -> list[nn.Module]:
        return [self.strategy.model]

    def cost(self) -> dict:
        params = sum(p.numel() for p in self.strategy.model.parameters())
        return {"params": int(params), "memory_bytes": self._buffer_bytes()}

    def _buffer_bytes(self) -> int:
        """Bytes of the raw exemplars the strategy keeps (inputs + labels), 0 for regularisers."""
        s, per_sample = self.strategy, self.model_input_bytes()
        n = 0
        for plugin in list(getattr(s, "plugins", [])) + [s]:
            if hasattr(plugin, "x_memory"):  # iCaRL
                n += sum(len(t) for t in plugin.x_memory)
            policy = getattr(plugin, "storage_policy", None)
            if policy is not None and hasattr(policy, "buffer"):
                n += len(policy.buffer)
            for attr in ("memory_x", "buffers"):  # GEM: dict task → tensor; A-GEM: list of datasets
                mem = getattr(plugin, attr, None)
                if isinstance(mem, dict):
                    n += sum(len(v) for v in mem.values())
                elif isinstance(mem, list):
                    n += sum(len(v) for v in mem)
        return int(n * per_sample)

    def model_input_bytes(self) -> int:
        shape = self.info.input_shape or (1,)
        return tensor_bytes(torch.empty(shape)) + 8  # float32 input + int64 label

    def report(self) -> dict[str, Any]:
        return {"strategy": self.strategy_cls.__name__, "seen_classes": len(self.seen_classes)}

    # -- checkpoints ------------------------------------------------------------------------------------
    def state_dict(self) -> dict:
        """The learner's attributes, the strategy's whole object graph included (plugins, buffers, clock,
        importances), as plain data (:mod:`clbench.plainstate`): tensors, numbers, strings, lists and dicts
        that ``torch.load(weights_only=True)`` reads without naming a single global, so a checkpoint never
        needs a full unpickle (issue 21). Objects are rebuilt as pickle would (``__new__`` + their state),
        so a resumed run is bit-identical to an uninterrupted one."""
        return {PLAIN_STATE: plainstate.encode(dict(self.__dict__))}

    def load_state_dict(self, state: dict) -> None:
        if set(state) != {PLAIN_STATE}:
            raise ClbenchError("this Avalanche checkpoint is not in clbench's plain-state format (an older "
                               "clbench pickled the strategy); delete it or pass rerun=true.")
        self.__dict__.update(plainstate.decode(state[PLAIN_STATE]))


class PaperICaRLPlugin(_ICaRLPlugin):
    """Avalanche's iCaRL plugin with the paper's class means (no flipped copies)."""

    def compute_class_means(self, strategy) -> None:
        if not self.class_means:
            n = sum(strategy.experience.benchmark.n_classes_per_exp)
            self.class_means = {c: torch.zeros(self.embedding_size, device=strategy.device) for c in range(n)}
        for xs, ys in zip(self.x_memory, self.y_memory):
            with torch.no_grad():
                feats = strategy.model.feature_extractor(xs.to(strategy.device))
            feats = feats / feats.norm(dim=1, keepdim=True)  # φ(p) normalised, as in the paper
            mean = feats.mean(0)
            self.class_means[ys[0]] = mean / mean.norm()
        strategy.model.eval_classifier.replace_class_means_dict(self.class_means)


class CPUSafeSIPlugin(SynapticIntelligencePlugin):
    """Avalanche's SI plugin with parameter snapshots that are copies.

    Avalanche 0.6.0 snapshots weights with ``param.detach().cpu().flatten()``: on a CPU model that is a
    *view* of the live parameter, so the "old" weights move with every optimizer step, the path integral
    ``sum_t g_t * (theta_t+1 - theta_t)`` is exactly 0 and SI silently degenerates to finetuning (on GPU
    ``.cpu()`` copies and the bug hides). Cloning the two snapshots restores Zenke et al.'s algorithm."""

    def before_training_exp(self, strategy, **kwargs) -> None:
        super().before_training_exp(strategy, **kwargs)
        for p in self.ewc_data[0].values():  # theta* of this experience's start
            p.data = p.data.clone()

    def before_training_iteration(self, strategy, **kwargs) -> None:
        super().before_training_iteration(strategy, **kwargs)
        for p in self.syn_data["old_theta"].values():  # weights before this step
            p.data = p.data.clone()


class UniformBatchesGDumb(GDumb):
    """Avalanche's GDumb trained on uniformly shuffled minibatches of its memory, as the paper does.

    Avalanche 0.6.0 trains every strategy through a ``TaskBalancedDataLoader`` (oversampling small task
    groups) whenever experiences carry task labels. GDumb's memory spans every task seen, so in task-IL each
    batch was split evenly across the task labels and the smaller groups were replayed until the largest
    ran out: about twice GDumb's SGD steps by the last of 10 permutations (permuted MNIST with task ids:
    0.408 against 0.271 without task ids, from extra training, not from task information). Prabhu et al.
    (2020) sample minibatches uniformly from the class-balanced memory and use task ids only to mask the
    output at test time; this loader does the same, so task ids no longer change how GDumb trains."""

    def make_train_dataloader(self, num_workers=0, shuffle=True, pin_memory=None,
                              persistent_workers=False, drop_last=False, **kwargs) -> None:
        args = self._obtain_common_dataloader_parameters(
            batch_size=self.train_mb_size, num_workers=num_workers, shuffle=shuffle,
            pin_memory=pin_memory, persistent_workers=persistent_workers, drop_last=drop_last)
        self.dataloader = DataLoader(self.adapted_dataset, **args)


class SeenClassesLwFPlugin(LwFPlugin):
    """Avalanche's LwF plugin with van de Ven et al.'s class-incremental distillation.

    Avalanche distils over the previous classes' units only. A softmax over those units alone is unchanged
    when all of them drop by the same amount, so nothing stops the cross-entropy on the new classes pushing
    every old logit below the new ones: old classes then score 0 in class-IL, as with finetuning. van de Ven &
    Tolias (2019, "Three scenarios"; ``loss_fn_kd`` in GMvandeVen/continual-learning) take the student's softmax
    over every class seen so far (previous + current experience) and give the current classes teacher
    probability 0, so the distillation term also holds the new classes' logits down on the new inputs.
    With task labels (task-IL) each previous task's classes are distilled on their own, as with one head per
    task; Avalanche's single-head LwF distils only task 0's classes there."""

    def before_backward(self, strategy, **kwargs) -> None:
        lwf = self.lwf
        if lwf.prev_model is None:
            return
        alpha = lwf.alpha[lwf.expcount] if isinstance(lwf.alpha, (list, tuple)) else lwf.alpha
        current = {int(c) for c in strategy.experience.classes_in_this_experience}
        with torch.no_grad():
            teacher = lwf.prev_model(strategy.mb_x)
        t, loss, done = lwf.temperature, 0.0, set()
        for task, classes in lwf.prev_classes_by_task.items():  # class-IL: one task label, 0
            old = sorted(int(c) for c in classes)
            if tuple(old) in done:
                # task labels sharing one class set (permuted MNIST with task ids: every task holds
                # 0-9) are one old function on one head: distilling it once per label would weigh
                # the loss t times at experience t (t^2 with alpha t-1) and stop the net learning
                continue
            done.add(tuple(old))
            new = sorted(current - set(old)) if task == strategy.experience.task_label else []
            target = torch.softmax(teacher[:, old] / t, dim=1)
            target = torch.cat([target, target.new_zeros(len(target), len(new))], dim=1)
            log_p = torch.log_softmax(strategy.mb_output[:, old + new] / t, dim=1)
            loss = loss + nn.functional.kl_div(log_p, target, reduction="batchmean")
        strategy.loss += alpha * loss


def _capabilities(strategy: str) -> Capabilities:
    protocols = CLASS_SPLIT_PROTOCOLS if strategy == "ICaRL" else PROTOCOLS
    return Capabilities(protocols=protocols, exemplars=strategy in KEEPS_EXEMPLARS,
                        notes=f"Avalanche {strategy} strategy on the clbench backbone",
                        # Naive is finetune again: the board shows clbench's finetune when both ran
                        **({"bound": "lower", "bound_rank": 2} if strategy == "Naive" else {}))


class _NamedStrategy(AvalancheLearner):
    """One Avalanche strategy under its short clbench name: a subclass sets ``strategy_name`` and gets its
    capabilities from it. Each is an ordinary module-level class (so a checkpoint names it plainly)."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.capabilities = _capabilities(cls.strategy_name)
        cls.__doc__ = f"Avalanche's {cls.strategy_name} strategy under the clbench contract (see the module docstring)."


@register_method("naive")
class AvalancheNaive(_NamedStrategy):
    strategy_name = "Naive"


@register_method("ewc")
class AvalancheEWC(_NamedStrategy):
    strategy_name = "EWC"


@register_method("si")
class AvalancheSynapticIntelligence(_NamedStrategy):
    strategy_name = "SynapticIntelligence"


@register_method("lwf")
class AvalancheLwF(_NamedStrategy):
    strategy_name = "LwF"


@register_method("icarl")
class AvalancheICaRL(_NamedStrategy):
    strategy_name = "ICaRL"


@register_method("replay")
class AvalancheReplay(_NamedStrategy):
    strategy_name = "Replay"


@register_method("gem")
class AvalancheGEM(_NamedStrategy):
    strategy_name = "GEM"


@register_method("agem")
class AvalancheAGEM(_NamedStrategy):
    strategy_name = "AGEM"


@register_method("der")
class AvalancheDER(_NamedStrategy):
    strategy_name = "DER"


@register_method("gdumb")
class AvalancheGDumb(_NamedStrategy):
    strategy_name = "GDumb"


@register_method("avalanche")
class AvalancheAny(AvalancheLearner):
    """Any Avalanche strategy by class name (``strategy: MAS``), with its keyword arguments in
    ``strategy_args``. A strategy that needs task ids at test time is refused on a scenario without them."""

    capabilities = Capabilities(protocols=PROTOCOLS, exemplars=True,
                                notes="exemplars depend on the chosen strategy")

    def __init__(self, info: ScenarioInfo, strategy: str = "Naive", backbone: str | dict = "mlp", epochs: int = 1,
                 batch_size: int = 10, optimizer: dict | None = None, strategy_args: dict | None = None,
                 device: str = "cpu"):
        self.strategy_name = strategy
        super().__init__(info, backbone=backbone, epochs=epochs, batch_size=batch_size, optimizer=optimizer,
                         strategy_args=strategy_args, device=device)
