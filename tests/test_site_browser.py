"""The leaderboard page in a real browser: headless Chromium loads it from file://, the tables hold the
records' numbers, clicking a header reorders the rows, and the plots render."""

from __future__ import annotations

import json
import shutil

import pytest

from clbench import leaderboard as lb

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")


def _record(method: str, seed: int, final: float, secs: float) -> dict:
    """A record the board's checked loader accepts (the leaderboard tests' builder: schema, identity, metrics
    recomputed from the matrix), with the given final accuracy and training seconds."""
    from test_leaderboard import make_record

    return make_record(method, seed, final, train_seconds=secs)


@pytest.fixture
def driver(tmp_path):
    if not (CHROMIUM and DRIVER):
        pytest.skip("headless Chromium is not installed (apt-get install chromium chromium-driver); "
                    "skipping the browser test.")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        opts.add_argument(flag)
    d = webdriver.Chrome(service=Service(DRIVER), options=opts)
    yield d
    d.quit()


def test_page_in_headless_chromium(tmp_path, driver):
    finals = {"finetune": [0.2, 0.3], "joint": [0.9], "er": [0.6, 0.7, 0.65]}
    secs = {"finetune": 5.0, "joint": 1.0, "er": 3.0}
    (tmp_path / "records").mkdir()
    for method, accs in finals.items():
        for seed, acc in enumerate(accs):
            rec = _record(method, seed, acc, secs[method])
            (tmp_path / "records" / f"{rec['id']}.json").write_text(json.dumps(rec))
    _, html = lb.write_board(lb.build([tmp_path]), tmp_path / "board")
    driver.get(html.as_uri())
    table = driver.find_element("css selector", "table.board")
    headers = [th.text for th in table.find_elements("css selector", "th")]
    assert headers[:3] == ["method", "seeds", "final acc (%)"]

    def column(i: int) -> list[str]:
        return [r.find_elements("css selector", "td")[i].text for r in table.find_elements("css selector", "tbody tr")]

    def values(i: int) -> list[float]:
        return [float(r.find_elements("css selector", "td")[i].get_attribute("data-v"))
                for r in table.find_elements("css selector", "tbody tr")]

    # the numbers are the records' numbers: means over seeds, shown in % and kept unrounded in data-v; rows
    # with fewer than 3 seeds are not ranked and follow the ranked ones
    assert column(0) == ["er", "joint", "finetune"]
    assert values(2) == pytest.approx([0.65, 0.9, 0.25])
    assert column(2) == ["65.00 ± 5.00", "90.00", "25.00 ± 7.07"]
    assert column(1) == ["3", "1", "2"]
    assert column(headers.index("rank")) == ["1", "unranked (< 3 seeds)", "unranked (< 3 seeds)"]

    train_col = headers.index("train s")
    table.find_elements("css selector", "th")[train_col].click()
    assert column(0) == ["joint", "er", "finetune"] and values(train_col) == [1.0, 3.0, 5.0]
    table.find_elements("css selector", "th")[train_col].click()
    assert column(0) == ["finetune", "er", "joint"]
    table.find_elements("css selector", "th")[0].click()
    assert column(0) == ["er", "finetune", "joint"]

    images = driver.find_elements("css selector", "img")
    assert len(images) == 4  # curves, the chosen matrix, every row's matrix, cost (no compute recorded)
    for img in images:
        assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img) > 0


def test_contents_protocol_lines_and_distinct_styles_in_headless_chromium(tmp_path, driver):
    """A board of 27 methods on one benchmark (with counted compute) and 2 on another: every contents link
    resolves to a section, every section states its protocol, budget and backbone, and no two methods drawn
    in one plot share colour and style."""
    from test_leaderboard import make_record

    compute = {"train_flops": 10**9, "eval_flops": 10, "train_samples": 100, "eval_samples": 10,
               "optimizer_steps": 4}
    (tmp_path / "records").mkdir()
    recs = [make_record(f"m{i:02d}", 0, 0.3 + 0.02 * i, train_seconds=1.0 + i,
                        extra={"compute": {**compute, "train_flops": 10**9 * (i + 1)}}) for i in range(27)]
    recs += [make_record(m, s, 0.5 + 0.1 * s, bench="split_mnist") for m in ("er", "joint") for s in range(3)]
    for rec in recs:
        (tmp_path / "records" / f"{rec['id']}.json").write_text(json.dumps(rec))
    _, html = lb.write_board(lb.build([tmp_path]), tmp_path / "board")
    driver.get(html.as_uri())
    links = driver.find_elements("css selector", "nav#contents a")
    targets = [a.get_attribute("href").split("#", 1)[1] for a in links]
    assert len(targets) >= 2
    for t in targets:
        assert driver.execute_script("return document.getElementById(arguments[0]) !== null", t), t
    sections = driver.find_elements("css selector", "section")
    bench_sections = [s for s in sections if s.get_attribute("id") != "references"]
    assert len(bench_sections) == 2
    for sec in bench_sections:
        line = sec.find_element("css selector", "p.protocol").text
        assert line.startswith("Protocol: ") and "Budget: " in line and "Backbone: " in line, line
    figures = driver.find_elements("css selector", "figure[data-series]")
    assert figures
    biggest = 0
    for fig in figures:
        series = json.loads(fig.get_attribute("data-series"))
        keys = [(s["color"], s["marker"], s["linestyle"]) for s in series]
        alt = fig.find_element("css selector", "img").get_attribute("alt")
        assert len(keys) == len(set(keys)), f"two methods share a style in {alt}"
        assert len({s["label"] for s in series}) == len(series)
        biggest = max(biggest, len(series))
    assert biggest == 27
    alts = [img.get_attribute("alt") for img in driver.find_elements("css selector", "img")]
    assert any("accuracy vs training FLOPs" in a for a in alts)
    for img in driver.find_elements("css selector", "img"):
        assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img) > 0
