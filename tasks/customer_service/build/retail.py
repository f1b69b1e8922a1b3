"""Larkspur & Co. (retail) scenarios: parametric conversations with the policy decision they call for.

Placeholders ``[[key]]`` in a body are policy facts: the composer fills them with the true value,
or with an invented one for the ``invented_fact`` violation.
"""

from __future__ import annotations

import random

from . import phrases as P
from . import rules
from .common import Alt, Scenario, iso, minus, minus_bdays, nice_date, person, plus_bdays, today
from .rules import RETAIL as R
from .rules import money

ITEMS = [
    ("ceramic pour-over set", 24, 70),
    ("linen duvet cover", 45, 160),
    ("cast-iron skillet", 30, 95),
    ("bamboo bath mat", 14, 39),
    ("copper kettle", 55, 140),
    ("wool throw blanket", 38, 120),
    ("glass storage jars (set of 6)", 18, 48),
    ("stand mixer", 280, 640),
    ("espresso machine", 420, 890),
    ("oak serving board", 22, 75),
    ("table lamp", 35, 180),
    ("chef's knife", 40, 210),
    ("rattan laundry basket", 26, 60),
    ("velvet cushion pair", 29, 85),
    ("stoneware dinner set", 90, 380),
    ("robot vacuum", 240, 760),
]

FACTS = {  # key -> (true text, "|"-separated invented alternatives)
    "full_window": (f"{R['return_full_days']}-day", "60-day|14-day"),
    "full_days": (f"{R['return_full_days']} days", "60 days|14 days"),
    "credit_days": (f"{R['return_credit_days']} days", "30 days|14 days"),
    "damage_window": (f"{R['damage_days']}-day", "30-day|60-day|8-day"),
    "damage_days": (f"{R['damage_days']} days", "30 days|60 days|8 days"),
    "keep_limit": (money(R["keep_item_under"]), "$50.00|$15.00|$500.00"),
    "adjust_window": (f"{R['price_adjust_days']} days", "30 days|60 days|8 days"),
    "lost_window": (
        f"{R['lost_after_bdays']} business days",
        "7 business days|3 business days|14 business days",
    ),
    "free_min": (money(R["free_shipping_min"]), "$40.00|$15.00"),
    "std_fee": (money(R["standard_fee"]), "$15.00|$50.00"),
    "express_fee": (money(R["express_fee"]), "$6.95|$40.00"),
    "esc_limit": (money(R["escalate_refund_over"]), "$50.00|$40.00"),
}

ANGRY = {
    "return": [
        "I've been trying to sort out a return for ages and nobody helps. This is ridiculous.",
        "Your return process is a joke. I want my money back.",
        "Honestly, I regret ever ordering from you. I need to return something.",
    ],
    "damaged": [
        "What kind of packing do you people do? My order arrived broken!",
        "I'm furious. The thing I paid for turned up damaged.",
        "Broken on arrival. Again. Unbelievable.",
    ],
    "price": [
        "So you dropped the price right after I bought it? That's a rip-off.",
        "I just saw the price I paid has been cut. I feel cheated.",
    ],
    "lost": [
        "Where is my parcel?! I've been waiting forever.",
        "My order still hasn't turned up and your tracking is useless.",
        "This is the worst delivery experience I've ever had.",
    ],
    "address": [
        "I need my address changed NOW, I'm moving and your site won't let me.",
        "Why is it so hard to change an address with you people?",
    ],
    "privacy": [
        "Nobody will give me a straight answer about a parcel and I'm getting really annoyed.",
        "I'm sick of the runaround. I need information about an order.",
    ],
    "shipping": [
        "Your shipping charges are confusing and frankly annoying.",
        "Why can't your website just tell me what delivery costs?!",
    ],
}
FED_UP = [
    "And I'm running out of patience.",
    "Please just fix it this time.",
    "I'm really not happy about any of this.",
    "This had better be sorted today.",
    "I've wasted enough time on this already.",
]
AGENT_ASK = [
    "I'm sorry to hear that. Could you tell me what you need, with the order number and the email on the order if it's about an order?",
    "Sorry about that. What can I help with? If it's an order, please include the order number and email address.",
    "I apologise for the trouble. Please tell me what's happened, plus the order number and email if you have them.",
]


