"""``rmbench leaderboard``: aggregates, significance groups, refusing to mix data, deterministic files."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from test_report_synthetic import edit_scores, write_all_models, write_synthetic_run

from rmbench.cli import main
from rmbench.metrics.clusters import resample_counts
from rmbench.report.board_checks import random_calibration
from rmbench.report.leaderboard import LEADERBOARD_SCHEMA_VERSION, LeaderboardError, build_leaderboard
from rmbench.report.leaderboard_files import CSV_COLUMNS, to_csv, to_markdown, write_leaderboard
from rmbench.report.significance import significance_groups
from rmbench.results import load_run

MODELS = ("good", "noisy", "length", "random")


@pytest.fixture(scope="module")
def run_dirs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_all_models(tmp_path_factory.mktemp("runs"), MODELS)


@pytest.fixture(scope="module")
def doc(run_dirs: list[Path]) -> dict:
    return build_leaderboard([load_run(p) for p in run_dirs], n_resamples=300)


def rows(table: list[dict]) -> dict[str, dict]:
    return {r["model"]: r for r in table}


def acc(run: Path, key: str) -> float:
    return load_run(run).summary["subsets"][key]["metrics"]["pairwise_accuracy"]["value"]


def test_overall_is_mean_over_domains_of_subset_means(doc: dict, run_dirs: list[Path]) -> None:
    noisy = run_dirs[MODELS.index("noisy")]
    qa = np.mean(
        [acc(noisy, f"demo/{s}") for s in ("facts_en", "facts_es")]
    )  # the markdown attack: not evidence
    code = np.mean(
        [acc(noisy, f"synth/{s}") for s in ("pairs", "rank", "rank_long")]
    )  # not pointwise ratings
    overall = rows(doc["tables"]["overall"])["noisy"]
    assert overall["value"] == pytest.approx((qa + code) / 2, abs=1e-6)
    assert overall["ci_low"] < overall["value"] < overall["ci_high"]
    assert rows(doc["tables"]["domains"]["qa"])["noisy"]["value"] == pytest.approx(qa, abs=1e-6)
    ind = rows(doc["tables"]["in_distribution"])["noisy"]["value"]
    code_ind = (acc(noisy, "synth/pairs") + acc(noisy, "synth/rank")) / 2
    assert ind == pytest.approx((acc(noisy, "demo/facts_en") + code_ind) / 2, abs=1e-6)
    assert doc["domains"] == ["code", "qa"] and doc["axes"] == ["language", "length"]
    assert doc["attacks"] == ["markdown/chosen", "markdown/rejected"]  # the demo mirrors its attack


def test_gaps_and_robustness_match_the_run_summaries(doc: dict, run_dirs: list[Path]) -> None:
    length = load_run(run_dirs[MODELS.index("length")])
    language = rows(doc["tables"]["axes"]["language"])["length"]
    summary_gap = next(g for g in length.summary["tasks"]["demo"]["gaps"] if g["axis"] == "language")["gap"]
    assert language["value"] == pytest.approx(summary_gap["value"], abs=1e-6)
    attack = rows(doc["tables"]["robustness"]["markdown/rejected"])["length"]
    summary_delta = length.summary["tasks"]["demo"]["robustness"][0]["delta"]
    assert attack["value"] == pytest.approx(summary_delta["value"], abs=1e-6)  # markdown fools length ...
    assert attack["ci_high"] < -0.3
    gap = rows(doc["tables"]["gap"])["length"]["value"]
    assert abs(gap) < 0.3  # ... but that is an attack, not a shift: the gap does not see it
    assert rows(doc["tables"]["gap"])["good"]["value"] == 0.0


def test_random_baseline_interval_contains_chance_on_every_pairwise_subset(doc: dict) -> None:
    for info in doc["subsets"]:
        if info["metric"] != "pairwise_accuracy":
            continue
        r = rows(doc["tables"]["subsets"][info["key"]])["random"]
        assert r["ci_low"] <= 0.5 <= r["ci_high"], info["key"]


def test_baseline_checks(doc: dict) -> None:
    flagged = {(c["subset"], c["check"]) for c in doc["checks"]}
    length = {
        k: rows(t)["length"]["value"]
        for k, t in doc["tables"]["subsets"].items()
        if not k.endswith("ratings")
    }
    assert {k for k, v in length.items() if v > 0.6} == {k for k, c in flagged if c == "length_wins"}
    assert ("synth/pairs", "length_wins") in flagged  # 75%
    assert not any(c == "random_off_chance" for _, c in flagged)
    readme = to_markdown(doc)
    assert (
        "## Baseline checks" in readme and "`synth/pairs` (length): length baseline reaches 75.0 [" in readme
    )


def test_random_calibration_counts_misses_against_chance(doc: dict) -> None:
    pairwise = [i["key"] for i in doc["subsets"] if i["metric"] == "pairwise_accuracy"]
    [entry] = doc["calibration"]
    assert entry["model"] == "random" and entry["subsets"] == len(pairwise) and entry["misses"] == 0
    assert entry["p_value"] == 1.0 and "consistent with calibrated intervals" in to_markdown(doc)

    from types import SimpleNamespace

    def tables(misses: int, n: int = 40) -> tuple[dict, dict]:
        subset_tables = {
            f"t/s{i}": [{"model": "rnd", "value": 0.5, "ci_low": 0.52 if i < misses else 0.4, "ci_high": 0.6}]
            for i in range(n)
        }
        subset_tables["t/points"] = [
            {"model": "rnd", "value": 0.0, "ci_low": 0.3, "ci_high": 0.4}
        ]  # pointwise: not counted
        infos = {k: SimpleNamespace(pointwise=k == "t/points") for k in subset_tables}
        return subset_tables, infos

    subset_tables, infos = tables(2)
    [two] = random_calibration({"subsets": subset_tables}, {"rnd": "random", "other": "hf"}, infos)
    # P(X >= 2) for X ~ Binomial(40, 0.05) = 1 - 0.95^40 - 40 * 0.05 * 0.95^39
    assert two["subsets"] == 40 and two["misses"] == 2 and two["expected"] == pytest.approx(2.0)
    assert two["p_value"] == pytest.approx(1 - 0.95**40 - 40 * 0.05 * 0.95**39)
    assert "consistent" in two["message"]
    subset_tables, infos = tables(10)
    [ten] = random_calibration({"subsets": subset_tables}, {"rnd": "random"}, infos)
    assert ten["p_value"] < 1e-3 and "more misses than chance explains" in ten["message"]


def test_significance_groups(doc: dict) -> None:
    overall = rows(doc["tables"]["overall"])
    assert [r["model"] for r in doc["tables"]["overall"]][:2] == ["good", "noisy"]
    assert overall["good"]["group"] == 1 and overall["noisy"]["group"] == 2
    assert overall["random"]["group"] == overall["length"]["group"] == 3  # both near chance overall
    pairs = {(p["a"], p["b"]): p for p in doc["significance"]["pairs"]["overall"]}
    assert len(pairs) == 6 and doc["significance"]["correction"] == "holm"
    assert pairs[("good", "noisy")]["p_holm"] < 0.05
    assert all(p["p_holm"] >= p["p_value"] for p in pairs.values())
    low = tuple(r["model"] for r in doc["tables"]["overall"][2:])
    assert set(low) == {"random", "length"} and pairs[low]["p_holm"] >= 0.05


def test_significance_groups_unit() -> None:
    rng = np.random.default_rng(0)
    base = rng.random(400)
    per_item = {"a": base + 0.2, "b": base + 0.199, "c": base, "d": base - 0.0005 + rng.normal(0, 0.01, 400)}
    draws = np.vstack(list(resample_counts(400, 500, seed=1)))  # one shared draw: paired
    samples = {k: draws @ v / 400 for k, v in per_item.items()}
    values = {k: float(v.mean()) for k, v in per_item.items()}
    groups = significance_groups(values, samples)
    assert groups.order == ["a", "b", "c", "d"]
    assert groups.group == {"a": 1, "b": 2, "c": 3, "d": 3}  # b is a constant 0.001 below a: significant
    assert len(groups.pairs) == 6 and all(p.p_adjusted >= p.test.p_value for p in groups.pairs)


def test_same_runs_same_bytes_in_any_order(run_dirs: list[Path], tmp_path: Path) -> None:
    a = write_leaderboard(build_leaderboard([load_run(p) for p in run_dirs], n_resamples=200), tmp_path / "a")
    b = write_leaderboard(
        build_leaderboard([load_run(p) for p in reversed(run_dirs)], n_resamples=200), tmp_path / "b"
    )
    assert [p.name for p in a] == ["README.md", "leaderboard.csv", "leaderboard.json", "index.html"]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    text = "".join(p.read_text() for p in a)
    assert str(tmp_path) not in text and str(run_dirs[0].parent) not in text  # no absolute paths


def test_json_schema_and_csv(doc: dict) -> None:
    assert doc["schema"] == "rmbench.leaderboard" and doc["schema_version"] == LEADERBOARD_SCHEMA_VERSION
    assert set(doc["tables"]) == {
        "overall",
        "in_distribution",
        "shifted",
        "gap",
        "domains",
        "domain_shift",
        "axes",
        "robustness",
        "bias",
        "subsets",
        "metrics",
    }
    assert set(doc["tables"]["metrics"]) == {
        "best_of_n",
        "kendall_tau_b",
        "spearman",
        "spearman_across",
        "pearson_across",
    }
    assert [m["label"] for m in doc["models"]] == [r["model"] for r in doc["tables"]["overall"]]
    json.dumps(doc, allow_nan=False)  # NaN never reaches the file
    table = list(csv.DictReader(io.StringIO(to_csv(doc))))
    assert list(table[0]) == CSV_COLUMNS
    good = next(r for r in table if r["table"] == "overall" and r["model"] == "good")
    assert good["value"] == "1.000000" and good["group"] == "1"
    assert {r["table"] for r in table} == {
        "overall",
        "in_distribution",
        "shifted",
        "gap",
        "domain",
        "axis_gap",
        "subset",
        "domain_in_distribution",
        "domain_shifted",
        "domain_gap",
        "robustness",
        "bias",
        "metric_best_of_n",
        "metric_kendall_tau_b",
        "metric_spearman",
        "metric_spearman_across",
        "metric_pearson_across",
    }


def test_refuses_runs_on_different_task_versions(run_dirs: list[Path], tmp_path: Path) -> None:
    other = write_synthetic_run(
        tmp_path / "v2",
        "noisy",
        seed=9,
        manifest_extra={
            "model": {"spec": "noisy-v2", "kind": "noisy"},
            "tasks": {
                "demo": {"version": "2.0", "domain": "qa"},
                "synth": {"version": "0.1", "domain": "code"},
            },
        },
    )
    runs = [load_run(run_dirs[0]), load_run(other)]
    with pytest.raises(LeaderboardError, match=r"demo/facts_en: .* differ in .*task_version"):
        build_leaderboard(runs, n_resamples=50)
    doc = build_leaderboard(runs, keep_apart=True, n_resamples=50)
    demo = [k for k in (s["key"] for s in doc["subsets"]) if k.startswith("demo/")]
    assert len(demo) == 8 and sum("@" in k for k in demo) == 4  # one variant keeps the plain key
    apart = {s["models"][0] for s in doc["subsets"] if s["variant"]}
    assert len(apart) == 1  # the run on the other variant ...
    overall = rows(doc["tables"]["overall"])
    other_variant = overall[apart.pop()]  # ... is compared on the shared subsets only, marked partial
    assert other_variant["covered"] < other_variant["of"] and other_variant["group"] is None
    assert all(
        r["value"] is not None for r in doc["tables"]["domains"]["code"]
    )  # shared synth subsets still compare
    assert any("kept apart" in n["reason"] for n in doc["notes"])


def test_refuses_runs_on_different_items(run_dirs: list[Path], tmp_path: Path) -> None:
    copy = shutil.copytree(run_dirs[1], tmp_path / "edited")
    summary = json.loads((copy / "summary.json").read_text())
    summary["manifest"]["model"] = {"spec": "edited", "kind": "noisy"}
    (copy / "summary.json").write_text(json.dumps(summary))
    # same version in the manifest, different gold
    edit_scores(copy, "synth/rank", lambda rows: [{**rows[0], "gold": rows[0]["gold"][::-1]}, *rows[1:]])
    with pytest.raises(LeaderboardError, match=r"synth/rank: .*items_hash"):
        build_leaderboard([load_run(run_dirs[0]), load_run(copy)], n_resamples=50)


def test_a_model_missing_subsets_is_compared_on_what_it_scored(run_dirs: list[Path], tmp_path: Path) -> None:
    partial = write_synthetic_run(
        tmp_path / "partial",
        "random",
        seed=5,
        subsets=["demo/facts_en", "synth/rank"],
        manifest_extra={"model": {"name": "partial", "kind": "random"}},
    )
    doc = build_leaderboard([load_run(run_dirs[0]), load_run(partial)], n_resamples=50)
    assert {n["subset"] for n in doc["notes"]} == {
        "demo/facts_es",
        "demo/facts_en_markdown",
        "demo/facts_en_markdown_chosen",
        "synth/pairs",
        "synth/rank_long",
        "synth/ratings",
    }
    full = build_leaderboard([load_run(run_dirs[0])], n_resamples=50)
    overall = rows(doc["tables"]["overall"])
    assert overall["good"] == {**rows(full["tables"]["overall"])["good"]}  # unaffected by the partial run
    partial_run = load_run(partial)
    expected = np.mean(
        [
            partial_run.summary["subsets"][k]["metrics"]["pairwise_accuracy"]["value"]
            for k in ("demo/facts_en", "synth/rank")
        ]
    )  # one subset in each domain
    assert overall["partial"]["value"] == pytest.approx(expected, abs=1e-6)
    assert (overall["partial"]["covered"], overall["partial"]["of"]) == (2, 5) and overall["partial"][
        "group"
    ] is None
    assert "partial" not in rows(doc["tables"]["gap"])  # no shifted subset scored: no row, never n/a
    assert rows(doc["tables"]["subsets"]["synth/rank"])["partial"]["value"] is not None  # shown per subset
    assert "(2/5)" in to_markdown(doc)


def test_exclude(run_dirs: list[Path]) -> None:
    doc = build_leaderboard([load_run(p) for p in run_dirs], exclude=["demo/*"], n_resamples=50)
    assert all(s["task"] == "synth" for s in doc["subsets"]) and doc["domains"] == ["code"]
    assert doc["settings"]["exclude"] == ["demo/*"]


def test_a_run_given_twice_is_one_model(run_dirs: list[Path]) -> None:
    once = build_leaderboard([load_run(run_dirs[0])], n_resamples=50)
    twice = build_leaderboard([load_run(run_dirs[0]), load_run(run_dirs[0])], n_resamples=50)
    assert [m["label"] for m in twice["models"]] == ["good"]
    assert twice["tables"]["overall"] == once["tables"]["overall"]


def test_cli_leaderboard(run_dirs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lb"
    assert main(["leaderboard", str(run_dirs[0].parent), "--out", str(out), "--resamples", "100"]) == 0
    printed = capsys.readouterr().out
    assert "1. good  100.0%  (group 1)" in printed
    html = (out / "index.html").read_text()
    for marker in (
        'id="scatter"',
        'id="domain-bars"',
        'class="diagonal"',
        'class="whisker"',
        'id="table-overall"',
    ):
        assert marker in html
    assert "<link" not in html and "src=" not in html and "https://" not in html  # no external assets
    readme = (out / "README.md").read_text()
    assert "## Overall" in readme and "## Gap per natural shift axis" in readme and "| good |" in readme
    assert "## Robustness per attack" in readme and "## Per subset: best-of-N" in readme
    bad = tmp_path / "empty"
    bad.mkdir()
    assert main(["leaderboard", str(bad), "--out", str(tmp_path / "x")]) == 2
    assert "no run folder" in capsys.readouterr().err


def test_published_manifests_hold_no_local_paths(tmp_path: Path) -> None:
    local = "/home/someone/checkpoints/2026/minilm-qa"
    run = write_synthetic_run(
        tmp_path / "mine",
        "good",
        seed=3,
        manifest_extra={
            "model": {
                "spec": f"hf:{local}",
                "kind": "hf",
                "name": "hf-minilm-qa",
                "arg": local,
                "settings": {"ref": "gpt2", "url": "http://127.0.0.1:8000"},
            }
        },
    )
    doc = build_leaderboard([load_run(run)], n_resamples=20)
    model = doc["models"][0]["manifest"]["model"]
    assert "/home/someone" not in json.dumps(doc)
    assert model["spec"] == "hf:.../2026/minilm-qa" and model["arg"] == ".../2026/minilm-qa"
    assert model["settings"] == {"ref": "gpt2", "url": "http://127.0.0.1:8000"}  # hub ids and URLs kept
    assert doc["models"][0]["label"] == "hf-minilm-qa"


def test_per_domain_shift_rows_cover_a_model_scored_on_one_domain(
    run_dirs: list[Path], tmp_path: Path
) -> None:
    synth = ["synth/pairs", "synth/rank", "synth/rank_long", "synth/ratings"]
    partial = write_synthetic_run(
        tmp_path / "partial",
        "good",
        seed=5,
        subsets=synth,
        manifest_extra={"model": {"name": "one-domain", "kind": "good"}},
    )
    doc = build_leaderboard([load_run(run_dirs[1]), load_run(partial)], n_resamples=200)
    rows = {(r["domain"], r["model"]): r for r in doc["tables"]["domain_shift"]}
    assert ("qa", "one-domain") not in rows  # nothing scored there: no row
    assert rows[("qa", "noisy")]["in_distribution"]["value"] is not None
    mine = rows[("code", "one-domain")]
    run = load_run(partial)
    acc = {
        k: run.summary["subsets"][k]["metrics"]["pairwise_accuracy"]["value"]
        for k in ("synth/pairs", "synth/rank", "synth/rank_long")
    }
    assert mine["in_distribution"]["value"] == pytest.approx(
        (acc["synth/pairs"] + acc["synth/rank"]) / 2, abs=1e-6
    )
    assert mine["shifted"]["value"] == pytest.approx(acc["synth/rank_long"], abs=1e-6)
    assert mine["gap"]["value"] == pytest.approx(
        acc["synth/rank"] - acc["synth/rank_long"], abs=1e-6
    )  # rank_long is against rank
    assert rows[("code", "one-domain")]["in_distribution"]["ci_low"] <= mine["in_distribution"]["value"]
    assert rows[("code", "noisy")]["gap"]["value"] is not None
    assert "## In-distribution vs shifted per domain" in to_markdown(doc)


def test_subsets_a_surface_cue_passes_are_flagged(run_dirs: list[Path], tmp_path: Path) -> None:
    audit_file = tmp_path / "audit.json"
    assert main(["audit", "demo", "--json", str(audit_file)]) == 0
    out = tmp_path / "lb"
    args = [
        "leaderboard",
        str(run_dirs[0].parent),
        "--out",
        str(out),
        "--resamples",
        "50",
        "--audit",
        str(audit_file),
    ]
    assert main(args) == 0
    doc = json.loads((out / "leaderboard.json").read_text())
    cues = {s["key"]: [c["heuristic"] for c in s["cues"]] for s in doc["subsets"]}
    assert "length" in cues["demo/facts_en_markdown"] and cues["demo/facts_en"] == []
    readme = (out / "README.md").read_text()
    assert (
        "## Subsets a surface cue can pass" in readme and "`demo/facts_en_markdown` (robustness): " in readme
    )
    assert "! " in readme  # the cue column of the per-subset table


def test_runs_of_one_model_on_other_subsets_share_its_row(tmp_path: Path) -> None:
    """The README's workflow scores `length` in several runs (the panel, then beside a trained model
    on other subsets): `rmbench leaderboard runs/*` shows it as one model over all of them."""
    import rmbench
    from rmbench.results import load_runs

    (en,) = rmbench.evaluate("length", subsets=["demo/facts_en"], output=tmp_path / "a", n_resamples=50)
    (es,) = rmbench.evaluate("length", subsets=["demo/facts_es"], output=tmp_path / "b", n_resamples=50)
    (rnd,) = rmbench.evaluate("random", subsets=["demo/facts_en"], output=tmp_path / "a", n_resamples=50)
    doc = build_leaderboard(load_runs([tmp_path / "a", tmp_path / "b"]), n_resamples=50)
    assert set(doc["tables"]["subsets"]) == {"demo/facts_en", "demo/facts_es"}
    for key, run in (("demo/facts_en", en), ("demo/facts_es", es)):
        assert rows(doc["tables"]["subsets"][key])["length"]["value"] == pytest.approx(run.metric(key))
    assert sorted(m["label"] for m in doc["models"]) == ["length", "random"]
    # the same name for two different models is still refused
    (other,) = rmbench.evaluate(
        "random",
        subsets=["demo/facts_es"],
        output=tmp_path / "c",
        seed=1,
        n_resamples=50,
        model_args={"name": "length"},
    )
    with pytest.raises(LeaderboardError, match="different models or settings"):
        build_leaderboard(load_runs([tmp_path / "a", tmp_path / "c"]), n_resamples=50)
    assert rnd.folder is not None and other.folder is not None
