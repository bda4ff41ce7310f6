"""Quality bands of the two bounds on offline Split MNIST (class-IL, 1 epoch, MLP 100-100).

Measured (seeds 0/1/2): finetune 0.197/0.199/0.194 (Mammoth SGD: 19.60 %), joint 0.959/0.959/0.961
(Mammoth JOINT: 95.57 %).
"""

import pytest

from clbench.records import load_record
from clbench.runner import run

pytestmark = pytest.mark.slow


def _final(compose_run, method: str, seed: int = 0) -> dict:
    return load_record(run(compose_run(f"method={method}", "benchmark=split_mnist", f"seed={seed}"),
                           echo=lambda s: None))


def test_finetune_forgets_like_sgd(compose_run):
    rec = _final(compose_run, "finetune")
    assert rec["metrics"]["final_average_accuracy"] <= 0.25
    assert rec["metrics"]["forgetting"] > 0.9  # each old task is all but erased


def test_joint_is_the_upper_bound(compose_run):
    rec = _final(compose_run, "joint")
    assert rec["metrics"]["final_average_accuracy"] >= 0.95


def test_same_seed_twice_same_matrix(compose_run, tmp_path):
    a = _final(compose_run, "finetune", seed=1)
    cfg = compose_run("method=finetune", "benchmark=split_mnist", "seed=1", f"results_dir={tmp_path / 'again'}")
    b = load_record(run(cfg, echo=lambda s: None))
    assert a["accuracy_matrix"] == b["accuracy_matrix"]
