"""Checks on a composed config that apply to every method and data source, by class rather than by option.

A config reaches a learner only after these checks (``clbench run``, a suite's jobs, ``clbench verify``), so
a bad value is one sentence naming the option and the fix (exit 2), never a traceback or a silent run:

* **values**: no NaN or infinity anywhere, no integer beyond 64 bits; a key whose default is a mapping or a
  boolean gets a mapping or a boolean; a top-level key that the root config does not have is a typo;
* **conventions** the shipped configs follow, by key name: counts (``epochs``, ``*batch_size``, each width
  of a ``hidden`` list, ...) are integers >= 1 (a single ``hidden`` width may be 0: no hidden layer),
  buffer sizes (``memory_size``, ``buffer_size``, ...) and ``*seed`` integers >= 0, ``*_fraction``,
  ``*_ratio``, ``density`` and ``dropout`` fractions in [0, 1] (``test_fraction`` strictly inside: 0 leaves
  no test data, 1 no training data);
* **device**: torch must know it and this machine must have it (``device=cuda`` without a GPU);
* **suites**: a non-empty list of seeds, ``n_jobs`` >= 1;
* **group choices**: ``method=../benchmark/x`` names no method (a path would load another group's YAML).

The defaults are the config composed with the same group choices and no other override (docs/running.md,
"Config values"); :func:`clbench.records.typed_like` gives each value its default's number type first.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from clbench.config import config_file, config_options
from clbench.errors import ClbenchError

INT_LIMIT = 2**63  # JSON readers, torch and NumPy seeds: 64-bit signed integers
GROUPS = ("method", "benchmark", "suite")
_POSITIVE_INT = {"epochs", "iterations", "steps", "image_size", "chunk_size", "ways", "shots", "n_jobs",
                 "threads_per_job", "eval_every"}
_NON_NEGATIVE_INT = {"memory_size", "mem_size", "buffer_size", "patterns_per_exp", "max_train_per_experience",
                     "base_classes", "sample_size"}
_FRACTIONS = {"density", "dropout"}
_OPEN_FRACTIONS = {"test_fraction"}


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _kind(key: str) -> str | None:
    if key in ("hidden", "target_hidden"):
        return "widths"
    if key in _OPEN_FRACTIONS:
        return "open_fraction"
    if key in _POSITIVE_INT or key.endswith(("_epochs", "batch_size", "_batch_size")) or key.startswith("batch_size"):
        return "positive_int"
    if key in _NON_NEGATIVE_INT or key == "seed" or key.endswith("_seed"):
        return "non_negative_int"
    if key in _FRACTIONS or key.endswith(("_fraction", "_ratio")):
        return "fraction"
    return None


def _check_convention(path: str, key: str, v: Any) -> None:
    kind = _kind(key)
    if kind is None or v is None or path == "seed":  # the root seed: validate_config's own sentence
        return
    values = [v]
    if key in ("hidden", "target_hidden"):  # a list of layer widths (>= 1 each), or one width (0: no layer)
        kind, values = ("positive_int", v) if isinstance(v, list) else ("non_negative_int", [v])
    for x in values:
        if kind == "positive_int" and not (_is_int(x) and x >= 1):
            raise ClbenchError(f"{key} must be an integer >= 1, got {x!r}; set {path} to a positive integer.")
        if kind == "non_negative_int" and not (_is_int(x) and x >= 0):
            raise ClbenchError(f"{key} must be an integer >= 0, got {x!r}; set {path} to 0 or a positive integer.")
        if kind == "fraction" and not (isinstance(x, (int, float)) and not isinstance(x, bool) and 0 <= x <= 1):
            raise ClbenchError(f"{key} must be a fraction in [0, 1], got {x!r}; set {path} to a number between 0 "
                               "and 1.")
        if kind == "open_fraction" and not (isinstance(x, (int, float)) and not isinstance(x, bool) and 0 < x < 1):
            raise ClbenchError(f"{key} must be a fraction strictly between 0 and 1 (0 leaves no test data, 1 no "
                               f"training data), got {x!r}; set {path} to e.g. 0.2.")


def _walk(value: Any, default: Any, path: str, key: str) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ClbenchError(f"{path} must be a finite number, got {value}; set {path} to a finite value.")
    if _is_int(value) and abs(value) >= INT_LIMIT:
        raise ClbenchError(f"{path} is too large ({str(value)[:30]}); integers must stay below 2**63, set {path} to "
                           "a smaller value.")
    if isinstance(default, dict) and value is not None and not isinstance(value, dict):
        example = f"{path}.name=..." if "name" in default else f"{path}.KEY=..."
        raise ClbenchError(f"{path} must be a mapping like its default, got {value!r}; set its keys one by one "
                           f"({example}).")
    if isinstance(default, bool) and value is not None and not isinstance(value, bool):
        raise ClbenchError(f"{path} must be true or false, got {value!r}; set {path}=true or {path}=false.")
    _check_convention(path, key, value)
    if isinstance(value, dict):
        for k, v in value.items():
            _walk(v, default.get(k) if isinstance(default, dict) else None, f"{path}.{k}", str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            d = default[min(i, len(default) - 1)] if isinstance(default, list) and default else None
            if isinstance(v, (dict, list, float, int)):
                _walk(v, d, f"{path}[{i}]", "")


def check_device(device: Any, option: str = "device") -> None:
    """``device`` must be one torch knows and this machine has."""
    import torch

    if device in (None, ""):
        return
    try:
        dev = torch.device(str(device))
    except (RuntimeError, ValueError, TypeError):
        raise ClbenchError(f"{option}={device} is not a device torch knows; use {option}=cpu or {option}=cuda "
                           f"(or cuda:N, mps).") from None
    if dev.type == "cuda":
        if not torch.cuda.is_available():
            raise ClbenchError(f"{option}={device} but no CUDA GPU is usable here (torch.cuda.is_available() is "
                               f"false); use {option}=cpu, or install a CUDA build of torch on a GPU machine.")
        if dev.index is not None and dev.index >= torch.cuda.device_count():
            raise ClbenchError(f"{option}={device} but this machine has {torch.cuda.device_count()} CUDA device(s); "
                               f"use {option}=cuda:0 up to cuda:{torch.cuda.device_count() - 1}.")
    elif dev.type == "mps":
        if not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
            raise ClbenchError(f"{option}={device} but no Apple GPU (MPS) is usable here; use {option}=cpu.")
    elif dev.type != "cpu":
        raise ClbenchError(f"{option}={device} is not supported by clbench; use {option}=cpu or {option}=cuda.")


def check_suite(suite: dict) -> None:
    if not isinstance(suite, dict) or not suite.get("name"):
        return
    seeds = suite.get("seeds", [0])
    if isinstance(seeds, int) and not isinstance(seeds, bool):
        seeds = [seeds]
    if not isinstance(seeds, list) or not seeds or not all(_is_int(s) and s >= 0 for s in seeds):
        raise ClbenchError(f"suite.seeds must be a non-empty list of integers >= 0, got {seeds!r}; set e.g. "
                           "suite.seeds=[0,1,2].")
    n_jobs = suite.get("n_jobs", 2)
    if n_jobs is not None and not (_is_int(n_jobs) and n_jobs >= 1):
        raise ClbenchError(f"suite.n_jobs must be an integer >= 1, got {n_jobs!r}; set suite.n_jobs=2 (jobs run at "
                           "once).")


def check_config(cfg: dict, defaults: dict | None = None) -> None:
    """Every class check above on a composed config (``defaults``: the same groups, no other override)."""
    defaults = defaults or {}
    if defaults:
        unknown = sorted(set(cfg) - set(defaults) - {"hydra"})
        if unknown:
            raise ClbenchError(f"unknown config key '{unknown[0]}'; check the spelling (clbench run --cfg job shows "
                               "every key).")
    for key, value in cfg.items():
        if key in ("hydra", "suite"):
            continue
        _walk(value, defaults.get(key), key, key)
    check_device(cfg.get("device"))
    check_suite(cfg.get("suite") or {})
    threads = cfg.get("threads", "auto")
    if threads not in (None, "auto") and not (_is_int(threads) and threads >= 1):
        raise ClbenchError(f"threads must be an integer >= 1 or auto, got {threads!r}; set threads=1 (or "
                           "threads=auto).")


def check_group_choices(overrides: list[str]) -> None:
    """``method=NAME``: a name, never a path (``method=../benchmark/x`` would load a benchmark as a method)."""
    for o in overrides:
        key, sep, value = o.lstrip("+~").partition("=")
        if sep and key in GROUPS and ("/" in value or "\\" in value or value.startswith(".")):
            listing = {"method": "methods", "benchmark": "benchmarks", "suite": "suites"}[key]
            raise ClbenchError(f"unknown {key} '{value}'; give a name, not a path (known {listing}: "
                               f"{', '.join(config_options(key))}).")


def is_group_choice(override: str) -> bool:
    """``method=x``, ``benchmark=y``, ``hydra/launcher=joblib``: overrides that choose a config, not a value."""
    key, sep, _ = override.lstrip("+~").partition("=")
    return bool(sep) and "." not in key and (key in GROUPS or "/" in key)


# ------------------------------------------------------------------------------------ typing and hooks
def _raw_yaml(path: str) -> dict:
    import yaml

    from clbench.errors import ClbenchError as _E

    try:
        with open(path) as f:
            data = yaml.safe_load(f) or {}
    except (OSError, yaml.YAMLError) as e:
        raise _E(f"config {path} cannot be read ({str(e).splitlines()[0][:120]}); fix or remove it.") from None
    return data if isinstance(data, dict) else {}


def _config_file(group: str, name: str):
    return config_file(group, name)


def _root_yaml() -> dict:
    from importlib.resources import files

    return _raw_yaml(str(files("conf") / "config.yaml"))


def choices_from_overrides(overrides: list[str]) -> dict[str, str]:
    """The group choices ``overrides`` make (the last ``method=...`` wins), else the root config's defaults."""
    chosen: dict[str, str] = {}
    for entry in _root_yaml().get("defaults") or []:
        if isinstance(entry, dict):
            for k, v in entry.items():
                if k in GROUPS and isinstance(v, str):
                    chosen[k] = v
    for o in overrides:
        key, sep, value = o.lstrip("+~").partition("=")
        if sep and key in GROUPS and value and "," not in value:
            chosen[key] = value
    return chosen


