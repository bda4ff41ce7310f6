"""Run records: one immutable JSON file per run, hashed, written atomically, validated on load.

The ``hash`` is the sha256 of the canonical JSON (sorted keys, no spaces) of every other field, so any
edit to a number is detected. The schema is published as ``clbench/record.schema.json``.

An unkeyed hash only catches accidents: a forger recomputes it. So :func:`load_record`, the one reader of
every record (leaderboard, verify, resume, wandb export), also checks what a forger would have to keep
consistent (the schema, the matrix shape against the scenario, every accuracy in [0, 1], the metrics
recomputed from the matrix, the names against the configs, the config hash against the run identity, no
date in the future) and, where a publisher's public key governs the directory, an ed25519 signature.
Signatures (``<record>.sig``) and verification stamps (``<record>.verified``) are files beside the record,
so signing or re-verifying never rewrites a record. docs/integrity.md describes the whole scheme.
"""

from __future__ import annotations

import base64
import functools
import getpass
import hashlib
import json
import os
import platform
import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from clbench import __version__
from clbench.errors import ClbenchError
from clbench.io import atomic_write_json
from clbench.kernels import mkl_branch

SCHEMA = "clbench.record/1"
SCHEMA_FILE = Path(__file__).with_name("record.schema.json")
REQUIRED = (
    "schema", "id", "status", "method", "benchmark", "seed", "scenario", "accuracy_matrix",
    "task_aware_accuracy_matrix", "metrics", "cost", "provenance", "hash",
)


class RecordError(ClbenchError):
    """A record file that cannot be trusted: unreadable, truncated, tampered or of another schema."""


def canonical(obj) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), allow_nan=False, default=str)


def content_hash(record: dict) -> str:
    return hashlib.sha256(canonical({k: v for k, v in record.items() if k != "hash"}).encode()).hexdigest()


def config_hash(config: dict) -> str:
    return hashlib.sha256(canonical(config).encode()).hexdigest()


DEFAULT_DEVICE = "cpu"
DEFAULT_VERSION = 1
VERSION_PARTS = ("method", "protocol", "source")


def normalise_device(device: Any) -> str:
    """``None`` and ``""`` mean the default device; ``cuda:0`` and ``cuda`` stay distinct (another GPU)."""
    return str(device).strip() if device not in (None, "") else DEFAULT_DEVICE


def identity(method: dict, benchmark: dict, seed: int, fwt_baseline: bool = True, device: Any = None,
             versions: dict | None = None) -> dict:
    """What defines a run's numbers (hashed into ``provenance.config_hash`` and the run directory's name).

    ``fwt_baseline`` changes the record (its random-init row and FWT), so a run without it is another run;
    ``device`` changes the float sums (a GPU run is not the CPU run), and so does a new code version of the
    method, protocol or data source (``versions``: what each declares, see :func:`declared_versions`). Each
    enters the identity only when it differs from its default (fwt_baseline on, cpu, version 1), so every
    run made before it was part of the identity keeps its hash.
    """
    ident = {"method": method, "benchmark": benchmark, "seed": int(seed)}
    if not fwt_baseline:
        ident["fwt_baseline"] = False
    if normalise_device(device) != DEFAULT_DEVICE:
        ident["device"] = normalise_device(device)
    changed = {k: v for k, v in sorted((versions or {}).items()) if v != DEFAULT_VERSION}
    if changed:
        ident["versions"] = changed
    return ident


def _declared_version(kind: str, name: str, obj: Any, what: str) -> Any:
    """The version a registry entry declares (its ``version`` data), else ``obj.version`` (a class attribute
    of a method, an attribute of a registered protocol or source function), default 1; it must be a positive
    integer (record.schema.json: versions)."""
    from clbench import registry

    data: dict = {}
    if hasattr(registry, "declared"):
        try:
            data = registry.declared(kind, name) or {}
        except (ClbenchError, KeyError):
            data = {}
    v = data.get("version", getattr(obj, "version", DEFAULT_VERSION))
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise ClbenchError(f"{what} declares version {v!r}; a version must be an integer >= 1 (set its `version` "
                           "attribute, and raise it whenever a change alters results).")
    return v


def declared_versions(method_name: str, benchmark: dict) -> dict:
    """The code versions the method, protocol and data source of a run declare (each 1 unless it says
    otherwise): bumping one makes its runs new runs (run identity) and new board rows (``versions``)."""
    from clbench.registry import get_method, get_source
    from clbench.scenario import get_protocol

    protocol, source = benchmark["protocol"], benchmark["source"]
    return {
        "method": _declared_version("method", method_name, get_method(method_name), f"method '{method_name}'"),
        "protocol": _declared_version("protocol", protocol, get_protocol(protocol), f"protocol '{protocol}'"),
        "source": _declared_version("source", source, get_source(source), f"data source '{source}'"),
    }


