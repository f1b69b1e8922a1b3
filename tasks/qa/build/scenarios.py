"""Passage generators for the general-knowledge genres (in-distribution), and the shared helpers.

Genres: bridge, expedition, museum, lake, invention, club (specialist genres live in
:mod:`specialist`). Each passage describes a main thing and a second thing of the same kind (an
older bridge, an earlier expedition, a branch museum, a neighbouring lake, a rival device, a rival
club) plus two events with their causes, so every wrong answer can be a real value of the passage:

- ``swapped_value``: the value the passage gives for another attribute or event of the same thing
  (the year work began for the opening year, the deputy for the leader);
- ``wrong_entity``: the same attribute of the other thing (the older bridge's year);
- ``wrong_cause``: the cause the passage gives for the other event;
- ``reasoning_slip`` (computed facts): another passage number as an operand, or a recorded
  arithmetic error (off by one, an extra zero).

Questions and answers use their own wordings, not the passage's sentence frames, so neither answer
copies the passage more than the other (checked per item when the answer frame is drawn).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from . import pools as P
from .model import Fact, Scenario, Wrong, calc, fmt_date, miscalc


def person(rng: random.Random, exclude: tuple[str, ...] = ()) -> str:
    """A full name sharing neither first nor last name with ``exclude`` (so anchors never collide)."""
    while True:
        first, last = rng.choice(P.FIRST), rng.choice(P.LAST)
        if all(first not in e and last not in e for e in exclude):
            return f"{first} {last}"


def distinct(rng: random.Random, lo: int, hi: int, avoid: tuple[int, ...]) -> int:
    while True:
        value = rng.randint(lo, hi)
        if value not in avoid:
            return value


def swapped(value: object, what: str) -> Wrong:
    return Wrong(str(value), "swapped_value", f"gives {value}, which the passage states for {what}")


def entity(value: object, whose: str) -> Wrong:
    return Wrong(str(value), "wrong_entity", f"gives {value}, which the passage states for {whose}")


def cause(value: str, what: str) -> Wrong:
    return Wrong(value, "wrong_cause", f"gives {value}, the reason the passage gives for {what}")


def operand_slip(op: str, args: list, flaw: str) -> Wrong:
    """A computed answer that uses another passage number as an operand."""
    return Wrong(calc(op, args), "reasoning_slip", flaw, {"kind": "wrong_operand", "op": op, "args": args})


def arith_slip(op: str, args: list, error: str, flaw: str) -> Wrong:
    """A computed answer with the right operands and one recorded arithmetic error."""
    slip = {"kind": "arithmetic", "op": op, "args": args, "error": error}
    return Wrong(miscalc(op, args, error), "reasoning_slip", flaw, slip)


def fact(
    qid: str,
    topic: str,
    anchor: str,
    support: str,
    value: object,
    questions: list[str],
    answers: list[str],
    wrongs: list[Wrong],
    compute: dict | None = None,
    statements: list[str] | None = None,
) -> Fact:
    return Fact(
        qid, questions, answers, str(value), support, anchor, topic, wrongs, compute, statements or []
    )


def computed(
    qid: str,
    topic: str,
    anchor: str,
    support: str,
    op: str,
    args: list,
    questions: list[str],
    answers: list[str],
) -> Callable[[list[Wrong]], Fact]:
    """A computed fact; call the result with its slips."""
    return lambda wrongs: fact(
        qid, topic, anchor, support, calc(op, args), questions, answers, wrongs, {"op": op, "args": args}
    )


YEARS = ["It was {v} years.", "{v} years passed.", "The gap is {v} years.", "That is {v} years."]


# --------------------------------------------------------------------------- bridge


def bridge(rng: random.Random, sid: str) -> Scenario:
    town, river = rng.choice(P.TOWNS), rng.choice(P.RIVERS)
    eng = person(rng)
    mayor = person(rng, (eng,))
    carpenter = person(rng, (eng, mayor))
    start = rng.randint(1820, 1950)
    end = start + rng.randint(2, 9)
    old_year = start - rng.randint(15, 90)
    closed1 = end + rng.randint(8, 40)
    closed2 = closed1 + rng.randint(6, 40)
    length, piers = rng.randint(120, 900), rng.randint(3, 14)
    old_piers = distinct(rng, 3, 14, (piers,))
    cause1, cause2 = rng.sample(P.CAUSES, 2)
    name = f"the {town} Bridge"
    c = rng.choice
    s = [
        c(
            [
                f"The {town} Bridge carries the coast road across the River {river}.",
                f"The {town} Bridge spans the River {river} just north of the town.",
            ]
        ),
        c(
            [
                f"It was designed by the engineer {eng}, and work began in {start}.",
                f"Work began in {start} to a design by the engineer {eng}.",
            ]
        ),
        c([f"The first stone was laid by the mayor, {mayor}.", f"The mayor, {mayor}, laid the first stone."]),
        c([f"The bridge opened to traffic in {end}.", f"Traffic first crossed the bridge in {end}."]),
        c(
            [
                f"It is {length} metres long and rests on {piers} stone piers.",
                f"The bridge rests on {piers} stone piers and is {length} metres long.",
            ]
        ),
        c(
            [
                f"In {closed1} it was closed for repairs because of {cause1}.",
                f"Because of {cause1}, it was closed for repairs in {closed1}.",
            ]
        ),
        c(
            [
                f"It was shut again in {closed2}, this time because of {cause2}.",
                f"A second closure followed in {closed2}, caused by {cause2}.",
            ]
        ),
        c(
            [
                f"It replaced a timber bridge that the carpenter {carpenter} had built in {old_year} "
                f"on {old_piers} wooden piers.",
                f"Before it, the river was crossed on a timber bridge with {old_piers} wooden piers, built "
                f"in {old_year} by the carpenter {carpenter}.",
            ]
        ),
    ]
    old = "the old timber bridge it replaced"
    k = rng.randint(0, 1)
    (ky, kc, ks), (oy, oc) = (
        [(closed1, cause1, s[5]), (closed2, cause2, s[6])][k],
        [
            (closed1, cause1),
            (closed2, cause2),
        ][1 - k],
    )
    f = [
        fact(
            "open_year",
            "when the bridge opened",
            "traffic",
            s[3],
            end,
            [f"In what year did {name} open to traffic?", f"When could traffic first use {name}?"],
            [
                "It was opened in {v}.",
                "{v} is the year it opened.",
                "The opening came in {v}.",
                "It first carried traffic in {v}.",
            ],
            [
                swapped(start, "the start of work"),
                swapped(closed1, "the first closure"),
                entity(old_year, old),
            ],
            statements=[
                f"The {town} Bridge was opened in {{v}}.",
                "The bridge first carried traffic in {v}.",
            ],
        ),
        fact(
            "designer",
            "who designed the bridge",
            "design",
            s[1],
            eng,
            [f"Who designed {name}?", f"Whose design was {name} built to?"],
            [
                "The design was the work of {v}.",
                "{v} was the engineer behind it.",
                "Its designer was {v}.",
                "It was {v} who designed it.",
            ],
            [swapped(mayor, "the mayor who laid the first stone"), entity(carpenter, old)],
            statements=[f"The {town} Bridge was designed by {{v}}.", "The bridge's designer was {v}."],
        ),
        fact(
            "first_stone",
            "the first stone",
            "stone",
            s[2],
            mayor,
            [f"Who laid the first stone of {name}?", f"Which person laid the first stone of {name}?"],
            ["That was done by {v}.", "{v} laid it.", "The person was {v}.", "It was {v}."],
            [swapped(eng, "the engineer who designed it"), entity(carpenter, old)],
            statements=["The bridge's first stone was laid by {v}.", "{v} laid the bridge's first stone."],
        ),
        fact(
            "piers",
            "the piers",
            "stone",
            s[4],
            piers,
            [f"On how many stone piers does {name} rest?", f"How many stone piers hold up {name}?"],
            ["There are {v} of them.", "It rests on {v}.", "{v} piers hold it up.", "The count is {v}."],
            [entity(old_piers, old)],
            statements=["The new bridge stands on {v} stone piers.", "The new bridge has {v} stone piers."],
        ),
        fact(
            "closure_cause",
            f"the closure in {ky}",
            str(ky),
            ks,
            kc,
            [f"Why was {name} closed in {ky}?", f"What caused the closure of {name} in {ky}?"],
            [
                "The reason was {v}.",
                "It was shut because of {v}.",
                "{v} caused it.",
                "The closure was due to {v}.",
            ],
            [cause(oc, f"the closure in {oy}")],
            statements=[
                f"The {ky} closure was caused by {{v}}.",
                f"In {ky} the bridge was shut because of {{v}}.",
            ],
        ),
        fact(
            "closure_year",
            f"the closure because of {kc}",
            kc,
            ks,
            ky,
            [f"In what year was {name} closed because of {kc}?", f"When did {kc} force {name} to close?"],
            [
                "That closure came in {v}.",
                "It was shut in {v}.",
                "{v} is the year of that closure.",
                "This happened in {v}.",
            ],
            [swapped(oy, "the other closure"), swapped(end, "the opening")],
            statements=[
                f"The bridge was shut because of {kc} in {{v}}.",
                f"The closure caused by {kc} came in {{v}}.",
            ],
        ),
        computed(
            "build_years",
            "how long construction took",
            "work",
            s[1],
            "sub",
            [end, start],
            [f"How many years passed between the start of work on {name} and its opening to traffic?"],
            YEARS,
        )(
            [
                arith_slip("sub", [end, start], "plus_one", "counts both the first and the last year"),
                operand_slip("sub", [closed1, start], "counts to the first closure instead of the opening"),
                operand_slip("sub", [end, old_year], "counts from the old timber bridge's year"),
            ]
        ),
        computed(
            "years_to_repair",
            "the first closure",
            "repair",
            s[5],
            "sub",
            [closed1, end],
            [f"How many years after it opened was {name} first closed for repairs?"],
            YEARS,
        )(
            [
                arith_slip("sub", [closed1, end], "plus_one", "counts both the first and the last year"),
                operand_slip("sub", [closed2, end], "counts to the second closure instead of the first"),
                operand_slip("sub", [closed1, start], "counts from the start of work instead of the opening"),
            ]
        ),
    ]
    return Scenario(sid, "bridge", "general", s, f)


# --------------------------------------------------------------------------- expedition


def expedition(rng: random.Random, sid: str) -> Scenario:
    leader = person(rng)
    deputy = person(rng, (leader,))
    leader0 = person(rng, (leader, deputy))
    ship, ship0 = rng.sample(P.SHIPS, 2)
    region, port = rng.choice(P.REGIONS), rng.choice(P.TOWNS)
    depart = dt.date(rng.randint(1840, 1935), rng.randint(1, 12), rng.randint(1, 28))
    year0 = depart.year - rng.randint(3, 25)
    days = rng.randint(9, 70)
    days0 = distinct(rng, 9, 70, (days,))
    crew = rng.randint(14, 60)
    lost = rng.randint(2, 9)
    lost0 = distinct(rng, 2, 9, (lost,))
    death, death0 = rng.sample(P.DEATHS, 2)
    sponsor = rng.choice(
        ["the Royal Geographic Society", "the Harbour Trust", "a whaling company", "a newspaper"]
    )
    date = fmt_date(depart)
    c = rng.choice
    s = [
        c(
            [
                f"In {depart.year} {leader} led an expedition to {region} aboard the {ship}.",
                f"The {ship} carried {leader}'s expedition to {region} in {depart.year}.",
            ]
        ),
        c(
            [
                f"The ship left {port} on {date} with a crew of {crew}.",
                f"With a crew of {crew}, the ship sailed from {port} on {date}.",
            ]
        ),
        c([f"It reached {region} {days} days later.", f"The voyage to {region} took {days} days."]),
        f"The expedition was paid for by {sponsor}.",
        c(
            [
                f"The second-in-command, {deputy}, kept the official log.",
                f"The official log was kept by the second-in-command, {deputy}.",
            ]
        ),
        c(
            [
                f"During the winter {lost} members of the crew died of {death}.",
                f"In the winter {death} killed {lost} members of the crew.",
            ]
        ),
        c(
            [
                f"An earlier attempt, led by {leader0} aboard the {ship0} in {year0}, had turned back after {days0} days.",
                f"{leader0} had made an earlier attempt in {year0} aboard the {ship0}, turning back after {days0} days.",
            ]
        ),
        c(
            [
                f"On that attempt {lost0} men died of {death0}.",
                f"That attempt had lost {lost0} men to {death0}.",
            ]
        ),
    ]
    earlier = f"the earlier attempt led by {leader0}"
    last = leader.split()[1]
    f = [
        fact(
            "leader",
            "who led the expedition",
            ship,
            s[0],
            leader,
            [f"Who led the expedition aboard the {ship}?", f"Who was in charge of the {ship}'s expedition?"],
            ["It was led by {v}.", "{v} was its leader.", "The leader was {v}.", "{v} led it."],
            [
                swapped(deputy, "the second-in-command"),
                entity(leader0, f"the earlier attempt aboard the {ship0}"),
            ],
            statements=[
                f"The {ship}'s expedition was led by {{v}}.",
                f"{{v}} led the expedition on the {ship}.",
            ],
        ),
        fact(
            "ship",
            "the ship",
            last,
            s[0],
            ship,
            [
                f"Which ship carried {leader}'s expedition?",
                f"Aboard which ship did {leader} sail to {region}?",
            ],
            ["It sailed on the {v}.", "The {v} carried it.", "That was the {v}.", "It went aboard the {v}."],
            [entity(ship0, earlier)],
            statements=[f"{leader} sailed on the {{v}}.", "The expedition's ship was the {v}."],
        ),
        fact(
            "log",
            "the official log",
            "log",
            s[4],
            deputy,
            [f"Who kept the official log on the {ship}?", f"Whose job was the official log on the {ship}?"],
            ["The log was kept by {v}.", "{v} kept it.", "That was {v}.", "It was the job of {v}."],
            [swapped(leader, "the leader"), swapped(leader0, "the leader of the earlier attempt")],
            statements=["The expedition's log was kept by {v}.", "{v} was the keeper of the log."],
        ),
        fact(
            "crew",
            "the size of the crew",
            port,
            s[1],
            crew,
            [
                f"How many people were aboard the {ship} when it left {port}?",
                f"How large was the crew that sailed from {port}?",
            ],
            [
                "There were {v} on board.",
                "It carried {v} people.",
                "{v} were aboard.",
                "The crew numbered {v}.",
            ],
            [swapped(days, "the length of the voyage in days"), swapped(lost, "the deaths in the winter")],
            statements=[f"The crew that left {port} numbered {{v}}.", "{v} people sailed on the ship."],
        ),
        fact(
            "deaths",
            "the deaths in the winter",
            "winter",
            s[5],
            lost,
            [
                "How many of the crew died during the winter?",
                "During the winter, how many crew members were lost?",
            ],
            ["{v} of them died.", "The winter cost {v} lives.", "It was {v}.", "{v} crew members were lost."],
            [entity(lost0, earlier)],
            statements=["{v} crew members died during the winter.", "The winter cost {v} lives."],
        ),
        fact(
            "death_cause",
            "the deaths in the winter",
            "winter",
            s[5],
            death,
            [
                "What did crew members die of during the winter?",
                "What killed members of the crew in the winter?",
            ],
            ["They died of {v}.", "The cause was {v}.", "{v} killed them.", "It was {v}."],
            [cause(death0, earlier)],
            statements=["The winter deaths were caused by {v}.", "In the winter the crew died of {v}."],
        ),
        computed(
            "arrival",
            "when the ship arrived",
            region.split()[-1],
            s[2],
            "add_days",
            [date, days],
            [f"On what date did the {ship} reach {region}?"],
            [
                "It arrived on {v}.",
                "{v} was the arrival date.",
                "It got there on {v}.",
                "The arrival was on {v}.",
            ],
        )(
            [
                arith_slip(
                    "add_days", [date, days], "minus_one", "counts the departure day as the first day"
                ),
                arith_slip("add_days", [date, days], "plus_one", "adds one day too many"),
                operand_slip("add_days", [date, days0], f"adds the {days0} days of the earlier attempt"),
            ]
        ),
        computed(
            "years_between",
            "the earlier attempt",
            "earlier",
            s[6],
            "sub",
            [depart.year, year0],
            [f"How many years before the {ship}'s expedition was the earlier attempt made?"],
            YEARS,
        )(
            [
                arith_slip(
                    "sub", [depart.year, year0], "plus_one", "counts both the first and the last year"
                ),
                arith_slip("sub", [depart.year, year0], "minus_one", "drops a year from the count"),
            ]
        ),
    ]
    return Scenario(sid, "expedition", "general", s, f)


# --------------------------------------------------------------------------- museum


def museum(rng: random.Random, sid: str) -> Scenario:
    city, city2 = rng.sample(P.TOWNS, 2)
    founder = person(rng)
    director = person(rng, (founder,))
    opened = rng.randint(1850, 1960)
    opened2 = opened + rng.randint(10, 50)
    closed1 = opened2 + rng.randint(3, 40)
    closed2 = distinct(rng, opened2 + 3, opened2 + 40, (closed1,))
    objects = rng.randint(12, 95) * 1000
    rooms, rooms2 = rng.randint(12, 40), rng.randint(3, 11)
    visitors = rng.randint(40, 480) * 1000
    item, item2 = rng.sample(P.MUSEUM_ITEMS, 2)
    why1, why2 = rng.sample(P.BUILDING_CAUSES, 2)
    c = rng.choice
    s = [
        c(
            [
                f"The {city} Museum of History was founded by the collector {founder}.",
                f"The collector {founder} founded the {city} Museum of History.",
            ]
        ),
        c(
            [
                f"It opened to the public in {opened} in a former customs house.",
                f"Housed in a former customs house, it opened to the public in {opened}.",
            ]
        ),
        c(
            [
                f"Its collection of about {objects} objects fills {rooms} galleries.",
                f"The collection, about {objects} objects, is shown across {rooms} galleries.",
            ]
        ),
        c([f"The best-known exhibit is {item}.", f"Its best-known exhibit is {item}."]),
        c(
            [
                f"Last year the museum had {visitors} visitors.",
                f"The museum received {visitors} visitors last year.",
            ]
        ),
        c([f"The current director is {director}.", f"{director} is the museum's current director."]),
        c(
            [
                f"A branch in {city2}, opened in {opened2}, has {rooms2} galleries; its star piece is {item2}.",
                f"Its branch in {city2} has {rooms2} galleries, dates from {opened2} and shows {item2} as its star piece.",
            ]
        ),
        f"The main building was closed for a year in {closed1} because of {why1}.",
        f"The branch had to close for a year in {closed2} after {why2}.",
    ]
    branch = f"the branch in {city2}"
    main = [("main", s[7], why1, why2, branch), ("branch", s[8], why2, why1, "the main building")]
    kword, ksent, kwhy, owhy, other = c(main)
    f = [
        fact(
            "founder",
            "who founded it",
            "found",
            s[0],
            founder,
            [
                f"Who founded the {city} Museum of History?",
                f"Which collector founded the {city} Museum of History?",
            ],
            ["It was {v}.", "{v} was its founder.", "The founder was {v}.", "That was {v}."],
            [swapped(director, "the current director")],
            statements=["The museum was founded by {v}.", "{v} founded the museum."],
        ),
        fact(
            "director",
            "the director",
            "director",
            s[5],
            director,
            [
                f"Who is the director of the {city} Museum of History?",
                "Who runs the museum as its director now?",
            ],
            ["It is {v}.", "{v} holds the post.", "The post is held by {v}.", "That is {v}."],
            [swapped(founder, "the founder")],
            statements=["The museum's director is {v}.", "{v} runs the museum today."],
        ),
        fact(
            "opened",
            "when it opened",
            "public",
            s[1],
            opened,
            [
                f"In what year did the {city} Museum of History open to the public?",
                f"When was the {city} Museum of History first open to the public?",
            ],
            [
                "It did so in {v}.",
                "{v} is the year it opened.",
                "The opening came in {v}.",
                "It first opened in {v}.",
            ],
            [entity(opened2, branch), swapped(closed1, "the year the main building closed")],
            statements=["The museum first opened in {v}.", "The museum has been open since {v}."],
        ),
        fact(
            "galleries",
            "the galleries",
            "collection",
            s[2],
            rooms,
            [
                "How many galleries does the museum's collection fill?",
                "Across how many galleries is the collection shown?",
            ],
            [
                "It fills {v} galleries.",
                "There are {v} of them.",
                "{v} galleries hold it.",
                "The count is {v}.",
            ],
            [entity(rooms2, branch)],
            statements=[
                "The main collection takes up {v} galleries.",
                "The museum shows its collection in {v} galleries.",
            ],
        ),
        fact(
            "exhibit",
            "the best-known exhibit",
            "best",
            s[3],
            item,
            ["What is the museum's best-known exhibit?", "Which exhibit is the museum best known for?"],
            ["It is {v}.", "{v} is the one.", "That would be {v}.", "The exhibit is {v}."],
            [entity(item2, branch)],
            statements=["The museum is best known for {v}.", "{v} is the museum's most famous exhibit."],
        ),
        fact(
            "closure_cause",
            f"the closure of the {kword} building",
            kword,
            ksent,
            kwhy,
            [
                f"Why did the {kword} building close for a year?",
                f"What made the {kword} building close for a year?",
            ],
            [
                "The reason was {v}.",
                "It closed because of {v}.",
                "{v} caused it.",
                "The closure was due to {v}.",
            ],
            [cause(owhy, other)],
            statements=[
                f"The {kword} building was closed because of {{v}}.",
                f"A year-long closure of the {kword} building was caused by {{v}}.",
            ],
        ),
        computed(
            "per_gallery",
            "objects per gallery",
            "collection",
            s[2],
            "div_round",
            [objects, rooms, 0],
            [
                "On average, how many objects of the collection are shown per gallery, to the nearest whole number?"
            ],
            [
                "About {v} per gallery.",
                "The average is about {v}.",
                "Each gallery shows about {v}.",
                "It comes to about {v}.",
            ],
        )(
            [
                operand_slip("div_round", [objects, rooms2, 0], "divides by the branch's galleries"),
                operand_slip(
                    "div_round", [visitors, rooms, 0], "divides last year's visitors instead of the objects"
                ),
            ]
        ),
        computed(
            "age",
            "the museum's age",
            "public",
            s[1],
            "sub",
            [2024, opened],
            ["How many years before 2024 did the museum first open to the public?"],
            YEARS,
        )(
            [
                arith_slip("sub", [2024, opened], "plus_one", "counts both the first and the last year"),
                operand_slip("sub", [2024, opened2], "uses the branch's opening year"),
            ]
        ),
    ]
    return Scenario(sid, "museum", "general", s, f)


# --------------------------------------------------------------------------- lake


def lake(rng: random.Random, sid: str) -> Scenario:
    place, place2 = rng.sample([t for t in P.TOWNS if " " not in t], 2)
    name, name2 = f"Lake {place}", f"Lake {place2}"
    town = rng.choice([t for t in P.TOWNS if t not in (place, place2)])
    inflow, outflow, outflow2 = rng.sample(P.RIVERS, 3)
    length, depth = rng.randint(8, 90), rng.randint(30, 400)
    length2 = distinct(rng, 3, 40, (length,))
    depth2 = distinct(rng, 10, 200, (depth,))
    fish1, fish2, fish3 = rng.sample(P.FISH, 3)
    frozen, dist = rng.randint(2, 5), rng.randint(4, 30)
    y1 = rng.randint(1950, 1995)
    y2 = y1 + rng.randint(4, 25)
    why1, why2 = rng.sample(P.LAKE_CAUSES, 2)
    c = rng.choice
    s = [
        c(
            [
                f"{name} lies in a glacial valley above the town of {town}.",
                f"Above the town of {town}, {name} fills a glacial valley.",
            ]
        ),
        c([f"It is fed by the River {inflow}.", f"From the north it is fed by the River {inflow}."]),
        c([f"The lake is drained by the River {outflow}.", f"The River {outflow} drains it to the south."]),
        c(
            [
                f"{name} is {length} kilometres long and reaches a depth of {depth} metres.",
                f"{name} reaches a depth of {depth} metres and is {length} kilometres long.",
            ]
        ),
        c([f"Its waters hold {fish1} and {fish2}.", f"Anglers there catch {fish1} and {fish2}."]),
        c(
            [
                f"In most winters the surface freezes for about {frozen} months.",
                f"The surface freezes for about {frozen} months in most winters.",
            ]
        ),
        c(
            [
                f"{name2}, {dist} kilometres to the east, is {length2} kilometres long and {depth2} metres deep; "
                f"it holds {fish3} and empties into the River {outflow2}.",
                f"{dist} kilometres to the east lies {name2}, {depth2} metres deep and {length2} kilometres long, "
                f"which holds {fish3} and empties into the River {outflow2}.",
            ]
        ),
        f"Boating was banned on {name} in {y1} because of {why1}.",
        f"A second ban followed in {y2}, this time because of {why2}.",
    ]
    k = rng.randint(0, 1)
    ky, kwhy, ksent, oy, owhy = [(y1, why1, s[7], y2, why2), (y2, why2, s[8], y1, why1)][k]
    neighbour = f"{name2}, the neighbouring lake"
    f = [
        fact(
            "outflow",
            "which river drains it",
            "drain",
            s[2],
            outflow,
            [f"Which river drains {name}?", f"By which river is {name} drained?"],
            [
                "That is the River {v}.",
                "The River {v} does.",
                "It is the River {v}.",
                "The water leaves by the River {v}.",
            ],
            [swapped(inflow, "the river that feeds the lake"), entity(outflow2, neighbour)],
            statements=[
                f"{name} drains into the River {{v}}.",
                "The water leaves the lake by the River {v}.",
            ],
        ),
        fact(
            "inflow",
            "which river feeds it",
            "fed",
            s[1],
            inflow,
            [f"Which river is {name} fed by?", f"By which river is {name} fed?"],
            [
                "That is the River {v}.",
                "The River {v} does.",
                "It is the River {v}.",
                "The water comes from the River {v}.",
            ],
            [swapped(outflow, "the river that drains the lake"), entity(outflow2, neighbour)],
            statements=[f"{name} gets its water from the River {{v}}.", "The River {v} feeds the lake."],
        ),
        fact(
            "depth",
            "the depth",
            place,
            s[3],
            depth,
            [f"How deep is {name}, in metres?", f"What is the greatest depth of {name} in metres?"],
            [
                "It is {v} metres deep.",
                "The depth is {v} metres.",
                "{v} metres at most.",
                "It goes down {v} metres.",
            ],
            [entity(depth2, neighbour)],
            statements=[f"{name} goes down {{v}} metres.", "The lake's depth is {v} metres."],
        ),
        fact(
            "length",
            "the length",
            place,
            s[3],
            length,
            [f"How long is {name}, in kilometres?", f"What is the length of {name} in kilometres?"],
            [
                "It is {v} kilometres long.",
                "The length is {v} kilometres.",
                "{v} kilometres end to end.",
                "It stretches {v} kilometres.",
            ],
            [entity(length2, neighbour)],
            statements=[f"{name} stretches {{v}} kilometres.", "The lake's length is {v} kilometres."],
        ),
        fact(
            "fish",
            "the fish of the neighbouring lake",
            place2,
            s[6],
            fish3,
            [f"Which fish does {name2} hold?", f"What fish is found in {name2}?"],
            ["It holds {v}.", "The fish is {v}.", "{v} live there.", "That is {v}."],
            [entity(fish1, name), entity(fish2, name)],
            statements=[f"{name2} is home to {{v}}.", f"In {name2} you find {{v}}."],
        ),
        fact(
            "ban_cause",
            f"the boating ban of {ky}",
            str(ky),
            ksent,
            kwhy,
            [f"Why was boating banned on {name} in {ky}?", f"What led to the boating ban on {name} in {ky}?"],
            [
                "The reason was {v}.",
                "It was banned because of {v}.",
                "{v} caused it.",
                "The ban was due to {v}.",
            ],
            [cause(owhy, f"the ban of {oy}")],
            statements=[
                f"The {ky} boating ban was due to {{v}}.",
                f"Boats were banned in {ky} because of {{v}}.",
            ],
        ),
        fact(
            "ban_year",
            f"the ban because of {kwhy}",
            kwhy,
            ksent,
            ky,
            [
                f"In what year was boating on {name} banned because of {kwhy}?",
                f"When did {kwhy} lead to a boating ban on {name}?",
            ],
            [
                "That ban came in {v}.",
                "It was banned in {v}.",
                "{v} is the year of that ban.",
                "This happened in {v}.",
            ],
            [swapped(oy, "the other ban")],
            statements=[
                f"Boats were banned because of {kwhy} in {{v}}.",
                f"The ban over {kwhy} came in {{v}}.",
            ],
        ),
        computed(
            "length_miles",
            "the length in miles",
            place,
            s[3],
            "mul_round",
            [length, 0.621371, 1],
            [f"How long is {name} in miles, to one decimal place (1 kilometre = 0.621371 miles)?"],
            [
                "It is about {v} miles long.",
                "That is about {v} miles.",
                "About {v} miles.",
                "Roughly {v} miles.",
            ],
        )([operand_slip("mul_round", [length2, 0.621371, 1], f"converts the length of {name2}")]),
        computed(
            "years_between_bans",
            "the two boating bans",
            "ban",
            s[8],
            "sub",
            [y2, y1],
            [f"How many years passed between the first and the second boating ban on {name}?"],
            YEARS,
        )(
            [
                arith_slip("sub", [y2, y1], "plus_one", "counts both the first and the last year"),
                arith_slip("sub", [y2, y1], "minus_one", "drops a year from the count"),
            ]
        ),
    ]
    return Scenario(sid, "lake", "general", s, f)


# --------------------------------------------------------------------------- invention


def invention(rng: random.Random, sid: str) -> Scenario:
    inventor = person(rng)
    partner = person(rng, (inventor,))
    rival = person(rng, (inventor, partner))
    device, purpose = rng.choice(P.DEVICES)
    year = rng.randint(1780, 1920)
    patent = year + rng.randint(2, 9)
    rival_patent = patent + rng.randint(1, 12)
    city = rng.choice(P.TOWNS)
    sold, price = rng.randint(2, 60) * 100, rng.randint(3, 40)
    rival_price = distinct(rng, 3, 40, (price,))
    stop = rival_patent + rng.randint(3, 30)
    rstop = distinct(rng, rival_patent + 2, rival_patent + 30, (stop,))
    why1, why2 = rng.sample(P.STOP_CAUSES, 2)
    c = rng.choice
    s = [
        c(
            [
                f"In {year} {inventor}, a clockmaker in {city}, built {device} to {purpose}.",
                f"{inventor}, a clockmaker in {city}, built {device} in {year} to {purpose}.",
            ]
        ),
        c([f"The design was patented in {patent}.", f"A patent for the design was granted in {patent}."]),
        c(
            [
                f"The first models were sold by {partner}, who ran a hardware shop.",
                f"{partner}, who ran a hardware shop, sold the first models.",
            ]
        ),
        c(
            [
                f"Each one cost {price} shillings, and {sold} were sold in the first year.",
                f"In the first year {sold} were sold at {price} shillings each.",
            ]
        ),
        c(
            [
                f"A rival model, patented by {rival} in {rival_patent}, sold for {rival_price} shillings.",
                f"{rival} patented a rival model in {rival_patent} and sold it for {rival_price} shillings.",
            ]
        ),
        f"Production of the original stopped in {stop} because of {why1}.",
        f"The rival model was withdrawn in {rstop} after {why2}.",
    ]
    rival_model = "the rival model"
    k = rng.randint(0, 1)
    kword, ksent, kwhy, owhy, other = [
        ("original", s[5], why1, why2, rival_model),
        ("rival", s[6], why2, why1, "the original"),
    ][k]
    f = [
        fact(
            "inventor",
            "who built it",
            "clockmaker",
            s[0],
            inventor,
            [f"Which clockmaker built {device} in {city}?", f"Who was the clockmaker who built {device}?"],
            ["It was {v}.", "{v} built it.", "The maker was {v}.", "That was {v}."],
            [
                swapped(partner, "the shopkeeper who sold it"),
                entity(rival, "the rival model's patent holder"),
            ],
            statements=[
                f"{device[0].upper()}{device[1:]} was the work of {{v}}.",
                "The clockmaker {v} built the device.",
            ],
        ),
        fact(
            "patent",
            "the patent",
            "design",
            s[1],
            patent,
            [
                f"In what year was {inventor}'s design patented?",
                f"When was the patent for {inventor}'s design granted?",
            ],
            [
                "That was in {v}.",
                "{v} is the year of the patent.",
                "It came in {v}.",
                "The patent dates from {v}.",
            ],
            [swapped(year, "the year it was built"), entity(rival_patent, rival_model)],
            statements=[f"{inventor}'s design was patented in {{v}}.", "The patent came through in {v}."],
        ),
        fact(
            "seller",
            "who sold it",
            "shop",
            s[2],
            partner,
            [
                "Which shopkeeper sold the first models?",
                f"Who had the shop that sold {inventor}'s first models?",
            ],
            ["They were sold by {v}.", "{v} sold them.", "The seller was {v}.", "That was {v}."],
            [swapped(inventor, "the clockmaker who built it"), entity(rival, rival_model)],
            statements=["The first models were sold in the shop of {v}.", "{v} sold the first models."],
        ),
        fact(
            "price",
            "the price",
            "each",
            s[3],
            price,
            [
                f"How many shillings did each of {inventor}'s devices cost?",
                f"What did {inventor}'s device cost each, in shillings?",
            ],
            [
                "It cost {v} shillings.",
                "The price was {v} shillings.",
                "{v} shillings apiece.",
                "Buyers paid {v} shillings.",
            ],
            [entity(rival_price, rival_model)],
            statements=[
                f"{inventor}'s device cost {{v}} shillings apiece.",
                "Each device sold for {v} shillings.",
            ],
        ),
        fact(
            "stop_cause",
            f"why the {kword} ended",
            kword,
            ksent,
            kwhy,
            [
                f"Why did the {kword} model go out of production?",
                f"What ended production of the {kword} model?",
            ],
            ["The reason was {v}.", "It ended because of {v}.", "{v} caused it.", "That was due to {v}."],
            [cause(owhy, other)],
            statements=[
                f"The {kword} model was stopped because of {{v}}.",
                f"Making the {kword} model ended because of {{v}}.",
            ],
        ),
        computed(
            "takings",
            "the first year's takings",
            "first year",
            s[3],
            "mul",
            [sold, price],
            [f"How many shillings did the first year's sales of {inventor}'s device bring in?"],
            [
                "They brought in {v} shillings.",
                "The takings were {v} shillings.",
                "{v} shillings in all.",
                "That is {v} shillings.",
            ],
        )(
            [
                operand_slip("mul", [sold, rival_price], "uses the rival model's price"),
                arith_slip("mul", [sold, price], "extra_zero", "adds a zero when multiplying"),
            ]
        ),
        computed(
            "years_to_patent",
            "the years to the patent",
            "design",
            s[1],
            "sub",
            [patent, year],
            [f"How many years after building it was {inventor}'s design patented?"],
            YEARS,
        )(
            [
                arith_slip("sub", [patent, year], "plus_one", "counts both the first and the last year"),
                operand_slip("sub", [rival_patent, year], "uses the rival model's patent year"),
            ]
        ),
    ]
    return Scenario(sid, "invention", "general", s, f)


# --------------------------------------------------------------------------- club


def club(rng: random.Random, sid: str) -> Scenario:
    city = rng.choice(P.TOWNS)
    sport, colours = rng.choice(P.CLUB_SPORTS), rng.choice(P.COLOURS)
    founded = rng.randint(1870, 1950)
    rfounded = distinct(rng, 1870, 1960, (founded,))
    ground_name, rground_name = rng.sample(P.LAST, 2)
    ground, rground = f"{ground_name} Park", f"{rground_name} Road"
    capacity = rng.randint(30, 420) * 100
    titles = rng.randint(2, 19)
    rtitles = distinct(rng, 1, 19, (titles,))
    last_title = rng.randint(1965, 2022)
    coach = person(rng)
    captain = person(rng, (coach,))
    m1, m2 = founded + rng.randint(3, 60), rfounded + rng.randint(3, 60)
    article = "an" if sport[0] in "aeiou" else "a"
    why1, why2 = rng.sample(P.GROUND_CAUSES, 2)
    c = rng.choice
    s = [
        c(
            [
                f"{city} Athletic is {article} {sport} club founded in {founded}.",
                f"Founded in {founded}, {city} Athletic is {article} {sport} club.",
            ]
        ),
        c(
            [
                f"Athletic's home ground is {ground}, which holds {capacity} spectators.",
                f"Athletic plays its home games at {ground}, which holds {capacity} spectators.",
            ]
        ),
        c(
            [
                f"The club has won the national league {titles} times, most recently in {last_title}.",
                f"Its {titles} national league titles include the most recent one, in {last_title}.",
            ]
        ),
        c([f"The head coach is {coach}.", f"{coach} is the head coach."]),
        c([f"The captain is {captain}.", f"{captain} captains the side."]),
        f"The team plays in {colours}.",
        c(
            [
                f"Its local rival, {city} Rovers, was founded in {rfounded}, plays at {rground} and has won the league {rtitles} times.",
                f"The local rival, {city} Rovers, dates from {rfounded}, has {rtitles} league titles and plays at {rground}.",
            ]
        ),
        f"Athletic moved to its present ground in {m1} because of {why1}.",
        f"Rovers last changed grounds in {m2}, after {why2}.",
    ]
    rovers = f"{city} Rovers, the local rival"
    k = rng.randint(0, 1)
    kword, ksent, kwhy, owhy, other = [
        ("Athletic", s[7], why1, why2, "the Rovers' move"),
        ("Rovers", s[8], why2, why1, "Athletic's move"),
    ][k]
    f = [
        fact(
            "coach",
            "the coach",
            "coach",
            s[3],
            coach,
            [f"Who is the head coach of {city} Athletic?", f"Who coaches {city} Athletic?"],
            ["It is {v}.", "{v} holds the job.", "The job is held by {v}.", "That is {v}."],
            [swapped(captain, "the captain")],
            statements=[f"The head coach of {city} Athletic is {{v}}.", "{v} coaches the team."],
        ),
        fact(
            "captain",
            "the captain",
            "captain",
            s[4],
            captain,
            [f"Who is the captain of {city} Athletic?", f"Who captains {city} Athletic?"],
            ["It is {v}.", "{v} holds the job.", "The job is held by {v}.", "That is {v}."],
            [swapped(coach, "the head coach")],
            statements=[f"The captain of {city} Athletic is {{v}}.", "{v} leads the team as captain."],
        ),
        fact(
            "titles",
            "league titles",
            "national",
            s[2],
            titles,
            [
                f"How many national league titles has {city} Athletic won?",
                f"How often has {city} Athletic won the national league?",
            ],
            ["It has won {v}.", "The count is {v}.", "{v} times so far.", "That makes {v} titles."],
            [entity(rtitles, rovers)],
            statements=[
                f"{city} Athletic has {{v}} national league titles.",
                "The club has been national champion {v} times.",
            ],
        ),
        fact(
            "ground",
            "the home ground",
            "Athletic",
            s[1],
            ground,
            [
                f"What is the home ground of {city} Athletic?",
                f"Where does {city} Athletic play its home games?",
            ],
            ["That is {v}.", "It is {v}.", "Home is {v}.", "The ground is {v}."],
            [entity(rground, rovers)],
            statements=[f"{city} Athletic plays at {{v}}.", "The club's home is {v}."],
        ),
        fact(
            "founded",
            "when it was founded",
            "Athletic",
            s[0],
            founded,
            [f"In what year was {city} Athletic founded?", f"When was {city} Athletic set up?"],
            ["That was in {v}.", "{v} is the year.", "It dates from {v}.", "It began in {v}."],
            [entity(rfounded, rovers), swapped(last_title, "the most recent title")],
            statements=[f"{city} Athletic was set up in {{v}}.", "The club dates from {v}."],
        ),
        fact(
            "move_cause",
            f"why {kword} moved",
            kword,
            ksent,
            kwhy,
            [f"Why did {kword} move to a new ground?", f"What made {kword} move grounds?"],
            ["The reason was {v}.", "It moved because of {v}.", "{v} caused it.", "The move was due to {v}."],
            [cause(owhy, other)],
            statements=[
                f"{kword} moved grounds because of {{v}}.",
                f"The move by {kword} was caused by {{v}}.",
            ],
        ),
        computed(
            "since_title",
            "the gap in years",
            "national",
            s[2],
            "sub",
            [last_title, founded],
            [
                f"How many years after its founding did {city} Athletic win its most recent national league title?"
            ],
            YEARS,
        )(
            [
                arith_slip(
                    "sub", [last_title, founded], "plus_one", "counts both the first and the last year"
                ),
                operand_slip("sub", [last_title, rfounded], "counts from the Rovers' founding year"),
            ]
        ),
    ]
    return Scenario(sid, "club", "general", s, f)


GENERAL: list[Callable[[random.Random, str], Scenario]] = [bridge, expedition, museum, lake, invention, club]
