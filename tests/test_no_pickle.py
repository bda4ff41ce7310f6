"""Nothing clbench reads back is unpickled in full (issue 21): checkpoints of Avalanche-adapter runs and of
LoRA learners, and the pickles shipped inside the MNIST / Animal-MNIST packages.

Each attack plants a payload whose unpickling writes a marker file; the marker must never appear and the run
must end with one sentence (a :class:`~clbench.errors.ClbenchError`). The strongest attacker is assumed
where it matters: the planted checkpoint carries a *valid* MAC (as if the local key had leaked), so the
loader's own restrictions, not the MAC, are what stop it. A static test keeps every clbench, methods and
benchmarks module from calling an unrestricted unpickler.
"""

from __future__ import annotations

import ast
import collections
import functools
import gzip
import io
import logging
import pickle
from pathlib import Path

import numpy as np
import pytest
import torch

from clbench import plainstate, trust
from clbench.errors import ClbenchError
from clbench.runner import CHECKPOINT, CHECKPOINT_KIND, default_run_dir, run, run_identity

ROOT = Path(__file__).resolve().parents[1]
AVALANCHE = ["method=ewc", "benchmark=split_digits", "method.epochs=1", "benchmark.protocol_args.n_experiences=2",
             "method.strategy_args.ewc_lambda=1.0"]
TINY_LM = "{d_model:16,n_layers:1,n_heads:2,max_len:48,steps:3,batch_size:8}"
LORA = ["method=lora_seq", "benchmark=instruction_stream", f"++method.lm={TINY_LM}", "method.epochs=1",
        "method.max_new_tokens=4", "+benchmark.source_args.tasks=[copy,add,reverse]",
        "benchmark.source_args.n_train=8", "benchmark.source_args.n_test=3"]


@pytest.fixture(autouse=True, scope="module")
def private_key_and_cache(tmp_path_factory):
    """This module's own local key and cache directory (nothing of the user's is read or written)."""
    import clbench.cache

    home = tmp_path_factory.mktemp("keys_and_cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLBENCH_LOCAL_KEY", str(home / "local.key"))
        mp.setenv("CLBENCH_CACHE", str(home / "cache"))
        mp.setattr(clbench.cache, "_memory", {})
        trust._key_cache.clear()
        yield
    trust._key_cache.clear()


class Payload:
    """Unpickling this runs code: it writes the marker file (what an attacker would make run anything)."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('pwned')",))


def _cfg(overrides: list[str], results: Path) -> dict:
    from clbench.cli import compose

    return compose([f"results_dir={results}", "progress=false", "console=false", *overrides])


def _interrupted(cfg: dict, after: int = 1) -> bytes:
    """Run ``cfg`` until experience ``after`` is checkpointed, then stop it as Ctrl-C would; the checkpoint."""
    import clbench.runner

    calls = []

    def stop(point: str) -> None:
        if point == "train":
            calls.append(point)
            if len(calls) > after:
                raise KeyboardInterrupt

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(clbench.runner, "fault_point", stop)
        with pytest.raises(KeyboardInterrupt):
            run(cfg, echo=lambda s: None)
    return (default_run_dir(cfg) / CHECKPOINT).read_bytes()


def _stopped_run(made: tuple, tmp_path: Path) -> tuple[dict, dict, Path]:
    """A run of the fixture's config in ``tmp_path`` whose directory holds the genuine checkpoint."""
    overrides, clean, data = made
    cfg = _cfg(overrides, tmp_path)
    ckpt = default_run_dir(cfg) / CHECKPOINT
    ckpt.parent.mkdir(parents=True)
    ckpt.write_bytes(data)
    return clean, cfg, ckpt


def _payload_of(ckpt: Path) -> dict:
    """The checkpoint's content, read the way the runner reads it (restricted)."""
    return trust.loads(ckpt.read_bytes(), CHECKPOINT_KIND, trust.header_key(ckpt.read_bytes(), CHECKPOINT_KIND))


def _one_sentence(e: pytest.ExceptionInfo) -> str:
    text = str(e.value)
    assert "\n" not in text and text.endswith(".") and "Traceback" not in text
    return text


