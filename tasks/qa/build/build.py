"""Generate the qa task's built-in JSONL files from the authored scenario generators.

Run from the repository root:  ``python -m tasks.qa.build.build``  (deterministic: SEED below);
``--check`` rebuilds in memory and exits 1 if a committed file differs.

Subsets written to tasks/qa/data/:
- grounded_general.jsonl    in-distribution: general-knowledge passages, short answers (pairs)
- grounded_specialist.jsonl shifted (domain): medical, legal and financial passages (pairs)
- grounded_long.jsonl       shifted (length): the in-distribution items again (same source_id, same
                            passage, question and error) with long explanatory answers
- grounded_ranking.jsonl    in-distribution ranking: k = 4, gold by number and severity of errors

Each pair's error type comes from a fixed schedule (so every genre gets every type); the fact and
the wrong value are drawn from the passage. The answer wording is drawn among the fact's frames so
that the preferred and the rejected answer have equal surface features against the prompt (words and
numbers absent from it, n-grams copied from it; :mod:`cues`), i.e. neither copies the passage more.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .cues import imbalance
from .model import Fact, Scenario, Wrong, mentions, says, steps_text
from .scenarios import GENERAL
from .specialist import SPECIALIST

SEED = 20261126
DATA = Path(__file__).resolve().parents[1] / "data"
INSTRUCTION = "Read the passage and answer the question using only the information in it."
N_GENERAL, N_SPECIALIST, N_RANKING = 240, 120, 48
# error type of pair n: SCHEDULE[(n // genres) % 20], so every genre meets every slot equally often
SCHEDULE = [
    "swapped_value",
    "wrong_entity",
    "reasoning_slip",
    "wrong_detail",
    "wrong_cause",
    "swapped_value",
    "wrong_entity",
    "reasoning_slip",
    "partial_answer",
    "wrong_entity",
    "swapped_value",
    "reasoning_slip",
    "wrong_detail",
    "wrong_entity",
    "swapped_value",
    "reasoning_slip",
    "wrong_cause",
    "wrong_detail",
    "reasoning_slip",
    "partial_answer",
]
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
TAILS = [
    "Both parts of the question are covered above.",
    "That covers what the question asks.",
    "These details come straight from the passage.",
]
T = TypeVar("T")


@dataclass
class Case:
    """One pairwise case: the question, both answers (short and long) and their metas."""

    qid: str
    question: str
    error_type: str
    good: str
    bad: str
    good_long: str
    bad_long: str
    good_meta: dict[str, Any]
    bad_meta: dict[str, Any]
    compute: dict[str, Any] | None = None


def prompt(passage: str, question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": f"{INSTRUCTION}\n\nPassage: {passage}\n\nQuestion: {question}"}]


def balanced(rng: random.Random, options: Sequence[T], cost: Callable[[T], int | None]) -> T | None:
    """The first option (in seeded random order) whose answers no surface cue separates, else the least
    separable; ``cost`` None marks an option whose answers would mention a value they must not."""
    order = list(options)
    rng.shuffle(order)
    best, best_cost = None, None
    for option in order:
        c = cost(option)
        if c == 0:  # a length spread alone never reaches 0, so two-part answers scan every option
            return option
        if c is not None and (best_cost is None or c < best_cost):
            best, best_cost = option, c
    return best


def fair(responses: Sequence[str], banned: Sequence[Sequence[str]]) -> bool:
    """No response mentions a value it must not (the missing part, the other side's value)."""
    return not any(says(r, v) for r, values in zip(responses, banned, strict=True) for v in values)


def spread(prompt_text: str, responses: Sequence[str]) -> int:
    """Cue imbalance first, then the spread of lengths (answers of different facts differ in length;
    among equally balanced wordings take the closest lengths)."""
    lengths = [len(r) for r in responses]
    return 1000 * imbalance(prompt_text, responses) + max(lengths) - min(lengths)


def correct_meta(fact: Fact) -> dict[str, Any]:
    return {
        "label": "correct",
        "reason": f"states {fact.value}, as the passage does",
        "key_fact": fact.value,
        "passage_span": fact.support,
        "anchor": fact.anchor,
    }


def wrong_meta(scenario: Scenario, fact: Fact, wrong: Wrong, severity: int = 2) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "label": "wrong",
        "flaw": wrong.flaw,
        "error_type": wrong.error_type,
        "severity": severity,
        "wrong_span": wrong.value,
        "correct_span": fact.value,
        "passage_span": fact.support,
        "anchor": fact.anchor,
    }
    if wrong.slip:
        meta["slip"] = wrong.slip
    else:
        meta["wrong_span_source"] = scenario.source_of(fact, wrong)
    return meta


