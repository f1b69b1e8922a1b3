"""qa task, built-in suite: data validates, counts match task.yaml, the quality gate holds, and every
mechanically checkable label is re-checked from the passage (spans, recomputed arithmetic and slips)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from rmbench.audit import audit_items, gate_failures
from rmbench.tasks.task import Task

QA = Path(__file__).resolve().parents[1] / "tasks" / "qa"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(QA)


def builtin_ids(task: Task) -> list[str]:
    return [s.id for s in task.subsets if s.suite == "builtin"]


def has(text: str, span: str) -> bool:
    """Whole-token occurrence, written independently of the build code."""
    return re.search(rf"(?<![\w.]){re.escape(span)}(?![\w]|\.\d)", text) is not None


def _date(text: str) -> dt.date:
    d, m, y = text.split()
    return dt.date(int(y), MONTHS.index(m) + 1, int(d))


def _fmt(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def recompute(op: str, args: list) -> str:
    """An independent evaluator of the recorded operations."""

    def num(x: float, nd: int) -> str:
        return str(round(x)) if nd == 0 else f"{x:.{nd}f}"

    if op == "sub":
        return str(args[0] - args[1])
    if op == "add":
        return str(args[0] + args[1])
    if op == "mul":
        return str(args[0] * args[1])
    if op == "mul_round":
        return num(args[0] * args[1], args[2])
    if op == "div_round":
        return num(args[0] / args[1], args[2])
    if op == "pct_change":
        return num(100 * (args[1] - args[0]) / args[0], args[2])
    if op == "pct_of":
        return num(100 * args[0] / args[1], args[2])
    if op == "add_days":
        return _fmt(_date(args[0]) + dt.timedelta(days=args[1]))
    if op == "add_months":
        d = _date(args[0])
        m = d.month - 1 + args[1]
        return _fmt(d.replace(year=d.year + m // 12, month=m % 12 + 1))
    raise AssertionError(op)


def test_builtin_ids_name_their_subset_or_transform(task: Task) -> None:
    for sid in builtin_ids(task):
        items = task.load(sid)
        derive = task.subset(sid).derive
        if derive is None:
            assert all(it.id.startswith(f"qa/{sid}/") for it in items), sid
        else:
            assert all(
                it.id.startswith(f"qa/{derive.from_subset}/") and it.id.endswith(f"#{derive.transform}")
                for it in items
            ), sid


def test_quality_gate_holds_on_in_distribution(task: Task) -> None:
    for s in task.subsets:
        if s.suite == "builtin" and s.role == "in_distribution":
            report = audit_items(s.id, task.load(s.id))
            assert gate_failures(report) == [], s.id
            assert report.exact_duplicates == [] and report.missing_provenance == []


def test_shifted_builtin_subsets_have_required_size_and_twins(task: Task) -> None:
    general = {it.source_id for it in task.load("grounded_general")}
    long = task.load("grounded_long")
    assert {it.source_id for it in long} == general
    assert len(task.load("grounded_specialist")) >= 100
    assert {it.meta["domain"] for it in task.load("grounded_specialist")} == {"medical", "legal", "financial"}
    assert all(min(len(r) for r in it.responses) > 120 for it in long)
    short = {it.source_id: it for it in task.load("grounded_general")}
    ratios = sorted(len(it.responses[0]) / len(short[it.source_id].responses[0]) for it in long)
    assert ratios[len(ratios) // 2] > 3
    ranking = task.load("grounded_ranking")
    assert len(ranking) >= 40 and all(it.k == 4 and sorted(it.gold) == [0, 1, 2, 3] for it in ranking)


def test_preferred_position_is_balanced(task: Task) -> None:
    items = task.load("grounded_general")
    first = sum(it.gold[0] == 1 for it in items) / len(items)
    assert 0.4 < first < 0.6


ROUNDED = ("mul_round", "div_round", "pct_change", "pct_of")


def _check_pair(item) -> None:
    passage = item.meta["passage"]
    assert passage in item.prompt[0]["content"] and item.meta["question"] in item.prompt[0]["content"]
    best = item.gold.index(max(item.gold))
    good, bad = item.responses[best], item.responses[1 - best]
    gm, bm = item.response_meta[best], item.response_meta[1 - best]
    etype = bm["error_type"]
    if "compute" in item.meta:
        comp = item.meta["compute"]
        value = recompute(comp["op"], comp["args"])
        assert value == gm["key_fact"] and has(good, value) and not has(bad, value), item.id
        # every whole-number or date argument is read from the passage or the question (not the rounding digits)
        operands = comp["args"][:-1] if comp["op"] in ROUNDED else comp["args"]
        for arg in operands:
            if isinstance(arg, (int, str)):
                assert has(passage + " " + item.meta["question"], str(arg)), (item.id, arg)
        slip = bm["slip"]
        assert recompute(slip["op"], slip["args"]) == bm["wrong_span"] != value, item.id
        assert has(bad, bm["wrong_span"]), item.id
        return
    assert bm["passage_span"] in passage
    if etype == "partial_answer":
        assert all(has(good, v) for v in gm["key_facts"]), item.id
        assert not has(bad, bm["missing_span"]) and has(bm["passage_span"], bm["missing_span"]), item.id
        assert has(passage, bm["padding_span"]) and all(has(bad, v) for v in bm["key_facts"]), item.id
        return
    # the preferred answer's key fact is in the sentence that settles the question; the rejected one's is not
    assert has(gm["passage_span"], gm["key_fact"]) and gm["passage_span"] in passage, item.id
    assert has(good, gm["key_fact"]), item.id
    assert has(bad, bm["wrong_span"]) and not has(good, bm["wrong_span"]), item.id
    assert not has(bm["passage_span"], bm["wrong_span"]) and has(bm["passage_span"], bm["correct_span"]), (
        item.id
    )
    kind = bm.get("detail_error_type", etype)
    if kind == "contradiction":
        assert has(passage, bm["wrong_span"]), item.id
    elif kind in ("unsupported_number", "unsupported_entity", "wrong_cause"):
        assert not has(passage, bm["wrong_span"]), item.id
    if etype == "wrong_detail":
        assert has(bad, bm["key_fact"]) and has(good, gm["detail_span"]), item.id


@pytest.mark.parametrize("subset", ["grounded_general", "grounded_specialist", "grounded_long"])
def test_pair_labels_recheck_mechanically(task: Task, subset: str) -> None:
    items = task.load(subset)
    for item in items:
        _check_pair(item)
    kinds = {it.response_meta[it.gold.index(0)]["error_type"] for it in items}
    assert {"contradiction", "reasoning_slip", "partial_answer", "wrong_detail"} <= kinds


def test_ranking_gold_follows_error_severity(task: Task) -> None:
    for item in task.load("grounded_ranking"):
        passage = item.meta["passage"]
        severities = [m["severity"] for m in item.response_meta]
        order = sorted(range(4), key=lambda i: item.gold[i])
        assert [severities[i] for i in order] == sorted(severities, reverse=True), item.id
        for response, meta in zip(item.responses, item.response_meta, strict=True):
            assert meta["error_count"] == len(meta["errors"])
            for err in meta["errors"]:
                assert err["passage_span"] in passage
                if err["error_type"] == "partial_answer":
                    assert not has(response, err["missing_span"])
                else:
                    assert has(response, err["wrong_span"]) and not has(response, err["correct_span"])
                    assert not has(err["passage_span"], err["wrong_span"])


def test_build_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tasks.qa.build import make_items

    monkeypatch.setattr(make_items, "DATA", tmp_path)
    make_items.main()
    for name in ("grounded_general", "grounded_ranking", "grounded_specialist", "grounded_long"):
        assert (tmp_path / f"{name}.jsonl").read_bytes() == (QA / "data" / f"{name}.jsonl").read_bytes(), name


def test_derived_subsets_keep_labels(task: Task) -> None:
    base = {it.source_id: it for it in task.load("grounded_general")}
    for sid in (
        "grounded_general_markdown",
        "grounded_general_verbose",
        "grounded_general_typos",
        "grounded_general_template",
        "grounded_general_distractor",
    ):
        items = task.load(sid)
        assert len(items) == len(base)
        for it in items:
            assert it.gold == base[it.source_id].gold
    changed = sum(
        json.dumps(it.prompt) != json.dumps(base[it.source_id].prompt)
        for it in task.load("grounded_general_typos")
    )
    assert changed > len(base) // 2
