"""Sequential LoRA fine-tuning: one LoRA adapter trained on each instruction task in turn.

The lower bound of the instruction stream: nothing protects earlier tasks, so the adapter drifts toward the
latest one. Same LM, LoRA configuration, optimizer and loop as ``lcia`` (``methods.common.lm``).
"""

from __future__ import annotations

from dataclasses import replace

from clbench.registry import register_method
from clbench.scenario import ScenarioInfo
from methods.common.lm import TextLoRALearner


@register_method("lora_seq")
class LoRASeq(TextLoRALearner):
    """Plain next-token cross-entropy on the current task, one shared adapter (group ``g0``)."""

    capabilities = replace(TextLoRALearner.capabilities, bound="lower")

    def __init__(self, info: ScenarioInfo, **kwargs):
        super().__init__(info, **kwargs)
