"""One evaluation pass: a learner against the test data of every experience → one accuracy row.

Evaluation runs in ``torch.inference_mode()`` with large batches. The learner's logits are checked
against the contract (shape, finiteness) and turn into one clear sentence when they break it.

Every ``predict`` call of a classification stream goes through :func:`clbench.compute.step` (phase
``"eval"``): when the runner has a :class:`~clbench.compute.ComputeMeter` in use, evaluation FLOPs and samples
are counted (one measured batch per distinct shape per experience). A text stream's ``predict`` (greedy
decoding) is counted too, but every batch is measured (``key=None``): its cost depends on the prompts' token
lengths and on how many tokens the model generates before EOS, not on the batch's shape.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

import torch

from clbench import compute
from clbench.errors import ContractError, DivergedError
from clbench.learner import Learner, mask_to_classes
from clbench.scenario import Experience, Scenario

#: Evaluation mini-batch. On CPU a conv net's forward is memory-bound: batches whose activations stay in cache
#: are much faster per image (benchmarks/perf/eval_batch.py: MobileNetV2 at 32 px 5x, the spine CNN 2.5x
#: faster at 128 than at 2048; an MLP does not care). Records written before this default used 2048, and
#: ``clbench verify`` re-runs a record at the size its provenance names (2048 when it names none).
EVAL_BATCH_SIZE = 128
LEGACY_EVAL_BATCH_SIZE = 2048


def eval_batch_size(cfg: dict) -> int:
    """The run's evaluation batch (``eval_batch_size``, :data:`EVAL_BATCH_SIZE` when unset)."""
    return int(cfg.get("eval_batch_size", EVAL_BATCH_SIZE))


def _predict(learner: Learner, x, task_ids, n_classes: int, where: str, untrained_task: bool = False
             ) -> torch.Tensor:
    call = "predict(x)" if task_ids is None else "predict(x, task_ids)"
    expected = f"expected logits of shape ({len(x)}, {n_classes})"
    if untrained_task:  # evaluation covers future experiences too (FWT): an untrained task must still score
        expected += " for every task id, trained or not (an untrained task's classes may score -inf)"
    try:
        # a multi-head model's cost may depend on the task id, so it is part of the key
        key = compute.shape_key(x, int(task_ids[0]) if task_ids is not None and len(task_ids) else None)
        logits = compute.step("eval", lambda: learner.predict(x, task_ids), key=key, samples=len(x))
    except (ContractError, DivergedError):
        raise
    except Exception as e:  # noqa: BLE001 - a plugin's failure is reported as a contract breach
        raise ContractError(
            f"method '{_name(learner)}' raised {type(e).__name__} in {call} ({where}): {first_line(e)}; {expected}."
        ) from e
    if not isinstance(logits, torch.Tensor) or logits.dim() != 2 or tuple(logits.shape) != (len(x), n_classes):
        shape = tuple(logits.shape) if isinstance(logits, torch.Tensor) else type(logits).__name__
        raise ContractError(
            f"method '{_name(learner)}' {call} returned {shape} for {len(x)} inputs ({where}); {expected}."
        )
    if torch.isnan(logits).any():
        raise DivergedError(f"method '{_name(learner)}' predicted NaN logits ({where}); its training diverged.")
    return logits.float().cpu()


def first_line(e: Exception) -> str:
    """The first line of an exception's message, short: the error stays one sentence on one line."""
    lines = str(e).strip().splitlines()
    text = lines[0] if lines else type(e).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def _name(learner: Learner) -> str:
    return getattr(learner, "method_name", type(learner).__name__)


