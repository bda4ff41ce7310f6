"""Procedurally generated instruction tasks (text in, text out), and the ``instructions`` data source.

Eight tasks of distinct skills, each with its own instruction templates: single-digit addition, copying,
reversing, sorting letters, counting characters, upper-casing, spelling digits as words, and an
even/odd classification. Inputs are short (3 distinct letters of a–j; 2–6 letters to count; numbers up to
3 digits) so that a small character-level model can learn each task from a few hundred examples on one CPU
core. Measured with clbench's tiny LM and 60 LoRA steps per task, ``upper`` and ``digit_word`` stay at 0 %
exact match (the base mixture never writes whole words or upper-case strings); the others reach 5–75 %.

The *LLM* stream (source ``llm_instructions``, benchmarks ``llm_instructions`` / ``llm_instructions_til``, for
Gemma 3 270M through ``lm.name gemma3_270m``) is built to make forgetting mean something on a real pretrained
model: six tasks (``larger``, ``first_word``, ``next_number``, ``smaller``, ``last_word``, ``uppercase``) in seven
experiences, ``larger`` recurring last with new samples; ``larger``/``smaller`` and ``first_word``/``last_word``
read the same inputs and want other answers (they interfere); training prompts use four instructions per task,
test prompts two held-out paraphrases (``LLM_TASKS``), 100 test prompts per task. Measured (seed 0,
``benchmarks/perf/llm_stream.py``): the base model scores 0 on every task zero-shot (it does not follow the
format); sequential LoRA peaks at 0.61-0.98 per task and ends at 0.34 (forgetting 0.62).

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


#: one experience's (train prompts, train targets, test prompts, test targets)
Split = tuple[list[str], list[str], list[str], list[str]]


def _check_sizes(n_train: int, n_test: int) -> None:
    if n_train < 1 or n_test < 1:
        raise ClbenchError(f"n_train and n_test must be >= 1, got {n_train} and {n_test}; raise them.")


def _stream(name: str, splits: Sequence[Split], labels: list[str], **meta: list) -> LabelledData:
    """The experiences' splits end to end, one "class" per experience (``labels``); ``meta``'s
    ``train_task``/``test_task`` give each prompt's experience, then the extra ``meta``."""
    tx, ty, vx, vy, tt, vt = [], [], [], [], [], []
    for k, (a, b, c, d) in enumerate(splits):
        tx += a
        ty += b
        vx += c
        vy += d
        tt += [k] * len(a)
        vt += [k] * len(c)
    return LabelledData(name, tx, ty, vx, vy, len(labels), labels, meta={"train_task": tt, "test_task": vt, **meta})


def generate_task(name: str, n_train: int, n_test: int, split_seed: int = 0) -> Split:
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
    _check_sizes(n_train, n_test)
    return _stream("instructions", [generate_task(name, n_train, n_test, split_seed) for name in names], names)


# ------------------------------------------------------------------------------- the LLM instruction stream
#: common English nouns (lower case, 3-7 letters) for the word tasks of the LLM stream
NOUNS = ("apple river stone table chair house water paper music light night horse tiger bread cloud "
         "dream field glass heart lemon money ocean piano queen radio sugar train voice watch world bottle "
         "candle garden island jacket kettle ladder mirror needle orange pencil rabbit silver ticket violin "
         "window yellow basket button carpet dinner engine forest guitar hammer jungle kitten letter market "
         "number palace rocket summer tunnel wallet bridge castle doctor eagle flower hunter insect planet "
         "school spider tomato turtle winter cookie desert finger monkey parrot pillow ribbon shadow sister "
         "butter camera dragon farmer ginger honey lizard meadow nickel pepper salmon tractor anchor branch "
         "cotton falcon goose harbor lantern marble oyster pirate saddle thunder valley wizard").split()

