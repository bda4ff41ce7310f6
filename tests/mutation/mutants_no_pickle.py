# ruff: noqa: E501 - mutants quote whole source lines
"""Mutants of the no-unpickling defences (issue #21): clbench.plainstate's decoder, the NumPy-only unpickler
of the packages' data files, the Avalanche adapter's plain state and the runner's refusal of old pickled
checkpoints; tests/test_no_pickle.py must catch every one."""

TESTS = ["tests/test_no_pickle.py"]

MUTANTS = [
    {"id": "np-unpickler-any-global", "file": "clbench/trust.py",
     "what": "the package-file unpickler falls back to pickle's own find_class for other globals",
     "old": "        raise ClbenchError(f\"{self.what} names {full}, which is not part of a NumPy array; clbench does not \"",
     "new": "        return super().find_class(module, name)\n        raise ClbenchError(f\"{self.what} names {full}, which is not part of a NumPy array; clbench does not \""},
    {"id": "np-object-arrays-ok", "file": "clbench/trust.py", "what": "arrays of Python objects are accepted",
     "old": "        if isinstance(x, np.ndarray) and x.dtype.hasobject:", "new": "        if False:"},
    {"id": "ps-any-builtin", "file": "clbench/plainstate.py", "what": "any builtin (exec, eval, open) may be named",
     "old": "        if qual in _BUILTIN_TYPES:\n            return _BUILTIN_TYPES[qual]\n        raise",
     "new": "        if True:\n            return getattr(__import__(\"builtins\"), qual)\n        raise"},
    {"id": "ps-any-module", "file": "clbench/plainstate.py", "what": "classes and functions of any module may be named",
     "old": "    return module in _ALLOWED_MODULES or module.startswith(ALLOWED_PREFIXES)", "new": "    return True"},
    {"id": "ps-no-denylist", "file": "clbench/plainstate.py", "what": "torch's loaders (torch.load, torch.hub) may be named",
     "old": "    return any(dotted == d or dotted.startswith(d) for d in _DENIED)", "new": "    return False"},
    {"id": "ps-dunders", "file": "clbench/plainstate.py", "what": "dunder attribute paths may be looked up (a.__globals__)",
     "old": "            or not all(p.isidentifier() and not p.startswith(\"__\") for p in qual.split(\".\")):",
     "new": "            or not all(p.isidentifier() for p in qual.split(\".\")):"},
    {"id": "ps-any-home", "file": "clbench/plainstate.py",
     "what": "a name is judged by the path it is reached through, not the module its object lives in",
     "old": "    home = getattr(obj, \"__module__\", None)\n", "new": "    home = module\n"},
    {"id": "ps-through-modules", "file": "clbench/plainstate.py", "what": "a name may walk through a module an allowed one imported",
     "old": "        if isinstance(obj, types.ModuleType):  # never through", "new": "        if False:  # never through",
     "equivalent": "the home check then refuses whatever the walk reaches outside the allowed modules (clbench.trust:os.system is posix's), and inside them it reaches the same objects as their own names; the walk rule is a second wall"},
    {"id": "ps-any-method", "file": "clbench/plainstate.py", "what": "a bound method of any name (dunders too) is looked up",
     "old": "                    and not name.startswith(\"__\") and", "new": "                    and"},
    {"id": "ps-no-memo", "file": "clbench/plainstate.py", "what": "shared objects are written once per reference (identity lost)",
     "old": "        if id(x) in self.memo:\n            return {TAG: \"ref\", \"n\": self.memo[id(x)]}\n        t = type(x)",
     "new": "        if id(x) in self.memo and not isinstance(x, torch.Tensor):\n            return {TAG: \"ref\", \"n\": self.memo[id(x)]}\n        t = type(x)"},
    {"id": "ps-call-class", "file": "clbench/plainstate.py", "what": "objects are made by calling their class (its __init__ runs)",
     "old": "        x = self._put(node, cls.__new__(cls))", "new": "        x = self._put(node, cls())"},
    {"id": "avl-pickled-state", "file": "methods/avalanche_strategies.py", "what": "the adapter checkpoints its objects as before (a pickle)",
     "old": "        return {PLAIN_STATE: plainstate.encode(dict(self.__dict__))}", "new": "        return dict(self.__dict__)"},
    {"id": "runner-old-pickle-vague", "file": "clbench/runner.py", "what": "an old pickled checkpoint gets the generic sentence without the fix",
     "old": "    except trust.UnsafePayload as e:  # this user's own", "new": "    except KeyError as e:  # this user's own"},
    {"id": "mnist-plain-pickle", "file": "benchmarks/mnist.py", "what": "MNIST's file is read with pickle.load again",
     "old": "        splits = load_numpy_pickle(f, f\"the MNIST file {path}\", encoding=\"latin1\")",
     "new": "        splits = __import__(\"pickle\").load(f, encoding=\"latin1\")"},
    {"id": "animal-plain-pickle", "file": "benchmarks/animal_mnist.py", "what": "Animal-MNIST's files are read with pickle.load again",
     "old": "            a = load_numpy_pickle(f, f\"the Animal-MNIST file {d / name}\")",
     "new": "            a = __import__(\"pickle\").load(f)"},
]
