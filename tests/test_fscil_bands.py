"""Slow bands of issue 18's methods on the streams they belong to, each against its baselines on the same backbone
and budget (numbers: the fscil helper's report and the commit messages; none of these bands was tuned).

* DualMix vs ER on online MNIST (reduced to the first 20,000 training / 5,000 test images so the pair fits the
  slow-test budget), seeds 0/1/2: DualMix's anytime accuracy (A_AUC) and final accuracy are at least ER's on the
  three-seed means (measured, trust helper: A_AUC 0.919/0.881/0.899 vs 0.887/0.865/0.861, final
  0.871/0.811/0.864 vs 0.816/0.776/0.736 — above at every seed; the board's full-stream cells: A_AUC
  0.939/0.940/0.936 vs 0.892/0.899/0.890, final 0.909/0.891/0.876 vs 0.815/0.842/0.797).
* CSFA vs its source-only baseline on gilcd_mnist: the board's cells (csfa v2, full stream, seeds 0/1/2; read
  from their records). The ablation is clean since v2 (source-only is the same pipeline minus RSGS: with RSGS
  taking no step the two are identical, tests/test_csfa.py). CSFA's average incremental accuracy is above
  source-only's on the three-seed mean (0.575/0.567/0.606 vs 0.556/0.567/0.548: +0.019/-0.0003/+0.059, mean
  0.583 vs 0.557) and its final accuracy is level (0.145/0.303/0.353 vs 0.175/0.305/0.294: mean 0.267 vs
  0.258). Why so little: the source model sees two classes only (experience 0), so the prototype classifier
  is weak for the eight classes that emerge later, and RSGS's entropy filter (H < 0.4 ln K) keeps samples at
  experience 1 only (``method_report``: seed 0 5,858, seed 1 55, seed 2 7,362 of ~13,000-14,000; none after,
  when K >= 6). At seed 1 those 55 samples make 46 steps and a change of -0.0003.
* Mamba-FSCIL on fewshot_mnist (6 base classes, then two 2-way 5-shot sessions; full MNIST splits; the board's
  cells, seeds 0/1/2, read from their records), at the official session recipe (200 steps, batch 64,
  drop_last, cosine cooldown, ETF class-count weights; lr 0.05): above finetune on the same cnn trunk at every
  seed (final 0.722/0.613/0.631 vs 0.288/0.315/0.293), but below its nearest-class-mean baseline on the same
  base-trained network on the mean (0.655 vs 0.728; per seed 0.726/0.770/0.688, gap -0.004/-0.157/-0.057) — the
  issue's "above NCM" does not hold and is kept as a strict xfail with that gap. As measured (accuracy
  matrices, after the last session): base 0.92-0.95, session-1 classes 0.45-0.73, session-2 classes 0.24-0.56.
  At the earlier constant-lr recipe (100 steps, batch 8, no class-count weights) session 2 took the session-1
  classes to 0.0 at every seed (final 0.398/0.450/0.423). NCM keeps base 0.94 and session-1
  classes 0.54-0.72. The joint bound on the trunk is not an upper bound here (0.331/0.331/0.331: one epoch over
  36,000 base images and 10 shots per novel class learns no novel class).
* ER, DualMix (on ER), finetune, G-ACIL (``gacil_mnist``: the MLP base-trained on the first experience, then
  frozen) and joint on cir_mnist (class-incremental with repetition, 20 experiences of 1,000 samples, geometric
  first occurrence p 0.3, repetition p 0.2; 19/18/17 experiences remain at seeds 0/1/2) and ER, finetune,
  G-ACIL and joint on gilcd_mnist, the board's cells (seeds 0/1/2, read from their records). cir final: ER
  0.899/0.881/0.887, DualMix 0.920/0.910/0.932 (above ER at every seed), G-ACIL 0.910/0.907/0.918, finetune
  0.368/0.496/0.439, joint 0.961/0.959/0.963; gilcd final: ER 0.820/0.827/0.826, G-ACIL 0.867/0.841/0.841,
  finetune 0.497/0.593/0.598, joint 0.895/0.847/0.863. Replay and the frozen analytic learner are above
  finetune at every seed on both streams and joint is above both on the mean (on gilcd G-ACIL comes within
  0.006 of joint at seed 1). CSFA (above) is far below all of these on gilcd: it trains weights on experience 0's
  labelled samples only (source-free; later labels only set prototypes), where finetune and ER train on every
  experience's labelled samples.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DIRS = [ROOT / "leaderboard" / "records", ROOT / "results" / "fscil" / "records"]  # published, then not yet
ONLINE_SMALL = ("benchmark=online_mnist", "+benchmark.source_args.limit_train=20000",
                "+benchmark.source_args.limit_test=5000")
SEEDS = (0, 1, 2)  # the board's seeds


def _mean_metrics(band_record, *overrides: str,
                  keys: tuple[str, ...] = ("final_average_accuracy", "average_incremental_accuracy")) -> dict:
    """The metrics of a cell averaged over the board's three seeds."""
    runs = [band_record(*overrides, f"seed={s}")["metrics"] for s in SEEDS]
    return {k: sum(r[k] for r in runs) / len(runs) for k in keys}