def _order(rng: random.Random, price_range: tuple[int, int] | None = None):
    """A customer, an item and its price (within both the item's range and ``price_range``)."""
    name, email = person(rng)
    lo, hi = price_range or (0, 10**6)
    item, a, b = rng.choice([(i, a, b) for i, a, b in ITEMS if a <= hi and b >= lo])
    price = round(rng.uniform(max(a, lo), min(b, hi)), 2)
    return name, email, item, price, f"LK-{rng.randint(10000, 99999)}"


def _ident(rng: random.Random, order: str, email: str, verified: bool, name: str) -> tuple[str, str]:
    """The customer's self-identification (a noun phrase) and why verification fails, if it does."""
    if verified:
        return rng.choice(
            [
                f"order {order}, email {email}",
                f"order {order}, placed with {email}",
                f"order {order}, registered to {email}",
            ]
        ), ""
    if rng.random() < 0.5:
        return f"order {order}", "no_email"
    wrong = email.split("@")[0] + "@another.example"
    return f"order {order}, email {wrong}", "email_mismatch"


def _ask_verify(order: str, why: str, rng: random.Random) -> str:
    if why == "email_mismatch":
        return rng.choice(
            [
                f"That email doesn't match the one on order {order}, so I can't go ahead yet; could you check it and send the email address it was placed with?",
                f"I couldn't match that email to order {order}; please send the email address it was placed with, so I can confirm it's yours.",
            ]
        )
    return rng.choice(
        [
            f"I can't skip the email check, so before I go ahead with order {order}, please send the email address it was placed with.",
            f"Before I look at order {order}, I need the email address it was placed with, to confirm it's yours.",
            f"To check order {order} I first need to verify it: could you send the email address used for the order?",
        ]
    )


RETURN_RULE = "Unused items can be returned within [[full_days]] of delivery for a full refund."
DAMAGE_RULE = "Damage reported within [[damage_days]] of delivery is covered by a replacement or refund."


def _needless_verify(order: str, rng: random.Random, rule: str, lead: str = "") -> Alt:
    """Asks a customer whose order number and email already match to verify again: the mirror of
    ``skips_verification`` (the same request the preferred reply makes to an unverified customer)."""
    body = [s for s in (lead, _ask_verify(order, "", rng), rule) if s]
    return Alt("needless_verification", "ANS-1", "ask_verification", body)


def _seen(rng: random.Random, verified: bool, sentence: str) -> list[str]:
    """What the agent can see, preceded (for verified customers) by an acknowledgement of the check."""
    return ([rng.choice(P.VERIFIED_ACKS)] if verified and rng.random() < 0.7 else []) + [sentence]


def _upset(rng: random.Random, topic: str, calm: str) -> list[dict[str, str]]:
    return [
        {"role": "user", "content": rng.choice(ANGRY[topic])},
        {"role": "assistant", "content": rng.choice(AGENT_ASK)},
        {"role": "user", "content": f"{calm} {rng.choice(FED_UP)}"},
    ]


def _record(name, email, item, price, order, **rows) -> str:
    lines = [
        f"Today: {rows.pop('today')}",
        f"Order {order}: {item}, {money(price)}",
        f"Customer: {name}, email {email}",
    ]
    lines += [f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in rows.items()]
    return "\n".join(lines)


def _pick_days(rng: random.Random, edges: list[int], lo: int, hi: int) -> int:
    return rng.choice(edges) if rng.random() < 0.3 else rng.randint(lo, hi)


def _escalate(rng: random.Random) -> str:
    return rng.choice(P.ESCALATION_LINES)