def typed_like(value: Any, default: Any) -> Any:
    """``value`` with each number given the type of the default it replaces: ``1`` where the default is
    ``1.0`` becomes ``1.0`` and ``2.0`` where the default is ``2`` becomes ``2``, so the CLI's and the YAML's
    spellings of one value are one run (one config hash). Mappings and lists are typed entry by entry (a
    list's new entries like its first default entry); keys without a default are left as they are, and so
    is every value a committed record holds (their types are their defaults', so their hashes stay)."""
    if isinstance(value, dict) and isinstance(default, dict):
        return {k: typed_like(v, default[k]) if k in default else v for k, v in value.items()}
    if isinstance(value, list) and isinstance(default, list) and default:
        return [typed_like(v, default[min(i, len(default) - 1)]) for i, v in enumerate(value)]
    if isinstance(value, bool) or isinstance(default, bool):
        return value
    if isinstance(value, int) and isinstance(default, float):
        return float(value)
    if isinstance(value, float) and isinstance(default, int) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    return value


def record_fwt_baseline(record: dict) -> bool:
    """Whether the run that made ``record`` measured the FWT baseline (records before it was kept: inferred)."""
    prov = record.get("provenance") or {}
    if "fwt_baseline" in prov:
        return bool(prov["fwt_baseline"])
    return not (record.get("random_init_accuracy") is None and record.get("status") == "complete"
                and (record.get("method", {}).get("capabilities") or {}).get("output", "logits") == "logits")


def record_identity(record: dict) -> dict:
    prov = record.get("provenance") or {}
    return identity(record["method"]["config"], record["benchmark"]["config"], record["seed"],
                    record_fwt_baseline(record), prov.get("device"), record.get("versions"))


