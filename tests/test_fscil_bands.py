"""Slow bands of issue 18's methods on the streams they belong to, each against its baselines on the same backbone
and budget (numbers: the fscil helper's report and the commit messages; none of these bands was tuned).

* DualMix vs ER on online MNIST (reduced to the first 20,000 training / 5,000 test images so the pair fits the
  slow-test budget), seeds 0/1/2: DualMix's anytime accuracy (A_AUC) and final accuracy are at least ER's on the
  three-seed means (measured, trust helper: A_AUC 0.919/0.881/0.899 vs 0.887/0.865/0.861, final
  0.871/0.811/0.864 vs 0.816/0.776/0.736 — above at every seed; the board's full-stream cells: A_AUC
  0.939/0.940/0.936 vs 0.892/0.899/0.890, final 0.909/0.891/0.876 vs 0.815/0.842/0.797).
* CSFA vs its source-only baseline on gilcd_mnist (the board's cells, full stream, seeds 0/1/2; the trust helper's
  runs): CSFA is above source-only on the average incremental accuracy at every seed (0.573/0.567/0.580 vs
  0.547/0.538/0.547: +0.026/+0.029/+0.033), and on the final accuracy level on the mean (0.145/0.305/0.358 vs
  0.170/0.307/0.295: mean 0.270 vs 0.257, per seed -0.025/-0.002/+0.064; finetune 0.497/0.593/0.598, joint
  0.895/0.847/0.863). Why so little: the source model sees two classes only (experience 0 of gilcd_mnist), so the
  prototype classifier's features are weak for the eight classes that emerge later, and RSGS's entropy filter
  keeps samples at one experience at most (``method_report``: seed 0 6,012 and seed 2 7,430 of ~13,000 at
  experience 1, none after; seed 1 none at all). Seed 1 shows that the edge on the average incremental accuracy
  is not all RSGS: with zero RSGS steps csfa still differs from source-only (0.567 vs 0.538), because with
  ``adapt: true`` step 4 calls ``set_prototypes`` a second time, and that call calibrates the emerging classes
  against base prototypes already refreshed from this experience's labelled means (source-only calibrates them
  against the previous ones). The band pins that measured state on the three-seed means: CSFA above source-only
  on the average incremental accuracy, and within 0.06 of it on the final accuracy (one seed alone spans
  -0.025..+0.064).
* Mamba-FSCIL vs its nearest-class-mean baseline (the same base-trained network) on few-shot MNIST (6 base
  classes, 2-way 5-shot; reduced to 12,000 training / 5,000 test images). Mamba-FSCIL does *not* beat the NCM
  baseline at this budget (measured seed 0: final 0.149 vs 0.265; base-class accuracy 0.447 after every session
  vs NCM's 0.568 -> 0.514; novel classes 0.0 vs 0.14-0.20). Why, as measured: one base epoch (the official
  recipe trains 200 with Mixup/CutMix) leaves the ETF-aligned features weak, and the novel branch — at the
  learning rate that kept it finite on CPU (0.01; 0.05 diverged) and 100 steps, with the suppression weight 100 on
  base samples — moves no novel test sample onto its ETF vector. The band pins that state and the method's
  structural promise: the base-class accuracy is the same after every session (frozen base branch, novel
  branch starting at exactly zero).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

ONLINE_SMALL = ("benchmark=online_mnist", "+benchmark.source_args.limit_train=20000",
                "+benchmark.source_args.limit_test=5000")
SEEDS = (0, 1, 2)  # the board's seeds
FEWSHOT_SMALL = ("benchmark=fewshot_mnist", "+benchmark.source_args.limit_train=12000",
                 "+benchmark.source_args.limit_test=5000")


def _mean_metrics(band_record, *overrides: str,
                  keys: tuple[str, ...] = ("final_average_accuracy", "average_incremental_accuracy")) -> dict:
    """The metrics of a cell averaged over the board's three seeds."""
    runs = [band_record(*overrides, f"seed={s}")["metrics"] for s in SEEDS]
    return {k: sum(r[k] for r in runs) / len(runs) for k in keys}


def test_dualmix_a_auc_is_at_least_er_on_online_mnist(band_record):
    keys = ("a_auc", "final_average_accuracy")
    er = _mean_metrics(band_record, "method=er", *ONLINE_SMALL, keys=keys)
    dm = _mean_metrics(band_record, "method=dualmix", *ONLINE_SMALL, keys=keys)
    assert dm["a_auc"] >= er["a_auc"]
    assert dm["final_average_accuracy"] >= er["final_average_accuracy"]


def test_csfa_is_above_its_source_only_baseline_on_average_incremental_accuracy_on_gilcd_mnist(band_record):
    csfa = _mean_metrics(band_record, "method=csfa", "benchmark=gilcd_mnist")
    src = _mean_metrics(band_record, "method=csfa_source_only", "benchmark=gilcd_mnist")
    assert csfa["average_incremental_accuracy"] > src["average_incremental_accuracy"]
    assert abs(csfa["final_average_accuracy"] - src["final_average_accuracy"]) < 0.06


def test_mamba_fscil_keeps_its_base_accuracy_and_stays_below_its_ncm_baseline_on_fewshot_mnist(band_record):
    mamba = band_record("method=mamba_fscil", *FEWSHOT_SMALL, "seed=0")
    ncm = band_record("method=mamba_fscil_ncm", *FEWSHOT_SMALL, "seed=0")
    base_column = [row[0] for row in mamba["accuracy_matrix"]]
    assert max(base_column) - min(base_column) < 0.01
    assert ncm["metrics"]["final_average_accuracy"] >= mamba["metrics"]["final_average_accuracy"]
