"""Start-up: how long the listing commands take, and a small run's fixed cost before its first training step.

    python benchmarks/perf/startup.py --repeats 5

Each measurement is a fresh ``python`` process launched from here, timed from the launch (so the interpreter's
own start and every import count), median of ``--repeats``:

* ``clbench --help``, ``clbench methods``, ``clbench benchmarks``: the process's whole wall time (issue 19's
  target: ≤ 2 s; these import no torch);
* ``clbench run`` of one small cell (``--cell``, default finetune on split_digits, 1 epoch): the wall time from
  the launch to the run's first optimizer step (a global ``torch.optim`` step pre-hook, installed before
  ``clbench.cli.main`` runs, marks it and ends the process), i.e. imports, Hydra composition, building the
  scenario from its (cached) source, the learner, the run directory and the first batch's forward and backward
  (target: ≤ 5 s). The first repeat may fill the data cache; the median is over all repeats.
* the same for a hand-written loop (``import torch``, tensors of sklearn digits' shape already in memory, the
  MLP, ``torch.optim.SGD``, one batch's forward and backward): the floor any torch program pays; the difference
  is clbench's own start-up (Hydra composition, checks, the data source from its cache, the scenario, the run
  directory). The first optimizer's construction imports ``torch._dynamo`` (``Optimizer.__init__`` is wrapped
  in ``torch._disable_dynamo``), 2-4 s on these machines, in both. Pairs are interleaved, so a change in load
  hits both.

It prints the machine's load average beside the figures: on a shared machine every number includes waiting
for a core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import os, sys, time
from torch.optim.optimizer import register_optimizer_step_pre_hook
def first_step(optimizer, args, kwargs):
    print("FIRST_STEP", repr(time.time()), flush=True)
    os._exit(0)
register_optimizer_step_pre_hook(first_step)
from clbench.cli import main
sys.exit(main(sys.argv[1:]))
"""


RAW = r"""
import os, time
import torch
from torch.optim.optimizer import register_optimizer_step_pre_hook
def first_step(optimizer, args, kwargs):
    print("FIRST_STEP", repr(time.time()), flush=True)
    os._exit(0)
register_optimizer_step_pre_hook(first_step)
g = torch.Generator().manual_seed(0)
x, y = torch.rand(1797, 64, generator=g), torch.randint(0, 10, (1797,), generator=g)  # digits' shape, in memory
model = torch.nn.Sequential(torch.nn.Linear(64, 100), torch.nn.ReLU(), torch.nn.Linear(100, 100), torch.nn.ReLU(),
                            torch.nn.Linear(100, 10))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss = torch.nn.functional.cross_entropy(model(x[:32]), y[:32])
loss.backward()
opt.step()
"""


def _clbench() -> list[str]:
    return [sys.executable, "-c", "import sys; from clbench.cli import main; sys.exit(main(sys.argv[1:]))"]


def time_command(args: list[str]) -> float:
    t0 = time.time()
    subprocess.run(_clbench() + args, check=True, capture_output=True)
    return time.time() - t0


def time_to_first_step(overrides: list[str] | None, results: str) -> float:
    """Launch to first training step of a clbench run (``overrides``) or of the hand-written loop (None)."""
    cmd = [sys.executable, "-c", RAW] if overrides is None else [
        sys.executable, "-c", CHILD, "run", *overrides, f"results_dir={results}", "progress=false", "console=false",
        "wandb.enabled=false"]
    t0 = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_STEP"):
            return float(line.split()[1]) - t0
    raise SystemExit(f"the run never took an optimizer step (exit {out.returncode}): {out.stderr[-400:]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--cell", nargs="*", default=["method=finetune", "benchmark=split_digits", "method.epochs=1"])
    args = ap.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} CPUs")
    for cmd in (["--help"], ["methods"], ["benchmarks"]):
        times = [time_command(cmd) for _ in range(args.repeats)]
        print(f"clbench {' '.join(cmd):12} median {statistics.median(times):5.2f} s wall "
              f"(min {min(times):.2f}, max {max(times):.2f}; target <= 2 s)")
    with tempfile.TemporaryDirectory() as d:
        pairs = [(time_to_first_step(args.cell, os.path.join(d, str(i))), time_to_first_step(None, d))
                 for i in range(args.repeats)]  # interleaved, so a change in load hits both
    ours, raw = [p[0] for p in pairs], [p[1] for p in pairs]
    print(f"clbench run {' '.join(args.cell)}: launch to first optimizer step median {statistics.median(ours):.2f} s "
          f"(min {min(ours):.2f}, max {max(ours):.2f}; target <= 5 s)")
    print(f"hand-written loop on the same data: median {statistics.median(raw):.2f} s; clbench's own share "
          f"{statistics.median(o - r for o, r in pairs):.2f} s")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