def git_commit() -> str | None:
    try:
        root = Path(__file__).resolve().parent.parent
        out = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=5)
        if out.returncode != 0:
            return None
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5).stdout.strip()
        return out.stdout.strip() + ("-dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return None


_IN_TREE = ("clbench", "methods", "benchmarks", "conf")


def _git_file_state(path: Path) -> str:
    """``clean``, ``modified`` or ``untracked`` in the git checkout holding ``path``, else ``not in git``."""
    try:
        out = subprocess.run(["git", "-C", str(path.parent), "status", "--porcelain", "--ignored", "--", path.name],
                             capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return "not in git"
    if out.returncode != 0:
        return "not in git"
    code = out.stdout[:2]
    if not code.strip():
        return "clean"
    return {"??": "untracked", "!!": "ignored"}.get(code, "modified")


def _distribution_of(module: str) -> tuple[str, str] | None:
    """(distribution, version) that installed the top-level package of ``module``, or None."""
    from importlib.metadata import PackageNotFoundError, packages_distributions, version

    top = module.split(".")[0]
    for dist in packages_distributions().get(top, []):
        try:
            return dist, version(dist)
        except PackageNotFoundError:
            continue
    return None


def code_provenance(parts: dict[str, Any]) -> dict:
    """Where the code that made a run came from, per role (``{"method": cls, "source": fn, "protocol": fn}``):

    ``code_files``: each role's module, its file's sha256 and its git state (clean / modified / untracked /
    ignored / not in git), so a record of an uncommitted method file says so; ``plugins``: the distribution
    and version of every role that does not come from clbench's own packages. ``dirty``: whether any of
    those files differs from a commit (the record's git_commit then ends in -dirty).
    """
    files, plugins, dirty = [], [], False
    for role, obj in parts.items():
        module = getattr(obj, "__module__", None) or "?"
        entry: dict[str, Any] = {"role": role, "module": module}
        mod = sys.modules.get(module)
        file = getattr(mod, "__file__", None)
        if file:
            path = Path(file).resolve()
            try:
                entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                pass
            entry["state"] = _git_file_state(path)
            dirty |= entry["state"] in ("modified", "untracked", "ignored")
        if module.split(".")[0] not in _IN_TREE:
            dist = _distribution_of(module)
            plugins.append({"role": role, "module": module, "distribution": dist[0] if dist else None,
                            "version": dist[1] if dist else None})
        files.append(entry)
    return {"code_files": files, "plugins": plugins, "dirty": dirty}


def provenance(cfg_hash: str, started_at: str, eval_batch_size: int | None = None,
               torch_threads: int | None = None, fwt_baseline: bool | None = None, device: Any = None,
               code: dict | None = None, threads_from: str | None = None) -> dict:
    import torch

    commit = git_commit()
    if commit and code and code.get("dirty") and not commit.endswith("-dirty"):
        commit += "-dirty"  # an untracked method file is not the commit either
    return {
        "clbench_version": __version__,
        "git_commit": commit,
        "device": normalise_device(device),
        **({"code_files": code["code_files"], "plugins": code["plugins"]} if code else {}),
        **({"torch_threads_from": threads_from} if threads_from else {}),
        "python": sys.version.split()[0],
        "torch": torch.__version__,
        "platform": platform.platform(),
        # float sums split across intra-op threads round differently: a CPU run is exactly reproducible at
        # the same thread count, so the record keeps it and `clbench verify` re-runs with it
        # the count the run started with: a run resumed at another count carries on at its starting one
        "torch_threads": int(torch_threads or torch.get_num_threads()),
        # and the CPU: MKL and torch pick their float kernels by the CPU's instruction set, so two machines
        # at one thread can still round one sum differently (measured in docs/integrity.md)
        "cpu": cpu_description(),
        # MKL's code path (clbench.kernels pins AVX2): with the thread count, what a bit-exact re-run needs
        "mkl_branch": mkl_branch(),
        **({"fwt_baseline": bool(fwt_baseline)} if fwt_baseline is not None else {}),
        # likewise the evaluation batch: convolutions may pick another algorithm for another batch size
        **({"eval_batch_size": int(eval_batch_size)} if eval_batch_size else {}),
        "config_hash": cfg_hash,
        "started_at": started_at,
        "finished_at": now(),
    }


def cpu_description() -> dict:
    """{"capability": torch's CPU kernel level (AVX2, AVX512, ...), "model": the CPU's model name}."""
    import torch

    try:
        capability = torch.backends.cpu.get_cpu_capability()
    except (AttributeError, RuntimeError):
        capability = None
    model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"capability": capability, "model": model or platform.processor() or None}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def seal(record: dict) -> dict:
    """Add the schema tag and the content hash."""
    record = {"schema": SCHEMA, **{k: v for k, v in record.items() if k not in ("schema", "hash")}}
    record["hash"] = content_hash(record)
    return record


def write_record(record: dict, results_dir: str | Path) -> Path:
    """Seal, check against the published schema, and write atomically. Checking here means every record
    clbench writes (in this process, a launcher's worker or a test's subprocess) honours the schema."""
    import jsonschema

    record = seal(record)
    try:
        validate_schema(record)
    except jsonschema.ValidationError as e:
        where = "/".join(str(p) for p in e.absolute_path) or "the top level"
        raise RecordError(
            f"the record of run {record.get('id')} breaks the published schema at {where} ({e.message}); "
            "this is a clbench bug, please report it (the run's last checkpoint is kept, so a re-run resumes)."
        ) from None
    path = Path(results_dir) / "records" / f"{record['id']}.json"
    atomic_write_json(path, record)
    return path


def load_record(path: str | Path, require_signature: bool | None = None) -> dict:
    """Load and check one record; any problem raises :class:`RecordError` with one sentence.

    ``require_signature``: None (default) requires a valid signature exactly where a publisher's key governs
    the record's directory (:func:`publisher_key_file`); True or False force it either way.
    """
    path = Path(path)
    try:
        return _load_record(path, require_signature)
    except RecursionError:  # nesting no record has, deep enough to exhaust the stack of a check
        raise RecordError(f"record {path} is nested deeper than any clbench record; it is not a clbench record: "
                          "delete it.") from None
    except (TypeError, AttributeError, KeyError, IndexError, ValueError, OverflowError) as e:
        # a check met a value of a type or size the schema check before it should have refused: still the
        # record's fault (it came from outside), so one sentence, never a traceback
        raise RecordError(f"record {path} has a malformed field ({type(e).__name__}: {str(e)[:80]}); it cannot be "
                          "trusted: re-run it.") from None


MAX_RECORD_BYTES = 256 * 2**20  # the largest committed record is ~1 MB; a bigger file is not a record


def _reject_constant(name: str) -> Any:
    raise _NonFinite(name)


class _NonFinite(ValueError):
    pass


def _finite_float(text: str) -> float:
    x = float(text)
    if x != x or x in (float("inf"), float("-inf")):
        raise _NonFinite(text[:20])
    return x


def parse_json_strict(data: bytes) -> Any:
    """JSON as clbench writes it: UTF-8, no NaN/Infinity literals, no number beyond float range (``1e999``
    would silently become inf). Raises ValueError (UnicodeDecodeError, json.JSONDecodeError, _NonFinite) or
    RecursionError."""
    text = data.decode("utf-8")
    return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)


