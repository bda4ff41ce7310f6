"""The share of each run spent evaluating, per benchmark, from the records of a results directory.

    python benchmarks/perf/eval_share.py results/         # e.g. after `make demo`
    python benchmarks/perf/eval_share.py leaderboard/records

Evaluation cost per run is T × (test set) plus the untrained pass for FWT (and, for online/Si-Blurry
streams, the anytime curve); the target on the default suites is < 15 % of the run.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from clbench.records import RecordError, load_record


def main(argv: list[str]) -> None:
    roots = [Path(a) for a in argv] or [Path("results")]
    share = defaultdict(list)
    for root in roots:
        for path in sorted(root.rglob("*.json")):
            try:
                rec = load_record(path)
            except RecordError:
                continue
            c = rec["cost"]
            total = c["train_seconds"] + c["eval_seconds"]
            if rec["status"] == "complete" and total > 0:
                share[rec["benchmark"]["name"]].append((rec["method"]["name"], c["eval_seconds"] / total))
    print(f"{'benchmark':<24} {'runs':>5} {'mean eval %':>12} {'max eval %':>11}  (method at max)")
    for bench, rows in sorted(share.items()):
        vals = [s for _, s in rows]
        worst = max(rows, key=lambda r: r[1])
        mean = 100 * sum(vals) / len(vals)
        print(f"{bench:<24} {len(rows):>5} {mean:>11.1f}% {100 * worst[1]:>10.1f}%  ({worst[0]})")


if __name__ == "__main__":
    main(sys.argv[1:])
