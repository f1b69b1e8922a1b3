"""Shared helpers for the scenario generators: dates, names, records and the Scenario record.

A Scenario is everything one conversation needs: its parameters (numbers a test re-checks),
the record shown to the agent, the customer's message (calm single turn and an upset multi-turn
version), the correct decision with the preferred body, and the content-level violations
(``alts``), each naming the clause it breaks and the decision it (wrongly) takes.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

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
    record_facts: list[tuple[str, str]] = field(
        default_factory=list
    )  # (true text from the record, misstated text)

    def __post_init__(self) -> None:
        if not self.record_facts:
            self.record_facts = misstatements(self.params)


def _shift(n: int, step: int) -> int:
    return n + step if n % 2 or n - step <= 0 else n - step


def misstatements(params: dict[str, Any]) -> list[tuple[str, str]]:
    """Numbers a reply may quote from the record, each with a deterministic wrong version."""
    out = []
    if "days" in params:
        out.append((f"{params['days']} days ago", f"{_shift(params['days'], 5)} days ago"))
    if "bdays" in params:
        out.append((f"{params['bdays']} business days", f"{_shift(params['bdays'], 3)} business days"))
    for key in ("price", "amount", "fare", "total"):
        if key in params:
            value = float(params[key])
            out.append((f"${value:,.2f}", f"${round(value * 0.8, 2):,.2f}"))
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