def _load_record(path: Path, require_signature: bool | None) -> dict:
    try:
        if path.stat().st_size > MAX_RECORD_BYTES:
            raise RecordError(f"record {path} is {path.stat().st_size // 2**20} MB, far larger than any clbench "
                              "record; it is not a clbench record: delete it.")
        data = path.read_bytes()
    except OSError as e:
        raise RecordError(f"record {path} cannot be read ({e.strerror}).") from None
    try:
        record = parse_json_strict(data)
    except UnicodeDecodeError as e:
        raise RecordError(f"record {path} is not UTF-8 text (a bad byte at offset {e.start}): it is corrupt; re-run "
                          "it or delete it.") from None
    except _NonFinite as e:
        raise RecordError(f"record {path} holds the non-finite number {e} (clbench writes a missing value as null); "
                          "it is corrupt: re-run it or delete it.") from None
    except ValueError:  # JSONDecodeError, and integers longer than Python converts
        raise RecordError(f"record {path} is not valid JSON (truncated or corrupt); re-run it or delete it.") from None
    if not isinstance(record, dict):
        raise RecordError(f"record {path} is not a JSON object; it is not a clbench record.")
    if record.get("schema") != SCHEMA:
        raise RecordError(
            f"record {path} has schema {record.get('schema')!r}, this clbench reads {SCHEMA!r}; "
            "re-run it with this version."
        )
    missing = [k for k in REQUIRED if k not in record]
    if missing:
        raise RecordError(f"record {path} lacks the field '{missing[0]}'; it is incomplete.")
    if content_hash(record) != record["hash"]:
        raise RecordError(
            f"record {path} does not match its hash: its content was changed after it was written; "
            "restore the original or re-run it."
        )
    problem = record_problem(record)
    if problem:
        raise RecordError(f"record {path} {problem}; it cannot be trusted: re-run it.")
    key_file = publisher_key_file(path)
    if require_signature or (require_signature is None and key_file is not None):
        status = signature_status(path, record, [key_file] if key_file else None)
        if status["signature"] != "valid":
            governed = f"publisher key {key_file}" if key_file else "a trusted key"
            raise RecordError(f"record {path} must be signed by {governed} but its signature is "
                              f"{status['signature']} ({status['why']}); sign it with 'clbench sign' or remove it.")
    return record


# --------------------------------------------------------------------------------------- content checks
_RECOMPUTED = ("final_average_accuracy", "average_incremental_accuracy", "forgetting", "bwt", "fwt", "a_auc",
               "task_aware_final_average_accuracy")
_METRIC_TOL = 1e-9  # the stored metrics are the same float sums re-done: only the last bit may differ
MAX_CLOCK_SKEW = timedelta(days=1)


def _nan(rows):
    return [[float("nan") if v is None else float(v) for v in row] for row in rows]


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= _METRIC_TOL


def recomputed_metrics(record: dict) -> dict[str, float | None]:
    """The metrics that are pure functions of the record's matrices and curves (clbench/metrics.py)."""
    from clbench import metrics as M
    from clbench.io import json_safe

    R = _nan(record["accuracy_matrix"])
    anytime = record.get("anytime") or None
    base = record.get("random_init_accuracy")
    base = [float("nan") if v is None else v for v in base] if base is not None else None
    out = M.all_metrics(R, base, anytime["accuracy"] if anytime else None, anytime["samples"] if anytime else None)
    ta = record.get("task_aware_accuracy_matrix")
    out["task_aware_final_average_accuracy"] = M.final_average_accuracy(_nan(ta)) if ta else None
    return json_safe(out)


