"""What a method declares it can do: plain data, importable without torch.

:class:`Capabilities` lives here, not in :mod:`clbench.learner`, so the in-tree method table
(``methods/__init__.py``) can declare every method's capabilities as data and ``clbench methods`` can list
them without importing torch or any method module (docs/architecture.md, "One registry").
"""

from __future__ import annotations

from dataclasses import dataclass

ALL_PROTOCOLS = (
    "class_incremental", "task_incremental", "domain_incremental", "few_shot_class_incremental",
    "si_blurry", "online_class_incremental", "cir", "gilcd",
)


@dataclass(frozen=True)
class Capabilities:
    """What a method can do; checked against a benchmark before any data loads."""

    protocols: tuple[str, ...] = ALL_PROTOCOLS
    needs_task_ids_at_test: bool = False
    exemplars: bool = False  # keeps raw training samples between experiences
    backbones: tuple[str, ...] | None = None  # None: any backbone of clbench.nn
    output: str = "logits"  # "logits" (classification) or "text" (instruction streams)
    notes: str = ""
    # predict scores exactly the classes of no trained experience -inf, and only those (checked by
    # clbench.testing.check_learner); False promises nothing either way
    unseen_classes_minus_inf: bool = False
    # the board's bounds column (clbench.leaderboard.attach_bounds): "lower" (trains on each experience alone,
    # as finetune) or "upper" (on every experience at once, as joint; or an oracle); "" for a method. Where
    # several rows on one backbone and data declare the same bound, the lowest bound_rank is shown.
    bound: str = ""
    bound_rank: int = 0

    def __post_init__(self) -> None:
        if self.bound not in ("", "lower", "upper"):
            raise ValueError(f"Capabilities.bound must be 'lower', 'upper' or '', got {self.bound!r}")

    def as_dict(self) -> dict:
        return {
            "protocols": list(self.protocols), "needs_task_ids_at_test": self.needs_task_ids_at_test,
            "exemplars": self.exemplars, "backbones": list(self.backbones) if self.backbones else "any",
            "output": self.output,
        }
