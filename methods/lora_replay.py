"""LoRA with replay: one adapter; each task trains on its own prompts plus a fixed sample of every earlier
task's (the replay baseline of TRACE, Wang et al. 2023, and of LCIA's comparison tables).

After a task, ``replay_per_task`` of its training prompts (drawn with the run's seed) join the memory;
the next task trains on its data plus the whole memory, shuffled together, for ``epochs`` passes. The
memory is bounded by ``replay_per_task`` × tasks seen. Choices: a fixed number per task (not a global
reservoir) so that every earlier task keeps equal weight; uniform sampling without replacement.
"""

from __future__ import annotations

import torch

from clbench.errors import ClbenchError
from clbench.learner import Capabilities
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from methods.common.lm import TextLoRALearner


@register_method("lora_replay")
class LoRAReplay(TextLoRALearner):
    capabilities = Capabilities(protocols=("instruction_stream",), output="text", exemplars=True,
                                notes="one LoRA, a fixed replay sample of every earlier task")

    def __init__(self, info: ScenarioInfo, replay_per_task: int = 16, **kwargs):
        if int(replay_per_task) < 1:
            raise ClbenchError(f"replay_per_task must be >= 1, got {replay_per_task}; set method.replay_per_task.")
        super().__init__(info, **kwargs)
        self.replay_per_task = int(replay_per_task)
        self.memory_x: list[str] = []
        self.memory_y: list[str] = []

    def training_data(self, exp: Experience) -> tuple[list[str], list[str]]:
        return list(exp.train_x) + self.memory_x, list(exp.train_y) + self.memory_y

    def after_experience(self, exp: Experience) -> None:
        g = torch.Generator().manual_seed(self.info.seed * 7_919 + exp.index)
        pick = torch.randperm(len(exp.train_x), generator=g)[: self.replay_per_task].tolist()
        self.memory_x += [exp.train_x[i] for i in pick]
        self.memory_y += [exp.train_y[i] for i in pick]
