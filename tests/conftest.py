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
