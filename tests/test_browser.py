"""The leaderboard page in a real browser: headless Chromium sorts a table and draws the charts.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and ``selenium``
(dev extra); skipped, saying which is missing, where they are not installed. The browser runs
offline with a fresh profile and no network services.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from test_report_synthetic import write_all_models

from rmbench.report.leaderboard import build_leaderboard
from rmbench.report.leaderboard_files import write_leaderboard
from rmbench.results import load_run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1400,1800",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def driver():
    if CHROMIUM is None:
        pytest.skip("Chromium not installed (apt-get install chromium chromium-driver)")
    if CHROMEDRIVER is None:
        pytest.skip("chromedriver not installed (apt-get install chromium-driver)")
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium not installed (pip install -e '.[dev]')"
    )
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="rmbench-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    drv = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("browser")
    runs = write_all_models(root / "runs", ("good", "noisy", "length", "random"))
    doc = build_leaderboard([load_run(p) for p in runs], n_resamples=100)
    write_leaderboard(doc, root / "lb")
    return root / "lb" / "index.html", doc


def column(driver, table_id: str, col: int) -> list[str]:
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, f"#{table_id} tbody tr")
    return [r.find_elements(By.TAG_NAME, "td")[col].text for r in rows]


def test_page_sorts_and_draws(driver, page: tuple[Path, dict], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    index, doc = page
    driver.get(index.as_uri())
    assert driver.title == "rmbench leaderboard"
    ranked = [r["model"] for r in doc["tables"]["overall"]]
    assert column(driver, "table-overall", 2) == ranked

    headers = driver.find_elements(By.CSS_SELECTOR, "#table-overall thead th")
    names = [h.text for h in headers]
    shifted = headers[names.index("shifted")]
    shifted.click()  # first click: descending
    by_shifted = sorted(doc["tables"]["shifted"], key=lambda r: -r["value"])
    assert column(driver, "table-overall", 2) == [r["model"] for r in by_shifted]
    assert shifted.get_attribute("aria-sort") == "descending"
    shifted.click()  # second click: ascending
    assert column(driver, "table-overall", 2) == [r["model"] for r in reversed(by_shifted)]
    headers[names.index("model")].click()
    assert column(driver, "table-overall", 2) == sorted(ranked, reverse=True)

    scatter = driver.find_element(By.ID, "scatter")
    assert scatter.size["width"] > 100 and scatter.size["height"] > 100
    points = scatter.find_elements(By.CSS_SELECTOR, "circle.point")
    assert len(points) == len(ranked)
    assert all(p.size["width"] > 0 and p.size["height"] > 0 for p in points)
    assert scatter.find_element(By.CSS_SELECTOR, "line.diagonal").size["width"] > 50
    bars = driver.find_elements(By.CSS_SELECTOR, "#domain-bars rect.bar")
    assert len(bars) == len(ranked) * len(doc["domains"])
    heights = {
        b.get_attribute("data-model"): b.size["height"]
        for b in bars
        if b.get_attribute("data-domain") == "code"
    }
    assert heights["good"] > heights["random"] > 0  # bar height follows accuracy
    assert len(driver.find_elements(By.CSS_SELECTOR, "#domain-bars path.whisker")) == len(bars)

    shot = tmp_path / "leaderboard.png"
    assert driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
