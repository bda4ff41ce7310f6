"""The zero-shot row: the base language model, never trained, decoding every prompt greedily.

What the stream's tasks score before any instruction tuning (and the general-ability probe's reference):
``train_experience`` does nothing, so every row of its accuracy matrix is the base model's.
"""

from __future__ import annotations

from clbench.learner import Capabilities
from clbench.registry import register_method
from clbench.scenario import Experience
from methods.common.lm import TextLoRALearner


@register_method("lm_zero_shot")
class LMZeroShot(TextLoRALearner):
    capabilities = Capabilities(protocols=("instruction_stream",), output="text",
                                notes="the base LM untrained: the zero-shot row")

    def train_experience(self, exp: Experience) -> None:
        pass

    def prompt_groups(self, prompts: list[str], task_ids: list[int] | None = None) -> list[None]:
        return [None] * len(prompts)  # no adapter at all

    def probe_score(self, base: bool = False) -> float:
        return super().probe_score(base=True)
