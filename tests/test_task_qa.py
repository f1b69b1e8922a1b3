"""qa task, built-in suite: data validates, counts match task.yaml, the quality gate holds, every
mechanically checkable label is re-checked from the passage (values, anchors, recomputed arithmetic
and slips), and no surface cue (words or numbers absent from the prompt, n-grams copied from it)
separates the preferred from the rejected answers."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from rmbench.audit import audit_items, gate_failures
from rmbench.items import Item
from rmbench.tasks.task import Task

QA = Path(__file__).resolve().parents[1] / "tasks" / "qa"
PAIRS = ["grounded_general", "grounded_specialist", "grounded_long"]
VALUE_ERRORS = {"swapped_value", "wrong_entity", "wrong_cause"}
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


def says(response: str, span: str) -> bool:
    """``has`` for an answer, which may start a sentence with the span (capitalised)."""
    return has(response, span) or has(response, span[:1].upper() + span[1:])


def has_stem(text: str, stem: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(stem)}", text, re.IGNORECASE) is not None


def sentences(passage: str) -> list[str]:
    return re.split(r"(?<=\.) (?=[A-Z0-9])", passage)


def _date(text: str) -> dt.date:
    d, m, y = text.split()
    return dt.date(int(y), MONTHS.index(m) + 1, int(d))


def _fmt(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _months(text: str, n: int) -> str:
    d = _date(text)
    m = d.month - 1 + n
    return _fmt(d.replace(year=d.year + m // 12, month=m % 12 + 1))


def recompute(op: str, args: list, error: str | None = None) -> str:
    """An independent evaluator of the recorded operations (and of a recorded arithmetic error)."""

    def num(x: float, nd: int) -> str:
        return str(round(x)) if nd == 0 else f"{x:.{nd}f}"

    step = {"plus_one": 1, "minus_one": -1}.get(error or "", 0)
    if op == "add_days":
        return _fmt(_date(args[0]) + dt.timedelta(days=args[1] + step))
    if op == "add_months":
        return _months(args[0], args[1] + step)
    value = {
        "sub": lambda: str(args[0] - args[1]),
        "mul": lambda: str(args[0] * args[1]),
        "mul_round": lambda: num(args[0] * args[1], args[2]),
        "div_round": lambda: num(args[0] / args[1], args[2]),
        "pct_change": lambda: num(100 * (args[1] - args[0]) / args[0], args[2]),
        "pct_of": lambda: num(100 * args[0] / args[1], args[2]),
        "pct_amount": lambda: num(args[0] * args[1] / 100, args[2]),
    }[op]()
    if error == "extra_zero":
        return str(int(value) * 10)
    return str(int(value) + step) if step else value


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
    general = {it.source_id: it for it in task.load("grounded_general")}
    long = task.load("grounded_long")
    assert {it.source_id for it in long} == set(general)
    for it in long:  # twins: same passage, question and error, longer answers
        twin = general[it.source_id]
        assert it.prompt == twin.prompt and it.meta["error_type"] == twin.meta["error_type"]
    assert len(task.load("grounded_specialist")) >= 100
    assert {it.meta["domain"] for it in task.load("grounded_specialist")} == {"medical", "legal", "financial"}
    assert all(min(len(r) for r in it.responses) > 120 for it in long)
    ratios = sorted(len(it.responses[0]) / len(general[it.source_id].responses[0]) for it in long)
    assert ratios[len(ratios) // 2] > 3
    ranking = task.load("grounded_ranking")
    assert len(ranking) >= 40 and all(it.k == 4 and sorted(it.gold) == [0, 1, 2, 3] for it in ranking)


def test_preferred_position_is_balanced(task: Task) -> None:
    items = task.load("grounded_general")
    first = sum(it.gold[0] == 1 for it in items) / len(items)
    assert 0.4 < first < 0.6


def test_error_types_are_mixed(task: Task) -> None:
    for sid, floor in (("grounded_general", 20), ("grounded_specialist", 10)):
        kinds = Counter(it.response_meta[it.gold.index(0)]["error_type"] for it in task.load(sid))
        assert set(kinds) == VALUE_ERRORS | {"reasoning_slip", "wrong_detail", "partial_answer"}, sid
        assert min(kinds.values()) >= floor, (sid, kinds)


ROUNDED = ("mul_round", "div_round", "pct_change", "pct_of", "pct_amount")


def _check_computed(item: Item, good: str, bad: str, gm: dict, bm: dict) -> None:
    passage, question = item.meta["passage"], item.meta["question"]
    comp = item.meta["compute"]
    value = recompute(comp["op"], comp["args"])
    assert value == gm["key_fact"] and says(good, value) and not says(bad, value), item.id
    slip = bm["slip"]
    wrong = recompute(slip["op"], slip["args"], slip.get("error"))
    assert wrong == bm["wrong_span"] != value and says(bad, wrong) and not says(good, wrong), item.id
    # every operand, of the right and of the slipped computation, is read from the passage or question
    for args, op in ((comp["args"], comp["op"]), (slip["args"], slip["op"])):
        for arg in args[:-1] if op in ROUNDED else args:
            assert has(passage + " " + question, str(arg)), (item.id, arg)
    # neither result is stated in the passage, so "absent from the passage" decides nothing
    assert not has(passage, value) and not has(passage, wrong), item.id


def _check_value_error(item: Item, bm: dict, good: str, bad: str) -> None:
    """The rejected value is drawn from another sentence of the passage; the right one is the value of
    the sentence that carries the question's anchor."""
    passage, parts = item.meta["passage"], sentences(item.meta["passage"])
    support, source, anchor = bm["passage_span"], bm["wrong_span_source"], bm["anchor"]
    assert support in parts and source in parts and source != support, item.id
    assert has(support, bm["correct_span"]) and not has(support, bm["wrong_span"]), item.id
    assert has(source, bm["wrong_span"]) and has(passage, bm["wrong_span"]), item.id
    assert has_stem(support, anchor) and not has_stem(source, anchor), item.id
    assert not says(item.meta["question"], bm["wrong_span"]), item.id
    assert not says(item.meta["question"], bm["correct_span"]), item.id
    assert says(bad, bm["wrong_span"]) and not says(bad, bm["correct_span"]), item.id
    assert says(good, bm["correct_span"]) and not says(good, bm["wrong_span"]), item.id


