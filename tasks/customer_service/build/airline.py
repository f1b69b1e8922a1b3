"""Cobalt Air (airline) scenarios: a shifted vertical with its own policy (see policies.py).

Same construction as retail.py: parametric scenarios, the rule in rules.py decides, and each
wrong-decision reply reuses the body the rule would give for that other decision.
"""

from __future__ import annotations

import random

from . import phrases as P
from . import rules
from .common import Alt, Scenario, iso, minus, person, today
from .rules import AIRLINE as A
from .rules import money

FACTS = {
    "grace": (f"{A['grace_hours']} hours", "5 hours|3 hours"),
    "fee": (money(A["standard_fee"]), "$75.00|$50.00|$35.00"),
    "voucher": (money(A["voucher_amount"]), "$35.00|$50.00|$75.00"),
    "voucher_h": (f"{A['voucher_delay_hours']} hours", "5 hours|24 hours"),
    "refund_h": (f"{A['refund_delay_hours']} hours", "3 hours|24 hours"),
    "bag1": (money(A["bag1_fee"]), "$50.00|$20.00"),
    "bag2": (money(A["bag2_fee"]), "$35.00|$75.00"),
    "claim_days": (f"{A['bag_claim_days']} days", "7 days|5 days"),
    "daily_cap": (money(A["bag_daily_cap"]), "$50.00|$100.00|$35.00"),
    "max_days": (f"{A['bag_max_days']} days", "7 days|21 days"),
}
ROUTES = [
    ("Dublin", "Lisbon"),
    ("Oslo", "Nice"),
    ("Leeds", "Amsterdam"),
    ("Porto", "Lyon"),
    ("Cork", "Madrid"),
    ("Bergen", "Edinburgh"),
    ("Bilbao", "Hamburg"),
    ("Turin", "Krakow"),
]
ANGRY = [
    "I've been on hold for an hour. This airline is a disgrace.",
    "I'm absolutely fed up with Cobalt Air.",
    "Your customer service is impossible to reach and I'm really angry.",
    "This trip has been a nightmare from start to finish.",
]
AGENT_ASK = [
    "I'm sorry about that. How can I help? If it's about a booking, please give the booking reference and the passenger's last name.",
    "I apologise for the wait. Tell me what you need, with the booking reference and last name if it's a booking.",
]
FED_UP = ["Sort it out.", "I expect better.", "And quickly, please.", "I'm losing patience."]


def _booking(rng: random.Random):
    name, _ = person(rng)
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    o, d = rng.choice(ROUTES)
    return name, ref, o, d, f"CB{rng.randint(100, 989)}"


def _record(name, ref, o, d, flight, **rows) -> str:
    lines = [f"Now: {rows.pop('now')}", f"Booking {ref}: passenger {name}, flight {flight} {o} to {d}"]
    return "\n".join(lines + [f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in rows.items()])


def _turns(rng: random.Random, calm: str, multi: bool) -> tuple[str, list[dict[str, str]]]:
    """The customer's side: one turn, or (multi) an upset opening, the agent's question, then the details."""
    if not multi:
        return calm, []
    return calm, [
        {"role": "user", "content": rng.choice(ANGRY)},
        {"role": "assistant", "content": rng.choice(AGENT_ASK)},
        {"role": "user", "content": f"{calm} {rng.choice(FED_UP)}"},
    ]


def _ident(rng, ref, name, verified):
    last = name.split()[-1]
    if verified:
        return rng.choice([f"booking {ref}, surname {last}", f"reference {ref}, last name {last}"])
    return rng.choice([f"booking {ref}", f"reference {ref}"])


