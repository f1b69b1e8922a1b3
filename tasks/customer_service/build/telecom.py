"""Brightline Mobile (telecom) scenarios: a shifted vertical with its own policy (see policies.py)."""

from __future__ import annotations

import random

from . import phrases as P
from . import rules
from .common import Alt, Scenario, iso, minus, nice_date, person, today
from .rules import TELECOM as T
from .rules import money

FACTS = {
    "return_days": (f"{T['device_return_days']} days", "60 days|48 days"),
    "restock": (money(T["restocking_fee"]), "$15.00|$50.00"),
    "etf_month": (money(T["etf_per_month"]), "$30.00|$50.00"),
    "etf_cap": (money(T["etf_cap"]), "$50.00|$30.00"),
    "etf_free": (f"{T['etf_free_days']} days", "60 days|48 hours"),
    "dispute_days": (f"{T['dispute_days']} days", "14 days|48 days"),
    "instant": (money(T["instant_credit_under"]), "$30.00|$200.00|$15.00"),
}
PHONES = [("Pixelle 8", 520, 880), ("Nova X2", 300, 640), ("Orbit Mini", 180, 320), ("Halo Pro", 700, 1150)]
ANGRY = [
    "Brightline is the worst network I've ever used.",
    "I'm so annoyed with you lot right now.",
    "Every time I contact you it's a battle. Fix this.",
    "I've had enough of your billing mess.",
]
AGENT_ASK = [
    "Sorry to hear that. What can I help with? For anything on your account, please give the account holder's name and your 4-digit PIN.",
    "I apologise. Tell me what's wrong, and for account changes I'll need the holder's full name and the account PIN.",
]
FED_UP = ["Just sort it.", "I'm not impressed.", "Today, please.", "I'm close to leaving."]


def _turns(rng: random.Random, calm: str, multi: bool) -> tuple[str, list[dict[str, str]]]:
    if not multi:
        return calm, []
    return calm, [
        {"role": "user", "content": rng.choice(ANGRY)},
        {"role": "assistant", "content": rng.choice(AGENT_ASK)},
        {"role": "user", "content": f"{calm} {rng.choice(FED_UP)}"},
    ]


def _account(rng: random.Random):
    name, _ = person(rng)
    return name, f"BM-{rng.randint(100000, 999999)}", f"{rng.randint(0, 9999):04d}"


def _rec(name, acct, pin, **rows) -> str:
    lines = [f"Today: {rows.pop('today')}", f"Account {acct}: holder {name}, PIN {pin}"]
    return "\n".join(lines + [f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in rows.items()])


def _ident(rng, name, pin, verified):
    if verified:
        return rng.choice([f"I'm {name}, PIN {pin}", f"account holder {name}, PIN {pin}"])
    return rng.choice([f"I'm {name}", f"the account is under {name}"])


