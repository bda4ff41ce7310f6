"""The docs cannot rot: every fenced block of docs/*.md is checked or run.

Block grammar (the first word is the language GitHub highlights; the rest is ignored by GitHub):

* ```` ```bash ```` — run, in page order, with ``bash -euo pipefail`` (slow test, one per page);
* ```` ```text output ```` right after a bash block — the exact output (stdout and stderr) it must print;
* ```` ```python file=PATH ```` (also yaml, toml) — written to PATH before the next bash block runs;
* ```` ```bash norun: REASON ```` — shown, not run; the fast test checks what it names exists.

Each page runs in its own scratch copy of the repository's ``methods/``, ``conf/`` and ``benchmarks/`` (so
in-tree additions such as ``clbench new-method`` land there, not in the real tree), with that copy first on
``PYTHONPATH``. ``pip install`` goes to ``<scratch>/site`` (``PIP_TARGET``, no deps, no build isolation),
which is on ``PYTHONPATH`` too: the shared environment is never modified and nothing is downloaded.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from clbench.cli import COMMANDS, config_options

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
BIN = Path(sys.executable).parent
PAGES = sorted(DOCS.glob("*.md"))
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.S | re.M)


@dataclass
class Block:
    lang: str
    flags: str
    body: str
    line: int

    @property
    def file(self) -> str | None:
        m = re.search(r"\bfile=(\S+)", self.flags)
        return m.group(1) if m else None

    @property
    def norun(self) -> str | None:
        m = re.match(r"norun:\s*(.*)", self.flags)
        return m.group(1).strip() if m else None


def blocks(page: Path) -> list[Block]:
    text = page.read_text()
    out = []
    for m in FENCE.finditer(text):
        info = m.group(1).strip()
        lang, _, flags = info.partition(" ")
        out.append(Block(lang, flags.strip(), m.group(2), text[: m.start()].count("\n") + 1))
    return out


def commands(page: Path) -> list[tuple[Block, str]]:
    """Every command line of the page's bash blocks (run or not), without comments or heredoc bodies."""
    out = []
    for b in blocks(page):
        if b.lang != "bash":
            continue
        heredoc = None
        for line in b.body.splitlines():
            if heredoc:
                heredoc = None if line.strip() == heredoc else heredoc
                continue
            m = re.search(r"<<-?\s*'?(\w+)'?", line)
            if m:
                heredoc = m.group(1)
            line = line.split(" #")[0].strip()
            if line and not line.startswith("#"):
                out.append((b, line))
    return out


# -------------------------------------------------------------------------------------------- fast checks
def test_there_are_docs_and_an_index_linking_every_page():
    names = {p.name for p in PAGES}
    assert {"quickstart.md", "running.md", "adding-a-method.md", "adding-a-benchmark.md", "metrics.md",
            "record-schema.md", "methods-vs-papers.md", "README.md"} <= names
    index = (DOCS / "README.md").read_text()
    assert all(f"({name})" in index for name in names - {"README.md"})


def test_every_method_file_has_its_row_on_the_paper_differences_page():
    page = (DOCS / "methods-vs-papers.md").read_text()
    files = [p for p in sorted((REPO / "methods").glob("*.py")) if not p.name.startswith("_")]
    missing = [f"methods/{p.name}" for p in files if f"methods/{p.name}" not in page]
    assert not missing, f"docs/methods-vs-papers.md says nothing about {', '.join(missing)}; add its row"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_between_pages_resolve(page):
    for target in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", page.read_text()):
        assert (page.parent / target).is_file(), f"{page.name} links to missing {target}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_block_markers_are_well_formed(page):
    for b in blocks(page):
        if b.lang == "bash" and b.flags:
            assert b.norun, f"{page.name}:{b.line}: unknown bash flags '{b.flags}' (only 'norun: REASON')"
        if b.norun is not None:
            assert len(b.norun) > 10, f"{page.name}:{b.line}: a norun block must say why it is not run"
        if b.file:
            assert b.lang in ("python", "yaml", "toml"), f"{page.name}:{b.line}: file= on a {b.lang} block"
            assert not Path(b.file).is_absolute() and ".." not in Path(b.file).parts
        if b.lang == "python" and b.file:
            compile(b.body, f"{page.name}:{b.line}", "exec")
        if b.lang == "text" and b.flags == "output":
            i = blocks(page).index(b)
            assert i > 0 and blocks(page)[i - 1].lang == "bash", f"{page.name}:{b.line}: output follows no command"


