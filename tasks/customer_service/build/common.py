"""Shared helpers for the scenario generators: dates, names, records and the Scenario record.

A Scenario is everything one conversation needs: its parameters (numbers a test re-checks),
the record shown to the agent, the customer's message (calm single turn and an upset multi-turn
version), the correct decision with the preferred body, and the content-level violations
(``alts``), each naming the clause it breaks and the decision it (wrongly) takes.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from dataclasses import dataclass, field
from typing import Any

from .policies import system_message
from .rules import money

FIRST = [
    "Maya",
    "Jonah",
    "Priya",
    "Luis",
    "Hannah",
    "Kwame",
    "Sofia",
    "Tomasz",
    "Aiko",
    "Daniel",
    "Fatima",
    "Oliver",
    "Grace",
    "Mateo",
    "Leila",
    "Ethan",
    "Nadia",
    "Samuel",
    "Ines",
    "Ravi",
    "Chloe",
    "Arjun",
    "Elena",
    "Marcus",
]
LAST = [
    "Moreno",
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Brennan",
    "Haddad",
    "Kowalski",
    "Nguyen",
    "Achebe",
    "Fischer",
    "Silva",
    "Patel",
    "O'Neill",
    "Rossi",
    "Dubois",
    "Kim",
    "Mensah",
    "Novak",
    "Quinn",
    "Ahmed",
    "Larsen",
    "Costa",
]
DOMAINS = ["example.com", "mail.example.org", "example.net"]


@dataclass
class Alt:
    """A content-level violation: the body a rejected reply gives instead of the preferred one."""

    flaw: str
    clause: str
    decision: str
    body: list[str]
    check: dict[str, Any] = field(default_factory=dict)


@dataclass
class Scenario:
    business: str
    intent: str
    params: dict[str, Any]
    record: str
    user: str
    upset_turns: list[dict[str, str]]
    decision: str
    good: list[str]
    facts: dict[str, tuple[str, str]]  # policy fact key -> (true text, invented text) quoted in ``good``
    ack: str  # a neutral first sentence (what the agent can see) used by the needless-escalation reply
    alts: list[Alt]
    escalation_required: bool = False
    verified: bool = True
    # which preferred and wrong-decision bodies meet, where the decisions alone do not say it
    body_pair: tuple[str, str] | None = None

    @property
    def pair_key(self) -> tuple[str, str]:
        """The (preferred body, wrong-decision body) this scenario pits against each other."""
        return self.body_pair or (self.decision, self.alts[0].decision if self.alts else "")

    @functools.cached_property
    def record_facts(self) -> list[tuple[str, str]]:
        """(true text from the record, misstated text) pairs a reply may quote (computed on demand:
        the balanced sampler draws many scenarios and keeps few)."""
        return misstatements(self.params, system_message(self.business, self.record) + self.user)


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def numbers_in(text: str) -> set[str]:
    """Numbers as written (thousands separators dropped): "$1,000.00" -> "1000.00", "2026-03-10" -> 2026, 03, 10."""
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def _wrong_count(true: int, seen: set[str]) -> int:
    """A wrong day count that is in the prompt exactly when the true one is (so "numbers the prompt
    never mentions" cannot point at the misstated reply): the nearest other count the prompt shows,
    or a count shifted by a few days that it does not show."""
    if str(true) in seen:
        shown = sorted(
            int(n) for n in seen if n.isdigit() and n == str(int(n)) and 0 < int(n) <= 200 and int(n) != true
        )
        return min(shown, key=lambda n: (abs(n - true), n))
    for step in (5, 3, 4, 6, 7, 2, 8, 9):
        for wrong in (true + step, true - step) if true % 2 else (true - step, true + step):
            if wrong > 0 and str(wrong) not in seen:
                return wrong
    raise ValueError(f"no wrong count for {true}")


def _wrong_amount(true: float, seen: set[str]) -> float:
    """A wrong amount, in the prompt exactly when the true one is (another amount of the policy or
    record, the closest by ratio), else 80% of the true amount nudged until the prompt lacks it."""
    if f"{true:.2f}" in seen:
        shown = sorted({float(n) for n in seen if re.fullmatch(r"\d+\.\d\d", n) and float(n) != true})
        return min(shown, key=lambda x: (abs(x / true - 1), x))
    wrong = round(true * 0.8, 2)
    while f"{wrong:.2f}" in seen:
        wrong = round(wrong + 1, 2)
    return wrong


def misstatements(params: dict[str, Any], prompt: str) -> list[tuple[str, str]]:
    """Numbers a reply may quote from the record, each with a deterministic wrong version."""
    seen = numbers_in(prompt)
    out = []
    if "days" in params:
        out.append((f"{params['days']} days ago", f"{_wrong_count(params['days'], seen)} days ago"))
    if "bdays" in params:
        out.append(
            (f"{params['bdays']} business days", f"{_wrong_count(params['bdays'], seen)} business days")
        )
    for key in ("price", "amount", "fare", "total"):
        if key in params:
            value = float(params[key])
            out.append((money(value), money(_wrong_amount(value, seen))))
    return out


def person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    handle = f"{first[0]}.{last}".lower().replace("'", "")
    return f"{first} {last}", f"{handle}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"


def today(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 300))


def iso(day: dt.date) -> str:
    return day.isoformat()


def nice_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')}"


def minus(day: dt.date, days: int) -> dt.date:
    return day - dt.timedelta(days=days)


def minus_bdays(day: dt.date, bdays: int) -> dt.date:
    """The date ``bdays`` weekdays before ``day``."""
    out = day
    while bdays > 0:
        out -= dt.timedelta(days=1)
        if out.weekday() < 5:
            bdays -= 1
    return out


def plus_bdays(day: dt.date, bdays: int) -> dt.date:
    out = day
    while bdays > 0:
        out += dt.timedelta(days=1)
        if out.weekday() < 5:
            bdays -= 1
    return out


def fill(templates: list[str], values: dict[str, str]) -> list[str]:
    return [t.format(**values) for t in templates]
