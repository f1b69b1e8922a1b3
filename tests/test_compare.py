"""``rmbench compare``: paired per-subset differences between two runs on the very same items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_report_synthetic import edit_scores, write_synthetic_run

from rmbench.cli import main
from rmbench.report.compare import ComparisonError, compare_runs
from rmbench.results import load_run

SUBSETS = ["demo/facts_en", "demo/facts_en_markdown", "synth/pairs", "synth/ratings"]


def _accuracy(run, key: str) -> float:
    return run.summary["subsets"][key]["metrics"]["pairwise_accuracy"]["value"]


def test_difference_matches_the_runs_own_accuracies_and_skips_pointwise(tmp_path: Path) -> None:
    good = load_run(write_synthetic_run(tmp_path / "good", "good", seed=1, subsets=SUBSETS))
    length = load_run(write_synthetic_run(tmp_path / "length", "length", seed=2, subsets=SUBSETS))
    rows = {r["subset"]: r for r in compare_runs(good, length, n_resamples=2000)}
    assert set(rows) == {
        "demo/facts_en",
        "demo/facts_en_markdown",
        "synth/pairs",
    }  # synth/ratings is pointwise
    for key, row in rows.items():
        assert row["a"] == pytest.approx(_accuracy(good, key)) and row["b"] == pytest.approx(
            _accuracy(length, key)
        )
        assert row["diff"] == pytest.approx(row["a"] - row["b"])
        assert row["ci_low"] <= row["diff"] <= row["ci_high"]
    # length is always wrong on the markdown twins (rejected made longer): a large, certain difference
    md = rows["demo/facts_en_markdown"]
    assert md["b"] == 0.0 and md["diff"] > 0.5 and md["p_value"] < 0.001
    # a run compared with itself: no difference at all
    same = compare_runs(good, good, patterns=["synth/*"], n_resamples=500)
    assert [r["subset"] for r in same] == ["synth/pairs"] and same[0]["diff"] == 0.0


def test_refuses_runs_on_different_items(tmp_path: Path) -> None:
    a = write_synthetic_run(tmp_path / "a", "good", seed=1, subsets=["synth/pairs"])
    b = write_synthetic_run(tmp_path / "b", "random", seed=2, subsets=["synth/pairs"])
    edit_scores(b, "synth/pairs", lambda rows: rows[:-3])
    with pytest.raises(ComparisonError, match="synth/pairs: the runs scored different items"):
        compare_runs(load_run(a), load_run(b))
    c = write_synthetic_run(tmp_path / "c", "random", seed=2, subsets=["synth/pairs"])
    edit_scores(c, "synth/pairs", lambda rows: [{**rows[0], "gold": rows[0]["gold"][::-1]}, *rows[1:]])
    with pytest.raises(ComparisonError, match="disagree on gold"):
        compare_runs(load_run(a), load_run(c))


def test_refuses_runs_on_another_task_version(tmp_path: Path) -> None:
    a = write_synthetic_run(tmp_path / "a", "good", seed=1, subsets=["synth/pairs"])
    b = write_synthetic_run(tmp_path / "b", "random", seed=2, subsets=["synth/pairs"])
    summary_path = b / "summary.json"
    summary = json.loads(summary_path.read_text())
    summary["manifest"]["tasks"]["synth"]["version"] = "999"
    summary_path.write_text(json.dumps(summary))
    with pytest.raises(ComparisonError, match="synth/pairs: the runs differ in task_version"):
        compare_runs(load_run(a), load_run(b))


def test_cli_prints_one_row_per_subset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write_synthetic_run(tmp_path / "a", "good", seed=1, subsets=SUBSETS)
    b = write_synthetic_run(tmp_path / "b", "random", seed=2, subsets=SUBSETS)
    assert main(["compare", str(a), str(b), "--subsets", "demo/*", "--n-resamples", "500"]) == 0
    out = capsys.readouterr().out
    assert "demo/facts_en " in out and "demo/facts_en_markdown" in out and "synth/pairs" not in out
    assert main(["compare", str(a), str(b), "--subsets", "nothing/*"]) == 2
