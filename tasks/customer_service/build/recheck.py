"""Re-check a customer-service item's labels from its recorded numbers, with the policy rules.

Independent of how the replies were composed: for an item (built-in or derived by a transform) it
recomputes the correct decision from ``meta.params`` with ``rules.py``, checks that the customer's
own message still identifies them as the record says (a typo in an e-mail would flip who is
verified), and re-checks every recorded violation against the numbers and texts: a refund "outside
the window" is outside it, a denied claim was due, an invented fact differs from the policy and is
a value found elsewhere in it, a misstated record value differs from the record, and so on.
``problems(item)`` returns what is wrong; an empty list means every label holds.
"""

from __future__ import annotations

import re
from typing import Any

from . import phrases, rules
from .common import numbers_in


class LabelError(ValueError):
    """A label that the rules or the item's own texts contradict."""


def need(condition: object, message: str) -> None:
    if not condition:
        raise LabelError(message)


def _retail(intent: str, p: dict[str, Any]) -> str:
    if intent in ("return", "damaged"):
        need(rules.days_between(p["delivered"], p["today"]) == p["days"], "day count differs from the dates")
        if not p["verified"]:
            return "ask_verification"
        if intent == "return":
            return rules.retail_return(p["days"], p["price"], p["final_sale"])
        return rules.retail_damaged(p["days"], p["price"])
    if intent == "price":
        need(rules.days_between(p["purchased"], p["today"]) == p["days"], "day count differs from the dates")
        return rules.retail_price_adjust(p["days"], p["price"], p["new_price"])
    if intent == "lost":
        need(rules.business_days_between(p["shipped"], p["today"]) == p["bdays"], "business days differ")
        return rules.retail_lost(p["bdays"], p["second_failure"])
    if intent == "address":
        return rules.retail_address(p["verified"], p["shipped"])
    if intent == "privacy":
        return "share_details" if p["requester"] == p["order_holder"] else "decline_privacy"
    if intent == "shipping":
        need(rules.retail_shipping_fee(p["total"], p["express"]) == p["fee"], "shipping fee differs")
        return "answer_fee"
    raise LabelError(f"unknown retail intent {intent}")


def _airline(intent: str, p: dict[str, Any]) -> str:
    if intent == "cancel":
        d = rules.airline_cancel(p["fare_type"], p["hours_since_booking"], p["days_to_departure"])
        return d if p["verified"] else "ask_verification"
    if intent == "delay":
        return rules.airline_delay(p["delay_hours"])
    if intent == "bags":
        need(rules.airline_bag_fee(p["bags"]) == p["total"], "bag fee differs")
        return "answer_fee"
    if intent == "bag_claim":
        d, amount = rules.airline_bag_claim(p["days_since_flight"], p["days_without"], p["per_day"])
        need(amount == p["amount"], "claim amount differs")
        return d
    if intent == "privacy":
        return "share_details" if p["requester"] == p["passenger"] else "decline_privacy"
    raise LabelError(f"unknown airline intent {intent}")


def _telecom(intent: str, p: dict[str, Any]) -> str:
    if intent == "device_return":
        return rules.telecom_return(p["days"], p["opened"]) if p["verified"] else "ask_verification"
    if intent == "cancel":
        need(rules.telecom_etf(p["days_since_activation"], p["months_left"]) == p["amount"], "fee differs")
        return "quote_fee"
    if intent == "dispute":
        return rules.telecom_dispute(p["days"], p["amount"])
    if intent == "sim_swap":
        return "sim_swap" if p["verified"] else "ask_verification"
    if intent == "privacy":
        return "share_details" if p.get("own_line") else "decline_privacy"
    raise LabelError(f"unknown telecom intent {intent}")


def expected_decision(business: str, intent: str, p: dict[str, Any]) -> str:
    """The decision the policy gives for a scenario's recorded numbers."""
    return {"retail": _retail, "airline": _airline, "telecom": _telecom}[business](intent, p)


GRANTS = {
    "full_refund",
    "store_credit",
    "escalate_refund",
    "replace_keep",
    "replace_return",
    "refund_difference",
    "reship_or_refund",
    "escalate_repeat",
    "credit_minus_fee",
    "voucher",
    "voucher_and_refund_option",
    "reimburse",
    "escalate_claim",
    "refund_minus_restocking",
    "credit_now",
    "escalate_billing",
    "change_address",
}
LESSER = {("full_refund", "store_credit"), ("full_refund", "credit_minus_fee")}  # (due, granted instead)


