"""Build the built-in story subsets (deterministic, seeded) into ``tasks/story/data/``.

Run from the repository root: ``python -m tasks.story.build.build`` (``--check`` rebuilds in memory
and exits 1 if the committed files differ). Every pair is checked with
:func:`variants.check_rejected` before it is written, so a built file holds only labels that hold
by the constraint predicates.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

from . import variants as V
from .render import Params

SEED = 8
DATA = Path(__file__).resolve().parents[1] / "data"
COUNTS = {"fiction": 242, "fable": 121, "fiction_ranking": 60}  # fiction_long: a twin of every fiction item

ENDING_WORDS = {
    "hopeful": "a hopeful",
    "bittersweet": "a bittersweet",
    "open": "an open, unresolved",
    "moral": "with the moral stated in one sentence",
    "happy": "happily, without spelling out a moral",
    "question": "with a question for the young reader",
}

# Every prompt names the secondary character, the place and the object a story may only pass by:
# a story that gets their roles wrong then uses exactly the prompt's words, so no count of prompt
# words can tell it from the right one.
FICTION_PROMPTS = [
    "Write a short story for adult readers, between {lo} and {hi} words long. The main character is named {name}, "
    "and {pname} appears as a minor character. The story must take place {place_in}, though it can mention "
    "{place2}, and {a_obj} must play a central part in it ({a_obj2} may come up in passing). Tell it in the {pov} "
    "person and the {tense} tense, and give it {ending} ending.",
    "Short fiction request ({lo}-{hi} words): a {pov}-person story in the {tense} tense whose main character is "
    "called {name}, with {pname} in a supporting role, set {place_in} ({place2} can be mentioned). {A_obj} has to "
    "be at the heart of it; {a_obj2} may appear in passing. It should have {ending} ending.",
    "I'm putting together a collection of very short stories for grown-ups. Could you write one of {lo} to {hi} "
    "words? Requirements: the protagonist is {name} and {pname} is a side character; the setting is {place}, with "
    "at most a passing mention of {place2}; the plot must centre on {a_obj}, and {a_obj2} may only be mentioned in "
    "passing; {pov}-person narration in the {tense} tense; {ending} ending.",
    "Write a piece of literary flash fiction ({lo}-{hi} words). Use the {tense} tense and {pov}-person narration. "
    "Your protagonist, {name}, should spend the story {place_in} (a mention of {place2} is fine), and {a_obj} "
    "should play a central part, with {a_obj2} at most in the background. {pname} can appear as a minor "
    "character. Aim for {ending} ending.",
]

FABLE_PROMPTS = [
    "Write a fable for young children, {lo} to {hi} words, about a {species} named {name}, with {pname} the "
    "{pspecies} as a friend. Set it {place_in} ({place2} can be mentioned) and make {a_obj} the heart of the tale; "
    "{a_obj2} can come up in passing. Use the {pov} person and the {tense} tense, and end {ending}.",
    "Please write a bedtime story for a five-year-old ({lo}-{hi} words). The hero is {name} the {species}, and "
    "{pname} the {pspecies} plays a small part; the story happens {place_in}, though it may mention {place2}, and "
    "is all about {a_obj} ({a_obj2} can appear in passing). Narrate it in the {pov} person, {tense} tense, and "
    "finish {ending}.",
    "Children's fable request: {lo}-{hi} words, {pov}-person, {tense} tense. Main character: {name}, a {species}; "
    "side character: {pname} the {pspecies}. Place: {place} (a passing mention of {place2} is fine). The tale must "
    "centre on {a_obj}; {a_obj2} may be mentioned in passing. End {ending}.",
]

VOICES = [("third", "past"), ("first", "present"), ("first", "past"), ("third", "present")]


def prompt_text(spec: V.StorySpec, template: str) -> str:
    p = spec.params
    lo, hi = spec.length
    return template.format(
        lo=lo,
        hi=hi,
        name=p.character.name,
        pname=p.partner.name,
        a_obj=p.obj.with_article,
        a_obj2=p.obj2.with_article,
        place2=p.setting2.place,
        A_obj=p.obj.with_article.capitalize(),
        place_in=p.setting.place_in,
        place=p.setting.place,
        pov=p.pov,
        tense=p.tense,
        ending=ENDING_WORDS[spec.ending],
        species=p.character.species,
        pspecies=p.partner.species,
    )


class Sampler:
    """Draws prompts; no two prompts of a form share arc, object and setting (no near twins)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[tuple[str, str, str, str]] = set()

    def spec(self, form: str, arc_index: int, voice: tuple[str, str]) -> V.StorySpec:
        rng, table = self.rng, V.FORMS[form]
        arc = table.ARCS[arc_index % len(table.ARCS)]
        while True:
            obj, setting = rng.choice(table.OBJECTS), rng.choice(table.SETTINGS)
            if (form, arc["id"], obj.phrase, setting.key) not in self.used:
                self.used.add((form, arc["id"], obj.phrase, setting.key))
                break
        character = rng.choice(table.CHARACTERS)
        partner = rng.choice([c for c in table.CHARACTERS if c.gender != character.gender])
        obj2 = rng.choice([o for o in table.OBJECTS if o != obj])
        setting2 = rng.choice([s for s in table.SETTINGS if s != setting])
        params = Params(character, partner, obj, obj2, setting, setting2, *voice)
        ending = rng.choice(list(table.ENDING_KINDS))
        spec = V.StorySpec(form, arc["id"], params, ending, rng.choice("ab"), rng.randrange(2))
        return V.with_length(spec, rng)


