"""Generate the built-in story subsets (deterministic, seeded) into ``tasks/story/data/``.

Run ``python tasks/story/build/make_story_items.py`` from the repository root. Every item is checked
with :func:`story_variants.check_rejected` before it is written, so a generated file holds only labels
that hold by the constraint predicates; ``--check`` regenerates in memory and compares with the
files on disk (what the test does).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import story_variants as S  # noqa: E402
from story_render import Params  # noqa: E402

SEED = 8
DATA = HERE.parent / "data"
COUNTS = {"fiction": 242, "fable": 121, "fiction_long": 121, "fiction_ranking": 60}  # 11 damage kinds

ENDING_WORDS = {
    "hopeful": "a hopeful",
    "bittersweet": "a bittersweet",
    "open": "an open, unresolved",
    "moral": "with the moral stated in one sentence",
    "happy": "happily, without spelling out a moral",
    "question": "with a question for the young reader",
}

FICTION_PROMPTS = [
    "Write a short story for adult readers, between {lo} and {hi} words long. The main character is named {name}. "
    "The story must include {a_obj} and take place {place_in}. Tell it in the {pov} person and the {tense} tense, "
    "and give it {ending} ending.",
    "Short fiction request ({lo}-{hi} words): a {pov}-person story in the {tense} tense about a character called "
    "{name}, set {place_in}. {A_obj} has to appear in it, and it should have {ending} ending.",
    "I'm putting together a collection of very short stories for grown-ups. Could you write one of {lo} to {hi} "
    "words? Requirements: the protagonist is {name}; the setting is {place}; it must feature {a_obj}; "
    "{pov}-person narration in the {tense} tense; {ending} ending.",
    "Write a piece of literary flash fiction ({lo}-{hi} words). Use the {tense} tense and {pov}-person narration. "
    "Your protagonist, {name}, should spend the story {place_in}, and {a_obj} should play a part. Aim for {ending} "
    "ending.",
]

FABLE_PROMPTS = [
    "Write a fable for young children, {lo} to {hi} words, about a {species} named {name}. Set it {place_in} and "
    "make {a_obj} part of the tale. Use the {pov} person and the {tense} tense, and end {ending}.",
    "Please write a bedtime story for a five-year-old ({lo}-{hi} words). The hero is {name} the {species}; the "
    "story happens {place_in} and includes {a_obj}. Narrate it in the {pov} person, {tense} tense, and finish "
    "{ending}.",
    "Children's fable request: {lo}-{hi} words, {pov}-person, {tense} tense. Main character: {name}, a {species}. "
    "Place: {place}. It must mention {a_obj}. End {ending}.",
]


def prompt_text(spec: S.StorySpec, template: str) -> str:
    p = spec.params
    lo, hi = S.constraint_spec(spec)["length_words"]
    return template.format(
        lo=lo,
        hi=hi,
        name=p.character.name,
        a_obj=p.obj.with_article,
        A_obj=p.obj.with_article.capitalize(),
        place_in=p.setting.place_in,
        place=p.setting.place,
        pov=p.pov,
        tense=p.tense,
        ending=ENDING_WORDS[spec.ending],
        species=p.extras.get("SPECIES", ""),
    )


_USED: set[tuple[str, str, str, str]] = set()  # (form, arc, object, setting) already drawn in this build


def sample_spec(
    rng: random.Random, form: str, arc_index: int, voice: tuple[str, str] | None = None
) -> S.StorySpec:
    """A prompt for arc ``arc_index``; no two prompts share arc, object and setting (no near twins)."""
    table = S.FORMS[form]
    arc = table.ARCS[arc_index % len(table.ARCS)]
    while True:
        character = rng.choice(table.CHARACTERS)
        obj, setting = rng.choice(table.OBJECTS), rng.choice(table.SETTINGS)
        if (form, arc["id"], obj.phrase, setting.key) not in _USED:
            _USED.add((form, arc["id"], obj.phrase, setting.key))
            break
    extras = {"SPECIES": table.SPECIES[character.name]} if form == "fable" else {}
    pov, tense = voice or (rng.choice(["first", "third"]), rng.choice(["past", "present"]))
    params = Params(character, obj, setting, pov, tense, extras)
    return S.StorySpec(form, arc["id"], params, rng.choice(list(table.ENDING_KINDS)))


def spec_meta(spec: S.StorySpec) -> dict:
    p = spec.params
    return {
        "form": spec.form,
        "arc": spec.arc,
        "long": spec.long,
        "params": {
            "character": p.character.name,
            "gender": p.character.gender,
            "object": p.obj.phrase,
            "article": p.obj.article,
            "setting": p.setting.key,
            "pov": p.pov,
            "tense": p.tense,
            "ending": spec.ending,
            **({"species": p.extras["SPECIES"]} if p.extras else {}),
        },
        "constraints": S.constraint_spec(spec),
    }


def spec_from_meta(meta: dict) -> S.StorySpec:
    """Rebuild the spec an item was made from (the test re-renders and re-checks with it)."""
    table = S.FORMS[meta["form"]]
    q = meta["params"]
    character = next(c for c in table.CHARACTERS if c.name == q["character"])
    obj = next(o for o in table.OBJECTS if o.phrase == q["object"])
    setting = next(s for s in table.SETTINGS if s.key == q["setting"])
    extras = {"SPECIES": q["species"]} if "species" in q else {}
    return S.StorySpec(
        meta["form"],
        meta["arc"],
        Params(character, obj, setting, q["pov"], q["tense"], extras),
        q["ending"],
        bool(meta.get("long")),
    )


def make_pair(spec: S.StorySpec, kind: str, rng: random.Random) -> tuple[str, str, dict]:
    good = S.preferred(spec)
    for _ in range(50):
        bad, meta = S.damage(spec, kind, rng)
        if not S.check_rejected(spec, good, bad, meta) and bad != good:
            return good, bad, meta
    raise RuntimeError(
        f"could not make a valid {kind} variant for {spec}: {S.check_rejected(spec, good, bad, meta)}"
    )


def pair_item(
    item_id: str, source_id: str, prompt: str, spec: S.StorySpec, kind: str, rng: random.Random
) -> dict:
    good, bad, bad_meta = make_pair(spec, kind, rng)
    good_meta = {
        "label": "preferred",
        "reason": "meets every stated constraint and reads as one coherent story",
    }
    first_good = rng.random() < 0.5
    responses = [good, bad] if first_good else [bad, good]
    return {
        "id": item_id,
        "prompt": prompt,
        "responses": responses,
        "gold": [1, 0] if first_good else [0, 1],
        "meta": {"source_id": source_id, "language": "en", "damage": kind, **spec_meta(spec)},
        "response_meta": [good_meta, bad_meta] if first_good else [bad_meta, good_meta],
    }


def balanced_kinds(n: int, rng: random.Random) -> list[str]:
    kinds = [S.DAMAGE_KINDS[i % len(S.DAMAGE_KINDS)] for i in range(n)]
    rng.shuffle(kinds)
    return kinds


VOICES = [("third", "past"), ("first", "present"), ("first", "past"), ("third", "present")]


def build_pairs(
    form: str, n: int, rng: random.Random, prompts: list[str]
) -> list[tuple[S.StorySpec, str, str]]:
    """Damage kinds in equal numbers, and within each kind the four voices (POV x tense) in turn, so
    that neither a pronoun nor a verb form tells preferred from rejected across the subset."""
    kinds = balanced_kinds(n, rng)
    seen: Counter[str] = Counter()
    out = []
    for i in range(n):
        voice = VOICES[seen[kinds[i]] % len(VOICES)]
        seen[kinds[i]] += 1
        out.append((sample_spec(rng, form, i, voice), kinds[i], prompts[rng.randrange(len(prompts))]))
    return out


RANKING_DAMAGE = (*S.CONSTRAINT_DAMAGE, "shuffle")


def rendered_with(params: Params, ending: str) -> dict:
    """What a ranking response was rendered from (the test re-renders it from this)."""
    return {
        "character": params.character.name,
        "object": params.obj.phrase,
        "setting": params.setting.key,
        "pov": params.pov,
        "tense": params.tense,
        "ending": ending,
    }


def ranking_item(item_id: str, source_id: str, spec: S.StorySpec, prompt: str, rng: random.Random) -> dict:
    """k = 4: the preferred story, then one, two and three nested violations (constraints broken or
    sentence order shuffled); gold = 3 - number of violations."""
    kinds = rng.sample(list(RANKING_DAMAGE), 3)
    p = spec.params
    responses = [S.preferred(spec)]
    metas = [
        {
            "label": "preferred",
            "violations": [],
            "reason": "meets every stated constraint",
            "rendered_with": rendered_with(p, spec.ending),
            "order": None,
        }
    ]
    params, ending, flaws, shuffle = p, spec.ending, [], None
    table = spec.table
    for kind in kinds:
        if kind == "object":
            params = params.replace(obj=S._other(rng, table.OBJECTS, p.obj, key=lambda o: o.phrase))
            flaws.append(f"required object '{p.obj.phrase}' missing")
        elif kind == "character":
            new, _ = S._similar_name(rng, spec)
            params = params.replace(character=new)
            flaws.append(f"required character '{p.character.name}' missing")
        elif kind == "setting":
            params = params.replace(setting=S._other(rng, table.SETTINGS, p.setting, key=lambda s: s.key))
            flaws.append(f"not set {p.setting.place_in}")
        elif kind == "pov":
            params = params.replace(pov="first" if p.pov == "third" else "third")
            flaws.append(f"not in the {p.pov} person")
        elif kind == "tense":
            params = params.replace(tense="present" if p.tense == "past" else "past")
            flaws.append(f"not in the {p.tense} tense")
        elif kind == "ending":
            ending = S._other(rng, list(table.ENDING_KINDS), spec.ending)
            flaws.append(f"not {ENDING_WORDS[spec.ending]} ending")
        else:
            shuffle = list(range(len(S.templates(spec))))
            while shuffle == sorted(shuffle):
                rng.shuffle(shuffle)
            flaws.append("sentence order shuffled")
        sentences = S.story_sentences(spec, params, ending)
        if shuffle is not None:
            sentences = [sentences[i] for i in shuffle]
        responses.append(S.join(sentences))
        metas.append(
            {
                "label": "rejected",
                "violations": kinds[: len(flaws)],
                "severity": len(flaws),
                "flaw": "; ".join(flaws),
                "rendered_with": rendered_with(params, ending),
                "order": shuffle,
            }
        )
    gold = [3 - m.get("severity", 0) for m in metas]
    order = list(range(4))
    rng.shuffle(order)
    return {
        "id": item_id,
        "prompt": prompt,
        "responses": [responses[i] for i in order],
        "gold": [gold[i] for i in order],
        "meta": {"source_id": source_id, "language": "en", **spec_meta(spec)},
        "response_meta": [metas[i] for i in order],
    }


def build_all() -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    _USED.clear()
    out: dict[str, list[dict]] = {}
    fiction = build_pairs("fiction", COUNTS["fiction"], rng, FICTION_PROMPTS)
    out["fiction"] = [
        pair_item(f"story/fiction/{i}", f"story/fiction/{i}", prompt_text(spec, tpl), spec, kind, rng)
        for i, (spec, kind, tpl) in enumerate(fiction)
    ]
    # longer twins of the first fiction items of each damage kind, the same number per kind
    per_kind = COUNTS["fiction_long"] // len(S.DAMAGE_KINDS)
    taken: dict[str, int] = {}
    out["fiction_long"] = []
    for i, (spec, kind, tpl) in enumerate(fiction):
        if taken.get(kind, 0) >= per_kind:
            continue
        taken[kind] = taken.get(kind, 0) + 1
        long_spec = S.StorySpec(spec.form, spec.arc, spec.params, spec.ending, long=True)
        n = len(out["fiction_long"])
        out["fiction_long"].append(
            pair_item(
                f"story/fiction_long/{n}",
                f"story/fiction/{i}",
                prompt_text(long_spec, tpl),
                long_spec,
                kind,
                rng,
            )
        )
    fables = build_pairs("fable", COUNTS["fable"], rng, FABLE_PROMPTS)
    out["fable"] = [
        pair_item(f"story/fable/{i}", f"story/fable/{i}", prompt_text(spec, tpl), spec, kind, rng)
        for i, (spec, kind, tpl) in enumerate(fables)
    ]
    out["fiction_ranking"] = []
    for i in range(COUNTS["fiction_ranking"]):
        spec = sample_spec(rng, "fiction", i, VOICES[i % len(VOICES)])  # 15 prompts per voice
        tpl = FICTION_PROMPTS[rng.randrange(len(FICTION_PROMPTS))]
        out["fiction_ranking"].append(
            ranking_item(
                f"story/fiction_ranking/{i}", f"story/fiction_ranking/{i}", spec, prompt_text(spec, tpl), rng
            )
        )
    return out


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the files on disk instead of writing"
    )
    args = parser.parse_args(argv)
    built = build_all()
    stale = []
    for name, records in built.items():
        path = DATA / f"{name}.jsonl"
        text = dumps(records)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
        else:
            DATA.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {len(records)} items")
    if stale:
        print("stale:", *stale)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
