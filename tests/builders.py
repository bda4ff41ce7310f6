"""Synthetic scenario pieces shared by the method tests (one place instead of a copy per test file).

``split_info``: tasks with disjoint classes (task-/class-incremental); ``shared_info``: every task over the same
classes (domain-incremental, permuted-MNIST-like); ``experience``: an :class:`Experience` from tensors, its
test split the first ``n_test`` training samples unless given; ``task_logits``: a learner's task-aware logits;
``blob_images``: uint8 images around one random mean per class (a source for protocol-level tests);
``SPLIT_DIGITS``, ``tiny_vit``, ``vit_overrides``, ``saved_vit``: the stream and the tiny timm ViT host of the
pre-trained-ViT method tests (MOS, SEMA); ``cli_in_process``: the ``clbench`` command run in this process.
Each test file keeps its own data generator (the signal its assertions rely on).
"""

from __future__ import annotations

import contextlib
import io
import subprocess
from collections.abc import Sequence
from pathlib import Path

import torch

from clbench.scenario import Experience, LabelledData, ScenarioInfo


def split_info(n_tasks: int = 3, per_task: int = 2, shape: Sequence[int] = (1, 12, 12),
               protocol: str = "task_incremental", task_ids_at_test: bool = True,
               classes: list[list[int]] | None = None) -> ScenarioInfo:
    """``n_tasks`` tasks of ``per_task`` classes each: task t holds ``t*per_task .. (t+1)*per_task - 1``."""
    classes = classes or [list(range(t * per_task, (t + 1) * per_task)) for t in range(n_tasks)]
    n_classes = sum(len(c) for c in classes)
    return ScenarioInfo("synthetic", protocol, len(classes), n_classes, tuple(shape), task_ids_at_test, "logits", 0,
                        list(range(n_classes)), classes)


def shared_info(n_tasks: int = 3, n_classes: int = 4, shape: Sequence[int] = (1, 6, 6),
                protocol: str = "domain_incremental", task_ids_at_test: bool = True) -> ScenarioInfo:
    """``n_tasks`` tasks over the same ``n_classes`` classes."""
    return ScenarioInfo("synthetic", protocol, n_tasks, n_classes, tuple(shape), task_ids_at_test, "logits", 0,
                        list(range(n_classes)), [list(range(n_classes)) for _ in range(n_tasks)])


def experience(t: int, x: torch.Tensor, y: torch.Tensor, classes: Sequence[int],
               new_classes: Sequence[int] | None = None, task_ids_at_test: bool = True, n_test: int = 16,
               test: tuple[torch.Tensor, torch.Tensor] | None = None) -> Experience:
    """Experience ``t`` (task id t) training on ``x, y``; its test split is ``test`` or the first ``n_test``
    training samples; ``new_classes`` defaults to ``classes``."""
    tx, ty = test if test is not None else (x[:n_test], y[:n_test])
    return Experience(t, x, y, tx, ty, tuple(classes), tuple(classes if new_classes is None else new_classes), t,
                      task_ids_at_test)


def task_logits(learner, x: torch.Tensor, t: int) -> torch.Tensor:
    """The learner's logits for ``x`` when told every sample belongs to task ``t``."""
    with torch.inference_mode():
        return learner.predict(x, torch.full((len(x),), t))


def blob_images(n_classes: int, per_class: int, side: int, n_test_per_class: int, noise: float) -> LabelledData:
    """uint8 [1, side, side] images: one random mean per class plus Gaussian noise (seed 0), train then test."""
    g = torch.Generator().manual_seed(0)
    means = torch.rand(n_classes, 1, side, side, generator=g) * 200
    y = torch.arange(n_classes * per_class) % n_classes
    x = (means[y] + torch.randn(len(y), 1, side, side, generator=g) * noise).clamp(0, 255).to(torch.uint8)
    yt = torch.arange(n_classes * n_test_per_class) % n_classes
    xt = (means[yt] + torch.randn(len(yt), 1, side, side, generator=g) * noise).clamp(0, 255).to(torch.uint8)
    return LabelledData(name="blobs", train_x=x, train_y=y, test_x=xt, test_y=yt, n_classes=n_classes)


#: split_digits, class-incremental in 5 experiences: the cheapest real stream
SPLIT_DIGITS = {"name": "split_digits", "source": "digits", "source_args": {}, "protocol": "class_incremental",
                "protocol_args": {"n_experiences": 5}}


def tiny_vit(depth: int) -> dict:
    """The ``vit`` backbone config of a tiny random timm ViT over 8×8 one-channel images (patch 4, width 16)."""
    return {"name": "vit", "arch": "timm:vit_tiny_patch16_224",
            "arch_args": {"img_size": 8, "patch_size": 4, "depth": depth, "embed_dim": 16, "num_heads": 2,
                          "in_chans": 1}}


def vit_overrides(backbone: dict) -> list[str]:
    """The command-line overrides that make a composed run's ``method.backbone`` the ViT ``backbone``."""
    return [f"method.backbone.arch={backbone['arch']}",
            *[f"+method.backbone.arch_args.{k}={v}" for k, v in backbone["arch_args"].items()]]


def saved_vit(backbone: dict, path: Path) -> dict:
    """Saves a random timm ViT of ``backbone``'s architecture (torch seed 0) to ``path`` and returns the config
    that loads it: a fresh learner then rebuilds the same frozen host whatever the global RNG state."""
    import timm

    torch.manual_seed(0)
    vit = timm.create_model(backbone["arch"].partition(":")[2], pretrained=False, num_classes=0,
                            **backbone["arch_args"])
    torch.save(vit.state_dict(), path)
    return {**backbone, "weights": str(path)}


def cli_in_process(*args: str) -> subprocess.CompletedProcess:
    """``clbench ARGS`` in this process (``clbench.cli.main``, stdout/stderr captured): the command's code path
    without a fresh interpreter importing torch for each case (issue 19)."""
    from clbench.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(list(args))
        except SystemExit as e:  # Hydra's app ends a user error with SystemExit(2)
            rc = e.code if isinstance(e.code, int) else 1
    return subprocess.CompletedProcess(["clbench", *args], rc, out.getvalue(), err.getvalue())