def spec_meta(spec: V.StorySpec) -> dict:
    p = spec.params
    return {
        "form": spec.form,
        "arc": spec.arc,
        "long": spec.long,
        "fact": spec.fact,
        "wording": spec.wording,
        "params": rendered_with(p, spec.ending),
        "constraints": V.constraint_spec(spec),
    }


def rendered_with(p: Params, ending: str) -> dict:
    """Everything a story was rendered from (the test re-renders it from this)."""
    return {
        "character": p.character.name,
        "partner": p.partner.name,
        "object": p.obj.phrase,
        "object2": p.obj2.phrase,
        "setting": p.setting.key,
        "setting2": p.setting2.key,
        "pov": p.pov,
        "tense": p.tense,
        "ending": ending,
    }


def params_from(form: str, q: dict) -> Params:
    table = V.FORMS[form]
    person = {c.name: c for c in table.CHARACTERS}
    thing = {o.phrase: o for o in table.OBJECTS}
    place = {s.key: s for s in table.SETTINGS}
    return Params(
        person[q["character"]],
        person[q["partner"]],
        thing[q["object"]],
        thing[q["object2"]],
        place[q["setting"]],
        place[q["setting2"]],
        q["pov"],
        q["tense"],
    )


def spec_from_meta(meta: dict) -> V.StorySpec:
    """Rebuild the spec an item was made from (the test re-renders and re-checks with it)."""
    return V.StorySpec(
        meta["form"],
        meta["arc"],
        params_from(meta["form"], meta["params"]),
        meta["params"]["ending"],
        meta["fact"],
        meta["wording"],
        bool(meta["long"]),
        tuple(meta["constraints"]["length_words"]),
    )


def make_pair(spec: V.StorySpec, kind: str, rng: random.Random) -> tuple[str, str, dict]:
    good = V.preferred(spec)
    problems: list[str] = []
    for _ in range(50):
        bad, meta = V.damage(spec, kind, rng)
        problems = V.check_rejected(spec, good, bad, meta)
        if not problems and bad != good:
            return good, bad, meta
    raise RuntimeError(f"could not make a valid {kind} variant for {spec}: {problems}")


def pair_item(
    item_id: str, source_id: str, prompt: str, spec: V.StorySpec, kind: str, rng: random.Random
) -> dict:
    good, bad, bad_meta = make_pair(spec, kind, rng)
    good_meta = {
        "label": "preferred",
        "reason": "meets every stated constraint and reads as one coherent story",
    }
    first_good = rng.random() < 0.5
    return {
        "id": item_id,
        "prompt": prompt,
        "responses": [good, bad] if first_good else [bad, good],
        "gold": [1, 0] if first_good else [0, 1],
        "meta": {"source_id": source_id, "language": "en", "damage": kind, **spec_meta(spec)},
        "response_meta": [good_meta, bad_meta] if first_good else [bad_meta, good_meta],
    }


def build_pairs(
    sampler: Sampler, form: str, n: int, prompts: list[str]
) -> list[tuple[V.StorySpec, str, str]]:
    """Damage kinds in equal numbers, and within each kind the four voices (POV x tense) in turn, so
    that neither a pronoun nor a verb form tells preferred from rejected across the subset."""
    rng = sampler.rng
    kinds = [V.DAMAGE_KINDS[i % len(V.DAMAGE_KINDS)] for i in range(n)]
    rng.shuffle(kinds)
    seen: Counter[str] = Counter()
    out = []
    for i, kind in enumerate(kinds):
        voice = VOICES[seen[kind] % len(VOICES)]
        seen[kind] += 1
        out.append((sampler.spec(form, i, voice), kind, prompts[rng.randrange(len(prompts))]))
    return out


# Rankings mix constraint violations with one coherence flaw. Not a shuffle: a language model that
# reads sentence order at all ranks shuffled stories last, which would decide a quarter of the pairs.
RANKING_DAMAGE = (*V.CONSTRAINT_DAMAGE, "contradiction")
RANKING_FLAWS = {
    "object": "the required {obj} plays no part",
    "character": "{name} is not the main character",
    "setting": "not set {place_in}",
    "pov": "not in the {pov} person",
    "tense": "not in the {tense} tense",
    "ending": "not {ending_words} ending",
    "contradiction": "contradicts itself ({fact} early, {other_fact} later)",
}