def context_sentence(
    scenario: Scenario, rng: random.Random, avoid: Sequence[str], skip: Sequence[str]
) -> str:
    pool = [s for s in scenario.sentences if s not in skip and not any(mentions(s, a) for a in avoid)]
    return rng.choice(pool or [s for s in scenario.sentences if s not in skip])


def single_case(scenario: Scenario, fact: Fact, wrong: Wrong, rng: random.Random) -> Case | None:
    """A one-fact question whose rejected answer gives ``wrong`` in the same answer frame."""
    questions = [q for q in fact.questions if not says(q, wrong.value) and not says(q, fact.value)]
    if not questions:
        return None  # the question itself names the wrong value: too easy a negative
    question = rng.choice(questions)
    text = prompt(scenario.passage, question)[0]["content"]

    def pair(frame: str) -> list[str]:
        return [fact.answer(frame, fact.value), fact.answer(frame, wrong.value)]

    frame = balanced(
        rng,
        fact.answers,
        lambda f: imbalance(text, pair(f)) if fair(pair(f), [[wrong.value], [fact.value]]) else None,
    )
    assert frame is not None, (scenario.sid, fact.qid)
    good, bad = pair(frame)
    if fact.compute:
        op, args = fact.compute["op"], fact.compute["args"]
        assert wrong.slip is not None
        middle = (
            steps_text(op, args, fact.value),
            steps_text(wrong.slip["op"], wrong.slip["args"], wrong.value),
        )
    else:
        ctx = context_sentence(scenario, rng, (fact.value, wrong.value), (fact.support,))
        middle = (rng.choice(CONTEXT).format(s=ctx),) * 2

    def longs(option: tuple[str, str]) -> tuple[str, str]:
        lead, closing = option[0].format(topic=fact.topic), option[1]
        if fact.compute:
            return (
                f"{lead} {middle[0]} {good} {closing.format(v=fact.value)}",
                f"{lead} {middle[1]} {bad} {closing.format(v=wrong.value)}",
            )
        return (
            f"{lead} {good} {middle[0]} {closing.format(v=fact.value)}",
            f"{lead} {bad} {middle[1]} {closing.format(v=wrong.value)}",
        )

    option = balanced(rng, list(itertools.product(LEADS, CLOSINGS)), lambda o: imbalance(text, longs(o)))
    assert option is not None
    good_long, bad_long = longs(option)
    return Case(
        fact.qid,
        question,
        wrong.error_type,
        good,
        bad,
        good_long,
        bad_long,
        correct_meta(fact),
        wrong_meta(scenario, fact, wrong),
        fact.compute,
    )


def others(scenario: Scenario, *used: Fact) -> list[Fact]:
    """Non-computed facts whose support sentence and values do not overlap the used facts."""
    out = []
    for fact in scenario.facts:
        if fact.compute or fact in used:
            continue
        if any(
            fact.support == u.support
            or mentions(u.support, fact.value)
            or mentions(fact.support, u.value)
            or any(mentions(u.support, w.value) for w in fact.wrongs)
            for u in used
        ):
            continue
        out.append(fact)
    return out


def ask_two(q1: str, q2: str) -> str:
    return f"{q1} Also, {q2[0].lower()}{q2[1:]}"