def hydra_choices() -> dict[str, str] | None:
    """The group choices of the running Hydra job (None outside one)."""
    try:
        from hydra.core.hydra_config import HydraConfig

        if not HydraConfig.initialized():
            return None
        return {k: v for k, v in HydraConfig.get().runtime.choices.items() if k in GROUPS and isinstance(v, str)}
    except Exception:  # noqa: BLE001 - no Hydra job, or another Hydra: no typing, the checks still run
        return None


def base_config(choices: dict[str, str]) -> dict:
    """The defaults a config's values are typed and checked against: the root config and the chosen group
    YAMLs as written (no override). A YAML that composes others (a defaults list) contributes its own keys."""
    base = {k: v for k, v in _root_yaml().items() if k not in ("defaults", "hydra")}
    for group in GROUPS:
        name = choices.get(group)
        if not name:
            continue
        try:
            data = _raw_yaml(str(_config_file(group, name)))
        except ClbenchError:
            continue  # an unknown choice is named by the composition itself
        base[group] = {k: v for k, v in data.items() if k != "defaults"}
    return base


def finish_config(cfg: dict, choices: dict[str, str] | None = None) -> dict:
    """``cfg`` with every number typed like its default (:func:`clbench.records.typed_like`: one value, one
    config hash, however it was spelled), after every check of :func:`check_config`. ``choices``: the group
    choices (default: the running Hydra job's); without them only the checks that need no default run."""
    from clbench.records import typed_like

    choices = choices if choices is not None else hydra_choices()
    base = base_config(choices) if choices else {}
    typed = typed_like(cfg, base) if base else dict(cfg)
    check_config(typed, base)
    return typed


