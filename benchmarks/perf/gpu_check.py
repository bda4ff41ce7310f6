"""The prepared GPU check: every method config, one short run each on the GPU, plus the paper-scale configs.

On a machine with one CUDA GPU and nothing downloaded (only this repository installed with ``make setup``):

    bash benchmarks/perf/gpu_check.sh            # ≤ 10 minutes; prints one table

Part 1, every method config in conf/method/ (the paper-scale ones go to part 2): the runner runs the method
on the first offline benchmark its capabilities accept, shrunk to a short stream (``--train``/``--test``
samples per source split, one epoch where the method has epochs), with ``device=cuda``. While it runs, a
dispatch mode counts the compute-heavy ATen ops (matrix products, convolutions, attention) whose tensors are
on the CPU: a method that leaves a module or a buffer on the CPU shows up there, because on a CUDA run no
heavy op should touch the CPU (data indexing and host-side bookkeeping are not heavy ops and are not
counted). The record must be complete and its accuracy matrix the scenario's shape.

Part 2, the paper-scale configs (ViT-B/16, ResNet-18 and ResNet-32 on CIFAR-100-shaped inputs, the
PermutedMNIST-10 hypernetwork): their data and weights are not on a fresh machine, so each is built at its
real size on random stand-in inputs of the real shape (a random ViT-B/16 state dict written to a temporary
file stands in for the pretrained weights) and trained for ``--steps`` batches of one experience.

The table: config, benchmark, seconds, heavy CPU ops, verdict. Exit status 1 if any config failed or fell
back to the CPU. On a machine without a CUDA GPU the script says so in one sentence and exits 0;
``--device cpu`` runs the same checks on the CPU (slowly; used by the tests to exercise the script).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path

import torch
from torch.utils._python_dispatch import TorchDispatchMode

#: ATen ops that carry a network's compute; any of them on CPU tensors during a CUDA run is a CPU fallback
HEAVY_OPS = ("mm", "addmm", "bmm", "baddbmm", "matmul", "convolution", "_convolution", "cudnn_convolution",
             "_scaled_dot_product", "linear", "conv2d", "conv1d", "_efficient_attention", "_flash_attention")
#: offline benchmarks tried in order: the first one a method's capabilities accept is used
OFFLINE_BENCHMARKS = ("split_mnist", "split_mnist_til", "permuted_mnist_til", "si_blurry_mnist", "online_mnist",
                      "fewshot_mnist", "instruction_stream")
#: configs whose data or weights a fresh machine does not have: built at full size on stand-in inputs
PAPER_SCALE = {
    "sema_vitb16": "split_cifar100", "mos_vitb16": "split_cifar100", "dst_cifar100": "split_cifar100",
    "wa_cifar100": "split_cifar100", "clr_resnet18": "split_cifar100", "gacil_si_blurry_cifar100":
    "si_blurry_cifar100", "hnet_pmnist_paper": "permuted_mnist_til",
}
SKIP = {"avalanche": "the generic Avalanche wrapper runs Naive by default, which the naive config covers"}


class HeavyCpuOps(TorchDispatchMode):
    """Counts compute-heavy ATen ops whose tensor arguments live on the CPU."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.examples: dict[str, int] = {}

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        name = func.__name__.split(".")[0]
        if name.startswith(HEAVY_OPS):
            tensors = [a for a in args if isinstance(a, torch.Tensor)]
            if tensors and any(t.device.type == "cpu" and t.numel() > 1 for t in tensors):
                self.count += 1
                self.examples[name] = self.examples.get(name, 0) + 1
        return func(*args, **(kwargs or {}))


def method_configs() -> list[str]:
    from clbench.cli import config_options

    return sorted(config_options("method"))


def pick_benchmark(method_cfg: dict) -> tuple[str, dict] | None:
    from clbench.cli import compose
    from clbench.errors import ClbenchError
    from clbench.registry import check_compatible

    for bench in OFFLINE_BENCHMARKS:
        cfg = compose([f"method={method_cfg['_config']}", f"benchmark={bench}"])
        try:
            check_compatible(cfg["method"]["name"], cfg["benchmark"])
        except ClbenchError:
            continue
        return bench, cfg
    return None


