"""Overhead of the compute meter (clbench/compute.py) against the same loop uncounted.

The work: Split MNIST 5 × 2 classes, the spine's small CNN, 1 epoch, batch 64, SGD lr 0.03, and after every
experience an evaluation of all 5 experiences' test data in batches of ``EVAL_BATCH_SIZE`` — once with every
training batch and evaluation batch going through ``ComputeMeter.step`` (the counter runs on the first batch
of each shape per experience and phase), once calling the same closures directly. The two run in
interleaved, paired order ``--pairs`` times; the script prints each pair's process CPU seconds (what the
ratio uses: on a shared machine wall time mostly measures the other processes) and wall seconds, the median
ratio counted/uncounted and the FLOPs the meter counted. Because the shared machine's noise (±10 %) is larger
than the effect, it also times one training batch and one evaluation batch with and without
``FlopCounterMode`` (median of 7) and prints the overhead those extra costs predict: measured batches × extra
cost per measured batch / the uncounted run's CPU time.

    OMP_NUM_THREADS=1 python benchmarks/perf/compute_overhead.py --pairs 3
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
from torch import nn

from clbench import compute
from clbench.evaluate import EVAL_BATCH_SIZE
from clbench.nn import build_classifier
from clbench.registry import get_source


def splits(seed: int, limit: int | None):
    data = get_source("mnist")()
    order = torch.randperm(10, generator=torch.Generator().manual_seed(seed)).tolist()
    x_tr, x_te = data.train_x.float() / 255, data.test_x.float() / 255
    out = []
    for k in range(5):
        cls = torch.tensor(order[2 * k : 2 * k + 2])
        tr, te = torch.isin(data.train_y, cls), torch.isin(data.test_y, cls)
        xs, ys = x_tr[tr][:limit], data.train_y[tr][:limit]
        out.append((xs, ys, x_te[te], data.test_y[te]))
    return out


def once(data, seed: int, counted: bool) -> tuple[float, dict | None]:
    torch.manual_seed(seed)
    model = build_classifier({"name": "cnn"}, (1, 28, 28), 10)
    meter = compute.ComputeMeter() if counted else None

    def run_step(phase, fn, key, n):
        return meter.step(phase, fn, key=key, samples=n) if counted else fn()

    t0, c0 = time.perf_counter(), time.process_time()
    for i, (xs, ys, _, _) in enumerate(data):
        if counted:
            meter.begin_experience(i)
        opt = torch.optim.SGD(model.parameters(), lr=0.03)
        g = torch.Generator().manual_seed(seed * 100 + i)
        perm = torch.randperm(len(ys), generator=g)
        model.train()
        for s in range(0, len(ys), 64):
            idx = perm[s : s + 64]
            xb, yb = xs[idx], ys[idx]

            def closure(xb=xb, yb=yb, opt=opt):
                loss = nn.functional.cross_entropy(model(xb), yb)
                opt.zero_grad(set_to_none=True)
                loss.backward()
                opt.step()
                return loss

            run_step("train", closure, compute.shape_key(xb), len(yb))
        model.eval()
        with torch.inference_mode():
            for _, _, xt, _ in data:
                for s in range(0, len(xt), EVAL_BATCH_SIZE):
                    xb = xt[s : s + EVAL_BATCH_SIZE]
                    run_step("eval", lambda xb=xb: model(xb), compute.shape_key(xb), len(xb))
        if counted:
            meter.end_experience()
    return time.process_time() - c0, time.perf_counter() - t0, (meter.totals() if counted else None)


def batch_extra(data, phase: str, repeats: int = 7) -> float:
    """Median extra CPU seconds of one batch under FlopCounterMode over the same batch without it."""
    from torch.utils.flop_counter import FlopCounterMode

    model = build_classifier({"name": "cnn"}, (1, 28, 28), 10)
    opt = torch.optim.SGD(model.parameters(), lr=0.0)
    xs, ys, xt, _ = data[0]
    xb, yb = (xs[:64], ys[:64]) if phase == "train" else (xt[:EVAL_BATCH_SIZE], None)

    def fn():
        if phase == "train":
            loss = nn.functional.cross_entropy(model(xb), yb)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        else:
            with torch.inference_mode():
                model(xb)

    def timed(counted: bool) -> float:
        c0 = time.process_time()
        if counted:
            with FlopCounterMode(display=False):
                fn()
        else:
            fn()
        return time.process_time() - c0

    fn()  # warm-up
    plain, counted = [], []
    for _ in range(repeats):
        plain.append(timed(False))
        counted.append(timed(True))
    return max(0.0, statistics.median(counted) - statistics.median(plain))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="training samples per experience (default: all)")
    args = ap.parse_args()
    data = splits(0, args.limit)
    ratios, uncounted = [], []
    for p in range(args.pairs):
        order = (False, True) if p % 2 == 0 else (True, False)  # alternate who goes first
        t, w = {}, {}
        for counted in order:
            t[counted], w[counted], totals = once(data, p, counted)
            if totals:
                last = totals
        ratios.append(t[True] / t[False])
        uncounted.append(t[False])
        print(f"pair {p}: CPU s uncounted {t[False]:.2f}, counted {t[True]:.2f}, ratio {ratios[-1]:.3f} "
              f"(wall s {w[False]:.2f} / {w[True]:.2f})", flush=True)
    print(f"median ratio counted/uncounted over {args.pairs} pairs: {statistics.median(ratios):.3f}")
    extra = {phase: batch_extra(data, phase) for phase in ("train", "eval")}
    base = statistics.median(uncounted)
    predicted = sum(last["measured_batches"][ph] * extra[ph] for ph in extra) / base
    print(f"extra CPU s per measured batch: train {extra['train'] * 1e3:.2f} ms, eval {extra['eval'] * 1e3:.2f} ms; "
          f"predicted overhead {100 * predicted:.2f} % of the uncounted run ({base:.1f} CPU s)")
    print(f"counted: train {last['train_flops']:.4g} FLOPs over {last['batches']['train']} batches "
          f"({last['measured_batches']['train']} measured), eval {last['eval_flops']:.4g} FLOPs over "
          f"{last['batches']['eval']} batches ({last['measured_batches']['eval']} measured), "
          f"{last['optimizer_steps']} optimizer steps")


if __name__ == "__main__":
    main()
