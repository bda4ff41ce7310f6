"""LoRA with a fixed-coefficient EMA of the weights: the baseline LCIA's dynamic coefficient improves on.

One shared adapter. After every optimizer step θ* ← (1 − α) θ* + α θ with a constant α
(``ema_alpha``); at the end of each task the live adapter becomes θ*. This is LCIA (``lcia``) without the
dynamic coefficient and without instruction grouping.
"""

from __future__ import annotations

import torch

from clbench.errors import ClbenchError
from clbench.registry import register_method
from clbench.scenario import Experience, ScenarioInfo
from methods.common.lm import TextLoRALearner, ema_step


@register_method("lora_ema")
class LoRAEMA(TextLoRALearner):
    def __init__(self, info: ScenarioInfo, ema_alpha: float = 0.01, **kwargs):
        if not 0.0 < float(ema_alpha) <= 1.0:
            raise ClbenchError(f"ema_alpha must be in (0, 1], got {ema_alpha}; set method.ema_alpha.")
        super().__init__(info, **kwargs)
        self.ema_alpha = float(ema_alpha)
        self.ema: dict[str, torch.Tensor] = {}

    def before_experience(self, exp: Experience) -> None:
        if not self.ema:  # θ* starts at the adapter's initial weights
            self.ema = {k: p.detach().clone() for k, p in self.group_params("g0").items()}

    @torch.no_grad()
    def after_lora_step(self, grads: dict[str, torch.Tensor]) -> None:
        for k, p in self.group_params("g0").items():
            ema_step(self.ema[k], p, self.ema_alpha)

    @torch.no_grad()
    def after_experience(self, exp: Experience) -> None:
        for k, p in self.group_params("g0").items():
            p.copy_(self.ema[k])

    def report(self) -> dict:
        return {"ema_alpha": self.ema_alpha, "steps": self.steps_done, **super().report()}
