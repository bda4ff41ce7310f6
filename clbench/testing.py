"""``check_learner``: the learner contract, checked on tiny synthetic data (like Gymnasium's ``check_env``).

    from clbench.testing import check_learner, synthetic_info
    check_learner(MyMethod, synthetic_info("class_incremental"), {"epochs": 1})

It builds the learner on the given :class:`~clbench.scenario.ScenarioInfo`, makes a synthetic stream with
exactly that shape (classes per experience, task ids, input shape), trains the first one or two experiences
and fails with one sentence per broken promise:

* ``predict`` returns float logits of shape (n, n_classes) over every class of the scenario, never NaN or +inf,
  for trained and untrained task ids alike (the evaluation also scores future experiences, for FWT);
* a learner whose ``capabilities.unseen_classes_minus_inf`` is set scores exactly the classes of no trained
  experience -inf (and every trained class finitely);
* ``state_dict()`` survives a ``torch.save``/restricted ``torch.load(weights_only=True)`` round trip (what a
  checkpoint does, :mod:`clbench.trust`) into a fresh instance built from another random state, and the
  fresh instance predicts identically;
* the same seed gives the same predictions (two builds and trainings from the same global seed);
* ``train_experience`` never touches the test split: it is handed the runner's view without it
  (:meth:`~clbench.scenario.Experience.without_test`), and reading ``test_x``/``test_y`` there is reported.

See docs/testing.md. The global RNG states are restored afterwards.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from clbench import trust
from clbench.learner import Learner
from clbench.scenario import Experience, Scenario, ScenarioInfo


class LearnerCheckError(AssertionError):
    """A learner broke the contract; the message is one sentence naming the method, the promise and the fix."""


#: modules allowed to read an experience's test fields while copying it (dataclasses.replace, chunks())
_COPIERS = ("dataclasses", "clbench.scenario")


@dataclass
class _TrainView(Experience):
    """An experience view without the test split that remembers whether anyone read the (empty) test fields."""

    def __getattribute__(self, name: str) -> Any:
        if name in ("test_x", "test_y"):
            caller = sys._getframe(1).f_globals.get("__name__", "")
            if caller not in _COPIERS:
                _READS.append(name)
        return super().__getattribute__(name)


_READS: list[str] = []


def synthetic_info(protocol: str = "class_incremental", n_classes: int = 6, n_experiences: int = 3,
                   input_shape: tuple[int, ...] = (1, 8, 8), task_ids_at_test: bool | None = None,
                   seed: int = 0) -> ScenarioInfo:
    """A small ScenarioInfo: disjoint equal class groups (all classes per experience for domain_incremental)."""
    if protocol == "domain_incremental":
        groups = [list(range(n_classes)) for _ in range(n_experiences)]
    else:
        per = n_classes // n_experiences
        groups = [list(range(i * per, (i + 1) * per)) for i in range(n_experiences)]
    if task_ids_at_test is None:
        task_ids_at_test = protocol == "task_incremental"
    return ScenarioInfo(name=f"synthetic_{protocol}", protocol=protocol, n_experiences=n_experiences,
                        n_classes=n_classes, input_shape=tuple(input_shape), task_ids_at_test=task_ids_at_test,
                        output="logits", seed=seed, class_order=list(range(n_classes)),
                        classes_per_experience=groups)


def synthetic_scenario(info: ScenarioInfo, n_train: int = 6, n_test: int = 3, data_seed: int = 12345) -> Scenario:
    """A stream with exactly ``info``'s shape: ``n_train``/``n_test`` samples per class and experience, inputs
    in [0, 1] with a class-dependent mean (learnable, so trained predictions differ from untrained ones)."""
    g = torch.Generator().manual_seed(data_seed)
    shape = tuple(info.input_shape or ())

    def draw(classes: list[int], k: int) -> tuple[torch.Tensor, torch.Tensor]:
        y = torch.tensor(classes, dtype=torch.long).repeat_interleave(k)
        centre = (y.float() + 1) / (info.n_classes + 1)
        x = (0.5 * torch.rand(len(y), *shape, generator=g) + 0.5 * centre.view(-1, *([1] * len(shape)))).clamp(0, 1)
        perm = torch.randperm(len(y), generator=g)
        return x[perm], y[perm]

    experiences, seen = [], set()
    for i, classes in enumerate(info.classes_per_experience):
        tx, ty = draw(list(classes), n_train)
        vx, vy = draw(list(classes), n_test)
        experiences.append(Experience(
            index=i, train_x=tx, train_y=ty, test_x=vx, test_y=vy, classes=tuple(classes),
            new_classes=tuple(c for c in classes if c not in seen), task_id=i, task_ids_at_test=info.task_ids_at_test,
        ))
        seen |= set(classes)
    return Scenario(name=info.name, protocol=info.protocol, experiences=experiences, n_classes=info.n_classes,
                    class_order=list(info.class_order), seed=info.seed, input_shape=info.input_shape,
                    task_ids_at_test=info.task_ids_at_test)


def train_view(exp: Experience) -> _TrainView:
    """The experience as ``train_experience`` gets it: no test split, and any read of one is remembered."""
    plain = exp.without_test()
    return _TrainView(**{f: getattr(plain, f) for f in plain.__dataclass_fields__})


def _name(cls: type) -> str:
    return getattr(cls, "method_name", cls.__name__)


def _fail(cls: type, what: str) -> None:
    raise LearnerCheckError(f"method '{_name(cls)}' {what}")


def _seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


def _build(cls: type[Learner], info: ScenarioInfo, options: Mapping[str, Any]) -> Learner:
    try:
        return cls(info, **dict(options))
    except TypeError as e:
        _fail(cls, f"could not be built on the ScenarioInfo with options {dict(options)} ({e}); "
                   "expected __init__(info, **options).")
    raise AssertionError("unreachable")


def _train(cls: type[Learner], learner: Learner, experiences: list[Experience]) -> None:
    for exp in experiences:
        _READS.clear()
        learner.train_experience(train_view(exp))
        if _READS:
            _fail(cls, f"read experience.{_READS[0]} in train_experience (experience {exp.index}); the test split "
                       "is not available while training: learn from train_x/train_y only.")


@torch.inference_mode()
def _predict_all(cls: type[Learner], learner: Learner, scenario: Scenario, trained: int) -> list[torch.Tensor]:
    """Logits on every experience's test inputs (trained or not), each checked for shape and values."""
    out = []
    for exp in scenario.experiences:
        x = exp.test_x
        tids = torch.full((len(x),), exp.task_id, dtype=torch.long) if scenario.task_ids_at_test else None
        where = f"on experience {exp.index} after training {trained} experience(s)"
        if tids is not None and exp.index >= trained:
            where += f" (task id {exp.task_id} not trained yet)"
        try:
            logits = learner.predict(x, tids)
        except Exception as e:  # noqa: BLE001 - the evaluation would report it as a contract breach too
            _fail(cls, f"raised {type(e).__name__} in predict {where}: {e}; expected logits for every task id, "
                       "trained or not (an untrained task's classes may score -inf).")
        expected = (len(x), scenario.n_classes)
        if not isinstance(logits, torch.Tensor) or tuple(logits.shape) != expected:
            got = tuple(logits.shape) if isinstance(logits, torch.Tensor) else type(logits).__name__
            _fail(cls, f"predict returned {got} {where}; expected float logits of shape {expected}, one column "
                       "per class of the scenario (unseen classes may score -inf).")
        if not logits.is_floating_point():
            _fail(cls, f"predict returned {logits.dtype} logits {where}; expected a floating-point tensor.")
        logits = logits.detach().float().cpu()
        if torch.isnan(logits).any() or torch.isposinf(logits).any():
            _fail(cls, f"predict returned NaN or +inf logits {where}; expected finite scores (or -inf for classes "
                       "it cannot predict).")
        out.append(logits)
    return out