# ------------------------------------------------------------------------------- an Avalanche-adapter run
@pytest.fixture(scope="module")
def avalanche_made(tmp_path_factory):
    """An uninterrupted EWC run's record, and the checkpoint of the same config stopped after experience 1."""
    pytest.importorskip("avalanche")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        clean = json_record(run(_cfg(AVALANCHE, tmp_path_factory.mktemp("clean")), echo=lambda s: None))
        data = _interrupted(_cfg(AVALANCHE, tmp_path_factory.mktemp("stopped")))
    finally:
        torch.set_num_threads(threads)
    return AVALANCHE, clean, data


@pytest.fixture
def avalanche_runs(avalanche_made, tmp_path, one_torch_thread):
    return _stopped_run(avalanche_made, tmp_path)


def json_record(path: Path) -> dict:
    import json

    return json.loads(path.read_text())


def test_an_avalanche_checkpoint_names_no_global_and_resumes_bit_identically(avalanche_runs):
    clean, cfg, ckpt = avalanche_runs
    _, payload = trust.read_header(ckpt.read_bytes(), CHECKPOINT_KIND)
    # plain data only: weights_only=True reads it without allowing a single class or function
    assert torch.serialization.get_unsafe_globals_in_checkpoint(io.BytesIO(payload)) == []
    torch.load(io.BytesIO(payload), weights_only=True)
    resumed = json_record(run(cfg, echo=lambda s: None))
    assert resumed["accuracy_matrix"] == clean["accuracy_matrix"]
    assert resumed["metrics"] == clean["metrics"]


def test_an_old_pickled_avalanche_checkpoint_is_refused_with_the_fix_and_never_runs(avalanche_runs, tmp_path):
    # what a clbench before plain state wrote: the strategy pickled as objects, behind this user's own MAC
    _, cfg, ckpt = avalanche_runs
    marker = tmp_path / "marker"
    state = _payload_of(ckpt)
    h = run_identity(cfg)[1]
    ckpt.write_bytes(trust.dumps({**state, "learner": {"strategy": Payload(marker)}}, CHECKPOINT_KIND, h))
    with pytest.raises(ClbenchError) as e:
        run(cfg, echo=lambda s: None)
    text = _one_sentence(e)
    assert text.startswith(f"checkpoint {ckpt} holds pickled objects, which clbench no longer loads (")
    assert text.endswith("; delete it or pass rerun=true to start this run over.")
    assert not marker.exists()


# nodes an attacker with the key would splice into an Avalanche plain state: each names something that would
# run code or touch files if the decoder called, imported or constructed it
GADGETS = {
    "exec": {"__t": "global", "v": "builtins:exec"},
    "os.system": {"__t": "global", "v": "os:system"},
    "posix.system": {"__t": "global", "v": "posix:system"},
    "torch.load": {"__t": "global", "v": "torch:load"},
    "torch.hub.load": {"__t": "global", "v": "torch.hub:load"},
    "subprocess.Popen object": {"__t": "obj", "n": 10**6, "c": "subprocess:Popen", "s": None},
    "logging.FileHandler object": {"__t": "obj", "n": 10**6, "c": "logging:FileHandler", "s": None},
    "a dunder method": {"__t": "method", "o": {"__t": "obj", "n": 10**6, "c": "torch.nn:Identity", "s": None},
                        "m": "__init__"},
    "a method the class lacks": {"__t": "method", "o": {"__t": "list", "n": 10**6, "v": []}, "m": "system"},
    "an object dtype array": {"__t": "ndarray", "n": 10**6, "d": "|O", "s": [1],
                              "v": torch.zeros(8, dtype=torch.uint8)},
    "a class's dunder": {"__t": "global", "v": "torch.nn:Module.__init__"},
    # an allowed module's attributes include what it imported: os and pickle through clbench.trust
    "os.system via clbench.trust": {"__t": "global", "v": "clbench.trust:os.system"},
    "pickle.loads via clbench.trust": {"__t": "global", "v": "clbench.trust:pickle.loads"},
    "a foreign function imported by an allowed module": {"__t": "global", "v": "clbench.nn:import_module"},
    "a foreign class imported by an allowed module": {"__t": "obj", "n": 10**6, "c": "clbench.trust:Path", "s": None},
    # allowed packages, denied names: code loaders and a logger that writes files when a strategy calls it
    "torch.jit.load": {"__t": "global", "v": "torch.jit:load"},
    "torch._C function": {"__t": "global", "v": "torch._C:_load_for_lite_interpreter"},
    "avalanche TextLogger object": {"__t": "obj", "n": 10**6, "c": "avalanche.logging:TextLogger", "s": None},
}