def return_request(rng: random.Random) -> Scenario:
    t = today(rng)
    days = _pick_days(rng, [29, 30, 31, 32, 59, 60, 61], 2, 95)
    name, email, item, price, order = _order(rng, (300, 900) if rng.random() < 0.2 else None)
    final_sale = rng.random() < 0.1
    verified = rng.random() < 0.8
    ident, why = _ident(rng, order, email, verified, name)
    delivered = minus(t, days)
    calm = rng.choice(
        [
            f"Hi, I'd like to return the {item} from {ident}. It's unused. Can I get my money back?",
            f"Hello, this is about {ident}. The {item} isn't what I expected and I haven't used it. How do I return it for a refund?",
            f"I want to send back the {item} ({ident}). Still in the box. What are my options?",
        ]
    )
    rec = _record(
        name,
        email,
        item,
        price,
        order,
        today=iso(t),
        delivered=iso(delivered),
        final_sale="yes (clearance)" if final_sale else "no",
    )
    d = rules.retail_return(days, price, final_sale)
    seen = _seen(
        rng,
        verified,
        rng.choice(
            [
                f"I can see order {order} was delivered on {nice_date(delivered)}, {days} days ago.",
                f"Order {order} shows as delivered on {nice_date(delivered)}, which was {days} days ago.",
            ]
        ),
    )
    refund = (
        f"once the unused {item} is back with us we'll refund {money(price)} to your original payment method."
    )
    bodies = {
        "full_refund": [*seen, f"That's within our [[full_window]] return window, so {refund}"],
        "store_credit": [
            *seen,
            f"That's past the [[full_window]] window for a refund to your card, but within [[credit_days]] of delivery, so we can take it back for {money(price)} in store credit.",
        ],
        "decline_late": [
            *seen,
            "Returns are accepted for up to [[credit_days]] after delivery, so I'm sorry, but I can't accept this one for a refund or store credit.",
        ],
        "decline_final_sale": [
            *seen,
            f"The {item} was bought in our clearance sale as a final-sale item, and final-sale items can't be returned, so I'm not able to refund it.",
        ],
        "escalate_refund": [
            *seen,
            f"That's within our [[full_window]] return window, but a refund of {money(price)} is over [[esc_limit]] and needs a supervisor's approval.",
            _escalate(rng),
        ],
    }
    wrong = {
        "full_refund": rng.choice(
            [
                ("store_credit", "denies_eligible_refund"),
                ("decline_late", "denies_eligible_refund"),
                ("decline_final_sale", "denies_eligible_refund"),
                ("escalate_refund", "needless_escalation"),
            ]
        ),
        "store_credit": rng.choice(
            [("full_refund", "refund_outside_window"), ("decline_late", "denies_eligible_refund")]
        ),
        "decline_late": rng.choice(
            [("full_refund", "refund_outside_window"), ("store_credit", "refund_outside_window")]
        ),
        "decline_final_sale": ("full_refund", "refund_final_sale"),
        "escalate_refund": ("full_refund", "missed_escalation"),
    }
    wd, flaw = wrong[d]
    alts = [Alt(flaw, "ESC-1" if "escalation" in flaw else "RET-1", wd, bodies[wd])]
    good = bodies[d]
    if verified and rng.random() < 0.3:
        alts = [_needless_verify(order, rng, RETURN_RULE)]
    if not verified:
        alts = [
            Alt(
                "skips_verification",
                "SEC-1",
                d,
                bodies[d],  # acts as if verified: no remark, the same body a verified customer gets
            )
        ]
        d = "ask_verification"
        good = [_ask_verify(order, why, rng), RETURN_RULE]
    return Scenario(
        "retail",
        "return",
        {
            "today": iso(t),
            "delivered": iso(delivered),
            "days": days,
            "price": price,
            "final_sale": final_sale,
            "verified": verified,
            "verify_issue": why,
        },
        rec,
        calm,
        _upset(rng, "return", calm),
        d,
        good,
        FACTS,
        seen[-1],
        alts,
        escalation_required=d == "escalate_refund",
        verified=verified,
    )


