"""Experiences and scenarios: what a learner is shown, and in what order.

A protocol (see :mod:`clbench.protocols`; found through :mod:`clbench.registry`) turns a labelled dataset
into a :class:`Scenario`, an ordered stream of :class:`Experience` objects. Data lives in memory as tensors
wherever it fits: learners batch by index, which costs nothing over a hand-written torch loop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import torch

from clbench.errors import ClbenchError
from clbench.registry import get, register_protocol  # noqa: F401  (register_protocol: re-exported)

Inputs = Any  # a float tensor [N, ...] for vision/tabular data, a list of strings for text streams


@dataclass
class LabelledData:
    """A labelled train/test dataset as produced by a data source.

    ``train_x``/``test_x`` are uint8 image tensors [N, C, H, W] (or float tensors for tabular data, or
    lists of strings for text); ``train_y``/``test_y`` are int64 class ids in ``range(n_classes)`` (or
    lists of target strings for text with ``train_task``/``test_task`` naming each sample's task).
    """

    name: str
    train_x: Inputs
    train_y: Any
    test_x: Inputs
    test_y: Any
    n_classes: int
    class_names: list[str] | None = None
    meta: dict = field(default_factory=dict)


@dataclass
class Experience:
    """One step of a continual stream.

    ``task_id`` is always set during training (the experience's task label); whether the learner may
    use it at test time is ``task_ids_at_test``. For online streams the runner hands an experience to
    the learner in chunks: ``chunk``/``n_chunks`` say which one this is.
    """

    index: int
    train_x: Inputs
    train_y: Any
    test_x: Inputs
    test_y: Any
    classes: tuple[int, ...]
    new_classes: tuple[int, ...]
    task_id: int
    task_ids_at_test: bool
    chunk: int = 0
    n_chunks: int = 1
    meta: dict = field(default_factory=dict)

    @property
    def n_train(self) -> int:
        return len(self.train_y)

    @property
    def is_last_chunk(self) -> bool:
        return self.chunk == self.n_chunks - 1

    def without_test(self) -> Experience:
        """The same experience with an empty test split: what the runner hands to ``train_experience``, so
        no method can read test data while it trains (empty slices keep the inputs' type, dtype and shape)."""
        return replace(self, test_x=self.test_x[:0], test_y=self.test_y[:0])

    def chunks(self, size: int) -> list[Experience]:
        """Split the training data, in order, into consecutive chunks of ``size`` samples."""
        n = self.n_train
        starts = list(range(0, n, size)) or [0]
        return [
            replace(self, train_x=self.train_x[s : s + size], train_y=self.train_y[s : s + size],
                    chunk=k, n_chunks=len(starts))
            for k, s in enumerate(starts)
        ]


@dataclass
class Scenario:
    """The ordered stream plus what every learner and metric needs to know about it."""

    name: str
    protocol: str
    experiences: list[Experience]
    n_classes: int
    class_order: list[int]
    seed: int
    input_shape: tuple[int, ...] | None
    task_ids_at_test: bool
    output: str = "logits"  # "logits" or "text"
    eval_every: int | None = None  # online streams: evaluate every N training samples (for A_AUC)
    class_names: list[str] | None = None
    meta: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.experiences)

    def __iter__(self):
        return iter(self.experiences)

    def __getitem__(self, i: int) -> Experience:
        return self.experiences[i]

    def info(self) -> ScenarioInfo:
        return ScenarioInfo(
            name=self.name, protocol=self.protocol, n_experiences=len(self), n_classes=self.n_classes,
            input_shape=self.input_shape, task_ids_at_test=self.task_ids_at_test, output=self.output,
            seed=self.seed, class_order=list(self.class_order),
            classes_per_experience=[list(e.classes) for e in self.experiences],
        )

    def describe(self) -> dict:
        return {
            "protocol": self.protocol,
            "n_experiences": len(self),
            "n_classes": self.n_classes,
            "class_order": list(self.class_order),
            "classes_per_experience": [list(e.classes) for e in self.experiences],
            "task_ids_at_test": self.task_ids_at_test,
            "eval_every": self.eval_every,
            **({"meta": self.meta} if self.meta else {}),
        }


@dataclass(frozen=True)
class ScenarioInfo:
    """What a learner is told when it is built: the shape of the stream, never its data."""

    name: str
    protocol: str
    n_experiences: int
    n_classes: int
    input_shape: tuple[int, ...] | None
    task_ids_at_test: bool
    output: str
    seed: int
    class_order: list[int]
    classes_per_experience: list[list[int]]


# ---------------------------------------------------------------------------------------------- protocols
ProtocolFn = Callable[..., Scenario]


def get_protocol(name: str) -> ProtocolFn:
    """The protocol ``name`` (clbench/protocols/__init__.py's table, a benchmark package's, or a plugin's)."""
    return get("protocol", name)


def class_order_from_seed(n_classes: int, seed: int, class_order: Sequence[int] | None = None,
                          shuffle: bool = True) -> list[int]:
    """The class order: given explicitly, or drawn from ``seed`` (identity when ``shuffle`` is off)."""
    if class_order is not None:
        order = [int(c) for c in class_order]
        if sorted(order) != list(range(n_classes)):
            raise ClbenchError(
                f"class_order must be a permutation of 0..{n_classes - 1}, got {order}; fix "
                "benchmark.protocol_args.class_order or remove it to draw the order from the seed."
            )
        return order
    if not shuffle:
        return list(range(n_classes))
    g = torch.Generator().manual_seed(int(seed))
    return torch.randperm(n_classes, generator=g).tolist()


def to_float(x: torch.Tensor) -> torch.Tensor:
    """uint8 images → float32 in [0, 1]; float tensors pass through."""
    return x.float().div_(255.0) if x.dtype == torch.uint8 else x.float()