# through a whole resume for a few; test_plain_state_refuses_every_gadget takes each of them to the decoder
@pytest.mark.parametrize("gadget", ["exec", "os.system", "subprocess.Popen object", "avalanche TextLogger object"])
def test_a_gadget_spliced_into_a_signed_avalanche_checkpoint_is_refused_in_one_sentence(avalanche_runs, gadget):
    _, cfg, ckpt = avalanche_runs
    state = _payload_of(ckpt)
    tree = state["learner"]["plainstate"]
    keys, values = tree["k"], tree["v"]
    keys.append("evil")
    values.append(GADGETS[gadget])
    ckpt.write_bytes(trust.dumps(state, CHECKPOINT_KIND, run_identity(cfg)[1]))
    with pytest.raises(ClbenchError) as e:
        run(cfg, echo=lambda s: None)
    text = _one_sentence(e)
    assert text.startswith(f"checkpoint {ckpt} does not fit method 'ewc' (StateError: the state ")
    assert text.endswith("delete it to start this run over, or pass rerun=true.")


def test_a_planted_unsigned_avalanche_checkpoint_never_runs(avalanche_runs, tmp_path):
    _, cfg, ckpt = avalanche_runs
    marker = tmp_path / "marker"
    buf = io.BytesIO()
    torch.save({"config_hash": run_identity(cfg)[1], "learner": Payload(marker)}, buf)
    ckpt.write_bytes(buf.getvalue())
    with pytest.raises(ClbenchError, match=r"is not a clbench checkpoint; delete it to start this run over\.$"):
        run(cfg, echo=lambda s: None)
    assert not marker.exists()


# ------------------------------------------------------------------------------------- a LoRA learner
@pytest.fixture
def lora_runs(tmp_path, one_torch_thread):
    clean = json_record(run(_cfg(LORA, tmp_path / "clean"), echo=lambda s: None))
    data = _interrupted(_cfg(LORA, tmp_path / "stopped"))
    return _stopped_run((LORA, clean, data), tmp_path / "resumed")


def test_a_lora_checkpoint_loads_restricted_resumes_identically_and_a_planted_payload_never_runs(lora_runs,
                                                                                                 tmp_path):
    clean, cfg, ckpt = lora_runs
    state = _payload_of(ckpt)  # the restricted loader reads the genuine one
    assert any(k.startswith("base_model") or "lora_" in k for k in state["learner"]["lora_state"])
    genuine = ckpt.read_bytes()
    marker = tmp_path / "marker"
    planted = {**state, "learner": {**state["learner"], "lora_state": Payload(marker)}}
    ckpt.write_bytes(trust.dumps(planted, CHECKPOINT_KIND, run_identity(cfg)[1]))  # a valid MAC, even
    with pytest.raises(ClbenchError) as e:
        run(cfg, echo=lambda s: None)
    assert "holds pickled objects" in _one_sentence(e) and "names builtins.exec" in str(e.value)
    assert not marker.exists()
    ckpt.write_bytes(genuine)
    resumed = json_record(run(cfg, echo=lambda s: None))
    assert resumed["accuracy_matrix"] == clean["accuracy_matrix"]


def test_a_hugging_face_lora_learner_state_loads_with_the_restricted_loader(tmp_path, one_torch_thread):
    """The Gemma path: the HF tokenizer (an object graph of tokenizers/transformers classes) stays out of the
    state, which holds the adapters and plain values only, so the resume needs no full unpickle."""
    pytest.importorskip("peft")
    pytest.importorskip("transformers")
    from test_llm import experience, learner, tiny_gemma_dir

    from methods.lora_seq import LoRASeq

    path = tiny_gemma_dir(tmp_path / "gemma")
    a = learner(LoRASeq, path)
    a.train_experience(experience(0, "do it"))
    data = trust.dumps({"learner": a.state_dict()}, CHECKPOINT_KIND, "k")
    b = learner(LoRASeq, path)
    b.load_state_dict(trust.loads(data, CHECKPOINT_KIND, "k")["learner"])  # restricted only
    prompts = experience(1, "say it").test_x
    assert b.predict(prompts) == a.predict(prompts)


