"""Shared test fixtures. Tests are offline: the hub is never contacted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The offline copies of public datasets (../shared/data beside the checkout)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"public data copy not found at {SHARED_DATA}")
    return SHARED_DATA


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        help="also run the slow tier (@pytest.mark.slow: browser, torchrun, wheel, full re-checks); CI does",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The fast tier by default; ``--slow`` (what CI runs) adds the slow tier.

    Slow tests are deselected, not skipped, so a skip always means something is missing.
    """
    if config.getoption("--slow"):
        return
    slow = [item for item in items if "slow" in item.keywords]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if "slow" not in item.keywords]