def _parse_time(stamp: str) -> datetime | None:
    try:
        t = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def record_problem(record: dict) -> str | None:
    """What makes ``record`` untrustworthy, as the end of a sentence ("breaks ..."), or None.

    Every check is one a forger who recomputes the hash must also get right; each is named in
    docs/integrity.md. Accuracy ranges are the schema's (fractions in [0, 1]).
    """
    import jsonschema

    try:
        validate_schema(record)
    except jsonschema.ValidationError as e:
        where = "/".join(str(p) for p in e.absolute_path) or "the top level"
        return f"breaks the published schema at {where} ({e.message[:160]})"
    for part in ("method", "benchmark"):
        if record[part]["name"] != record[part]["config"].get("name"):
            return (f"names {part} '{record[part]['name']}' but its {part} config is "
                    f"'{record[part]['config'].get('name')}'")
    ident_hash = config_hash(record_identity(record))
    if record["provenance"]["config_hash"] != ident_hash:
        return "has a config_hash that is not the hash of its method, benchmark and seed"
    prefix = f"{record['benchmark']['name']}-{record['method']['name']}-s{record['seed']}-{ident_hash[:8]}-"
    if not record["id"].startswith(prefix):
        return f"has the id '{record['id']}', which does not name its own benchmark, method, seed and config hash"
    sc = record["scenario"]
    n = sc["n_experiences"]
    R = record["accuracy_matrix"]
    complete = record["status"] == "complete"
    if (complete and len(R) != n) or len(R) > n:
        return f"has {len(R)} rows in its accuracy matrix for a {n}-experience scenario"
    if any(len(row) != n for row in R):
        return f"has an accuracy matrix row whose length is not the scenario's {n} experiences"
    ta = record.get("task_aware_accuracy_matrix")
    if ta is not None and (len(ta) != len(R) or any(len(row) != n for row in ta)):
        return "has a task-aware accuracy matrix whose shape is not the accuracy matrix's"
    base = record.get("random_init_accuracy")
    if base is not None and len(base) != n:
        return f"has {len(base)} random-init accuracies for a {n}-experience scenario"
    if len(sc["classes_per_experience"]) != n:
        return "lists classes for another number of experiences than its scenario has"
    anytime = record.get("anytime")
    if anytime and len(anytime["samples"]) != len(anytime["accuracy"]):
        return "has an anytime curve with different numbers of samples and accuracies"
    integrity = sc.get("integrity")
    if integrity and integrity.get("class_order_sha256") != digest_json(sc["class_order"]):
        return "has a class-order digest that does not match its class order"
    if complete:
        try:
            again = recomputed_metrics(record)
        except (ValueError, TypeError, ZeroDivisionError):
            return "has matrices from which its metrics cannot be computed"
        for key in _RECOMPUTED:
            if key not in record["metrics"] and key == "a_auc":
                continue
            if not _same(record["metrics"].get(key), again.get(key)):
                return (f"states {key} = {record['metrics'].get(key)} but its matrices give {again.get(key)}")
    started, finished = (_parse_time(record["provenance"][k]) for k in ("started_at", "finished_at"))
    if started is None or finished is None:
        return "has an unreadable start or finish time"
    if finished < started:
        return "finished before it started"
    if finished > datetime.now(timezone.utc) + MAX_CLOCK_SKEW:
        return f"is dated {record['provenance']['finished_at']}, in the future"
    return None


def digest_json(obj: Any) -> str:
    return hashlib.sha256(canonical(obj).encode()).hexdigest()


# ---------------------------------------------------------------------------------------------- signing
SIG_SUFFIX, STAMP_SUFFIX = ".sig", ".verified"
SIGNATURE_SCHEMA, STAMP_SCHEMA = "clbench.signature/1", "clbench.verification/1"
PUBLISHER_KEY_NAME = "publisher.pub"  # in a records folder's parent: that folder's records must be signed
KEY_ENV = "CLBENCH_SIGNING_KEY"  # path of the private ed25519 key (PEM) that `clbench sign` uses
TRUSTED_ENV = "CLBENCH_TRUSTED_KEYS"  # public keys (PEM paths, os.pathsep-separated) trusted everywhere


def sidecar(path: str | Path, suffix: str) -> Path:
    path = Path(path)
    return path.with_name(path.stem + suffix)


def publisher_key_file(path: str | Path) -> Path | None:
    """The public key that governs the record at ``path``: ``publisher.pub`` in its folder or the folder
    above (``leaderboard/publisher.pub`` for ``leaderboard/records/*.json``), else None."""
    folder = Path(path).resolve().parent
    for d in (folder, folder.parent):
        if (d / PUBLISHER_KEY_NAME).is_file():
            return d / PUBLISHER_KEY_NAME
    return None


def _crypto():
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ed25519
    except ImportError:  # pragma: no cover - a declared dependency
        raise ClbenchError("signing needs the 'cryptography' package; pip install cryptography.") from None
    return serialization, ed25519


_PEM_END = b"-----END PUBLIC KEY-----"


def load_public_keys(path: str | Path) -> list:
    """Every ed25519 public key in the PEM file ``path``, in file order.

    A publisher file may hold several: a rotated key is *added* (the private half of the old one was lost, or
    retired), so records signed with the old key keep verifying and new ones are signed with the new key.
    Text outside the PEM blocks (a comment saying when and why a key was added) is ignored."""
    serialization, ed25519 = _crypto()
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise ClbenchError(f"public key {path} cannot be read ({e}); pass an ed25519 PEM public key.") from None
    blocks = [b[b.index(b"-----BEGIN PUBLIC KEY-----"):] + _PEM_END
              for b in data.split(_PEM_END) if b"-----BEGIN PUBLIC KEY-----" in b]
    if not blocks:
        raise ClbenchError(f"public key {path} holds no PEM public key; pass an ed25519 PEM public key.")
    keys = []
    for block in blocks:
        try:
            key = serialization.load_pem_public_key(block)
        except ValueError as e:
            raise ClbenchError(f"public key {path} cannot be read ({e}); pass an ed25519 PEM public key.") from None
        if not isinstance(key, ed25519.Ed25519PublicKey):
            raise ClbenchError(f"public key {path} is not an ed25519 key.")
        keys.append(key)
    return keys


