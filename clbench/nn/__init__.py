"""Backbones shared by methods, built by name from config (a string or ``{name: ..., **options}``)."""

from clbench.nn.backbones import BACKBONES, Classifier, build_backbone, build_classifier, register_backbone

__all__ = ["BACKBONES", "Classifier", "build_backbone", "build_classifier", "register_backbone"]