def _check_unseen(cls: type[Learner], scenario: Scenario, logits: list[torch.Tensor], trained: int) -> None:
    seen = sorted({c for e in scenario.experiences[:trained] for c in e.classes})
    unseen = sorted(set(range(scenario.n_classes)) - set(seen))
    for exp, lg in zip(scenario.experiences, logits):
        if unseen and not torch.isneginf(lg[:, unseen]).all():
            _fail(cls, f"declares unseen_classes_minus_inf but scores unseen classes {unseen} above -inf on "
                       f"experience {exp.index} after training {trained} experience(s); mask them, or drop the "
                       "declaration.")
        own = [c for c in seen if not scenario.task_ids_at_test or c in exp.classes]
        if own and not torch.isfinite(lg[:, own]).all():
            _fail(cls, f"declares unseen_classes_minus_inf but scores trained classes -inf on experience "
                       f"{exp.index} after training {trained} experience(s); only classes of no trained "
                       "experience may be -inf.")


def _same(a: list[torch.Tensor], b: list[torch.Tensor]) -> bool:
    return all(torch.equal(x, y) for x, y in zip(a, b))


def check_learner(cls: type[Learner], info: ScenarioInfo, options: Mapping[str, Any] | None = None,
                  n_train_experiences: int = 2) -> None:
    """Check ``cls`` keeps the learner contract on ``info`` (see the module docstring); raise
    :class:`LearnerCheckError` with one sentence at the first broken promise. ``options`` are the
    constructor's keyword options (keep them small: one epoch, a tiny backbone)."""
    options = dict(options or {})
    if info.output != "logits":
        raise LearnerCheckError(f"check_learner checks logits learners; '{_name(cls)}' is scored on {info.output}.")
    state = (random.getstate(), np.random.get_state(), torch.get_rng_state())
    try:
        scenario = synthetic_scenario(info)
        n = max(1, min(int(n_train_experiences), len(scenario)))

        _seed(info.seed)
        learner = _build(cls, info, options)
        _predict_all(cls, learner, scenario, 0)  # before any training: every task id must already score
        for k in range(1, n + 1):
            _train(cls, learner, scenario.experiences[k - 1 : k])
            logits = _predict_all(cls, learner, scenario, k)
            if getattr(cls.capabilities, "unseen_classes_minus_inf", False):
                _check_unseen(cls, scenario, logits, k)

        try:  # exactly what a checkpoint does: torch.save, then the restricted weights_only load of a resume
            restored_state = trust.safe_load(trust.payload_bytes(learner.state_dict()))
        except Exception as e:  # noqa: BLE001 - any failure to pickle is the same broken promise
            _fail(cls, f"state_dict() does not survive torch.save/torch.load ({type(e).__name__}: {e}); a checkpoint "
                       "must hold only tensors, plain values and modules or optimisers of torch, clbench or the "
                       "methods (other objects as clbench.plainstate data).")
        _seed(info.seed + 1)  # a fresh instance from another random state: only the loaded state may matter
        fresh = _build(cls, info, options)
        fresh.load_state_dict(restored_state)
        if not _same(_predict_all(cls, fresh, scenario, n), logits):
            _fail(cls, f"predicts differently after state_dict() was loaded into a fresh instance (after {n} "
                       "experience(s)); state_dict must hold everything predict depends on, so a resumed run "
                       "matches an uninterrupted one.")

        _seed(info.seed)
        again = _build(cls, info, options)
        _train(cls, again, scenario.experiences[:n])
        if not _same(_predict_all(cls, again, scenario, n), logits):
            _fail(cls, f"predicts differently when built and trained twice from the same seed {info.seed}; draw "
                       "every random number from torch/numpy/random (seeded by the runner) or a generator seeded "
                       "from info.seed.")
    finally:
        random.setstate(state[0])
        np.random.set_state(state[1])
        torch.set_rng_state(state[2])

