"""Overhead of counting a text stream's evaluation (greedy decoding) through the compute meter.

A text stream's ``predict`` decodes greedily, and its cost depends on the prompts' tokens and on how many tokens
the model generates, so clbench measures every prompt batch under the counter (``compute.step(..., key=None)``,
clbench/evaluate.py) instead of one batch per shape. This script evaluates one learner (its ``conf/method`` YAML,
untrained, seed 0) on every experience's test prompts of a text benchmark (default ``instruction_stream``, the
tiny LM) twice per pair: under a ``ComputeMeter`` and with none. A fresh learner each time, since the LoRA
learners answer prompts they decoded before from memory. Pairs alternate which goes first; it prints each pair's
process CPU seconds, the median ratio counted/uncounted and the FLOPs counted, and checks that both runs decode
the same answers (counting never changes a run).

    OMP_NUM_THREADS=1 python benchmarks/perf/text_eval_compute_overhead.py --pairs 3
    # Gemma 3 270M (the llm extra; Hugging Face generate, counted op by op):
    python benchmarks/perf/text_eval_compute_overhead.py --method lora_seq_llm --benchmark llm_instructions \
        --prompts 32 --experiences 2 --pairs 2
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch
import yaml

from clbench import compute
from clbench.evaluate import EVAL_BATCH_SIZE, accuracy_on
from clbench.registry import build_method
from clbench.runner import build_scenario, seed_everything

ROOT = Path(__file__).resolve().parents[2]


def once(method: str, benchmark: str, counted: bool, prompts: int | None = None,
         experiences: int | None = None) -> tuple[float, int | None, list[float]]:
    mcfg = yaml.safe_load((ROOT / "conf" / "method" / f"{method}.yaml").read_text())
    bcfg = yaml.safe_load((ROOT / "conf" / "benchmark" / f"{benchmark}.yaml").read_text())
    name = mcfg.pop("name")  # the config file (lora_seq_llm) names the method it configures (lora_seq)
    seed_everything(0)
    sc = build_scenario(bcfg, 0)
    learner = build_method(name, sc.info(), mcfg)
    meter = compute.ComputeMeter(owner=method) if counted else None
    for exp in sc.experiences:
        exp.test_x, exp.test_y = exp.test_x[:prompts], exp.test_y[:prompts]
    c0 = time.process_time()
    accs = []
    with torch.inference_mode():
        for exp in sc.experiences[:experiences]:
            if meter is None:
                accs.append(accuracy_on(learner, exp, sc, EVAL_BATCH_SIZE)[0])
                continue
            with compute.use(meter):
                meter.begin_experience(exp.index)
                accs.append(accuracy_on(learner, exp, sc, EVAL_BATCH_SIZE)[0])
                meter.end_experience()
    cpu = time.process_time() - c0
    return cpu, (meter.totals()["eval_flops"] if meter else None), accs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--method", default="lora_seq")
    ap.add_argument("--benchmark", default="instruction_stream")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--prompts", type=int, default=None, help="the first N test prompts of each experience")
    ap.add_argument("--experiences", type=int, default=None, help="the first N experiences")
    args = ap.parse_args()
    ratios, flops = [], None
    for p in range(args.pairs):
        cpu, accs = {}, {}
        for counted in ((False, True) if p % 2 == 0 else (True, False)):
            cpu[counted], f, accs[counted] = once(args.method, args.benchmark, counted, args.prompts, args.experiences)
            flops = f if f is not None else flops
        if accs[True] != accs[False]:
            raise SystemExit("counting changed the decoded answers")
        ratios.append(cpu[True] / cpu[False])
        print(f"pair {p}: CPU s uncounted {cpu[False]:.2f}, counted {cpu[True]:.2f}, ratio {ratios[-1]:.3f}",
              flush=True)
    print(f"\n{args.method} on {args.benchmark}: median CPU ratio counted/uncounted {statistics.median(ratios):.3f}, "
          f"eval FLOPs counted {flops:.4g}")


if __name__ == "__main__":
    main()