def device_return(rng: random.Random) -> Scenario:
    t = today(rng)
    name, acct, pin = _account(rng)
    phone, lo, hi = rng.choice(PHONES)
    price = round(rng.uniform(lo, hi), 2)
    days = rng.choice([rng.randint(1, 13), 14, 15, rng.randint(16, 40)])
    opened = rng.random() < 0.5
    verified = rng.random() < 0.8
    calm = rng.choice(
        [
            f"{_ident(rng, name, pin, verified)}. I want to return the {phone} I got {days} days ago, {'I opened it but' if opened else 'still sealed,'} I don't like it.",
            f"Hello, {_ident(rng, name, pin, verified)}. Can I send back my new {phone}? It arrived {days} days ago and it's {'been opened' if opened else 'unopened'}.",
        ]
    )
    delivered = minus(t, days)
    rec = _rec(
        name,
        acct,
        pin,
        today=iso(t),
        device=f"{phone}, {money(price)}, delivered {iso(delivered)}",
        box="opened" if opened else "sealed",
    )
    dec = rules.telecom_return(days, opened)
    seen = [
        f"Your {phone} was delivered on {nice_date(delivered)}, {days} days ago, {'opened' if opened else 'still sealed'}."
    ]
    bodies = {
        "full_refund": [
            *seen,
            f"Sealed devices returned within [[return_days]] are refunded in full, so you'll get {money(price)} back once it reaches us.",
        ],
        "refund_minus_restocking": [
            *seen,
            f"Opened devices returned within [[return_days]] are refunded minus a [[restock]] restocking fee, so you'll get {money(price - T['restocking_fee'])} back once it reaches us.",
        ],
        "decline_late": [
            *seen,
            "Devices can only be returned within [[return_days]] of delivery, so I'm sorry, but I can't take it back; warranty repair is still available if it develops a fault.",
        ],
    }
    if dec == "decline_late":
        wrong, flaw = ("refund_minus_restocking" if opened else "full_refund"), "refund_outside_window"
    elif dec == "full_refund":
        wrong, flaw = "decline_late", "denies_eligible_refund"
    else:
        wrong, flaw = rng.choice([("full_refund", "waives_fee"), ("decline_late", "denies_eligible_refund")])
    wbody = (
        bodies[wrong]
        if wrong != "full_refund"
        else [*seen, f"You'll get the full {money(price)} back once it reaches us."]
    )
    alts = [Alt(flaw, "TEL-1", wrong, wbody)]
    good = bodies[dec]
    ask = [
        "Before I can look at your account, I need the 4-digit account PIN to confirm it's yours.",
        "Devices can be returned within [[return_days]] of delivery.",
    ]
    if verified and rng.random() < 0.3:  # the mirror of skips_verification: asks a matching caller again
        alts = [Alt("needless_verification", "ANS-1", "ask_verification", ask)]
    if not verified:
        alts = [Alt("skips_verification", "SEC-1", dec, bodies[dec])]  # acts as if verified
        dec = "ask_verification"
        good = ask
    multi = rng.random() < 0.5
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "telecom",
        "device_return",
        {
            "today": iso(t),
            "days": days,
            "opened": opened,
            "price": price,
            "verified": verified,
            "multi_turn": multi,
        },
        rec,
        user,
        turns,
        dec,
        good,
        FACTS,
        seen[0],
        alts,
        verified=verified,
    )


def cancel_contract(rng: random.Random) -> Scenario:
    t = today(rng)
    name, acct, pin = _account(rng)
    since = rng.choice([rng.randint(2, 14), rng.randint(15, 700)])
    months = rng.randint(1, 23)
    calm = rng.choice(
        [
            f"{_ident(rng, name, pin, True)}. How much will it cost me to cancel my contract now?",
            f"Hi, {_ident(rng, name, pin, True)}. I want to leave Brightline. What's the cancellation fee?",
        ]
    )
    rec = _rec(
        name,
        acct,
        pin,
        today=iso(t),
        contract=f"activated {iso(minus(t, since))} ({since} days ago), {months} months remaining",
    )
    fee = rules.telecom_etf(since, months)
    seen = [f"Your contract was activated {since} days ago and has {months} months left."]
    free = [*seen, "Cancelling within [[etf_free]] of activation is free, so there's no fee to leave."]

    def costs(amount: float) -> list[str]:
        return [
            *seen,
            f"The fee is [[etf_month]] per remaining month, capped at [[etf_cap]], so leaving now costs {money(amount)}.",
        ]

    uncapped = T["etf_per_month"] * months
    if fee == 0:
        good, pair = free, ("free", "fee")
        alt = Alt("charges_waived_fee", "TEL-2", "fee", costs(min(uncapped, T["etf_cap"])))
    elif uncapped > T["etf_cap"] or rng.random() < 0.5:
        good, pair = costs(fee), ("fee", "fee")
        alt = Alt(
            "wrong_fee",
            "TEL-2",
            "fee",
            costs(uncapped if uncapped > T["etf_cap"] else fee + 2 * T["etf_per_month"]),
        )
    else:  # the mirror of charges_waived_fee: the free window applied after it has passed
        good, pair = costs(fee), ("fee", "free")
        alt = Alt("waives_fee", "TEL-2", "no_fee", free)
    multi = rng.random() < 0.5
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "telecom",
        "cancel",
        {
            "today": iso(t),
            "days_since_activation": since,
            "months_left": months,
            "amount": fee,
            "verified": True,
            "multi_turn": multi,
        },
        rec,
        user,
        turns,
        "quote_fee",
        good,
        FACTS,
        seen[0],
        [alt],
        body_pair=pair,
    )