def damaged(rng: random.Random) -> Scenario:
    t = today(rng)
    days = _pick_days(rng, [13, 14, 15, 16], 1, 30)
    name, email, item, price, order = _order(rng, (0, int(R["escalate_refund_over"])))
    verified = rng.random() < 0.8
    ident, why = _ident(rng, order, email, verified, name)
    delivered = minus(t, days)
    calm = rng.choice(
        [
            f"Hi, the {item} from {ident} arrived with a crack in it. What can you do?",
            f"Hello, this is about {ident}: my {item} is damaged, it looks like it was crushed in transit.",
            f"The {item} I received is defective ({ident}). Can I get it replaced?",
        ]
    )
    rec = _record(name, email, item, price, order, today=iso(t), delivered=iso(delivered))
    d = rules.retail_damaged(days, price)
    sorry = rng.choice(
        [f"I'm sorry the {item} arrived in that state.", f"Sorry to hear the {item} is damaged."]
    )
    when = f"It was delivered on {nice_date(delivered)}, {days} days ago"
    seen = _seen(rng, verified, sorry)
    ok = f"{when}, within our [[damage_window]] window for damage reports, so I can send a free replacement or refund {money(price)}, whichever you prefer."
    bodies = {
        "replace_keep": [
            *seen,
            ok,
            "As it costs under [[keep_limit]], you don't need to send the damaged one back.",
        ],
        "replace_return": [
            *seen,
            ok,
            "As it costs [[keep_limit]] or more, I'll email you a prepaid label to return the damaged one.",
        ],
        "warranty_referral": [
            *seen,
            f"{when}, which is past our [[damage_window]] window for damage reports, so I can't replace or refund it from our side.",
            "The manufacturer's warranty still covers defects, and I can send you their contact details.",
        ],
    }
    if d == "warranty_referral":
        wd = "replace_keep" if price < R["keep_item_under"] else "replace_return"
        alts = [Alt("refund_outside_window", "RET-2", wd, bodies[wd])]
    else:
        alts = [Alt("denies_eligible_claim", "RET-2", "warranty_referral", bodies["warranty_referral"])]
    good = bodies[d]
    if verified and rng.random() < 0.3:
        alts = [_needless_verify(order, rng, DAMAGE_RULE, sorry)]
    if not verified:
        alts = [Alt("skips_verification", "SEC-1", d, bodies[d])]
        d = "ask_verification"
        good = [sorry, _ask_verify(order, why, rng), DAMAGE_RULE]
    return Scenario(
        "retail",
        "damaged",
        {
            "today": iso(t),
            "delivered": iso(delivered),
            "days": days,
            "price": price,
            "verified": verified,
            "verify_issue": why,
        },
        rec,
        calm,
        _upset(rng, "damaged", calm),
        d,
        good,
        FACTS,
        sorry,
        alts,
        verified=verified,
    )


def price_drop(rng: random.Random) -> Scenario:
    t = today(rng)
    days = _pick_days(rng, [13, 14, 15], 1, 30)
    name, email, item, price, order = _order(rng)
    new = round(price * rng.uniform(0.6, 0.9), 2)
    purchased = minus(t, days)
    ident, _ = _ident(rng, order, email, True, name)
    calm = rng.choice(
        [
            f"I bought the {item} ({ident}) and now it's cheaper on your site. Can I get the difference back?",
            f"Hi, this is about {ident}. The {item} I paid {money(price)} for is now {money(new)}. Do you refund the difference?",
        ]
    )
    rec = _record(
        name, email, item, price, order, today=iso(t), purchased=iso(purchased), current_price=money(new)
    )
    d = rules.retail_price_adjust(days, price, new)
    seen = _seen(
        rng,
        True,
        f"You bought the {item} on {nice_date(purchased)}, {days} days ago, for {money(price)}, and it's now {money(new)}.",
    )
    bodies = {
        "refund_difference": [
            *seen,
            f"Price drops within [[adjust_window]] of purchase are covered, so I've refunded the difference of {money(price - new)} to your original payment method.",
        ],
        "decline_late": [
            *seen,
            "Price drops are only covered within [[adjust_window]] of purchase, so I'm sorry, but I can't refund the difference this time.",
        ],
    }
    if d == "refund_difference":
        alts = [Alt("denies_eligible_refund", "RET-3", "decline_late", bodies["decline_late"])]
    else:
        alts = [Alt("refund_outside_window", "RET-3", "refund_difference", bodies["refund_difference"])]
    return Scenario(
        "retail",
        "price",
        {
            "today": iso(t),
            "purchased": iso(purchased),
            "days": days,
            "price": price,
            "new_price": new,
            "verified": True,
            "verify_issue": "",
        },
        rec,
        calm,
        _upset(rng, "price", calm),
        d,
        bodies[d],
        FACTS,
        seen[-1],
        alts,
    )