def two_sentences(
    scenario: Scenario,
    question: str,
    first: Fact,
    tails: tuple[tuple[Fact, str], tuple[Fact, str]],
    banned: list[list[str]],
    rng: random.Random,
) -> tuple[str, str] | None:
    """(good, bad): the first fact's answer, then a self-contained statement of ``tails[0]`` (good) or
    ``tails[1]`` (bad); wordings balanced on surface cues and length, None if every wording is unfair."""
    text = prompt(scenario.passage, question)[0]["content"]
    (gf, gv), (bf, bv) = tails

    def answers(o: tuple[str, str, str]) -> tuple[str, str]:
        head = first.answer(o[0], first.value)
        return f"{head} {gf.answer(o[1], gv)}", f"{head} {bf.answer(o[1] if bf is gf else o[2], bv)}"

    frames = list(itertools.product(first.answers, gf.statements, bf.statements))
    chosen = balanced(rng, frames, lambda o: spread(text, answers(o)) if fair(answers(o), banned) else None)
    return None if chosen is None else answers(chosen)


def detail_case(scenario: Scenario, first: Fact, second: Fact, rng: random.Random) -> Case | None:
    """wrong_detail: the right answer plus an added detail whose value belongs elsewhere in the passage."""
    wrong = rng.choice(second.wrongs)
    question = rng.choice(first.questions)
    if any(says(question, v) for v in (first.value, second.value, wrong.value)):
        return None  # the question would name the detail or its wrong value
    tails = ((second, second.value), (second, wrong.value))
    made = two_sentences(scenario, question, first, tails, [[wrong.value], [second.value]], rng)
    if made is None:
        return None
    good, bad = made
    lead = rng.choice(LEADS).format(topic=first.topic)
    closing = rng.choice(CLOSINGS).format(v=first.value)
    good_meta = correct_meta(first) | {
        "reason": "answers correctly and adds a detail the passage supports",
        "detail_span": second.value,
        "detail_passage_span": second.support,
    }
    bad_meta = wrong_meta(scenario, second, wrong, severity=1) | {
        "flaw": f"answers correctly but adds a wrong detail about {second.topic}: {wrong.flaw}",
        "error_type": "wrong_detail",
        "detail_error_type": wrong.error_type,
        "key_fact": first.value,
    }
    long = (f"{lead} {good} {closing}", f"{lead} {bad} {closing}")
    return Case(first.qid, question, "wrong_detail", good, bad, *long, good_meta, bad_meta)


def partial_case(scenario: Scenario, first: Fact, second: Fact, rng: random.Random) -> Case | None:
    """partial_answer: a two-part question; the second part goes unanswered and an unasked true detail
    takes its place (so both answers are about equally long and equally "true")."""
    pad = rng.choice(others(scenario, first, second))
    question = ask_two(rng.choice(first.questions), rng.choice(second.questions))
    if any(says(question, v) for v in (first.value, second.value)):
        return None  # one part's question would give away the other part's answer
    made = two_sentences(
        scenario, question, first, ((second, second.value), (pad, pad.value)), [[], [second.value]], rng
    )
    if made is None:
        return None
    good, bad = made
    lead, tail = rng.choice(LEADS).format(topic=first.topic), rng.choice(TAILS)
    good_meta = {
        "label": "correct",
        "reason": "answers both parts as the passage states them",
        "key_facts": [first.value, second.value],
        "passage_spans": [first.support, second.support],
    }
    bad_meta = {
        "label": "partial",
        "flaw": f"answers only the first part; instead of {second.topic} it gives an unasked detail",
        "error_type": "partial_answer",
        "severity": 1,
        "missing_span": second.value,
        "passage_span": second.support,
        "key_facts": [first.value],
        "padding_span": pad.value,
        "padding_passage_span": pad.support,
    }
    long = (f"{lead} {good} {tail}", f"{lead} {bad} {tail}")
    return Case(
        f"{first.qid}+{second.qid}", question, "partial_answer", good, bad, *long, good_meta, bad_meta
    )