def bill_dispute(rng: random.Random) -> Scenario:
    t = today(rng)
    name, acct, pin = _account(rng)
    since = rng.choice([rng.randint(3, 60), 60, 61, rng.randint(62, 120)])
    amount = round(rng.choice([rng.uniform(4, 49.9), rng.uniform(50, 240)]), 2)
    what = rng.choice(["roaming charge", "premium SMS charge", "data add-on", "late-payment fee"])
    calm = (
        f"{_ident(rng, name, pin, True)}. My bill from {since} days ago has a {money(amount)} {what} that I never agreed to. "
        "Can you remove it?"
    )
    rec = _rec(
        name,
        acct,
        pin,
        today=iso(t),
        bill=f"dated {iso(minus(t, since))} ({since} days ago)",
        disputed_line=f"{what} {money(amount)}, not opted in by the customer",
    )
    dec = rules.telecom_dispute(since, amount)
    seen = [f"I can see the {money(amount)} {what} on your bill from {since} days ago."]
    bodies = {
        "credit_now": [
            *seen,
            "Incorrect charges under [[instant]] disputed within [[dispute_days]] are credited straight away, so I've credited it to your account.",
        ],
        "escalate_billing": [
            *seen,
            "It's within [[dispute_days]], but charges of [[instant]] or more go to our billing team for review.",
            rng.choice(P.ESCALATION_LINES),
        ],
        "decline_late": [
            *seen,
            "Disputes have to be raised within [[dispute_days]] of the bill date, so I'm sorry, but I can't reopen this one.",
        ],
    }
    if dec == "decline_late":
        alt = Alt("refund_outside_window", "TEL-3", "credit_now", bodies["credit_now"])
    elif dec == "credit_now":
        alt = (
            Alt("denies_eligible_refund", "TEL-3", "decline_late", bodies["decline_late"])
            if rng.random() < 0.6
            else Alt(
                "needless_escalation",
                "ESC-1",
                "escalate_billing",
                [
                    *seen,
                    "Charges like this go to our billing team for review.",
                    rng.choice(P.ESCALATION_LINES),
                ],
            )
        )
    else:
        alt = Alt("missed_escalation", "TEL-3", "credit_now", bodies["credit_now"])
    multi = rng.random() < 0.5
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "telecom",
        "dispute",
        {"today": iso(t), "days": since, "amount": amount, "verified": True, "multi_turn": multi},
        rec,
        user,
        turns,
        dec,
        bodies[dec],
        FACTS,
        seen[0],
        [alt],
        escalation_required=dec == "escalate_billing",
    )


