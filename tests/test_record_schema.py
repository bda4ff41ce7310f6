"""The published JSON Schema of run records (clbench/record.schema.json, version clbench.record/1).

``assert_valid_record`` is the helper other tests can call on any record they write: the JSON Schema plus
the checks a schema cannot express (square matrix of the stream's size, metrics recomputed from the
matrix, the content hash). Every record written by this file goes through it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from clbench import metrics as M
from clbench.cli import compose
from clbench.errors import ContractError
from clbench.learner import SGDLearner
from clbench.records import REQUIRED, SCHEMA, SCHEMA_FILE, content_hash, load_record, seal, validate_schema
from clbench.registry import METHODS
from clbench.runner import run

REPO = Path(__file__).resolve().parent.parent


def assert_valid_record(record_or_path: dict | str | Path) -> dict:
    """Schema-validate a record and check what the schema cannot say; returns the record."""
    record = load_record(record_or_path) if isinstance(record_or_path, (str, Path)) else record_or_path
    validate_schema(record)
    assert record["hash"] == content_hash(record)
    R = record["accuracy_matrix"]
    T = record["scenario"]["n_experiences"]
    if record["status"] == "complete":
        assert len(R) == T and all(len(row) == T for row in R), "accuracy matrix must be T x T"
        if record["task_aware_accuracy_matrix"] is not None:
            assert len(record["task_aware_accuracy_matrix"]) == T
        m = record["metrics"]
        assert m["final_average_accuracy"] == pytest.approx(M.final_average_accuracy(R))
        assert m["average_incremental_accuracy"] == pytest.approx(M.average_incremental_accuracy(R))
        assert len(record["cost"]["params_per_experience"]) == T
    else:
        assert len(R) < T and all(len(row) == T for row in R)
    return record


def _cfg(tmp_path: Path, *overrides: str) -> dict:
    return compose([f"results_dir={tmp_path}", "progress=false", "console=false", "seed=0", *overrides])


@pytest.fixture(scope="module")
def digits_record(tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("schema")
    return load_record(run(_cfg(tmp, "method=finetune", "benchmark=split_digits"), echo=lambda s: None))


# ---------------------------------------------------------------------------------------- the schema file
def test_schema_file_is_a_valid_draft_2020_12_schema_of_the_current_version():
    schema = json.loads(SCHEMA_FILE.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"] == {"const": SCHEMA, "description": schema["properties"]["schema"][
        "description"]}
    assert SCHEMA == "clbench.record/1" and schema["$id"].endswith("/" + SCHEMA)
    # the loader's required fields are a subset of the schema's
    assert set(REQUIRED) <= set(schema["required"])


def test_schema_ships_inside_the_package():
    # a non-editable install must carry the file next to records.py (package-data in pyproject.toml)
    assert SCHEMA_FILE.parent.name == "clbench" and SCHEMA_FILE.is_file()


# ---------------------------------------------------------------------------------- records that validate
def test_class_incremental_record_validates(digits_record):
    assert_valid_record(digits_record)
    assert digits_record["task_aware_accuracy_matrix"] is not None


@pytest.mark.parametrize("method, benchmark", [("joint", "split_digits"), ("finetune", "split_digits_til")])
def test_other_builtin_records_validate(tmp_path, method, benchmark):
    path = run(_cfg(tmp_path, f"method={method}", f"benchmark={benchmark}"), echo=lambda s: None)
    record = assert_valid_record(path)
    if benchmark.endswith("_til"):
        # task ids at test time: the protocol's matrix is already the task-aware one
        assert record["task_aware_accuracy_matrix"] == record["accuracy_matrix"]


class _FailsOnSecond(SGDLearner):
    def train_experience(self, exp):
        if exp.index == 1:
            raise RuntimeError("boom")
        super().train_experience(exp)


def test_failed_record_validates(tmp_path, monkeypatch):
    monkeypatch.setitem(METHODS, "fails_on_second", _FailsOnSecond)
    cfg = _cfg(tmp_path, "method=finetune", "benchmark=split_digits")
    cfg["method"]["name"] = "fails_on_second"
    with pytest.raises(ContractError):
        run(cfg, echo=lambda s: None)
    (path,) = (tmp_path / "records").glob("*.json")
    record = assert_valid_record(path)
    assert record["status"] == "failed" and record["metrics"] is None and len(record["accuracy_matrix"]) == 1
    assert "boom" in record["error"]


def _cheap_builtin_methods() -> list[str]:
    """Built-in method configs on a from-scratch MLP or CNN: a digits run takes seconds (pretrained hosts,
    ViTs and language models are left to their own tests)."""
    import yaml

    from clbench.cli import config_file, config_options

    out = []
    for name in config_options("method"):
        try:  # read the YAML itself: composing ~30 configs would slow down every collection of this file
            backbone = (yaml.safe_load(config_file("method", name).read_text()) or {}).get("backbone")
        except yaml.YAMLError:
            continue
        backbone = backbone.get("name") if isinstance(backbone, dict) else backbone
        if backbone in ("mlp", "cnn") and name not in ("finetune", "joint"):
            out.append(name)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("method", _cheap_builtin_methods())
def test_cheap_builtin_method_records_validate(tmp_path, method):
    from clbench.errors import ClbenchError, DivergedError
    from clbench.registry import check_compatible

    for benchmark in ("split_digits", "split_digits_til"):
        cfg = _cfg(tmp_path, f"method={method}", f"benchmark={benchmark}")
        try:
            check_compatible(cfg["method"]["name"], cfg["benchmark"])  # a config may be a variant (gacil_mnist)
        except ClbenchError:
            continue
        if "epochs" in cfg["method"]:
            cfg["method"]["epochs"] = 1  # the record's shape is what is checked here, not the accuracy
        try:
            assert_valid_record(run(cfg, echo=lambda s: None))
        except DivergedError as e:
            # settings tuned for MNIST can diverge on 8x8 digits (ewc's lambda): the failed record must
            # still be a valid record that says so
            (path,) = (tmp_path / "records").glob("*.json")
            record = assert_valid_record(path)
            assert record["status"] == "failed" and record["error"] == str(e)
        return
    pytest.skip(f"{method} runs on neither split_digits nor split_digits_til")


def test_committed_leaderboard_records_validate():
    paths = sorted((REPO / "leaderboard" / "records").glob("**/*.json"))
    if not paths:
        pytest.skip("no records committed under leaderboard/records yet")
    for path in paths:
        assert_valid_record(path)


# ------------------------------------------------------------------------------ records that must not pass
def _broken(record: dict, edit) -> dict:
    r = copy.deepcopy(record)
    edit(r)
    return seal(r) if r.get("schema") == SCHEMA else r


@pytest.mark.parametrize("what, edit", [
    ("missing metrics", lambda r: r.pop("metrics")),
    ("unknown top-level field", lambda r: r.__setitem__("extra", 1)),
    ("accuracy above 1", lambda r: r["accuracy_matrix"][0].__setitem__(0, 1.5)),
    ("accuracy as percent string", lambda r: r["accuracy_matrix"][0].__setitem__(0, "65%")),
    ("negative seed", lambda r: r.__setitem__("seed", -1)),
    ("unknown status", lambda r: r.__setitem__("status", "running")),
    ("complete without metrics", lambda r: r.__setitem__("metrics", None)),
    ("failed without error", lambda r: (r.__setitem__("status", "failed"), r.__setitem__("metrics", None))),
    ("short hash", lambda r: r["provenance"].__setitem__("config_hash", "abc")),
    ("other schema version", lambda r: r.__setitem__("schema", "clbench.record/2")),
    ("method without capabilities", lambda r: r["method"].pop("capabilities")),
    ("benchmark without protocol", lambda r: r["benchmark"]["config"].pop("protocol")),
])
def test_schema_rejects(digits_record, what, edit):
    with pytest.raises(jsonschema.ValidationError):
        validate_schema(_broken(digits_record, edit))
