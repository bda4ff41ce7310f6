"""Object graphs as plain data, so a checkpoint never needs an unpickler that can call what a file names.

Some learner state is an object graph that ``torch.load(weights_only=True)`` cannot rebuild: an Avalanche
strategy holds its plugins, replay buffers (Avalanche datasets), a clock, ``ParamData`` importances, bound
methods and ``functools.partial`` collate functions. :func:`encode` turns such a graph into a tree of
tensors, numbers, strings, lists and dicts only (one ``torch.save`` of it loads with ``weights_only=True``
and no extra globals), and :func:`decode` rebuilds the graph from the tree.

What :func:`decode` may do is the point (issue 21: nothing in a checkpoint runs code):

* a class is looked up by name only under the modules of :data:`ALLOWED_PREFIXES`, and an object of it is
  made with ``cls.__new__(cls)`` plus its saved state (``__setstate__`` when the class has one, else its
  ``__dict__``): what pickle's ``NEWOBJ``/``BUILD`` do, never a call of the class or of a function;
* a function is only ever *referenced* (stored as an attribute, e.g. a ``defaultdict`` factory or a
  collate function), never called, and only if it lives in an allowed module (``builtins`` and ``torch``'s
  loaders and savers are not; :data:`_DENIED` lists what is out as classes or functions);
* a bound method is ``getattr(obj, name)`` of a method the object's class defines (never a dunder);
* NumPy arrays are raw bytes plus a non-object dtype; enums are looked up by value, loggers by name
  (``logging.getLogger``), ranges and slices rebuilt from their ints.

Object identity and sharing are kept (a model's parameters are the optimiser's keys, a plugin and the
strategy share one model), so the rebuilt graph behaves as the one saved: resumed runs stay bit-identical.
"""

from __future__ import annotations

import collections
import copyreg
import enum
import functools
import importlib
import keyword
import logging
import sys
import types
from typing import Any

import numpy as np
import torch

from clbench.errors import ClbenchError

#: the modules whose classes (and functions, as references) a state may name
ALLOWED_PREFIXES = ("clbench.", "methods.", "avalanche.", "torch.", "torchvision.", "timm.")
_ALLOWED_MODULES = ("clbench", "methods", "avalanche", "torch", "torchvision", "timm")
# names that never come back from a file, as classes or as references, although their packages are allowed:
# loaders and savers, code loading and compiling, loggers that write files, processes
_DENIED = ("torch.load", "torch.save", "torch._C.", "torch.hub.", "torch.serialization.", "torch.jit.",
           "torch.package.", "torch.utils.cpp_extension.", "torch.utils.data.datapipes.",
           "torch.utils.tensorboard.", "torch.distributed.", "torch.multiprocessing.", "torch._dynamo.",
           "torch.compiler.", "torch.onnx.", "torch.export.", "avalanche.logging.", "avalanche.training.checkpoint.")
_BUILTIN_TYPES = {t.__name__: t for t in (dict, list, tuple, set, frozenset, int, float, str, bytes, bool,
                                          object, complex, type(None))}
_SCALARS = (type(None), bool, int, float, str, bytes)
TAG = "__t"


class StateError(ClbenchError):
    """A state that cannot be written as plain data, or a tree that does not decode to one."""


def _module_allowed(module: str) -> bool:
    return module in _ALLOWED_MODULES or module.startswith(ALLOWED_PREFIXES)