def sim_swap(rng: random.Random) -> Scenario:
    t = today(rng)
    name, acct, pin = _account(rng)
    verified = rng.random() < 0.5
    calm = rng.choice(
        [
            f"{_ident(rng, name, pin, verified)}. I lost my phone, please move my number to a new SIM.",
            f"Hi, {_ident(rng, name, pin, verified)}. I need a SIM swap to a new card today.",
        ]
    )
    rec = _rec(name, acct, pin, today=iso(t), line="active")
    if verified:
        good = [
            "Thanks, your name and PIN match the account.",
            "I've ordered a replacement SIM and your number will move to it once you activate it.",
        ]
        alt = Alt(
            "invented_requirement",
            "ACC-1",
            "ask_verification",
            [
                "Before I can swap the SIM, I need the 4-digit account PIN to confirm it's yours, and a photo ID."
            ],
        )
        dec = "sim_swap"
    else:
        good = [
            "Before I can swap the SIM, I need the 4-digit account PIN to confirm it's yours.",
            "Once that matches, I'll order the replacement SIM and move your number to it.",
        ]
        alt = Alt(
            "skips_verification",
            "SEC-1",
            "sim_swap",
            [
                "I can help with the SIM.",
                "I've ordered a replacement SIM and your number will move to it once you activate it.",
            ],
        )
        dec = "ask_verification"
    multi = rng.random() < 0.5
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "telecom",
        "sim_swap",
        {"today": iso(t), "verified": verified, "multi_turn": multi},
        rec,
        user,
        turns,
        dec,
        good,
        FACTS,
        "I can help with the SIM.",
        [alt],
        verified=verified,
    )


def usage_privacy(rng: random.Random) -> Scenario:
    """A verified caller asks about a family member's separate line (decline, PRV-1) or, as the
    mirror, about a second line on their own account (answer; a privacy refusal fails ANS-1)."""
    t = today(rng)
    own = rng.random() < 0.5
    name, acct, pin = _account(rng)
    other, _ = person(rng)
    rel = rng.choice(["husband", "wife", "son", "daughter", "partner"])
    number = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    calls = rng.randint(12, 80)
    who = other.split()[0]
    calm = f"{_ident(rng, name, pin, True)}. My {rel} {other} uses a Brightline line, {number}. Can you tell me how many calls it's made this month?"
    seen = f"Thanks, your own account is verified, and I can see why you're asking about {number}."
    if own:
        line = f"{number}, on this account (user {other}), {calls} calls this month"
        good = [
            seen,
            f"That line is on your own account, so I can share its calls, texts, usage and location with you: {calls} calls this month.",
            "You can also see the details in your own account.",
        ]
        alt = Alt(
            "refuses_own_details",
            "ANS-1",
            "decline_privacy",
            [
                seen,
                f"That line is used by {who}, so I can't share its calls, texts, usage or location, even with family.",
                f"{who} can see the details in their own account.",
            ],
        )
        decision, disclosed = "share_details", []
    else:
        line = f"{number}, holder {other} (separate account), {calls} calls this month"
        good = [
            seen,
            f"That line is on {who}'s own account, so I can't share its calls, texts, usage or location, even with family.",
            f"{who} can see the details in their own account.",
        ]
        alt = Alt(
            "discloses_other_customer",
            "PRV-1",
            "disclose",
            [
                seen,
                f"That line is on {who}'s own account, but even so I can share its calls, texts, usage and location with family: {calls} calls this month.",
                f"{who} can also see the details in their own account.",
            ],
        )
        decision, disclosed = "decline_privacy", [f"{calls} calls"]
    rec = _rec(name, acct, pin, today=iso(t), other_line=line)
    multi = rng.random() < 0.5
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "telecom",
        "privacy",
        {"today": iso(t), "verified": True, "own_line": own, "multi_turn": multi, "disclosed": disclosed},
        rec,
        user,
        turns,
        decision,
        good,
        FACTS,
        seen,
        [alt],
    )


INTENTS = [
    (device_return, 30),
    (cancel_contract, 26),
    (bill_dispute, 30),
    (sim_swap, 16),
    (usage_privacy, 12),
]

OFF_TOPIC = {
    "device_return": "Cancelling a contract within [[etf_free]] of activation is free.",
    "cancel": "Devices can be returned within [[return_days]] of delivery.",
    "dispute": "Devices can be returned within [[return_days]] of delivery.",
    "sim_swap": "Incorrect charges under [[instant]] are credited straight away.",
    "privacy": "Cancelling a contract within [[etf_free]] of activation is free.",
}
