"""``rmbench run`` on the command line: the compact table at the end, a clean Ctrl-C, smoke tasks left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmbench.cli import main
from rmbench.tasks import TaskRegistry


def test_run_ends_with_the_compact_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "run",
        "--model",
        "length",
        "--model",
        "random",
        "--tasks",
        "demo",
        "--output",
        str(tmp_path),
        "--no-cache",
        "--n-resamples",
        "50",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    table = out[out.index("model    overall") :].split("\n\n")[0]
    assert sorted(line.split()[0] for line in table.splitlines()[2:]) == ["length", "random"]
    assert "Full report: rmbench report" in out and "rmbench leaderboard" in out
    assert "in-distribution" in table and "gap (pt)" in table


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import rmbench.engine.run

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(rmbench.engine.run, "evaluate", interrupted)
    assert main(["run", "--model", "length", "--tasks", "demo", "--output", str(tmp_path)]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "run the same command again to resume" in err and "Traceback" not in err


def test_smoke_test_task_only_when_named() -> None:
    registry = TaskRegistry()
    assert "demo" not in {s.task.name for s in registry.select()}
    assert {s.task.name for s in registry.select(tasks=["demo"])} == {"demo"}
    assert {s.task.name for s in registry.select(subsets=["demo/*"])} == {"demo"}
