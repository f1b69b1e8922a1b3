"""A new metric is one registration, a new model kind one entry point: both show up everywhere."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from test_report_synthetic import write_synthetic_run

import rmbench
from rmbench.cli import build_parser
from rmbench.metrics.registry import Metric, register, unregister
from rmbench.models.registry import model_help, model_kinds
from rmbench.report.console import render_report
from rmbench.report.leaderboard import build_leaderboard
from rmbench.report.leaderboard_files import to_markdown
from rmbench.results import load_run


@pytest.fixture
def top_is_first_metric():
    """A test-local metric: is the gold-best response scored strictly highest? (pairwise and ranking)."""

    def per_item(scores, gold, tie_credit):  # type: ignore[no-untyped-def]
        out = []
        for s, g in zip(scores, gold, strict=True):
            s, g = np.asarray(s, float), np.asarray(g, float)
            best = np.flatnonzero(g == g.max())
            out.append(float(s[best].min() > np.delete(s, best).max()) if len(best) < len(g) else np.nan)
        return np.array(out)

    metric = register(
        Metric(
            "strict_top",
            "strict top",
            "Gold-best response scored strictly above all others.",
            kinds=("pairwise", "ranking"),
            per_item=per_item,
            chance=lambda gold: 0.5,
        )
    )
    yield metric
    unregister("strict_top")


def test_a_registered_metric_reaches_summary_report_and_leaderboard(
    top_is_first_metric, tmp_path: Path
) -> None:
    subsets = ["synth/pairs", "synth/rank"]
    good = load_run(write_synthetic_run(tmp_path / "good", "good", seed=1, subsets=subsets))
    random = load_run(write_synthetic_run(tmp_path / "random", "random", seed=2, subsets=subsets))
    fig = good.summary["subsets"]["synth/rank"]["metrics"]["strict_top"]
    assert fig["value"] > 0.9 and fig["chance"] == 0.5 and fig["n_clusters"] == 60
    assert random.summary["subsets"]["synth/rank"]["metrics"]["strict_top"]["value"] < 0.5
    text = render_report(good)
    assert "strict top" in text and f"{100 * fig['value']:.1f}" in text
    doc = build_leaderboard([good, random], n_resamples=100)
    rows = {r["model"]: r for r in doc["tables"]["metrics"]["strict_top"]["synth/rank"]}
    assert rows["good"]["value"] == pytest.approx(fig["value"], abs=1e-6)
    assert "## Per subset: strict top" in to_markdown(doc)


def test_registering_a_name_twice_or_a_second_primary_is_refused(top_is_first_metric) -> None:
    with pytest.raises(ValueError, match="already registered"):
        register(top_is_first_metric)
    with pytest.raises(ValueError, match="already have primary metric 'pairwise_accuracy'"):
        register(
            Metric(
                "other_primary",
                "x",
                "x",
                kinds=("pairwise",),
                per_item=lambda s, g, t: np.zeros(len(g)),
                primary_for=("pairwise",),
            )
        )


@pytest.fixture
def installed_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A package that adds the model kind ``wordcount`` through the ``rmbench.models`` entry point."""
    (tmp_path / "wordcount_rm.py").write_text(
        textwrap.dedent('''
        """Scores a response by its number of words (a plug-in kind for the test)."""
        from rmbench.models.base import Adapter

        class WordCount(Adapter):
            """words in the response (third-party test kind)"""
            kind = "wordcount"

            def score_batch(self, batch):
                return [float(len(p.payload.response.split())) for p in batch]
    ''')
    )
    dist = tmp_path / "wordcount_rm-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: wordcount-rm\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[rmbench.models]\nwordcount = wordcount_rm:WordCount\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "wordcount"
    sys.modules.pop("wordcount_rm", None)


def test_a_model_kind_from_an_entry_point_runs(
    installed_kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds = model_kinds()
    assert kinds["wordcount"].summary == "words in the response (third-party test kind)"
    assert "wordcount" in model_help()
    monkeypatch.setattr(sys, "argv", ["rmbench", "run"])  # the parser fully builds only the command being run
    run_help = build_parser()._subparsers._group_actions[0].choices["run"].format_help()  # type: ignore[union-attr]
    assert "wordcount" in run_help
    [result] = rmbench.evaluate("wordcount", tasks=["demo"], cache=False, n_resamples=20, output=tmp_path)
    assert result.manifest["model"]["kind"] == "wordcount" and result.folder.name.startswith("wordcount-")
    assert 0.0 <= result.metric("demo/facts_en") <= 1.0


def test_readme_lists_every_builtin_model_kind() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for kind in model_kinds().values():
        assert f"| `{kind.name}` | {kind.summary} |" in readme, kind.name
