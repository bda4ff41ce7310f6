"""Class-, task- and domain-incremental protocols, and few-shot class-incremental learning."""

from __future__ import annotations

from collections.abc import Sequence

import torch

from clbench.errors import ClbenchError
from clbench.scenario import (
    Experience,
    LabelledData,
    Scenario,
    class_order_from_seed,
    register_protocol,
    to_float,
)


def _split_classes(order: list[int], n_experiences: int | None, classes_per_experience: Sequence[int] | None,
                   first: int | None = None) -> list[list[int]]:
    n = len(order)
    if classes_per_experience is not None:
        sizes = [int(s) for s in classes_per_experience]
        if sum(sizes) != n or min(sizes) < 1:
            raise ClbenchError(
                f"classes_per_experience {sizes} must be positive and sum to the {n} classes of the source; "
                "fix benchmark.protocol_args.classes_per_experience."
            )
    else:
        if first is not None:
            rest = n - first
            if n_experiences is None or n_experiences < 2 or rest % (n_experiences - 1):
                raise ClbenchError(
                    f"cannot split {rest} classes after a first experience of {first} into "
                    f"{(n_experiences or 1) - 1} equal experiences; change n_experiences or first_experience_classes."
                )
            sizes = [first] + [rest // (n_experiences - 1)] * (n_experiences - 1)
        else:
            if not n_experiences or n_experiences < 1 or n % n_experiences:
                raise ClbenchError(
                    f"cannot split {n} classes into {n_experiences} equal experiences; choose n_experiences "
                    f"dividing {n} or give classes_per_experience."
                )
            sizes = [n // n_experiences] * n_experiences
    out, s = [], 0
    for size in sizes:
        out.append(order[s : s + size])
        s += size
    return out


def _select(y: torch.Tensor, classes: list[int]) -> torch.Tensor:
    return torch.isin(y, torch.tensor(classes, dtype=y.dtype)).nonzero().flatten()


def _class_split_scenario(data: LabelledData, protocol: str, seed: int, n_experiences: int | None,
                          class_order: Sequence[int] | None, classes_per_experience: Sequence[int] | None,
                          task_ids_at_test: bool, shuffle_classes: bool, first: int | None = None,
                          ) -> Scenario:
    order = class_order_from_seed(data.n_classes, seed, class_order, shuffle_classes)
    groups = _split_classes(order, n_experiences, classes_per_experience, first)
    train_x, test_x = to_float(data.train_x), to_float(data.test_x)
    g = torch.Generator().manual_seed(int(seed) + 1)
    experiences = []
    for i, classes in enumerate(groups):
        tr = _select(data.train_y, classes)
        tr = tr[torch.randperm(len(tr), generator=g)]  # a stream mixes its classes
        te = _select(data.test_y, classes)
        experiences.append(Experience(
            index=i, train_x=train_x[tr], train_y=data.train_y[tr], test_x=test_x[te], test_y=data.test_y[te],
            classes=tuple(classes), new_classes=tuple(classes), task_id=i, task_ids_at_test=task_ids_at_test,
        ))
    return Scenario(
        name=data.name, protocol=protocol, experiences=experiences, n_classes=data.n_classes, class_order=order,
        seed=seed, input_shape=tuple(train_x.shape[1:]), task_ids_at_test=task_ids_at_test,
        class_names=data.class_names,
    )


@register_protocol("class_incremental")
def class_incremental(data: LabelledData, seed: int = 0, n_experiences: int | None = 5,
                      class_order: Sequence[int] | None = None,
                      classes_per_experience: Sequence[int] | None = None,
                      first_experience_classes: int | None = None,
                      shuffle_classes: bool = True, task_ids_at_test: bool = False) -> Scenario:
    """Disjoint groups of classes, one group per experience; no task ids at test time."""
    return _class_split_scenario(data, "class_incremental", seed, n_experiences, class_order,
                                 classes_per_experience, task_ids_at_test, shuffle_classes,
                                 first_experience_classes)


@register_protocol("task_incremental")
def task_incremental(data: LabelledData, seed: int = 0, n_experiences: int | None = 5,
                     class_order: Sequence[int] | None = None,
                     classes_per_experience: Sequence[int] | None = None,
                     shuffle_classes: bool = True, task_ids_at_test: bool = True) -> Scenario:
    """Class-incremental splits whose task ids are known at test time (multi-head evaluation)."""
    return _class_split_scenario(data, "task_incremental", seed, n_experiences, class_order,
                                 classes_per_experience, task_ids_at_test, shuffle_classes)


def _permute(x: torch.Tensor, perm: torch.Tensor) -> torch.Tensor:
    flat = x.reshape(len(x), -1)
    return flat[:, perm].reshape(x.shape)


def _rotate(x: torch.Tensor, degrees: float) -> torch.Tensor:
    if not degrees:
        return x
    import torchvision.transforms.v2.functional as TF  # here: torchvision is ~1/3 of a run's start-up otherwise

    return TF.rotate(x, degrees)


@register_protocol("domain_incremental")
def domain_incremental(data: LabelledData, seed: int = 0, n_experiences: int = 10, transform: str = "permute",
                       angles: Sequence[float] | None = None, identity_first: bool = False,
                       task_ids_at_test: bool = False) -> Scenario:
    """Every experience holds all classes under a new input transform (pixel permutation or rotation).

    ``identity_first`` keeps the first experience untransformed (as in some Permuted-MNIST papers).
    Rotations default to ``i * 180 / n_experiences`` degrees, the usual Rotated-MNIST schedule.
    """
    if transform not in ("permute", "rotate"):
        raise ClbenchError(f"unknown domain transform '{transform}'; use 'permute' or 'rotate'.")
    train_x, test_x = to_float(data.train_x), to_float(data.test_x)
    g = torch.Generator().manual_seed(int(seed))
    n_pixels = train_x[0].numel()
    if transform == "rotate":
        angles = list(angles) if angles is not None else [i * 180.0 / n_experiences for i in range(n_experiences)]
        if len(angles) != n_experiences:
            raise ClbenchError(f"angles has {len(angles)} entries for {n_experiences} experiences; make them equal.")
    classes = tuple(range(data.n_classes))
    experiences = []
    for i in range(n_experiences):
        if transform == "permute":
            perm = torch.randperm(n_pixels, generator=g)
            if identity_first and i == 0:
                perm = torch.arange(n_pixels)
            tr, te = _permute(train_x, perm), _permute(test_x, perm)
        else:
            tr, te = _rotate(train_x, angles[i]), _rotate(test_x, angles[i])
        order = torch.randperm(len(tr), generator=g)
        experiences.append(Experience(
            index=i, train_x=tr[order], train_y=data.train_y[order], test_x=te, test_y=data.test_y,
            classes=classes, new_classes=classes if i == 0 else (), task_id=i, task_ids_at_test=task_ids_at_test,
            meta={"transform": transform, **({"angle": angles[i]} if transform == "rotate" else {})},
        ))
    return Scenario(
        name=data.name, protocol="domain_incremental", experiences=experiences, n_classes=data.n_classes,
        class_order=list(classes), seed=seed, input_shape=tuple(train_x.shape[1:]),
        task_ids_at_test=task_ids_at_test, class_names=data.class_names, meta={"transform": transform},
    )


@register_protocol("few_shot_class_incremental")
def few_shot_class_incremental(data: LabelledData, seed: int = 0, base_classes: int = 5, ways: int = 1,
                               shots: int = 5, class_order: Sequence[int] | None = None,
                               task_ids_at_test: bool = False) -> Scenario:
    """A base experience with all training data of ``base_classes`` classes, then N-way K-shot experiences.

    The k shots per class are drawn from the seed; test data is the full test set of each class.
    """
    n = data.n_classes
    if not 0 < base_classes < n or (n - base_classes) % ways or shots < 1:
        raise ClbenchError(
            f"few-shot split impossible: {n} classes, base {base_classes}, {ways}-way, {shots}-shot; "
            "choose base_classes < n_classes with (n_classes - base_classes) divisible by ways."
        )
    n_experiences = 1 + (n - base_classes) // ways
    scenario = _class_split_scenario(
        data, "few_shot_class_incremental", seed, n_experiences, class_order,
        [base_classes] + [ways] * (n_experiences - 1), task_ids_at_test, True,
    )
    g = torch.Generator().manual_seed(int(seed) + 2)
    for exp in scenario.experiences[1:]:
        keep = []
        for c in exp.classes:
            idx = (exp.train_y == c).nonzero().flatten()
            if len(idx) < shots:
                raise ClbenchError(f"class {c} has {len(idx)} training samples, fewer than shots={shots}.")
            keep.append(idx[torch.randperm(len(idx), generator=g)[:shots]])
        keep = torch.cat(keep)
        exp.train_x, exp.train_y = exp.train_x[keep], exp.train_y[keep]
    scenario.meta = {"base_classes": base_classes, "ways": ways, "shots": shots}
    return scenario
