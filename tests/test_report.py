"""``rmbench report``: figures, gaps, diagnostics and flags from synthetic run folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_report_synthetic import write_synthetic_run

import rmbench
from rmbench.cli import main
from rmbench.report.console import WIDTH, find_flags, longer_is_better_share, render_report, selection_text
from rmbench.report.format import figure_text
from rmbench.results import find_runs, load_run


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("runs")
    return {
        "noisy": write_synthetic_run(root / "noisy", "noisy", seed=1),
        "length": write_synthetic_run(root / "length", "length", seed=2),
        "random": write_synthetic_run(root / "random", "random", seed=3),
        "truncated": write_synthetic_run(root / "truncated", "good", seed=4, truncated=0.2),
    }


def codes(flags, subset=None) -> set[str]:
    return {f.code for f in flags if subset is None or f.subset == subset}


def test_formatting() -> None:
    assert figure_text({"value": 0.8333, "ci_low": 0.6667, "ci_high": 0.9583}) == "83.3 [66.7, 95.8]"
    assert figure_text({"value": float("nan")}) == "n/a" and figure_text({"value": None}) == "n/a"
    assert (
        figure_text({"value": 0.5, "ci_low": 0.25, "ci_high": 0.75}, "correlation")
        == "+0.500 [+0.250, +0.750]"
    )
    assert figure_text({"value": -0.05, "ci_low": -0.1, "ci_high": 0.0}, signed=True) == "-5.0 [-10.0, +0.0]"
    assert longer_is_better_share({"pairs_chosen_longer": 8, "pairs_chosen_shorter": 3}) == 8 / 11
    assert longer_is_better_share({}) != longer_is_better_share({})  # NaN: no pairs of different length


def test_report_shows_every_subset_with_intervals(runs: dict[str, Path]) -> None:
    run = load_run(runs["noisy"])
    text = render_report(run)
    acc = run.summary["subsets"]["demo/facts_en"]["metrics"]["pairwise_accuracy"]
    assert figure_text(acc) in text
    tau = run.summary["subsets"]["synth/ratings"]["metrics"]["kendall_tau_b_across"]
    assert figure_text(tau, "correlation") in text  # pointwise subsets report correlation
    gap = run.summary["tasks"]["demo"]["gaps"][0]
    assert figure_text(gap["gap"], signed=True) + " pt" in text and figure_text(gap["flip_rate"]) in text
    attack = run.summary["tasks"]["demo"]["robustness"][0]
    assert attack["subset"] == "facts_en_markdown" and attack["attack"] == "markdown"
    for heading in (
        "== demo ==",
        "== synth ==",
        "Generalization gaps, natural shifts",
        "Robustness, attacks",
        "Diagnostics",
        "best-of-N",
        "truncated",
        "items/cl",
        "chance",
        "detect",
    ):
        assert heading in text
    assert max(len(line) for line in text.splitlines()) <= WIDTH


def test_report_rows_show_clusters_chance_and_detectable_difference(runs: dict[str, Path]) -> None:
    run = load_run(runs["noisy"])
    sub = run.summary["subsets"]["demo/facts_en"]
    row = next(line for line in render_report(run).splitlines() if line.startswith("facts_en "))
    assert f"{sub['n_items']}/{sub['n_clusters']}" in row
    assert " 50.0 " in row  # chance of pairwise accuracy
    assert row.rstrip().endswith(f" {100 * sub['detectable_difference']:.0f}")
    ranking = run.summary["subsets"]["synth/rank"]["metrics"]["best_of_n"]
    assert ranking["chance"] == 0.25  # one gold-best among k = 4


def test_report_header_says_which_items_and_seeds(tmp_path: Path) -> None:
    assert selection_text({}) == "items=all"
    assert (
        selection_text({"limit": 30, "sample": None, "sample_seed": None}) == "items=the first 30 per subset"
    )
    assert (
        selection_text({"limit": None, "sample": 30, "sample_seed": 2})
        == "items=a seeded sample of 30 (sample_seed=2) per subset"
    )
    rmbench.evaluate(
        "random",
        tasks=["demo"],
        sample=3,
        sample_seed=5,
        seed=7,
        cache=False,
        n_resamples=20,
        output=tmp_path,
    )
    run = load_run(find_runs([tmp_path])[0])
    header = " ".join(render_report(run).splitlines()[1:3])
    assert "seed=7" in header and "items=a seeded sample of 3 (sample_seed=5) per subset" in header


def test_judge_statistics_and_position_bias_flag(runs: dict[str, Path], tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "judge"
    shutil.copytree(runs["noisy"], folder)
    summary = json.loads((folder / "summary.json").read_text())
    summary["manifest"]["adapter_stats"] = {
        "demo/facts_en": {"position_consistency": 0.1, "pairs": 40, "mean_p_first": 0.87},
        "synth/pairs": {"position_consistency": 0.8, "pairs": 40, "mean_p_first": 0.52},
    }
    (folder / "summary.json").write_text(json.dumps(summary))
    run = load_run(folder)
    text = render_report(run)
    assert "Pairwise judge" in text and "10.0%" in text and "0.870" in text and "80.0%" in text
    biased = [f for f in find_flags(run) if f.code == "position_bias"]
    assert [f.subset for f in biased] == ["demo/facts_en"]  # 80% consistent is not flagged
    assert "only 10.0% of pairs (mean P(first shown wins) 0.87)" in biased[0].message
    assert not any(f.code == "position_bias" for f in find_flags(load_run(runs["noisy"])))
    assert "Pairwise judge" not in render_report(load_run(runs["noisy"]))


def test_flags_length_baseline_where_it_beats_60(runs: dict[str, Path]) -> None:
    length = load_run(runs["length"])
    flags = find_flags(length)
    for key, sub in length.summary["subsets"].items():
        acc = sub["metrics"].get("pairwise_accuracy")
        if acc:
            assert ("length_baseline_wins" in codes(flags, key)) == (acc["value"] > 0.6), key
    assert "length_baseline_wins" in codes(flags, "synth/pairs")  # 75%
    assert "length_baseline_wins" not in codes(flags, "synth/rank")  # 48.7%: no flag
    assert "length_skewed_data" in codes(
        find_flags(load_run(runs["noisy"])), "synth/pairs"
    )  # any model's report


def test_flags_model_below_length_baseline(runs: dict[str, Path]) -> None:
    random, length = load_run(runs["random"]), load_run(runs["length"])
    flags = find_flags(random, length)
    for key, sub in random.summary["subsets"].items():
        acc = sub["metrics"].get("pairwise_accuracy")
        base = length.summary["subsets"][key]["metrics"].get("pairwise_accuracy")
        if acc and base:
            assert ("below_length_baseline" in codes(flags, key)) == (acc["value"] < base["value"]), key
    assert "below_length_baseline" in codes(flags)
    assert "below_length_baseline" not in codes(find_flags(random))  # needs a length run


def test_flags_ties(tmp_path: Path) -> None:
    run = load_run(write_synthetic_run(tmp_path / "constant", "constant", subsets=["synth/rank"]))
    assert run.summary["subsets"]["synth/rank"]["diagnostics"]["tie_rate"] == 1.0
    assert "ties" in codes(find_flags(run), "synth/rank")
    assert "ties" not in codes(
        find_flags(load_run(write_synthetic_run(tmp_path / "good", "good", subsets=["synth/rank"])))
    )


def test_flags_truncation_and_chance(runs: dict[str, Path]) -> None:
    assert "truncated" in codes(find_flags(load_run(runs["truncated"])), "demo/facts_en")
    assert "truncated" not in codes(find_flags(load_run(runs["noisy"])))
    assert "chance_level" not in codes(
        find_flags(load_run(runs["random"]))
    )  # expected of the random baseline


def test_cli_report(runs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "flags.json"
    assert main(["report", str(runs["noisy"]), str(runs["length"]), "--flags-json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "rmbench report: noisy" in text and "rmbench report: length" in text
    assert f"length baseline from {runs['length']}" in text  # picked up from the runs given
    flags = json.loads(out.read_text())
    assert any(f["code"] == "length_baseline_wins" for f in flags[str(runs["length"])])
    assert main(["report", str(runs["noisy"]), "--strict"]) == 1  # small subsets are flagged


def test_cli_report_finds_sibling_length_run(
    runs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(runs["random"])]) == 0  # runs/length sits beside runs/random
    text = capsys.readouterr().out
    assert f"length baseline from {runs['length']}" in text and "below_length_baseline" in text


def test_cli_report_not_a_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path)]) == 2
    assert "no run folder" in capsys.readouterr().err
