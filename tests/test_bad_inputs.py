"""A catalogue of bad inputs: each ends in one exact sentence, and nothing the user had is lost.

Config cases go through the same path as ``clbench run`` (compose → validate → run) in-process; the
CLI's own one-line/exit-code contract is tested in tests/test_cli.py.
"""

from __future__ import annotations

import errno
import json
import os

import pytest
import torch

from clbench.cli import compose, validate_config
from clbench.errors import ClbenchError, ContractError
from clbench.learner import Learner
from clbench.records import RecordError, content_hash, load_record
from clbench.registry import METHODS, register_method
from clbench.runner import CHECKPOINT, default_run_dir, run

D = "benchmark=split_digits"
KEYS = "(clbench run --cfg job shows every key)"

CONFIG_CASES = [
    # unknown names
    (["method=nosuch"], "unknown method 'nosuch'; known methods: "),
    (["benchmark=nosuch"], "unknown benchmark 'nosuch'; known benchmarks: "),
    (["suite=nosuch"], "unknown suite 'nosuch'; known suites: "),
    ([D, "method.name=nosuch"], "unknown method 'nosuch'; known methods: "),
    ([D, "benchmark.source=nosuch"], "unknown data source 'nosuch'; known sources: "),
    ([D, "benchmark.protocol=nosuch"], "unknown protocol 'nosuch'; known protocols: "),
    ([D, "method.backbone.name=vgg"], "unknown backbone 'vgg'; known backbones: "),
    ([D, "method.optimizer.name=rmsprop"], "unknown optimizer 'rmsprop'; use one of sgd, adam, adamw."),
    ([D, "+method.scheduler.name=warm"], "unknown scheduler 'warm'; use none, cosine or step."),
    (["benchmark=rotated_mnist", "benchmark.protocol_args.transform=blur"],
     "unknown domain transform 'blur'; use 'permute' or 'rotate'."),
    # unknown keys
    ([D, "lrr=0.1"], f"unknown config key 'lrr'; check the spelling, or add a new key with +lrr=VALUE {KEYS}."),
    ([D, "method.lrr=0.1"], "unknown config key 'method.lrr'; check the spelling, or add a new key with "
                            f"+method.lrr=VALUE {KEYS}."),
    ([D, "method.optimizer.momentum=0.9"], "unknown config key 'method.optimizer.momentum'; check the spelling, "
                                           f"or add a new key with +method.optimizer.momentum=VALUE {KEYS}."),
    ([D, "+method.lamda=1"], "method 'finetune' has no option 'lamda'; its options are: "),
    ([D, "+benchmark.source_args.foo=1"], "data source 'digits' has no option 'foo'; its options are: test_fraction, "
                                          "split_seed."),
    ([D, "+benchmark.protocol_args.foo=1"], "protocol 'class_incremental' got a bad option (class_incremental() got "
                                            "an unexpected keyword argument 'foo'); fix benchmark.protocol_args."),
    ([D, "method.backbone.name=mobilenet_v2"], "backbone 'mobilenet_v2' has no option 'hidden'; its options are: "
                                               "weights, image_size, frozen (switching backbones on the command "
                                               "line? drop the old option with ~method.backbone.hidden)."),
    ([D, "+method.optimizer.betas=[0.9]"], "optimizer 'sgd' got an unknown option (SGD.__init__() got an unexpected "
                                           "keyword argument 'betas'); fix method.optimizer."),
    ([D, "method.backbone={name:cnn,depth:3}"], "cannot replace 'method.backbone' with a mapping that has new keys; "
                                                "set its keys one by one (method.backbone.name=... and "
                                                "+method.backbone.NEW_KEY=...)."),
    # wrong types and out-of-range values
    ([D, "seed=-1"], "seed must be a non-negative integer, got -1; set seed=0 (or any N >= 0)."),
    ([D, "seed=abc"], "seed must be a non-negative integer, got 'abc'; set seed=0 (or any N >= 0)."),
    ([D, "seed=1.5"], "seed must be a non-negative integer, got 1.5; set seed=0 (or any N >= 0)."),
    ([D, "eval_batch_size=0"], "eval_batch_size must be an integer >= 1, got 0; set eval_batch_size to a positive "
                               "integer."),
    ([D, "method.epochs=0"], "epochs must be an integer >= 1, got 0; set method.epochs to a positive integer."),
    ([D, "method.epochs=abc"], "epochs must be an integer >= 1, got 'abc'; set method.epochs to a positive integer."),
    ([D, "method.batch_size=0"], "batch_size must be an integer >= 1, got 0; set method.batch_size to a positive "
                                 "integer."),
    ([D, "method.batch_size=2.5"], "batch_size must be an integer >= 1, got 2.5; set method.batch_size to a positive "
                                   "integer."),
    # (typed like the default 0.1 first: 0 is 0.0, one value however it is spelled)
    ([D, "method.optimizer.lr=0"], "optimizer.lr must be > 0, got 0.0; set method.optimizer.lr to a positive number."),
    ([D, "method.optimizer.lr=-1"], "optimizer.lr must be > 0, got -1.0; set method.optimizer.lr to a positive "
                                    "number."),
    ([D, "method.optimizer.lr=fast"], "optimizer.lr must be > 0, got fast; set method.optimizer.lr to a positive "
                                      "number."),
    ([D, "method.backbone.hidden=abc"], "hidden must be an integer >= 0, got 'abc'; set method.backbone.hidden to 0 or "
                                        "a positive integer."),
    ([D, "benchmark.name=null"], "config group 'benchmark' is missing its name; choose one with benchmark=NAME."),
    ([D, "benchmark.protocol_args.n_experiences=3"], "cannot split 10 classes into 3 equal experiences; choose "
                                                     "n_experiences dividing 10 or give classes_per_experience."),
    ([D, "benchmark.protocol_args.n_experiences=0"], "cannot split 10 classes into 0 equal experiences; choose "
                                                     "n_experiences dividing 10 or give classes_per_experience."),
    ([D, "+benchmark.protocol_args.classes_per_experience=[5,4]"],
     "classes_per_experience [5, 4] must be positive and sum to the 10 classes of the source; fix "
     "benchmark.protocol_args.classes_per_experience."),
    ([D, "+benchmark.protocol_args.class_order=[0,1]"],
     "class_order must be a permutation of 0..9, got [0, 1]; fix benchmark.protocol_args.class_order or remove it "
     "to draw the order from the seed."),
    (["benchmark=rotated_mnist", "+benchmark.protocol_args.angles=[0,10]"],
     "angles has 2 entries for 5 experiences; make them equal."),
    (["benchmark=fewshot_mnist", "benchmark.protocol_args.ways=3"],
     "few-shot split impossible: 10 classes, base 6, 3-way, 5-shot; choose base_classes < n_classes with "
     "(n_classes - base_classes) divisible by ways."),
    (["benchmark=fewshot_mnist", "benchmark.protocol_args.shots=100000"],
     "class 0 has 4932 training samples, fewer than shots=100000."),
    (["benchmark=si_blurry_mnist", "benchmark.protocol_args.disjoint_ratio=1.5"],
     "disjoint_ratio must be a fraction in [0, 1], got 1.5; set benchmark.protocol_args.disjoint_ratio to a number "
     "between 0 and 1."),
    (["benchmark=si_blurry_mnist", "benchmark.protocol_args.blurry_ratio=-0.1"],
     "blurry_ratio must be a fraction in [0, 1], got -0.1; set benchmark.protocol_args.blurry_ratio to a number "
     "between 0 and 1."),
    (["method=wa", D, "method.memory_size=5"],
     "memory budget 5 is smaller than the 10 classes of the scenario; set method.memory_size to at least 10 "
     "(one exemplar per class)."),
    (["method=lwf", D, "method.strategy_args.alpha=[0,1]"],
     "strategy_args.alpha gives 2 values for a stream of 5 experiences; give one per experience or use alpha: t-1."),
    (["method=gacil", D, "method.gamma=0"], "gamma must be > 0, got 0.0; set method.gamma to a positive "
                                            "regularisation."),
    (["method=dst", "benchmark=split_digits_til", "method.density=1.5"],
     "density must be a fraction in [0, 1], got 1.5; set method.density to a number between 0 and 1."),
    # impossible pairings
    (["method=hnet", "benchmark=split_mnist"],
     "method 'hnet' needs task ids at test time but benchmark 'split_mnist' (class_incremental) gives none; use a "
     "task-incremental benchmark (e.g. split_mnist_til) or add ++benchmark.protocol_args.task_ids_at_test=true."),
    (["method=clr", D], "method 'clr' does not support the class_incremental protocol of benchmark 'split_digits'; "
                        "it supports: "),
    (["method=lcia", D], "method 'lcia' produces text but benchmark 'split_digits' is scored on logits; pick a logits "
                         "method for it."),
    (["method=finetune", "benchmark=instruction_stream"],
     "method 'finetune' produces logits but benchmark 'instruction_stream' is scored on text; pick a text method "
     "for it."),
    (["method=mos", "benchmark=split_digits_til"],
     "method 'mos' does not support the task_incremental protocol of benchmark 'split_digits_til'; it supports: "),
    # missing data roots and weights
    (["benchmark=split_cifar100", "benchmark.source_args.data_root=null"],
     "CIFAR100 needs a local copy but no data root was given; set benchmark.source_args.data_root=/path/to/data "
     "or the CLBENCH_DATA environment variable (the shipped configs' default), and add "
     "benchmark.source_args.download=true to let torchvision download it there."),
    ([D, "method.backbone.name=mobilenet_v2", "~method.backbone.hidden", "+method.backbone.weights=/nonexistent.pth"],
     "weights file /nonexistent.pth does not exist; give an existing local path."),
]


