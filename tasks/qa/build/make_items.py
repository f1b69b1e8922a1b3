"""Generate the qa task's built-in JSONL files from the authored scenario generators.

Run from the repository root:  ``python -m tasks.qa.build.make_items``  (deterministic: SEED below).

Subsets written to tasks/qa/data/:
- grounded_general.jsonl   in-distribution: general-knowledge passages, short answers (pairs)
- grounded_specialist.jsonl shifted (domain): medical, legal and financial passages (pairs)
- grounded_long.jsonl      shifted (length): the in-distribution items again (same source_id, same
                           passage, question and error) with long explanatory answers
- grounded_ranking.jsonl   in-distribution ranking: k = 4, gold by number and severity of errors
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .model import Fact, Scenario, Wrong, mentions
from .scenarios import GENERAL, SPECIALIST

SEED = 20261126
DATA = Path(__file__).resolve().parents[1] / "data"
INSTRUCTION = "Read the passage and answer the question using only the information in it."

LEADS = [
    "The passage answers this in what it says about {topic}.",
    "To answer this, look at the part of the passage about {topic}.",
    "The relevant information is in the passage's account of {topic}.",
    "This is settled by the passage's description of {topic}.",
]
CONTEXT = [
    'For context, the passage also says: "{s}"',
    'The passage adds, for background: "{s}"',
    'It is worth noting the passage\'s other detail: "{s}"',
]
CLOSINGS = [
    "So, going by the passage, the answer is {v}.",
    "The answer, then, is {v}.",
    "In short, the answer is {v}.",
    "That makes the answer {v}.",
]
TWO_PART_CLOSINGS = [
    "Both parts of the question are covered above.",
    "That covers what the question asks.",
    "These details come straight from the passage.",
]


def build_scenario(gen: Callable[[random.Random, str], Scenario], sid: str) -> Scenario:
    """Draw the scenario for ``sid``; redraw (deterministically) when a build-time check fails."""
    for attempt in range(50):
        scenario = gen(random.Random(f"{SEED}:{sid}:{attempt}"), sid)
        try:
            scenario.check()
            return scenario
        except AssertionError:
            continue
    raise RuntimeError(f"{sid}: no valid scenario in 50 draws")


def prompt(passage: str, question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": f"{INSTRUCTION}\n\nPassage: {passage}\n\nQuestion: {question}"}]


def correct_meta(fact: Fact) -> dict[str, Any]:
    return {
        "label": "correct",
        "reason": f"states {fact.value}, as the passage does",
        "key_fact": fact.value,
        "passage_span": fact.support,
    }


def wrong_meta(fact: Fact, wrong: Wrong, passage_sentences: list[str]) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "label": "wrong",
        "flaw": wrong.flaw,
        "error_type": wrong.error_type,
        "severity": wrong.severity,
        "wrong_span": wrong.value,
        "correct_span": fact.value,
        "passage_span": fact.support,
    }
    if wrong.error_type == "contradiction":
        meta["wrong_span_source"] = next(s for s in passage_sentences if mentions(s, wrong.value))
    if wrong.slip:
        meta["slip"] = wrong.slip
    return meta


def _others(scenario: Scenario, *used: Fact) -> list[Fact]:
    """Non-computed facts whose support and values do not overlap the used facts."""
    out = []
    for fact in scenario.facts:
        if fact.compute or fact in used:
            continue
        if any(
            fact.support == u.support or mentions(u.support, fact.value) or mentions(fact.support, u.value)
            for u in used
        ):
            continue
        out.append(fact)
    return out


def _ask_two(f1: Fact, f2: Fact) -> str:
    return f"{f1.question} Also, {f2.question[0].lower()}{f2.question[1:]}"


def render_pair(scenario: Scenario, rng: random.Random, n: int) -> dict[str, Any]:
    """One pairwise case (question, preferred and rejected answers in short and long form, metas)."""
    facts = scenario.facts
    fact = facts[(n // 6) % len(facts)] if scenario.domain == "general" else facts[(n // 3) % len(facts)]
    lead = rng.choice(LEADS).format(topic=fact.topic)
    closing = rng.choice(CLOSINGS)
    sents = scenario.sentences
    mode = "wrong_answer"
    if not fact.compute:
        roll = rng.random()
        mode = "partial_answer" if roll < 0.2 else "wrong_detail" if roll < 0.4 else "wrong_answer"
    if mode != "wrong_answer":
        extra = [f for f in _others(scenario, fact) if f.wrongs]
        if len(extra) < (2 if mode == "partial_answer" else 1):
            mode = "wrong_answer"
    if fact.compute or mode == "wrong_answer":
        wrong = rng.choice(fact.wrongs)
        context = rng.choice(
            [
                s
                for s in sents
                if s != fact.support and not mentions(s, wrong.value) and not mentions(s, fact.value)
            ]
            or [s for s in sents if s != fact.support]
        )
        ctx = rng.choice(CONTEXT).format(s=context)
        good, bad = fact.answer(fact.value), fact.answer(wrong.value)
        if fact.compute:
            good_long = f"{lead} {fact.steps} {good} {closing.format(v=fact.value)}"
            bad_long = f"{lead} {wrong.steps} {bad} {closing.format(v=wrong.value)}"
        else:
            good_long = f"{lead} {good} {ctx} {closing.format(v=fact.value)}"
            bad_long = f"{lead} {bad} {ctx} {closing.format(v=wrong.value)}"
        return {
            "question": fact.question,
            "qid": fact.qid,
            "mode": "computed" if fact.compute else mode,
            "good": good,
            "bad": bad,
            "good_long": good_long,
            "bad_long": bad_long,
            "good_meta": correct_meta(fact),
            "bad_meta": wrong_meta(fact, wrong, sents),
            "compute": fact.compute,
        }
    extra = [f for f in _others(scenario, fact) if f.wrongs]
    f2 = rng.choice(extra)
    if mode == "partial_answer":
        f3 = rng.choice([f for f in _others(scenario, fact, f2)] or [None])
        if f3 is None:
            return render_pair_fallback(scenario, rng, fact, lead, closing)
        question = _ask_two(fact, f2)
        good = f"{fact.answer(fact.value)} {f2.answer(f2.value)}"
        bad = f"{fact.answer(fact.value)} {f3.answer(f3.value)}"
        tail = rng.choice(TWO_PART_CLOSINGS)
        good_meta = {
            "label": "correct",
            "reason": "answers both parts as the passage states them",
            "key_facts": [fact.value, f2.value],
            "passage_spans": [fact.support, f2.support],
        }
        bad_meta = {
            "label": "partial",
            "flaw": f"answers only the first part; instead of {f2.topic} it gives an unasked detail",
            "error_type": "partial_answer",
            "severity": 1,
            "missing_span": f2.value,
            "passage_span": f2.support,
            "key_facts": [fact.value],
            "padding_span": f3.value,
        }
        return {
            "question": question,
            "qid": f"{fact.qid}+{f2.qid}",
            "mode": mode,
            "good": good,
            "bad": bad,
            "good_long": f"{lead} {good} {tail}",
            "bad_long": f"{lead} {bad} {tail}",
            "good_meta": good_meta,
            "bad_meta": bad_meta,
            "compute": None,
        }
    w2 = rng.choice(f2.wrongs)
    if mentions(fact.support, w2.value):
        return render_pair_fallback(scenario, rng, fact, lead, closing)
    good = f"{fact.answer(fact.value)} {f2.answer(f2.value)}"
    bad = f"{fact.answer(fact.value)} {f2.answer(w2.value)}"
    good_meta = {
        "label": "correct",
        "reason": "answers correctly and adds a detail the passage supports",
        "key_fact": fact.value,
        "passage_span": fact.support,
        "detail_span": f2.value,
        "detail_passage_span": f2.support,
    }
    bad_meta = {
        "label": "wrong_detail",
        "flaw": f"answers correctly but adds a wrong detail about {f2.topic}: {w2.flaw}",
        "error_type": "wrong_detail",
        "detail_error_type": w2.error_type,
        "severity": 1,
        "key_fact": fact.value,
        "wrong_span": w2.value,
        "correct_span": f2.value,
        "passage_span": f2.support,
    }
    return {
        "question": fact.question,
        "qid": fact.qid,
        "mode": mode,
        "good": good,
        "bad": bad,
        "good_long": f"{lead} {good} {closing.format(v=fact.value)}",
        "bad_long": f"{lead} {bad} {closing.format(v=fact.value)}",
        "good_meta": good_meta,
        "bad_meta": bad_meta,
        "compute": None,
    }


def render_pair_fallback(
    scenario: Scenario, rng: random.Random, fact: Fact, lead: str, closing: str
) -> dict[str, Any]:
    wrong = rng.choice(fact.wrongs)
    good, bad = fact.answer(fact.value), fact.answer(wrong.value)
    sents = scenario.sentences
    context = rng.choice([s for s in sents if s != fact.support and not mentions(s, wrong.value)] or sents)
    ctx = rng.choice(CONTEXT).format(s=context)
    return {
        "question": fact.question,
        "qid": fact.qid,
        "mode": "wrong_answer",
        "good": good,
        "bad": bad,
        "good_long": f"{lead} {good} {ctx} {closing.format(v=fact.value)}",
        "bad_long": f"{lead} {bad} {ctx} {closing.format(v=wrong.value)}",
        "good_meta": correct_meta(fact),
        "bad_meta": wrong_meta(fact, wrong, sents),
        "compute": None,
    }


def pair_item(
    subset: str, n: int, scenario: Scenario, case: dict[str, Any], long: bool, rng: random.Random
) -> dict:
    good = case["good_long"] if long else case["good"]
    bad = case["bad_long"] if long else case["bad"]
    first_good = rng.random() < 0.5
    responses = [good, bad] if first_good else [bad, good]
    metas = [case["good_meta"], case["bad_meta"]] if first_good else [case["bad_meta"], case["good_meta"]]
    meta = {
        "source": "rmbench-authored",
        "source_id": scenario.sid,
        "genre": scenario.genre,
        "domain": scenario.domain,
        "question_type": case["qid"],
        "error_mode": case["mode"],
        "answer_length": "long" if long else "short",
        "passage": scenario.passage,
        "question": case["question"],
        "language": "en",
    }
    if case["compute"]:
        meta["compute"] = case["compute"]
    return {
        "id": f"qa/{subset}/{n}",
        "prompt": prompt(scenario.passage, case["question"]),
        "responses": responses,
        "gold": [1, 0] if first_good else [0, 1],
        "meta": meta,
        "response_meta": metas,
    }


def ranking_item(n: int, scenario: Scenario, rng: random.Random) -> dict | None:
    """k = 4: no error (3) > one omission (2) > one wrong fact (1) > two wrong facts (0)."""
    plain = [f for f in scenario.facts if not f.compute and f.wrongs]
    rng.shuffle(plain)
    for f1 in plain:
        for f2 in _others(scenario, f1):
            if not f2.wrongs:
                continue
            fillers = _others(scenario, f1, f2)
            w1 = rng.choice(f1.wrongs)
            w2 = rng.choice(f2.wrongs)
            if not fillers or mentions(f2.support, w1.value) or mentions(f1.support, w2.value):
                continue
            f3 = rng.choice(fillers)
            a1, a2 = f1.answer(f1.value), f2.answer(f2.value)
            cands = [
                (
                    3,
                    f"{a1} {a2}",
                    {
                        "label": "correct",
                        "reason": "both parts right, as the passage states them",
                        "errors": [],
                        "error_count": 0,
                        "severity": 0,
                    },
                ),
                (
                    2,
                    f"{a1} {f3.answer(f3.value)}",
                    {
                        "label": "partial",
                        "flaw": f"omits {f2.topic}; pads with an unasked detail",
                        "errors": [
                            {
                                "error_type": "partial_answer",
                                "missing_span": f2.value,
                                "passage_span": f2.support,
                            }
                        ],
                        "error_count": 1,
                        "severity": 1,
                    },
                ),
                (
                    1,
                    f"{a1} {f2.answer(w2.value)}",
                    {
                        "label": "one_wrong",
                        "flaw": f"second part wrong: {w2.flaw}",
                        "errors": [wrong_meta(f2, w2, scenario.sentences)],
                        "error_count": 1,
                        "severity": 2,
                    },
                ),
                (
                    0,
                    f"{f1.answer(w1.value)} {f2.answer(w2.value)}",
                    {
                        "label": "two_wrong",
                        "flaw": f"both parts wrong: {w1.flaw}; {w2.flaw}",
                        "errors": [
                            wrong_meta(f1, w1, scenario.sentences),
                            wrong_meta(f2, w2, scenario.sentences),
                        ],
                        "error_count": 2,
                        "severity": 4,
                    },
                ),
            ]
            rng.shuffle(cands)
            question = _ask_two(f1, f2)
            return {
                "id": f"qa/grounded_ranking/{n}",
                "prompt": prompt(scenario.passage, question),
                "responses": [c[1] for c in cands],
                "gold": [c[0] for c in cands],
                "meta": {
                    "source": "rmbench-authored",
                    "source_id": scenario.sid,
                    "genre": scenario.genre,
                    "domain": scenario.domain,
                    "question_type": f"{f1.qid}+{f2.qid}",
                    "passage": scenario.passage,
                    "question": question,
                    "language": "en",
                    "gold_rule": "gold = 3 - rank by total error severity (omission 1, wrong fact 2 each)",
                },
                "response_meta": [c[2] for c in cands],
            }
    return None


def write(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


N_GENERAL, N_SPECIALIST, N_RANKING = 240, 120, 48


def main() -> None:
    general, long, specialist, ranking = [], [], [], []
    for n in range(N_GENERAL):
        scenario = build_scenario(GENERAL[n % len(GENERAL)], f"qa-gk-{n:04d}")
        case = render_pair(scenario, random.Random(f"{SEED}:case:{scenario.sid}"), n)
        general.append(
            pair_item("grounded_general", n, scenario, case, False, random.Random(f"{SEED}:pos:{n}"))
        )
        long.append(pair_item("grounded_long", n, scenario, case, True, random.Random(f"{SEED}:poslong:{n}")))
    for n in range(N_SPECIALIST):
        scenario = build_scenario(SPECIALIST[n % len(SPECIALIST)], f"qa-sp-{n:04d}")
        case = render_pair(scenario, random.Random(f"{SEED}:case:{scenario.sid}"), n)
        specialist.append(
            pair_item("grounded_specialist", n, scenario, case, False, random.Random(f"{SEED}:pos:sp{n}"))
        )
    n = 0
    attempt = 0
    while len(ranking) < N_RANKING:
        scenario = build_scenario(GENERAL[attempt % len(GENERAL)], f"qa-rk-{attempt:04d}")
        item = ranking_item(len(ranking), scenario, random.Random(f"{SEED}:rank:{scenario.sid}"))
        attempt += 1
        if item:
            ranking.append(item)
    write(DATA / "grounded_general.jsonl", general)
    write(DATA / "grounded_long.jsonl", long)
    write(DATA / "grounded_specialist.jsonl", specialist)
    write(DATA / "grounded_ranking.jsonl", ranking)
    print(
        f"wrote {len(general)} general, {len(long)} long, {len(specialist)} specialist, {len(ranking)} ranking items"
    )


if __name__ == "__main__":
    main()
