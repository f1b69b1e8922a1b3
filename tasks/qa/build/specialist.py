"""Passage generators for the specialist genres (the domain shift): a medicine leaflet, a tenancy
agreement, a company's annual results. Same construction as :mod:`scenarios`: two parallel
"entities" (adults and children, Tenant and Landlord, this year and last year) and two reasons, so
every wrong value is a real value of the passage. Invented names; not advice of any kind.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from . import pools as P
from .model import Scenario, fmt_date
from .scenarios import arith_slip, cause, computed, distinct, entity, fact, operand_slip, person, swapped


def medical(rng: random.Random, sid: str) -> Scenario:
    drug, cond = rng.choice(P.DRUGS), rng.choice(P.CONDITIONS)
    mg = rng.choice([5, 10, 20, 25, 40, 50, 75, 100, 150, 200, 250])
    # adults may take more than children, and both maxima fit their dosing interval
    a_dose, a_hours = rng.randint(1, 2), rng.choice([4, 6, 8])
    a_max = max(3, a_dose * (24 // a_hours) - rng.randint(0, 1))
    c_hours = rng.choice([h for h in (6, 8, 12) if h != a_hours])
    c_max = rng.randint(2, min(a_max - 1, 24 // c_hours))
    age = rng.choice([6, 10, 12])
    se1, se2 = rng.sample(P.SIDE_EFFECTS, 2)
    r1 = rng.randint(6, 15)
    r2 = rng.randint(1, r1 - 2)
    why_food, why_drink = rng.sample(P.MED_REASONS, 2)
    inter = rng.choice([i for i in P.INTERACTIONS if i not in ("grapefruit juice", "alcohol")])
    temp = rng.choice([25, 30])
    tab = "tablet" if a_dose == 1 else "tablets"
    c = rng.choice
    s = [
        f"{drug} tablets contain {mg} mg of the active substance and are used to treat {cond}.",
        c(
            [
                f"Adults take {a_dose} {tab} every {a_hours} hours.",
                f"For adults the dose is {a_dose} {tab} every {a_hours} hours.",
            ]
        ),
        c(
            [
                f"Adults must not take more than {a_max} tablets in 24 hours.",
                f"The adult maximum is {a_max} tablets in 24 hours.",
            ]
        ),
        c(
            [
                f"Children aged {age} to 15 take 1 tablet every {c_hours} hours, up to {c_max} in 24 hours.",
                f"For children aged {age} to 15 the dose is 1 tablet every {c_hours} hours, at most {c_max} in 24 hours.",
            ]
        ),
        c(
            [
                f"The most common side effect is {se1}, which affects about {r1} in 100 patients.",
                f"About {r1} in 100 patients get {se1}, the most common side effect.",
            ]
        ),
        f"Less often, about {r2} in 100 patients get {se2}.",
        f"Do not take {drug} with grapefruit juice, because {why_food}.",
        f"Avoid alcohol while taking {drug}, because {why_drink}.",
        f"Do not combine {drug} with {inter}, and store it below {temp} degrees Celsius.",
    ]
    children = f"children aged {age} to 15"
    f = [
        fact(
            "adult_max",
            "the adult maximum",
            "adult",
            s[2],
            a_max,
            [
                f"What is the most {drug} tablets an adult may take in 24 hours?",
                "How many tablets at most may adults take in 24 hours?",
            ],
            ["The limit is {v} tablets.", "{v} tablets at most.", "No more than {v}.", "Up to {v} tablets."],
            [entity(c_max, children)],
            statements=[
                "Adults may take at most {v} tablets in 24 hours.",
                "The adult limit is {v} tablets a day.",
            ],
        ),
        fact(
            "adult_interval",
            "the adult dosing interval",
            "adult",
            s[1],
            a_hours,
            [
                f"How many hours apart should adults take doses of {drug}?",
                "For adults, how many hours should pass between doses?",
            ],
            ["Every {v} hours.", "The gap is {v} hours.", "{v} hours apart.", "One dose every {v} hours."],
            [entity(c_hours, children)],
            statements=["Adults take a dose every {v} hours.", "Adult doses are {v} hours apart."],
        ),
        fact(
            "child_max",
            "the children's maximum",
            "child",
            s[3],
            c_max,
            [
                f"What is the most {drug} tablets a child of {age} may take in 24 hours?",
                "How many tablets at most may children take in 24 hours?",
            ],
            ["The limit is {v} tablets.", "{v} tablets at most.", "No more than {v}.", "Up to {v} tablets."],
            [entity(a_max, "adults")],
            statements=[
                "Children may take at most {v} tablets in 24 hours.",
                "The limit for children is {v} tablets a day.",
            ],
        ),
        fact(
            "child_interval",
            "the children's dosing interval",
            "child",
            s[3],
            c_hours,
            [
                f"How many hours apart should a child take doses of {drug}?",
                "For children, how many hours should pass between doses?",
            ],
            ["Every {v} hours.", "The gap is {v} hours.", "{v} hours apart.", "One dose every {v} hours."],
            [entity(a_hours, "adults")],
            statements=["Children take a dose every {v} hours.", "Doses for children are {v} hours apart."],
        ),
        fact(
            "side_effect",
            "the most common side effect",
            "most common",
            s[4],
            se1,
            [
                f"What is the most common side effect of {drug}?",
                f"Which side effect of {drug} is the most common?",
            ],
            ["It is {v}.", "That is {v}.", "{v} is the most frequent.", "The answer is {v}."],
            [swapped(se2, "a less common side effect")],
            statements=[
                f"The most common side effect of {drug} is {{v}}.",
                "{v} is the most common side effect.",
            ],
        ),
        fact(
            "side_effect_rate",
            f"how often {se1} occurs",
            se1,
            s[4],
            r1,
            [
                f"About how many in 100 patients get {se1}?",
                f"Roughly how many patients in 100 experience {se1}?",
            ],
            ["About {v} in 100.", "Roughly {v} of every 100.", "{v} in 100 or so.", "Some {v} in 100."],
            [swapped(r2, f"{se2}")],
            statements=[
                f"About {{v}} in 100 patients get {se1}.",
                f"{se1[0].upper()}{se1[1:]} affects about {{v}} in 100 patients.",
            ],
        ),
        fact(
            "grapefruit_reason",
            "why to avoid grapefruit juice",
            "grapefruit",
            s[6],
            why_food,
            [
                f"Why should {drug} not be taken with grapefruit juice?",
                "What reason does the leaflet give for avoiding grapefruit juice?",
            ],
            ["Because {v}.", "The reason is that {v}.", "The leaflet says {v}.", "It is because {v}."],
            [cause(why_drink, "avoiding alcohol")],
            statements=[
                f"{drug} should not be taken with grapefruit juice because {{v}}.",
                "Grapefruit juice is to be avoided because {v}.",
            ],
        ),
        fact(
            "drink_reason",
            "why to avoid alcohol",
            "alcohol",
            s[7],
            why_drink,
            [
                f"Why should alcohol be avoided while taking {drug}?",
                "What reason does the leaflet give for avoiding alcohol?",
            ],
            ["Because {v}.", "The reason is that {v}.", "The leaflet says {v}.", "It is because {v}."],
            [cause(why_food, "avoiding grapefruit juice")],
            statements=[
                f"Alcohol should be avoided with {drug} because {{v}}.",
                "Alcohol is to be avoided because {v}.",
            ],
        ),
        computed(
            "adult_max_mg",
            "the adult maximum in mg",
            "adult",
            s[2],
            "mul",
            [a_max, mg],
            [f"What is the most {drug} an adult may take in 24 hours, in milligrams?"],
            ["The limit is {v} mg.", "{v} mg at most.", "No more than {v} mg.", "Up to {v} mg."],
        )(
            [
                operand_slip("mul", [c_max, mg], "uses the children's maximum"),
                operand_slip("mul", [a_dose, mg], "uses a single dose instead of the daily maximum"),
            ]
        ),
        computed(
            "child_max_mg",
            "the children's maximum in mg",
            "child",
            s[3],
            "mul",
            [c_max, mg],
            [f"What is the most {drug} a child of {age} may take in 24 hours, in milligrams?"],
            ["The limit is {v} mg.", "{v} mg at most.", "No more than {v} mg.", "Up to {v} mg."],
        )([operand_slip("mul", [a_max, mg], "uses the adult maximum")]),
    ]
    return Scenario(sid, "medical_leaflet", "medical", s, f)


def legal(rng: random.Random, sid: str) -> Scenario:
    landlord, tenant = rng.choice(P.PARTIES_LANDLORD), person(rng)
    start = dt.date(rng.randint(2018, 2025), rng.randint(1, 12), 1)
    term = rng.choice([6, 12, 18, 24])
    rent, dep = rng.randint(45, 180) * 10, rng.randint(2, 3)
    # every "days" value from one pool, so a swapped value is as plausible as the right one
    t_notice, l_notice, ret, grace = rng.sample([7, 10, 14, 21, 28, 30, 45, 60], 4)
    fee = rng.choice([2, 4, 5, 8])
    why_pet, why_sublet = rng.sample(P.TENANCY_REASONS, 2)
    court = rng.choice(P.COURTS)
    date = fmt_date(start)
    c = rng.choice
    s = [
        f"This tenancy agreement between {landlord} (the Landlord) and {tenant} (the Tenant) begins on "
        f"{date} and runs for {term} months.",
        c(
            [
                f"The monthly rent is {rent} euros, payable in advance.",
                f"Rent of {rent} euros is payable monthly in advance.",
            ]
        ),
        c(
            [
                f"The Tenant pays a deposit equal to {dep} months' rent.",
                f"A deposit of {dep} months' rent is payable by the Tenant.",
            ]
        ),
        c(
            [
                f"The Tenant may end the agreement by giving {t_notice} days' written notice.",
                f"To end the agreement the Tenant gives {t_notice} days' written notice.",
            ]
        ),
        c(
            [
                f"The Landlord must give {l_notice} days' written notice to end it.",
                f"To end it the Landlord must give {l_notice} days' written notice.",
            ]
        ),
        c(
            [
                f"Rent paid more than {grace} days late incurs a fee of {fee} percent of the monthly rent.",
                f"A fee of {fee} percent of the monthly rent applies when rent is more than {grace} days late.",
            ]
        ),
        c(
            [
                f"The deposit is returned within {ret} days after the tenancy ends.",
                f"Within {ret} days after the tenancy ends the deposit is returned.",
            ]
        ),
        f"Pets are not allowed, because {why_pet}.",
        f"Subletting is not allowed, because {why_sublet}.",
        f"Disputes are decided by {court}.",
    ]
    f = [
        fact(
            "tenant_notice",
            "the Tenant's notice",
            "Tenant",
            s[3],
            t_notice,
            [
                "How many days' notice must the Tenant give to end the agreement?",
                "What notice period applies when the Tenant ends the agreement?",
            ],
            ["{v} days' notice.", "The period is {v} days.", "It is {v} days.", "{v} days, in writing."],
            [entity(l_notice, "the Landlord"), swapped(ret, "returning the deposit")],
            statements=["The Tenant must give {v} days' notice.", "Notice from the Tenant is {v} days."],
        ),
        fact(
            "landlord_notice",
            "the Landlord's notice",
            "Landlord",
            s[4],
            l_notice,
            [
                "How many days' notice must the Landlord give to end the agreement?",
                "What notice period applies when the Landlord ends the agreement?",
            ],
            ["{v} days' notice.", "The period is {v} days.", "It is {v} days.", "{v} days, in writing."],
            [entity(t_notice, "the Tenant")],
            statements=["The Landlord must give {v} days' notice.", "Notice from the Landlord is {v} days."],
        ),
        fact(
            "grace",
            "late payment",
            "late",
            s[5],
            grace,
            [
                "After how many days late does the late-payment fee apply?",
                "How many days late can rent be before a fee applies?",
            ],
            ["More than {v} days.", "The limit is {v} days.", "After {v} days.", "Beyond {v} days."],
            [swapped(ret, "returning the deposit")],
            statements=[
                "The late fee applies after {v} days.",
                "Rent may be {v} days late before a fee applies.",
            ],
        ),
        fact(
            "deposit_return",
            "the return of the deposit",
            "return",
            s[6],
            ret,
            [
                "Within how many days after the tenancy ends is the deposit returned?",
                "How many days may pass before the deposit is returned?",
            ],
            ["Within {v} days.", "The limit is {v} days.", "{v} days at most.", "No later than {v} days."],
            [swapped(grace, "the late-payment grace period"), swapped(t_notice, "the Tenant's notice")],
            statements=[
                "The deposit comes back within {v} days.",
                "The deposit must be repaid within {v} days.",
            ],
        ),
        fact(
            "pet_reason",
            "why pets are not allowed",
            "pet",
            s[7],
            why_pet,
            ["Why are pets not allowed?", "What reason does the agreement give for not allowing pets?"],
            ["Because {v}.", "The reason is that {v}.", "The agreement says {v}.", "It is because {v}."],
            [cause(why_sublet, "the ban on subletting")],
            statements=["Pets are banned because {v}.", "The ban on pets is there because {v}."],
        ),
        fact(
            "sublet_reason",
            "why subletting is not allowed",
            "sublet",
            s[8],
            why_sublet,
            [
                "Why is subletting not allowed?",
                "What reason does the agreement give for not allowing subletting?",
            ],
            ["Because {v}.", "The reason is that {v}.", "The agreement says {v}.", "It is because {v}."],
            [cause(why_pet, "the ban on pets")],
            statements=["Subletting is banned because {v}.", "The ban on subletting is there because {v}."],
        ),
        computed(
            "deposit",
            "the deposit",
            "deposit",
            s[2],
            "mul",
            [dep, rent],
            ["How much is the deposit, in euros?"],
            ["The deposit is {v} euros.", "It comes to {v} euros.", "{v} euros.", "That is {v} euros."],
        )([operand_slip("mul", [term, rent], f"multiplies by the {term}-month term")]),
        computed(
            "late_fee",
            "the late fee",
            "late",
            s[5],
            "pct_amount",
            [fee, rent, 2],
            ["How much is the late-payment fee, in euros?"],
            ["The fee is {v} euros.", "It comes to {v} euros.", "{v} euros.", "That is {v} euros."],
        )([operand_slip("pct_amount", [grace, rent, 2], "takes the grace days as the percentage")]),
        computed(
            "end_date",
            "the end of the term",
            "month",
            s[0],
            "add_months",
            [date, term],
            [
                "Counting the stated number of months from the start date, on what date does the fixed term run out?"
            ],
            ["It runs out on {v}.", "{v} is the end date.", "The term ends on {v}.", "That is {v}."],
        )(
            [
                arith_slip("add_months", [date, term], "minus_one", "adds one month too few"),
                arith_slip("add_months", [date, term], "plus_one", "adds one month too many"),
            ]
        ),
    ]
    return Scenario(sid, "tenancy_agreement", "legal", s, f)


def financial(rng: random.Random, sid: str) -> Scenario:
    company, year = rng.choice(P.COMPANIES), rng.randint(2015, 2024)
    rev0 = rng.randint(80, 900)
    rev1 = rev0 + rng.choice([-1, 1]) * rng.randint(4, 90)
    op1 = rng.randint(5, max(6, rev1 // 5))
    op0 = distinct(rng, 5, max(6, rev0 // 5), (op1,))
    seg1, seg2 = rng.sample(P.SEGMENTS, 2)
    p1 = rng.randint(31, 60)
    p2 = rng.randint(10, p1 - 3)
    div1 = rng.randint(5, 240)
    div0 = distinct(rng, 5, 240, (div1,))
    ceo = person(rng)
    cfo = person(rng, (ceo,))
    why_rev, why_cost = rng.sample(P.FIN_CAUSES, 2)
    c = rng.choice
    s = [
        c(
            [
                f"{company} reported revenue of {rev1} million euros for {year}.",
                f"Revenue at {company} was {rev1} million euros in {year}.",
            ]
        ),
        c(
            [
                f"A year earlier revenue had been {rev0} million euros.",
                f"The year before, revenue was {rev0} million euros.",
            ]
        ),
        c(
            [
                f"Operating profit for {year} was {op1} million euros.",
                f"In {year} operating profit came to {op1} million euros.",
            ]
        ),
        f"A year earlier it had been {op0} million euros.",
        c(
            [
                f"The largest segment was {seg1}, with {p1} percent of revenue.",
                f"With {p1} percent of revenue, {seg1} was the largest segment.",
            ]
        ),
        f"Second came {seg2}, with {p2} percent.",
        f"The board proposed a dividend of {div1 / 100:.2f} euros per share for {year}.",
        f"The dividend a year earlier had been {div0 / 100:.2f} euros.",
        f"Revenue changed mainly because of {why_rev}.",
        f"Costs rose mainly because of {why_cost}.",
        c([f"The chief executive is {ceo}.", f"{ceo} is chief executive."]),
        c([f"The finance director is {cfo}.", f"{cfo} serves as finance director."]),
    ]
    prior = f"{year - 1}"
    f = [
        fact(
            "revenue",
            f"revenue in {year}",
            str(year),
            s[0],
            rev1,
            [
                f"What was {company}'s revenue in {year}, in millions of euros?",
                f"How much revenue did {company} report for {year}, in millions of euros?",
            ],
            [
                "It was {v} million euros.",
                "{v} million euros.",
                "The figure is {v} million.",
                "Revenue came to {v} million.",
            ],
            [entity(rev0, prior)],
            statements=[
                f"Revenue in {year} was {{v}} million euros.",
                f"{company} took in {{v}} million euros in {year}.",
            ],
        ),
        fact(
            "operating_profit",
            f"operating profit in {year}",
            str(year),
            s[2],
            op1,
            [
                f"What was the operating profit for {year}, in millions of euros?",
                f"How large was operating profit in {year}, in millions of euros?",
            ],
            [
                "It was {v} million euros.",
                "{v} million euros.",
                "The figure is {v} million.",
                "Profit came to {v} million.",
            ],
            [entity(op0, prior)],
            statements=[
                f"Operating profit in {year} was {{v}} million euros.",
                f"The {year} operating profit came to {{v}} million euros.",
            ],
        ),
        fact(
            "segment",
            "the largest segment",
            "largest",
            s[4],
            seg1,
            [
                f"Which was the largest segment of {company} in {year}?",
                f"Which segment was the largest for {company}?",
            ],
            ["It was {v}.", "{v} was the biggest.", "That was {v}.", "The biggest was {v}."],
            [swapped(seg2, "the second segment")],
            statements=["The biggest segment was {v}.", "{v} was the biggest segment."],
        ),
        fact(
            "segment_share",
            "the largest segment's share",
            "largest",
            s[4],
            p1,
            [
                "What share of revenue did the largest segment contribute, in percent?",
                "How many percent of revenue came from the largest segment?",
            ],
            [
                "It contributed {v} percent.",
                "{v} percent.",
                "Its share was {v} percent.",
                "That is {v} percent.",
            ],
            [swapped(p2, "the second segment")],
            statements=[
                "The biggest segment had {v} percent of revenue.",
                "The biggest segment's share was {v} percent.",
            ],
        ),
        fact(
            "dividend",
            f"the dividend for {year}",
            str(year),
            s[6],
            f"{div1 / 100:.2f}",
            [
                f"What dividend per share did the board propose for {year}, in euros?",
                f"How large a dividend per share was proposed for {year}, in euros?",
            ],
            [
                "It proposed {v} euros.",
                "{v} euros per share.",
                "The dividend is {v} euros.",
                "That is {v} euros a share.",
            ],
            [entity(f"{div0 / 100:.2f}", prior)],
            statements=[
                f"The proposed dividend for {year} is {{v}} euros a share.",
                "The board wants to pay {v} euros per share.",
            ],
        ),
        fact(
            "ceo",
            "the chief executive",
            "chief executive",
            s[10],
            ceo,
            [f"Who is the chief executive of {company}?", f"Who serves as chief executive of {company}?"],
            ["It is {v}.", "{v} holds the role.", "The role is held by {v}.", "That is {v}."],
            [swapped(cfo, "the finance director")],
            statements=["{v} heads the company as chief executive.", "The company's chief executive is {v}."],
        ),
        fact(
            "cfo",
            "the finance director",
            "finance",
            s[11],
            cfo,
            [f"Who is the finance director of {company}?", f"Who serves as finance director of {company}?"],
            ["It is {v}.", "{v} holds the role.", "The role is held by {v}.", "That is {v}."],
            [swapped(ceo, "the chief executive")],
            statements=["{v} is in charge of finance.", "The company's finance director is {v}."],
        ),
        fact(
            "revenue_reason",
            "why revenue changed",
            "revenue",
            s[8],
            why_rev,
            [
                "What does the report give as the main reason revenue changed?",
                "Why did revenue change, according to the report?",
            ],
            ["It was {v}.", "The main reason was {v}.", "{v} was the cause.", "It came from {v}."],
            [cause(why_cost, "the rise in costs")],
            statements=[
                "The change in revenue was mainly due to {v}.",
                "Revenue moved mainly because of {v}.",
            ],
        ),
        fact(
            "cost_reason",
            "why costs rose",
            "cost",
            s[9],
            why_cost,
            [
                "What does the report give as the main reason costs rose?",
                "Why did costs rise, according to the report?",
            ],
            ["It was {v}.", "The main reason was {v}.", "{v} was the cause.", "It came from {v}."],
            [cause(why_rev, "the change in revenue")],
            statements=["The rise in costs was mainly due to {v}.", "Costs went up mainly because of {v}."],
        ),
        computed(
            "growth",
            "revenue growth",
            str(year),
            s[0],
            "pct_change",
            [rev0, rev1, 1],
            [f"By what percentage did revenue change from {year - 1} to {year}, to one decimal place?"],
            [
                "It changed by {v} percent.",
                "The change was {v} percent.",
                "{v} percent.",
                "That is {v} percent.",
            ],
        )(
            [
                operand_slip("pct_change", [op0, op1, 1], "computes the change in operating profit instead"),
                operand_slip("pct_change", [rev1, rev0, 1], "takes the later year as the base"),
            ]
        ),
        computed(
            "margin",
            "the operating margin",
            str(year),
            s[2],
            "pct_of",
            [op1, rev1, 1],
            [
                f"What was the operating margin for {year} (operating profit as a percentage of revenue), to one decimal place?"
            ],
            ["The margin was {v} percent.", "It was {v} percent.", "{v} percent.", "That is {v} percent."],
        )(
            [
                operand_slip("pct_of", [op1, rev0, 1], "divides by the prior year's revenue"),
                operand_slip("pct_of", [op0, rev1, 1], "uses the prior year's operating profit"),
            ]
        ),
    ]
    return Scenario(sid, "company_results", "financial", s, f)


SPECIALIST: list[Callable[[random.Random, str], Scenario]] = [medical, legal, financial]