def cancel(rng: random.Random) -> Scenario:
    t = today(rng)
    name, ref, o, d, flight = _booking(rng)
    fare = rng.choice(["flex", "standard", "standard", "basic"])
    hours = rng.choice([rng.randint(2, 23), 24, 25, rng.randint(26, 24 * 20)])
    dep_days = rng.choice([rng.randint(1, 6), rng.randint(7, 60)])
    price = round(rng.uniform(120, 480), 2)
    verified = rng.random() < 0.8
    booked = f"{hours} hours ago"
    calm = rng.choice(
        [
            f"I need to cancel {_ident(rng, ref, name, verified)}. What do I get back?",
            f"Hi, please cancel my flight ({_ident(rng, ref, name, verified)}). Will I get a refund?",
        ]
    )
    rec = _record(
        name,
        ref,
        o,
        d,
        flight,
        now=iso(t),
        fare=f"{fare.capitalize()} {money(price)}",
        booked=booked,
        departure=f"{iso(minus(t, -dep_days))} ({dep_days} days away)",
    )
    dec = rules.airline_cancel(fare, hours, dep_days)
    seen = [
        f"Booking {ref} is a {fare.capitalize()} fare of {money(price)}, booked {booked}, departing in {dep_days} days."
    ]
    bodies = {
        "full_refund": [
            *seen,
            (
                "It was booked within the last [[grace]] and departs at least a week away, so "
                if hours <= 24 and dep_days >= 7
                else "Flex fares are fully refundable, so "
            )
            + f"I've cancelled it and refunded {money(price)} to your card.",
        ],
        "credit_minus_fee": [
            *seen,
            f"Standard fares get a travel credit of the fare minus a [[fee]] fee, so I've cancelled it and issued {money(price - A['standard_fee'])} in travel credit.",
        ],
        "decline": [
            *seen,
            "Basic fares booked more than [[grace]] ago can't be refunded or credited, so I'm sorry, but cancelling would not return any money.",
        ],
    }
    wrong = {
        "full_refund": rng.choice(["credit_minus_fee", "decline"]),
        "credit_minus_fee": "full_refund",
        "decline": "full_refund",
    }[dec]
    if wrong == "full_refund":
        wbody = [*seen, f"I've cancelled it and refunded {money(price)} to your card."]
    elif wrong == "credit_minus_fee":
        wbody = [
            *seen,
            f"Cancellations get a travel credit of the fare minus a [[fee]] fee, so I've issued {money(price - A['standard_fee'])} in travel credit.",
        ]
    else:
        wbody = [
            *seen,
            "Once booked, tickets can't be refunded or credited, so I'm sorry, but cancelling would not return any money.",
        ]
    flaw = "refund_outside_window" if wrong == "full_refund" else "denies_eligible_refund"
    alts = [Alt(flaw, "AIR-1", wrong, wbody)]
    good = bodies[dec]
    ask = [
        f"Before I change booking {ref}, I need the passenger's last name to confirm it's yours.",
        "Bookings cancelled within [[grace]] of purchase, departing a week or more away, are refunded in full.",
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
        "airline",
        "cancel",
        {
            "now": iso(t),
            "fare_type": fare,
            "hours_since_booking": hours,
            "days_to_departure": dep_days,
            "fare": price,
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


def delay(rng: random.Random) -> Scenario:
    t = today(rng)
    name, ref, o, d, flight = _booking(rng)
    hours = rng.choice([1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8])
    calm = rng.choice(
        [
            f"My flight {flight} to {d} is delayed {hours:g} hours ({_ident(rng, ref, name, True)}). What compensation do I get?",
            f"Flight {flight} has been pushed back {hours:g} hours. Booking {ref}, surname {name.split()[-1]}. Am I entitled to anything?",
        ]
    )
    rec = _record(name, ref, o, d, flight, now=iso(t), status=f"delayed {hours:g} hours")
    dec = rules.airline_delay(hours)
    seen = [f"Flight {flight} to {d} is showing a delay of {hours:g} hours."]
    bodies = {
        "no_compensation": [
            *seen,
            "Compensation starts at a delay of [[voucher_h]], so I'm sorry, but there's no voucher for this one yet; I'll keep you updated if it changes.",
        ],
        "voucher": [
            *seen,
            "Delays of [[voucher_h]] or more earn a [[voucher]] meal voucher, which I've added to your booking.",
        ],
        "voucher_and_refund_option": [
            *seen,
            "Delays of [[voucher_h]] or more earn a [[voucher]] meal voucher, which I've added, and as it's over [[refund_h]] you can also cancel this flight for a full refund of the unflown segment.",
        ],
    }
    wrong = {
        "no_compensation": "voucher",
        "voucher": rng.choice(["no_compensation", "voucher_and_refund_option"]),
        "voucher_and_refund_option": "voucher",
    }[dec]
    flaw = (
        "denies_eligible_claim"
        if ["no_compensation", "voucher", "voucher_and_refund_option"].index(wrong)
        < ["no_compensation", "voucher", "voucher_and_refund_option"].index(dec)
        else "refund_outside_window"
    )
    alts = [Alt(flaw, "AIR-2", wrong, bodies[wrong])]
    multi = rng.random() < 0.5
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "airline",
        "delay",
        {"now": iso(t), "delay_hours": hours, "verified": True, "multi_turn": multi},
        rec,
        user,
        turns,
        dec,
        bodies[dec],
        FACTS,
        seen[0],
        alts,
    )


def bag_fee(rng: random.Random) -> Scenario:
    t = today(rng)
    bags = rng.choice([1, 2])
    calm = rng.choice(
        [
            f"How much does it cost to check {bags} bag{'s' if bags > 1 else ''}?",
            f"I'm flying next month with {bags} checked bag{'s' if bags > 1 else ''} and a carry-on. What will I pay for luggage?",
        ]
    )
    fee = rules.airline_bag_fee(bags)
    good = (
        ["A carry-on is free, and the first checked bag costs [[bag1]]."]
        if bags == 1
        else [
            "A carry-on is free; the first checked bag costs [[bag1]] and the second [[bag2]], "
            + f"so {money(fee)} in total for two."
        ]
    )
    alts = [
        Alt(
            "needless_verification",
            "ANS-1",
            "ask_verification",
            [
                "A carry-on is free.",
                "Before I go on about checked bags, I need your booking reference and the passenger's last name, to confirm the booking is yours.",
            ],
        )
    ]
    multi = rng.random() < 0.4
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "airline",
        "bags",
        {"now": iso(t), "bags": bags, "total": fee, "verified": True, "multi_turn": multi},
        f"Now: {iso(t)}\n(no booking linked: general question)",
        user,
        turns,
        "answer_fee",
        good,
        FACTS,
        "",
        alts,
    )