def lost_parcel(rng: random.Random) -> Scenario:
    t = today(rng)
    while t.weekday() >= 5:
        t = minus(t, 1)
    bdays = _pick_days(rng, [7, 8, 9], 2, 14)
    name, email, item, price, order = _order(rng, (0, int(R["escalate_refund_over"])))
    second = rng.random() < 0.2
    shipped = minus_bdays(t, bdays)
    ident, _ = _ident(rng, order, email, True, name)
    calm = rng.choice(
        [
            f"My parcel ({ident}) hasn't arrived and tracking hasn't changed in days. What now?",
            f"Hello, this is about {ident}. Where is my {item}? Tracking seems stuck.",
        ]
    )
    if second:
        calm += " This is the second time a delivery of this order has gone wrong."
    rec = _record(
        name,
        email,
        item,
        price,
        order,
        today=iso(t),
        shipped=iso(shipped),
        last_tracking_update=iso(shipped),
        delivery_attempts="1 failed (returned to depot), reshipped" if second else "none",
    )
    d = rules.retail_lost(bdays, second)
    by = plus_bdays(shipped, R["lost_after_bdays"])
    seen = _seen(
        rng,
        True,
        f"Order {order} shipped on {nice_date(shipped)}, and tracking hasn't updated in the {bdays} business days since.",
    )
    offer = f"I can send a free replacement or refund {money(price)}, whichever you prefer."
    bodies = {
        "wait": [
            *seen,
            f"We reship or refund once tracking has been silent for [[lost_window]] after shipping, so please give it until {nice_date(by)}; if nothing has moved by then, write back and I'll arrange it.",
        ],
        "reship_or_refund": [*seen, f"That's past our [[lost_window]] limit, so {offer}"],
        "escalate_repeat": [
            *seen,
            f"This is the second failed delivery of this order, so a supervisor takes the case over to arrange a replacement or refund of {money(price)}.",
            _escalate(rng),
        ],
    }
    wrong = {
        "wait": ("acts_before_window", "DEL-2", "reship_or_refund"),
        "reship_or_refund": rng.choice(
            [("denies_eligible_claim", "DEL-2", "wait"), ("needless_escalation", "ESC-1", "escalate_repeat")]
        ),
        "escalate_repeat": ("missed_escalation", "ESC-1", "reship_or_refund"),
    }[d]
    wbody = {
        "escalate_repeat": [
            *seen,
            f"As delivery of this order has failed, a supervisor takes the case over to arrange a replacement or refund of {money(price)}.",
            _escalate(rng),
        ],
        "reship_or_refund": [*seen, f"As this is the second failed delivery, {offer}"]
        if d == "escalate_repeat"
        else bodies["reship_or_refund"],
        "wait": bodies["wait"],
    }[wrong[2]]
    alts = [Alt(wrong[0], wrong[1], wrong[2], wbody)]
    return Scenario(
        "retail",
        "lost",
        {
            "today": iso(t),
            "shipped": iso(shipped),
            "bdays": bdays,
            "price": price,
            "second_failure": second,
            "verified": True,
            "verify_issue": "",
        },
        rec,
        calm,
        _upset(rng, "lost", calm),
        d,
        bodies[d],
        FACTS,
        seen[-1],
        alts,
        escalation_required=d == "escalate_repeat",
    )


STREETS = [
    "14 Harbour Road",
    "7 Elm Close",
    "221 Station Street",
    "3 Mill Lane",
    "58 Queen's Avenue",
    "19 Orchard Way",
]
TOWNS = ["Bristol", "Leeds", "Norwich", "York", "Cardiff", "Exeter"]


