"""Run a record's config twice in this process — once-per-experience passes counted op by op by a plain
counter (``PassCounter(exact=True)``) and by the pass counter's per-call cache — and print whether the two
compute blocks agree (docs/performance.md, "Counting compute: what it costs").

    MKL_ENABLE_INSTRUCTIONS=AVX2 OMP_NUM_THREADS=1 python tools/pass_counts_check.py leaderboard/records/X.json
"""

from __future__ import annotations

import json
import sys
import tempfile

import clbench.compute_passes as passes
from clbench.runner import run
from clbench.verify import rerun_config

FIELDS = ("train_flops", "eval_flops", "train_samples", "optimizer_steps")


def counts(record: dict, exact: bool) -> dict:
    own = passes.PassCounter.__init__
    if exact:
        passes.PassCounter.__init__ = lambda self, exact=False: own(self, exact=True)
    try:
        with tempfile.TemporaryDirectory() as d:
            rec = json.loads(run(rerun_config(record, d), echo=lambda s: None).read_text())
    finally:
        passes.PassCounter.__init__ = own
    out = {k: rec["compute"][k] for k in FIELDS}
    return {**out, "final_average_accuracy": rec["metrics"]["final_average_accuracy"]}


def main() -> int:
    bad = 0
    for path in sys.argv[1:]:
        record = json.loads(open(path).read())
        plain, cached = counts(record, True), counts(record, False)
        same = plain == cached
        bad += not same
        print(f"{path}: {'same' if same else 'DIFFERENT'} plain {plain} cached {cached}", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