def bag_claim(rng: random.Random) -> Scenario:
    t = today(rng)
    name, ref, o, d, flight = _booking(rng)
    since = rng.choice([rng.randint(2, 21), 21, 22, rng.randint(22, 40)])
    without = rng.randint(1, 8)
    per_day = float(rng.choice([40, 60, 75, 90, 120, 250, 300]))
    calm = (
        f"My bag was delayed on flight {flight} {since} days ago ({_ident(rng, ref, name, True)}). I was without it for "
        f"{without} day{'s' if without > 1 else ''} and spent {money(per_day)} a day on essentials. Can I claim that back?"
    )
    rec = _record(
        name,
        ref,
        o,
        d,
        flight,
        now=iso(t),
        flown=f"{iso(minus(t, since))} ({since} days ago)",
        bag=f"delayed, returned after {without} day(s)",
    )
    dec, amount = rules.airline_bag_claim(since, without, per_day)
    seen = [
        f"Your bag on flight {flight} was delayed {without} day{'s' if without > 1 else ''}, and the flight was {since} days ago."
    ]
    cover = "Claims within [[claim_days]] of the flight are covered up to [[daily_cap]] a day for at most [[max_days]]"
    bodies = {
        "reimburse": [*seen, f"{cover}, so I've approved {money(amount)} for your essentials."],
        "decline_late": [
            *seen,
            "Expense claims have to be made within [[claim_days]] of the flight, so I'm sorry, but I can't reimburse this one.",
        ],
        "escalate_claim": [
            *seen,
            f"{cover}, which comes to {money(amount)}, over the {money(A['escalate_claim_over'])} I can approve myself.",
            rng.choice(P.ESCALATION_LINES),
        ],
    }
    full = per_day * without
    if dec == "reimburse":
        alt = rng.choice(
            [
                Alt("denies_eligible_claim", "AIR-3", "decline_late", bodies["decline_late"]),
                Alt(  # the mirror of missed_escalation: a claim the agent may approve, escalated
                    "needless_escalation",
                    "ESC-1",
                    "escalate_claim",
                    [
                        *seen,
                        f"{cover}, which comes to {money(amount)}.",
                        rng.choice(P.ESCALATION_LINES),
                    ],
                ),
            ]
            + (  # the cap ignored: the same sentence, with the uncapped total
                [
                    Alt(
                        "refund_over_limit",
                        "AIR-3",
                        "reimburse_full",
                        [*seen, f"{cover}, so I've approved {money(full)} for your essentials."],
                    )
                ]
                if full != amount
                else []
            )
        )
    elif dec == "decline_late":
        alt = Alt(
            "refund_outside_window",
            "AIR-3",
            "reimburse",
            [
                *seen,
                "Claims are covered up to [[daily_cap]] a day for at most [[max_days]], so I've approved "
                f"{money(min(per_day, A['bag_daily_cap']) * min(without, A['bag_max_days']))} for your essentials.",
            ],
        )
    else:
        alt = Alt(
            "missed_escalation",
            "ESC-1",
            "reimburse",
            [*seen, f"{cover}, so I've approved {money(amount)} for your essentials."],
        )
    multi = rng.random() < 0.5
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "airline",
        "bag_claim",
        {
            "now": iso(t),
            "days_since_flight": since,
            "days_without": without,
            "per_day": per_day,
            "amount": amount,
            "verified": True,
            "multi_turn": multi,
        },
        rec,
        user,
        turns,
        dec,
        bodies[dec],
        FACTS,
        seen[0],
        [alt],
        escalation_required=dec == "escalate_claim",
    )


