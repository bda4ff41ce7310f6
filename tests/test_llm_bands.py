"""Bands of the LLM cells (issue 16), checked on committed records: CI has no Gemma, so these tests read the
records ``suite=llm`` produced (``leaderboard/records``, or ``results/llm/records`` before publication) and
skip, naming the command, when a cell has none. Only cells that were run have a band; each band is the
measured number with a margin, never tuned to make a method win (the measured values are in
docs/methods-vs-papers.md, "The LLM instruction stream")."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DIRS = [ROOT / "leaderboard" / "records", ROOT / "results" / "llm" / "records"]


def cell(config: str, benchmark: str) -> list[dict]:
    """Complete records of ``conf/method/<config>.yaml`` (exact method config) on ``benchmark``, one per seed."""
    want = yaml.safe_load((ROOT / "conf" / "method" / f"{config}.yaml").read_text())
    by_seed: dict[int, dict] = {}
    for d in DIRS:
        for f in sorted(d.glob(f"{benchmark}-{want['name']}-s*.json")) if d.is_dir() else []:
            r = json.loads(f.read_text())
            if r.get("status") == "complete" and r["method"]["config"] == want and r["benchmark"]["name"] == benchmark:
                by_seed.setdefault(int(r["seed"]), r)
    if not by_seed:
        pytest.skip(f"no record of {config} on {benchmark}; run: clbench run suite=llm method={config}")
    return [by_seed[s] for s in sorted(by_seed)]


def mean(records: list[dict], key: str) -> float:
    return statistics.mean(r["metrics"][key] for r in records)


def per_seed(records: list[dict], key: str) -> list[float]:
    """``key`` of every seed's record, in seed order: a band on the mean also bounds each seed (the spread),
    so one lucky seed cannot carry a cell whose other seeds miss."""
    return [r["metrics"][key] for r in records]


def between_sequential_lora_and_the_oracle(records: list[dict]) -> None:
    """Issue 16's band for a continual method: its mean final average above lora_seq's and below the per-task
    oracle's, its mean forgetting below lora_seq's and above the oracle's (each seed of the three cells)."""
    seq = cell("lora_seq_llm", "llm_instructions")
    oracle = cell("lora_oracle_llm", "llm_instructions_til")
    assert mean(seq, "final_average_accuracy") < mean(records, "final_average_accuracy") \
        < mean(oracle, "final_average_accuracy")
    assert mean(oracle, "forgetting") < mean(records, "forgetting") < mean(seq, "forgetting")


@pytest.mark.slow
def test_sequential_lora_forgets_at_least_a_fifth():
    """Seeds 0/1/2: forgetting 0.622 / 0.672 / 0.603 (mean 0.632, sd 0.035), final 0.340 / 0.296 / 0.339."""
    seq = cell("lora_seq_llm", "llm_instructions")
    assert mean(seq, "forgetting") >= 0.2 and min(per_seed(seq, "forgetting")) >= 0.2  # issue 16's bound


@pytest.mark.slow
def test_the_per_task_oracle_does_not_forget():
    """One adapter per task: a task whose family does not recur keeps its score exactly; only the recurring
    task's own group retrains (on new samples), which may move its first test set either way. Seed 0 went
    0.81 -> 0.97 (forgetting -0.027); seed 1 went 0.96 -> 0.92 (forgetting 0.007, the only drop: the band
    "forgetting <= 0" rested on seed 0 alone and is replaced by this exact per-column invariant)."""
    recs = cell("lora_oracle_llm", "llm_instructions_til")
    for r in recs:
        tasks, acc = r["scenario"]["meta"]["tasks"], r["accuracy_matrix"]
        recurring = {t.split("#")[0] for t in tasks if "#" in t}
        for j, t in enumerate(tasks):
            if t.split("#")[0] not in recurring:
                assert all(acc[i][j] == acc[j][j] for i in range(j, len(tasks))), (r["seed"], t)
    assert mean(recs, "forgetting") <= 0.01  # seeds 0/1: -0.027 / 0.007
    assert mean(recs, "final_average_accuracy") >= 0.8  # seeds 0/1: 0.889 / 0.900


@pytest.mark.slow
def test_the_zero_shot_row_is_the_untrained_model():
    (r,) = cell("lm_zero_shot_llm", "llm_instructions")[:1]
    assert r["metrics"]["final_average_accuracy"] <= 0.05  # seed 0: 0.0 (the base model ignores the format)
    rep = r["method_report"][-1]
    assert rep["probe_before"] == rep["probe_after"] >= 0.5  # seed 0: 0.70