def _ref_name(x: Any) -> str:
    """``module:qualname`` of a class or function that :func:`_lookup` finds again, or StateError."""
    module, qual = getattr(x, "__module__", None), getattr(x, "__qualname__", None)
    if isinstance(x, types.BuiltinFunctionType) and getattr(torch, x.__name__, None) is x:
        # torch.zeros & co. are named after the C class they live on (_VariableFunctionsClass.zeros)
        module, qual = "torch", x.__name__
    if module == "builtins" and qual in _BUILTIN_TYPES:
        return f"builtins:{qual}"
    if isinstance(module, str) and isinstance(qual, str) and "<" not in qual and _module_allowed(module):
        try:  # saved only if loading will accept it: a checkpoint must not fail first at its resume
            if _lookup(f"{module}:{qual}") is x:
                return f"{module}:{qual}"
        except StateError:
            pass
    raise StateError(f"the state holds {x!r}, which cannot be saved as plain data (not a class or function "
                     "of clbench, the methods, Avalanche, torch, torchvision or timm)")


def _resolve(module: str, qual: str) -> Any:
    obj = sys.modules.get(module) or importlib.import_module(module)
    for part in qual.split("."):
        obj = getattr(obj, part)
        if isinstance(obj, types.ModuleType):  # never through a module an allowed one imported (trust.os)
            raise AttributeError(part)
    return obj


def _denied(dotted: str) -> bool:
    return any(dotted == d or dotted.startswith(d) for d in _DENIED)


def _lookup(name: Any) -> Any:
    """The class or function ``name`` names, if a state may name it; nothing else is imported or returned."""
    if not isinstance(name, str) or name.count(":") != 1:
        raise StateError(f"the state names {name!r}, which is not a class or function reference")
    module, qual = name.split(":")
    if module == "builtins":
        if qual in _BUILTIN_TYPES:
            return _BUILTIN_TYPES[qual]
        raise StateError(f"the state names builtins.{qual}, which clbench never loads from a file")
    dotted = f"{module}.{qual}"
    if not _module_allowed(module) or _denied(dotted) \
            or not all(p.isidentifier() and not p.startswith("__") for p in qual.split(".")):
        raise StateError(f"the state names {dotted}, which clbench never loads from a file")
    try:
        obj = _resolve(module, qual)
    except (ImportError, AttributeError):
        raise StateError(f"the state names {dotted}, which this installation does not have") from None
    if not isinstance(obj, (type, types.FunctionType, types.BuiltinFunctionType)):
        raise StateError(f"the state names {dotted}, which is neither a class nor a function")
    # where the object really lives must be allowed too: an allowed module re-exports what it imports
    # (clbench.trust has pickle's names among its attributes, a class attribute may hold os.system)
    home = getattr(obj, "__module__", None)
    if not isinstance(home, str) or not _module_allowed(home) or _denied(f"{home}.{getattr(obj, '__qualname__', '')}"):
        raise StateError(f"the state names {dotted}, which is {home}'s and clbench never loads it from a file")
    return obj


