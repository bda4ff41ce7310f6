"""The runner: seed, build, loop experiences, evaluate, checkpoint, log, write the record.

``run(cfg)`` takes a plain dict (the resolved Hydra config). A run directory holds the checkpoint written
atomically after every experience; re-running the same config resumes from it and gives the same
accuracy matrix as an uninterrupted run (RNG states and the learner are restored). When the record is
written, the run directory is marked done and a re-run just reports the existing record.
"""

from __future__ import annotations

import hashlib
import json
import random
import resource
import sys
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from clbench import compute, trust
from clbench import metrics as M
from clbench.checks import choose_threads
from clbench.errors import ClbenchError, ContractError, DivergedError
from clbench.evaluate import confusion_block, eval_batch_size, evaluate, first_line, new_confusion, seen_class_accuracy
from clbench.faults import fault_point
from clbench.io import atomic_write_bytes, json_safe
from clbench.loggers import ExperienceEvent, build_loggers
from clbench.records import (
    code_provenance,
    config_hash,
    declared_versions,
    digest_json,
    identity,
    load_record,
    now,
    provenance,
    record_identity,
    write_record,
)
from clbench.registry import build_data, build_method, check_compatible, get_source
from clbench.scenario import Scenario, get_protocol
from clbench.training import StepLog, recording

CHECKPOINT = "checkpoint.pt"
CHECKPOINT_KIND = "checkpoint"
DONE = "DONE"
# a compute budget overrun leaves a failed record, like a diverged loss
BUDGET_EXCEEDED = getattr(compute, "BudgetExceeded", DivergedError)


