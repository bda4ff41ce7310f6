"""Per-task LoRA with the task id given at test time: the isolation upper bound of the instruction stream.

One LoRA group per task *family* (a task that recurs in the stream, such as ``larger`` and ``larger#2``,
trains its first group again — the oracle knows which task it is); each test prompt is decoded with the
group of its task id. A task id not trained yet decodes with the base model (no adapter). It needs a
scenario that gives task ids at test time (``benchmark.protocol_args.task_ids_at_test=true``, as
``llm_instructions_til`` sets). Nothing is shared between groups, so forgetting is 0 by construction; it
is a bound, not a continual-learning method.
"""

from __future__ import annotations

from clbench.errors import ClbenchError
from clbench.learner import Capabilities
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from methods.common.lm import TextLoRALearner


def family(name: str) -> str:
    """The task a stream label names: ``larger#2`` (its second occurrence) is the task ``larger``."""
    return name.split("#", 1)[0]


@register_method("lora_oracle")
class LoRAOracle(TextLoRALearner):
    capabilities = Capabilities(protocols=("instruction_stream",), output="text", needs_task_ids_at_test=True,
                                notes="one LoRA per task, task id at test: an isolation bound", bound="upper")

    def __init__(self, info: ScenarioInfo, **kwargs):
        if not info.task_ids_at_test:
            raise ClbenchError("lora_oracle needs task ids at test time; set benchmark.protocol_args.task_ids_at_test"
                               "=true or pick benchmark=llm_instructions_til.")
        super().__init__(info, **kwargs)
        self.family_group: dict[str, str] = {}  # task family -> its group (g0, g1, ...)
        self.task_group: dict[int, str] = {}  # task id -> group

    def training_group(self, exp: Experience) -> str:
        fam = family(str((exp.meta or {}).get("task", exp.task_id)))
        group = self.family_group.setdefault(fam, f"g{len(self.family_group)}")
        self.task_group[exp.task_id] = group
        return group

    def prompt_groups(self, prompts: list[str], task_ids: list[int] | None = None) -> list[str | None]:
        if task_ids is None:
            raise ClbenchError("lora_oracle was asked to predict without task ids; it needs task ids at test time.")
        return [self.task_group.get(t) for t in task_ids]  # None: not trained yet, the base model answers