def _nothing_half_written(root) -> None:
    if os.path.isdir(root):
        leftovers = [p for p in root.rglob("*") if p.name.endswith(".tmp") or p.parent.name == "records"]
        assert not leftovers, leftovers


@pytest.mark.parametrize("overrides,message", CONFIG_CASES, ids=[" ".join(c[0]) for c in CONFIG_CASES])
def test_config_error_is_one_exact_sentence(tmp_path, overrides, message):
    results = tmp_path / "results"
    with pytest.raises(ClbenchError) as err:
        cfg = compose([f"results_dir={results}", "progress=false", "console=false", *overrides])
        validate_config(cfg)
        run(cfg, echo=lambda s: None)
    text = str(err.value)
    assert text == message if message.endswith(".") and not message.endswith(": ") else text.startswith(message)
    assert "\n" not in text
    _nothing_half_written(results)


# --------------------------------------------------------------------------------------- checkpoints
@pytest.fixture
def digits_cfg(tmp_path):
    return compose([f"results_dir={tmp_path}", "progress=false", "console=false", D])


@pytest.mark.parametrize("content,message", [
    (b"", "is unreadable"),
    (b"garbage", "is unreadable"),
    (None, "is not a clbench checkpoint; delete it to start this run over."),
])
def test_bad_checkpoint_is_one_sentence_and_kept(digits_cfg, content, message):
    ckpt = default_run_dir(digits_cfg) / CHECKPOINT
    ckpt.parent.mkdir(parents=True)
    if content is None:
        torch.save({"weights": torch.zeros(2)}, ckpt)
        content = ckpt.read_bytes()
    else:
        ckpt.write_bytes(content)
    with pytest.raises(ClbenchError, match=message):
        run(digits_cfg, echo=lambda s: None)
    assert ckpt.read_bytes() == content


