"""Re-run committed records' cells at a fixed torch thread count, writing new records (issue 14).

    OMP_NUM_THREADS=1 .venv/bin/python tools/rerun_at.py leaderboard/records/instruction_stream-lcia-s0-*.json \
        --threads 1 --results-dir results/trust

Each record's run identity (method config, benchmark config, seed, fwt_baseline, evaluation batch size: what
``clbench verify`` re-runs, :func:`clbench.verify.rerun_config`) is run fresh (``rerun=true``: no checkpoint or
earlier record is reused) at ``--threads``, so the new record has the old one's config hash and names its thread
count in ``provenance.torch_threads``. Prints ``old -> new`` with both final accuracies, one line per record.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("records", nargs="+", type=Path)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--results-dir", default="results/trust")
    args = p.parse_args(argv)
    import torch

    from clbench.records import load_record
    from clbench.runner import run
    from clbench.verify import rerun_config

    torch.set_num_threads(args.threads)
    for path in args.records:
        old = load_record(path)
        cfg = rerun_config(old, args.results_dir, threads=args.threads)
        new_path = run(cfg, echo=lambda *_: None)
        new = load_record(new_path)
        same = old["provenance"]["config_hash"] == new["provenance"]["config_hash"]
        fa = "final_average_accuracy"
        print(f"{path.name} -> {new_path} final {old['metrics'][fa]:.4f} -> {new['metrics'][fa]:.4f}"
              f" threads={new['provenance'].get('torch_threads')}{'' if same else ' CONFIG HASH DIFFERS'}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