class _Encoder:
    def __init__(self) -> None:
        self.memo: dict[int, int] = {}
        self.alive: list[Any] = []  # keeps every encoded object alive, so no id() is reused mid-encode

    def _new(self, x: Any) -> int:
        n = len(self.memo)
        self.memo[id(x)] = n
        self.alive.append(x)
        return n

    def __call__(self, x: Any) -> Any:
        if type(x) in _SCALARS:
            return x
        if id(x) in self.memo:
            return {TAG: "ref", "n": self.memo[id(x)]}
        t = type(x)
        if t is torch.Tensor:
            n = self._new(x)
            return {TAG: "tensor", "n": n, "v": x, **({"a": self(vars(x))} if vars(x) else {})}
        if t is torch.nn.Parameter:
            n = self._new(x)
            return {TAG: "param", "n": n, "v": x.data, "rg": x.requires_grad}
        if isinstance(x, torch.Tensor):
            raise StateError(f"the state holds a tensor of class {t.__qualname__}, which plain data cannot hold")
        if t in (list, set, frozenset, tuple):
            n = self._new(x)
            node = {TAG: t.__name__, "n": n, "v": None}
            node["v"] = [self(v) for v in x]
            return node
        if t in (dict, collections.OrderedDict, collections.defaultdict):
            n = self._new(x)
            node: dict = {TAG: "dict", "n": n, "c": t.__name__}
            if t is collections.defaultdict:
                node["f"] = None if x.default_factory is None else self(x.default_factory)
            node["k"] = [self(k) for k in x]
            node["v"] = [self(v) for v in x.values()]
            if t is collections.OrderedDict and vars(x):  # a module state_dict's _metadata
                node["a"] = self(vars(x))
            return node
        if t is torch.Generator:
            n = self._new(x)
            return {TAG: "generator", "n": n, "d": str(x.device), "s": x.get_state()}
        if t is torch.device:
            return {TAG: "device", "v": str(x)}
        if t is torch.dtype:
            return {TAG: "dtype", "v": str(x).removeprefix("torch.")}
        if t is torch.Size:
            return {TAG: "size", "v": [int(v) for v in x]}
        if t is np.ndarray or isinstance(x, np.generic):
            a = np.asarray(x)
            if a.dtype.hasobject:
                raise StateError("the state holds a NumPy array of Python objects, which plain data cannot hold")
            n = self._new(x)
            return {TAG: "ndarray" if t is np.ndarray else "npscalar", "n": n, "d": a.dtype.str,
                    "s": list(a.shape), "v": torch.frombuffer(bytearray(np.ascontiguousarray(a).tobytes()),
                                                              dtype=torch.uint8) if a.size else torch.empty(0)}
        if isinstance(x, enum.Enum):
            return {TAG: "enum", "c": _ref_name(t), "v": self(x.value)}
        if isinstance(x, (type, types.FunctionType, types.BuiltinFunctionType)):
            return {TAG: "global", "v": _ref_name(x)}
        if isinstance(x, types.MethodType):
            return {TAG: "method", "o": self(x.__self__), "m": x.__func__.__name__}
        if t is functools.partial:
            n = self._new(x)
            return {TAG: "partial", "n": n, "f": self(x.func), "a": self(list(x.args)),
                    "k": self(dict(x.keywords)), **({"s": self(vars(x))} if vars(x) else {})}
        if isinstance(x, logging.Logger):  # pickled by name (logging.getLogger), as pickle does
            return {TAG: "logger", "v": None if isinstance(x, logging.RootLogger) else x.name}
        if t is range:
            return {TAG: "range", "v": [x.start, x.stop, x.step]}
        if t is slice:
            return {TAG: "slice", "v": [self(x.start), self(x.stop), self(x.step)]}
        if t is complex:
            return {TAG: "complex", "v": [x.real, x.imag]}
        if t.__name__ in ("list_iterator", "tuple_iterator") and t.__module__ == "builtins":
            _, (seq,), pos = x.__reduce__()
            n = self._new(x)
            return {TAG: "iter", "n": n, "v": self(list(seq)), "i": int(pos)}
        return self._object(x)

    def _object(self, x: Any) -> dict:
        t = type(x)
        try:
            rv = x.__reduce_ex__(4)
        except Exception as e:  # noqa: BLE001 - the object refuses to be saved at all: one sentence
            raise StateError(f"the state holds a {t.__module__}.{t.__qualname__}, which cannot be saved "
                             f"({type(e).__name__}: {e})") from None
        if not (isinstance(rv, tuple) and rv[0] is copyreg.__newobj__ and rv[1] == (t,)):
            raise StateError(f"the state holds a {t.__module__}.{t.__qualname__}, which pickles by calling "
                             "a function and so cannot be saved as plain data")
        cls = _ref_name(t)
        n = self._new(x)
        node = {TAG: "obj", "n": n, "c": cls}
        state = rv[2] if len(rv) > 2 else None
        node["s"] = self(state)
        if len(rv) > 3 and rv[3] is not None:
            node["li"] = [self(v) for v in rv[3]]
        if len(rv) > 4 and rv[4] is not None:
            node["di"] = [[self(k), self(v)] for k, v in rv[4]]
        return node


