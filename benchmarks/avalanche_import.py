"""Avalanche benchmarks as clbench scenarios: streams, class order and task labels carried over.

The shape: a **source** ``avalanche`` materialises any Avalanche benchmark (built by a factory named by
import path, e.g. ``avalanche.benchmarks.classic:SplitMNIST`` or ``mypkg.bench:make``) into one
:class:`LabelledData` whose ``meta`` records, per sample, the experience it came from and its task label;
the **protocol** ``avalanche`` rebuilds exactly those experiences as a clbench :class:`Scenario`. The
scenario's ``protocol`` is the family the stream follows (``kind``: class_incremental, task_incremental
or domain_incremental), so capability checks and records treat it like any native benchmark; the
benchmark config names that family in ``protocol_args.kind`` so the check can run before data loads.
For a benchmark object already in hand, :func:`scenario_from_avalanche` does both steps.

Splitting the work this way keeps sources pure (data in) and protocols pure (data → stream) as in the
rest of clbench; the Avalanche stream rides along in ``meta`` instead of being re-drawn from the seed.
The run seed reaches the factory through Hydra interpolation (``factory_args: {seed: ${seed}}``).

Choices made here: inputs are read through each dataset's *eval* transform group (deterministic: random
training augmentations are not carried over, clbench data are tensors); PIL images become uint8 tensors.
A test stream with one experience per training experience is paired by index; a single test experience
(new-style Avalanche benchmarks) is split by each training experience's classes when those are disjoint
and otherwise shared by every experience (domain-incremental streams).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import torch

from clbench.errors import ClbenchError
from clbench.registry import register_source
from clbench.scenario import Experience, LabelledData, Scenario, register_protocol, to_float

KINDS = ("class_incremental", "task_incremental", "domain_incremental")


def load_factory(path: str) -> Callable[..., Any]:
    """``package.module:function`` (or ``package.module.function``) → the callable."""
    module, _, attr = path.partition(":") if ":" in path else path.rpartition(".")
    try:
        fn = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError, ValueError):
        raise ClbenchError(
            f"cannot import Avalanche benchmark factory '{path}'; give it as 'package.module:function'."
        ) from None
    if not callable(fn):
        raise ClbenchError(f"'{path}' is not callable; give a function or class that returns an Avalanche benchmark.")
    return fn


def _collate(batch: list) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    from torchvision.transforms.functional import pil_to_tensor

    xs = [b[0] if isinstance(b[0], torch.Tensor) else pil_to_tensor(b[0]) for b in batch]
    ys = torch.tensor([int(b[1]) for b in batch], dtype=torch.long)
    ts = torch.tensor([int(b[2]) if len(b) > 2 else 0 for b in batch], dtype=torch.long)
    return torch.stack(xs), ys, ts


def _stream_tensors(stream) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """(x, y, task label, experience index) of every sample of an Avalanche stream, in stream order."""
    from torch.utils.data import DataLoader

    xs, ys, ts, es = [], [], [], []
    for i, exp in enumerate(stream):
        data = exp.dataset
        data = data.eval() if hasattr(data, "eval") else data
        for x, y, t in DataLoader(data, batch_size=1024, shuffle=False, collate_fn=_collate):
            xs.append(x), ys.append(y), ts.append(t), es.append(torch.full_like(y, i))
    if not xs:
        raise ClbenchError("the Avalanche benchmark has an empty stream; give a benchmark whose streams hold data.")
    return torch.cat(xs), torch.cat(ys), torch.cat(ts), torch.cat(es)


def data_from_avalanche(benchmark, name: str = "avalanche", train_stream: str = "train",
                        test_stream: str = "test") -> LabelledData:
    """Materialise an Avalanche benchmark's train and test streams into one :class:`LabelledData`."""
    streams = {}
    for s in (train_stream, test_stream):
        stream = getattr(benchmark, f"{s}_stream", None)
        if stream is None:
            raise ClbenchError(
                f"the Avalanche benchmark has no '{s}_stream'; set train_stream/test_stream to its streams."
            )
        streams[s] = stream
    tx, ty, tt, te = _stream_tensors(streams[train_stream])
    vx, vy, vt, ve = _stream_tensors(streams[test_stream])
    n_classes = int(getattr(benchmark, "n_classes", 0) or 0) or int(max(ty.max(), vy.max())) + 1
    meta = {"train_experience": te, "train_task": tt, "test_experience": ve, "test_task": vt,
            "class_order": [int(c) for c in getattr(benchmark, "classes_order", None) or []]}
    return LabelledData(name, tx, ty, vx, vy, n_classes, meta=meta)


@register_source("avalanche")
def avalanche(factory: str, factory_args: dict | None = None, train_stream: str = "train",
              test_stream: str = "test") -> LabelledData:
    """Any Avalanche benchmark, built by ``factory(**factory_args)``, as labelled data plus its stream."""
    benchmark = load_factory(factory)(**dict(factory_args or {}))
    name = factory.replace(":", ".").rsplit(".", 1)[-1]
    return data_from_avalanche(benchmark, name, train_stream, test_stream)


