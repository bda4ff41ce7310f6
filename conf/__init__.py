"""Hydra configs shipped with clbench (installed as package data so a non-editable install finds them)."""
