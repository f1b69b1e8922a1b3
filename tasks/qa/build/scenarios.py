"""Passage generators: one function per genre, each returning a :class:`Scenario` from a seeded RNG.

General-knowledge genres (in-distribution): bridge, expedition, museum, lake, invention, club.
Specialist genres (domain shift): medical leaflet, tenancy agreement, company results.
The sentence frames are authored here; slot values come from :mod:`pools`. Every fact lists the
passage sentence that settles it and wrong answers of the same form: another value the passage
gives for something else (contradiction), a value the passage never gives (unsupported), or for
computed facts a reasoning slip recorded as the wrong operation.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from . import pools as P
from .model import Fact, Scenario, Wrong, calc, fmt_date, mentions


def _pick(rng: random.Random, pool: list, exclude: tuple = ()) -> str:
    return rng.choice([x for x in pool if x not in exclude])


def _person(rng: random.Random, exclude: tuple = ()) -> str:
    while True:
        name = f"{rng.choice(P.FIRST)} {rng.choice(P.LAST)}"
        if all(name.split()[1] not in e and name.split()[0] not in e for e in exclude):
            return name


def _near(rng: random.Random, value: int, text: str, spread: int, lo: int = 1) -> int:
    """A nearby integer the passage never mentions (an unsupported number)."""
    for _ in range(200):
        cand = value + rng.choice([d for d in range(-spread, spread + 1) if d])
        if cand >= lo and not mentions(text, str(cand)):
            return cand
    raise RuntimeError("no free number")


def swap(value: str, what: str) -> Wrong:
    return Wrong(
        value,
        "contradiction",
        2,
        f"gives {value}, which the passage states for {what}, not for what was asked",
    )


def unsup_num(value: str | int) -> Wrong:
    return Wrong(str(value), "unsupported_number", 2, f"gives {value}, a number the passage never states")


def unsup_ent(value: str) -> Wrong:
    return Wrong(value, "unsupported_entity", 2, f"names {value}, which the passage never mentions")


def wrong_cause(value: str) -> Wrong:
    return Wrong(value, "wrong_cause", 2, f"attributes it to {value}, a cause the passage does not give")


def slip(kind: str, op: str, args: list, steps: str, flaw: str) -> Wrong:
    value = calc(op, args)
    return Wrong(
        value,
        "reasoning_slip",
        2,
        flaw,
        slip={"kind": kind, "op": op, "args": args},
        steps=steps.format(w=value),
    )


def _sentence_with(sentences: list[str], span: str) -> str:
    hits = [s for s in sentences if mentions(s, span)]
    assert len(hits) == 1, (span, hits)
    return hits[0]


# --------------------------------------------------------------------------- general knowledge


def bridge(rng: random.Random, sid: str) -> Scenario:
    town, river = rng.choice(P.TOWNS), rng.choice(P.RIVERS)
    eng = _person(rng)
    mayor = _person(rng, (eng,))
    start = rng.randint(1820, 1950)
    dur = rng.randint(2, 9)
    end = start + dur
    closed = end + rng.randint(12, 60)
    length = rng.randint(120, 900)
    piers = rng.randint(3, 14)
    cause = rng.choice(P.CAUSES)
    name = f"the {town} Bridge"
    s = [
        rng.choice(
            [
                f"The {town} Bridge carries the old coast road across the River {river}.",
                f"The {town} Bridge spans the River {river} just north of the town of {town}.",
            ]
        ),
        rng.choice(
            [
                f"It was designed by the engineer {eng}, and work began in {start}.",
                f"Work began in {start} to a design by the engineer {eng}.",
            ]
        ),
        rng.choice(
            [f"The first stone was laid by the mayor, {mayor}.", f"The mayor, {mayor}, laid the first stone."]
        ),
        rng.choice(
            [f"The bridge opened to traffic in {end}.", f"Traffic first crossed the bridge in {end}."]
        ),
        rng.choice(
            [
                f"It is {length} metres long and rests on {piers} stone piers.",
                f"The bridge rests on {piers} stone piers and is {length} metres long.",
            ]
        ),
        rng.choice(
            [
                f"In {closed} it was closed for repairs because of {cause}.",
                f"Because of {cause}, it was closed for repairs in {closed}.",
            ]
        ),
    ]
    text = " ".join(s)
    f = [
        Fact(
            "open_year",
            f"In what year did {name} open to traffic?",
            "It opened to traffic in {v}.",
            str(end),
            s[3],
            "when the bridge opened",
            [
                swap(str(start), "the start of work"),
                swap(str(closed), "the closure"),
                unsup_num(_near(rng, end, text, 3)),
            ],
        ),
        Fact(
            "designer",
            f"Who designed {name}?",
            "It was designed by the engineer {v}.",
            eng,
            s[1],
            "who designed the bridge",
            [swap(mayor, "the mayor who laid the first stone"), unsup_ent(_person(rng, (eng, mayor)))],
        ),
        Fact(
            "piers",
            f"How many stone piers does {name} rest on?",
            "It rests on {v} stone piers.",
            str(piers),
            s[4],
            "the piers",
            [unsup_num(_near(rng, piers, text, 3))],
        ),
        Fact(
            "closure_cause",
            f"Why was {name} closed for repairs in {closed}?",
            "It was closed because of {v}.",
            cause,
            s[5],
            "why the bridge was closed",
            [wrong_cause(_pick(rng, P.CAUSES, (cause,)))],
        ),
        Fact(
            "build_years",
            f"How many years passed between the start of work on {name} and its opening?",
            "{v} years passed between the start of work and the opening.",
            str(dur),
            s[3],
            "how long construction took",
            [
                slip(
                    "counted_both_ends",
                    "sub",
                    [end, start - 1],
                    f"Counting every year from {start} to {end} inclusive gives {{w}}.",
                    f"counts both {start} and {end}, an off-by-one slip",
                ),
                slip(
                    "wrong_year",
                    "sub",
                    [closed, start],
                    f"Subtracting {start} from {closed} gives {{w}}.",
                    f"subtracts from the closure year {closed} instead of the opening year",
                ),
            ],
            compute={"op": "sub", "args": [end, start]},
            steps=f"Subtracting {start} from {end} gives {dur}.",
        ),
        Fact(
            "length_feet",
            f"How long is {name} in feet, to the nearest foot (1 metre = 3.28084 feet)?",
            "It is about {v} feet long.",
            calc("mul_round", [length, 3.28084, 0]),
            s[4],
            "the length in feet",
            [
                slip(
                    "wrong_factor",
                    "mul_round",
                    [length, 3, 0],
                    f"Multiplying {length} metres by 3 gives {{w}} feet.",
                    "uses 3 feet per metre instead of the given 3.28084",
                ),
                slip(
                    "divided",
                    "div_round",
                    [length, 3.28084, 0],
                    f"Dividing {length} by 3.28084 gives {{w}}.",
                    "divides by the conversion factor instead of multiplying",
                ),
            ],
            compute={"op": "mul_round", "args": [length, 3.28084, 0]},
            steps=f"Multiplying {length} metres by 3.28084 gives about {calc('mul_round', [length, 3.28084, 0])} feet.",
        ),
    ]
    return Scenario(sid, "bridge", "general", s, f)


def expedition(rng: random.Random, sid: str) -> Scenario:
    leader = _person(rng)
    deputy = _person(rng, (leader,))
    ship = rng.choice(P.SHIPS)
    region = rng.choice(P.REGIONS)
    port = rng.choice(P.TOWNS)
    depart = dt.date(rng.randint(1840, 1935), rng.randint(1, 12), rng.randint(1, 28))
    days = rng.randint(9, 70)
    arrive = depart + dt.timedelta(days=days)
    crew = rng.randint(14, 60)
    lost = rng.randint(2, 9)
    sponsor = rng.choice(
        [
            "the Royal Geographic Society",
            "the Harbour Trust",
            "a whaling company",
            "the National Museum",
            "the Admiralty",
            "a newspaper",
        ]
    )
    s = [
        rng.choice(
            [
                f"In {depart.year} {leader} led an expedition to {region} aboard the {ship}.",
                f"The {ship} carried {leader}'s expedition to {region} in {depart.year}.",
            ]
        ),
        rng.choice(
            [
                f"The ship left {port} on {fmt_date(depart)} with a crew of {crew}.",
                f"With a crew of {crew}, the ship sailed from {port} on {fmt_date(depart)}.",
            ]
        ),
        rng.choice([f"It reached {region} {days} days later.", f"The voyage to {region} took {days} days."]),
        f"The expedition was paid for by {sponsor}.",
        rng.choice(
            [
                f"The second-in-command, {deputy}, kept the official log.",
                f"The official log was kept by the second-in-command, {deputy}.",
            ]
        ),
        rng.choice(
            [
                f"During the winter {lost} members of the crew died of scurvy.",
                f"Scurvy killed {lost} members of the crew during the winter.",
            ]
        ),
    ]
    text = " ".join(s)
    arrive_s = fmt_date(arrive)
    sponsors_other = [
        "a fishing cooperative",
        "the city council",
        "a railway company",
        "the university",
        "a private banker",
    ]
    f = [
        Fact(
            "leader",
            f"Who led the expedition aboard the {ship}?",
            "The expedition was led by {v}.",
            leader,
            s[0],
            "who led the expedition",
            [swap(deputy, "the second-in-command"), unsup_ent(_person(rng, (leader, deputy)))],
        ),
        Fact(
            "crew",
            f"How many crew members were aboard the {ship} when it left {port}?",
            "There were {v} crew members aboard.",
            str(crew),
            s[1],
            "the size of the crew",
            [
                swap(str(days), "the length of the voyage in days")
                if not mentions(s[1], str(days))
                else unsup_num(_near(rng, crew, text, 4)),
                unsup_num(_near(rng, crew, text, 4)),
            ],
        ),
        Fact(
            "sponsor",
            "Who paid for the expedition?",
            "It was paid for by {v}.",
            sponsor,
            s[3],
            "who paid for it",
            [
                Wrong(
                    rng.choice(sponsors_other),
                    "unsupported_entity",
                    2,
                    "names a sponsor the passage never mentions",
                )
            ],
        ),
        Fact(
            "scurvy",
            "How many crew members died of scurvy during the winter?",
            "{v} crew members died of scurvy.",
            str(lost),
            s[5],
            "the deaths from scurvy",
            [unsup_num(_near(rng, lost, text, 3))],
        ),
        Fact(
            "arrival",
            f"On what date did the {ship} reach {region}?",
            f"It reached {region} on {{v}}.",
            arrive_s,
            s[2],
            "when the ship arrived",
            [
                slip(
                    "off_by_one",
                    "add_days",
                    [fmt_date(depart), days - 1],
                    f"Counting {days} days from {fmt_date(depart)} with the "
                    "departure day as day one gives {w}.",
                    "counts the departure day as the first day, one day short",
                ),
                slip(
                    "month_slip",
                    "add_days",
                    [fmt_date(depart), days + 30],
                    f"Adding {days} days to {fmt_date(depart)} and carrying a month too many gives {{w}}.",
                    "carries an extra month when adding the days",
                ),
            ],
            compute={"op": "add_days", "args": [fmt_date(depart), days]},
            steps=f"Adding {days} days to {fmt_date(depart)} gives {arrive_s}.",
        ),
    ]
    return Scenario(sid, "expedition", "general", s, f)


def museum(rng: random.Random, sid: str) -> Scenario:
    city = rng.choice(P.TOWNS)
    founder = _person(rng)
    director = _person(rng, (founder,))
    opened = rng.randint(1850, 1990)
    objects = rng.randint(12, 95) * 1000
    rooms = rng.randint(8, 40)
    visitors = rng.randint(40, 480) * 1000
    item = rng.choice(P.MUSEUM_ITEMS)
    s = [
        rng.choice(
            [
                f"The {city} Museum of History was founded by the collector {founder}.",
                f"The collector {founder} founded the {city} Museum of History.",
            ]
        ),
        rng.choice(
            [
                f"It opened to the public in {opened} in a former customs house.",
                f"Housed in a former customs house, it opened to the public in {opened}.",
            ]
        ),
        rng.choice(
            [
                f"Its collection of about {objects} objects fills {rooms} galleries.",
                f"About {objects} objects are shown across {rooms} galleries.",
            ]
        ),
        rng.choice([f"The best-known exhibit is {item}.", f"Its most famous exhibit is {item}."]),
        rng.choice(
            [
                f"Last year the museum had {visitors} visitors.",
                f"The museum received {visitors} visitors last year.",
            ]
        ),
        rng.choice([f"The current director is {director}.", f"{director} is the museum's current director."]),
    ]
    text = " ".join(s)
    f = [
        Fact(
            "founder",
            f"Who founded the {city} Museum of History?",
            "It was founded by the collector {v}.",
            founder,
            s[0],
            "who founded it",
            [swap(director, "the current director"), unsup_ent(_person(rng, (founder, director)))],
        ),
        Fact(
            "galleries",
            "How many galleries does the collection fill?",
            "The collection fills {v} galleries.",
            str(rooms),
            s[2],
            "the number of galleries",
            [unsup_num(_near(rng, rooms, text, 4))],
        ),
        Fact(
            "exhibit",
            "What is the museum's best-known exhibit?",
            "Its best-known exhibit is {v}.",
            item,
            s[3],
            "the most famous exhibit",
            [
                Wrong(
                    _pick(rng, P.MUSEUM_ITEMS, (item,)),
                    "unsupported_entity",
                    2,
                    "names an exhibit the passage never mentions",
                )
            ],
        ),
        Fact(
            "opened",
            "In what year did the museum open to the public?",
            "It opened to the public in {v}.",
            str(opened),
            s[1],
            "when it opened",
            [unsup_num(_near(rng, opened, text, 5))],
        ),
        Fact(
            "per_gallery",
            "On average, how many objects are shown per gallery, to the nearest whole number?",
            "On average about {v} objects are shown per gallery.",
            calc("div_round", [objects, rooms, 0]),
            s[2],
            "objects per gallery",
            [
                slip(
                    "swapped_division",
                    "div_round",
                    [objects, rooms + 1, 0],
                    f"Dividing {objects} by {rooms + 1} galleries gives about {{w}}.",
                    f"divides by {rooms + 1}, miscounting the galleries",
                ),
                slip(
                    "wrong_quantity",
                    "div_round",
                    [visitors, rooms, 0],
                    f"Dividing {visitors} by {rooms} gives about {{w}}.",
                    "divides the visitor count instead of the object count",
                ),
            ],
            compute={"op": "div_round", "args": [objects, rooms, 0]},
            steps=f"Dividing {objects} objects by {rooms} galleries gives about {calc('div_round', [objects, rooms, 0])}.",
        ),
        Fact(
            "age",
            "If last year was 2024, how many years after its opening was that?",
            "Last year was {v} years after the museum opened.",
            str(2024 - opened),
            s[1],
            "the museum's age",
            [
                slip(
                    "off_by_one",
                    "sub",
                    [2024, opened - 1],
                    f"Counting {opened} to 2024 inclusive gives {{w}}.",
                    "counts both end years, an off-by-one slip",
                ),
                slip(
                    "wrong_base",
                    "sub",
                    [2025, opened],
                    f"Subtracting {opened} from 2025 gives {{w}}.",
                    "subtracts from the current year 2025 instead of last year",
                ),
            ],
            compute={"op": "sub", "args": [2024, opened]},
            steps=f"Subtracting {opened} from 2024 gives {2024 - opened}.",
        ),
    ]
    return Scenario(sid, "museum", "general", s, f)


def lake(rng: random.Random, sid: str) -> Scenario:
    name = f"Lake {rng.choice(P.TOWNS).split()[0]}"
    inflow, outflow = rng.sample(P.RIVERS, 2)
    length = rng.randint(8, 90)
    depth = rng.randint(30, 400)
    fish = rng.sample(P.FISH, 2)
    frozen = rng.randint(2, 5)
    town = rng.choice(P.TOWNS)
    s = [
        rng.choice(
            [
                f"{name} lies in a glacial valley above the town of {town}.",
                f"Above the town of {town}, {name} fills a glacial valley.",
            ]
        ),
        rng.choice(
            [f"It is fed by the River {inflow}.", f"The River {inflow} flows into it from the north."]
        ),
        rng.choice(
            [f"The lake is drained by the River {outflow}.", f"The River {outflow} drains it to the south."]
        ),
        rng.choice(
            [
                f"The lake is {length} kilometres long and reaches a depth of {depth} metres.",
                f"It reaches a depth of {depth} metres and is {length} kilometres long.",
            ]
        ),
        rng.choice(
            [
                f"Its waters hold {fish[0]} and {fish[1]}, and fishing is allowed only from boats.",
                f"Fishing, allowed only from boats, is for {fish[0]} and {fish[1]}.",
            ]
        ),
        rng.choice(
            [
                f"In most winters the surface freezes for about {frozen} months.",
                f"The surface freezes for about {frozen} months in most winters.",
            ]
        ),
    ]
    text = " ".join(s)
    f = [
        Fact(
            "outflow",
            f"Which river drains {name}?",
            "It is drained by the River {v}.",
            outflow,
            s[2],
            "which river drains it",
            [
                swap(inflow, "the river that feeds the lake"),
                unsup_ent(_pick(rng, P.RIVERS, (inflow, outflow))),
            ],
        ),
        Fact(
            "depth",
            f"How deep does {name} get?",
            "It reaches a depth of {v} metres.",
            str(depth),
            s[3],
            "the depth",
            [unsup_num(_near(rng, depth, text, 20))],
        ),
        Fact(
            "frozen",
            f"For about how many months does the surface of {name} freeze in most winters?",
            "It freezes for about {v} months.",
            str(frozen),
            s[5],
            "the freezing",
            [unsup_num(_near(rng, frozen, text, 2))],
        ),
        Fact(
            "town",
            f"Above which town does {name} lie?",
            "It lies above the town of {v}.",
            town,
            s[0],
            "where it lies",
            [unsup_ent(_pick(rng, P.TOWNS, (town, *[t for t in P.TOWNS if mentions(text, t)])))],
        ),
        Fact(
            "length_miles",
            f"How long is {name} in miles, to one decimal place (1 kilometre = 0.621371 miles)?",
            "It is about {v} miles long.",
            calc("mul_round", [length, 0.621371, 1]),
            s[3],
            "the length in miles",
            [
                slip(
                    "divided",
                    "div_round",
                    [length, 0.621371, 1],
                    f"Dividing {length} by 0.621371 gives {{w}}.",
                    "divides by the conversion factor instead of multiplying",
                ),
                slip(
                    "wrong_factor",
                    "mul_round",
                    [length, 0.6, 1],
                    f"Multiplying {length} by 0.6 gives {{w}}.",
                    "rounds the factor to 0.6 before multiplying",
                ),
            ],
            compute={"op": "mul_round", "args": [length, 0.621371, 1]},
            steps=f"Multiplying {length} kilometres by 0.621371 gives about {calc('mul_round', [length, 0.621371, 1])} miles.",
        ),
    ]
    return Scenario(sid, "lake", "general", s, f)


def invention(rng: random.Random, sid: str) -> Scenario:
    inventor = _person(rng)
    partner = _person(rng, (inventor,))
    device, purpose = rng.choice(P.DEVICES)
    year = rng.randint(1780, 1930)
    patent = year + rng.randint(2, 9)
    city = rng.choice(P.TOWNS)
    sold = rng.randint(2, 60) * 100
    price = rng.randint(3, 40)
    s = [
        rng.choice(
            [
                f"In {year} {inventor}, a clockmaker in {city}, built {device} to {purpose}.",
                f"{inventor}, a clockmaker in {city}, built {device} in {year} to {purpose}.",
            ]
        ),
        rng.choice(
            [f"The design was patented in {patent}.", f"A patent for the design was granted in {patent}."]
        ),
        rng.choice(
            [
                f"The first models were sold by {partner}, who ran a hardware shop.",
                f"{partner}, who ran a hardware shop, sold the first models.",
            ]
        ),
        rng.choice(
            [
                f"Each one cost {price} shillings, and {sold} were sold in the first year.",
                f"In the first year {sold} were sold at {price} shillings each.",
            ]
        ),
    ]
    text = " ".join(s)
    other_purpose = _pick(rng, [p for _, p in P.DEVICES], (purpose,))
    f = [
        Fact(
            "inventor",
            f"Who built {device} in {year}?",
            "It was built by {v}.",
            inventor,
            s[0],
            "who built it",
            [swap(partner, "the shopkeeper who sold it"), unsup_ent(_person(rng, (inventor, partner)))],
        ),
        Fact(
            "patent",
            "In what year was the design patented?",
            "It was patented in {v}.",
            str(patent),
            s[1],
            "the patent",
            [swap(str(year), "the year it was built"), unsup_num(_near(rng, patent, text, 3))],
        ),
        Fact(
            "purpose",
            f"Why did {inventor} build {device}?",
            "It was built to {v}.",
            purpose,
            s[0],
            "its purpose",
            [Wrong(other_purpose, "wrong_cause", 2, "gives a purpose the passage does not state")],
        ),
        Fact(
            "city",
            f"In which town did {inventor} work as a clockmaker?",
            "The clockmaker worked in {v}.",
            city,
            s[0],
            "where the inventor worked",
            [unsup_ent(_pick(rng, P.TOWNS, (city,)))],
        ),
        Fact(
            "revenue",
            "How many shillings did the first year's sales bring in?",
            "They brought in {v} shillings.",
            str(sold * price),
            s[3],
            "the first year's takings",
            [
                slip(
                    "dropped_zero",
                    "mul",
                    [sold // 10, price],
                    f"Multiplying {sold // 10} by {price} gives {{w}}.",
                    f"drops a zero from {sold} before multiplying",
                ),
                slip(
                    "added",
                    "add",
                    [sold, price],
                    f"Adding {sold} and {price} gives {{w}}.",
                    "adds instead of multiplying",
                ),
            ],
            compute={"op": "mul", "args": [sold, price]},
            steps=f"Multiplying {sold} by {price} shillings gives {sold * price}.",
        ),
    ]
    return Scenario(sid, "invention", "general", s, f)


def club(rng: random.Random, sid: str) -> Scenario:
    city = rng.choice(P.TOWNS)
    sport = rng.choice(P.CLUB_SPORTS)
    founded = rng.randint(1870, 1960)
    ground = f"{rng.choice(P.LAST)} Park"
    capacity = rng.randint(30, 420) * 100
    titles = rng.randint(2, 19)
    last_title = rng.randint(1965, 2022)
    colours = rng.choice(P.COLOURS)
    coach = _person(rng)
    captain = _person(rng, (coach,))
    s = [
        rng.choice(
            [
                f"{city} Athletic is a {sport} club founded in {founded}.",
                f"Founded in {founded}, {city} Athletic is a {sport} club.",
            ]
        ),
        rng.choice(
            [
                f"It plays in {colours} at {ground}, which holds {capacity} spectators.",
                f"Its home is {ground}, which holds {capacity} spectators, and it plays in {colours}.",
            ]
        ),
        rng.choice(
            [
                f"The club has won the national league {titles} times, most recently in {last_title}.",
                f"Its {titles} national league titles include the most recent one, in {last_title}.",
            ]
        ),
        rng.choice([f"The head coach is {coach}.", f"{coach} is the head coach."]),
        rng.choice([f"The captain is {captain}.", f"{captain} captains the side."]),
    ]
    text = " ".join(s)
    f = [
        Fact(
            "coach",
            f"Who is the head coach of {city} Athletic?",
            "The head coach is {v}.",
            coach,
            s[3],
            "the coach",
            [swap(captain, "the captain"), unsup_ent(_person(rng, (coach, captain)))],
        ),
        Fact(
            "titles",
            "How many times has the club won the national league?",
            "It has won the league {v} times.",
            str(titles),
            s[2],
            "league titles",
            [unsup_num(_near(rng, titles, text, 3))],
        ),
        Fact(
            "ground",
            "What is the name of the club's home ground?",
            "Its home ground is {v}.",
            ground,
            s[1],
            "the home ground",
            [unsup_ent(f"{_pick(rng, P.LAST, (ground.split()[0],))} Park")],
        ),
        Fact(
            "founded",
            f"In what year was {city} Athletic founded?",
            "It was founded in {v}.",
            str(founded),
            s[0],
            "when it was founded",
            [swap(str(last_title), "its most recent title"), unsup_num(_near(rng, founded, text, 4))],
        ),
        Fact(
            "since_title",
            "How many years after its founding did the club win its most recent title?",
            "It won that title {v} years after its founding.",
            str(last_title - founded),
            s[2],
            "the gap in years",
            [
                slip(
                    "off_by_one",
                    "sub",
                    [last_title, founded - 1],
                    f"Counting {founded} to {last_title} inclusive gives {{w}}.",
                    "counts both end years, an off-by-one slip",
                ),
                slip(
                    "wrong_year",
                    "sub",
                    [2024, founded],
                    f"Subtracting {founded} from 2024 gives {{w}}.",
                    "subtracts from the present year instead of the title year",
                ),
            ],
            compute={"op": "sub", "args": [last_title, founded]},
            steps=f"Subtracting {founded} from {last_title} gives {last_title - founded}.",
        ),
    ]
    return Scenario(sid, "club", "general", s, f)


# --------------------------------------------------------------------------- specialist (domain shift)


def medical(rng: random.Random, sid: str) -> Scenario:
    drug = rng.choice(P.DRUGS)
    cond = rng.choice(P.CONDITIONS)
    mg = rng.choice([5, 10, 20, 25, 40, 50, 75, 100, 150, 200, 250])
    per_dose = rng.randint(1, 2)
    hours = rng.choice([4, 6, 8, 12])
    max_tabs = per_dose * (24 // hours) - rng.randint(0, 1) if per_dose * (24 // hours) > 2 else 2
    se = rng.choice(P.SIDE_EFFECTS)
    se_rate = rng.randint(2, 12)
    inter = rng.choice(P.INTERACTIONS)
    age = rng.choice([6, 12, 16, 18])
    temp = rng.choice([25, 30])
    tab = "tablet" if per_dose == 1 else "tablets"
    s = [
        f"{drug} tablets contain {mg} mg of the active substance and are used to treat {cond} in adults.",
        rng.choice(
            [
                f"The usual dose is {per_dose} {tab} every {hours} hours.",
                f"Take {per_dose} {tab} every {hours} hours.",
            ]
        ),
        rng.choice(
            [
                f"Do not take more than {max_tabs} tablets in 24 hours.",
                f"The maximum is {max_tabs} tablets in 24 hours.",
            ]
        ),
        rng.choice(
            [
                f"The most common side effect is {se}, which affects about {se_rate} in 100 patients.",
                f"About {se_rate} in 100 patients get {se}, the most common side effect.",
            ]
        ),
        rng.choice(
            [f"{drug} must not be taken together with {inter}.", f"Do not combine {drug} with {inter}."]
        ),
        rng.choice(
            [
                f"It is not recommended for children under {age}, and should be stored below {temp} degrees Celsius.",
                f"Store it below {temp} degrees Celsius; it is not recommended for children under {age}.",
            ]
        ),
    ]
    text = " ".join(s)
    f = [
        Fact(
            "max_tabs",
            f"What is the most {drug} tablets a patient may take in 24 hours?",
            "The maximum is {v} tablets in 24 hours.",
            str(max_tabs),
            s[2],
            "the daily maximum",
            [unsup_num(_near(rng, max_tabs, text, 2))],
        ),
        Fact(
            "side_effect",
            f"What is the most common side effect of {drug}?",
            "The most common side effect is {v}.",
            se,
            s[3],
            "side effects",
            [
                Wrong(
                    _pick(rng, P.SIDE_EFFECTS, (se,)),
                    "unsupported_entity",
                    2,
                    "names a side effect the leaflet never mentions",
                )
            ],
        ),
        Fact(
            "interaction",
            f"What must {drug} not be taken together with?",
            "It must not be taken with {v}.",
            inter,
            s[4],
            "interactions",
            [
                Wrong(
                    _pick(rng, P.INTERACTIONS, (inter,)),
                    "unsupported_entity",
                    2,
                    "names an interaction the leaflet never mentions",
                )
            ],
        ),
        Fact(
            "interval",
            f"How many hours apart should doses of {drug} be taken?",
            "Doses should be {v} hours apart.",
            str(hours),
            s[1],
            "the dosing interval",
            [
                swap(str(max_tabs), "the daily maximum in tablets")
                if not mentions(s[1], str(max_tabs))
                else unsup_num(_near(rng, hours, text, 2)),
                unsup_num(_near(rng, hours, text, 2, lo=2)),
            ],
        ),
        Fact(
            "max_mg",
            f"What is the most {drug} a patient may take in 24 hours, in milligrams?",
            "The maximum is {v} mg in 24 hours.",
            str(max_tabs * mg),
            s[2],
            "the daily maximum in mg",
            [
                slip(
                    "used_dose",
                    "mul",
                    [per_dose, mg],
                    f"Multiplying {per_dose} {tab} by {mg} mg gives {{w}} mg.",
                    "multiplies a single dose instead of the daily maximum",
                )
                if per_dose * mg != max_tabs * mg
                else slip(
                    "off_by_one",
                    "mul",
                    [max_tabs - 1, mg],
                    f"Multiplying {max_tabs - 1} tablets by {mg} mg gives {{w}} mg.",
                    "uses one tablet too few",
                ),
                slip(
                    "dose_count",
                    "mul",
                    [24 // hours, mg],
                    f"Multiplying {24 // hours} doses by {mg} mg gives {{w}} mg.",
                    "counts doses per day instead of the tablet maximum",
                )
                if (24 // hours) != max_tabs
                else slip(
                    "off_by_one",
                    "mul",
                    [max_tabs + 1, mg],
                    f"Multiplying {max_tabs + 1} tablets by {mg} mg gives {{w}} mg.",
                    "uses one tablet too many",
                ),
            ],
            compute={"op": "mul", "args": [max_tabs, mg]},
            steps=f"Multiplying {max_tabs} tablets by {mg} mg gives {max_tabs * mg} mg.",
        ),
    ]
    return Scenario(sid, "medical_leaflet", "medical", s, f)


def legal(rng: random.Random, sid: str) -> Scenario:
    landlord = rng.choice(P.PARTIES_LANDLORD)
    tenant = _person(rng)
    start = dt.date(rng.randint(2018, 2025), rng.randint(1, 12), 1)
    term = rng.choice([6, 12, 18, 24])
    rent = rng.randint(45, 180) * 10
    dep_months = rng.randint(1, 3)
    notice = rng.choice([30, 45, 60, 90])
    grace = rng.choice([3, 5, 7, 10, 14])
    fee = rng.choice([2, 3, 4, 5, 8, 10])
    court = rng.choice(P.COURTS)
    s = [
        f"This tenancy agreement between {landlord} (the Landlord) and {tenant} (the Tenant) begins on "
        f"{fmt_date(start)} and runs for {term} months.",
        rng.choice(
            [
                f"The monthly rent is {rent} euros, payable in advance.",
                f"Rent of {rent} euros is payable monthly in advance.",
            ]
        ),
        rng.choice(
            [
                f"The Tenant pays a deposit equal to {dep_months} months' rent.",
                f"A deposit of {dep_months} months' rent is payable by the Tenant.",
            ]
        ),
        rng.choice(
            [
                f"Either party may end the agreement by giving {notice} days' written notice.",
                f"Written notice of {notice} days is required from either party to end the agreement.",
            ]
        ),
        rng.choice(
            [
                f"Rent paid more than {grace} days late incurs a fee of {fee} percent of the monthly rent.",
                f"A fee of {fee} percent of the monthly rent applies when rent is more than {grace} days late.",
            ]
        ),
        f"Disputes under this agreement are decided by {court}.",
    ]
    text = " ".join(s)
    f = [
        Fact(
            "notice",
            "How many days' written notice must a party give to end the agreement?",
            "A party must give {v} days' written notice.",
            str(notice),
            s[3],
            "the notice period",
            [unsup_num(_near(rng, notice, text, 15))],
        ),
        Fact(
            "court",
            "Which court decides disputes under the agreement?",
            "Disputes are decided by {v}.",
            court,
            s[5],
            "disputes",
            [unsup_ent(_pick(rng, P.COURTS, (court,)))],
        ),
        Fact(
            "grace",
            "After how many days late does the late-payment fee apply?",
            "The fee applies when rent is more than {v} days late.",
            str(grace),
            s[4],
            "late payment",
            [unsup_num(_near(rng, grace, text, 3))],
        ),
        Fact(
            "deposit",
            "How much is the deposit, in euros?",
            "The deposit is {v} euros.",
            str(dep_months * rent),
            s[2],
            "the deposit",
            [
                slip(
                    "one_month",
                    "mul",
                    [1 if dep_months != 1 else 2, rent],
                    f"Multiplying {rent} euros by {1 if dep_months != 1 else 2} gives {{w}} euros.",
                    "uses the wrong number of months' rent",
                ),
                slip(
                    "added",
                    "add",
                    [dep_months, rent],
                    f"Adding {dep_months} to {rent} gives {{w}} euros.",
                    "adds the months to the rent instead of multiplying",
                ),
            ],
            compute={"op": "mul", "args": [dep_months, rent]},
            steps=f"Multiplying {rent} euros by {dep_months} months gives {dep_months * rent} euros.",
        ),
        Fact(
            "late_fee",
            "How much is the late-payment fee, in euros?",
            "The late fee is {v} euros.",
            calc("mul_round", [rent, fee / 100, 2]),
            s[4],
            "the late fee",
            [
                slip(
                    "decimal_shift",
                    "mul_round",
                    [rent, fee / 1000, 2],
                    f"Taking {fee} percent as {fee / 1000} of {rent} gives {{w}} euros.",
                    "shifts the decimal point when converting the percentage",
                ),
                slip(
                    "wrong_number",
                    "mul_round",
                    [rent, grace / 100, 2],
                    f"Taking {grace} percent of {rent} gives {{w}} euros.",
                    "uses the grace days as the percentage",
                ),
            ],
            compute={"op": "mul_round", "args": [rent, fee / 100, 2]},
            steps=f"Taking {fee} percent of {rent} euros gives {calc('mul_round', [rent, fee / 100, 2])} euros.",
        ),
        Fact(
            "end_date",
            "Counting the stated number of months from the start date, on what date does the fixed term run out?",
            "The fixed term runs out on {v}.",
            calc("add_months", [fmt_date(start), term]),
            s[0],
            "the end of the term",
            [
                slip(
                    "month_short",
                    "add_months",
                    [fmt_date(start), term - 1],
                    f"Adding {term - 1} months to {fmt_date(start)} gives {{w}}.",
                    "adds one month too few",
                ),
                slip(
                    "month_long",
                    "add_months",
                    [fmt_date(start), term + 1],
                    f"Adding {term + 1} months to {fmt_date(start)} gives {{w}}.",
                    "adds one month too many",
                ),
            ],
            compute={"op": "add_months", "args": [fmt_date(start), term]},
            steps=f"Adding {term} months to {fmt_date(start)} gives {calc('add_months', [fmt_date(start), term])}.",
        ),
    ]
    return Scenario(sid, "tenancy_agreement", "legal", s, f)


def financial(rng: random.Random, sid: str) -> Scenario:
    company = rng.choice(P.COMPANIES)
    year = rng.randint(2015, 2024)
    rev0 = rng.randint(80, 900)
    rev1 = rev0 + rng.choice([-1, 1]) * rng.randint(4, 90)
    op = rng.randint(5, max(6, rev1 // 5))
    seg = rng.choice(P.SEGMENTS)
    seg_pct = rng.randint(31, 68)
    div = rng.randint(5, 240) / 100
    ceo = _person(rng)
    cfo = _person(rng, (ceo,))
    s = [
        rng.choice(
            [
                f"{company} reported revenue of {rev1} million euros for {year}, compared with {rev0} million in {year - 1}.",
                f"Revenue at {company} was {rev1} million euros in {year}, against {rev0} million a year earlier.",
            ]
        ),
        rng.choice(
            [
                f"Operating profit was {op} million euros.",
                f"The company made an operating profit of {op} million euros.",
            ]
        ),
        rng.choice(
            [
                f"The largest segment was {seg}, which contributed {seg_pct} percent of revenue.",
                f"With {seg_pct} percent of revenue, {seg} was the largest segment.",
            ]
        ),
        rng.choice(
            [
                f"The board proposed a dividend of {div:.2f} euros per share.",
                f"A dividend of {div:.2f} euros per share was proposed by the board.",
            ]
        ),
        rng.choice([f"The chief executive is {ceo}.", f"{ceo} is chief executive."]),
        rng.choice([f"The finance director is {cfo}.", f"{cfo} serves as finance director."]),
    ]
    f = [
        Fact(
            "segment",
            f"Which was the largest segment of {company} in {year}?",
            "The largest segment was {v}.",
            seg,
            s[2],
            "the segments",
            [
                Wrong(
                    _pick(rng, P.SEGMENTS, (seg,)),
                    "unsupported_entity",
                    2,
                    "names a segment the report never mentions",
                )
            ],
        ),
        Fact(
            "ceo",
            f"Who is the chief executive of {company}?",
            "The chief executive is {v}.",
            ceo,
            s[4],
            "management",
            [swap(cfo, "the finance director"), unsup_ent(_person(rng, (ceo, cfo)))],
        ),
        Fact(
            "dividend",
            "What dividend per share did the board propose?",
            "The board proposed {v} euros per share.",
            f"{div:.2f}",
            s[3],
            "the dividend",
            [unsup_num(f"{div + rng.choice([-1, 1]) * rng.randint(1, 9) / 100 + 0.1:.2f}")],
        ),
        Fact(
            "growth",
            f"By what percentage did revenue change from {year - 1} to {year}, to one decimal place?",
            "Revenue changed by {v} percent.",
            calc("pct_change", [rev0, rev1, 1]),
            s[0],
            "revenue growth",
            [
                slip(
                    "wrong_base",
                    "pct_of",
                    [rev1 - rev0, rev1, 1],
                    f"Dividing the change of {rev1 - rev0} by {rev1} gives {{w}} percent.",
                    "divides by the new revenue instead of the old",
                ),
                slip(
                    "absolute_change",
                    "sub",
                    [rev1, rev0],
                    f"Subtracting {rev0} from {rev1} gives {{w}}.",
                    "reports the change in millions as a percentage",
                ),
            ],
            compute={"op": "pct_change", "args": [rev0, rev1, 1]},
            steps=f"The change is {rev1 - rev0} million; dividing by {rev0} gives {calc('pct_change', [rev0, rev1, 1])} percent.",
        ),
        Fact(
            "margin",
            "What was the operating margin (operating profit as a percentage of revenue), to one decimal place?",
            "The operating margin was {v} percent.",
            calc("pct_of", [op, rev1, 1]),
            s[1],
            "the margin",
            [
                slip(
                    "prior_year",
                    "pct_of",
                    [op, rev0, 1],
                    f"Dividing {op} by the prior-year revenue {rev0} gives {{w}} percent.",
                    "divides by the prior year's revenue",
                ),
                slip(
                    "inverted",
                    "div_round",
                    [rev1, op, 1],
                    f"Dividing {rev1} by {op} gives {{w}}.",
                    "divides revenue by profit instead of profit by revenue",
                ),
            ],
            compute={"op": "pct_of", "args": [op, rev1, 1]},
            steps=f"Dividing {op} by {rev1} and multiplying by 100 gives {calc('pct_of', [op, rev1, 1])} percent.",
        ),
    ]
    return Scenario(sid, "company_results", "financial", s, f)


GENERAL: list[Callable[[random.Random, str], Scenario]] = [bridge, expedition, museum, lake, invention, club]
SPECIALIST: list[Callable[[random.Random, str], Scenario]] = [medical, legal, financial]
