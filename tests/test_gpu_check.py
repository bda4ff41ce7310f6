"""benchmarks/perf/gpu_check.py, the prepared GPU check, exercised without a GPU."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import torch

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "perf" / "gpu_check.py"


def _script():
    spec = importlib.util.spec_from_file_location("gpu_check", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_without_a_gpu_it_says_so_in_one_sentence(monkeypatch, capsys):
    mod = _script()
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert mod.main([]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("No CUDA GPU is present") and len(out.splitlines()) == 1


def test_the_audit_counts_heavy_ops_on_cpu_tensors_only():
    mod = _script()
    layer, x = torch.nn.Linear(8, 4), torch.rand(3, 8)
    with mod.HeavyCpuOps() as audit:
        layer(x).sum().backward()
        _ = x + 1  # an elementwise op is not a heavy op
    assert audit.count >= 2 and set(audit.examples) <= {"addmm", "mm", "linear"}
    with mod.HeavyCpuOps() as quiet:
        _ = (x * 2).sum()
    assert quiet.count == 0


def test_every_paper_scale_config_exists_and_every_benchmark_is_offline():
    from clbench.cli import config_options

    mod = _script()
    methods, benchmarks = set(config_options("method")), set(config_options("benchmark"))
    assert set(mod.PAPER_SCALE) <= methods and set(mod.PAPER_SCALE.values()) <= benchmarks
    assert set(mod.OFFLINE_BENCHMARKS) <= benchmarks


@pytest.mark.slow
def test_one_method_and_one_paper_scale_config_run_on_cpu(capsys):
    mod = _script()
    assert mod.main(["--device", "cpu", "--only", "finetune,hnet_pmnist_paper", "--train", "600", "--test", "200",
                     "--steps", "1"]) == 0
    out = capsys.readouterr().out
    assert "finetune" in out and "hnet_pmnist_paper" in out and "2 ok or skipped, 0 failed" in out