# ------------------------------------------------------------------------------------------- records
@pytest.fixture(scope="module")
def good_record(tmp_path_factory):
    d = tmp_path_factory.mktemp("rec")
    cfg = compose([f"results_dir={d}", "progress=false", "console=false", D])
    return json.loads(run(cfg, echo=lambda s: None).read_text())


def _damage(kind: str, rec: dict) -> str:
    rec = json.loads(json.dumps(rec))
    if kind == "truncated":
        return json.dumps(rec)[:300]
    if kind == "tampered":
        rec["accuracy_matrix"][0][0] = 1.0
        return json.dumps(rec)
    if kind == "old-schema":
        rec["schema"] = "clbench.record/0"
        rec["hash"] = content_hash(rec)
        return json.dumps(rec)
    if kind == "missing-field":
        del rec["metrics"]
        rec["hash"] = content_hash(rec)
        return json.dumps(rec)
    if kind == "not-an-object":
        return "[1, 2, 3]"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind,message", [
    ("truncated", "is not valid JSON (truncated or corrupt); re-run it or delete it."),
    ("tampered", "does not match its hash: its content was changed after it was written; restore the original or "
                 "re-run it."),
    ("old-schema", "has schema 'clbench.record/0', this clbench reads 'clbench.record/1'; re-run it with this "
                   "version."),
    ("missing-field", "lacks the field 'metrics'; it is incomplete."),
    ("not-an-object", "is not a JSON object; it is not a clbench record."),
])
def test_damaged_record_is_refused_by_name(tmp_path, good_record, kind, message):
    path = tmp_path / f"{kind}.json"
    path.write_text(_damage(kind, good_record))
    with pytest.raises(RecordError) as err:
        load_record(path)
    assert str(err.value) == f"record {path} {message}"