def accuracy_on(learner: Learner, exp: Experience, scenario: Scenario, batch_size: int = EVAL_BATCH_SIZE,
                trained: int | None = None, confusion: torch.Tensor | None = None) -> tuple[float, float]:
    """(protocol accuracy, task-aware accuracy) of ``learner`` on ``exp``'s test data.

    Protocol accuracy: task ids are passed only when the scenario gives them at test time, and then the
    argmax is taken within the experience's classes (multi-head). Task-aware accuracy always restricts the
    argmax to the experience's classes (Mammoth's "task-IL" number for a class-IL stream). ``confusion``
    (an ``[n_classes, n_classes]`` int64 tensor) accumulates the protocol predictions: row true, column predicted.

    When the learner's :meth:`~clbench.learner.Learner.prediction_state` for ``exp`` equals its token at the
    last evaluation of the same test set (same tensors, batch size and scenario shape), that evaluation's
    logits are reused and ``predict`` is not called: the same numbers, without the work.
    """
    x, y = exp.test_x, exp.test_y
    if len(y) == 0:
        return float("nan"), float("nan")
    if scenario.output == "text":
        return _text_accuracy(learner, exp, batch_size, scenario)
    slot, token = _memory_slot(learner, exp, scenario, batch_size)
    remembered = _recall(slot, exp, token)
    kept: list[torch.Tensor] = []
    correct = correct_ta = 0
    restrict = len(exp.classes) < scenario.n_classes
    for s in range(0, len(y), batch_size):
        xb, yb = x[s : s + batch_size], y[s : s + batch_size]
        if remembered is not None:  # the learner promised these predictions are unchanged
            logits = remembered[len(kept)]
        else:
            tids = torch.full((len(yb),), exp.task_id, dtype=torch.long) if scenario.task_ids_at_test else None
            logits = _predict(learner, xb, tids, scenario.n_classes, _where(exp, trained, scenario.task_ids_at_test),
                              untrained_task=scenario.task_ids_at_test and trained is not None
                              and exp.index >= trained)
        kept.append(logits)
        masked = mask_to_classes(logits, exp.classes) if restrict else logits
        pred = (masked if scenario.task_ids_at_test else logits).argmax(1)
        if confusion is not None:
            confusion.index_put_((yb, pred), torch.ones_like(yb), accumulate=True)
        correct += int((pred == yb).sum())
        correct_ta += int((masked.argmax(1) == yb).sum())
    if remembered is None:  # a copy: a learner may hand out a buffer it later overwrites
        _remember(slot, exp, token, [t.clone() for t in kept] if slot is not None else None)
    return correct / len(y), correct_ta / len(y)


#: The logits (text: outputs) of each learner's last evaluation per test set, with the learner's ``prediction_state``
#: token then: {learner: {slot: (test_x, test_y, classes, token, logits per batch)}}. Weak: it dies with the learner.
_MEMORY: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _memory_slot(learner: Learner, exp: Experience, scenario: Scenario, batch_size: int):
    """(the learner's memory and this test set's key in it, the learner's token) or (None, None)."""
    state = getattr(learner, "prediction_state", None)
    token = state(exp) if callable(state) else None
    if token is None:
        return None, None
    try:
        memory = _MEMORY.setdefault(learner, {})
    except TypeError:  # an unhashable or non-weak-referenceable learner predicts every time
        return None, None
    return (memory, (exp.index, int(batch_size), scenario.output, scenario.n_classes, scenario.task_ids_at_test)), token


def _recall(slot, exp: Experience, token):
    if slot is None:
        return None
    memory, key = slot
    entry = memory.get(key)
    if entry is None or entry[0] is not exp.test_x or entry[1] is not exp.test_y:
        return None
    if entry[2] != tuple(exp.classes) or entry[3] != token:
        return None
    return entry[4]


def _remember(slot, exp: Experience, token, value) -> None:
    if slot is not None:
        memory, key = slot
        memory[key] = (exp.test_x, exp.test_y, tuple(exp.classes), token, value)


def _where(exp: Experience, trained: int | None, task_ids: bool) -> str:
    where = f"experience {exp.index}"
    if task_ids and trained is not None and exp.index >= trained:
        where += f", task id {exp.task_id} not trained yet"
    if trained is not None:
        where += ", before any training" if trained == 0 else f", after training {trained} experience(s)"
    return where


def _text_accuracy(learner: Learner, exp: Experience, batch_size: int, scenario: Scenario) -> tuple[float, float]:
    task_ids_at_test = scenario.task_ids_at_test
    slot, token = _memory_slot(learner, exp, scenario, batch_size)
    remembered = _recall(slot, exp, token)
    outputs: list[str] = []
    for s in range(0, len(exp.test_y) if remembered is None else 0, batch_size):
        xb = exp.test_x[s : s + batch_size]
        tids = torch.full((len(xb),), exp.task_id, dtype=torch.long) if task_ids_at_test else None
        try:  # measured batch by batch: decoding's cost depends on the tokens, not the batch's shape
            out = compute.step("eval", lambda xb=xb, tids=tids: learner.predict(xb, tids), key=None,
                               samples=len(xb))
        except Exception as e:  # noqa: BLE001
            raise ContractError(f"method '{_name(learner)}' raised {type(e).__name__} in predict: {e}") from e
        if not isinstance(out, Sequence) or len(out) != len(xb):
            raise ContractError(
                f"method '{_name(learner)}' predict returned {type(out).__name__} for {len(xb)} prompts; "
                "expected a list of strings of the same length."
            )
        outputs.extend(out)
    if remembered is None:
        _remember(slot, exp, token, list(outputs))
    else:
        outputs = remembered
    acc = sum(str(o).strip() == str(t).strip() for o, t in zip(outputs, exp.test_y)) / len(exp.test_y)
    return acc, acc


