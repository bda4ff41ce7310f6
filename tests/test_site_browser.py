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

    # the numbers are the records' numbers: means over seeds, shown in % and kept unrounded in data-v
    assert column(0) == ["joint", "er", "finetune"]
    assert values(2) == pytest.approx([0.9, 0.65, 0.25])
    assert column(2) == ["90.00", "65.00 ± 5.00", "25.00 ± 7.07"]
    assert column(1) == ["1", "3", "2"]

    train_col = headers.index("train s")
    table.find_elements("css selector", "th")[train_col].click()
    assert column(0) == ["joint", "er", "finetune"] and values(train_col) == [1.0, 3.0, 5.0]
    table.find_elements("css selector", "th")[train_col].click()
    assert column(0) == ["finetune", "er", "joint"]
    table.find_elements("css selector", "th")[0].click()
    assert column(0) == ["er", "finetune", "joint"]

    images = driver.find_elements("css selector", "img")
    assert len(images) == 3
    for img in images:
        assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img) > 0