def test_numpy_arrays_in_a_learner_state_load_restricted():
    """adapt_inf keeps NumPy arrays in its state: they load through the restricted loader (NumPy's array
    globals and dtype classes only) with dtype, shape and values intact."""
    arrays = {d: np.arange(6).astype(d).reshape(2, 3) for d in ("float64", "float32", "int64", "uint8", "bool")}
    data = trust.dumps({"learner": {"a": arrays, "scalar": np.float64(2.5)}}, CHECKPOINT_KIND, "k")
    back = trust.loads(data, CHECKPOINT_KIND, "k")["learner"]
    for d, a in arrays.items():
        assert back["a"][d].dtype == a.dtype and (back["a"][d] == a).all()
    assert back["scalar"] == 2.5


def test_the_restricted_loader_refuses_a_class_an_allowed_module_merely_imported(tmp_path):
    # pickle names a class by where it lives; a file that names it through an allowed module (clbench.trust
    # imports pathlib.Path) is a forgery, and the class is not clbench's
    assert trust.allowed_global("clbench.trust.Path") is None and trust.allowed_global("pathlib.Path") is None
    assert trust.allowed_global("clbench.trust.SafeDefaultDict") is trust.SafeDefaultDict


# ----------------------------------------------------------------------------- package data files
def _gz_pickle(path: Path, obj, protocol: int = 4) -> Path:
    # protocol 4 (raw bytes): a Python 3 protocol-2 pickle of an array goes through _codecs.encode, which
    # the real files (Python 2 strings) never name
    with gzip.open(path, "wb") as f:
        pickle.dump(obj, f, protocol=protocol)
    return path


def _fake_mnist(n: int = 4) -> tuple:
    g = np.random.default_rng(0)
    split = lambda: (g.integers(0, 256, (n, 784)).astype(np.float32) / 256, g.integers(0, 10, n))  # noqa: E731
    return split(), split(), split()


def test_the_numpy_only_unpickler_reads_the_mnist_format_and_keeps_every_value(tmp_path, monkeypatch):
    import benchmarks.mnist as mnist

    splits = _fake_mnist()
    monkeypatch.setattr(mnist, "_pkl_path", lambda: _gz_pickle(tmp_path / "mnist.pkl.gz", splits))
    d = mnist._decode()
    assert torch.equal(d["test"][0].view(4, -1), torch.from_numpy(np.rint(splits[2][0] * 256).astype(np.uint8)))
    assert torch.equal(d["train"][1], torch.from_numpy(splits[0][1].astype(np.int64)))


@pytest.mark.parametrize("how", ["payload instead of the splits", "payload inside a split", "object array",
                                 "wrong shape"])
def test_a_planted_mnist_package_file_never_runs_and_is_one_sentence(tmp_path, monkeypatch, how):
    import benchmarks.mnist as mnist

    marker = tmp_path / "marker"
    good = _fake_mnist()
    obj = {"payload instead of the splits": Payload(marker),
           "payload inside a split": (good[0], (good[1][0], Payload(marker)), good[2]),
           "object array": (good[0], good[1], (np.array([1, "x"], dtype=object), good[2][1])),
           "wrong shape": (good[0], good[1])}[how]
    path = _gz_pickle(tmp_path / "mnist.pkl.gz", obj)
    monkeypatch.setattr(mnist, "_pkl_path", lambda: path)
    with pytest.raises(ClbenchError) as e:
        mnist.mnist()  # through the cache, as a run builds it
    text = _one_sentence(e)
    assert text.startswith(f"the MNIST file {path} ")
    assert not marker.exists()
    if how.startswith("payload"):
        assert text == (f"the MNIST file {path} names builtins.exec, which is not part of a NumPy array; "
                        "clbench does not unpickle it (reinstall the package that ships this file).")


