"""How a run's cost grows with the number of experiences: 5 → 10 → 20.

Permuted MNIST (domain-incremental, 5 000 training and 2 000 test images per permutation, so every
experience is the same size) for finetune, ER (200 exemplars) and G-ACIL (MLP base-trained on the first
experience, buffer 1024). Each cell is a fresh ``clbench run`` process; the table shows wall seconds,
the train/eval split from the record, the evaluation share, and the peak RSS.

Evaluation is T × (test set) per run by design (the full accuracy matrix), so its share grows with T:
the table makes that visible.

    python benchmarks/perf/scaling.py            # all three methods, T = 5, 10, 20
    python benchmarks/perf/scaling.py --methods finetune --experiences 5 10
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

METHODS = {
    "finetune": ["method=finetune"],
    "er": ["method=er"],
    "gacil": ["method=gacil_mnist"],
}


def one(method: str, T: int) -> dict:
    with tempfile.TemporaryDirectory() as d:
        args = [sys.executable, "-m", "clbench.cli", "run", *METHODS[method], "benchmark=permuted_mnist",
                f"benchmark.protocol_args.n_experiences={T}", "+benchmark.source_args.limit_train=5000",
                "+benchmark.source_args.limit_test=2000", f"results_dir={d}", "progress=false", "console=false"]
        t0 = time.perf_counter()
        p = subprocess.run(args, capture_output=True, text=True, env={**os.environ})
        wall = time.perf_counter() - t0
        if p.returncode != 0:
            return {"error": p.stderr.strip().splitlines()[-1]}
        rec = json.loads(Path(p.stdout.strip().splitlines()[-1]).read_text())
    c = rec["cost"]
    return {"wall": wall, "train": c["train_seconds"], "eval": c["eval_seconds"], "rss": c["peak_rss_mb"],
            "acc": rec["metrics"]["final_average_accuracy"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--methods", nargs="+", default=list(METHODS))
    ap.add_argument("--experiences", nargs="+", type=int, default=[5, 10, 20])
    args = ap.parse_args()
    print(f"{'method':<9} {'T':>3} {'wall s':>8} {'train s':>8} {'eval s':>7} {'eval %':>7} {'peak MB':>8} {'A_T':>6}")
    for m in args.methods:
        for T in args.experiences:
            r = one(m, T)
            if "error" in r:
                print(f"{m:<9} {T:>3} failed: {r['error']}")
                continue
            share = 100 * r["eval"] / (r["train"] + r["eval"])
            print(f"{m:<9} {T:>3} {r['wall']:>8.1f} {r['train']:>8.1f} {r['eval']:>7.1f} {share:>6.1f}% "
                  f"{r['rss']:>8.0f} {r['acc']:>6.3f}", flush=True)


if __name__ == "__main__":
    main()
