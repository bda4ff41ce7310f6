"""Finetune: SGD on each experience with no defence against forgetting (the lower bound)."""

from clbench.learner import Capabilities, SGDLearner
from clbench.registry import register_method


@register_method("finetune")
class Finetune(SGDLearner):
    """Plain cross-entropy training on the current experience only; ``SGDLearner`` does everything."""

    capabilities = Capabilities(bound="lower", bound_rank=1)  # a probe_finetune on the same backbone goes first