@pytest.mark.parametrize("which", ["animal_data_version_3.gz", "animal_label_version_3.gz"])
def test_a_planted_animal_mnist_package_file_never_runs(tmp_path, monkeypatch, which):
    import benchmarks.animal_mnist as animal

    marker = tmp_path / "marker"
    d = tmp_path / "Animal_MNIST"
    d.mkdir()
    _gz_pickle(d / "animal_data_version_3.gz", np.zeros((20, 28, 28), dtype=np.uint8))
    _gz_pickle(d / "animal_label_version_3.gz", np.arange(20) % 10)
    monkeypatch.setattr(animal, "_data_dir", lambda: d)
    x, y = animal._decode()  # the control: the genuine format reads
    assert x.shape == (20, 1, 28, 28) and torch.equal(y, torch.arange(20) % 10)
    _gz_pickle(d / which, [np.zeros(3), Payload(marker)])
    with pytest.raises(ClbenchError) as e:
        animal.animal_mnist(test_per_class=1)
    assert _one_sentence(e).startswith(f"the Animal-MNIST file {d / which} names builtins.exec")
    assert not marker.exists()


def test_the_installed_animal_mnist_files_need_only_the_numpy_globals():
    # what the restricted unpickler allows is what the shipped files use, and it reads them
    import benchmarks.animal_mnist as animal

    seen = []

    class Recording(trust._NumpyOnlyUnpickler):
        def find_class(self, module, name):
            seen.append(f"{module}.{name}")
            return super().find_class(module, name)

    for name in ("animal_data_version_3.gz", "animal_label_version_3.gz"):
        with gzip.open(animal._data_dir() / name, "rb") as f:
            assert isinstance(Recording(f, name).load(), np.ndarray)
    assert seen and set(seen) <= set(trust.NUMPY_ARRAY_GLOBALS)


# -------------------------------------------------------------------------------- clbench.plainstate
def test_plain_state_keeps_identity_cycles_and_every_kind_of_value():
    class_ref = torch.nn.Linear
    lin = torch.nn.Linear(3, 2)
    opt = torch.optim.SGD(lin.parameters(), lr=0.1, momentum=0.9)
    lin(torch.randn(4, 3)).sum().backward()
    opt.step()
    g = torch.Generator().manual_seed(5)
    it = iter([1, 2, 3])
    next(it)
    cyclic: list = []
    cyclic.append(cyclic)
    dd = collections.defaultdict(list, {"a": [1]})
    graph = {"lin": lin, "opt": opt, "same": lin.weight, "gen": g, "np": np.arange(6, dtype=np.int16).reshape(2, 3),
             "npscalar": np.float32(1.5), "partial": functools.partial(torch.zeros, 2), "method": lin.forward,
             "it": it, "cyclic": cyclic, "dd": dd, "cls": class_ref, "dtype": torch.float16,
             "device": torch.device("cpu"), "size": torch.Size([2, 3]), "tuple": (1, "a", None), "set": {3, 4},
             "range": range(1, 9, 2), "slice": slice(1, None), "logger": logging.getLogger("clbench.test")}
    payload = trust.payload_bytes(plainstate.encode(graph))
    assert torch.serialization.get_unsafe_globals_in_checkpoint(io.BytesIO(payload)) == []
    back = plainstate.decode(torch.load(io.BytesIO(payload), weights_only=True))
    assert back["same"] is back["lin"].weight  # one parameter, as in the saved graph
    assert back["opt"].param_groups[0]["params"][0] is back["lin"].weight  # the optimiser steps the model
    assert torch.equal(back["opt"].state[back["lin"].weight]["momentum_buffer"],
                       opt.state[lin.weight]["momentum_buffer"])
    assert torch.equal(torch.rand(3, generator=back["gen"]), torch.rand(3, generator=g))
    assert back["np"].dtype == np.int16 and (back["np"] == graph["np"]).all()
    assert back["npscalar"] == np.float32(1.5) and type(back["npscalar"]) is np.float32
    assert torch.equal(back["partial"](), torch.zeros(2)) and back["method"].__self__ is back["lin"]
    assert list(back["it"]) == [2, 3] and back["cyclic"][0] is back["cyclic"]
    back["dd"]["b"].append(2)
    assert back["dd"] == {"a": [1], "b": [2]} and back["cls"] is torch.nn.Linear
    assert (back["dtype"], back["device"], back["size"]) == (torch.float16, torch.device("cpu"), torch.Size([2, 3]))
    assert back["tuple"] == (1, "a", None) and back["set"] == {3, 4}
    assert (back["range"], back["slice"]) == (range(1, 9, 2), slice(1, None))
    assert back["logger"] is logging.getLogger("clbench.test")
    assert torch.equal(back["lin"](torch.ones(1, 3)), lin(torch.ones(1, 3)))


