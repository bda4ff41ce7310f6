"""``clbench new-method NAME [--dir PATH] [--root PATH]``: write a working method skeleton.

In-tree (default, run from the repository root or with ``--root``): ``methods/NAME.py``,
``conf/method/NAME.yaml`` and ``tests/test_NAME.py``.
With ``--dir PATH``: a small installable package at PATH that plugs in through entry points —
``clbench.methods`` (the learner class) and ``clbench.conf`` (the package whose ``method/NAME.yaml`` Hydra
must find) — with the same method file, YAML and test. The skeleton trains (plain cross-entropy with an
optional label smoothing) so its test passes before a line is changed.
"""

from __future__ import annotations

import argparse
import keyword
import re
from importlib.resources import files
from pathlib import Path
from string import Template

from clbench.config import config_options
from clbench.errors import ClbenchError

NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def _template(name: str) -> Template:
    return Template((files("clbench") / "templates" / name).read_text())


def check_name(name: str) -> None:
    if not NAME_RE.match(name) or keyword.iskeyword(name):
        raise ClbenchError(
            f"method name '{name}' is not a lowercase Python identifier; use letters, digits and underscores, "
            "starting with a letter (e.g. l2_prev)."
        )


def check_free(name: str) -> None:
    """A plugin named like a built-in method would be shadowed by it (the in-tree one registers first)."""
    if name in config_options("method"):
        raise ClbenchError(f"a method named '{name}' already exists; pick another name.")


def class_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_") if part) or name


def _values(name: str) -> dict[str, str]:
    return {"name": name, "cls": class_name(name), "title": class_name(name), "pkg": f"clbench_{name}",
            "dist": f"clbench-{name.replace('_', '-')}"}


def _write_all(files_to_write: dict[Path, str]) -> list[Path]:
    """Write every file or none: all targets are checked before the first one is written."""
    existing = [p for p in files_to_write if p.exists()]
    if existing:
        raise ClbenchError(f"{existing[0]} already exists; pick another method name or remove that file first.")
    for path, text in files_to_write.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return list(files_to_write)


def _imported_methods_dir() -> Path | None:
    """The folder of the ``methods`` package this Python imports (where discovery looks), or None."""
    from importlib.util import find_spec

    try:
        spec = find_spec("methods")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]).resolve() if locations else None


def in_tree(name: str, root: Path, same_checkout: bool = False) -> list[Path]:
    """methods/NAME.py, conf/method/NAME.yaml and tests/test_NAME.py under a clbench checkout.

    ``same_checkout`` (no ``--root`` given): the checkout must be the one this clbench imports its methods
    from, else the new method would never be found and nothing would say why."""
    root = Path(root)
    if not (root / "methods").is_dir() or not (root / "conf" / "method").is_dir():
        raise ClbenchError(
            f"{root} is not a clbench checkout (no methods/ and conf/method/ there); run from the repository "
            "root, pass --root PATH, or pass --dir PATH to make an installable package instead."
        )
    installed = _imported_methods_dir() if same_checkout else None
    if installed is not None and (root / "methods").resolve() != installed:
        # the clbench on this path reads methods from another checkout: a file written here is never found
        raise ClbenchError(
            f"{root.resolve()} is a clbench checkout, but the clbench that runs imports its methods from "
            f"{installed}; pass --root {installed.parent} (or run from there), or --dir PATH for a plugin package."
        )
    v = _values(name)
    return _write_all({
        root / "methods" / f"{name}.py": _template("method.py.tmpl").substitute(v),
        root / "conf" / "method" / f"{name}.yaml": _template("method.yaml.tmpl").substitute(v),
        root / "tests" / f"test_{name}.py": _template("test_method.py.tmpl").substitute(v),
    })


def plugin_package(name: str, directory: Path) -> list[Path]:
    """An installable package at ``directory`` that registers NAME through entry points."""
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()):
        raise ClbenchError(f"{directory} exists and is not empty; pass --dir with a new or empty directory.")
    v = _values(name)
    pkg = directory / v["pkg"]
    return _write_all({
        directory / "pyproject.toml": _template("plugin_pyproject.toml.tmpl").substitute(v),
        directory / "README.md": _template("plugin_README.md.tmpl").substitute(v),
        pkg / "__init__.py": f'"""{v["title"]}: a clbench method plugin."""\n',
        pkg / f"{name}.py": _template("method.py.tmpl").substitute(v),
        pkg / "conf" / "__init__.py": '"""Hydra configs of this plugin (method/, benchmark/): see clbench.conf."""\n',
        pkg / "conf" / "method" / f"{name}.yaml": _template("method.yaml.tmpl").substitute(v),
        directory / "tests" / f"test_{name}.py": _template("test_method.py.tmpl").substitute(v),
    })


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="clbench new-method", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", help="the method's name: lowercase letters, digits, underscores")
    parser.add_argument("--dir", type=Path, default=None,
                        help="make an installable plugin package in this (new or empty) directory")
    parser.add_argument("--root", type=Path, default=None,
                        help="the clbench checkout to write into (default: the current directory, which must be "
                             "the checkout this clbench imports its methods from)")
    args = parser.parse_args(argv)
    check_name(args.name)
    check_free(args.name)
    written = (plugin_package(args.name, args.dir) if args.dir
               else in_tree(args.name, args.root or Path("."), same_checkout=args.root is None))
    for path in written:
        print(path)
    if args.dir:
        print(f"next: pip install -e {args.dir} && clbench run method={args.name} benchmark=split_digits")
    else:
        print(f"next: clbench run method={args.name} benchmark=split_digits && pytest tests/test_{args.name}.py")
    return 0
