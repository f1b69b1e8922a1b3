"""The structured source records behind every built-in qa item, and the arithmetic they use.

A :class:`Scenario` is one passage (a list of sentences) plus the :class:`Fact` questions it
settles. Every fact records the passage sentence that settles it (``support``) and candidate wrong
answers (:class:`Wrong`), each with the kind of error it makes. Computed facts also record the
operation and its arguments, and every reasoning slip records the (wrong) operation it applied,
so a test can recompute both the right and the wrong number from the passage.
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
    if op == "add":
        return str(args[0] + args[1])
    if op == "mul":
        return _num(args[0] * args[1], 0 if isinstance(args[0] * args[1], int) else 2)
    if op == "mul_round":  # x * factor rounded to ndigits
        return _num(args[0] * args[1], args[2])
    if op == "div_round":  # x / y rounded to ndigits
        return _num(args[0] / args[1], args[2])
    if op == "pct_change":  # (new - old) / old * 100
        return _num((args[1] - args[0]) / args[0] * 100, args[2])
    if op == "pct_of":  # part / whole * 100
        return _num(args[0] / args[1] * 100, args[2])
    if op == "add_days":
        return fmt_date(parse_date(args[0]) + dt.timedelta(days=args[1]))
    if op == "add_months":
        day = parse_date(args[0])
        month = day.month - 1 + args[1]
        return fmt_date(day.replace(year=day.year + month // 12, month=month % 12 + 1))
    raise ValueError(f"unknown op {op!r}")


def mentions(text: str, span: str) -> bool:
    """Whether ``span`` occurs in ``text`` as a whole token run (so "7" is not found in "1887")."""
    return re.search(rf"(?<![\w.]){re.escape(span)}(?![\w]|\.\d)", text) is not None


@dataclass
class Wrong:
    value: str  # the wrong key fact, as it appears in the rejected answer
    error_type: str  # contradiction | unsupported_number | unsupported_entity | wrong_cause | reasoning_slip
    severity: int  # 2 = the key fact is wrong
    flaw: str
    slip: dict[str, Any] | None = None  # computed facts: {"kind", "op", "args"} reproducing the wrong value
    steps: str = ""  # long-form reasoning that shows the slip


@dataclass
class Fact:
    qid: str
    question: str
    template: str  # short answer with a {v} slot
    value: str
    support: str  # the passage sentence that settles the question
    topic: str
    wrongs: list[Wrong]
    compute: dict[str, Any] | None = None  # {"op", "args"}: recomputes value
    steps: str = ""  # long-form reasoning for the right value

    def answer(self, value: str) -> str:
        return self.template.format(v=value)


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

    def check(self) -> None:
        """Build-time assertions: the labels hold by construction or the build fails."""
        text = self.passage
        for fact in self.facts:
            assert fact.support in text, (self.sid, fact.qid, "support not in passage")
            if fact.compute:
                assert calc(fact.compute["op"], fact.compute["args"]) == fact.value, (self.sid, fact.qid)
            else:
                assert mentions(fact.support, fact.value), (self.sid, fact.qid, fact.value)
            for wrong in fact.wrongs:
                assert wrong.value != fact.value, (self.sid, fact.qid)
                assert not mentions(fact.support, wrong.value), (self.sid, fact.qid, wrong.value)
                if wrong.error_type == "contradiction":
                    assert mentions(text, wrong.value), (self.sid, fact.qid, wrong.value)
                elif wrong.error_type in ("unsupported_number", "unsupported_entity", "wrong_cause"):
                    assert not mentions(text, wrong.value), (self.sid, fact.qid, wrong.value)
                if wrong.slip:
                    assert calc(wrong.slip["op"], wrong.slip["args"]) == wrong.value, (
                        self.sid,
                        fact.qid,
                        wrong.slip,
                    )
