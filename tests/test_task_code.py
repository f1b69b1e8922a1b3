"""The code task's built-in data: labels re-checked by execution, structure, counts, determinism.

Fast tier: every file validates and matches task.yaml; every response is one of the authored
programs of its problem, with the label its header claims; pairs hold one passing and one failing
program; rankings are ordered by share of tests passed; the docstring twins change one side only;
the shallow cues stay near chance; a seeded sample of responses is re-run in the sandbox.
Slow tier: every response re-run, and ``build.py --check`` (the whole build, execution included)
reproduces the committed files byte for byte.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from rmbench.audit import audit_items, gate_failures
from rmbench.items import prompt_text, read_items
from rmbench.metrics import pairwise_accuracy_per_item
from rmbench.sandbox import node_path
from rmbench.tasks.task import Task, resolve_loader
from tasks.code.build.build import DATA, docstring_for
from tasks.code.build.cues import TEXT_CUES
from tasks.code.build.problem import BUG_KINDS, parse_programs
from tasks.code.build.problems import NUMERIC, STRING

ROOT = Path(__file__).resolve().parents[1]
TASK_DIR = ROOT / "tasks" / "code"
PLAIN = ("python", "javascript", "python_strings", "python_ranking")
TWINS = ("python_docstring_rejected", "python_docstring_chosen")
PROBLEMS = {p.name: p for p in NUMERIC + STRING}


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(TASK_DIR)


@pytest.fixture(scope="module")
def loaded(task: Task) -> dict:
    return {s.id: task.load(s.id) for s in task.subsets if s.suite == "builtin"}


def test_files_validate_and_counts_match_task_yaml(task: Task, loaded: dict) -> None:
    builtin = [s for s in task.subsets if s.suite == "builtin"]
    assert {s.id for s in builtin if s.builtin} == set(PLAIN + TWINS)
    for subset in builtin:
        items = loaded[subset.id]
        assert len(items) == subset.count, subset.id
        if subset.builtin:
            assert read_items(TASK_DIR / subset.builtin) and subset.builtin == f"data/{subset.id}.jsonl"
            assert all(it.id.startswith(f"code/{subset.id}/") for it in items)


def test_enough_problems_for_cluster_intervals(loaded: dict) -> None:
    clusters = {name: {it.source_id for it in loaded[name]} for name in PLAIN}
    assert len(clusters["python"]) >= 60 and len(clusters["python_ranking"]) >= 60
    assert len(clusters["javascript"]) >= 30 and len(clusters["python_strings"]) >= 30
    assert clusters["javascript"] <= clusters["python"]  # language twins of the same problems
    assert not clusters["python"] & clusters["python_strings"]  # other problems: a domain shift


def _authored(item, k: int):
    language = item.meta["language"]
    lang, _, index = item.response_meta[k]["program"].partition("/")
    assert lang == language
    return PROBLEMS[item.meta["problem"]].programs(language)[int(index)]


def test_every_response_is_an_authored_program_with_its_label(loaded: dict) -> None:
    for name in PLAIN:
        for item in loaded[name]:
            assert item.meta["entry_point"] == item.meta["problem"] and item.meta["tests"]
            for k, (response, meta) in enumerate(zip(item.responses, item.response_meta, strict=True)):
                program = _authored(item, k)
                assert program.code == response, item.id
                assert meta["tests_total"] == len(item.meta["tests"])
                if program.passing:
                    assert meta["label"] == "passing" and meta["tests_passed"] == meta["tests_total"]
                else:
                    assert meta["label"] == "failing" and meta["tests_passed"] < meta["tests_total"]
                    assert meta["error_type"] == program.kind in BUG_KINDS and meta["flaw"] == program.flaw


def test_pairs_hold_one_passing_and_one_failing_program(loaded: dict) -> None:
    for name in ("python", "javascript", "python_strings"):
        firsts = []
        for item in loaded[name]:
            assert item.k == 2 and sorted(item.gold) == [0, 1]
            labels = [item.response_meta[item.gold.index(g)]["label"] for g in (1, 0)]
            assert labels == ["passing", "failing"], item.id
            assert item.responses[0] != item.responses[1]
            firsts.append(item.gold[0])
        assert 0.35 < sum(firsts) / len(firsts) < 0.65, name  # the preferred position is drawn at random


def test_rankings_are_ordered_by_share_of_tests_passed(loaded: dict) -> None:
    for item in loaded["python_ranking"]:
        assert item.k >= 3 and len(set(item.gold)) == item.k and max(item.gold) == 1.0
        for gold, meta in zip(item.gold, item.response_meta, strict=True):
            assert gold == pytest.approx(meta["tests_passed"] / meta["tests_total"])


def test_docstring_twins_change_one_side_only(loaded: dict) -> None:
    for name in TWINS:
        side = 1 if name.endswith("chosen") else 0
        assert len(loaded[name]) == len(loaded["python"])
        for plain, twin in zip(loaded["python"], loaded[name], strict=True):
            assert twin.source_id == plain.source_id and twin.gold == plain.gold
            k = twin.gold.index(side)
            doc = docstring_for(PROBLEMS[plain.meta["problem"]])
            assert twin.response_meta[k]["style"] == {"docstring_added": doc}
            assert twin.responses[k] != plain.responses[k]
            assert twin.responses[k].replace(doc, "", 1) == plain.responses[k]
            assert twin.responses[1 - k] == plain.responses[1 - k]


def test_shallow_cues_stay_near_chance(loaded: dict) -> None:
    """The cues the pairing balances (cues.py) must not decide the subsets: 35-65% each."""
    for name in PLAIN:
        items = loaded[name]
        for cue, (fn, wins) in TEXT_CUES.items():
            scores = [[wins * fn(prompt_text(it.prompt), r) for r in it.responses] for it in items]
            accuracy = float(pairwise_accuracy_per_item(scores, [it.gold for it in items]).mean())
            assert 0.35 <= accuracy <= 0.65, (name, cue, accuracy)


def test_quality_gate_and_provenance(task: Task, loaded: dict) -> None:
    for subset in task.subsets:
        if subset.suite != "builtin":
            continue
        report = audit_items(subset.id, loaded[subset.id])
        assert not report.exact_duplicates and not report.missing_provenance, subset.id
        if subset.role == "in_distribution":
            assert gate_failures(report) == []


def test_program_headers_are_checked() -> None:
    ok = parse_programs(
        "--- pass\ndef f():\n    return 1\n--- fail boundary: off by one\ndef f():\n    return 2\n", "t"
    )
    assert [p.passing for p in ok] == [True, False] and ok[1].kind == "boundary"
    for bad in (
        "def f(): pass\n--- pass\ndef f(): pass\n",  # code before the first header
        "--- fail typo: why\ndef f(): pass\n",  # unknown bug kind
        "--- fail boundary\ndef f(): pass\n",  # no flaw
        "--- pass\n\n--- pass\ndef f(): pass\n",  # empty program
    ):
        with pytest.raises(ValueError, match="t:"):
            parse_programs(bad, "t")


def _unique_responses(loaded: dict):
    seen = {}
    for name in PLAIN:
        for item in loaded[name]:
            for response, meta in zip(item.responses, item.response_meta, strict=True):
                seen.setdefault((item.meta["language"], response), (item, response, meta))
    return list(seen.values())


def _reverify(task: Task, entries) -> None:
    """Python responses run in batches (one sandboxed process per problem), JavaScript one by one.

    No built-in response hits a time limit (the build drops programs that do), so a timeout fails.
    """
    run_cases = resolve_loader(task.config, "harness.py:run_cases_strict")
    python_batch = resolve_loader(task.config, "harness.py:python_batch")
    by_problem: dict[str, list] = {}
    for entry in entries:
        item, response, meta = entry
        if item.meta["language"] == "javascript":
            passed = run_cases(response, "javascript", item.meta["entry_point"], item.meta["tests"])
            assert passed is not None and sum(passed) == meta["tests_passed"], (item.id, meta)
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
        )
        for (item, _, meta), passed in zip(group, results, strict=True):
            assert passed is not None and sum(passed) == meta["tests_passed"], (item.id, meta)
            assert len(passed) == meta["tests_total"]


def test_labels_reverified_in_sandbox_sample(task: Task, loaded: dict) -> None:
    """A seeded sample: 40 Python and 20 JavaScript responses re-run against their tests."""
    entries = _unique_responses(loaded)
    rng = random.Random(0)
    python = [e for e in entries if e[0].meta["language"] == "python"]
    javascript = [e for e in entries if e[0].meta["language"] == "javascript"]
    sample = rng.sample(python, 40) + (rng.sample(javascript, 20) if node_path() else [])
    _reverify(task, sample)


@pytest.mark.slow
def test_labels_reverified_in_sandbox_all(task: Task, loaded: dict) -> None:
    entries = _unique_responses(loaded)
    if node_path() is None:
        entries = [e for e in entries if e[0].meta["language"] == "python"]
    _reverify(task, entries)


@pytest.mark.slow
def test_build_reproduces_the_committed_files() -> None:
    if node_path() is None:
        pytest.skip("the build runs the JavaScript programs with node")
    assert DATA == TASK_DIR / "data"
    done = subprocess.run(
        [sys.executable, "-m", "tasks.code.build.build", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
