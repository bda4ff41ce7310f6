"""Atomic writes (clbench/io.py): a killed writer's temp file is removed by the next write into its
directory; a live writer's never is (two runs may share a results directory)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from clbench import io as clio


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_next_write_removes_a_dead_writers_temp_but_not_a_live_ones(tmp_path):
    host = clio._HOST
    dead = tmp_path / f".r.json.{host}-{_dead_pid()}.abc123.tmp"
    live = tmp_path / f".r.json.{host}-{os.getppid()}.def456.tmp"  # the parent (pytest's shell) is alive
    mine = tmp_path / f".r.json.{host}-{os.getpid()}.ghi789.tmp"
    foreign = tmp_path / f".r.json.otherhost-{_dead_pid()}.jkl000.tmp"  # another host: its pid says nothing here
    old_untagged = tmp_path / ".checkpoint.pt.x1y2z3.tmp"  # written before temps were tagged
    fresh_untagged = tmp_path / ".checkpoint.pt.a1b2c3.tmp"
    keep = tmp_path / "notes.tmp"  # not a dot-file: not clbench's
    for p in (dead, live, mine, foreign, old_untagged, fresh_untagged, keep):
        p.write_bytes(b"partial")
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(old_untagged, (week_ago, week_ago))
    clio.atomic_write_bytes(tmp_path / "r.json", b"{}")
    left = {p.name for p in tmp_path.iterdir()}
    assert dead.name not in left and old_untagged.name not in left
    assert {live.name, mine.name, foreign.name, fresh_untagged.name, keep.name, "r.json"} <= left


def test_temp_names_carry_host_and_pid(tmp_path, monkeypatch):
    seen = []
    real = clio.os.replace

    def spy(src, dst):
        seen.append(os.path.basename(src))
        return real(src, dst)

    monkeypatch.setattr(clio.os, "replace", spy)
    clio.atomic_write_bytes(tmp_path / "x.bin", b"1")
    assert seen and f".x.bin.{clio._HOST}-{os.getpid()}." in seen[0] and seen[0].endswith(".tmp")
    assert not clio._writer_is_dead(seen[0])  # our own: never removed while we run


def test_check_output_dir_refuses_files_and_creates_nothing_else(tmp_path):
    import pytest

    from clbench.errors import ClbenchError

    f = tmp_path / "f"
    f.write_text("x")
    for bad in (f, f / "sub", "/dev/null"):
        with pytest.raises(ClbenchError, match="results_dir"):
            clio.check_output_dir(bad, "results_dir")
    clio.check_output_dir(tmp_path / "new", "results_dir")
    assert list((tmp_path / "new").iterdir()) == []