def check_output_dirs(cfg: dict) -> None:
    """``results_dir`` and ``run_dir`` must be directories clbench can write (clbench.io.check_output_dir)."""
    from clbench.io import check_output_dir

    check_output_dir(cfg.get("results_dir") or "results", "results_dir")
    if cfg.get("run_dir"):
        check_output_dir(cfg["run_dir"], "run_dir")


BOARD_OUTPUTS = {"LEADERBOARD.md", "site", "wandb"}  # what `clbench leaderboard` writes into --out


def check_board_out(out: str | Path, inputs: list[str], force: bool = False) -> None:
    """``clbench leaderboard`` never overwrites a board it did not write unless ``--force``: ``--out`` may be
    new, hold only what the command writes (LEADERBOARD.md, site/), or be the folder its records come from
    (``clbench leaderboard leaderboard/records --out leaderboard`` rebuilds the published board in place).
    A directory with other files (the published board, when the records are a local results folder) is
    refused in one sentence."""
    from clbench.io import check_output_dir

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ClbenchError(f"--out {out} is a file; pass --out DIR, a directory for LEADERBOARD.md and site/.")
    if out.is_dir() and not force:
        others = sorted(p.name for p in out.iterdir() if p.name not in BOARD_OUTPUTS)
        root = out.resolve()
        own = inputs and all(Path(i).resolve() == root or root in Path(i).resolve().parents for i in inputs)
        if others and not own:
            raise ClbenchError(f"--out {out} holds a board this command did not build from these records (it has "
                               f"{', '.join(others[:3])}); pass --out NEW_DIR, or --force to replace its "
                               "LEADERBOARD.md and site/.")
    parent = next((p for p in [out, *out.parents] if p.exists()), Path("."))
    if not parent.is_dir():
        raise ClbenchError(f"--out {out} lies under {parent}, which is a file; pass --out DIR, a directory.")
    if out.is_dir():
        check_output_dir(out, "--out")  # read-only: refused now, not after the board is built