@pytest.mark.parametrize("gadget", list(GADGETS))
def test_plain_state_refuses_every_gadget(gadget):
    with pytest.raises(plainstate.StateError) as e:
        plainstate.decode({"__t": "list", "n": 0, "v": [GADGETS[gadget]]})
    assert "\n" not in str(e.value)


def test_plain_state_refuses_to_save_what_it_could_not_rebuild_safely():
    for bad in (lambda: None, Payload(Path("x")), np.array([object()], dtype=object), open):
        with pytest.raises(plainstate.StateError):
            plainstate.encode({"x": bad})


# ------------------------------------------------------------------------------------------ static check
UNPICKLERS = {("pickle", "load"), ("pickle", "loads"), ("pickle", "Unpickler"), ("_pickle", "load"),
              ("_pickle", "loads"), ("cPickle", "load"), ("dill", "load"), ("dill", "loads"),
              ("joblib", "load"), ("pd", "read_pickle"), ("pandas", "read_pickle"), ("shelve", "open"),
              ("marshal", "load"), ("marshal", "loads"), ("torch.jit", "load")}
# the one place an unpickler may be subclassed: the NumPy-only one that reads the packages' data files
ALLOWED = {("clbench/trust.py", "_NumpyOnlyUnpickler")}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "?"


def _problems(path: Path, root: Path = ROOT) -> list[str]:
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(), filename=rel)
    found = []
    classes = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for child in ast.walk(node):
                classes[id(child)] = node.name
    for node in ast.walk(tree):
        where = f"{rel}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.ImportFrom) and node.module in ("pickle", "_pickle", "dill", "joblib", "marshal"):
            for alias in node.names:
                if alias.name in ("load", "loads", "Unpickler", "*"):
                    found.append(f"{where} imports {node.module}.{alias.name}")
        if isinstance(node, ast.Attribute):
            owner = _dotted(node.value)
            if (owner, node.attr) in UNPICKLERS and (rel, classes.get(id(node))) not in ALLOWED:
                found.append(f"{where} uses {owner}.{node.attr}")
        if isinstance(node, ast.Call):
            name = _dotted(node.func)
            kw = {k.arg: k.value for k in node.keywords}
            if name == "torch.load" or name.endswith("serialization.load"):
                w = kw.get("weights_only")
                if not (isinstance(w, ast.Constant) and w.value is True):
                    found.append(f"{where} calls {name} without weights_only=True")
            if name.split(".")[-1] == "load" and name.split(".")[0] in ("np", "numpy"):
                a = kw.get("allow_pickle")
                if a is not None and not (isinstance(a, ast.Constant) and a.value is False):
                    found.append(f"{where} calls {name} with allow_pickle")
    return found


def test_no_module_calls_an_unrestricted_unpickler():
    files = [p for d in ("clbench", "methods", "benchmarks") for p in sorted((ROOT / d).rglob("*.py"))]
    assert len(files) > 50
    problems = [p for f in files for p in _problems(f)]
    assert problems == []


def test_the_static_check_sees_each_form_it_forbids(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import pickle, torch, numpy as np\nfrom pickle import loads\npickle.load(f)\n"
                   "torch.load(p)\ntorch.load(p, weights_only=False)\nnp.load(p, allow_pickle=True)\n"
                   "class U(pickle.Unpickler):\n    pass\ntorch.load(p, weights_only=True)\n")
    found = _problems(bad, tmp_path)
    assert sorted(int(f.split(":")[1].split()[0]) for f in found) == [2, 3, 4, 5, 6, 7], found