@dataclass
class RunState:
    """Where a run stands: what the checkpoint saves (as plain data, :meth:`as_dict`) and the record is made of.

    ``next``: experiences done; ``rows``/``ta_rows``: the accuracy matrices so far; ``baseline``: the untrained
    learner's row (FWT); ``anytime``: ``{"samples": [...], "accuracy": [...]}`` of an eval_every stream;
    ``cost``/``reports``: per experience; ``seen_classes``/``samples_seen``/``blurry``: the anytime and
    Si-Blurry bookkeeping; ``train_steps``/``train_epochs``: steps and passes the engine loop has logged (the
    x axis of the loss curves); ``compute``: the compute meter's state; ``final_confusion``: the last
    evaluation's confusion matrix (:func:`clbench.evaluate.confusion_block`)."""

    config_hash: str
    started_at: str
    torch_threads: int | None = None
    eval_batch_size: int | None = None
    next: int = 0
    rows: list = field(default_factory=list)
    ta_rows: list = field(default_factory=list)
    baseline: list | None = None
    anytime: dict = field(default_factory=lambda: {"samples": [], "accuracy": []})
    cost: list = field(default_factory=list)
    reports: list = field(default_factory=list)
    train_seconds: float = 0.0
    eval_seconds: float = 0.0
    samples_seen: int = 0
    seen_classes: list = field(default_factory=list)
    blurry: list = field(default_factory=list)
    train_steps: int = 0
    train_epochs: int = 0
    compute: dict | None = None
    final_confusion: dict | None = None
    threads_from: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, saved: dict) -> RunState:
        """The state of a checkpoint (one written before a field existed gets that field's default)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in saved.items() if k in names})

    def event(self, n_experiences: int, train_loss: dict | None) -> ExperienceEvent:
        """What the loggers get after the experience just recorded (``train_loss``: its step log)."""
        steps = len((train_loss or {}).get("steps") or [])
        epochs = len((train_loss or {}).get("epochs") or [])
        return ExperienceEvent(
            index=self.next - 1, n_experiences=n_experiences, rows=tuple(tuple(r) for r in self.rows),
            train_seconds=self.train_seconds, eval_seconds=self.eval_seconds, started_at=self.started_at,
            cost=self.cost[-1] if self.cost else None, train_loss=train_loss,
            first_step=self.train_steps - steps, first_epoch=self.train_epochs - epochs)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


def build_scenario(benchmark: dict, seed: int) -> Scenario:
    data = build_data(benchmark["source"], dict(benchmark.get("source_args") or {}))
    protocol = get_protocol(benchmark["protocol"])
    args = dict(benchmark.get("protocol_args") or {})
    try:
        scenario = protocol(data, seed=seed, **args)
    except TypeError as e:
        raise ClbenchError(
            f"protocol '{benchmark['protocol']}' got a bad option ({e}); fix benchmark.protocol_args."
        ) from None
    scenario.name = benchmark.get("name", scenario.name)
    if benchmark.get("eval_every"):
        scenario.eval_every = int(benchmark["eval_every"])
    return scenario


def run_identity(cfg: dict) -> tuple[dict, str]:
    """The part of the config that defines the result (not where it is written), and its hash
    (:func:`clbench.records.identity`: method, benchmark, seed, and fwt_baseline, device and the declared
    code versions when they are not the defaults)."""
    ident = identity(cfg["method"], cfg["benchmark"], int(cfg["seed"]), bool(cfg.get("fwt_baseline", True)),
                     cfg.get("device"), declared_versions(cfg["method"]["name"], cfg["benchmark"]))
    return ident, config_hash(ident)


def scenario_integrity(scenario: Scenario) -> dict:
    """Digests of the stream a record was measured on: its class order and every experience's test set. A
    re-run on data that differs (a cache entry with shifted labels, another version of a dataset) shows up as
    a different digest in `clbench verify`, whatever the accuracies do. The train sets are left out: hashing
    them costs ~6x more (permuted MNIST: 60k images x 10) and a change there shows in the matrices anyway."""
    def tensor_digest(h, x) -> None:
        if isinstance(x, torch.Tensor):
            t = x.detach().cpu().contiguous()
            h.update(f"{t.dtype}{tuple(t.shape)}".encode())
            if t.numel():
                h.update(t.reshape(-1).view(torch.uint8).numpy())  # the buffer itself, no copy
        else:  # text streams: lists of strings or records
            h.update(json.dumps(x, sort_keys=True, default=str).encode())

    test = hashlib.sha256()
    for exp in scenario.experiences:
        test.update(f"experience {exp.index}".encode())
        for x in (exp.test_x, exp.test_y):
            tensor_digest(test, x)
    return {"class_order_sha256": digest_json(list(scenario.class_order)), "test_set_sha256": test.hexdigest()}


def default_run_dir(cfg: dict) -> Path:
    _, h = run_identity(cfg)
    return (Path(cfg.get("results_dir", "results")) / "runs" / cfg["benchmark"]["name"] / cfg["method"]["name"]
            / f"seed{cfg['seed']}-{h[:10]}")


def _rng_state() -> dict:
    # NumPy's state as plain lists: an ndarray would need NumPy's globals, which weights_only loads refuse
    name, keys, pos, has_gauss, cached = np.random.get_state()
    return {"python": random.getstate(), "numpy": [name, keys.tolist(), int(pos), int(has_gauss), float(cached)],
            "torch": torch.get_rng_state()}


def _set_rng_state(state: dict) -> None:
    random.setstate(state["python"])
    np_state = state["numpy"]
    if isinstance(np_state, list):
        np_state = (np_state[0], np.asarray(np_state[1], dtype=np.uint32), *np_state[2:])
    np.random.set_state(np_state)
    torch.set_rng_state(state["torch"])


def _peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kb / 1024 if sys.platform != "darwin" else kb / 2**20, 1)


def _load_checkpoint(path: Path, cfg_hash: str) -> dict:
    """The checkpoint's state, after its header says it is this config's and this user's clbench's
    (clbench.trust: the identity is checked before a byte is unpickled, and nothing planted is unpickled)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ClbenchError(f"checkpoint {path} cannot be read ({e.strerror}); delete it to start this run "
                           "over.") from None
    claimed = trust.header_key(data, CHECKPOINT_KIND)
    if claimed is None and data[:2] == b"PK":  # a plain torch file: planted, or from before headers existed
        raise ClbenchError(f"checkpoint {path} is not a clbench checkpoint; delete it to start this run over.")
    if claimed is None:
        raise ClbenchError(f"checkpoint {path} is unreadable (no clbench header: damaged or not a checkpoint); "
                           "delete it to start this run over.")
    if claimed != cfg_hash:
        raise ClbenchError(
            f"checkpoint {path} was written by a different config; use another run_dir or delete the checkpoint."
        )
    try:
        state = trust.loads(data, CHECKPOINT_KIND, cfg_hash)
    except trust.UnsafePayload as e:  # this user's own, from a clbench that still pickled learner objects
        raise ClbenchError(f"checkpoint {path} holds pickled objects, which clbench no longer loads ({e}); "
                           "delete it or pass rerun=true to start this run over.") from None
    except trust.UntrustedFile as e:
        raise ClbenchError(f"checkpoint {path} is unreadable (refused: {e}); delete it to start this run "
                           "over.") from None
    if not isinstance(state, dict) or state.get("config_hash") != cfg_hash or "learner" not in state:
        raise ClbenchError(f"checkpoint {path} is not a clbench checkpoint; delete it to start this run over.")
    return state


