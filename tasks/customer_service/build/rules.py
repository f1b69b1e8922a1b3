"""The policy rules of the three invented businesses, as pure functions.

One source of truth for the numbers: the policy text shown to the model (policies.py) is written
from these constants, the generator asks these functions what the correct decision is, and the
tests call them again on each item's recorded parameters to re-check every label.
"""

from __future__ import annotations

import datetime as dt

# --- Larkspur & Co. (retail) -------------------------------------------------------------------
RETAIL = {
    "return_full_days": 30,  # full refund to the original payment method up to this many days after delivery
    "return_credit_days": 60,  # store credit only from day 31 up to this day; nothing after
    "damage_days": 14,  # damaged/defective items must be reported within this many days of delivery
    "keep_item_under": 40.0,  # damaged items cheaper than this are not sent back
    "price_adjust_days": 14,  # price drop within this many days of purchase: difference refunded
    "free_shipping_min": 50.0,
    "standard_fee": 6.95,
    "express_fee": 15.00,
    "lost_after_bdays": 8,  # tracking silent this many business days after shipping: reship or refund
    "escalate_refund_over": 500.0,
}

# --- Cobalt Air (airline) ----------------------------------------------------------------------
AIRLINE = {
    "grace_hours": 24,  # cancel within 24 h of booking (departure >= 7 days away): full refund
    "grace_min_departure_days": 7,
    "standard_fee": 100.0,  # Standard fares: travel credit of fare minus this fee
    "voucher_delay_hours": 3,  # delay of this many hours or more: meal voucher
    "voucher_amount": 20.0,
    "refund_delay_hours": 5,  # delay of this many hours or more: refund of the unflown segment on request
    "bag1_fee": 35.0,
    "bag2_fee": 50.0,
    "bag_claim_days": 21,  # delayed-bag expenses claimed within this many days of the flight
    "bag_daily_cap": 75.0,
    "bag_max_days": 5,
    "escalate_claim_over": 1000.0,
}

# --- Brightline Mobile (telecom) ---------------------------------------------------------------
TELECOM = {
    "device_return_days": 14,
    "restocking_fee": 30.0,  # opened devices returned within the window
    "etf_per_month": 15.0,
    "etf_cap": 200.0,
    "etf_free_days": 14,  # cancelling within this many days of activation: no fee
    "dispute_days": 60,  # charges disputed within this many days of the bill date
    "instant_credit_under": 50.0,  # incorrect charges below this are credited by the agent; above go to billing
}


def days_between(start: str, end: str) -> int:
    """Calendar days from ISO date ``start`` to ``end``."""
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


def business_days_between(start: str, end: str) -> int:
    """Weekdays after ``start`` up to and including ``end``."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    n, day = 0, a
    while day < b:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n += 1
    return n


def money(x: float) -> str:
    return f"${x:,.2f}"


# ---- retail decisions ----
def retail_return(days: int, price: float, final_sale: bool) -> str:
    if final_sale:
        return "decline_final_sale"
    if days <= RETAIL["return_full_days"]:
        return "escalate_refund" if price > RETAIL["escalate_refund_over"] else "full_refund"
    if days <= RETAIL["return_credit_days"]:
        return "store_credit"
    return "decline_late"


def retail_damaged(days: int, price: float) -> str:
    if days > RETAIL["damage_days"]:
        return "warranty_referral"
    return "replace_keep" if price < RETAIL["keep_item_under"] else "replace_return"


def retail_price_adjust(days: int, old: float, new: float) -> str:
    return "refund_difference" if days <= RETAIL["price_adjust_days"] and new < old else "decline_late"


def retail_lost(bdays: int, second_failure: bool) -> str:
    if second_failure:
        return "escalate_repeat"
    return "reship_or_refund" if bdays >= RETAIL["lost_after_bdays"] else "wait"


def retail_address(verified: bool, shipped: bool) -> str:
    if not verified:
        return "ask_verification"
    return "decline_shipped" if shipped else "change_address"


def retail_shipping_fee(total: float, express: bool) -> float:
    if express:
        return RETAIL["express_fee"]
    return 0.0 if total >= RETAIL["free_shipping_min"] else RETAIL["standard_fee"]


# ---- airline decisions ----
def airline_cancel(fare: str, hours_since_booking: float, days_to_departure: int) -> str:
    if (
        hours_since_booking <= AIRLINE["grace_hours"]
        and days_to_departure >= AIRLINE["grace_min_departure_days"]
    ):
        return "full_refund"
    return {"flex": "full_refund", "standard": "credit_minus_fee", "basic": "decline"}[fare]


def airline_delay(delay_hours: float) -> str:
    if delay_hours >= AIRLINE["refund_delay_hours"]:
        return "voucher_and_refund_option"
    if delay_hours >= AIRLINE["voucher_delay_hours"]:
        return "voucher"
    return "no_compensation"


def airline_bag_fee(bags: int) -> float:
    return [0.0, AIRLINE["bag1_fee"], AIRLINE["bag1_fee"] + AIRLINE["bag2_fee"]][bags]


def airline_bag_claim(days_since_flight: int, days_without: int, per_day: float) -> tuple[str, float]:
    if days_since_flight > AIRLINE["bag_claim_days"]:
        return "decline_late", 0.0
    amount = min(per_day, AIRLINE["bag_daily_cap"]) * min(days_without, AIRLINE["bag_max_days"])
    if amount > AIRLINE["escalate_claim_over"]:
        return "escalate_claim", amount
    return "reimburse", amount


# ---- telecom decisions ----
def telecom_return(days: int, opened: bool) -> str:
    if days > TELECOM["device_return_days"]:
        return "decline_late"
    return "refund_minus_restocking" if opened else "full_refund"


def telecom_etf(days_since_activation: int, months_left: int) -> float:
    if days_since_activation <= TELECOM["etf_free_days"]:
        return 0.0
    return min(TELECOM["etf_per_month"] * months_left, TELECOM["etf_cap"])


def telecom_dispute(days_since_bill: int, amount: float) -> str:
    if days_since_bill > TELECOM["dispute_days"]:
        return "decline_late"
    return "credit_now" if amount < TELECOM["instant_credit_under"] else "escalate_billing"
