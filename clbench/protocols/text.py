"""The instruction-stream protocol: text in, text out, one instruction task per experience.

A text source gives a :class:`~clbench.scenario.LabelledData` whose ``train_x``/``test_x`` are prompts
(``format_prompt(instruction, input)``), ``train_y``/``test_y`` target strings, and
``meta["train_task"]``/``meta["test_task"]`` the task index of every sample; ``n_classes`` is the number
of tasks and ``class_names`` their names. Each experience holds one task; its "class" is the task index,
so the accuracy matrix is tasks × tasks, scored by exact match (see ``clbench.evaluate``).

The prompt format is part of the protocol so that a method can recover the instruction from a prompt
(``split_prompt``) without knowing which benchmark produced it.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from clbench.errors import ClbenchError
from clbench.scenario import Experience, LabelledData, Scenario, register_protocol

#: instruction, then the input, each on its own line; the answer follows the final newline
PROMPT_SEP = "\n"


def format_prompt(instruction: str, text: str) -> str:
    if PROMPT_SEP in instruction:
        raise ClbenchError(f"instruction {instruction!r} contains a newline; write instructions on one line.")
    return f"{instruction}{PROMPT_SEP}{text}{PROMPT_SEP}"


def split_prompt(prompt: str) -> tuple[str, str]:
    """(instruction, input) of a prompt built by ``format_prompt``."""
    instruction, _, rest = prompt.partition(PROMPT_SEP)
    return instruction, rest[: -len(PROMPT_SEP)] if rest.endswith(PROMPT_SEP) else rest


def _task_index(data: LabelledData, split: str) -> torch.Tensor:
    tasks = data.meta.get(f"{split}_task")
    n = len(data.train_x if split == "train" else data.test_x)
    if tasks is None or len(tasks) != n:
        raise ClbenchError(
            f"text source '{data.name}' gives no meta['{split}_task'] of length {n}; a text source must name "
            "each sample's task."
        )
    return torch.as_tensor(list(tasks), dtype=torch.long)


@register_protocol("instruction_stream")
def instruction_stream(data: LabelledData, seed: int = 0, task_order: Sequence[str] | None = None,
                       shuffle_tasks: bool = False, task_ids_at_test: bool = False,
                       eval_future: bool = True) -> Scenario:
    """One experience per instruction task, in ``task_order`` (names), the source's order, or a seeded one.

    Training samples of an experience are shuffled with the seed; test prompts keep the source's order.
    ``eval_future=False``: experiences not trained yet are not decoded (their matrix cells stay NaN), for
    streams where decoding is the cost (``clbench.evaluate.evaluate``); only then does meta name it.
    """
    names = list(data.class_names or [str(i) for i in range(data.n_classes)])
    if task_order is not None:
        unknown = [t for t in task_order if t not in names]
        if unknown or len(set(task_order)) != len(task_order):
            raise ClbenchError(
                f"task_order {list(task_order)} must name distinct tasks of the source ({', '.join(names)}); "
                "fix benchmark.protocol_args.task_order."
            )
        order = [names.index(t) for t in task_order]
    elif shuffle_tasks:
        order = torch.randperm(data.n_classes, generator=torch.Generator().manual_seed(int(seed))).tolist()
    else:
        order = list(range(data.n_classes))
    tr_task, te_task = _task_index(data, "train"), _task_index(data, "test")
    g = torch.Generator().manual_seed(int(seed) + 1)
    experiences = []
    for i, t in enumerate(order):
        tr = (tr_task == t).nonzero().flatten()
        tr = tr[torch.randperm(len(tr), generator=g)].tolist()
        te = (te_task == t).nonzero().flatten().tolist()
        experiences.append(Experience(
            index=i, train_x=[data.train_x[j] for j in tr], train_y=[data.train_y[j] for j in tr],
            test_x=[data.test_x[j] for j in te], test_y=[data.test_y[j] for j in te],
            classes=(t,), new_classes=(t,), task_id=i, task_ids_at_test=task_ids_at_test,
            meta={"task": names[t]},
        ))
    return Scenario(
        name=data.name, protocol="instruction_stream", experiences=experiences, n_classes=data.n_classes,
        class_order=order, seed=seed, input_shape=None, task_ids_at_test=task_ids_at_test, output="text",
        class_names=names, meta={"tasks": [names[t] for t in order], **({} if eval_future else {"eval_future": False})},
    )


# ------------------------------------------------------------------------------ general-ability probe
#: A fixed set of base-model skills outside every instruction stream: plain-text completions (no
#: instruction format) of world facts, word knowledge and counting, scored before and after a stream (as
#: TRACE scores general ability before and after continual instruction tuning). Each answer is one word;
#: ``probe_correct`` compares it with the first word of the completion.
GENERAL_PROBE: list[tuple[str, str]] = [
    ("The capital of France is the city of", "paris"),
    ("The capital of Japan is the city of", "tokyo"),
    ("The capital of Italy is the city of", "rome"),
    ("The capital of Germany is the city of", "berlin"),
    ("The capital of Spain is the city of", "madrid"),
    ("The opposite of hot is", "cold"),
    ("The opposite of up is", "down"),
    ("The opposite of day is", "night"),
    ("The opposite of black is", "white"),
    ("The opposite of big is", "small"),
    ("Monday, Tuesday,", "wednesday"),
    ("January, February,", "march"),
    ("one, two, three,", "four"),
    ("The color of the sky on a clear day is", "blue"),
    ("The color of grass is", "green"),
    ("Water freezes at zero degrees", "celsius"),
    ("A baby cat is called a", "kitten"),
    ("A baby dog is called a", "puppy"),
    ("The largest planet in our solar system is", "jupiter"),
    ("The planet we live on is called", "earth"),
    ("Romeo and Juliet was written by William", "shakespeare"),
    ("The chemical symbol for water is", "h2o"),
    ("Bees make", "honey"),
    ("The first letter of the English alphabet is", "a"),
    ("Cows drink water and give us", "milk"),
    ("A week has seven", "days"),
    ("The sun rises in the", "east"),
    ("Ice is frozen", "water"),
    ("Paris is the capital of", "france"),
    ("The Statue of Liberty is in New", "york"),
]


def probe_correct(output: str, answer: str) -> bool:
    """The first word of ``output`` (lower case, punctuation stripped) equals ``answer``."""
    words = output.strip().split()
    return bool(words) and words[0].strip(".,;:!?\"'()*").lower() == answer
