"""Backbones shared by methods, built by name from config (a string or ``{name: ..., **options}``).

``TABLE`` registers the engine's backbones and adapter hosts with :mod:`clbench.registry` (through the
``clbench.tables`` entry point ``nn = "clbench.nn:TABLE"``); backbones that belong to methods (ResNet-32,
the ViT family) are in ``methods/__init__.py``'s table. This package's ``__init__`` imports no torch: it is
read by every listing; ``build_backbone``/``build_classifier``/``Classifier`` load
:mod:`clbench.nn.backbones` on first use.
"""

from importlib import import_module

from clbench.registry import BACKBONES, register_backbone

TABLE = {
    "backbone": {
        "mlp": "clbench.nn.backbones:MLP",
        "cnn": "clbench.nn.backbones:SmallCNN",
        "resnet18": "clbench.nn.backbones:SlimResNet18",
        "mobilenet_v2": "clbench.nn.backbones:mobilenet_v2",
    },
    "adapter_host": {
        "mobilenet_v2": "clbench.nn.adapters:MobileNetV2Host",
    },
}

_LAZY = {"Classifier", "build_backbone", "build_classifier"}
__all__ = ["BACKBONES", "TABLE", "Classifier", "build_backbone", "build_classifier", "register_backbone"]


def __getattr__(name: str):
    # PEP 562: keeps ``from clbench.nn import build_classifier`` working without importing torch here
    if name in _LAZY:
        return getattr(import_module("clbench.nn.backbones"), name)
    raise AttributeError(f"module 'clbench.nn' has no attribute {name!r}")
