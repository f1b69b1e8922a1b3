"""The code task's built-in data: validates, counts match task.yaml, gate holds, labels re-check."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from rmbench.audit import audit_items, gate_failures
from rmbench.items import read_items
from rmbench.sandbox import node_path
from rmbench.tasks.task import Task, resolve_loader

TASK_DIR = Path(__file__).resolve().parents[1] / "tasks" / "code"
EXECUTED = ("python", "javascript", "python_strings", "python_comments", "python_ranking")


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(TASK_DIR)


def _fn(task: Task, spec: str):
    return resolve_loader(task.config, spec)


def builtin_ids(task: Task) -> list[str]:
    return [s.id for s in task.subsets if s.suite == "builtin"]


def test_builtin_files_validate(task: Task) -> None:
    for subset in task.subsets:
        if subset.builtin:
            items = read_items(TASK_DIR / subset.builtin)  # raises with file/line/field on a bad record
            assert all(it.id.startswith(f"code/{subset.id}/") for it in items)


def test_requirements_of_a_domain_task(task: Task) -> None:
    python = task.load("python")
    assert len(python) >= 200 and len({it.meta["problem"] for it in python}) >= 40
    authored_shifts = [s for s in task.subsets if s.suite == "builtin" and s.role == "shifted" and s.builtin]
    assert len({s.axis for s in authored_shifts if (s.count or 0) >= 100}) >= 2
    ranking = task.load("python_ranking")
    assert len(ranking) >= 40 and all(it.k == 4 and len(set(it.gold)) == 4 for it in ranking)
    problems = {it.meta["problem"] for s in ("python", "python_strings") for it in task.load(s)}
    assert len(problems) >= 60


def test_quality_gate_and_no_exact_duplicates(task: Task) -> None:
    for subset in task.subsets:
        if subset.suite != "builtin":
            continue
        report = audit_items(subset.id, task.load(subset.id))
        assert not report.exact_duplicates, subset.id
        assert not report.missing_provenance, subset.id
        if subset.role == "in_distribution":
            assert gate_failures(report) == [], gate_failures(report)


def test_preferred_position_is_randomised(task: Task) -> None:
    firsts = [it.gold[0] for it in task.load("python")]
    assert 0.35 < sum(firsts) / len(firsts) < 0.65


def test_twins_share_source_id(task: Task) -> None:
    python = {it.source_id for it in task.load("python")}
    assert {it.source_id for it in task.load("javascript")} <= python
    assert {it.source_id for it in task.load("python_comments")} == python
    assert not python & {it.source_id for it in task.load("python_strings")}  # other problems


def _reference_and_mutants(item):
    best = max(item.gold)
    ref = next(r for r, g in zip(item.responses, item.gold, strict=True) if g == best)
    return ref, [
        (r, m) for r, g, m in zip(item.responses, item.gold, item.response_meta, strict=True) if g < best
    ]


def test_recorded_mutation_reapplied_to_reference_gives_rejected(task: Task) -> None:
    mutation_cls = _fn(task, "mutate.py:Mutation")
    checked = 0
    for subset_id in ("python", "javascript", "python_strings", "python_ranking"):
        for item in task.load(subset_id):
            ref, mutants = _reference_and_mutants(item)
            for response, meta in mutants:
                assert mutation_cls(**meta["mutation"]).apply(ref) == response, item.id
                assert meta["tests_passed"] < meta["tests_total"]
                checked += 1
    assert checked >= 590


def test_comment_style_changes_only_the_docstring(task: Task) -> None:
    for plain, styled in zip(task.load("python"), task.load("python_comments"), strict=True):
        _, [(mutant, _)] = _reference_and_mutants(plain)
        _, [(documented, meta)] = _reference_and_mutants(styled)
        assert documented.replace(meta["style"]["docstring_added"], "", 1) == mutant


def test_ranking_gold_is_share_of_tests_passed(task: Task) -> None:
    for item in task.load("python_ranking"):
        for gold, meta in zip(item.gold, item.response_meta, strict=True):
            assert gold == pytest.approx(meta["tests_passed"] / meta["tests_total"])


def _responses_to_check(task: Task, subset_ids: tuple[str, ...]):
    seen = {}
    for subset_id in subset_ids:
        for item in task.load(subset_id):
            for response, meta in zip(item.responses, item.response_meta, strict=True):
                key = (item.meta["language"], response)
                seen.setdefault(key, (item, response, meta))
    return list(seen.values())


def _reverify(task: Task, entries) -> None:
    """Python responses run in batches (one sandboxed process per problem), JavaScript one by one.

    No built-in response hits a time limit (the build drops mutants that do), so a timeout here fails.
    """
    run_cases = _fn(task, "harness.py:run_cases_strict")
    python_batch = _fn(task, "harness.py:python_batch")
    by_problem: dict[str, list] = {}
    for entry in entries:
        item, response, meta = entry
        if item.meta["language"] == "javascript":
            passed = run_cases(response, "javascript", item.meta["entry_point"], item.meta["tests"])
            assert passed is not None, item.id
            assert sum(passed) == meta["tests_passed"] and len(passed) == meta["tests_total"], (item.id, meta)
        else:
            by_problem.setdefault(item.meta["problem"], []).append(entry)
    for group in by_problem.values():
        item = group[0][0]
        results = python_batch(
            [response for _, response, _ in group],
            item.meta["tests"],
            fn=item.meta["entry_point"],
            per_case=2.0,
            timeout=300,
            slow_fails=True,
        )
        for (item, _, meta), passed in zip(group, results, strict=True):
            assert passed is not None, item.id
            assert sum(passed) == meta["tests_passed"] and len(passed) == meta["tests_total"], (item.id, meta)


def test_labels_reverified_in_sandbox_sample(task: Task) -> None:
    """A seeded sample: 40 Python and 20 JavaScript responses re-run against their tests."""
    entries = _responses_to_check(task, EXECUTED)
    rng = random.Random(0)
    python = [e for e in entries if e[0].meta["language"] == "python"]
    javascript = [e for e in entries if e[0].meta["language"] == "javascript"]
    sample = rng.sample(python, 40) + (rng.sample(javascript, 20) if node_path() else [])
    _reverify(task, sample)


@pytest.mark.slow
def test_labels_reverified_in_sandbox_all(task: Task) -> None:
    entries = _responses_to_check(task, EXECUTED)
    if node_path() is None:
        entries = [e for e in entries if e[0].meta["language"] == "python"]
    _reverify(task, entries)