def _check_run_dir(run_dir: Path, cfg_hash: str) -> Path | None:
    """The record of a finished run in ``run_dir`` if it is this config's; another config's run is refused."""
    done = run_dir / DONE
    if not done.is_file():
        return None
    record_path = Path(done.read_text().strip())
    if not record_path.is_file():
        return None
    rec = load_record(record_path)  # a tampered record is refused, not silently re-reported
    if config_hash(record_identity(rec)) != cfg_hash:
        raise ClbenchError(f"run_dir {run_dir} holds a finished run of another config ({rec['id']}); "
                           "use another run_dir or leave run_dir unset.")
    return record_path


def run(cfg: dict, echo=print) -> Path:
    """Run one (method, benchmark, seed) and return the path of its record.

    The process's torch thread count is put back afterwards: a resumed run carries on at the count it
    started with (CPU sums round per thread split), whatever this process was set to.
    """
    threads = torch.get_num_threads()
    try:
        return _run(cfg, echo)
    finally:
        torch.set_num_threads(threads)


def _run(cfg: dict, echo=print) -> Path:
    method, bench, seed = cfg["method"], cfg["benchmark"], int(cfg["seed"])
    check_compatible(method["name"], bench)  # before any data loads
    ident, cfg_hash = run_identity(cfg)
    run_dir = Path(cfg.get("run_dir") or default_run_dir(cfg))
    results_dir = Path(cfg.get("results_dir", "results"))
    done = run_dir / DONE
    rerun = bool(cfg.get("rerun"))  # rerun=true: neither the finished record nor the checkpoint is reused
    finished = None if rerun else _check_run_dir(run_dir, cfg_hash)
    if finished is not None:
        echo(f"already complete: {run_dir}")
        return finished
    ckpt_path = run_dir / CHECKPOINT
    if ckpt_path.is_file() and not rerun:  # identity first: another config's checkpoint is refused before data loads
        claimed = trust.header_key(ckpt_path.read_bytes(), CHECKPOINT_KIND)
        if claimed is not None and claimed != cfg_hash:
            raise ClbenchError(f"checkpoint {ckpt_path} was written by a different config; use another run_dir "
                               "or delete the checkpoint.")

    seed_everything(seed)
    scenario = build_scenario(bench, seed)
    options = dict(method)  # build_method drops its "name"
    if cfg.get("device") and "device" not in options:
        options["device"] = cfg["device"]
    learner = build_method(method["name"], scenario.info(), options)
    T = len(scenario)
    if ckpt_path.is_file() and not rerun:
        saved = _load_checkpoint(ckpt_path, cfg_hash)
        try:
            learner.load_state_dict(saved.pop("learner"))
        except Exception as e:  # noqa: BLE001 - a checkpoint of this config that this code cannot take back
            raise ClbenchError(f"checkpoint {ckpt_path} does not fit method '{method['name']}' ({type(e).__name__}: "
                               f"{first_line(e)}); delete it to start this run over, or pass rerun=true.") from None
        _set_rng_state(saved.pop("rng"))
        state = RunState.from_dict(saved)
        if state.torch_threads:  # the count the run started with, not this process's
            torch.set_num_threads(int(state.torch_threads))
        done_n = state.next  # experiences are numbered from 1 on the console, as the progress lines do
        echo(f"resuming {run_dir}: {done_n} of {T} experiences done"
             + (f", next is experience {done_n + 1}/{T}" if done_n < T else ", writing its record"))
    else:
        threads_from = choose_threads(cfg)  # threads=auto: 1 unless OMP_NUM_THREADS or the suite says otherwise
        state = RunState(config_hash=cfg_hash, started_at=fresh_start(results_dir, ident, cfg_hash),
                         torch_threads=torch.get_num_threads(), eval_batch_size=eval_batch_size(cfg),
                         threads_from=threads_from)
    loggers = build_loggers(cfg, run_dir, scenario, ident, cfg_hash)
    meter = compute.ComputeMeter(budget=compute.Budget.parse(bench.get("budget")), owner=method["name"])
    if state.compute:
        meter.load_state_dict(state.compute)

    def metered(fn, *args, **kwargs):  # an evaluation counted by the compute meter
        with compute.use(meter):
            return fn(*args, **kwargs)

    eval_bs = int(state.eval_batch_size or eval_batch_size(cfg))  # a resumed run keeps its starting one
    method_name = method["name"]
    blurry = scenario.protocol == "si_blurry"

    def fail(error: ClbenchError) -> None:
        record = _record(cfg, ident, cfg_hash, scenario, state, learner, status="failed", error=str(error))
        write_record(record, results_dir)

    try:
        if state.baseline is None and scenario.output == "logits" and cfg.get("fwt_baseline", True):
            t0 = time.perf_counter()
            state.baseline = metered(evaluate, learner, scenario, eval_bs, trained=0)[0]
            state.eval_seconds += time.perf_counter() - t0
        bar = tqdm(total=T, initial=state.next, desc=f"{method_name} on {bench['name']}", unit="exp",
                   disable=not cfg.get("progress", True), file=sys.stderr, leave=False)
        for i in range(state.next, T):
            exp = scenario[i]
            pieces = exp.chunks(scenario.eval_every) if scenario.eval_every else [exp]
            per_class = None  # per-class accuracy on the exposed classes after the latest piece
            step_log = StepLog()  # the engine loop's losses of this experience (issue 20)
            meter.begin_experience(i)
            for piece in pieces:
                fault_point("train")
                t0 = time.perf_counter()
                try:
                    # a view without the test split: no method can read test data while it trains
                    with recording(step_log), compute.use(meter):
                        learner.train_experience(piece.without_test())
                except (ClbenchError, KeyboardInterrupt, ModuleNotFoundError):  # a missing extra: named by the CLI
                    raise
                except Exception as e:  # noqa: BLE001 - a plugin bug becomes one sentence
                    raise ContractError(
                        f"method '{method_name}' raised {type(e).__name__} in train_experience "
                        f"(experience {i}): {first_line(e)}; expected it to learn the experience and return "
                        "(or raise ClbenchError with a sentence for the user)."
                    ) from e
                state.train_seconds += time.perf_counter() - t0
                if scenario.eval_every or blurry:
                    state.seen_classes = sorted(set(state.seen_classes) | set(piece.train_y.unique().tolist()))
                if scenario.eval_every:
                    state.samples_seen += piece.n_train
                    t0 = time.perf_counter()
                    acc, per_class = metered(seen_class_accuracy, learner, scenario, state.seen_classes, eval_bs)
                    state.eval_seconds += time.perf_counter() - t0
                    state.anytime["samples"].append(state.samples_seen)
                    state.anytime["accuracy"].append(acc)
            if blurry:  # Si-Blurry's own metrics: per-class accuracy on the exposed classes at each task's end
                if per_class is None:
                    t0 = time.perf_counter()
                    acc, per_class = metered(seen_class_accuracy, learner, scenario, state.seen_classes, eval_bs)
                    state.eval_seconds += time.perf_counter() - t0
                state.blurry.append({"accuracy": acc, "class_accuracy": per_class})
            fault_point("eval")
            t0 = time.perf_counter()
            confusion = new_confusion(scenario) if i == T - 1 else None  # the final model's confusion matrix
            row, ta_row = metered(evaluate, learner, scenario, eval_bs, trained=i + 1, confusion=confusion)
            state.eval_seconds += time.perf_counter() - t0
            state.rows.append(row)
            state.ta_rows.append(ta_row)
            if confusion is not None:
                state.final_confusion = confusion_block(confusion)
            state.cost.append({**learner.cost(), "peak_rss_mb": _peak_rss_mb()})
            report = getattr(learner, "report", None)  # declared on Learner; duck-typed plugins may lack it
            state.reports.append(report() if callable(report) else None)
            meter.end_experience()
            state.compute = meter.state_dict()
            train_loss = step_log.as_dict() if step_log.steps else None
            state.train_steps += len(step_log.steps)
            state.train_epochs += len(step_log.epochs)
            state.next = i + 1
            _checkpoint(ckpt_path, state, learner)
            event = state.event(T, train_loss)
            for log in loggers:
                log.experience(event)
            bar.update(1)
        bar.close()
    except (DivergedError, ContractError, BUDGET_EXCEEDED) as e:
        fail(e)
        raise
    record = _record(cfg, ident, cfg_hash, scenario, state, learner, status="complete")
    path = write_record(record, results_dir)
    atomic_write_bytes(done, str(path.resolve()).encode())
    for log in loggers:
        log.finish(load_record(path), path)
    return path