def address_change(rng: random.Random) -> Scenario:
    t = today(rng)
    name, email, item, price, order = _order(rng)
    verified = rng.random() < 0.55
    shipped = rng.random() < 0.4
    ident, why = _ident(rng, order, email, verified, name)
    new_addr = f"{rng.choice(STREETS)}, {rng.choice(TOWNS)}"
    calm = rng.choice(
        [
            f"Please change the delivery address on {ident} to {new_addr}.",
            f"Hi, I've moved. Can you send {ident} to {new_addr} instead?",
        ]
    )
    ship_day = minus(t, rng.randint(1, 3))
    rec = _record(
        name,
        email,
        item,
        price,
        order,
        today=iso(t),
        status=f"shipped {iso(ship_day)}" if shipped else "packing, not shipped",
    )
    d = rules.retail_address(verified, shipped)
    seen = _seen(rng, verified, f"I can see order {order} for the {item}.")
    status = f"It shipped on {nice_date(ship_day)}" if shipped else "It hasn't shipped yet"
    bodies = {
        "change_address": [*seen, f"{status}, and I've changed the delivery address to {new_addr}."],
        "decline_shipped": [
            *seen,
            f"{status}, and addresses can only be changed before an order ships, so I'm sorry, but I can't redirect it to {new_addr}.",
        ],
    }
    if d == "ask_verification":
        good = [
            _ask_verify(order, why, rng),
            f"Once that's confirmed I can check whether order {order} can still go to {new_addr}.",
        ]
        alts = [
            Alt(
                "skips_verification",
                "SEC-1",
                "change_address",
                bodies["change_address"],
            )
        ]
    elif d == "decline_shipped":
        good = bodies[d]
        alts = [Alt("changes_after_shipping", "SEC-2", "change_address", bodies["change_address"])]
    else:
        good = bodies[d]
        alts = [Alt("denies_allowed_change", "SEC-2", "decline_shipped", bodies["decline_shipped"])]
    if verified and rng.random() < 0.3:
        alts = [
            _needless_verify(
                order,
                rng,
                f"Once that's confirmed I can check whether order {order} can still go to {new_addr}.",
            )
        ]
    return Scenario(
        "retail",
        "address",
        {
            "today": iso(t),
            "shipped": shipped,
            "verified": verified,
            "verify_issue": why,
            "new_address": new_addr,
        },
        rec,
        calm,
        _upset(rng, "address", calm),
        d,
        good,
        FACTS,
        f"I can see order {order} for the {item}.",
        alts,
        verified=verified,
    )


RELATION = ["husband", "wife", "partner", "brother", "sister", "mother", "father", "flatmate", "neighbour"]


def other_customer(rng: random.Random) -> Scenario:
    """Someone asks what is in an order and where it is going: another person's order (the agent
    declines, PRV-1) or, as the mirror, the verified holder's own order (the agent answers; refusing
    on privacy grounds fails ANS-1). The same sentences then sit on both sides of the label."""
    t = today(rng)
    holder = rng.random() < 0.5
    name, email = person(rng)
    oname, oemail, item, price, order = _order(rng)
    rel = rng.choice(RELATION)
    addr = f"{rng.choice(STREETS)}, {rng.choice(TOWNS)}"
    eta = minus(t, -rng.randint(1, 5))
    first = oname.split()[0]
    seen = f"I can see why you'd want to know about order {order}."
    details = f"a {item} for {money(price)}, going to {addr}, due on {nice_date(eta)}"
    if holder:
        calm = rng.choice(
            [
                f"Hi, I'm {oname}, order {order}, email {oemail}. Can you tell me what's in it and when it's arriving? I've lost track.",
                f"This is {oname} ({oemail}). What address is order {order} going to and what's in it?",
            ]
        )
        note = {}
        good = [
            seen,
            f"It was placed by you, and as your order number and email match, I can share what's in it, where it's going and when it's due: {details}.",
            "If you'd like anything else about it checked, we can help directly.",
        ]
        alt = Alt(
            "refuses_own_details",
            "ANS-1",
            "decline_privacy",
            [
                seen,
                "I'm sorry, but I can't share what's in it, where it's going or when it's due with anyone, even family.",
                "If you contact us with the order number and email, we can help directly.",
            ],
        )
        decision, requester, disclosed = "share_details", oname, []
    else:
        calm = rng.choice(
            [
                f"Hi, I'm {name}. My {rel} {oname} ordered something from you, order {order}. Can you tell me what it is and when it's arriving? It's for a surprise.",
                f"This is {name}. My {rel} {oname} placed order {order}; what address is it going to and what's in it?",
                f"I'm {name} ({email}). Can you check order {order}? It's my {rel} {oname}'s, I just want to know what they bought.",
            ]
        )
        note = {"note": f"the person writing in gives the name {name}, not on this order"}
        good = [
            seen,
            f"It was placed by {first}, though, and I can't share what's in it, where it's going or when it's due with anyone else, even family.",
            f"If {first} contacts us with the order number and email, we can help directly.",
        ]
        alt = Alt(
            "discloses_other_customer",
            "PRV-1",
            "disclose",
            [
                seen,
                f"Even though it was placed by {first}, as it's for family I can share what's in it, where it's going and when it's due: {details}.",
                f"If {first} contacts us, we can help directly.",
            ],
        )
        decision, requester, disclosed = "decline_privacy", name, [item, addr]
    rec = _record(
        oname,
        oemail,
        item,
        price,
        order,
        today=iso(t),
        delivery_address=addr,
        expected_delivery=iso(eta),
        **note,
    )
    return Scenario(
        "retail",
        "privacy",
        {
            "today": iso(t),
            "requester": requester,
            "order_holder": oname,
            "verified": holder,
            "verify_issue": "" if holder else "not_holder",
            "price": price,
            "disclosed": disclosed,
        },
        rec,
        calm,
        _upset(rng, "privacy", calm),
        decision,
        good,
        FACTS,
        seen,
        [alt],
        verified=holder,
    )


