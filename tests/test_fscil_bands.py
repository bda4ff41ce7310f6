"""Slow bands of issue 18's methods on the streams they belong to, each against its baselines on the same backbone
and budget (numbers: the fscil helper's report and the commit messages; none of these bands was tuned).

* DualMix vs ER on online MNIST (reduced to the first 20,000 training / 5,000 test images so the pair fits the
  slow-test budget): DualMix's anytime accuracy (A_AUC) is at least ER's.
* CSFA vs its source-only baseline on gilcd_mnist: RSGS does *not* beat the source-only prototypes here
  (measured seed 0, full stream: final 0.145 vs 0.170, average incremental 0.573 vs 0.547; finetune 0.497,
  joint 0.895). The source model sees two classes only (experience 0 of gilcd_mnist), so the prototype
  classifier's features are weak for the eight classes that emerge later, and the entropy filter keeps
  6,012 of 13,069 unlabelled samples at experience 1 and none after (``method_report``): RSGS adapts once.
  The band pins that measured state:
  CSFA within 0.06 of source-only on the final accuracy, and not below it by more than 0.02 on the average
  incremental accuracy.
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
FEWSHOT_SMALL = ("benchmark=fewshot_mnist", "+benchmark.source_args.limit_train=12000",
                 "+benchmark.source_args.limit_test=5000")


def test_dualmix_a_auc_is_at_least_er_on_online_mnist(band_record):
    er = band_record("method=er", *ONLINE_SMALL, "seed=0")
    dm = band_record("method=dualmix", *ONLINE_SMALL, "seed=0")
    assert dm["metrics"]["a_auc"] >= er["metrics"]["a_auc"]
    assert dm["metrics"]["final_average_accuracy"] >= er["metrics"]["final_average_accuracy"]


def test_csfa_stays_at_its_source_only_baseline_on_gilcd_mnist(band_record):
    csfa = band_record("method=csfa", "benchmark=gilcd_mnist", "seed=0")["metrics"]
    src = band_record("method=csfa_source_only", "benchmark=gilcd_mnist", "seed=0")["metrics"]
    assert abs(csfa["final_average_accuracy"] - src["final_average_accuracy"]) < 0.06
    assert csfa["average_incremental_accuracy"] >= src["average_incremental_accuracy"] - 0.02


def test_mamba_fscil_keeps_its_base_accuracy_and_stays_below_its_ncm_baseline_on_fewshot_mnist(band_record):
    mamba = band_record("method=mamba_fscil", *FEWSHOT_SMALL, "seed=0")
    ncm = band_record("method=mamba_fscil_ncm", *FEWSHOT_SMALL, "seed=0")
    base_column = [row[0] for row in mamba["accuracy_matrix"]]
    assert max(base_column) - min(base_column) < 0.01
    assert ncm["metrics"]["final_average_accuracy"] >= mamba["metrics"]["final_average_accuracy"]
