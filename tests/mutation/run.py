"""Named-mutation testing: one deliberate bug at a time, in a copy of the repository, then the fast tests.

Why a harness of named mutations rather than a blind mutator: each mutant here is a *plausible* wrong
variant of one step of a method's algorithm (a swapped λ, a max instead of a min, a step removed), written
by someone who read the paper, so a survivor means a real gap in the tests, not a syntactic no-op.

Mutant lists live next to this file as ``mutants_<name>.toml`` (data, not code: TOML multi-line literal
strings ``'''...'''`` hold source text byte for byte, no escapes); each has

* ``tests = [...]``: the fast test files (or node ids, or pytest arguments) that should catch a bug there;
* one ``[[mutant]]`` table per mutant with ``id``, ``file``, ``what``, ``old``, ``new`` — ``old`` must occur
  exactly once in ``file`` (a stale mutant is an error, not a silent pass), ``new`` replaces it; an optional
  ``equivalent = "why"`` marks a mutant that changes no behaviour (it is run, and expected to survive).

Usage::

    python tests/mutation/run.py                 # every list
    python tests/mutation/run.py wa dst          # mutants_wa.toml, mutants_dst.toml
    python tests/mutation/run.py wa --only wa-lambda-swapped
    python tests/mutation/run.py --list
    python tests/mutation/run.py --check         # does every mutant still apply (its old text found once)?
    python tests/mutation/run.py clr --json results/mutation/clr.json   # results + the commit they ran at
    python tests/mutation/run.py --table results/mutation/*.json        # per-list and per-file table (markdown)
    python tests/mutation/run.py --table docs/mutation/*.json --update docs/mutation-results.md  # the page

It copies the tracked and untracked-but-not-ignored files of the checkout into a temporary directory, checks
the unmutated copy passes ``TESTS``, then for each mutant rewrites the file *in the copy* and runs
``pytest -x -m "not slow" TESTS`` there with ``PYTHONPATH`` set to the copy. An editable install would make
the tests import the installed checkout instead; ``tests/conftest.py`` therefore asserts, whenever
``CLBENCH_MUTATION_ROOT`` is set, that ``clbench`` and ``methods`` are imported from that root — so a
mutant can only be "killed" by tests that ran the mutated code. Exit status 1 when a non-equivalent mutant
survived.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pytest (which the harness runs anyway) depends on tomli there
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


TABLE_START, TABLE_END = "<!-- table -->\n", "<!-- /table -->"  # where --update writes the table in its page
KEYS = {"id", "file", "what", "old", "new"}  # required in every [[mutant]] table; "equivalent" is optional


def read_list(path: Path) -> dict:
    """One list file as ``{"tests": [...], "mutants": [...]}``; a malformed list is one sentence naming it."""
    try:
        data = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as e:
        sys.exit(f"{path.name} is not valid TOML ({e}); fix the file.")
    tests, mutants = data.pop("tests", None), data.pop("mutant", [])
    if data:
        sys.exit(f"{path.name} has unknown top-level keys {sorted(data)}; a list holds only tests and [[mutant]].")
    if not isinstance(tests, list) or not tests or not all(isinstance(t, str) for t in tests):
        sys.exit(f"{path.name} needs tests = [\"tests/test_x.py\", ...] (a non-empty list of strings).")
    ids = set()
    for i, m in enumerate(mutants):
        where = f"{path.name} mutant {i + 1} ({m.get('id', 'no id')})"
        if missing := KEYS - set(m):
            sys.exit(f"{where} lacks {', '.join(sorted(missing))}; every [[mutant]] names {', '.join(sorted(KEYS))}.")
        if extra := set(m) - KEYS - {"equivalent"}:
            sys.exit(f"{where} has unknown keys {', '.join(sorted(extra))}; allowed: {', '.join(sorted(KEYS))}, "
                     "equivalent.")
        if not all(isinstance(v, str) for v in m.values()):
            sys.exit(f"{where}: every value must be a string.")
        if m["id"] in ids:
            sys.exit(f"{where}: the id is used twice in the list; ids name one mutant.")
        ids.add(m["id"])
    return {"tests": tests, "mutants": mutants}


def load_lists(names: list[str]) -> dict[str, dict]:
    files = sorted(HERE.glob("mutants_*.toml"))
    lists = {}
    for f in files:
        name = f.stem.removeprefix("mutants_")
        if names and name not in names:
            continue
        lists[name] = read_list(f)
    unknown = set(names) - set(lists)
    if unknown:
        sys.exit(f"no mutant list named {', '.join(sorted(unknown))}; lists: "
                 f"{', '.join(f.stem.removeprefix('mutants_') for f in files)}.")
    return lists


def stale_mutants(lists: dict[str, dict], only: list[str] | None = None) -> list[str]:
    """One line per mutant that no longer applies to the checkout: its file is gone, its ``old`` text is not
    found (the code moved or changed), or the text occurs more than once (the mutant would be ambiguous)."""
    problems = []
    for name, spec in lists.items():
        for m in spec["mutants"]:
            if only and m["id"] not in only:
                continue
            path = ROOT / m["file"]
            if not path.is_file():
                problems.append(f"[{name}] {m['id']}: file {m['file']} not found")
                continue
            count = path.read_text().count(m["old"])
            if count == 0:
                problems.append(f"[{name}] {m['id']}: old text not found in {m['file']}: {m['old'][:70]!r}")
            elif count > 1:
                problems.append(f"[{name}] {m['id']}: old text occurs {count} times in {m['file']} (must be once)")
    return problems


def copy_tree(dest: Path) -> None:
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                         capture_output=True, check=True).stdout.decode()
    for rel in filter(None, out.split("\0")):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)


def run_tests(copy: Path, tests: list[str], timeout: int) -> tuple[str, float]:
    env = {**os.environ, "PYTHONPATH": str(copy), "CLBENCH_MUTATION_ROOT": str(copy),
           "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-m", "not slow", *tests]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=copy, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "killed (timeout)", time.perf_counter() - t0
    seconds = time.perf_counter() - t0
    if proc.returncode == 0:
        return "survived", seconds
    if proc.returncode in (1, 2):  # failures, or a collection error (the mutant broke an import)
        return "killed", seconds
    tail = (proc.stdout + proc.stderr).strip().splitlines()[-5:]
    return "error: " + " | ".join(tail), seconds


def provenance(lists: dict[str, dict]) -> dict:
    """The commit the copy is made from and the lists' mutated and test files that differ from it (the copy
    takes the working tree, so a result is of that commit only where ``dirty`` is empty)."""
    def git(*a: str) -> str:
        return subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    paths = sorted({m["file"] for s in lists.values() for m in s["mutants"]}
                   | {t.split("::")[0] for s in lists.values() for t in s["tests"] if t.startswith("tests/")})
    dirty = [line[3:] for line in git("status", "--porcelain", "--", *paths).splitlines()]
    return {"commit": git("rev-parse", "--short=7", "HEAD").strip(), "dirty": dirty}


def table(paths: list[Path]) -> str:
    """Markdown: one row per list (with the commit it ran at) and one per mutated file, then the total.
    killed/survived count non-equivalent mutants; a mutant marked equivalent is counted apart."""
    rows = []
    for path in paths:
        data = json.loads(path.read_text())
        if isinstance(data, list):  # results written before the commit stamp
            data = {"commit": "?", "dirty": [], "finished": "?", "results": data}
        commit = data["commit"] + ("+" if data["dirty"] else "")
        rows += [{**r, "commit": commit, "finished": data.get("finished", "?")} for r in data["results"]]

    def counts(rs: list[dict]) -> list[str]:
        real = [r for r in rs if not r["equivalent"]]
        killed = sum(r["status"].startswith("killed") for r in real)
        return [str(len(rs)), str(killed), str(sum(r["status"] == "survived" for r in real)),
                str(sum(r["status"].startswith("error") for r in real)), str(len(rs) - len(real)),
                f"{100 * killed / len(real):.0f} %" if real else "-"]

    head = "| tried | killed | survived | errors | equivalent | killed of non-equivalent |"
    sep = "|---:|---:|---:|---:|---:|---:|"
    out = ["| list | commit | finished (UTC) " + head, "|---|---|---" + sep]
    for name in sorted({r["list"] for r in rows}):
        mine = [r for r in rows if r["list"] == name]
        out.append(f"| {name} | {mine[0]['commit']} | {mine[0]['finished']} | " + " | ".join(counts(mine)) + " |")
    out += ["", "| mutated file | lists " + head, "|---|---" + sep]
    for file in sorted({r["file"] for r in rows}):
        mine = [r for r in rows if r["file"] == file]
        names = ", ".join(sorted({r["list"] for r in mine}))
        out.append(f"| `{file}` | {names} | " + " | ".join(counts(mine)) + " |")
    out += ["", "| " + head, "|---" + sep, "| all | " + " | ".join(counts(rows)) + " |"]
    same = [r for r in rows if r["equivalent"]]
    if same:  # a survivor must be explained: each equivalent mutant with the reason its list gives
        out += ["", "Equivalent (run, and expected to change no behaviour):", ""]
        out += [f"* `{r['list']}` {r['id']} ({r['file']}, {r['status']}): {r['equivalent']}" for r in same]
    left = [r for r in rows if not r["equivalent"] and not r["status"].startswith("killed")]
    if left:
        out += ["", "Not killed (non-equivalent):", ""]
        out += [f"* `{r['list']}` {r['id']} ({r['file']}): {r['what']} — {r['status']}" for r in left]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="mutant lists to run (default: all)")
    ap.add_argument("--only", action="append", default=[], help="run only these mutant ids")
    ap.add_argument("--list", action="store_true", help="list the mutants and exit")
    ap.add_argument("--check", action="store_true", help="only check that every mutant still applies")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per test run (a hang counts as killed)")
    ap.add_argument("--json", type=Path, help="also write the results here (with the commit they ran at)")
    ap.add_argument("--table", nargs="+", type=Path, metavar="JSON",
                    help="print the per-list and per-file markdown table of these --json results and exit")
    ap.add_argument("--update", type=Path, metavar="PAGE",
                    help="with --table: write the table between PAGE's <!-- table --> markers instead of printing it")
    args = ap.parse_args(argv)
    if args.table:
        if args.update is None:
            print(table(args.table), end="")
            return 0
        from clbench.io import atomic_write_bytes

        page = args.update.read_text()
        if page.count(TABLE_START) != 1 or page.count(TABLE_END) != 1:
            sys.exit(f"{args.update} needs one {TABLE_START.strip()} and one {TABLE_END} line around its table.")
        head, rest = page.split(TABLE_START)
        text = head + TABLE_START + table(args.table) + TABLE_END + rest.split(TABLE_END)[1]
        atomic_write_bytes(args.update, text.encode())  # an interrupted update never leaves half a page
        return 0
    lists = load_lists(args.names)
    if args.list:
        for name, spec in lists.items():
            for m in spec["mutants"]:
                eq = " [equivalent]" if m.get("equivalent") else ""
                print(f"{name:10s} {m['id']:40s} {m['file']}: {m['what']}{eq}")
        return 0
    if args.check:
        stale = stale_mutants(lists, args.only)
        print("\n".join(stale) if stale else f"all {sum(len(s['mutants']) for s in lists.values())} mutants apply")
        return 1 if stale else 0
    stale = stale_mutants(lists, args.only)
    if stale:  # every mutant must still apply to today's code: all stale ones named before anything runs
        sys.exit(f"{len(stale)} stale mutant(s); re-target each at where its step lives now:\n  " + "\n  ".join(stale))
    results = []
    stamp = provenance(lists)  # what the copy is: the commit, and which of the lists' files differ from it
    with tempfile.TemporaryDirectory(prefix="clbench-mutants-") as tmp:
        copy = Path(tmp)
        copy_tree(copy)
        for name, spec in lists.items():
            mutants = [m for m in spec["mutants"] if not args.only or m["id"] in args.only]
            if not mutants:
                continue
            originals = {m["file"]: (copy / m["file"]).read_text() for m in mutants}
            status, secs = run_tests(copy, spec["tests"], args.timeout)
            if status != "survived":
                sys.exit(f"the unmutated copy fails {' '.join(spec['tests'])} ({status}); fix the tests first.")
            print(f"[{name}] baseline passes in {secs:.0f}s; {len(mutants)} mutants", flush=True)
            for m in mutants:
                path = copy / m["file"]
                path.write_text(originals[m["file"]].replace(m["old"], m["new"], 1))
                try:
                    status, secs = run_tests(copy, spec["tests"], args.timeout)
                finally:
                    path.write_text(originals[m["file"]])
                eq = m.get("equivalent")
                results.append({"list": name, "id": m["id"], "file": m["file"], "what": m["what"], "status": status,
                                "equivalent": eq or None, "seconds": round(secs, 1)})
                flag = "  (equivalent: " + eq + ")" if eq else ("  <-- SURVIVED" if status == "survived" else "")
                print(f"  {m['id']:40s} {status:18s} {secs:6.0f}s{flag}", flush=True)
    survivors = [r for r in results if r["status"] == "survived" and not r["equivalent"]]
    errors = [r for r in results if r["status"].startswith("error")]
    real = [r for r in results if not r["equivalent"]]
    killed = [r for r in real if r["status"].startswith("killed")]
    print(f"\n{len(killed)}/{len(real)} non-equivalent mutants killed"
          f" ({len(survivors)} survived, {len(errors)} errors, "
          f"{sum(1 for r in results if r['equivalent'])} equivalent)")
    for name in lists:
        mine = [r for r in real if r["list"] == name]
        if mine:
            k = sum(r["status"].startswith("killed") for r in mine)
            print(f"  {name:12s} {k}/{len(mine)} killed")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({**stamp, "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                         "results": results}, indent=1))
    return 1 if survivors or errors else 0


if __name__ == "__main__":
    sys.exit(main())