def make_case(scenario: Scenario, error_type: str, rng: random.Random) -> Case | None:
    """A case of ``error_type`` from this passage, or None when the passage offers none."""
    if error_type == "reasoning_slip":
        facts = [f for f in scenario.facts if f.compute]
    elif error_type in ("wrong_detail", "partial_answer"):
        pairs = [(a, b) for a in scenario.facts if not a.compute for b in others(scenario, a)]
        if error_type == "partial_answer":
            pairs = [(a, b) for a, b in pairs if others(scenario, a, b)]
        rng.shuffle(pairs)
        for first, second in pairs:
            make = detail_case if error_type == "wrong_detail" else partial_case
            case = make(scenario, first, second, rng)
            if case:
                return case
        return None
    else:
        facts = [
            f for f in scenario.facts if not f.compute and any(w.error_type == error_type for w in f.wrongs)
        ]
    options = [
        (f, w)
        for f in facts
        for w in f.wrongs
        if error_type == "reasoning_slip" or w.error_type == error_type
    ]
    rng.shuffle(options)
    for fact, wrong in options:
        case = single_case(scenario, fact, wrong, rng)
        if case:
            return case
    return None


def build_case(
    gen: Callable[[random.Random, str], Scenario], sid: str, error_type: str
) -> tuple[Scenario, Case]:
    """Draw the passage for ``sid`` (redrawn, deterministically, until it offers ``error_type``)."""
    for attempt in range(50):
        scenario = gen(random.Random(f"{SEED}:{sid}:{attempt}"), sid).prune()
        scenario.check()
        case = make_case(scenario, error_type, random.Random(f"{SEED}:case:{sid}:{attempt}"))
        if case:
            return scenario, case
    raise RuntimeError(f"{sid}: no {error_type} case in 50 draws")


def pair_item(subset: str, n: int, scenario: Scenario, case: Case, long: bool, rng: random.Random) -> dict:
    good, bad = (case.good_long, case.bad_long) if long else (case.good, case.bad)
    first_good = rng.random() < 0.5
    meta: dict[str, Any] = {
        "source": "rmbench-authored",
        "source_id": scenario.sid,
        "genre": scenario.genre,
        "domain": scenario.domain,
        "question_type": case.qid,
        "error_type": case.error_type,
        "answer_length": "long" if long else "short",
        "passage": scenario.passage,
        "question": case.question,
        "language": "en",
    }
    if case.compute:
        meta["compute"] = case.compute
    return {
        "id": f"qa/{subset}/{n}",
        "prompt": prompt(scenario.passage, case.question),
        "responses": [good, bad] if first_good else [bad, good],
        "gold": [1, 0] if first_good else [0, 1],
        "meta": meta,
        "response_meta": [case.good_meta, case.bad_meta] if first_good else [case.bad_meta, case.good_meta],
    }


def ranking_candidates(
    scenario: Scenario, f1: Fact, f2: Fact, f3: Fact, rng: random.Random
) -> tuple[str, list] | None:
    """Question and the four (gold, answer, meta) candidates: no error > one omission > one wrong
    fact > two wrong facts; answer frames drawn so that no surface cue separates the four."""
    w1, w2 = rng.choice(f1.wrongs), rng.choice(f2.wrongs)
    question = ask_two(rng.choice(f1.questions), rng.choice(f2.questions))
    if any(says(question, v) for v in (f1.value, f2.value, w1.value, w2.value)):
        return None  # one part's question would give away (or name) a value of the other part
    text = prompt(scenario.passage, question)[0]["content"]

    def answers(o: tuple[str, str, str]) -> list[str]:
        a1, a2 = f1.answer(o[0], f1.value), f2.answer(o[1], f2.value)
        return [
            f"{a1} {a2}",
            f"{a1} {f3.answer(o[2], f3.value)}",
            f"{a1} {f2.answer(o[1], w2.value)}",
            f"{f1.answer(o[0], w1.value)} {f2.answer(o[1], w2.value)}",
        ]

    banned = [
        [w1.value, w2.value],
        [f2.value, w1.value, w2.value],
        [f2.value, w1.value],
        [f1.value, f2.value],
    ]
    frames = list(itertools.product(f1.answers, f2.statements, f3.statements))
    chosen = balanced(rng, frames, lambda o: spread(text, answers(o)) if fair(answers(o), banned) else None)
    if chosen is None:
        return None
    return question, list(
        zip([3, 2, 1, 0], answers(chosen), ranking_metas(scenario, f1, f2, f3, w1, w2), strict=True)
    )