def cell(config: str, benchmark: str) -> list[dict]:
    """The board cell ``conf/method/<config>.yaml`` on ``benchmark`` (suite=streams): its complete records at the
    exact method config and today's declared code versions, one per seed 0/1/2 (skips, naming the command, when a
    seed has none)."""
    from clbench.records import declared_versions

    want = yaml.safe_load((ROOT / "conf" / "method" / f"{config}.yaml").read_text())
    by_seed: dict[int, dict] = {}
    for d in DIRS:
        for f in sorted(d.glob(f"{benchmark}-{want['name']}-s*.json")) if d.is_dir() else []:
            r = json.loads(f.read_text())
            if (r.get("status") == "complete" and r["method"]["config"] == want
                    and r["benchmark"]["name"] == benchmark
                    and r.get("versions") == declared_versions(want["name"], r["benchmark"]["config"])):
                by_seed.setdefault(int(r["seed"]), r)
    missing = [s for s in SEEDS if s not in by_seed]
    if missing:
        pytest.skip(f"no record of {config} on {benchmark} at seeds {missing}; run: clbench run suite=streams "
                    f"method={config} benchmark={benchmark}")
    return [by_seed[s] for s in SEEDS]


def per_seed(records: list[dict], key: str = "final_average_accuracy") -> list[float]:
    return [r["metrics"][key] for r in records]


def mean(records: list[dict], key: str = "final_average_accuracy") -> float:
    return statistics.mean(per_seed(records, key))


def test_dualmix_a_auc_is_at_least_er_on_online_mnist(band_record):
    keys = ("a_auc", "final_average_accuracy")
    er = _mean_metrics(band_record, "method=er", *ONLINE_SMALL, keys=keys)
    dm = _mean_metrics(band_record, "method=dualmix", *ONLINE_SMALL, keys=keys)
    assert dm["a_auc"] >= er["a_auc"]
    assert dm["final_average_accuracy"] >= er["final_average_accuracy"]


# ------------------------------------------------------------------------------------------------ gilcd_mnist
def test_csfa_is_above_its_source_only_baseline_on_average_incremental_accuracy_on_gilcd_mnist():
    csfa, src = cell("csfa", "gilcd_mnist"), cell("csfa_source_only", "gilcd_mnist")
    aia = "average_incremental_accuracy"
    assert mean(csfa, aia) > mean(src, aia)  # 0.583 vs 0.557
    assert abs(mean(csfa) - mean(src)) < 0.06  # final level: 0.267 vs 0.258 (one seed spans -0.030..+0.059)
    for c, s in zip(csfa, src):  # where RSGS took no step at all, csfa is source-only exactly (clean ablation)
        if not any((e["last"].get("rsgs") or {}).get("steps") for e in c["method_report"]):
            assert c["accuracy_matrix"] == s["accuracy_matrix"]


# ---------------------------------------------------------------------------------------------- fewshot_mnist
def test_mamba_fscil_is_above_finetune_on_the_same_trunk_on_fewshot_mnist():
    mamba, ft = cell("mamba_fscil", "fewshot_mnist"), cell("finetune_cnn", "fewshot_mnist")
    assert all(m > f for m, f in zip(per_seed(mamba), per_seed(ft)))  # 0.722/0.613/0.631 vs 0.288/0.315/0.293


@pytest.mark.xfail(strict=True, reason="issue 18's band does not hold: at the official session recipe measured "
                   "final 0.722/0.613/0.631 vs NCM 0.726/0.770/0.688 (gap -0.004/-0.157/-0.057; 0.398/0.450/0.423 "
                   "at the earlier constant-lr recipe): the novel classes reach 0.44-0.73 per session where the "
                   "NCM's cosine to their 5-shot means does better (methods/mamba_fscil.py)")
def test_mamba_fscil_is_above_its_nearest_class_mean_baseline_on_fewshot_mnist():
    mamba, ncm = cell("mamba_fscil", "fewshot_mnist"), cell("mamba_fscil_ncm", "fewshot_mnist")
    assert mean(mamba) > mean(ncm)


def test_mamba_fscil_and_its_ncm_baseline_share_the_base_session():
    """The NCM row is a baseline on the *same* base-trained network: after the base session both score the base
    classes with the same trunk and base branch (ETF head vs cosine to class means: close, not equal)."""
    mamba, ncm = cell("mamba_fscil", "fewshot_mnist"), cell("mamba_fscil_ncm", "fewshot_mnist")
    for m, n in zip(mamba, ncm):
        assert m["scenario"]["class_order"] == n["scenario"]["class_order"]
        assert abs(m["accuracy_matrix"][0][0] - n["accuracy_matrix"][0][0]) < 0.03  # seed 0: 0.952 vs 0.958


# ------------------------------------------------------------------------------------ cir_mnist and gilcd_mnist
@pytest.mark.parametrize("benchmark", ["cir_mnist", "gilcd_mnist"])
def test_replay_and_gacil_are_above_finetune_and_joint_is_above_both(benchmark):
    ft, er, gacil, joint = (cell(c, benchmark) for c in ("finetune", "er", "gacil_mnist", "joint"))
    for better in (er, gacil):
        assert all(b > f for b, f in zip(per_seed(better), per_seed(ft))), benchmark
        assert mean(better, "forgetting") < mean(ft, "forgetting")
    assert mean(joint) > max(mean(er), mean(gacil))  # the upper bound, on the mean (gilcd seed 1: 0.847 vs 0.841)


def test_cir_streams_drop_their_empty_experiences_and_say_how_long_they_are():
    for r in cell("er", "cir_mnist"):
        n = r["scenario"]["n_experiences"]
        assert n == len(r["accuracy_matrix"]) <= r["benchmark"]["config"]["protocol_args"]["n_experiences"]


def test_dualmix_is_above_er_on_cir_mnist():
    """DualMix on top of the same ER on the repetition stream (no anytime curve: cir refuses eval_every)."""
    er, dm = cell("er", "cir_mnist"), cell("dualmix", "cir_mnist")
    assert all(d >= e for d, e in zip(per_seed(dm), per_seed(er)))  # 0.920/0.910/0.932 vs 0.899/0.881/0.887