def _check_pair(item: Item) -> None:
    assert item.meta["passage"] in item.prompt[0]["content"]
    assert item.meta["question"] in item.prompt[0]["content"]
    best = item.gold.index(max(item.gold))
    good, bad = item.responses[best], item.responses[1 - best]
    gm, bm = item.response_meta[best], item.response_meta[1 - best]
    etype = bm["error_type"]
    assert etype == item.meta["error_type"], item.id
    if etype == "reasoning_slip":
        _check_computed(item, good, bad, gm, bm)
    elif etype == "partial_answer":
        assert all(says(good, v) and not says(item.meta["question"], v) for v in gm["key_facts"]), item.id
        assert not says(bad, bm["missing_span"]) and has(bm["passage_span"], bm["missing_span"]), item.id
        assert has(bm["padding_passage_span"], bm["padding_span"]) and says(bad, bm["padding_span"]), item.id
        assert all(says(bad, v) for v in bm["key_facts"]), item.id
    else:
        _check_value_error(item, bm, good, bad)
        if etype == "wrong_detail":
            assert bm["detail_error_type"] in VALUE_ERRORS
            assert says(bad, bm["key_fact"]) and says(good, gm["key_fact"]), item.id
        else:
            assert etype in VALUE_ERRORS and has_stem(item.meta["question"], bm["anchor"]), item.id


@pytest.mark.parametrize("subset", PAIRS)
def test_pair_labels_recheck_mechanically(task: Task, subset: str) -> None:
    for item in task.load(subset):
        _check_pair(item)


def test_ranking_gold_follows_error_severity(task: Task) -> None:
    for item in task.load("grounded_ranking"):
        passage = item.meta["passage"]
        best = item.responses[item.gold.index(3)]
        assert not any(says(item.meta["question"], v) for v in re.findall(r"\d+", best)), item.id
        severities = [m["severity"] for m in item.response_meta]
        order = sorted(range(4), key=lambda i: item.gold[i])
        assert [severities[i] for i in order] == sorted(severities, reverse=True), item.id
        for response, meta in zip(item.responses, item.response_meta, strict=True):
            assert meta["error_count"] == len(meta["errors"])
            for err in meta["errors"]:
                assert err["passage_span"] in passage
                if err["error_type"] == "partial_answer":
                    assert not says(response, err["missing_span"]) and says(response, err["padding_span"])
                else:
                    assert says(response, err["wrong_span"]) and not says(response, err["correct_span"])
                    assert has(err["wrong_span_source"], err["wrong_span"]) and has(
                        passage, err["wrong_span"]
                    )
                    assert not has(err["passage_span"], err["wrong_span"])


WORD = re.compile(r"[^\W\d_]+|\d+")


def _cues(prompt: str, response: str) -> list[float]:
    """Shallow cues, more = "looks better": fewer absent words, fewer absent numbers, more copied n-grams."""
    p, r = WORD.findall(prompt.lower()), WORD.findall(response.lower())
    nums = set(re.findall(r"\d+(?:\.\d+)?", prompt))
    out = [-len(set(r) - set(p)), -len(set(re.findall(r"\d+(?:\.\d+)?", response)) - nums)]
    for n in (1, 2, 3, 4):
        grams = {tuple(p[i : i + n]) for i in range(len(p) - n + 1)}
        out.append(sum(tuple(r[i : i + n]) in grams for i in range(len(r) - n + 1)))
    return out


@pytest.mark.parametrize("subset", [*PAIRS, "grounded_ranking"])
def test_no_surface_cue_separates_the_answers(task: Task, subset: str) -> None:
    """Wrong values come from the passage and both answers share wording: each cue stays near chance."""
    wins = [0.0] * 6
    pairs = 0
    for item in task.load(subset):
        prompt = item.prompt[0]["content"]
        cues = [_cues(prompt, r) for r in item.responses]
        for a in range(item.k):
            for b in range(item.k):
                if item.gold[a] > item.gold[b]:
                    pairs += 1
                    for i in range(6):
                        wins[i] += (
                            1.0 if cues[a][i] > cues[b][i] else 0.5 if cues[a][i] == cues[b][i] else 0.0
                        )
    for i, w in enumerate(wins):
        assert 0.35 <= w / pairs <= 0.65, (subset, i, w / pairs)


def test_build_is_deterministic() -> None:
    from tasks.qa.build import build as make_items

    for name, data in make_items.build().items():
        assert data == (QA / "data" / f"{name}.jsonl").read_bytes(), name


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
