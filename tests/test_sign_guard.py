"""``clbench sign`` refuses a record made from uncommitted edits to its own code files (issue 14).

A record names the code it ran in ``provenance.code_files`` (the method's, protocol's and source's module, each
with its git state and sha256 when the run started). Helpers run in a shared tree where other files are often
dirty, so ``git_commit`` ending in ``-dirty`` alone says nothing; only the run's own files count, and one that
was edited when the run started but committed unchanged afterwards is committed code.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from test_leaderboard import make_record

from clbench import records
from clbench.records import new_key, seal, sign_main, uncommitted_code

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = "c" * 64  # stands for content some commit holds (the git lookup itself is tested on its own below)


@pytest.fixture(autouse=True)
def _history(monkeypatch):
    """A git history without git: only COMMITTED is committed content (the mutation harness's copy has no .git)."""
    monkeypatch.setattr(records, "_content_committed", lambda module, sha256: sha256 == COMMITTED)


def _committed_sha(rel: str) -> str:
    out = subprocess.run(["git", "-C", str(ROOT), "show", f"HEAD:{rel}"], capture_output=True)
    if out.returncode != 0:
        pytest.skip("not a git checkout")
    return hashlib.sha256(out.stdout).hexdigest()


def _record(tmp_path: Path, state: str, sha256: str, commit: str = "0123abcd-dirty") -> Path:
    rec = make_record()
    rec["provenance"].update(git_commit=commit, code_files=[
        {"role": "method", "module": "methods.finetune", "sha256": sha256, "state": state},
        {"role": "protocol", "module": "clbench.protocols.incremental", "sha256": "d" * 64, "state": "clean"},
    ])
    path = tmp_path / "records" / f"{rec['id']}.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(seal(rec)))
    return path


def _sign(tmp_path: Path, path: Path, capsys) -> tuple[int, str]:
    key = tmp_path / "publisher.pem"
    if not key.exists():
        new_key(key)
    code = sign_main([str(path), "--key", str(key)])
    return code, capsys.readouterr().err


def test_a_record_made_from_uncommitted_edits_to_its_method_is_not_signed(tmp_path, capsys):
    path = _record(tmp_path, "modified", "0" * 64)  # content no commit holds
    code, err = _sign(tmp_path, path, capsys)
    assert code == 2
    line = next(x for x in err.splitlines() if x.startswith("not signed:"))
    assert "made from uncommitted code (methods.finetune (modified) at commit 0123abcd-dirty" in line
    assert line.count(". ") == 0 and line.endswith("before signing it.")  # one sentence
    assert not path.with_suffix(".sig").exists()


@pytest.mark.parametrize("state", ["untracked", "ignored"])
def test_a_record_of_a_method_file_outside_git_is_not_signed(tmp_path, capsys, state):
    code, _ = _sign(tmp_path, _record(tmp_path, state, "1" * 64), capsys)
    assert code == 2


def test_other_dirty_files_in_the_tree_do_not_block_signing(tmp_path, capsys):
    # git_commit ends in -dirty (another helper's file was edited), the run's own files are clean
    path = _record(tmp_path, "clean", "e" * 64)
    code, _ = _sign(tmp_path, path, capsys)
    assert code == 0 and path.with_suffix(".sig").exists()


def test_a_file_edited_at_run_time_and_committed_unchanged_later_is_committed_code(tmp_path, capsys):
    path = _record(tmp_path, "modified", COMMITTED)
    assert uncommitted_code(json.loads(path.read_text())) == []
    code, _ = _sign(tmp_path, path, capsys)
    assert code == 0 and path.with_suffix(".sig").exists()


def test_a_batch_signs_the_clean_records_and_exits_2_for_the_uncommitted_one(tmp_path, capsys):
    good = _record(tmp_path, "clean", "e" * 64)
    rec = make_record(seed=1)
    rec["provenance"].update(git_commit="0123abcd-dirty", code_files=[
        {"role": "method", "module": "methods.finetune", "sha256": "2" * 64, "state": "modified"}])
    bad = tmp_path / "records" / f"{rec['id']}.json"
    bad.write_text(json.dumps(seal(rec)))
    key = tmp_path / "publisher.pem"
    new_key(key)
    assert sign_main([str(tmp_path / "records"), "--key", str(key)]) == 2
    assert good.with_suffix(".sig").exists() and not bad.with_suffix(".sig").exists()
    assert "signed 1 of 2 records" in capsys.readouterr().err


def test_committed_content_is_found_in_the_checkouts_history(monkeypatch):
    monkeypatch.undo()  # the real git lookup
    sha = _committed_sha("methods/finetune.py")
    assert records._content_committed("methods.finetune", sha)
    assert not records._content_committed("methods.finetune", "0" * 64)