def _violate(
    spec: V.StorySpec, params: Params, ending: str, kind: str, rng: random.Random
) -> tuple[Params, str]:
    if kind in ("object", "character", "setting"):
        return params.swapped(kind), ending
    if kind == "pov":
        return params.replace(pov="first" if spec.params.pov == "third" else "third"), ending
    if kind == "tense":
        return params.replace(tense="present" if spec.params.tense == "past" else "past"), ending
    if kind == "ending":
        return params, V._other(rng, list(spec.table.ENDING_KINDS), spec.ending)
    return params, ending


def ranked_story(spec: V.StorySpec, rendered: dict) -> str:
    """A ranking response from its ``rendered_with`` record (parameters, ending, late fact)."""
    late = rendered["late_fact"]
    return V.join(
        V.render(
            V.templates(spec, ending=rendered["ending"], late_fact=late), params_from(spec.form, rendered)
        )
    )


def ranking_item(item_id: str, spec: V.StorySpec, prompt: str, rng: random.Random) -> dict:
    """k = 4: the preferred story, then one, two and three nested violations (constraints broken or
    a contradicting fact); gold = 3 - number of violations."""
    kinds = rng.sample(list(RANKING_DAMAGE), 3)
    p = spec.params
    notes = spec.arc_table()["fact_note"]
    words = {
        "obj": p.obj.phrase,
        "name": p.character.name,
        "place_in": p.setting.place_in,
        "pov": p.pov,
        "tense": p.tense,
        "ending_words": ENDING_WORDS[spec.ending],
        "fact": notes[spec.fact],
        "other_fact": notes[V._other_fact(spec)],
    }
    first = {"label": "preferred", "violations": [], "reason": "meets every stated constraint"}
    metas: list[dict] = [{**first, "rendered_with": {**rendered_with(p, spec.ending), "late_fact": None}}]
    params, ending, late = p, spec.ending, None
    for n, kind in enumerate(kinds, start=1):
        params, ending = _violate(spec, params, ending, kind, rng)
        late = V._other_fact(spec) if kind == "contradiction" else late
        metas.append(
            {
                "label": "rejected",
                "violations": kinds[:n],
                "severity": n,
                "flaw": "; ".join(RANKING_FLAWS[k].format(**words) for k in kinds[:n]),
                "rendered_with": {**rendered_with(params, ending), "late_fact": late},
            }
        )
    responses = [ranked_story(spec, m["rendered_with"]) for m in metas]
    gold = [3 - m.get("severity", 0) for m in metas]
    order = list(range(4))
    rng.shuffle(order)
    return {
        "id": item_id,
        "prompt": prompt,
        "responses": [responses[i] for i in order],
        "gold": [gold[i] for i in order],
        "meta": {"source_id": item_id, "language": "en", **spec_meta(spec)},
        "response_meta": [metas[i] for i in order],
    }


def build_all() -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    sampler = Sampler(rng)
    out: dict[str, list[dict]] = {}
    fiction = build_pairs(sampler, "fiction", COUNTS["fiction"], FICTION_PROMPTS)
    out["fiction"] = [
        pair_item(f"story/fiction/{i}", f"story/fiction/{i}", prompt_text(spec, tpl), spec, kind, rng)
        for i, (spec, kind, tpl) in enumerate(fiction)
    ]
    # a longer twin of every fiction item: same prompt parameters and damage kind, its own word range
    out["fiction_long"] = []
    for i, (spec, kind, tpl) in enumerate(fiction):
        long_spec = V.with_length(replace(spec, long=True), rng)
        prompt = prompt_text(long_spec, tpl)
        out["fiction_long"].append(
            pair_item(f"story/fiction_long/{i}", f"story/fiction/{i}", prompt, long_spec, kind, rng)
        )
    fables = build_pairs(sampler, "fable", COUNTS["fable"], FABLE_PROMPTS)
    out["fable"] = [
        pair_item(f"story/fable/{i}", f"story/fable/{i}", prompt_text(spec, tpl), spec, kind, rng)
        for i, (spec, kind, tpl) in enumerate(fables)
    ]
    out["fiction_ranking"] = []
    for i in range(COUNTS["fiction_ranking"]):
        spec = sampler.spec("fiction", i, VOICES[i % len(VOICES)])  # 15 prompts per voice
        tpl = FICTION_PROMPTS[rng.randrange(len(FICTION_PROMPTS))]
        out["fiction_ranking"].append(
            ranking_item(f"story/fiction_ranking/{i}", spec, prompt_text(spec, tpl), rng)
        )
    return out


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the files on disk instead of writing"
    )
    parser.add_argument("--out", type=Path, default=DATA, help="folder to write (default: the task's data/)")
    args = parser.parse_args(argv)
    stale = []
    for name, records in build_all().items():
        path = args.out / f"{name}.jsonl"
        text = dumps(records)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {len(records)} items")
    if stale:
        print("stale:", *stale)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