def outside_window(business: str, intent: str, p: dict[str, Any]) -> bool:
    """Is the customer really past the policy window / threshold for what the rejected reply granted?"""
    R, A, T = rules.RETAIL, rules.AIRLINE, rules.TELECOM
    checks = {
        ("retail", "return"): lambda: p["final_sale"] or p["days"] > R["return_full_days"],
        ("retail", "damaged"): lambda: p["days"] > R["damage_days"],
        ("retail", "price"): lambda: p["days"] > R["price_adjust_days"],
        ("airline", "cancel"): lambda: (
            p["fare_type"] != "flex"
            and not (
                p["hours_since_booking"] <= A["grace_hours"]
                and p["days_to_departure"] >= A["grace_min_departure_days"]
            )
        ),
        ("airline", "delay"): lambda: p["delay_hours"] < A["refund_delay_hours"],
        ("airline", "bag_claim"): lambda: p["days_since_flight"] > A["bag_claim_days"],
        ("telecom", "device_return"): lambda: p["days"] > T["device_return_days"],
        ("telecom", "dispute"): lambda: p["days"] > T["dispute_days"],
    }
    return bool(checks[(business, intent)]())


def record_strings(p: dict[str, Any]) -> set[str]:
    out = set()
    if "days" in p:
        out.add(f"{p['days']} days ago")
    if "bdays" in p:
        out.add(f"{p['bdays']} business days")
    for key in ("price", "amount", "fare", "total"):
        if key in p:
            out.add(rules.money(float(p[key])))
    return out


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d[\d,.]*\d|\d", text)


def _decision_flaw(flaw: str, item: dict[str, Any], v: dict[str, Any]) -> None:
    meta, p = item["meta"], item["meta"]["params"]
    business, intent = meta["business"], meta["intent"]
    if flaw in ("refund_outside_window", "refund_final_sale", "changes_after_shipping"):
        need(v["decision"] != meta["decision"], "the wrong decision equals the right one")
        if flaw == "changes_after_shipping":
            need(p["shipped"] and p["verified"], "address change was allowed")
        else:
            need(outside_window(business, intent, p), "not outside the window")
    elif flaw in ("denies_eligible_refund", "denies_eligible_claim", "denies_allowed_change"):
        need(meta["decision"] in GRANTS, "nothing was due")
        if intent == "delay":  # a lesser grant: voucher instead of voucher + refund option
            levels = ["no_compensation", "voucher", "voucher_and_refund_option"]
            need(levels.index(v["decision"]) < levels.index(meta["decision"]), "not a lesser grant")
        else:
            need(
                v["decision"] not in GRANTS or (meta["decision"], v["decision"]) in LESSER,
                "grants what is due",
            )
    elif flaw == "acts_before_window":
        need(
            p["bdays"] < rules.RETAIL["lost_after_bdays"] and v["decision"] == "reship_or_refund",
            "window passed",
        )
    elif flaw == "skips_verification":
        need(not p["verified"] and meta["decision"] == "ask_verification", "customer was verified")
        need(v["decision"] != "ask_verification", "the reply did verify")
    elif flaw == "needless_verification":
        general = "general question" in item["prompt"][0]["content"] and meta["decision"] == "answer_fee"
        need(general or (p["verified"] and meta["decision"] != "ask_verification"), "verification was needed")
    elif flaw == "refuses_own_details":
        need(meta["decision"] == "share_details" and p["verified"], "not the verified holder's own details")
        need(v["decision"] == "decline_privacy", "not a refusal")
    elif flaw in ("needless_escalation", "missed_escalation"):
        need(meta["escalation_required"] == (flaw == "missed_escalation"), "escalation requirement differs")
    else:
        raise LabelError(f"flaw {flaw!r} has no check")