@torch.inference_mode()
def evaluate(learner: Learner, scenario: Scenario, batch_size: int = EVAL_BATCH_SIZE, trained: int | None = None,
             confusion: torch.Tensor | None = None) -> tuple[list[float], list[float]]:
    """Accuracy on every experience's test data (future ones too, for FWT): one matrix row, twice.

    ``confusion``: an ``[n_classes, n_classes]`` int64 tensor (:func:`new_confusion`) that accumulates the
    protocol predictions of this pass, each test sample once (experiences that share one test set, as blurry
    streams do, add it once); turn it into the record's ``final_confusion`` with :func:`confusion_block`.
    """
    first = {id(e.test_x) for e in _unique_test_sets(scenario)} if confusion is not None else set()
    # an LLM stream (meta eval_future False) leaves the not-yet-trained cells NaN: decoding is its cost,
    # and only FWT, which a text stream has no baseline for, reads those cells
    skip_future = (scenario.meta or {}).get("eval_future", True) is False
    rows = []
    for exp in scenario.experiences:
        conf = confusion if id(exp.test_x) in first else None
        first.discard(id(exp.test_x))
        if skip_future and trained is not None and exp.index >= trained:
            rows.append((float("nan"), float("nan")))  # not trained yet, and the scenario asks not to decode it
            continue
        rows.append(accuracy_on(learner, exp, scenario, batch_size, trained, conf))
    return [r[0] for r in rows], [r[1] for r in rows]


def new_confusion(scenario: Scenario) -> torch.Tensor | None:
    """An empty confusion matrix for ``scenario`` (None for text streams, which have no classes)."""
    if scenario.output != "logits" or not scenario.n_classes:
        return None
    return torch.zeros(scenario.n_classes, scenario.n_classes, dtype=torch.long)


def confusion_block(confusion: torch.Tensor) -> dict:
    """The record's ``final_confusion``: labels, the count matrix (row true class, column predicted) and each
    class's accuracy (its diagonal over its row; null for a class without test samples)."""
    counts = confusion.tolist()
    totals = confusion.sum(1).tolist()
    return {
        "labels": list(range(len(counts))),
        "matrix": counts,
        "class_accuracy": [counts[c][c] / totals[c] if totals[c] else None for c in range(len(counts))],
    }


@torch.inference_mode()
def accuracy_on_seen(learner: Learner, scenario: Scenario, seen_classes: Sequence[int],
                     batch_size: int = EVAL_BATCH_SIZE) -> float:
    """Accuracy over the test samples of every class seen so far (the anytime curve behind A_AUC).

    The argmax runs over the seen classes only: a class the stream has not shown yet cannot be predicted
    (Koh et al., ICLR 2022, i-Blurry/CLIB, whose evaluation masks the logits of unseen classes; the
    Si-Blurry code, Moon et al. 2023, adds the same mask). Test samples are gathered from the experiences'
    test sets, each sample once.
    """
    return seen_class_accuracy(learner, scenario, seen_classes, batch_size)[0]


@torch.inference_mode()
def seen_class_accuracy(learner: Learner, scenario: Scenario, seen_classes: Sequence[int],
                        batch_size: int = EVAL_BATCH_SIZE) -> tuple[float, dict[int, float]]:
    """(accuracy over the test samples of the seen classes, accuracy of each seen class), argmax over the
    seen classes only (see :func:`accuracy_on_seen`). A seen class without test samples is left out of the
    per-class dict."""
    seen = torch.tensor(sorted(set(int(c) for c in seen_classes)), dtype=torch.long)
    if len(seen) == 0:
        return float("nan"), {}
    correct = torch.zeros(scenario.n_classes, dtype=torch.long)
    count = torch.zeros(scenario.n_classes, dtype=torch.long)
    for exp in _unique_test_sets(scenario):
        keep = torch.isin(exp.test_y, seen)
        if not keep.any():
            continue
        x, y = exp.test_x[keep], exp.test_y[keep]
        for s in range(0, len(y), batch_size):
            yb = y[s : s + batch_size]
            logits = _predict(learner, x[s : s + batch_size], None, scenario.n_classes, "anytime evaluation")
            hit = mask_to_classes(logits, seen.tolist()).argmax(1) == yb
            correct += torch.bincount(yb[hit], minlength=scenario.n_classes)
            count += torch.bincount(yb, minlength=scenario.n_classes)
    total = int(count.sum())
    per_class = {int(c): int(correct[c]) / int(count[c]) for c in seen.tolist() if count[c] > 0}
    return (int(correct.sum()) / total if total else float("nan")), per_class


def _unique_test_sets(scenario: Scenario) -> list[Experience]:
    """Experiences whose test sets are distinct objects (blurry streams may share one test set)."""
    seen_ids, out = set(), []
    for exp in scenario.experiences:
        if id(exp.test_x) not in seen_ids:
            seen_ids.add(id(exp.test_x))
            out.append(exp)
    return out