def load_private_key(path: str | Path | None = None):
    serialization, ed25519 = _crypto()
    path = path or os.environ.get(KEY_ENV)
    if not path:
        raise ClbenchError(f"no signing key: pass --key PATH or set {KEY_ENV} (make one with 'clbench sign "
                           "--new-key PATH', kept outside the repository).")
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as e:
        raise ClbenchError(f"signing key {path} cannot be read ({e}).") from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise ClbenchError(f"signing key {path} is not an ed25519 key.")
    return key


def public_pem(key) -> bytes:
    serialization, _ = _crypto()
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def key_id(public_key) -> str:
    serialization, _ = _crypto()
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def new_key(path: str | Path) -> Path:
    """Write a new ed25519 private key to ``path`` (mode 0600) and its public key to ``path.pub``."""
    serialization, ed25519 = _crypto()
    path = Path(path)
    if path.exists():
        raise ClbenchError(f"{path} exists; refusing to overwrite a key.")
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    pub = path.with_name(path.name + ".pub")
    pub.write_bytes(public_pem(key.public_key()))
    return pub


def _signed_message(kind: str, payload: dict) -> bytes:
    return f"{kind}\n".encode() + canonical(payload).encode()


class UncommittedCode(RecordError):
    """A record whose run used code that differed from its commit: not signed (exit 2)."""


@functools.cache
def _content_committed(module: str, sha256: str) -> bool:
    """Whether some commit of this checkout holds ``module``'s file with exactly this content (sha256)."""
    root = Path(__file__).resolve().parent.parent
    for rel in (module.replace(".", "/") + ".py", module.replace(".", "/") + "/__init__.py"):
        try:
            log = subprocess.run(["git", "-C", str(root), "log", "--format=%H", "--", rel],
                                 capture_output=True, text=True, timeout=30)
            for commit in log.stdout.split() if log.returncode == 0 else []:
                blob = subprocess.run(["git", "-C", str(root), "show", f"{commit}:{rel}"], capture_output=True,
                                      timeout=10)
                if blob.returncode == 0 and hashlib.sha256(blob.stdout).hexdigest() == sha256:
                    return True
        except (OSError, subprocess.SubprocessError):
            return False
    return False


def uncommitted_code(record: dict) -> list[str]:
    """The run's own code files (``provenance.code_files``: the method's, the protocol's and the source's
    module) that differed from the record's commit when it ran and whose content (sha256) no commit of this
    checkout holds, as ``"<module> (<state>)"``: the code that made the numbers is nowhere to re-run.

    Only those files: a record is made in a tree where other files may be dirty (``git_commit`` ends in
    ``-dirty`` then), which says nothing about the run, and the record names no other file it used. A file
    edited when the run started and committed unchanged afterwards (a helper's run while it committed) is
    committed code: not counted.
    """
    files = (record.get("provenance") or {}).get("code_files") or []
    return [f"{f.get('module', '?')} ({f['state']})" for f in files
            if f.get("state") in ("modified", "untracked", "ignored")
            and not (f.get("sha256") and _content_committed(str(f.get("module")), str(f["sha256"])))]


def sign_record(path: str | Path, private_key) -> Path:
    """Write ``<record>.sig``: an ed25519 signature over the record's id and hash (the hash covers the rest).

    Refused (:class:`UncommittedCode`) for a record made from uncommitted edits to its own code files: its
    commit does not hold the code that made its numbers, so nobody could re-run it from the board.
    """
    record = load_record(path, require_signature=False)
    changed = uncommitted_code(record)
    if changed:
        commit = (record.get("provenance") or {}).get("git_commit")
        raise UncommittedCode(
            f"{Path(path).name} was made from uncommitted code ({', '.join(changed)} at commit {commit}, "
            "content in no commit); commit the code and re-run the record from a clean tree before signing it.")
    payload = {"record": record["id"], "hash": record["hash"]}
    sig = private_key.sign(_signed_message(SIGNATURE_SCHEMA, payload))
    out = sidecar(path, SIG_SUFFIX)
    atomic_write_json(out, {"schema": SIGNATURE_SCHEMA, **payload, "alg": "ed25519",
                            "key_id": key_id(private_key.public_key()), "signed_at": now(),
                            "signature": base64.b64encode(sig).decode()})
    return out


def _trusted_keys(extra: list[Path] | None) -> list:
    paths = list(extra or [])
    paths += [Path(p) for p in os.environ.get(TRUSTED_ENV, "").split(os.pathsep) if p]
    return [k for p in paths for k in load_public_keys(p)]


def _check_signature(doc: dict, kind: str, payload: dict, keys: list) -> tuple[str, str, str | None]:
    from cryptography.exceptions import InvalidSignature

    try:
        sig = base64.b64decode(doc["signature"], validate=True)
    except (KeyError, TypeError, ValueError):
        return "invalid", "the signature is not base64", None
    for key in keys:
        if key_id(key) != doc.get("key_id"):
            continue
        try:
            key.verify(sig, _signed_message(kind, payload))
        except InvalidSignature:
            return "invalid", f"it does not verify with key {doc.get('key_id')}", None
        return "valid", f"signed by key {doc.get('key_id')}", doc.get("key_id")
    return "untrusted", f"key {doc.get('key_id')} is not a trusted key", None