def check_violation(item: dict[str, Any], text: str, best_text: str, v: dict[str, Any]) -> None:
    meta, p = item["meta"], item["meta"]["params"]
    flaw = v["flaw"]
    policy = item["prompt"][0]["content"]
    need(f"[{v['clause']}]" in policy, f"clause {v['clause']} not in the policy")
    if flaw in ("waives_fee", "charges_waived_fee", "wrong_fee", "refund_over_limit"):
        need(v["decision"] != meta["decision"], "the wrong decision equals the right one")
        if flaw == "charges_waived_fee":
            need(p["amount"] == 0, "a fee was due")
        if flaw == "wrong_fee":
            need(rules.money(p["amount"]) not in text, "the right fee is stated")
        if flaw == "refund_over_limit":
            cap, days = rules.AIRLINE["bag_daily_cap"], rules.AIRLINE["bag_max_days"]
            need(p["per_day"] > cap or p["days_without"] > days, "the claim is within the limits")
    elif flaw == "discloses_other_customer":
        for secret in p["disclosed"]:
            need(
                secret in text and secret not in best_text,
                f"{secret!r} is not disclosed by the rejected reply only",
            )
    elif flaw == "invented_fact":
        need(v["stated"] != v["true"] and v["stated"] in text, "the invented value is not stated")
        true_numbers, stated_numbers = _numbers(v["true"]), _numbers(v["stated"])
        need(true_numbers and all(n in policy for n in true_numbers), "the true value is not the policy's")
        need(stated_numbers != true_numbers, "the stated value is the policy's")
        need(
            all(n in numbers_in(policy) for n in stated_numbers), "the invented value is not from the policy"
        )
    elif flaw == "misstated_record":
        need(
            v["true"] in record_strings(p) and v["stated"] not in record_strings(p), "not a misstated record"
        )
        need(v["stated"] in text, "the misstated value is not stated")
        seen = numbers_in(prompt_text(item))
        need(
            all(n in seen for n in numbers_in(v["true"])) == all(n in seen for n in numbers_in(v["stated"])),
            "the misstated value is in the prompt when the true one is not (or the reverse)",
        )
    elif flaw == "invented_offer":
        need(
            v["stated"] in text and v["stated"] not in best_text,
            "the invented offer is not the rejected reply's",
        )
    elif flaw == "invented_requirement":
        need("photo ID" in text and "photo" not in policy.lower(), "the requirement is the policy's")
    elif flaw == "dismissive_tone":
        need(
            v["opener"] in phrases.DISMISSIVE_OPENERS and v["closer"] in phrases.DISMISSIVE_CLOSERS,
            "not dismissive",
        )
        need(
            v["opener"] in text and v["closer"] in text and v["closer"] not in best_text,
            "tone not in the reply",
        )
    elif flaw == "ignores_question":
        need(v["decision"] == "off_topic", "the reply is on topic")
    else:
        _decision_flaw(flaw, item, v)
    if flaw in ("needless_escalation", "missed_escalation"):
        lines = phrases.ESCALATION_LINES + phrases.EXTRA_ESCALATIONS
        need(
            (flaw == "needless_escalation") == any(line in text for line in lines), "escalation line mismatch"
        )


def prompt_text(item: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in item["prompt"])


def customer_text(item: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in item["prompt"] if m["role"] == "user")


_IDENTITY = {
    "retail": re.compile(r"Order (?P<key>LK-\d+): .*\nCustomer: (?P<name>.+), email (?P<secret>\S+)"),
    "airline": re.compile(r"Booking (?P<key>\w{6}): passenger (?P<name>.+?), flight"),
    "telecom": re.compile(r"Account (?P<key>BM-\d+): holder (?P<name>.+), PIN (?P<secret>\d{4})"),
}


def check_identity(item: dict[str, Any]) -> None:
    """The customer's own words still say who they are: a verified customer gives the record's
    identifiers verbatim, an unverified one does not give them all (SEC-1 of each policy)."""
    meta, p = item["meta"], item["meta"]["params"]
    match = _IDENTITY[meta["business"]].search(item["prompt"][0]["content"])
    if match is None:  # a general question: no record to match
        need(meta["intent"] in ("shipping", "bags"), "no identity in the record")
        return
    said = customer_text(item)
    if meta["business"] == "retail":
        given = match["key"] in said and match["secret"] in said
    elif meta["business"] == "airline":
        given = match["key"] in said and match["name"].split()[-1] in said
    else:
        given = match["name"] in said and f"PIN {match['secret']}" in said
    need(given == bool(p["verified"]), f"verified={p['verified']} but identifiers given={given}")
    if any(ack in text for text in item["responses"] for ack in phrases.VERIFIED_ACKS):
        need(p["verified"], "a reply confirms identifiers that do not match")


def problems(item: dict[str, Any], ranking: bool = False) -> list[str]:
    """Everything the rules contradict in one item (empty: its labels hold)."""
    out = []
    meta = item["meta"]
    try:
        need(
            expected_decision(meta["business"], meta["intent"], meta["params"]) == meta["decision"],
            "decision",
        )
        check_identity(item)
        best = [i for i, g in enumerate(item["gold"]) if g == max(item["gold"])]
        need(len(best) == 1, "one preferred reply")
        need(item["response_meta"][best[0]]["decision"] == meta["decision"], "preferred reply's decision")
        best_text = item["responses"][best[0]]
    except LabelError as exc:
        return [f"{item['id']}: {exc}"]
    for text, gold, rm in zip(item["responses"], item["gold"], item["response_meta"], strict=True):
        try:
            if gold == max(item["gold"]):
                need(rm["violations"] == 0 and "flaw" not in rm, "the preferred reply records a violation")
                continue
            breaks = rm["breaks"]
            need(
                breaks and rm["flaw"] == breaks[0]["flaw"] and rm["clause"] == breaks[0]["clause"],
                "flaw record",
            )
            need(gold == -len(breaks) if ranking else len(breaks) == 1, "gold differs from the violations")
            for v in breaks:
                check_violation(item, text, best_text, v)
        except LabelError as exc:
            out.append(f"{item['id']}: {exc}")
    return out
