"""Procedurally generated instruction tasks (text in, text out), and the ``instructions`` data source.

Eight tasks of distinct skills, each with its own instruction templates: single-digit addition, copying,
reversing, sorting letters, counting characters, upper-casing, spelling digits as words, and an
even/odd classification. Inputs are short (3 distinct letters of a–j; 2–6 letters to count; numbers up to
3 digits) so that a small character-level model can learn each task from a few hundred examples on one CPU
core. Measured with clbench's tiny LM and 60 LoRA steps per task, ``upper`` and ``digit_word`` stay at 0 %
exact match (the base mixture never writes whole words or upper-case strings); the others reach 5–75 %.

Splits are seeded and exact duplicates never cross them: the pool of distinct (template, input) prompts
of a task is shuffled with ``split_seed`` and the first ``n_test`` go to the test set. Scoring is exact
match of the stripped output (``clbench.evaluate``).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Sequence

from clbench.errors import ClbenchError
from clbench.protocols.text import format_prompt
from clbench.registry import register_source
from clbench.scenario import LabelledData

LETTERS = "abcdefghij"
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _words() -> list[str]:
    """Every string of 3 distinct letters from LETTERS (720), in a fixed order."""
    return ["".join(p) for p in itertools.permutations(LETTERS, 3)]


def _count_inputs() -> list[str]:
    """300 strings of each length 2..6 (letters may repeat): every answer is about equally likely."""
    rng = random.Random("count-inputs")
    return sorted({"".join(rng.choice(LETTERS) for _ in range(k)) for k in range(2, 7) for _ in range(300)})


def _numbers() -> list[str]:
    return [str(i) for i in range(1000)]


#: name → (instruction templates, list of inputs, input → target)
TASKS: dict[str, tuple[list[str], Callable[[], list[str]], Callable[[str], str]]] = {
    "add": (["add the two digits", "what is the sum", "compute a plus b"],
            lambda: [f"{a}+{b}" for a in range(10) for b in range(10)],
            lambda s: str(int(s[0]) + int(s[2]))),
    "copy": (["copy the text", "repeat after me", "echo this string"], lambda: _words(), lambda s: s),
    "reverse": (["reverse the letters", "write it backwards", "mirror this word"], lambda: _words(),
                lambda s: s[::-1]),
    "sort": (["sort alphabetically", "put letters in order", "arrange them from a to z"], lambda: _words(),
             lambda s: "".join(sorted(s))),
    "count": (["count the characters", "how many symbols", "give the length"], _count_inputs,
              lambda s: str(len(s))),
    "upper": (["make it uppercase", "capitalize everything", "shout this word"], lambda: _words(),
              lambda s: s.upper()),
    "digit_word": (["spell each digit", "write digits as words", "say the numerals"], _numbers,
                   lambda s: " ".join(DIGIT_WORDS[int(c)] for c in s)),
    "parity": (["is the number even or odd", "odd or even", "classify parity"], _numbers,
               lambda s: "even" if int(s) % 2 == 0 else "odd"),
}


def generate_task(name: str, n_train: int, n_test: int, split_seed: int = 0
                  ) -> tuple[list[str], list[str], list[str], list[str]]:
    """(train prompts, train targets, test prompts, test targets) of one task, disjoint by prompt."""
    if name not in TASKS:
        raise ClbenchError(f"unknown instruction task '{name}'; known tasks: {', '.join(TASKS)}.")
    templates, inputs, target = TASKS[name]
    pool = [(t, x) for t in templates for x in inputs()]
    rng = random.Random(f"{name}-{split_seed}")  # per-task stream: adding a task never reshuffles another
    if n_train + n_test > len(pool):
        raise ClbenchError(
            f"task '{name}' has {len(pool)} distinct prompts, fewer than n_train + n_test = {n_train + n_test}; "
            "lower benchmark.source_args.n_train or n_test."
        )
    picked = rng.sample(pool, n_train + n_test)
    test, train = picked[:n_test], picked[n_test:]
    return ([format_prompt(t, x) for t, x in train], [target(x) for _, x in train],
            [format_prompt(t, x) for t, x in test], [target(x) for _, x in test])


@register_source("instructions")
def instructions(tasks: Sequence[str] | None = None, n_train: int = 240, n_test: int = 40,
                 split_seed: int = 0) -> LabelledData:
    """The instruction tasks ``tasks`` (default: all eight), ``n_train``/``n_test`` samples each."""
    names = list(tasks) if tasks is not None else list(TASKS)
    if n_train < 1 or n_test < 1:
        raise ClbenchError(f"n_train and n_test must be >= 1, got {n_train} and {n_test}; raise them.")
    tx, ty, vx, vy, tt, vt = [], [], [], [], [], []
    for k, name in enumerate(names):
        a, b, c, d = generate_task(name, n_train, n_test, split_seed)
        tx += a
        ty += b
        vx += c
        vy += d
        tt += [k] * len(a)
        vt += [k] * len(c)
    return LabelledData("instructions", tx, ty, vx, vy, len(names), names,
                        meta={"train_task": tt, "test_task": vt})
