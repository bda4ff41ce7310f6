"""Cached frozen-backbone features vs recomputing them every epoch, on the same work.

The work: the shipped ImageNet MobileNetV2 (frozen, 64 px) under a linear head trained for ``--epochs``
epochs with SGD on ``--n`` Split-MNIST training images (experience 0), then evaluated ``--evals`` times on
the experience's test data (a 5-experience run scores each test set 6 times: the untrained pass for FWT and
after every experience). "recompute" runs the backbone inside every step, as a naive loop does; "cached" computes the
features once with :func:`clbench.nn.features.frozen_features` (what gacil, ibcl, sema, mos and clr's
anchor use) and trains the head on them. Same seed → the two heads must be identical (printed).

    python benchmarks/perf/feature_cache.py --epochs 5 --n 2000 --evals 6
"""

from __future__ import annotations

import argparse
import time

import torch
from torch import nn

from clbench.nn import build_backbone
from clbench.nn.features import clear_memory_cache, frozen_features
from clbench.runner import build_scenario

BENCH = {"name": "split_mnist", "source": "mnist", "source_args": {}, "protocol": "class_incremental",
         "protocol_args": {"n_experiences": 5}}


def train_head(features_of, x, y, epochs: int, seed: int = 0) -> nn.Linear:
    torch.manual_seed(seed)
    head = nn.Linear(1280, 10)
    opt = torch.optim.SGD(head.parameters(), lr=0.05)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(len(y), generator=g)
        for s in range(0, len(y), 64):
            idx = order[s : s + 64]
            loss = nn.functional.cross_entropy(head(features_of(idx)), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    return head


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--evals", type=int, default=6)
    args = ap.parse_args()
    exp = build_scenario(BENCH, 0)[0]
    x, y = exp.train_x[: args.n], exp.train_y[: args.n]
    tx, ty = exp.test_x, exp.test_y
    backbone = build_backbone({"name": "mobilenet_v2", "image_size": 64}, (1, 28, 28)).eval()

    @torch.no_grad()
    def recompute(idx):
        return backbone(x[idx])

    @torch.no_grad()
    def accuracy(head, features_of_test) -> float:
        return sum(float((head(features_of_test(s)).argmax(1) == ty[s : s + 256]).sum())
                   for s in range(0, len(ty), 256)) / len(ty)

    with torch.no_grad():  # warm-up: the first calls pay for allocations and kernel selection
        for _ in range(3):
            backbone(x[:64])
    t0 = time.perf_counter()
    head_a = train_head(recompute, x, y, args.epochs)
    t_train_a = time.perf_counter() - t0
    accs_a = [accuracy(head_a, lambda s: backbone(tx[s : s + 256])) for _ in range(args.evals)]
    t_recompute = time.perf_counter() - t0

    clear_memory_cache()
    t0 = time.perf_counter()
    feats = frozen_features(backbone, x, "perf-mobilenet_v2-64", batch_size=64)
    head_b = train_head(lambda idx: feats[idx], x, y, args.epochs)
    t_train_b = time.perf_counter() - t0
    accs_b = []
    for _ in range(args.evals):  # what a run does: the memo serves every later evaluation
        test_feats = frozen_features(backbone, tx, "perf-mobilenet_v2-64", batch_size=256)
        accs_b.append(accuracy(head_b, lambda s, f=test_feats: f[s : s + 256]))
    t_cached = time.perf_counter() - t0

    same = all(torch.allclose(a, b, atol=1e-5) for a, b in zip(head_a.state_dict().values(),
                                                                 head_b.state_dict().values()))
    print(f"training ({args.epochs} epochs on {len(y)} images): recompute {t_train_a:.1f}s, cached {t_train_b:.1f}s, "
          f"speed-up {t_train_a / t_train_b:.1f}x")
    print(f"training + {args.evals} evaluations on {len(ty)} test images: recompute {t_recompute:.1f}s, "
          f"cached {t_cached:.1f}s, speed-up {t_recompute / t_cached:.1f}x")
    print(f"same head weights: {same}; test accuracy {accs_a[0]:.4f} vs {accs_b[0]:.4f}")

if __name__ == "__main__":
    main()
