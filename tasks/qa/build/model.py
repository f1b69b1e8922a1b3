"""The structured source records behind every built-in qa item, and the arithmetic they use.

A :class:`Scenario` is one passage (a list of sentences) plus the :class:`Fact` questions it
settles. Every fact records the passage sentence that settles it (``support``), an ``anchor`` (the
word that ties question and support sentence together: the asked entity, event or attribute) and
wrong answers (:class:`Wrong`). Every wrong value of a non-computed fact is a real value of the same
passage, taken from another sentence (another attribute, another entity, another event's cause), so
"a word the passage never uses" can never tell right from wrong. Computed facts record the operation
and its arguments; their slips record either other passage numbers as operands or a recorded
arithmetic error, so a test can recompute both the right and the wrong number from the passage.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

MONTH_NAMES = [
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
VALUE_ERRORS = ("swapped_value", "wrong_entity", "wrong_cause")
ERROR_TYPES = (*VALUE_ERRORS, "reasoning_slip", "wrong_detail", "partial_answer")


def fmt_date(day: dt.date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def parse_date(text: str) -> dt.date:
    day, month, year = text.split()
    return dt.date(int(year), MONTH_NAMES.index(month) + 1, int(day))


def _num(x: float, ndigits: int) -> str:
    return str(round(x)) if ndigits == 0 else f"{x:.{ndigits}f}"


def calc(op: str, args: list[Any]) -> str:
    """Evaluate one recorded operation; the result is the string the answer must contain."""
    if op == "sub":
        return str(args[0] - args[1])
    if op == "mul":
        return str(args[0] * args[1])
    if op == "mul_round":  # x * factor rounded to ndigits
        return _num(args[0] * args[1], args[2])
    if op == "div_round":  # x / y rounded to ndigits
        return _num(args[0] / args[1], args[2])
    if op == "pct_change":  # (new - old) / old * 100
        return _num((args[1] - args[0]) / args[0] * 100, args[2])
    if op == "pct_of":  # part / whole * 100
        return _num(args[0] / args[1] * 100, args[2])
    if op == "pct_amount":  # pct percent of whole
        return _num(args[1] * args[0] / 100, args[2])
    if op == "add_days":
        return fmt_date(parse_date(args[0]) + dt.timedelta(days=args[1]))
    if op == "add_months":
        day = parse_date(args[0])
        month = day.month - 1 + args[1]
        return fmt_date(day.replace(year=day.year + month // 12, month=month % 12 + 1))
    raise ValueError(f"unknown op {op!r}")


def miscalc(op: str, args: list[Any], error: str) -> str:
    """The result of ``op`` on the right operands with one recorded arithmetic error."""
    if error in ("plus_one", "minus_one"):
        step = 1 if error == "plus_one" else -1
        if op == "add_days":
            return calc(op, [args[0], args[1] + step])
        if op == "add_months":
            return calc(op, [args[0], args[1] + step])
        return str(int(calc(op, args)) + step)
    if error == "extra_zero":
        return str(int(calc(op, args)) * 10)
    raise ValueError(f"unknown arithmetic error {error!r}")


def steps_text(op: str, args: list[Any], result: str) -> str:
    """The worked step a long answer shows; right and slipped answers share it, only numbers differ."""
    if op == "sub":
        return f"{args[0]} minus {args[1]} is {result}."
    if op == "mul":
        return f"{args[0]} times {args[1]} is {result}."
    if op == "mul_round":
        return f"{args[0]} times {args[1]} is about {result}."
    if op == "div_round":
        return f"{args[0]} divided by {args[1]} is about {result}."
    if op == "pct_change":
        return f"The change from {args[0]} to {args[1]}, taken as a share of {args[0]}, is {result} percent."
    if op == "pct_of":
        return f"{args[0]} as a share of {args[1]} is {result} percent."
    if op == "pct_amount":
        return f"{args[0]} percent of {args[1]} is {result}."
    if op == "add_days":
        return f"{args[1]} days after {args[0]} is {result}."
    if op == "add_months":
        return f"{args[1]} months after {args[0]} is {result}."
    raise ValueError(f"unknown op {op!r}")


def mentions(text: str, span: str) -> bool:
    """Whether ``span`` occurs in ``text`` as a whole token run (so "7" is not found in "1887")."""
    return re.search(rf"(?<![\w.]){re.escape(span)}(?![\w]|\.\d)", text) is not None


def says(answer: str, span: str) -> bool:
    """``mentions`` for an answer, which may open a sentence with the span capitalised."""
    return mentions(answer, span) or mentions(answer, span[:1].upper() + span[1:])


def has_stem(text: str, stem: str) -> bool:
    """Whether a word of ``text`` starts with ``stem`` (case-insensitive): "open" finds "opened"."""
    return re.search(rf"(?<!\w){re.escape(stem)}", text, re.IGNORECASE) is not None


@dataclass
class Wrong:
    value: str  # the wrong key fact, as it appears in the rejected answer
    error_type: str  # swapped_value | wrong_entity | wrong_cause | reasoning_slip
    flaw: str
    slip: dict[str, Any] | None = None  # computed facts: {"kind", "op", "args"[, "error"]}


@dataclass
class Fact:
    qid: str
    questions: list[str]  # wordings of the question; one is drawn per item
    answers: list[str]  # answer frames with a {v} slot; both sides of an item use the same frame
    value: str
    support: str  # the passage sentence that settles the question
    anchor: (
        str  # stem shared by every question wording and the support sentence, absent where wrongs come from
    )
    topic: str
    wrongs: list[Wrong]
    compute: dict[str, Any] | None = None  # {"op", "args"}: recomputes value
    statements: list[str] = field(
        default_factory=list
    )  # self-contained frames, for an added or second detail

    def answer(self, frame: str, value: str) -> str:
        text = frame.format(v=value)
        return text[0].upper() + text[1:]


@dataclass
class Scenario:
    sid: str
    genre: str
    domain: str
    sentences: list[str]
    facts: list[Fact] = field(default_factory=list)

    @property
    def passage(self) -> str:
        return " ".join(self.sentences)

    def source_of(self, fact: Fact, wrong: Wrong) -> str | None:
        """The passage sentence a wrong value is taken from: it states the value, is not the support
        sentence and lacks the fact's anchor (it is about another attribute, entity or event)."""
        for sentence in self.sentences:
            if (
                sentence != fact.support
                and mentions(sentence, wrong.value)
                and not has_stem(sentence, fact.anchor)
            ):
                return sentence
        return None

    def fact_problems(self, fact: Fact) -> list[str]:
        """What is wrong with a fact's own record (its wrongs aside); empty when it holds."""
        out = []
        if fact.support not in self.sentences:
            out.append("support is not a passage sentence")
        if not has_stem(fact.support, fact.anchor):
            out.append(f"anchor {fact.anchor!r} not in the support sentence")
        if not all(has_stem(q, fact.anchor) for q in fact.questions):
            out.append(f"anchor {fact.anchor!r} not in every question wording")
        if not all(f.count("{v}") == 1 for f in [*fact.answers, *fact.statements]):
            out.append("an answer frame lacks a single {v} slot")
        if not fact.compute and not fact.statements:
            out.append("no self-contained statement frames")
        if fact.compute:
            if calc(fact.compute["op"], fact.compute["args"]) != fact.value:
                out.append("computed value does not recompute")
            if mentions(self.passage, fact.value):
                out.append("computed value is stated in the passage")
        elif not mentions(fact.support, fact.value):
            out.append("value not in the support sentence")
        return out

    def wrong_problems(self, fact: Fact, wrong: Wrong) -> list[str]:
        """Why ``wrong`` would not be a fair negative for ``fact``; empty when it is."""
        if wrong.value == fact.value:
            return ["wrong value equals the right one"]
        if fact.compute:
            slip = wrong.slip or {}
            if wrong.error_type != "reasoning_slip" or not slip:
                return ["computed fact without a recorded slip"]
            error = slip.get("error")
            got = miscalc(slip["op"], slip["args"], error) if error else calc(slip["op"], slip["args"])
            if got != wrong.value:
                return ["slip does not recompute"]
            if mentions(self.passage, wrong.value):
                return ["slip value is stated in the passage (absence would give it away)"]
            return []
        if wrong.error_type not in VALUE_ERRORS:
            return [f"unknown error type {wrong.error_type}"]
        if mentions(fact.support, wrong.value):
            return ["wrong value is in the support sentence"]
        if not mentions(self.passage, wrong.value):
            return ["wrong value is not from the passage"]
        if self.source_of(fact, wrong) is None:
            return ["no passage sentence states the wrong value without the anchor"]
        return []

    def prune(self) -> Scenario:
        """Drop wrongs (then facts) that random draws made unfair, e.g. a slip that hits a passage
        number; an authoring error (a missing anchor, a value not in its sentence) still fails."""
        kept = []
        for fact in self.facts:
            problems = self.fact_problems(fact)
            if problems and problems != ["computed value is stated in the passage"]:
                raise AssertionError((self.sid, fact.qid, problems))
            fact.wrongs = [w for w in fact.wrongs if not self.wrong_problems(fact, w)]
            if fact.wrongs and not problems:
                kept.append(fact)
        self.facts = kept
        return self

    def check(self) -> None:
        """Build-time assertions: the labels hold by construction or the build fails."""
        for fact in self.facts:
            assert not self.fact_problems(fact), (self.sid, fact.qid, self.fact_problems(fact))
            for wrong in fact.wrongs:
                assert not self.wrong_problems(fact, wrong), (
                    self.sid,
                    fact.qid,
                    wrong,
                    self.wrong_problems(fact, wrong),
                )