def ranking_metas(scenario: Scenario, f1: Fact, f2: Fact, f3: Fact, w1: Wrong, w2: Wrong) -> list[dict]:
    """Response metas of the four ranking answers, best first, each listing its errors."""

    def meta(label: str, note: tuple[str, str], errors: list[dict], severity: int) -> dict:
        return {
            "label": label,
            note[0]: note[1],
            "errors": errors,
            "error_count": len(errors),
            "severity": severity,
        }

    omission = {
        "error_type": "partial_answer",
        "missing_span": f2.value,
        "passage_span": f2.support,
        "padding_span": f3.value,
    }
    return [
        meta("correct", ("reason", "both parts right, as the passage states them"), [], 0),
        meta("partial", ("flaw", f"omits {f2.topic}; gives an unasked detail instead"), [omission], 1),
        meta("one_wrong", ("flaw", f"second part wrong: {w2.flaw}"), [wrong_meta(scenario, f2, w2)], 2),
        meta(
            "two_wrong",
            ("flaw", f"both parts wrong: {w1.flaw}; {w2.flaw}"),
            [wrong_meta(scenario, f1, w1), wrong_meta(scenario, f2, w2)],
            4,
        ),
    ]


def ranking_item(n: int, scenario: Scenario, rng: random.Random) -> dict | None:
    plain = [f for f in scenario.facts if not f.compute]
    rng.shuffle(plain)
    for f1 in plain:
        for f2 in others(scenario, f1):
            fillers = others(scenario, f1, f2)
            if not fillers:
                continue
            made = ranking_candidates(scenario, f1, f2, rng.choice(fillers), rng)
            if made is None:
                continue
            question, cands = made
            rng.shuffle(cands)
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
                    "error_type": "ranking",
                    "passage": scenario.passage,
                    "question": question,
                    "language": "en",
                    "gold_rule": "gold = 3 - rank by total error severity (omission 1, wrong fact 2 each)",
                },
                "response_meta": [c[2] for c in cands],
            }
    return None


def render(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def build() -> dict[str, bytes]:
    """Every built-in file's bytes, keyed by subset id."""
    general: list[dict] = []
    long: list[dict] = []
    specialist: list[dict] = []
    ranking: list[dict] = []
    for n in range(N_GENERAL):
        gen = GENERAL[n % len(GENERAL)]
        error_type = SCHEDULE[(n // len(GENERAL)) % len(SCHEDULE)]
        scenario, case = build_case(gen, f"qa-gk-{n:04d}", error_type)
        general.append(
            pair_item("grounded_general", n, scenario, case, False, random.Random(f"{SEED}:pos:{n}"))
        )
        long.append(pair_item("grounded_long", n, scenario, case, True, random.Random(f"{SEED}:poslong:{n}")))
    for n in range(N_SPECIALIST):
        gen = SPECIALIST[n % len(SPECIALIST)]
        error_type = SCHEDULE[(n // len(SPECIALIST)) % len(SCHEDULE)]
        scenario, case = build_case(gen, f"qa-sp-{n:04d}", error_type)
        specialist.append(
            pair_item("grounded_specialist", n, scenario, case, False, random.Random(f"{SEED}:pos:sp{n}"))
        )
    attempt = 0
    while len(ranking) < N_RANKING:
        sid = f"qa-rk-{attempt:04d}"
        scenario = GENERAL[attempt % len(GENERAL)](random.Random(f"{SEED}:{sid}:0"), sid).prune()
        scenario.check()
        item = ranking_item(len(ranking), scenario, random.Random(f"{SEED}:rank:{sid}"))
        attempt += 1
        if item:
            ranking.append(item)
    subsets = {
        "grounded_general": general,
        "grounded_long": long,
        "grounded_specialist": specialist,
        "grounded_ranking": ranking,
    }
    return {name: render(records) for name, records in subsets.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="rebuild in memory; exit 1 if a committed file differs"
    )
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [name for name, data in files.items() if (DATA / f"{name}.jsonl").read_bytes() != data]
        for name in stale:
            print(f"{DATA / name}.jsonl differs from a fresh build", file=sys.stderr)
        return 1 if stale else 0
    DATA.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (DATA / f"{name}.jsonl").write_bytes(data)
    print(", ".join(f"{len(data.splitlines())} {name}" for name, data in files.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
