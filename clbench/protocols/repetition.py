"""Class-incremental learning with repetition (CIR): classes first appear once, then recur at random.

Hemati et al., "Class-Incremental Learning with Repetition", CoLLAs 2023 (arXiv 2301.11396); the same
generator made the streams of the CLVision 2023 challenge. Official generator: ``cir_generator`` in
github.com/HamedHemati/CIR. The stream, as that generator builds it:

1. the classes are shuffled by the seed;
2. **first occurrence**: every class is assigned the experience where it first appears, drawn from a
   distribution ``P_f`` over the ``n_experiences`` experiences (``geometric`` with parameter
   ``first_occurrence_p``, normalised over the stream as in the official ``get_pmf``, or ``uniform``), so
   every class first appears exactly once;
3. **repetition**: each class gets a repetition probability ``p_r`` (``fixed``: ``repetition_p`` for every
   class; ``random``: uniform in [0, 1) per class); in every experience after its first occurrence the class
   is present independently with probability ``p_r``;
4. experiences in which no class is present are removed (the official generator does the same, with a
   warning): the stream may be shorter than ``n_experiences``; the record's scenario says how long it is;
5. every experience holds ``experience_size`` training samples shared equally among its present classes
   (the remainder dealt one by one in a shuffled class order); each class's samples are drawn without
   replacement within the experience from the class's whole training pool, independently across
   experiences (the official ``random`` sampler): a recurring class may show a sample it showed before.

Choices the paper leaves open or where this differs from the official code, and why:

* the official generator seeds Python's, NumPy's and torch's global generators; here one
  ``torch.Generator`` seeded from the scenario seed draws everything, so the stream is a pure function of
  (data, seed, options) and the caller's random state is never touched;
* a class with fewer training samples than its share gives all it has (the official sampler silently takes
  fewer too); ``meta["n_samples_table"]`` records what was actually drawn;
* test data: each experience's test set holds the test samples of the classes *present* in it, so R[i][j]
  is the accuracy after experience i on experience j's classes and forgetting is measured on the class
  sets the learner met at step j. These sets overlap when classes recur, so the protocol refuses
  ``eval_every`` (the anytime curve would count a recurring class's test samples once per experience);
* the challenge's augmentation probability ``p_a`` and its unlabelled streams are not part of CIR itself and
  are left out.

Defaults: 10 experiences of 500 samples, geometric first occurrence with p = 0.3, fixed repetition p = 0.2.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from clbench.errors import ClbenchError
from clbench.scenario import Experience, LabelledData, Scenario, class_order_from_seed, register_protocol, to_float

FIRST_OCCURRENCE = ("geometric", "uniform")
REPETITION = ("fixed", "random")


def first_occurrence_pmf(n_experiences: int, dist: str, p: float) -> torch.Tensor:
    """P_f over experiences 0..N-1: geometric ``p (1-p)^k`` normalised over the stream, or uniform."""
    if dist == "uniform":
        return torch.full((n_experiences,), 1.0 / n_experiences, dtype=torch.float64)
    k = torch.arange(n_experiences, dtype=torch.float64)
    pmf = p * (1 - p) ** k
    return pmf / pmf.sum()


def check_cir_args(n_experiences: int, experience_size: int, first_occurrence: str, first_occurrence_p: float,
                   repetition: str, repetition_p: float) -> None:
    """Refuse an impossible CIR configuration with one sentence."""
    where = "benchmark.protocol_args"
    if isinstance(n_experiences, bool) or not isinstance(n_experiences, int) or n_experiences < 1:
        raise ClbenchError(f"cir n_experiences must be an integer >= 1, got {n_experiences!r}; fix {where}.")
    if isinstance(experience_size, bool) or not isinstance(experience_size, int) or experience_size < 1:
        raise ClbenchError(f"cir experience_size must be an integer >= 1, got {experience_size!r}; fix {where}.")
    if first_occurrence not in FIRST_OCCURRENCE:
        raise ClbenchError(f"unknown cir first_occurrence '{first_occurrence}'; use one of "
                           f"{', '.join(FIRST_OCCURRENCE)} in {where}.first_occurrence.")
    if repetition not in REPETITION:
        raise ClbenchError(f"unknown cir repetition '{repetition}'; use one of {', '.join(REPETITION)} "
                           f"in {where}.repetition.")
    if first_occurrence == "geometric" and not 0.0 < float(first_occurrence_p) <= 1.0:
        raise ClbenchError(f"cir first_occurrence_p must be in (0, 1], got {first_occurrence_p}; "
                           f"fix {where}.first_occurrence_p.")
    if not 0.0 <= float(repetition_p) <= 1.0:
        raise ClbenchError(f"cir repetition_p must be a probability in [0, 1], got {repetition_p}; "
                           f"fix {where}.repetition_p.")


def cir_tables(n_classes: int, n_experiences: int, first_occurrence: str, first_occurrence_p: float,
               repetition: str, repetition_p: float, g: torch.Generator
               ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(presence table [C, N'] of 0/1, first occurrence per class, repetition probability per class).

    Columns of experiences with no class present are dropped, so N' <= ``n_experiences``; the first
    occurrences returned index the kept columns.
    """
    pmf = first_occurrence_pmf(n_experiences, first_occurrence, float(first_occurrence_p))
    first = torch.multinomial(pmf, n_classes, replacement=True, generator=g)
    if repetition == "fixed":
        p_r = torch.full((n_classes,), float(repetition_p), dtype=torch.float64)
    else:
        p_r = torch.rand(n_classes, generator=g, dtype=torch.float64)
    table = torch.zeros(n_classes, n_experiences, dtype=torch.long)
    for c in range(n_classes):
        f = int(first[c])
        table[c, f] = 1
        later = torch.rand(n_experiences - f - 1, generator=g, dtype=torch.float64) < p_r[c]
        table[c, f + 1 :] = later.long()
    keep = table.sum(0) > 0
    new_index = torch.cumsum(keep.long(), 0) - 1
    return table[:, keep], new_index[first], p_r