def _checkpoint(path: Path, state: RunState, learner) -> None:
    try:
        data = trust.dumps({**state.as_dict(), "learner": learner.state_dict(), "rng": _rng_state()}, CHECKPOINT_KIND,
                           state.config_hash)
    except Exception as e:  # noqa: BLE001 - a plugin's state that cannot be saved: one sentence, not a traceback
        raise ContractError(f"the state of method '{type(learner).method_name}' cannot be checkpointed "
                            f"({type(e).__name__}: {first_line(e)}); state_dict() must return tensors, numbers, "
                            "strings, lists and dicts (no open files, locks, lambdas or local classes).") from None
    atomic_write_bytes(path, data)


def record_id(ident: dict, cfg_hash: str, started_at: str) -> str:
    """``<benchmark>-<method>-s<seed>-<hash8>-<start stamp>``: the record's file name under ``records/``."""
    stamp = started_at.replace(":", "").replace("-", "")[:15]
    return f"{ident['benchmark']['name']}-{ident['method']['name']}-s{ident['seed']}-{cfg_hash[:8]}-{stamp}"


def fresh_start(results_dir: str | Path, ident: dict, cfg_hash: str) -> str:
    """The start time of a fresh run, a second later when a record of this config already holds this second's
    name (``rerun=true`` right after a run): the earlier record is kept, never overwritten."""
    started = now()
    while (Path(results_dir) / "records" / f"{record_id(ident, cfg_hash, started)}.json").exists():
        time.sleep(0.1)
        started = now()
    return started


