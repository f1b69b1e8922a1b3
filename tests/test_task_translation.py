"""translation task, built-in suite: data validates, counts match task.yaml, the quality gate holds,
the embedded files are a fresh build of the source tables, and every injected error is re-applied to
the reference to give back the rejected translation with the recorded MQM-style gold."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from rmbench.audit import audit_items, gate_failures
from rmbench.tasks.task import Task

TASK_DIR = Path(__file__).resolve().parents[1] / "tasks" / "translation"
PENALTY = {"minor": 1, "major": 5}


def _module(name: str) -> ModuleType:
    """Load a build-folder module by path (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(
        f"translation_build_{name}", TASK_DIR / "build" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(TASK_DIR)


@pytest.fixture(scope="module")
def builtin(task: Task) -> dict:
    return {s.id: task.load(s.id) for s in task.subsets if s.suite == "builtin"}


def test_requirements_of_the_brief(task: Task, builtin: dict) -> None:
    indist = [s for s in task.subsets if s.suite == "builtin" and s.role == "in_distribution"]
    assert any(s.kind == "pairwise" and len(builtin[s.id]) >= 200 for s in indist)
    authored_shifts = [s for s in task.subsets if s.suite == "builtin" and s.role == "shifted" and s.builtin]
    assert {s.axis for s in authored_shifts if len(builtin[s.id]) >= 100} >= {"language", "domain"}
    rankings = [it for s in task.subsets if s.suite == "builtin" for it in builtin[s.id] if it.k >= 4]
    assert len(rankings) >= 40
    sentences = {it.meta["source_id"]: it.meta["domain"] for items in builtin.values() for it in items}
    assert len(sentences) >= 150 and set(Counter(sentences.values())) == {"news", "conversation", "technical"}
    langs = {it.meta["target_language"] for items in builtin.values() for it in items}
    assert langs == {"de", "es", "fr"}


def test_every_item_carries_what_baselines_need(builtin: dict) -> None:
    for items in builtin.values():
        for item in items:
            for key in ("reference", "source_text", "target_language", "language_pair", "source_id"):
                assert item.meta.get(key), (item.id, key)
            assert item.meta["source_text"] in item.prompt[-1]["content"]
            assert item.meta["reference"] not in item.prompt[-1]["content"]  # the RM never sees it


def test_quality_gate_on_in_distribution(task: Task, builtin: dict) -> None:
    for subset in task.subsets:
        if subset.suite == "builtin" and subset.role == "in_distribution":
            report = audit_items(subset.id, builtin[subset.id])
            assert gate_failures(report) == [], gate_failures(report)
            assert report.exact_duplicates == []
            assert report.missing_provenance == []
            assert 0.40 <= report.length_baseline.value <= 0.60
            assert report.artifact_probe.value <= 0.65


def _reapply(reference: str, errors: list[dict]) -> str:
    """An independent re-application of the recorded edits (each span occurs exactly once)."""
    text = reference
    for error in errors:
        assert text.count(error["before"]) == 1, error
        text = text.replace(error["before"], error["after"])
    return text


def test_injected_errors_reapply_and_gold_is_minus_penalty(task: Task, builtin: dict) -> None:
    checked = 0
    for subset in task.subsets:
        if not subset.builtin:
            continue
        for item in builtin[subset.id]:
            clean = [
                r for r, m in zip(item.responses, item.response_meta or [], strict=True) if not m["errors"]
            ]
            assert len(clean) == 1, item.id
            reference = clean[0]  # reference A, the preferred response
            assert item.meta["reference"] not in item.responses, item.id  # meta.reference is reference B
            for response, gold, rmeta in zip(
                item.responses, item.gold, item.response_meta or [], strict=True
            ):
                errors = rmeta["errors"]
                assert _reapply(reference, errors) == response, item.id
                penalty = sum(PENALTY[e["severity"]] for e in errors)
                assert penalty == rmeta["penalty"] == sum(e["penalty"] for e in errors)
                if item.k == 2:
                    assert gold == (0.0 if not errors else -float(penalty)), item.id
                else:
                    assert gold == -float(penalty), item.id
                assert (response == reference) == (not errors)
                assert bool(rmeta.get("flaw")) == bool(errors) and bool(rmeta.get("reason")) == (not errors)
                checked += len(errors)
    assert checked > 1500


def test_rankings_have_reference_minor_major_and_both(builtin: dict) -> None:
    for sid in ("ende_news_rank", "esfr_news_rank", "ende_other_rank"):
        for item in builtin[sid]:
            assert sorted(item.gold) == [-6.0, -5.0, -1.0, 0.0], item.id
            both = next(m for m, g in zip(item.response_meta, item.gold, strict=True) if g == -6.0)
            assert sorted(e["severity"] for e in both["errors"]) == ["major", "minor"]


def test_error_types_pass_their_mechanical_checks() -> None:
    """Number errors change a number or unit, omissions only delete, additions only add, untranslated
    spans carry English words of the source, and so on (edits.check), for every authored edit."""
    edits = _module("edits")
    tables = [_module(n) for n in ("src_news", "src_conversation", "src_technical")]
    kinds: Counter[str] = Counter()
    for table in tables:
        for row in table.SENTENCES:
            for lang in ("de", "es", "fr"):
                reference, raw = row[lang]
                for i, r in enumerate(raw):
                    edit = edits.parse(r, f"{row['id']}/{lang}[{i}]")
                    assert edits.check(edit, reference, row["en"], lang) == [], (row["id"], lang, r)
                    kinds[edit.type] += 1
    assert set(kinds) == set(edits.TYPES) and min(kinds.values()) >= 40, kinds
    # The checks do catch mislabelled edits.
    ref, src = "Der Zug fährt um 7 Uhr ab.", "The train leaves at 7."
    assert edits.check(edits.Edit("num", 5, "Zug", "Bus"), ref, src, "de")
    assert edits.check(edits.Edit("omi", 1, "um 7 Uhr", "um 7 Uhr morgens"), ref, src, "de")
    assert edits.check(edits.Edit("add", 1, "Der Zug", "Zug"), ref, src, "de")
    assert edits.check(edits.Edit("unt", 1, "Zug", "Bahn"), ref, src, "de")
    assert edits.check(edits.Edit("unt", 1, "Zug", "train"), ref, src, "de") == []
    assert edits.check(edits.Edit("sense", 5, "Flugzeug", "Zug"), ref, src, "de")  # span not found
    # a gender "error" the source does not decide is no error: rejected unless a pronoun/article changes
    assert edits.check(edits.Edit("pron", 1, "Zug", "Zugführerin"), ref, src, "de")
    assert edits.check(edits.Edit("pron", 1, "Der Zug", "Die Zug"), ref, src, "de") == []
    # an antonym says the opposite: a polarity error, never a wrong sense; a polarity error must flip
    # a negation or swap an antonym; a named-entity error must hinge on a name, not a season
    small, big = "Die Schuhe sind zu klein.", "The shoes are too small."
    assert edits.check(edits.Edit("sense", 5, "klein", "groß"), small, big, "de")
    assert edits.check(edits.Edit("neg", 5, "klein", "groß"), small, big, "de") == []
    assert edits.check(edits.Edit("neg", 5, "Schuhe", "Socken"), small, big, "de")
    summer = "Wir fahren im Sommer nach Rom."
    assert edits.check(
        edits.Edit("ent", 5, "im Sommer", "im Winter"), summer, "We go to Rome in summer.", "de"
    )
    assert (
        edits.check(edits.Edit("ent", 5, "nach Rom", "nach Paris"), summer, "We go to Rome in summer.", "de")
        == []
    )


def test_reviewed_error_types(builtin: dict) -> None:
    """Issue 17's examples, retyped on review: 'too small' -> 'too big' says the opposite (polarity),
    and 'second half' -> 'first half' of a match names another part, not another quantity (sense)."""
    rank = builtin["ende_other_rank"][24]
    minor_major = next(m for m, g in zip(rank.response_meta, rank.gold, strict=True) if g == -5.0)
    assert minor_major["error_type"] == "negation/polarity" and minor_major["errors"][0]["after"] == "zu groß"
    pair = builtin["ende_news"][134]
    wrong = next(m for m in pair.response_meta if m["errors"])
    assert wrong["error_type"] == "wrong word sense" and wrong["errors"][0]["after"] == "ersten Halbzeit"


def test_pairs_balance_omissions_and_additions(builtin: dict) -> None:
    kinds = Counter(
        m["error_type"] for it in builtin["ende_news"] for m in it.response_meta if m.get("errors")
    )
    assert abs(kinds["omission"] - kinds["addition"]) <= 0.25 * max(kinds["omission"], kinds["addition"])
    assert sum(kinds.values()) == 240


def test_twins_share_source_id(builtin: dict) -> None:
    news = {it.source_id for it in builtin["ende_news"]}
    assert {it.source_id for it in builtin["enes_news"]} == news
    assert {it.source_id for it in builtin["enfr_news"]} == news
    assert {it.source_id for it in builtin["ende_news_rank"]} == news


def test_reference_position_is_randomised(builtin: dict) -> None:
    first = sum(it.gold[0] == max(it.gold) for it in builtin["ende_news"])
    assert 0.35 < first / len(builtin["ende_news"]) < 0.65


def test_embedded_files_are_a_fresh_build() -> None:
    result = subprocess.run(
        [sys.executable, str(TASK_DIR / "build" / "build.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
