"""Assemble stories from the source tables and make the recorded damaged variants.

A :class:`StorySpec` is one writing prompt's constraints plus the arc that answers it. The
preferred story is ``preferred(spec)``; every rejected story is ``damage(spec, kind, rng)``: the
same arc with one recorded change. Both the item builder and the tests use these functions.

Why the damage kinds look the way they do: a rejected story must never be recognisable by a
shallow cue. It names every word the prompt asks for (a wrong object, protagonist or place is the
one the story only passes by in the preferred version, so the two trade roles); it repeats no
sentence word for word (a redundant story tells one beat twice in two wordings); the sentences
that make a story contradictory occur in preferred stories too (each arc's fact has two
versions); and as many damage kinds lengthen a story as shorten it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from types import ModuleType

from .. import constraints as C
from . import tables_fable, tables_fiction
from .render import Params, render, verb_lexicon

FORMS: dict[str, ModuleType] = {"fiction": tables_fiction, "fable": tables_fable}

# Constraint violations re-render the arc with one parameter changed; the others edit the sentences.
CONSTRAINT_DAMAGE = ("object", "character", "setting", "pov", "tense", "ending")
TEXT_DAMAGE = ("shuffle", "redundant", "too_short", "drift", "contradiction")
DAMAGE_KINDS = CONSTRAINT_DAMAGE + TEXT_DAMAGE
DRIFT_FROM = 5  # a drifting story keeps core sentences 0-4 and then turns into another arc's ending


def all_templates() -> list[str]:
    out: list[str] = []
    for table in FORMS.values():
        out += [s.detail for s in table.SETTINGS]
        for arc in table.ARCS:
            out += arc["core"] + list(arc["endings"].values()) + list(arc["restate"])
            out += [f for pair in arc["fact"].values() for f in pair]
            for extra in arc.get("expand", {}).values():
                out += extra
    return out


def all_phrases() -> list[str]:
    out: list[str] = []
    for table in FORMS.values():
        out += [s.place_in + " " + s.place + " " + s.person for s in table.SETTINGS]
        out += [o.phrase for o in table.OBJECTS] + [f"{c.name} {c.species}" for c in table.CHARACTERS]
    return out


PAST_FORMS, PRESENT_FORMS = verb_lexicon(all_templates(), all_phrases())
LEXICON = C.Lexicon(
    past=frozenset(PAST_FORMS),
    present=frozenset(PRESENT_FORMS),
    names=tuple(sorted({c.name for t in FORMS.values() for c in t.CHARACTERS})),
    objects=tuple(sorted({o.phrase for t in FORMS.values() for o in t.OBJECTS})),
    places=tuple(sorted({s.place_in for t in FORMS.values() for s in t.SETTINGS})),
)


@dataclass(frozen=True)
class StorySpec:
    """A prompt and the arc that answers it: ``fact`` picks the version of the arc's fact,
    ``wording`` the wording of its restatable beat, ``length`` the prompt's word range."""

    form: str  # fiction | fable
    arc: str
    params: Params
    ending: str
    fact: str = "a"
    wording: int = 0
    long: bool = False
    length: tuple[int, int] = (0, 10_000)

    @property
    def table(self) -> ModuleType:
        return FORMS[self.form]

    def arc_table(self, arc_id: str | None = None) -> dict:
        arc_id = arc_id or self.arc
        return next(a for a in self.table.ARCS if a["id"] == arc_id)


def templates(
    spec: StorySpec,
    arc_id: str | None = None,
    ending: str | None = None,
    late_fact: str | None = None,
    redundant: bool = False,
) -> list[str]:
    """The arc's sentence templates with its fact and wording chosen: core (with the expansions of a
    long piece) and the ending. ``late_fact`` states the fact's other version late (a contradiction);
    ``redundant`` tells the restatable beat twice, in both wordings."""
    arc = spec.arc_table(arc_id)
    early, late = arc["fact"][spec.fact][0], arc["fact"][late_fact or spec.fact][1]
    out: list[str] = []
    for i, sentence in enumerate(arc["core"]):
        if sentence == "{RESTATE}":
            out.append(arc["restate"][spec.wording])
            if redundant:
                out.append(arc["restate"][1 - spec.wording])
        else:
            out.append(sentence.replace("{F1}", early).replace("{F2}", late))
        if spec.long:
            out += arc.get("expand", {}).get(i, [])
    out.append(arc["endings"][ending or spec.ending])
    return out


def story_sentences(spec: StorySpec, params: Params | None = None, ending: str | None = None) -> list[str]:
    return render(templates(spec, ending=ending), params or spec.params)


def join(sentences: list[str]) -> str:
    return " ".join(sentences)


def preferred(spec: StorySpec) -> str:
    return join(story_sentences(spec))


def constraint_spec(spec: StorySpec) -> dict:
    """The checkable constraints a prompt states (recorded in ``meta.constraints``)."""
    p = spec.params
    return {
        "character": p.character.name,
        "object": p.obj.phrase,
        "setting": p.setting.key,
        "setting_phrase": p.setting.place_in,
        "pov": p.pov,
        "tense": p.tense,
        "length_words": list(spec.length),
        "ending": spec.ending,
    }