def check_matrix_method(method: str | None, board) -> None:
    """``--matrix NAME`` must name a method on the board (else the default drawing would hide the typo)."""
    if not method:
        return
    names = sorted({r.method.split(" [")[0] for rows in board.benchmarks.values() for r in rows})
    if method not in names and not any(r.method == method for rows in board.benchmarks.values() for r in rows):
        raise ClbenchError(f"--matrix {method} names no method on this board; use one of: {', '.join(names[:20])}.")


DEFAULT_THREADS = 1  # docs/performance.md, "Threads": tiny CPU models train fastest on one thread


def choose_threads(cfg: dict) -> str:
    """Set torch's intra-op thread count for a new run and say where it came from (the record keeps it as
    ``provenance.torch_threads_from``; ``provenance.torch_threads`` is the count).

    ``threads=N`` sets N. ``threads=auto`` (the default) keeps a count a suite's job already chose
    (``suite.threads_per_job``) or that ``OMP_NUM_THREADS`` gives, else uses 1: on the small CPU runs
    clbench's benchmarks are made of, a 2-core machine trained split_digits/finetune in 0.13-0.48 s at one
    thread and 6.1-7.8 s at torch's default of two (docs/performance.md). A large model on an idle many-core
    machine wants threads=N.
    """
    import os

    import torch

    value = cfg.get("threads", "auto")
    if value in (None, "auto"):
        per_job = (cfg.get("suite") or {}).get("threads_per_job")
        if per_job:
            return f"suite.threads_per_job={per_job}"
        env = os.environ.get("OMP_NUM_THREADS", "").strip()
        if env.isdigit() and int(env) >= 1:
            torch.set_num_threads(int(env))
            return f"OMP_NUM_THREADS={env}"
        torch.set_num_threads(DEFAULT_THREADS)
        return f"default ({DEFAULT_THREADS}: fastest for small CPU runs; set threads=N for large models)"
    if not _is_int(value) or value < 1:
        raise ClbenchError(f"threads must be an integer >= 1 or auto, got {value!r}; set threads=1 (or threads=auto).")
    torch.set_num_threads(value)
    return f"threads={value}"
