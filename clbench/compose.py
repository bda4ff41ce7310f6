"""Config composition: a run's config composed as ``clbench run`` would (Hydra, then
:mod:`clbench.checks`), Hydra's errors turned into one sentence, and the checks on the root keys.
Lookup (which YAML a name is) is :mod:`clbench.config`, one layer down.
"""

from __future__ import annotations

from clbench.checks import check_group_choices, choices_from_overrides, finish_config
from clbench.config import config_options, searchpath_overrides
from clbench.errors import ClbenchError


def _hydra_error_sentence(e: Exception) -> str:
    msg = str(e).strip()
    first = msg.splitlines()[0] if msg else type(e).__name__
    for group, listing in (("method", "methods"), ("benchmark", "benchmarks"), ("suite", "suites")):
        if f"Could not find '{group}/" in first or f"In '{group}'" in first:
            name = first.split(f"'{group}/")[-1].split("'")[0] if f"'{group}/" in first else "?"
            return f"unknown {group} '{name}'; known {listing}: {', '.join(config_options(group))}."
    if "Key '" in msg and "is not in struct" in msg:
        key = msg.split("Key '")[1].split("'")[0]
        parent = first.split("'")[1] if first.startswith("Could not override") and "'" in first else ""
        full = f"{parent}.{key}" if parent and not parent.endswith(key) else key
        return f"unknown config key '{full}'; check the spelling (clbench run --cfg job shows every key)."
    if first.startswith("Could not override") and "={" in msg:
        key = first.split("'")[1] if "'" in first else "?"
        return (f"cannot replace '{key}' with a mapping that has new keys; set its keys one by one "
                f"({key}.name=... and +{key}.NEW_KEY=...).")
    if first.startswith("Could not override"):
        key = first.split("'")[1] if "'" in first else "?"
        return (f"unknown config key '{key}'; check the spelling, or add a new key with +{key}=VALUE "
                "(clbench run --cfg job shows every key).")
    return f"config error: {first}"


def compose(overrides: list[str]) -> dict:
    """Compose the config like ``clbench run`` would, as a resolved plain dict."""
    # Hydra/OmegaConf are imported here, not at the top: listings and --help never compose (start-up)
    from hydra import compose as hydra_compose
    from hydra import initialize_config_module
    from hydra.core.global_hydra import GlobalHydra
    from omegaconf import OmegaConf

    check_group_choices(overrides)  # method=../benchmark/x is no method name
    # Hydra's own settings (hydra/launcher=joblib, hydra.launcher.n_jobs=4, hydra.sweep.dir=...) configure the
    # launch, not the job: the app applies them; composing the job with them would refuse the launcher's keys
    overrides = [o for o in overrides if not (o.lstrip("+~").startswith(("hydra.", "hydra/"))
                                              and not o.lstrip("+~").startswith("hydra.searchpath"))]
    GlobalHydra.instance().clear()
    try:
        with initialize_config_module(config_module="conf", version_base="1.3"):
            cfg = hydra_compose(config_name="config", overrides=list(overrides) + searchpath_overrides(overrides))
            # typed like the defaults (1 -> 1.0: one value, one config hash) and checked by class
            return finish_config(OmegaConf.to_container(cfg, resolve=True), choices_from_overrides(overrides))
    except ClbenchError:
        raise
    except Exception as e:  # noqa: BLE001 - Hydra/OmegaConf errors become one sentence
        raise ClbenchError(_hydra_error_sentence(e)) from None
    finally:
        GlobalHydra.instance().clear()


def validate_config(cfg: dict) -> None:
    """Type and range checks on the root keys (the groups are checked by the method and the source)."""
    seed = cfg.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise ClbenchError(f"seed must be a non-negative integer, got {seed!r}; set seed=0 (or any N >= 0).")
    for key in ("method", "benchmark"):
        if not isinstance(cfg.get(key), dict) or not cfg[key].get("name"):
            raise ClbenchError(f"config group '{key}' is missing its name; choose one with {key}=NAME.")
    for key in ("source", "protocol"):
        if not cfg["benchmark"].get(key):
            raise ClbenchError(f"benchmark '{cfg['benchmark']['name']}' has no '{key}'; add it to its YAML.")
    from clbench.evaluate import EVAL_BATCH_SIZE  # here, not at the top: clbench.evaluate imports torch

    ebs = cfg.get("eval_batch_size", EVAL_BATCH_SIZE)
    if not isinstance(ebs, int) or ebs < 1:
        raise ClbenchError(f"eval_batch_size must be a positive integer, got {ebs!r}.")
