#!/usr/bin/env bash
# The prepared GPU check (see benchmarks/perf/gpu_check.py): every method config for one short run with
# device=cuda, the paper-scale configs at full size on stand-in inputs, one table; <= 10 minutes on one GPU.
# Needs only `make setup` (nothing is downloaded). On a machine without a CUDA GPU it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/../.."
export WANDB_MODE=offline HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
PY="${PY:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
exec timeout 600 "$PY" benchmarks/perf/gpu_check.py "$@"