def encode(obj: Any) -> Any:
    """``obj`` as a tree of tensors, numbers, strings, bytes, lists and tagged dicts (see the module
    docstring); raises :class:`StateError` naming the first thing plain data cannot hold."""
    return _Encoder()(obj)


class _Decoder:
    def __init__(self) -> None:
        self.memo: dict[int, Any] = {}

    def _put(self, node: dict, x: Any) -> Any:
        n = node.get("n")
        if not isinstance(n, int) or n in self.memo:
            raise StateError("the state's object numbering is damaged")
        self.memo[n] = x
        return x

    def __call__(self, node: Any) -> Any:  # noqa: C901 - one branch per tag, as the encoder
        if type(node) in _SCALARS:
            return node
        if not isinstance(node, dict) or not isinstance(node.get(TAG), str):
            raise StateError(f"the state holds a {type(node).__name__} where a tagged node belongs")
        tag = node[TAG]
        if tag == "ref":
            if node.get("n") not in self.memo:
                raise StateError("the state refers to an object before defining it")
            return self.memo[node["n"]]
        if tag in ("tensor", "param"):
            v = node.get("v")
            if type(v) is not torch.Tensor:
                raise StateError("the state's tensor node holds no tensor")
            x = torch.nn.Parameter(v, requires_grad=bool(node.get("rg"))) if tag == "param" else v
            self._put(node, x)
            if "a" in node:
                x.__dict__.update(self._str_dict(node["a"]))
            return x
        if tag == "list":
            x = self._put(node, [])
            x.extend(self(v) for v in self._items(node))
            return x
        if tag in ("tuple", "set", "frozenset"):
            items = [self(v) for v in self._items(node)]
            return self._put(node, {"tuple": tuple, "set": set, "frozenset": frozenset}[tag](items))
        if tag == "dict":
            kind = node.get("c")
            if kind == "defaultdict":
                x = collections.defaultdict()
            elif kind in ("dict", "OrderedDict"):
                x = {} if kind == "dict" else collections.OrderedDict()
            else:
                raise StateError(f"the state holds a dict of kind {kind!r}")
            self._put(node, x)
            if kind == "defaultdict" and node.get("f") is not None:
                factory = self(node["f"])
                if not callable(factory):
                    raise StateError("the state's defaultdict factory is not callable")
                x.default_factory = factory
            keys, values = node.get("k"), node.get("v")
            if not isinstance(keys, list) or not isinstance(values, list) or len(keys) != len(values):
                raise StateError("the state's dict node is damaged")
            for k, v in zip(keys, values):
                x[self(k)] = self(v)
            if "a" in node:
                x.__dict__.update(self._str_dict(node["a"]))
            return x
        if tag == "generator":
            g = torch.Generator(device=torch.device(str(node.get("d"))))
            state = node.get("s")
            if type(state) is not torch.Tensor:
                raise StateError("the state's generator node holds no state")
            g.set_state(state)
            return self._put(node, g)
        if tag == "device":
            return torch.device(str(node.get("v")))
        if tag == "dtype":
            d = getattr(torch, str(node.get("v")), None)
            if not isinstance(d, torch.dtype):
                raise StateError(f"the state names dtype {node.get('v')!r}, which torch does not have")
            return d
        if tag == "size":
            return torch.Size([int(v) for v in self._items(node)])
        if tag in ("ndarray", "npscalar"):
            dtype = np.dtype(str(node.get("d")))
            if dtype.hasobject:
                raise StateError("the state holds a NumPy array of Python objects")
            shape = tuple(int(s) for s in node.get("s") or [])
            raw = node.get("v")
            a = np.frombuffer(raw.numpy().tobytes(), dtype=dtype).reshape(shape).copy()
            return self._put(node, a[()] if tag == "npscalar" else a)
        if tag == "logger":
            name = node.get("v")
            if name is not None and not isinstance(name, str):
                raise StateError("the state's logger node is damaged")
            return logging.getLogger(name)
        if tag in ("range", "slice", "complex"):
            parts = self._items(node)
            if tag == "range":
                if len(parts) != 3 or not all(type(v) is int for v in parts):
                    raise StateError("the state's range node is damaged")
                return range(*parts)
            if tag == "complex":
                return complex(float(parts[0]), float(parts[1]))
            return slice(*(self(v) for v in parts))
        if tag == "enum":
            cls = _lookup(node.get("c"))
            if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
                raise StateError("the state's enum node names a class that is not an Enum")
            return cls(self(node.get("v")))
        if tag == "global":
            return _lookup(node.get("v"))
        if tag == "method":
            obj, name = self(node.get("o")), node.get("m")
            if not (isinstance(name, str) and name.isidentifier() and not keyword.iskeyword(name)
                    and not name.startswith("__") and
                    isinstance(getattr(type(obj), name, None), (types.FunctionType, classmethod, staticmethod))):
                raise StateError(f"the state names method {name!r}, which its object's class does not define")
            return getattr(obj, name)
        if tag == "partial":
            func = self(node.get("f"))
            if not callable(func):
                raise StateError("the state's partial names something that is not callable")
            p = self._put(node, functools.partial(func, *self(node.get("a")), **self._str_dict(node.get("k"))))
            if "s" in node:
                p.__dict__.update(self._str_dict(node["s"]))
            return p
        if tag == "iter":
            seq = self(node.get("v"))
            if not isinstance(seq, list):
                raise StateError("the state's iterator node is damaged")
            it = iter(seq)
            it.__setstate__(int(node.get("i") or 0))
            return self._put(node, it)
        if tag == "obj":
            return self._object(node)
        raise StateError(f"the state holds a node of unknown kind {tag!r}")

    def _items(self, node: dict) -> list:
        v = node.get("v")
        if not isinstance(v, list):
            raise StateError("the state's sequence node is damaged")
        return v

    def _str_dict(self, node: Any) -> dict:
        d = self(node)
        if not isinstance(d, dict) or not all(isinstance(k, str) for k in d):
            raise StateError("the state's attribute dict is damaged")
        return d

    def _object(self, node: dict) -> Any:
        cls = _lookup(node.get("c"))
        if not isinstance(cls, type) or issubclass(cls, (torch.Tensor, type, BaseException)):
            raise StateError(f"the state names {node.get('c')}, which is not a class of plain objects")
        x = self._put(node, cls.__new__(cls))  # pickle's NEWOBJ: no __init__, nothing from the file called
        state = self(node.get("s"))
        if state is not None:
            setstate = getattr(x, "__setstate__", None)
            if setstate is not None:
                setstate(state)
            else:  # pickle's BUILD without __setstate__: the dict (and slots) go in directly
                slots = None
                if isinstance(state, tuple) and len(state) == 2:
                    state, slots = state
                if state:
                    if not isinstance(state, dict) or not all(isinstance(k, str) for k in state):
                        raise StateError(f"the state of a {cls.__qualname__} is not an attribute dict")
                    x.__dict__.update(state)
                for k, v in (slots or {}).items():
                    setattr(x, str(k), v)
        for v in node.get("li") or []:
            x.append(self(v))
        for k, v in node.get("di") or []:
            x[self(k)] = self(v)
        return x


def decode(tree: Any) -> Any:
    """The object graph :func:`encode` wrote as ``tree``; raises :class:`StateError` (one sentence) for a
    tree that names anything a state may not (see the module docstring)."""
    try:
        return _Decoder()(tree)
    except StateError:
        raise
    except Exception as e:  # noqa: BLE001 - a damaged tree: one sentence, never a traceback
        raise StateError(f"the state cannot be rebuilt ({type(e).__name__}: {str(e).splitlines()[0][:160]})"
                         ) from None