#: name → (training instructions, held-out test instructions, inputs, input → target). Test prompts use
#: only the held-out paraphrases, so a method that routes by instruction must generalise to new wording.
#: larger/smaller share their inputs and most of their words, as do first_word/last_word: each pair
#: interferes (the same input asks for the other answer); next_number reads numbers too.
LLM_TASKS: dict[str, tuple[list[str], list[str], Callable[[], list[str]], Callable[[str], str]]] = {
    "larger": (["which number is larger", "pick the larger number", "return the bigger of the two numbers",
                "what is the maximum of these numbers"],
               ["which of the two is larger", "say only the larger number"],
               lambda: _pairs(), lambda s: str(max(int(v) for v in s.split()))),
    "smaller": (["which number is smaller", "pick the smaller number", "return the lesser of the two numbers",
                 "what is the minimum of these numbers"],
                ["which of the two is smaller", "say only the smaller number"],
                lambda: _pairs(), lambda s: str(min(int(v) for v in s.split()))),
    "next_number": (["what number comes next", "count one up from this number", "add one to the number",
                     "give the number that follows"],
                    ["which number comes after this one", "say the next number"],
                    lambda: [str(i) for i in range(100, 999)], lambda s: str(int(s) + 1)),
    "first_word": (["what is the first word", "repeat only the first word", "give me the word that comes first",
                    "return the opening word of the list"],
                   ["which word is first", "say only the first word"],
                   lambda: _triples(), lambda s: s.split()[0]),
    "last_word": (["what is the last word", "repeat only the last word", "give me the word that comes last",
                   "return the final word of the list"],
                  ["which word is last", "say only the last word"],
                  lambda: _triples(), lambda s: s.split()[-1]),
    "uppercase": (["write the words in capital letters", "convert the words to uppercase",
                   "make every letter a capital", "spell the words in upper case"],
                  ["say these words in uppercase", "write the words in all capital letters"],
                  lambda: _word_pairs(), lambda s: s.upper()),
}

#: the default order: one task recurs at the end (its second experience trains on new samples with the
#: training instructions again, so instruction groups can be reused), interfering tasks come in pairs
LLM_TASK_ORDER = ["larger", "first_word", "next_number", "smaller", "last_word", "uppercase", "larger"]


def _pairs() -> list[str]:
    """Every pair of distinct two-digit numbers below 50 (their sums stay below 100), in a fixed order."""
    return [f"{a} {b}" for a in range(10, 50) for b in range(10, 50) if a != b]


def _word_pairs() -> list[str]:
    return [f"{a} {b}" for a in NOUNS for b in NOUNS if a != b]


def _triples() -> list[str]:
    rng = random.Random("triples")
    return sorted({" ".join(rng.sample(NOUNS, 3)) for _ in range(4000)})


def generate_llm_task(name: str, n_train: int, n_test: int, occurrences: int = 1, split_seed: int = 0
                      ) -> list[Split]:
    """Per occurrence of task ``name``: (train prompts, train targets, test prompts, test targets).

    Training prompts use the training instructions, test prompts the held-out ones; inputs never cross
    between train and test, nor between two occurrences (each draws its own)."""
    if name not in LLM_TASKS:
        raise ClbenchError(f"unknown LLM instruction task '{name}'; known tasks: {', '.join(LLM_TASKS)}.")
    train_t, test_t, inputs, target = LLM_TASKS[name]
    pool = inputs()
    need = occurrences * (n_train + n_test)
    if need > len(pool):
        raise ClbenchError(
            f"LLM task '{name}' has {len(pool)} distinct inputs, fewer than {need} for {occurrences} occurrence(s) "
            "of n_train + n_test; lower benchmark.source_args.n_train or n_test."
        )
    rng = random.Random(f"llm-{name}-{split_seed}")
    picked = rng.sample(pool, need)
    out = []
    for k in range(occurrences):
        chunk = picked[k * (n_train + n_test):(k + 1) * (n_train + n_test)]
        test, train = chunk[:n_test], chunk[n_test:]
        out.append(([format_prompt(train_t[i % len(train_t)], x) for i, x in enumerate(train)],
                    [target(x) for x in train],
                    [format_prompt(test_t[i % len(test_t)], x) for i, x in enumerate(test)],
                    [target(x) for x in test]))
    return out


@register_source("llm_instructions")
def llm_instructions(order: Sequence[str] | None = None, n_train: int = 64, n_test: int = 100,
                     split_seed: int = 0) -> LabelledData:
    """The LLM instruction stream: ``order`` names one task per experience (a name may recur); each
    experience is its own "class" (``larger``, then ``larger#2`` for its second occurrence)."""
    names = list(order) if order is not None else list(LLM_TASK_ORDER)
    _check_sizes(n_train, n_test)
    counts = {t: names.count(t) for t in dict.fromkeys(names)}
    splits = {t: generate_llm_task(t, n_train, n_test, c, split_seed) for t, c in counts.items()}
    occurrence = [names[:k].count(name) for k, name in enumerate(names)]  # 0 for a task's first experience
    return _stream("llm_instructions", [splits[name][occ] for name, occ in zip(names, occurrence)],
                   [name if occ == 0 else f"{name}#{occ + 1}" for name, occ in zip(names, occurrence)],
                   task_family=names)