def with_length(spec: StorySpec, rng: random.Random) -> StorySpec:
    """The prompt's word range around the preferred story, at a random distance on each side (so
    neither the range's middle nor its ends point at the preferred story): the minimum 6-25 words
    below it (long: 10-35), the maximum 40-70 above it (long: 50-90), rounded out to tens."""
    words = C.word_count(preferred(spec))
    below = rng.randint(10, 35) if spec.long else rng.randint(6, 25)
    above = rng.randint(50, 90) if spec.long else rng.randint(40, 70)
    low, high = (words - below) // 10 * 10, -(-(words + above) // 10) * 10
    return replace(spec, length=(low, high))


def _other(rng: random.Random, pool: list, current, key=lambda x: x):
    choices = [x for x in pool if key(x) != key(current)]
    return rng.choice(choices)


def _other_fact(spec: StorySpec) -> str:
    return "b" if spec.fact == "a" else "a"


def damage(spec: StorySpec, kind: str, rng: random.Random) -> tuple[str, dict]:
    """A rejected story with one recorded change, and its ``response_meta`` entry."""
    p = spec.params
    meta: dict = {"label": "rejected", "error_type": kind, "severity": 1}
    if kind in ("object", "character", "setting"):
        out = story_sentences(spec, p.swapped(kind))
        meta.update(_swap_meta(spec, kind))
    elif kind in ("pov", "tense"):
        new = {"pov": {"first": "third", "third": "first"}, "tense": {"past": "present", "present": "past"}}
        value = new[kind][getattr(p, kind)]
        out = story_sentences(spec, p.replace(**{kind: value}))
        meta.update(
            constraint=kind,
            flaw=f"told in the {value} {'person' if kind == 'pov' else 'tense'}; the prompt asks for the "
            f"{getattr(p, kind)} {'person' if kind == 'pov' else 'tense'}",
            replaced_with=value,
        )
    elif kind == "ending":
        new_end = _other(rng, list(spec.table.ENDING_KINDS), spec.ending)
        out = story_sentences(spec, ending=new_end)
        meta.update(
            constraint="ending",
            flaw=f"ends with a {new_end} ending; the prompt asks for a {spec.ending} one",
            replaced_with=new_end,
        )
    else:
        out = _text_damage(spec, kind, rng, meta)
    return join(out), meta


def _swap_meta(spec: StorySpec, kind: str) -> dict:
    p = spec.params
    if kind == "object":
        return {
            "constraint": "object",
            "flaw": f"the story is about {p.obj2.with_article}; the required {p.obj.phrase} is only "
            "mentioned in passing and plays no part",
            "replaced_with": p.obj2.phrase,
        }
    if kind == "character":
        return {
            "constraint": "character",
            "flaw": f"the main character is {p.partner.name}; {p.character.name}, the required main "
            "character, is only a secondary figure",
            "replaced_with": p.partner.name,
        }
    return {
        "constraint": "setting",
        "flaw": f"set {p.setting2.place_in}, not {p.setting.place_in} as required ({p.setting.place} is "
        "only mentioned in passing)",
        "replaced_with": p.setting2.key,
    }


def _text_damage(spec: StorySpec, kind: str, rng: random.Random, meta: dict) -> list[str]:
    base = story_sentences(spec)
    if kind == "shuffle":
        order = list(range(len(base)))
        while order == sorted(order):
            rng.shuffle(order)
        meta.update(
            damage="shuffle", flaw="sentence order shuffled: the events no longer follow", order=order
        )
        return [base[i] for i in order]
    if kind == "redundant":
        out = render(templates(spec, redundant=True), spec.params)
        at = _first_difference(out, base)
        meta.update(
            damage="redundant",
            flaw="tells the same beat twice in a row in other words (padding)",
            position=at,
        )
        return out
    if kind == "too_short":
        out, dropped = _drop_until_short(spec, base, rng)
        meta.update(
            constraint="length",
            damage="drop",
            flaw=f"too short: {C.word_count(join(out))} words, below the required {spec.length[0]}",
            dropped=dropped,
        )
        return out
    if kind == "contradiction":
        late = _other_fact(spec)
        out = render(templates(spec, late_fact=late), spec.params)
        notes = spec.arc_table()["fact_note"]
        at = _first_difference(out, base)
        meta.update(
            damage="contradiction",
            flaw=f"contradicts itself: early on {notes[spec.fact]}, later {notes[late]}",
            position=at,
            late_fact=late,
        )
        return out
    if kind == "drift":
        out, other = _drift(spec, rng)
        meta.update(
            damage="drift",
            flaw="drifts off the prompt: after the opening, the story turns into another one "
            f"(the close of the '{other}' arc) and never comes back to the {spec.params.obj.phrase}",
            drift_from=other,
        )
        return out
    raise ValueError(f"unknown damage kind {kind!r}")


def _first_difference(new: list[str], old: list[str]) -> int:
    """Index of the first sentence (as ``constraints.sentences`` splits the text) that differs."""
    a, b = C.sentences(join(new)), [*C.sentences(join(old)), ""]
    return next(i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y)