def signature_status(path: str | Path, record: dict, public_keys: list[Path] | None = None) -> dict:
    """{'signature': 'valid' | 'missing' | 'invalid' | 'untrusted', 'signer': key id or None, 'why': ...}.

    Trusted keys: ``public_keys`` (default: the publisher key governing the record's folder), plus those
    named in ``$CLBENCH_TRUSTED_KEYS``.
    """
    if public_keys is None:
        governing = publisher_key_file(path)
        public_keys = [governing] if governing else []
    sig_path = sidecar(path, SIG_SUFFIX)
    if not sig_path.is_file():
        return {"signature": "missing", "signer": None, "why": f"no {sig_path.name} beside it"}
    try:
        doc = json.loads(sig_path.read_text())
    except (OSError, json.JSONDecodeError, UnicodeDecodeError):
        return {"signature": "invalid", "signer": None, "why": f"{sig_path.name} is not valid JSON"}
    if not isinstance(doc, dict) or doc.get("schema") != SIGNATURE_SCHEMA or doc.get("alg") != "ed25519":
        return {"signature": "invalid", "signer": None, "why": f"{sig_path.name} is not a clbench signature"}
    payload = {"record": record["id"], "hash": record["hash"]}
    if doc.get("hash") != record["hash"] or doc.get("record") != record["id"]:
        return {"signature": "invalid", "signer": None, "why": "it was made for other content"}
    keys = _trusted_keys(public_keys)
    if not keys:
        return {"signature": "untrusted", "signer": None, "why": "no trusted public key is known"}
    state, why, signer = _check_signature(doc, SIGNATURE_SCHEMA, payload, keys)
    return {"signature": state, "signer": signer, "why": why}


# ------------------------------------------------------------------------------------- verification stamps
def verifier() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def write_stamp(path: str | Path, record: dict, stamp: dict, private_key=None) -> Path:
    """Append a verification stamp to ``<record>.verified`` (a JSON list: every re-run that was made).

    With a key, the stamp is signed, so a board can tell a stamp of a trusted verifier from one anybody wrote.
    """
    stamp = {"schema": STAMP_SCHEMA, "record": record["id"], "hash": record["hash"], **stamp}
    if private_key is not None:
        stamp["key_id"] = key_id(private_key.public_key())
        stamp["signature"] = base64.b64encode(private_key.sign(_signed_message(STAMP_SCHEMA, stamp))).decode()
    out = sidecar(path, STAMP_SUFFIX)
    stamps = read_stamps(path)
    atomic_write_json(out, stamps + [stamp])
    return out


def read_stamps(path: str | Path) -> list[dict]:
    p = sidecar(path, STAMP_SUFFIX)
    try:
        data = json.loads(p.read_text())
    except (OSError, json.JSONDecodeError, UnicodeDecodeError):
        return []
    return [s for s in data if isinstance(s, dict)] if isinstance(data, list) else []


def integrity_status(path: str | Path, record: dict, public_keys: list[Path] | None = None) -> dict:
    """What a board shows beside a record: its signature state and its latest re-verification.

    ``{"signature": 'valid'|'missing'|'invalid'|'untrusted', "signer": key id or None,
    "verified": the latest stamp for this exact content whose result is 'verified' (or None),
    "verified_signed": whether that stamp carries a valid signature of a trusted key,
    "mismatch": the latest stamp saying 'mismatch' for this content, if newer than the last success}``.
    """
    status = signature_status(path, record, public_keys)
    stamps = [s for s in read_stamps(path) if s.get("hash") == record["hash"] and s.get("record") == record["id"]]
    ok = [s for s in stamps if s.get("result") == "verified"]
    bad = [s for s in stamps if s.get("result") == "mismatch"]
    latest = ok[-1] if ok else None
    signed = False
    if latest and latest.get("signature"):
        keys = _trusted_keys(public_keys if public_keys is not None else
                             [k for k in [publisher_key_file(path)] if k])
        unsigned = {k: v for k, v in latest.items() if k not in ("signature",)}
        signed = bool(keys) and _check_signature(latest, STAMP_SCHEMA, unsigned, keys)[0] == "valid"
    newer_bad = bad[-1] if bad and (not latest or stamps.index(bad[-1]) > stamps.index(latest)) else None
    return {**status, "verified": latest, "verified_signed": signed, "mismatch": newer_bad}


_validator = None