def short_overrides(cfg: dict, train: int, test: int, device: str, results: str) -> list[str]:
    out = [f"device={device}", f"results_dir={results}", "progress=false", "console=false",
           f"+benchmark.source_args.limit_train={train}", f"+benchmark.source_args.limit_test={test}"]
    if cfg["benchmark"].get("source") in ("instructions",):
        out = out[:4]  # the instruction stream has no limit_* options; it is small already
    if "epochs" in cfg["method"]:
        out.append("method.epochs=1")
    return out


def check_method(config: str, device: str, train: int, test: int) -> dict:
    from clbench.cli import compose
    from clbench.runner import run

    picked = pick_benchmark({"_config": config})
    if picked is None:
        return {"config": config, "benchmark": "-", "seconds": None, "cpu_ops": None,
                "verdict": "no offline benchmark fits its capabilities"}
    bench, base = picked
    with tempfile.TemporaryDirectory() as results:
        try:
            cfg = compose([f"method={config}", f"benchmark={bench}",
                           *short_overrides(base, train, test, device, results)])
        except Exception:  # noqa: BLE001 - an option the config lacks: retry without the data limits
            cfg = compose([f"method={config}", f"benchmark={bench}", f"device={device}", f"results_dir={results}",
                           "progress=false", "console=false"])
        audit = HeavyCpuOps()
        t0 = time.perf_counter()
        try:
            with audit if device != "cpu" else _nullcontext():
                path = run(cfg, echo=lambda *a: None)
            record = json.loads(Path(path).read_text())
        except Exception as e:  # noqa: BLE001 - the table reports every failure in one line
            return {"config": config, "benchmark": bench, "seconds": round(time.perf_counter() - t0, 1),
                    "cpu_ops": audit.count, "verdict": f"FAILED: {type(e).__name__}: {str(e).splitlines()[0][:120]}"}
        seconds = time.perf_counter() - t0
    T = record["scenario"]["n_experiences"]
    ok_shape = len(record["accuracy_matrix"]) == T and all(len(r) == T for r in record["accuracy_matrix"])
    verdict = "ok"
    if record.get("status") != "complete" or not ok_shape:
        verdict = f"FAILED: record status {record.get('status')}, matrix shape ok={ok_shape}"
    elif audit.count:
        top = ", ".join(f"{k} x{v}" for k, v in sorted(audit.examples.items(), key=lambda kv: -kv[1])[:3])
        verdict = f"CPU FALLBACK: {top}"
    return {"config": config, "benchmark": bench, "seconds": round(seconds, 1), "cpu_ops": audit.count,
            "verdict": verdict}