def _drop_until_short(spec: StorySpec, base: list[str], rng: random.Random) -> tuple[list[str], list[int]]:
    """Drop middle sentences, never one the other constraints need, until under the minimum."""
    keep = list(range(len(base)))
    candidates = list(range(1, len(base) - 1))
    rng.shuffle(candidates)
    dropped: list[int] = []
    for i in candidates:
        if C.word_count(join([base[j] for j in keep])) < spec.length[0]:
            break
        trial = [j for j in keep if j != i]
        ok = checks(spec, join([base[j] for j in trial]))
        if all(v for k, v in ok.items() if k != "length"):
            keep = trial
            dropped.append(i)
    return [base[j] for j in keep], sorted(dropped)


def _drift(spec: StorySpec, rng: random.Random) -> tuple[list[str], str]:
    other = _other(rng, spec.table.ARCS, spec.arc_table(), key=lambda a: a["id"])["id"]
    return drifted(spec, other), other


def drifted(spec: StorySpec, other_arc: str) -> list[str]:
    """The opening (core sentences 0-4), then as many closing sentences of arc ``other_arc``, told
    about the object and the place the story only passed by (same characters, voice and tense)."""
    own = templates(spec)
    cut = _head_length(spec)
    head = render(own[:cut], spec.params)
    tail_params = spec.params.swapped("object").swapped("setting")
    return head + render(templates(spec, other_arc)[-(len(own) - cut) :], tail_params)


def _head_length(spec: StorySpec) -> int:
    """How many of the spec's templates come before core sentence ``DRIFT_FROM``."""
    arc = spec.arc_table()
    n = 0
    for i in range(DRIFT_FROM):
        n += 1 + (len(arc.get("expand", {}).get(i, [])) if spec.long else 0)
    return n


def checks(spec: StorySpec, text: str, ending_params: Params | None = None) -> dict[str, bool]:
    """Every checkable constraint of ``spec`` on ``text``, plus the ending: the last sentence is
    the arc's ending of the required kind (rendered with ``ending_params``, the words the text uses)."""
    out = C.check_all(text, constraint_spec(spec), LEXICON)
    want = templates(spec)[-1]
    out["ending"] = C.sentences(text)[-1] == render([want], ending_params or spec.params)[0]
    return out


def params_after(spec: StorySpec, meta: dict) -> Params:
    """The parameters a constraint-violating variant was rendered with."""
    p, kind = spec.params, meta.get("error_type")
    if kind in ("object", "character", "setting"):
        return p.swapped(kind)
    if kind in ("pov", "tense"):
        return p.replace(**{kind: meta["replaced_with"]})
    return p


EXPECTED_FAILURES: dict[str, set[str]] = {
    "object": {"object"},
    "character": {"character"},
    "setting": {"setting"},
    "pov": {"pov"},
    "tense": {"tense"},
    "ending": {"ending"},
    "too_short": {"length"},
    "redundant": set(),
    "contradiction": set(),
}


def check_rejected(spec: StorySpec, good: str, bad: str, meta: dict) -> list[str]:
    """Why a (preferred, rejected) pair does not hold as recorded; empty when it does."""
    problems = []
    ok_good = checks(spec, good)
    if not all(ok_good.values()):
        problems.append(f"preferred fails {[k for k, v in ok_good.items() if not v]}")
    failed = {k for k, v in checks(spec, bad, params_after(spec, meta)).items() if not v}
    kind = meta["error_type"]
    expected = EXPECTED_FAILURES.get(kind)
    if expected is not None and failed != expected:
        problems.append(f"{kind}: rejected fails {sorted(failed)}, expected exactly {sorted(expected)}")
    if kind == "shuffle" and (failed - {"ending"} or not C.is_shuffle_of(bad, good)):
        problems.append(f"shuffle: not a reordering that keeps the constraints ({sorted(failed)})")
    if kind == "drift" and (failed - {"object", "ending"} or bad != join(drifted(spec, meta["drift_from"]))):
        problems.append(f"drift: not the recorded opening and other close, or also fails {sorted(failed)}")
    if kind in ("redundant", "contradiction") and not _one_sentence_edit(spec, good, bad, meta):
        problems.append(f"{kind}: not the preferred story with the one recorded sentence changed")
    return problems


def _one_sentence_edit(spec: StorySpec, good: str, bad: str, meta: dict) -> bool:
    """A redundant story is the preferred one with the beat's other wording inserted right after it;
    a contradicting one differs in exactly the late fact sentence, which states the other version."""
    g, b = C.sentences(good), C.sentences(bad)
    at = meta["position"]
    if meta["error_type"] == "redundant":
        other = render([spec.arc_table()["restate"][1 - spec.wording]], spec.params)[0]
        return b[:at] + b[at + 1 :] == g and b[at] == other
    late = C.sentences(join(render(templates(spec, late_fact=meta["late_fact"]), spec.params)))[at]
    return len(g) == len(b) and [i for i in range(len(g)) if g[i] != b[i]] == [at] and b[at] == late