@pytest.mark.slow
def test_lcia_lies_between_sequential_lora_and_the_oracle():
    seq = cell("lora_seq_llm", "llm_instructions")
    lcia = cell("lcia_llm", "llm_instructions")
    # lcia seeds 0/1/2: final 0.700 / 0.656 / 0.663 (mean 0.673, sd 0.024), forgetting 0.148 / 0.123 / 0.163
    # (mean 0.145, sd 0.020); lora_seq's means 0.325 / 0.632 (3 seeds), the oracle's in its own test
    between_sequential_lora_and_the_oracle(lcia)
    # the spread: lcia's worst seed forgets less than lora_seq's best (0.163 < 0.603)
    assert max(per_seed(lcia, "forgetting")) < min(per_seed(seq, "forgetting"))
    # the recurring task finds its group on every seed (2 reuses on each of seeds 0/1/2)
    assert all(r["method_report"][-1]["groups_reused"] >= 1 for r in lcia)


@pytest.mark.slow
def test_sequential_lora_erodes_the_general_ability_probe_more_than_the_oracle():
    seq = cell("lora_seq_llm", "llm_instructions")[0]["method_report"][-1]
    oracle = cell("lora_oracle_llm", "llm_instructions_til")[0]["method_report"][-1]
    assert seq["probe_after"] < oracle["probe_after"] <= oracle["probe_before"]  # seed 0: 0.20 < 0.53 <= 0.70


@pytest.mark.slow
def test_the_dynamic_ema_alone_still_forgets():
    """lcia without grouping (one shared adapter, the dynamic EMA alone). Seeds 0/1/2: final 0.346 / 0.336 /
    0.350 (mean 0.344, sd 0.007), forgetting 0.593 / 0.557 / 0.572 (mean 0.574, sd 0.018), probe after 0.57 /
    0.50 / 0.53. Between lora_seq (means 0.325 / 0.632) and the oracle, but only just: the EMA keeps 0.06 of
    forgetting off lora_seq's mean and every seed still loses more than half of what it learnt."""
    nogroup = cell("lcia_nogroup_llm", "llm_instructions")
    between_sequential_lora_and_the_oracle(nogroup)
    assert min(per_seed(nogroup, "forgetting")) >= 0.4  # lowest measured 0.557
    # one group for the whole stream on every seed: nothing is isolated
    assert all(r["method_report"][-1]["groups_opened"] == 1 for r in nogroup)


@pytest.mark.slow
def test_mora_lies_between_sequential_lora_and_the_oracle():
    """Seeds 0/1/2: final 0.439 / 0.364 / 0.431 (mean 0.411, sd 0.041), forgetting 0.432 / 0.557 / 0.473 (mean
    0.487, sd 0.064), probe after 0.33 / 0.67 / 0.50; lora_seq's means 0.325 / 0.632. 380-384 of 2016 experts
    pruned on each seed. Seed 1's forgetting (0.557) is within lora_seq's spread, so the band is on the means."""
    mora = cell("mora_llm", "llm_instructions")
    between_sequential_lora_and_the_oracle(mora)
    for r in mora:  # pruned experts stay pruned: alive = total - every pruning so far
        rep = r["method_report"][-1]
        assert rep["experts_alive"] == rep["experts_total"] - sum(rep["pruned_per_experience"])


@pytest.mark.slow
def test_multitask_lora_is_the_upper_row_without_task_ids():
    """Seeds 0/1/2: final 0.754 / 0.879 / 0.774 (mean 0.802, sd 0.067), forgetting 0.042 / 0.023 / 0.018.

    The mean meets issue 16's 0.8 only just, and two of three seeds miss it: ``smaller`` ends at 0.25 / 0.82 /
    0.18 (its held-out paraphrases are answered as ``larger``, which trains twice) and ``uppercase`` at
    0.70 / 0.69 / 0.66. The 0.8 is the issue's target, not a band fitted here; each seed keeps >= 0.7
    (lowest measured 0.754)."""
    joint = cell("lora_joint_llm", "llm_instructions")
    assert min(per_seed(joint, "final_average_accuracy")) >= 0.7 and max(per_seed(joint, "forgetting")) <= 0.1
    assert mean(joint, "final_average_accuracy") > mean(cell("lora_seq_llm", "llm_instructions"),
                                                         "final_average_accuracy")
    if len(joint) < 3:
        pytest.skip(f"issue 16's multitask target is on 3 seeds, lora_joint_llm has {len(joint)}; "
                    "run: clbench run suite=llm method=lora_joint_llm")
    assert mean(joint, "final_average_accuracy") >= 0.8


def test_the_docs_cell_table_is_what_the_committed_records_give():
    """docs/methods-vs-papers.md's three-seed LLM table is the output of ``llm_stream.py --cells`` on the
    committed records, so a re-published record cannot leave stale numbers in the docs."""
    import subprocess
    import sys

    recs = sorted((ROOT / "leaderboard" / "records").glob("llm_*.json"))
    if not recs:
        pytest.skip("no committed LLM records")
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "perf" / "llm_stream.py"), "--cells",
                          *map(str, recs)], capture_output=True, text=True, check=True).stdout
    doc = (ROOT / "docs" / "methods-vs-papers.md").read_text()
    block = doc.split("<!-- llm-cells -->\n")[1].split("<!-- /llm-cells -->")[0]
    assert block.strip() == "\n".join(line for line in out.splitlines() if line.startswith("|")).strip()