def _inline_refs(node: Any, defs: dict) -> Any:
    """The schema with its local ``#/$defs/...`` references replaced by their targets (none is recursive):
    the same rules, but jsonschema no longer resolves a reference for every matrix entry (10x faster)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            rest = {k: v for k, v in node.items() if k != "$ref"}
            target = _inline_refs(defs[ref.split("/")[-1]], defs)
            return {"allOf": [target, _inline_refs(rest, defs)]} if rest else target
        return {k: (v if k == "$defs" else _inline_refs(v, defs)) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


def validate_schema(record: dict) -> None:
    """Validate against the published JSON Schema (raises jsonschema.ValidationError, the most relevant
    error first). The validator is built once: building it (and checking the schema) per record was 99% of
    the time to load a board."""
    global _validator
    import jsonschema

    if _validator is None:
        schema = json.loads(SCHEMA_FILE.read_text())
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(_inline_refs(schema, schema.get("$defs", {})))
    error = jsonschema.exceptions.best_match(_validator.iter_errors(record))
    if error is not None:
        raise error


# ------------------------------------------------------------------------------------------ clbench sign
def record_paths(paths: list[str]) -> list[Path]:
    """The record files named by ``paths``: files as given, directories searched for records (used by
    ``clbench sign`` and ``clbench verify``)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = {q for q in p.rglob("*.json") if q.parent.name == "records" and ".sweeps" not in q.parts}
            found |= set(p.glob("*.json"))
            if not found:
                raise ClbenchError(f"{p} holds no record (*.json in a records folder); pass a record or a results "
                                   "directory.")
            out.extend(sorted(found))
        else:
            out.append(p)  # a missing file is refused by load_record, by name
    return out


def sign_main(argv: list[str] | None = None) -> int:
    """``clbench sign``: sign records (``<record>.sig``), make a key, or check signatures.

        clbench sign RECORD_OR_DIR... [--key PRIVATE_KEY]     sign (key default: $CLBENCH_SIGNING_KEY)
        clbench sign --new-key PATH                           new ed25519 key: PATH (0600) and PATH.pub
        clbench sign --check RECORD_OR_DIR... [--pub KEY.pub] say which records are validly signed

    Only records that pass every check of :func:`load_record` are signed, and none made from uncommitted edits
    to its own code files (:func:`uncommitted_code`; exit 2). The private key stays outside
    the repository; its public half is what a board commits (``leaderboard/publisher.pub``).
    """
    import argparse

    parser = argparse.ArgumentParser(prog="clbench sign", description=sign_main.__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="record files or directories")
    parser.add_argument("--key", default=None, help=f"private ed25519 key (PEM); default ${KEY_ENV}")
    parser.add_argument("--new-key", metavar="PATH", default=None, help="write a new key pair and exit")
    parser.add_argument("--check", action="store_true", help="check signatures instead of signing")
    parser.add_argument("--pub", action="append", default=None, help="trusted public key (PEM), repeatable")
    args = parser.parse_args(argv)
    if args.new_key:
        pub = new_key(args.new_key)
        print(f"private key: {args.new_key} (mode 0600: keep it out of any repository)\npublic key: {pub}")
        return 0
    if not args.paths:
        raise ClbenchError("name the records to sign (files or directories), or --new-key PATH.")
    paths = record_paths(args.paths)
    if args.check:
        bad = 0
        for p in paths:
            try:
                rec = load_record(p, require_signature=False)
            except RecordError as e:
                bad += 1
                print(f"REFUSED  {p}: {e}")
                continue
            st = signature_status(p, rec, [Path(k) for k in args.pub] if args.pub else None)
            bad += st["signature"] != "valid"
            print(f"{st['signature'].upper():<9}{p}: {st['why']}")
        print(f"sign --check: {len(paths) - bad} of {len(paths)} records validly signed.")
        return 0 if not bad else 1
    key = load_private_key(args.key)
    refused = uncommitted = 0
    for p in paths:
        try:
            out = sign_record(p, key)
        except RecordError as e:
            refused += 1
            uncommitted += isinstance(e, UncommittedCode)
            print(f"not signed: {e}", file=sys.stderr)
            continue
        print(out)
    print(f"signed {len(paths) - refused} of {len(paths)} records with key {key_id(key.public_key())}.",
          file=sys.stderr)
    return 2 if uncommitted else 1 if refused else 0


def integrity_label(pairs: list[tuple[Path, dict]]) -> str:
    """A board cell for a row's records: how many are validly signed and how many re-verified, e.g.
    ``signed 3/3, re-verified 1/3`` (a stamp counts when it is for the record's exact content)."""
    if not pairs:
        return "–"
    status = [integrity_status(p, r) for p, r in pairs]
    signed = sum(s["signature"] == "valid" for s in status)
    verified = sum(s["verified"] is not None and s["mismatch"] is None for s in status)
    n = len(pairs)
    return f"signed {signed}/{n}, re-verified {verified}/{n}"