def _record(cfg: dict, ident: dict, cfg_hash: str, scenario: Scenario, state: RunState, learner, status: str,
            error: str | None = None) -> dict:
    rows, ta_rows = state.rows, state.ta_rows
    complete = status == "complete"
    anytime = state.anytime if state.anytime["samples"] else None
    metrics = (M.all_metrics(rows, state.baseline, anytime["accuracy"] if anytime else None,
                             anytime["samples"] if anytime else None)
               if complete else None)
    task_aware = ta_rows if complete and scenario.protocol not in ("task_incremental",) else None
    if scenario.task_ids_at_test:
        task_aware = rows if complete else None
    if complete:
        metrics["task_aware_final_average_accuracy"] = M.final_average_accuracy(task_aware) if task_aware else None
    if complete and state.blurry:  # docs/metrics.md: Si-Blurry's A_last and per-class F_last
        metrics["blurry_final_accuracy"] = state.blurry[-1]["accuracy"]
        metrics["blurry_forgetting"] = M.class_forgetting([b["class_accuracy"] for b in state.blurry])
    cost = state.cost
    return json_safe({
        "id": record_id(ident, cfg_hash, state.started_at),
        "status": status,
        **({"error": error} if error else {}),
        "method": {"name": ident["method"]["name"], "config": ident["method"],
                   "capabilities": type(learner).capabilities.as_dict()},
        "benchmark": {"name": ident["benchmark"]["name"], "config": ident["benchmark"]},
        "seed": ident["seed"],
        "scenario": {**scenario.describe(), "integrity": scenario_integrity(scenario)},
        "accuracy_matrix": rows,
        "task_aware_accuracy_matrix": task_aware,
        "random_init_accuracy": state.baseline,
        "anytime": anytime,
        "metrics": metrics,
        "cost": {
            "train_seconds": round(state.train_seconds, 3),
            "eval_seconds": round(state.eval_seconds, 3),
            "peak_rss_mb": max((c["peak_rss_mb"] for c in cost), default=_peak_rss_mb()),
            "params_per_experience": [c.get("params") for c in cost],
            "memory_bytes_per_experience": [c.get("memory_bytes", 0) for c in cost],
            "per_experience": cost,
        },
        "method_report": state.reports,
        **({"compute": _compute_totals(state)} if state.compute else {}),
        **({"final_confusion": state.final_confusion} if complete and state.final_confusion else {}),
        "versions": declared_versions(ident["method"]["name"], ident["benchmark"]),
        "provenance": provenance(cfg_hash, state.started_at, state.eval_batch_size or eval_batch_size(cfg),
                                 state.torch_threads, bool(cfg.get("fwt_baseline", True)), cfg.get("device"),
                                 code_provenance({"method": type(learner),
                                                  "protocol": get_protocol(ident["benchmark"]["protocol"]),
                                                  "source": get_source(ident["benchmark"]["source"])}),
                                 state.threads_from),
    })


def _compute_totals(state: RunState) -> dict:
    """The record's ``compute`` block from the meter's checkpointed state (clbench.compute)."""
    meter = compute.ComputeMeter(budget=None)
    meter.load_state_dict(state.compute)
    return meter.totals()