def _created_on_page(page: Path, group: str) -> set[str]:
    """Config names a page creates itself before using them (new-method NAME, file=conf/GROUP/NAME.yaml)."""
    made = {Path(b.file).stem for b in blocks(page) if b.file and b.file.startswith(f"conf/{group}/")}
    if group == "method":
        made |= {m for _, c in commands(page) for m in re.findall(r"clbench new-method (\w+)", c)}
    return made


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_command_names_things_that_exist(page):
    """Also covers the norun blocks: their clbench commands, config names and make targets must exist."""
    makefile = (REPO / "Makefile").read_text()
    for b, cmd in commands(page):
        words = shlex.split(cmd, comments=True)
        for i, w in enumerate(words):
            if w == "clbench" and i + 1 < len(words):
                assert words[i + 1] in COMMANDS, f"{page.name}:{b.line}: no command 'clbench {words[i + 1]}'"
            if w == "make" and i + 1 < len(words):
                assert re.search(rf"^{re.escape(words[i + 1])}:", makefile, re.M), f"no make target {words[i + 1]}"
            m = re.fullmatch(r"(method|benchmark|suite)=([\w,]+)", w)
            if m:
                known = set(config_options(m.group(1))) | _created_on_page(page, m.group(1))
                for name in m.group(2).split(","):
                    assert name in known, f"{page.name}:{b.line}: {m.group(1)} '{name}' does not exist"


# ------------------------------------------------------------------------------------ the pages, run
def _sandbox(tmp_path: Path) -> tuple[Path, dict]:
    root = tmp_path / "checkout"
    for part in ("methods", "conf", "benchmarks"):
        shutil.copytree(REPO / part, root / part, ignore=shutil.ignore_patterns("__pycache__", ".cache"))
    (root / "tests").mkdir()
    site = root / "site"
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": f"{root}{os.pathsep}{site}", "PIP_TARGET": str(site), "PIP_NO_DEPS": "1",
           "PIP_NO_BUILD_ISOLATION": "0", "PIP_QUIET": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
           "WANDB_MODE": "offline", "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    return root, env


RUNNABLE = [p for p in PAGES if any(b.lang == "bash" and b.norun is None for b in blocks(p))]


@pytest.mark.slow
@pytest.mark.parametrize("page", RUNNABLE, ids=lambda p: p.name)
def test_page_runs(page, tmp_path):
    root, env = _sandbox(tmp_path)
    page_blocks = blocks(page)
    for i, b in enumerate(page_blocks):
        if b.file:
            (root / b.file).parent.mkdir(parents=True, exist_ok=True)
            (root / b.file).write_text(b.body)
        if b.lang != "bash" or b.norun is not None:
            continue
        after = page_blocks[i + 1] if i + 1 < len(page_blocks) else None
        shown = after is not None and after.lang == "text" and after.flags == "output"
        # a block whose output is shown is compared with what a terminal shows: stdout and stderr together
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", b.body], cwd=root, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT if shown else subprocess.PIPE,
                              timeout=600)
        where = f"{page.name}:{b.line}"
        assert done.returncode == 0, f"{where} failed:\n{b.body}\nstdout:\n{done.stdout[-3000:]}\n" \
                                     f"stderr:\n{(done.stderr or '')[-3000:]}"
        if shown:
            assert done.stdout.strip() == after.body.strip(), f"{where}: output differs from the page"
    assert not (REPO / "methods" / "l2prev.py").exists()  # nothing leaked into the real tree
