"""The one command that rebuilds leaderboard/ (scripts/build_leaderboard.sh) gives the same bytes.

With committed runs in leaderboard/runs/<suite>/, the committed tables must be exactly what the
script makes of them; before runs are committed, the script is checked on synthetic runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_report_synthetic import write_all_models

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "build_leaderboard.sh"
FILES = ("README.md", "leaderboard.csv", "leaderboard.json", "index.html")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("bash") is None, reason="bash not available"),
]


def build(out: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "LEADERBOARD_DIR": str(out),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    return subprocess.run(
        ["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=600, check=False
    )


def test_script_builds_the_same_bytes_twice(tmp_path: Path) -> None:
    runs = tmp_path / "a" / "runs" / "builtin"
    write_all_models(runs, ("good", "length", "random"))
    first = build(tmp_path / "a")
    assert first.returncode == 0, first.stderr
    assert "no runs in" in first.stderr  # the public suite has none here: said, not fatal
    shutil.copytree(tmp_path / "a" / "runs", tmp_path / "b" / "runs")
    assert build(tmp_path / "b").returncode == 0
    for name in FILES:
        a, b = (tmp_path / d / "builtin" / name for d in ("a", "b"))
        assert a.read_bytes() == b.read_bytes(), name
    readme = (tmp_path / "a" / "builtin" / "README.md").read_text()
    assert "`leaderboard/runs/builtin/`" in readme and str(tmp_path) not in readme
    assert "demo/" not in readme  # the demo task is left out of the project's tables


@pytest.mark.skipif(
    not (REPO / "leaderboard" / "runs").is_dir(), reason="no committed runs in leaderboard/runs yet"
)
def test_committed_leaderboard_is_what_the_script_builds(tmp_path: Path) -> None:
    (tmp_path / "runs").symlink_to(REPO / "leaderboard" / "runs", target_is_directory=True)
    result = build(tmp_path)
    assert result.returncode == 0, result.stderr
    suites = [d.name for d in (REPO / "leaderboard" / "runs").iterdir() if d.is_dir()]
    assert suites
    for suite in suites:
        for name in FILES:
            built, committed = tmp_path / suite / name, REPO / "leaderboard" / suite / name
            assert committed.exists(), f"leaderboard/{suite}/{name} not committed"
            assert built.read_bytes() == committed.read_bytes(), (
                f"leaderboard/{suite}/{name} is stale: rerun the script"
            )
