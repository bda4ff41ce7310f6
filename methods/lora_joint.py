"""Multitask LoRA (joint): at every experience, one LoRA adapter trains on the union of every task seen so far.

The upper bound of the instruction stream without task ids: ``epochs`` shuffled passes over all training
prompts seen so far, continuing the same adapter (Avalanche's "Cumulative" strategy, as clbench's
``joint``), so after the last experience the adapter has had ``epochs`` full multitask passes over the
whole stream. It stores every training sample: a bound, not a continual-learning method. Its training
cost grows with the stream (experience t trains on t tasks).
"""

from __future__ import annotations

from clbench.learner import Capabilities
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from methods.common.lm import TextLoRALearner


@register_method("lora_joint")
class LoRAJoint(TextLoRALearner):
    capabilities = Capabilities(protocols=("instruction_stream",), output="text", exemplars=True,
                                notes="one LoRA on the union of all tasks seen: the multitask bound",
                                bound="upper", bound_rank=1)  # with task ids, lora_oracle's bound goes first

    def __init__(self, info: ScenarioInfo, **kwargs):
        super().__init__(info, **kwargs)
        self.seen_x: list[str] = []
        self.seen_y: list[str] = []

    def training_data(self, exp: Experience) -> tuple[list[str], list[str]]:
        self.seen_x += list(exp.train_x)
        self.seen_y += list(exp.train_y)
        return list(self.seen_x), list(self.seen_y)