class _nullcontext:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def check_paper_scale(config: str, bench: str, device: str, steps: int) -> dict:
    """Build ``config`` at full size on stand-in inputs of ``bench``'s shape and train ``steps`` batches."""
    from clbench.cli import compose
    from clbench.registry import build_method
    from clbench.scenario import Experience, ScenarioInfo

    shapes = {"split_cifar100": ((3, 32, 32), 100, "class_incremental", False),
              "si_blurry_cifar100": ((3, 32, 32), 100, "si_blurry", False),
              "permuted_mnist_til": ((1, 28, 28), 10, "task_incremental", True)}
    shape, n_classes, protocol, task_ids = shapes[bench]
    with tempfile.TemporaryDirectory() as tmp:
        overrides = [f"method={config}", f"benchmark={bench}", f"device={device}"]
        cfg = compose(overrides)
        backbone = cfg["method"].get("backbone") or {}
        if isinstance(backbone, dict) and backbone.get("weights"):  # a random state dict stands in for the weights
            from clbench.nn.vit import build_vit_host

            host = build_vit_host(shape, arch=backbone["arch"], arch_args=backbone.get("arch_args"))
            path = Path(tmp) / "standin_weights.pth"
            torch.save(host.vit.state_dict(), path)
            cfg = compose([*overrides, f"method.backbone.weights={path}"])
        n_exp = 10 if protocol != "si_blurry" else 5
        per = max(2, n_classes // n_exp)
        classes = [list(range(k * per, (k + 1) * per)) for k in range(n_exp)]
        info = ScenarioInfo(config, protocol, n_exp, n_classes, shape, task_ids, "logits", 0,
                            list(range(n_classes)), classes)
        options = dict(cfg["method"])  # build_method drops its "name"
        options["device"] = device
        if "epochs" in options:
            options["epochs"] = 1
        if "iterations" in options:  # step-budgeted recipes (the hypernetwork): the same number of batches
            options["iterations"] = steps
        learner = build_method(cfg["method"]["name"], info, options)
        batch = int(options.get("batch_size", 64) or 64)
        g = torch.Generator().manual_seed(0)
        n = batch * steps
        x = torch.rand(n, *shape, generator=g)
        y = torch.tensor(classes[0] * (n // len(classes[0]) + 1))[:n]
        exp = Experience(0, x, y, x[:batch], y[:batch], tuple(classes[0]), tuple(classes[0]), 0, task_ids)
        audit = HeavyCpuOps()
        t0 = time.perf_counter()
        try:
            with audit if device != "cpu" else _nullcontext():
                learner.train_experience(exp)
                logits = learner.predict(x[:batch], torch.zeros(batch, dtype=torch.long) if task_ids else None)
            if device == "cuda":
                torch.cuda.synchronize()
        except Exception as e:  # noqa: BLE001
            return {"config": config, "benchmark": f"{bench} (stand-in)", "seconds": round(time.perf_counter() - t0, 1),
                    "cpu_ops": audit.count, "verdict": f"FAILED: {type(e).__name__}: {str(e).splitlines()[0][:120]}"}
        seconds = time.perf_counter() - t0
    verdict = "ok" if tuple(logits.shape) == (batch, n_classes) else f"FAILED: logits {tuple(logits.shape)}"
    if verdict == "ok" and audit.count:
        verdict = "CPU FALLBACK: " + ", ".join(f"{k} x{v}" for k, v in list(audit.examples.items())[:3])
    return {"config": config, "benchmark": f"{bench} (stand-in, {steps} batches)", "seconds": round(seconds, 1),
            "cpu_ops": audit.count, "verdict": verdict}


def table(rows: list[dict]) -> str:
    head = f"{'config':28s} {'benchmark':40s} {'seconds':>8s} {'cpu ops':>8s}  verdict"
    lines = [head, "-" * len(head)]
    for r in rows:
        secs = "-" if r["seconds"] is None else f"{r['seconds']:.1f}"
        ops = "-" if r["cpu_ops"] is None else str(r["cpu_ops"])
        lines.append(f"{r['config']:28s} {r['benchmark']:40s} {secs:>8s} {ops:>8s}  {r['verdict']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--device", default="cuda", help="cuda (default) or cpu, to exercise the script without a GPU")
    ap.add_argument("--only", default="", help="comma-separated configs to check (default: all)")
    ap.add_argument("--train", type=int, default=2000, help="training samples kept per source (part 1)")
    ap.add_argument("--test", type=int, default=500, help="test samples kept per source (part 1)")
    ap.add_argument("--steps", type=int, default=5, help="batches per paper-scale config (part 2)")
    ap.add_argument("--json", type=Path, help="also write the rows here")
    args = ap.parse_args(argv)
    if args.device == "cuda" and not torch.cuda.is_available():
        print("No CUDA GPU is present on this machine, so there is nothing to check; run this script on a machine "
              "with one (or pass --device cpu to exercise it on the CPU).")
        return 0
    only = {s for s in args.only.split(",") if s}
    rows = []
    t_start = time.perf_counter()
    for config in method_configs():
        if only and config not in only:
            continue
        if config in SKIP:
            rows.append({"config": config, "benchmark": "-", "seconds": None, "cpu_ops": None,
                         "verdict": f"skipped: {SKIP[config]}"})
            continue
        try:
            row = (check_paper_scale(config, PAPER_SCALE[config], args.device, args.steps) if config in PAPER_SCALE
                   else check_method(config, args.device, args.train, args.test))
        except Exception as e:  # noqa: BLE001 - one broken config must not hide the others
            traceback.print_exc(file=sys.stderr)
            row = {"config": config, "benchmark": "?", "seconds": None, "cpu_ops": None,
                   "verdict": f"FAILED: {type(e).__name__}: {str(e).splitlines()[0][:120] if str(e) else ''}"}
        rows.append(row)
        print(f"  {row['config']:28s} {row['verdict']}", file=sys.stderr, flush=True)
    name = torch.cuda.get_device_name(0) if args.device == "cuda" else "cpu"
    print(f"\nGPU check on {name}: {len(rows)} configs in {time.perf_counter() - t_start:.0f} s\n")
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    bad = [r for r in rows if r["verdict"].startswith(("FAILED", "CPU FALLBACK"))]
    print(f"\n{len(rows) - len(bad)} ok or skipped, {len(bad)} failed or fell back to the CPU")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