def test_unreadable_record(tmp_path):
    with pytest.raises(RecordError, match=r"^record .*missing.json cannot be read \(No such file or directory\)\.$"):
        load_record(tmp_path / "missing.json")


# ---------------------------------------------------------------------------- plugins that misbehave
class _Broken(Learner):
    mode = ""

    def train_experience(self, experience):
        if self.mode == "raise-train":
            raise RuntimeError("boom")

    def predict(self, x, task_ids=None):
        n = len(x)
        if self.mode == "shape":
            return torch.zeros(n, 3)
        if self.mode == "raise-predict":
            raise IndexError("no head for this task")
        if self.mode == "list":
            return [0] * n
        if self.mode == "nan":
            return torch.full((n, self.info.n_classes), float("nan"))
        return torch.zeros(n, self.info.n_classes)


@pytest.mark.parametrize("mode,message", [
    ("shape", r"^method '_broken' predict\(x\) returned \(\d+, 3\) for \d+ inputs \(experience 0[^)]*\); "
              r"expected logits of shape \(\d+, 10\)\.$"),
    ("list", r"^method '_broken' predict\(x\) returned list for \d+ inputs \(experience 0[^)]*\); expected logits "),
    ("raise-predict", r"^method '_broken' raised IndexError in predict\(x\) \(experience 0[^)]*\): no head for this "
                      r"task; expected "),
    ("raise-train", r"^method '_broken' raised RuntimeError in train_experience \(experience 0\): boom; expected it "
                    r"to learn the experience and return"),
    ("nan", r"^method '_broken' predicted NaN logits \(experience 0[^)]*\); its training diverged\.$"),
])
def test_plugin_breaking_the_contract_is_named(tmp_path, mode, message):
    cls = type(f"Broken_{mode}", (_Broken,), {"mode": mode})
    register_method("_broken")(cls)
    try:
        cfg = compose([f"results_dir={tmp_path}", "progress=false", "console=false", D])
        cfg["method"] = {"name": "_broken"}
        with pytest.raises(ClbenchError, match=message) as err:
            run(cfg, echo=lambda s: None)
        assert isinstance(err.value, ClbenchError)
        if mode != "nan":
            assert isinstance(err.value, ContractError)
        (failed,) = (tmp_path / "records").glob("*.json")
        assert load_record(failed)["status"] == "failed"  # the failure itself is on record
    finally:
        METHODS.pop("_broken")


def test_nan_loss_is_a_failed_record(tmp_path):
    cfg = compose([f"results_dir={tmp_path}", "progress=false", "console=false", D, "method.optimizer.lr=1e30"])
    with pytest.raises(ClbenchError, match=r"^Finetune loss became (nan|inf) in experience \d; lower "
                                           r"method.optimizer.lr or check the inputs\.$"):
        run(cfg, echo=lambda s: None)
    (path,) = (tmp_path / "records").glob("*.json")
    assert load_record(path)["status"] == "failed"


def test_out_of_space_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch, good_record):
    from clbench import io as clio

    target = tmp_path / "records" / "r.json"
    clio.atomic_write_json(target, good_record)
    before = target.read_bytes()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(clio.os, "fsync", full)
    with pytest.raises(ClbenchError) as err:
        clio.atomic_write_json(target, {"other": 1})
    assert str(err.value) == f"no space left to write {target}; free some space or point results_dir elsewhere."
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["r.json"]