def passenger_lookup(rng: random.Random) -> Scenario:
    """Another caller asks about a passenger (decline, PRV-1) or, as the mirror, the verified
    passenger asks about their own booking (answer; a privacy refusal fails ANS-1)."""
    t = today(rng)
    holder = rng.random() < 0.5
    name, ref, o, d, flight = _booking(rng)
    asker, _ = person(rng)
    rel = rng.choice(["colleague", "ex-partner", "brother", "friend", "daughter"])
    seat = f"{rng.randint(3, 30)}{rng.choice('ABCDEF')}"
    first, last = name.split()[0], name.split()[-1]
    seen = f"I can see why you'd want to know about flight {flight}."
    if holder:
        calm = rng.choice(
            [
                f"Hi, it's {name}, booking {ref}, surname {last}. Can you confirm I'm on flight {flight} to {d} and which seat I have?",
                f"This is {name} (reference {ref}, last name {last}). Am I definitely booked on {flight}, and in which seat?",
            ]
        )
        note = {}
        good = [
            seen,
            f"As your booking reference and last name match, I can share it: yes, you're booked on {flight} to {d}, seat {seat}.",
            "You can contact us directly with your booking reference at any point.",
        ]
        alt = Alt(
            "refuses_own_details",
            "ANS-1",
            "decline_privacy",
            [
                seen,
                "I can't confirm whether anyone is booked on a flight or share their details, whatever the reason.",
                "You can contact us directly with your booking reference, or check your confirmation.",
            ],
        )
        decision, requester, disclosed = "share_details", name, []
    else:
        calm = rng.choice(
            [
                f"Hi, I'm {asker}. Can you tell me if my {rel} {name} is on flight {flight} to {d} and which seat they have?",
                f"This is {asker}. Is {name} booked on {flight}? I'm their {rel} and need to know when they land.",
            ]
        )
        note = {"note": f"the caller gives the name {asker}, not on this booking"}
        good = [
            seen,
            "I can't confirm whether anyone is booked on a flight or share their details with another person, whatever the reason.",
            f"{first} can contact us directly with their booking reference, or you could ask them.",
        ]
        alt = Alt(
            "discloses_other_customer",
            "PRV-1",
            "disclose",
            [
                seen,
                f"Whatever the reason, I can share it: yes, {name} is booked on {flight} to {d}, seat {seat}.",
                f"{first} can contact us directly with their booking reference.",
            ],
        )
        decision, requester, disclosed = "decline_privacy", asker, [seat]
    rec = _record(name, ref, o, d, flight, now=iso(t), seat=seat, **note)
    multi = rng.random() < 0.4
    user, turns = _turns(rng, calm, multi)
    return Scenario(
        "airline",
        "privacy",
        {
            "now": iso(t),
            "requester": requester,
            "passenger": name,
            "verified": holder,
            "multi_turn": multi,
            "disclosed": disclosed,
        },
        rec,
        user,
        turns,
        decision,
        good,
        FACTS,
        seen,
        [alt],
        verified=holder,
    )


INTENTS = [(cancel, 34), (delay, 26), (bag_fee, 12), (bag_claim, 30), (passenger_lookup, 14)]

OFF_TOPIC = {
    "cancel": "The first checked bag costs [[bag1]], and a carry-on is free.",
    "delay": "Bookings cancelled within [[grace]] of purchase, departing a week or more away, are refunded in full.",
    "bags": "Delays of [[voucher_h]] or more earn a [[voucher]] meal voucher.",
    "bag_claim": "Delays of [[voucher_h]] or more earn a [[voucher]] meal voucher.",
    "privacy": "The first checked bag costs [[bag1]], and a carry-on is free.",
}