def _infer_kind(groups: list[list[int]], task_per_exp: list[int]) -> str:
    if len(set(task_per_exp)) > 1:
        return "task_incremental"
    seen: set[int] = set()
    for g in groups:
        if seen & set(g):
            return "domain_incremental"
        seen |= set(g)
    return "class_incremental"


@register_protocol("avalanche")
def avalanche_protocol(data: LabelledData, seed: int = 0, kind: str | None = None,
                       task_ids_at_test: bool | None = None) -> Scenario:
    """The experiences recorded by the ``avalanche`` source, unchanged (the seed draws nothing here)."""
    meta = data.meta or {}
    if "train_experience" not in meta:
        raise ClbenchError(
            "the avalanche protocol needs data from the avalanche source; set benchmark.source: avalanche."
        )
    tr_e, te_e = meta["train_experience"], meta["test_experience"]
    T = int(tr_e.max()) + 1
    idx = [(tr_e == i).nonzero().flatten() for i in range(T)]
    groups = [sorted(data.train_y[ix].unique().tolist()) for ix in idx]
    task_per_exp = [int(meta["train_task"][ix[0]]) if len(ix) else 0 for ix in idx]
    inferred = _infer_kind(groups, task_per_exp)
    kind = kind or inferred
    if kind not in KINDS:
        raise ClbenchError(f"unknown avalanche kind '{kind}'; use one of {', '.join(KINDS)} or leave it out.")
    if kind == "class_incremental" and inferred == "domain_incremental":
        raise ClbenchError(
            "kind class_incremental needs disjoint classes per experience but this Avalanche stream repeats "
            "classes; set protocol_args.kind: domain_incremental."
        )
    tids_at_test = (kind == "task_incremental") if task_ids_at_test is None else bool(task_ids_at_test)
    # a stream with task labels keeps them; without, the task id is the experience index (clbench's rule)
    use_labels = len(set(task_per_exp)) > 1
    order = [c for c in meta.get("class_order") or [] if c < data.n_classes]
    if sorted(set(order)) != sorted({c for g in groups for c in g}):  # no usable classes_order: first appearance
        order = list(dict.fromkeys(c for g in groups for c in g))
    rank = {c: k for k, c in enumerate(order)}
    train_x, test_x = to_float(data.train_x), to_float(data.test_x)
    n_test_exps = int(te_e.max()) + 1
    if n_test_exps not in (1, T):
        raise ClbenchError(
            f"the Avalanche test stream has {n_test_exps} experiences for {T} training experiences; "
            "give a benchmark whose test stream has one experience per training experience, or one in all."
        )
    experiences, seen = [], set()
    for i, ix in enumerate(idx):
        classes = tuple(sorted(groups[i], key=lambda c: rank.get(c, c)))
        if n_test_exps == T:
            te = (te_e == i).nonzero().flatten()
            tx_i, ty_i = test_x[te], data.test_y[te]
        elif kind == "domain_incremental":
            tx_i, ty_i = test_x, data.test_y  # one shared test set for every experience
        else:
            te = torch.isin(data.test_y, torch.tensor(classes, dtype=data.test_y.dtype)).nonzero().flatten()
            tx_i, ty_i = test_x[te], data.test_y[te]
        experiences.append(Experience(
            index=i, train_x=train_x[ix], train_y=data.train_y[ix], test_x=tx_i, test_y=ty_i, classes=classes,
            new_classes=tuple(c for c in classes if c not in seen),
            task_id=task_per_exp[i] if use_labels else i, task_ids_at_test=tids_at_test,
        ))
        seen |= set(classes)
    return Scenario(
        name=data.name, protocol=kind, experiences=experiences, n_classes=data.n_classes, class_order=order,
        seed=seed, input_shape=tuple(train_x.shape[1:]), task_ids_at_test=tids_at_test,
        class_names=data.class_names, meta={"source": "avalanche", "inferred_kind": inferred},
    )


def scenario_from_avalanche(benchmark, name: str = "avalanche", kind: str | None = None,
                            task_ids_at_test: bool | None = None, seed: int = 0) -> Scenario:
    """An Avalanche benchmark object → a clbench scenario (train/test streams as named ``train``/``test``)."""
    return avalanche_protocol(data_from_avalanche(benchmark, name), seed=seed, kind=kind,
                              task_ids_at_test=task_ids_at_test)


def digits_benchmark(n_experiences: int = 5, seed: int = 0, task_labels: bool = False):
    """An Avalanche ``nc_benchmark`` over scikit-learn's 8×8 digits (offline, in memory): the factory behind
    ``conf/benchmark/avalanche_example.yaml``, and a template for wrapping your own Avalanche benchmark."""
    from avalanche.benchmarks import nc_benchmark
    from avalanche.benchmarks.utils import _make_taskaware_tensor_classification_dataset as tensor_dataset

    from clbench.registry import build_data

    d = build_data("digits", {})
    train = tensor_dataset(to_float(d.train_x), d.train_y)
    test = tensor_dataset(to_float(d.test_x), d.test_y)
    return nc_benchmark(train, test, n_experiences=n_experiences, task_labels=task_labels, seed=seed,
                        class_ids_from_zero_in_each_exp=False)