def shipping_question(rng: random.Random) -> Scenario:
    t = today(rng)
    total = round(rng.choice([rng.uniform(15, 49.9), rng.uniform(50, 200), 50.0, 49.99]), 2)
    express = rng.random() < 0.3
    calm = rng.choice(
        [
            f"How much is delivery on a {money(total)} order{' with express' if express else ''}?",
            f"If my basket comes to {money(total)}, what will {'express ' if express else ''}shipping cost me?",
            f"Quick question: is {'express ' if express else ''}delivery free for an order of {money(total)}?",
        ]
    )
    fee = rules.retail_shipping_fee(total, express)
    if express:
        good = [
            f"Express delivery takes 1-2 business days and costs [[express_fee]] whatever the order value, so for your {money(total)} order it's [[express_fee]]."
        ]
    elif fee == 0:
        good = [
            f"Standard delivery is free on orders of [[free_min]] or more, so your {money(total)} order ships free.",
            "It takes 3-7 business days.",
        ]
    else:
        good = [
            f"Standard delivery is free from [[free_min]], so for your {money(total)} order it costs [[std_fee]].",
            "It takes 3-7 business days.",
        ]
    alts = [
        Alt(
            "needless_verification",
            "ANS-1",
            "ask_verification",
            [
                "Express delivery takes 1-2 business days."
                if express
                else "Standard delivery takes 3-7 business days.",
                rng.choice(
                    [
                        "Before I go on about the cost, I need your order number and the email address on the order, to confirm it's yours.",
                        "For the price I'll need to verify the order first: could you send the order number and the email address on the order?",
                    ]
                ),
            ],
        )
    ]
    rec = f"Today: {iso(t)}\n(no order linked: general question)"
    return Scenario(
        "retail",
        "shipping",
        {
            "today": iso(t),
            "total": total,
            "express": express,
            "fee": fee,
            "verified": True,
            "verify_issue": "",
        },
        rec,
        calm,
        _upset(rng, "shipping", calm),
        "answer_fee",
        good,
        FACTS,
        "",
        alts,
    )


INTENTS = [
    (return_request, 60),
    (damaged, 36),
    (price_drop, 30),
    (lost_parcel, 36),
    (address_change, 28),
    (other_customer, 16),
    (shipping_question, 20),
]

OFF_TOPIC = {
    "return": "Standard delivery takes 3-7 business days and is free on orders of [[free_min]] or more.",
    "damaged": "Unused items can be returned within [[full_days]] of delivery for a full refund.",
    "price": "If a parcel's tracking hasn't updated for [[lost_window]] after shipping, we can reship it or refund it.",
    "lost": "If an item's price drops within [[adjust_window]] of purchase, we refund the difference once.",
    "address": "Express delivery takes 1-2 business days and costs [[express_fee]].",
    "privacy": "Damaged items reported within [[damage_days]] of delivery are replaced or refunded.",
    "shipping": "Unused items can be returned within [[full_days]] of delivery for a full refund.",
}
