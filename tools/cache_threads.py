"""Is a cached artefact's build sensitive to the torch thread count? (issue 14: cache entries a pure function of
their key). Builds one artefact the way ``clbench.cache.cached`` did before it pinned builds to one thread —
RNGs seeded from the key, the build run at the *caller's* thread count — and prints a digest of the result.

    OMP_NUM_THREADS=1 .venv/bin/python tools/cache_threads.py tiny-lm --threads 1 2
    OMP_NUM_THREADS=1 .venv/bin/python tools/cache_threads.py vit --threads 1 2
    OMP_NUM_THREADS=1 .venv/bin/python tools/cache_threads.py features --threads 1 2
    OMP_NUM_THREADS=1 .venv/bin/python tools/cache_threads.py tiny-lm --entry ~/.cache/clbench/tiny-lm-v1-....pt

Artefacts (each at its default recipe, the one the board's records use): ``tiny-lm`` (methods/common/tiny_lm.py,
1,500 pretraining steps), ``vit`` (methods/common/vit.py's tiny ViT, 5 epochs on Animal-MNIST), ``features``
(clbench/nn/features.py: frozen MobileNetV2-ImageNet features of the first 1,024 MNIST training images at IBCL's
image size, what IBCL and G-ACIL cache on disk). ``--entry FILE`` prints the digest of an existing cache entry
(read through clbench.trust, never unpickled) so one can tell at which count it was built. One line per build:
``<artefact> threads=N sha256=... seconds=...``; equal digests = bit-identical tensors. Nothing is written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import torch


def digest(obj) -> str:
    """sha256 over every tensor (name, dtype, shape, bytes) and plain value of a nested object, in key order."""
    h = hashlib.sha256()

    def walk(prefix: str, o) -> None:
        if isinstance(o, torch.Tensor):
            t = o.detach().contiguous().cpu()
            h.update(f"{prefix}|{t.dtype}|{tuple(t.shape)}".encode())
            h.update(t.view(torch.uint8).numpy().tobytes() if t.numel() else b"")
        elif isinstance(o, dict):
            for k in sorted(o, key=str):
                walk(f"{prefix}.{k}", o[k])
        elif isinstance(o, (list, tuple)):
            for i, v in enumerate(o):
                walk(f"{prefix}[{i}]", v)
        else:
            h.update(f"{prefix}={json.dumps(o, default=str)}".encode())

    walk("", obj)
    return h.hexdigest()


def artefact(name: str, short: int | None = None):
    """(cache key, build) of an artefact at its default recipe; ``short``: that many pretraining steps (tiny LM)
    or epochs (ViT) instead, a cheap probe of whether the recipe's arithmetic is thread-sensitive at all."""
    if name == "tiny-lm":
        from methods.common import tiny_lm

        cfg = {"d_model": 128, "n_layers": 2, "n_heads": 4, "max_len": 64, "steps": 1500, "batch_size": 64,
               "lr": 3e-3, "seed": 0}
        if short:
            cfg["steps"] = short
        key = hashlib.sha1(json.dumps({"v": "tiny-lm-v1", **cfg}, sort_keys=True).encode()).hexdigest()[:16]
        return f"tiny-lm-v1-{key}", (lambda: tiny_lm._pretrain(cfg)["state_dict"])
    if name == "vit":
        from methods.common import vit

        recipe = dict(vit.TINY_RECIPE)
        if short:
            recipe["epochs"] = short
        key = hashlib.sha1(json.dumps(recipe, sort_keys=True).encode()).hexdigest()[:12]
        return f"vit-tiny-{recipe['source']}-{key}", (lambda: vit._pretrain_tiny(recipe))
    if name == "features":
        from clbench.nn.features import compute_features
        from clbench.nn.pretrained import PretrainedMobileNetV2
        from clbench.registry import get_source
        from clbench.scenario import to_float

        data = get_source("mnist")()
        x = to_float(data.train_x[:1024])
        net = PretrainedMobileNetV2((1, 28, 28), "imagenet", 32).eval()
        return "features-probe", (lambda: compute_features(net, x))
    raise SystemExit(f"unknown artefact {name!r}: use tiny-lm, vit or features.")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("artefact", choices=["tiny-lm", "vit", "features"])
    p.add_argument("--threads", type=int, nargs="*", default=[1, 2], help="torch thread counts to build at")
    p.add_argument("--short", type=int, default=None,
                   help="only this many pretraining steps (tiny-lm) or epochs (vit): a cheap sensitivity probe")
    p.add_argument("--entry", type=Path, default=None, help="digest this cache entry instead of building")
    args = p.parse_args(argv)
    from clbench import cache, trust

    if args.entry:
        obj = trust.loads(args.entry.read_bytes(), cache.KIND, args.entry.stem)
        obj = obj.get("state_dict", obj) if isinstance(obj, dict) else obj
        print(f"{args.artefact} entry={args.entry.name} sha256={digest(obj)}")
        return 0
    key, build = artefact(args.artefact, args.short)
    before = torch.get_num_threads()
    for n in args.threads:
        torch.set_num_threads(n)
        t0 = time.time()
        with cache._rng_for_build(key):  # the key's seed, exactly as cached() seeds a build
            obj = build()
        torch.set_num_threads(before)
        short = f" short={args.short}" if args.short else ""
        print(f"{args.artefact}{short} threads={n} sha256={digest(obj)} seconds={time.time() - t0:.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
