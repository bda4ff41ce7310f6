"""Board cells against published numbers (clbench/references.py, leaderboard/references.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_leaderboard import make_record, write

from clbench import references as refs
from clbench.cli import main as cli_main
from clbench.errors import ClbenchError

ROOT = Path(__file__).resolve().parents[1]


def entry(**over) -> dict:
    e = {"id": "x", "source": "a paper, Table 1", "setting": "s", "metric": "final_average_accuracy", "value": 50.0,
         "unit": "percent", "spread": None, "tolerance": 3.0, "cell": {"benchmark": "split_digits", "config": "er"}}
    e.update(over)
    return e


def test_the_verdict_is_two_sided_within_the_tolerance():
    assert refs.judge(50.0, 3.0, 52.9, None, 3)[2] == "agrees"
    assert refs.judge(50.0, 3.0, 47.1, None, 3)[2] == "agrees"
    assert refs.judge(50.0, 3.0, 53.1, None, 3)[2] == "differs"  # above the paper is a difference too
    assert refs.judge(50.0, 3.0, 46.9, None, 3)[2] == "differs"
    diff, allowed, _ = refs.judge(50.0, 3.0, 46.0, None, 3)
    assert diff == pytest.approx(-4.0) and allowed == 3.0


def test_seed_noise_widens_the_allowance_to_two_standard_errors():
    # std 9.24 over 3 seeds: SE 5.33, so a 5.35-point gap is noise (A-GEM's cell), a 11-point gap is not
    diff, allowed, verdict = refs.judge(45.72, 3.0, 51.07, 9.24, 3)
    assert allowed == pytest.approx(2 * 9.24 / 3**0.5) and verdict == "agrees"
    assert refs.judge(45.72, 3.0, 57.0, 9.24, 3)[2] == "differs"
    assert refs.judge(45.72, 3.0, 51.07, 0.1, 3)[2] == "differs"
    # a published spread over its runs counts too
    assert refs.judge(50.0, 1.0, 52.0, None, 3, spread=3.0, runs=4)[1] == pytest.approx(3.0)


def _board(tmp_path, *recs):
    from clbench.leaderboard import build

    for r in recs:
        write(tmp_path, r)
    return build([tmp_path])


def test_each_reference_is_compared_with_the_cell_of_its_own_setting(tmp_path):
    er = yaml.safe_load((ROOT / "conf" / "method" / "er_mammoth.yaml").read_text())
    board = _board(tmp_path, make_record("er", config=er, final=0.80, seed=0),
                   make_record("er", config=er, final=0.82, seed=1),
                   make_record("er", lr=0.9, final=0.2, bench_config={"source_args": {"limit_train": 100}}))
    e_ok = entry(id="ok", value=80.43, cell={"benchmark": "split_digits", "config": "er_mammoth"})
    e_frac = entry(id="frac", value=0.70, unit="fraction", tolerance=0.03,
                   cell={"benchmark": "split_digits", "config": "er_mammoth"})
    e_none = entry(id="none", cell={"benchmark": "split_digits", "config": "ewc_mammoth"})
    e_pinned = entry(id="pinned", cell={"benchmark": "split_digits", "config": "er_mammoth",
                                        "benchmark_config": {"source_args": {"limit_train": 100}}})
    ok, frac, none, pinned = refs.compare([e_ok, e_frac, e_none, e_pinned], board)
    assert ok.verdict == "agrees" and ok.mean == pytest.approx(81.0) and ok.row.n == 2 and ok.ok
    assert frac.verdict == "differs" and frac.diff == pytest.approx(0.11) and not frac.ok
    assert none.verdict == "no cell" and none.row is None and not none.ok
    assert pinned.verdict == "no cell"  # the only cell at limit_train 100 is another config


def test_the_command_prints_the_table_and_fails_when_a_verdict_is_not_the_expected_one(tmp_path, capsys):
    er = yaml.safe_load((ROOT / "conf" / "method" / "er_mammoth.yaml").read_text())
    _board(tmp_path, make_record("er", config=er, final=0.80))
    good = [entry(id="agrees", value=80.43, cell={"benchmark": "split_digits", "config": "er_mammoth"}),
            entry(id="known-gap", value=70.0, expect="differ", why="a named cause",
                  cell={"benchmark": "split_digits", "config": "er_mammoth"}),
            entry(id="absent", expect="no_cell", why="costly", cell={"benchmark": "split_digits", "config": "zzz"})]
    f = tmp_path / "refs.yaml"
    f.write_text(yaml.safe_dump(good))
    assert cli_main(["references", str(tmp_path), "--file", str(f)]) == 0
    out = capsys.readouterr().out
    assert "agrees" in out and "differs: a named cause" in out and "no cell: costly" in out
    assert "3 references: 1 agree, 1 differ, 1 without a matching cell; 0 not as expected" in out
    drift = entry(id="drift", value=60.0, cell={"benchmark": "split_digits", "config": "er_mammoth"})
    f.write_text(yaml.safe_dump([drift]))
    assert cli_main(["references", str(tmp_path), "--file", str(f)]) == 1
    assert "differs (EXPECTED AGREES)" in capsys.readouterr().out


@pytest.mark.parametrize("bad, says", [
    ({"value": "high"}, "has value 'high'; give a number in percent"),
    ({"unit": "points"}, "has unit 'points'; use percent or fraction"),
    ({"expect": "differ"}, "expects differ without a 'why'; name the cause"),
    ({"cell": {"benchmark": "b"}}, "needs cell: {benchmark: ..., config: ...}"),
    ({"tolerance": -1}, "has a negative tolerance"),
])
def test_a_bad_reference_file_is_one_sentence(tmp_path, bad, says):
    f = tmp_path / "refs.yaml"
    f.write_text(yaml.safe_dump([entry(**bad)]))
    with pytest.raises(ClbenchError, match=r"^reference x .*" + __import__("re").escape(says)):
        refs.load(f)
    e = entry()
    del e["source"]
    f.write_text(yaml.safe_dump([e]))
    with pytest.raises(ClbenchError, match=r"lacks source; add them\.$"):
        refs.load(f)


def test_the_committed_reference_file_is_well_formed_and_names_configs_that_exist():
    entries = refs.load(ROOT / "leaderboard" / "references.yaml")
    assert len({e["id"] for e in entries}) == len(entries)
    for e in entries:
        assert (ROOT / "conf" / "method" / f"{e['cell']['config']}.yaml").is_file(), e["id"]
        assert (ROOT / "conf" / "benchmark" / f"{e['cell']['benchmark']}.yaml").is_file(), e["id"]


@pytest.mark.slow
def test_the_committed_board_meets_every_reference(capsys):
    """Every referenced cell of leaderboard/records has the verdict leaderboard/references.yaml expects: a
    drift either way (or a referenced cell that went missing) fails here."""
    from clbench.leaderboard import build

    code = refs.main([], build)
    out = capsys.readouterr().out
    assert code == 0, out
    ids = [e["id"] for e in refs.load(ROOT / "leaderboard" / "references.yaml")]
    assert all(any(line.startswith(i + " ") for line in out.splitlines()) for i in ids), out