def _shares(n_present: int, size: int, g: torch.Generator) -> list[int]:
    """``size`` split equally among ``n_present`` classes, the remainder dealt in a shuffled order."""
    base = [size // n_present] * n_present
    for i in torch.randperm(n_present, generator=g)[: size - sum(base)].tolist():
        base[i] += 1
    return base


@register_protocol("cir")
def cir(data: LabelledData, seed: int = 0, n_experiences: int = 10, experience_size: int = 500,
        first_occurrence: str = "geometric", first_occurrence_p: float = 0.3, repetition: str = "fixed",
        repetition_p: float = 0.2, class_order: Sequence[int] | None = None, eval_every: int | None = None
        ) -> Scenario:
    """A class-incremental stream with repetition (see the module docstring); no task ids at test."""
    check_cir_args(n_experiences, experience_size, first_occurrence, first_occurrence_p, repetition, repetition_p)
    if eval_every is not None:
        raise ClbenchError("cir test sets overlap when classes recur, so the anytime curve is not defined on them; "
                           "remove benchmark.protocol_args.eval_every.")
    n = data.n_classes
    order = class_order_from_seed(n, seed, class_order)
    g = torch.Generator().manual_seed(int(seed) + 11)
    # rows of the tables follow the shuffled class order: row k is class order[k]
    table, first, p_r = cir_tables(n, int(n_experiences), first_occurrence, first_occurrence_p, repetition,
                                   repetition_p, g)
    pools = [(data.train_y == c).nonzero().flatten() for c in order]
    train_x, test_x = to_float(data.train_x), to_float(data.test_x)
    n_samples = torch.zeros_like(table)
    seen: set[int] = set()
    experiences = []
    for t in range(table.shape[1]):
        rows = table[:, t].nonzero().flatten().tolist()
        parts = []
        for row, share in zip(rows, _shares(len(rows), int(experience_size), g)):
            pool = pools[row]
            pick = pool[torch.randperm(len(pool), generator=g)[:share]]
            n_samples[row, t] = len(pick)
            parts.append(pick)
        idx = torch.cat(parts)
        idx = idx[torch.randperm(len(idx), generator=g)]
        present = sorted(order[r] for r in rows)
        te = torch.isin(data.test_y, torch.tensor(present, dtype=data.test_y.dtype)).nonzero().flatten()
        experiences.append(Experience(
            index=t, train_x=train_x[idx], train_y=data.train_y[idx], test_x=test_x[te], test_y=data.test_y[te],
            classes=tuple(present), new_classes=tuple(c for c in present if c not in seen), task_id=t,
            task_ids_at_test=False,
        ))
        seen |= set(present)
    return Scenario(
        name=data.name, protocol="cir", experiences=experiences, n_classes=n, class_order=order, seed=seed,
        input_shape=tuple(train_x.shape[1:]), task_ids_at_test=False, class_names=data.class_names,
        meta={
            "requested_experiences": int(n_experiences), "experience_size": int(experience_size),
            "first_occurrence": first_occurrence, "first_occurrence_p": float(first_occurrence_p),
            "repetition": repetition, "repetition_p": float(repetition_p),
            # per class id (not per row): the experience of its first occurrence and its repetition probability
            "first_occurrence_of_class": {str(order[r]): int(first[r]) for r in range(n)},
            "repetition_p_of_class": {str(order[r]): round(float(p_r[r]), 6) for r in range(n)},
            "presence_table": {str(order[r]): table[r].tolist() for r in range(n)},
            "n_samples_table": {str(order[r]): n_samples[r].tolist() for r in range(n)},
        },
    )
