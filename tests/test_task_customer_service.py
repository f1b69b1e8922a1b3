"""customer_service task: built-in data validates, counts match, quality gate, every label re-checked by rule.

The built-in labels are re-derived here from each item's recorded scenario numbers with the same
policy rules the generator used (build/rules.py), and each recorded violation is checked against
the numbers and texts (a refund "outside the window" really is outside it, an invented fact
really differs from the policy, a disclosed detail really is another customer's, ...).
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from rmbench.audit import AuditReport, artifact_probe, gate_failures, length_baseline, missing_provenance
from rmbench.items import Item, last_user_text, prompt_as_messages
from rmbench.tasks.task import Task

TASK_DIR = Path(__file__).resolve().parents[1] / "tasks" / "customer_service"
BUILD_MODULES = [
    "rules",
    "common",
    "phrases",
    "policies",
    "compose",
    "retail",
    "airline",
    "telecom",
    "recheck",
    "build",
]
BUILTIN = ["retail", "retail_rank", "retail_upset", "airline", "telecom"]


@pytest.fixture(scope="module")
def build():
    """The generator's modules (a package: ``python -m tasks.customer_service.build.build``)."""
    return {n: importlib.import_module(f"tasks.customer_service.build.{n}") for n in BUILD_MODULES}


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(TASK_DIR)


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    return {
        name: [
            json.loads(line)
            for line in (TASK_DIR / "data" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        for name in BUILTIN
    }


def test_sizes_meet_the_brief(task):
    assert task.subset("retail").count >= 200
    assert task.subset("retail_rank").count >= 40
    assert all(it.k == 4 for it in task.load("retail_rank"))
    axes = {task.subset(s).axis for s in ("retail_upset", "airline", "telecom")}
    assert axes == {"dialogue", "domain"}
    assert all(task.subset(s).count >= 100 for s in ("retail_upset", "airline", "telecom"))


def test_quality_gate_on_in_distribution_builtin(task):
    for subset in task.subsets:
        if subset.suite == "builtin" and subset.role == "in_distribution":
            items = task.load(subset.id)
            report = AuditReport(subset.id, len(items), length_baseline(items), artifact_probe(items))
            assert gate_failures(report) == [], gate_failures(report)
            assert len({it.content_hash() for it in items}) == len(items), "exact duplicates"
            assert missing_provenance(items) == []


def test_generator_reproduces_committed_data(build, records):
    fresh = build["build"].build()
    for name in BUILTIN:
        assert fresh[name] == records[name], f"{name}.jsonl differs from what build/build.py generates"


def test_preferred_position_is_balanced(records):
    firsts = [it["gold"][0] == max(it["gold"]) for it in records["retail"]]
    assert 0.4 < sum(firsts) / len(firsts) < 0.6


# ------------------------------------------------------------------ rule re-checks
def as_record(item: Item) -> dict:
    return {
        "id": item.id,
        "prompt": prompt_as_messages(item.prompt),
        "responses": item.responses,
        "gold": item.gold,
        "meta": item.meta,
        "response_meta": item.response_meta,
    }


@pytest.mark.parametrize("name", BUILTIN)
def test_every_label_rechecked_by_rule(build, records, name):
    found = [
        p for item in records[name] for p in build["recheck"].problems(item, ranking=name == "retail_rank")
    ]
    assert found == []


def derived_subsets(task: Task) -> list[str]:
    return [s.id for s in task.subsets if s.derive is not None]


def test_every_derived_item_rechecked_by_rule(build, task):
    """Transforms must keep every label: the same rule checks on the derived items, plus the
    customer's identifiers, numbers and e-mails unchanged in their own words."""
    derived = derived_subsets(task)
    assert {"retail_typos", "retail_markdown_chosen", "retail_verbose_chosen"} <= set(derived)
    for sid in derived:
        source = {it.id: it for it in task.load(task.subset(sid).derive.from_subset)}
        for item in task.load(sid):
            record = as_record(item)
            assert build["recheck"].problems(record) == [], sid
            before = as_record(source[item.meta.get("derived_from", item.id)])
            said, was = build["recheck"].customer_text(record), build["recheck"].customer_text(before)
            kept = re.findall(r"\S*(?:@|\d)\S*", was)
            assert all(k in said.split() for k in kept), (sid, item.id)


def test_prompt_typos_change_the_customer_words(task):
    typos = task.load("retail_typos")
    changed = sum(
        last_user_text(t.prompt) != last_user_text(s.prompt)
        for t, s in zip(typos, task.load("retail"), strict=True)
    )
    assert changed > 0.6 * len(typos)  # short messages may draw no typo at rate 0.15


def test_filler_pools_hold_nothing_a_clause_forbids(build):
    """ACC-1: no invented fee, date, offer or promise; TONE-1: nothing dismissive. The pools that pad
    or frame a preferred reply must not make it break the policy, whichever sentence is drawn."""
    phrases = build["phrases"]
    pools = phrases.FILLERS + phrases.POLITE_OPENERS + phrases.POLITE_CLOSERS + phrases.EMPATHY_OPENERS
    forbidden = re.compile(
        r"\d|\$|\b(will|shall|promise|guarantee|voucher|credit|refund|discount|for free|free of charge|"
        r"waive\w*|bonus|gift|"
        r"compensation|fee|charge|email|e-mail|website|online|page|app|summary|copy|tomorrow|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|available|don't need|"
        r"no need)\b|'ll\b",
        re.I,
    )
    for sentence in pools:
        assert not forbidden.search(sentence), sentence
    dismissive = set(phrases.DISMISSIVE_OPENERS + phrases.DISMISSIVE_CLOSERS + phrases.CURT_OPENERS)
    assert not dismissive & set(pools)


def test_rankings_have_one_response_per_violation_count(records):
    for item in records["retail_rank"]:
        assert sorted(item["gold"]) == [-3, -2, -1, 0]


def test_dates_and_numbers_are_in_the_system_message(records):
    for item in records["retail"]:
        p, system = item["meta"]["params"], item["prompt"][0]["content"]
        for key in ("today", "delivered", "purchased", "shipped"):
            if isinstance(p.get(key), str):
                assert p[key] in system, (item["id"], key)


def test_upset_twins_share_scenario_and_labels(records):
    calm = {it["meta"]["source_id"]: it for it in records["retail"]}
    assert len(calm) == len(records["retail_upset"])
    for twin in records["retail_upset"]:
        base = calm[twin["meta"]["source_id"]]
        assert twin["gold"] == base["gold"] and twin["response_meta"] == base["response_meta"]
        assert twin["prompt"][0] == base["prompt"][0] and len(twin["prompt"]) == 4
        assert all(t.endswith(b) for t, b in zip(twin["responses"], base["responses"], strict=True))


def test_preferred_sometimes_declines_and_rejected_sometimes_grants(build, records):
    items = records["retail"] + records["airline"] + records["telecom"]
    pref = [it["meta"]["decision"] for it in items]
    rej = [m["decision"] for it in items for m in it["response_meta"] if "flaw" in m]
    assert sum(d.startswith(("decline", "warranty", "wait", "ask_")) for d in pref) > 60
    assert sum(d in build["recheck"].GRANTS for d in rej) > 60
