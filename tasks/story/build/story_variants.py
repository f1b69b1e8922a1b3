"""Assemble stories from the source tables and make the recorded damaged variants.

A :class:`StorySpec` is one writing prompt's constraints plus the arc that answers it. The
preferred story is ``preferred(spec)``; every rejected story is ``damage(spec, kind, rng)``: the
same arc with one recorded change. Both the item generator and the tests use these functions.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


def _load_constraints():  # the task's constraints.py under a name no other task uses
    name = "story_constraints"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE.parent / "constraints.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


C = _load_constraints()
import story_tables_fable as tables_fable  # noqa: E402
import story_tables_fiction as tables_fiction  # noqa: E402
from story_render import Character, Params, render, verb_lexicon  # noqa: E402

FORMS = {"fiction": tables_fiction, "fable": tables_fable}

# Damage kinds. Constraint violations re-render the arc with one parameter changed; the others edit
# the sentence list. "length" is what the change does to the word count: balanced so that length
# does not give the label away.
CONSTRAINT_DAMAGE = ("object", "character", "setting", "pov", "tense", "ending")
TEXT_DAMAGE = ("shuffle", "repeat", "too_short", "drift", "contradiction")
DAMAGE_KINDS = CONSTRAINT_DAMAGE + TEXT_DAMAGE
CONTRADICTED = 5  # the core sentence an arc's authored "contradiction" sentence replaces


def all_templates() -> list[str]:
    out: list[str] = []
    for table in FORMS.values():
        out += [s.detail for s in table.SETTINGS]
        for arc in table.ARCS:
            out += arc["core"] + list(arc["endings"].values()) + [arc["contradiction"][0]]
            for extra in arc.get("expand", {}).values():
                out += extra
    return out


def all_phrases() -> list[str]:
    out: list[str] = []
    for table in FORMS.values():
        out += [s.place_in + " " + s.person for s in table.SETTINGS]
        out += [o.phrase for o in table.OBJECTS] + [c.name for c in table.CHARACTERS]
        out += list(getattr(table, "SPECIES", {}).values())
    return out


PAST_FORMS, PRESENT_FORMS = verb_lexicon(all_templates(), all_phrases())


@dataclass(frozen=True)
class StorySpec:
    form: str  # fiction | fable
    arc: str
    params: Params
    ending: str
    long: bool = False

    @property
    def table(self):  # the tables module of this form
        return FORMS[self.form]

    def arc_table(self, arc_id: str | None = None) -> dict:
        arc_id = arc_id or self.arc
        return next(a for a in self.table.ARCS if a["id"] == arc_id)


def templates(spec: StorySpec, arc_id: str | None = None, ending: str | None = None) -> list[str]:
    """The arc's sentence templates: core (with expansions for a long piece) and the ending."""
    arc = spec.arc_table(arc_id)
    out: list[str] = []
    for i, sentence in enumerate(arc["core"]):
        out.append(sentence)
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


def length_range(words: int, long: bool) -> tuple[int, int]:
    """The prompt's word range around the preferred story: it sits 10-19 (long: 20-29) words above
    the minimum, so dropping sentences falls below it and a repeated passage stays under the maximum."""
    low = (words // 10) * 10 - (20 if long else 10)
    return low, low + (140 if long else 80)


def constraint_spec(spec: StorySpec) -> dict:
    """The checkable constraints a prompt states (recorded in ``meta.constraints``)."""
    p = spec.params
    return {
        "character": p.character.name,
        "object": p.obj.phrase,
        "setting": p.setting.key,
        "pov": p.pov,
        "tense": p.tense,
        "length_words": list(length_range(C.word_count(preferred(spec)), spec.long)),
        "ending": spec.ending,
    }


def _other(rng: random.Random, pool: list, current, key=lambda x: x):
    choices = [x for x in pool if key(x) != key(current)]
    return rng.choice(choices)


def _similar_name(rng: random.Random, spec: StorySpec) -> tuple[Character, dict[str, str]]:
    """Another character of the same gender and a similar name length (a fable keeps the species)."""
    c = spec.params.character
    same = [x for x in spec.table.CHARACTERS if x.gender == c.gender and x.name != c.name]
    close = [x for x in same if abs(len(x.name) - len(c.name)) <= 1] or same
    return rng.choice(close), dict(spec.params.extras)


def damage(spec: StorySpec, kind: str, rng: random.Random) -> tuple[str, dict]:
    """A rejected story with one recorded change, and its ``response_meta`` entry."""
    p = spec.params
    base = story_sentences(spec)
    cs = constraint_spec(spec)
    meta: dict = {"label": "rejected", "error_type": kind, "severity": 1}
    if kind == "object":
        new = _other(rng, spec.table.OBJECTS, p.obj, key=lambda o: o.phrase)
        out = story_sentences(spec, p.replace(obj=new))
        meta.update(
            constraint="object",
            flaw=f"required object '{p.obj.phrase}' missing (a '{new.phrase}' instead)",
            replaced_with=new.phrase,
        )
    elif kind == "character":
        new, extras = _similar_name(rng, spec)
        out = story_sentences(spec, p.replace(character=new, extras=extras))
        meta.update(
            constraint="character",
            flaw=f"required character '{p.character.name}' missing ('{new.name}' instead)",
            replaced_with=new.name,
        )
    elif kind == "setting":
        new = _other(rng, spec.table.SETTINGS, p.setting, key=lambda s: s.key)
        out = story_sentences(spec, p.replace(setting=new))
        meta.update(
            constraint="setting",
            flaw=f"set {new.place_in}, not {p.setting.place_in} as required",
            replaced_with=new.key,
        )
    elif kind == "pov":
        new_pov = "first" if p.pov == "third" else "third"
        out = story_sentences(spec, p.replace(pov=new_pov))
        meta.update(
            constraint="pov",
            flaw=f"told in the {new_pov} person; the prompt asks for the {p.pov} person",
            replaced_with=new_pov,
        )
    elif kind == "tense":
        new_tense = "present" if p.tense == "past" else "past"
        out = story_sentences(spec, p.replace(tense=new_tense))
        meta.update(
            constraint="tense",
            flaw=f"told in the {new_tense} tense; the prompt asks for the {p.tense} tense",
            replaced_with=new_tense,
        )
    elif kind == "ending":
        new_end = _other(rng, list(spec.table.ENDING_KINDS), spec.ending)
        out = story_sentences(spec, ending=new_end)
        meta.update(
            constraint="ending",
            flaw=f"ends with a {new_end} ending; the prompt asks for a {spec.ending} one",
            replaced_with=new_end,
        )
    elif kind == "shuffle":
        order = list(range(len(base)))
        while order == sorted(order):
            rng.shuffle(order)
        out = [base[i] for i in order]
        meta.update(
            damage="shuffle",
            flaw="sentence order shuffled: the same sentences no longer make a sequence",
            order=order,
        )
    elif kind == "repeat":
        span = 3 if spec.long else 2
        i = rng.randrange(1, len(base) - span)
        out = base[: i + span] + base[i : i + span] + base[i + span :]
        meta.update(
            damage="repeat",
            flaw=f"a passage of {span} sentences is repeated word for word",
            start=i,
            span=span,
        )
    elif kind == "too_short":
        out, dropped = _drop_until_short(base, cs, rng)
        meta.update(
            constraint="length",
            damage="drop",
            flaw=f"too short: {C.word_count(join(out))} words, below the required {cs['length_words'][0]}",
            dropped=dropped,
        )
    elif kind == "contradiction":
        sentence, contradicts = spec.arc_table()["contradiction"]
        position = templates(spec).index(spec.arc_table()["core"][CONTRADICTED])
        out = list(base)
        out[position] = render([sentence], p)[0]
        meta.update(
            damage="contradiction",
            position=position,
            flaw=f"contradicts itself: a late sentence denies what the story established ({contradicts})",
            contradicts=contradicts,
        )
    elif kind == "drift":
        out, other = _drift(spec, rng)
        meta.update(
            damage="drift",
            flaw=f"drifts off the prompt: the last part belongs to another story ({other})",
            drift_from=other,
        )
    else:
        raise ValueError(f"unknown damage kind {kind!r}")
    return join(out), meta


def _drop_until_short(base: list[str], cs: dict, rng: random.Random) -> tuple[list[str], list[int]]:
    """Drop middle sentences (never one that carries a required word) until under the minimum."""
    low = cs["length_words"][0]
    keep = list(range(len(base)))
    candidates = list(range(1, len(base) - 1))
    rng.shuffle(candidates)
    dropped: list[int] = []
    for i in candidates:
        if C.word_count(join([base[j] for j in keep])) < low:
            break
        trial = [j for j in keep if j != i]
        text = join([base[j] for j in trial])
        if all(C.contains_phrase(text, cs[k]) for k in ("character", "object", "setting")):
            keep = trial
            dropped.append(i)
    return [base[j] for j in keep], sorted(dropped)


def _drift(spec: StorySpec, rng: random.Random) -> tuple[list[str], str]:
    """Keep the opening, replace the last three core sentences' worth of story with another arc's
    closing sentences about another object and place (same character, voice and tense)."""
    p = spec.params
    arc = spec.arc_table()
    other_arc = _other(rng, spec.table.ARCS, arc, key=lambda a: a["id"])
    other_obj = _other(rng, spec.table.OBJECTS, p.obj, key=lambda o: o.phrase)
    other_set = _other(rng, spec.table.SETTINGS, p.setting, key=lambda s: s.key)
    other_params = p.replace(obj=other_obj, setting=other_set)
    head_templates = templates(spec)[:-1]
    # the opening up to and including core sentence 3 (with its expansions in a long piece)
    cut = 0
    seen = -1
    for t in head_templates:
        if t in arc["core"]:
            seen = arc["core"].index(t)
        if seen >= 4:
            break
        cut += 1
    head = render(head_templates[:cut], p)
    other_spec = StorySpec(spec.form, other_arc["id"], other_params, spec.ending, spec.long)
    tail_templates = templates(other_spec)
    n_tail = len(templates(spec)) - cut
    tail = render(tail_templates[-n_tail:], other_params)
    return head + tail, f"arc {other_arc['id']}, {other_obj.phrase}, {other_set.key}"


def checks(spec: StorySpec, text: str, params: Params | None = None) -> dict[str, bool]:
    """Every checkable constraint of ``spec`` on ``text``, plus the ending: the last sentence is
    the arc's ending of the required kind (rendered with ``params``, the words the text uses)."""
    out = C.check_all(text, constraint_spec(spec), PAST_FORMS, PRESENT_FORMS)
    ending = spec.arc_table()["endings"][spec.ending]
    out["ending"] = C.sentences(text)[-1] == render([ending], params or spec.params)[0]
    return out


def params_after(spec: StorySpec, meta: dict) -> Params:
    """The parameters a constraint-violating variant was rendered with (from its ``replaced_with``)."""
    p, kind, new = spec.params, meta.get("error_type"), meta.get("replaced_with")
    table = spec.table
    if kind == "object":
        return p.replace(obj=next(o for o in table.OBJECTS if o.phrase == new))
    if kind == "character":
        return p.replace(character=next(c for c in table.CHARACTERS if c.name == new))
    if kind == "setting":
        return p.replace(setting=next(s for s in table.SETTINGS if s.key == new))
    if kind == "pov":
        return p.replace(pov=new)
    if kind == "tense":
        return p.replace(tense=new)
    return p


def check_rejected(spec: StorySpec, good: str, bad: str, meta: dict) -> list[str]:
    """Why a (preferred, rejected) pair does not hold as recorded; empty when it does."""
    problems = []
    ok_good = checks(spec, good)
    if not all(ok_good.values()):
        problems.append(f"preferred fails {[k for k, v in ok_good.items() if not v]}")
    ok_bad = checks(spec, bad, params_after(spec, meta))
    failed = {k for k, v in ok_bad.items() if not v}
    kind = meta["error_type"]
    expected = {
        "object": {"object"},
        "character": {"character"},
        "setting": {"setting"},
        "pov": {"pov"},
        "tense": {"tense"},
        "ending": {"ending"},
        "too_short": {"length"},
        "repeat": {"no_repetition"},
        "shuffle": set(),
        "contradiction": set(),
        "drift": None,
    }[kind]
    if expected is not None and failed != expected and not (kind == "shuffle" and failed <= {"ending"}):
        problems.append(f"{kind}: rejected fails {sorted(failed)}, expected exactly {sorted(expected)}")
    if kind == "shuffle" and not C.is_shuffle_of(bad, good):
        problems.append("shuffle: not a reordering of the preferred story")
    if kind == "ending":
        want = render([spec.arc_table()["endings"][meta["replaced_with"]]], spec.params)[0]
        if C.sentences(bad)[-1] != want:
            problems.append("ending: last sentence is not the recorded other ending")
    if kind == "contradiction":
        want = render([spec.arc_table()["contradiction"][0]], spec.params)[0]
        good_s, bad_s = C.sentences(good), C.sentences(bad)
        added = [x for x in bad_s if x not in good_s]
        if len(good_s) != len(bad_s) or added != C.sentences(want) or len(set(good_s) - set(bad_s)) != 1:
            problems.append(
                "contradiction: not the preferred story with the one authored contradicting sentence"
            )
    if kind == "drift":
        if failed - {"ending"}:
            problems.append(f"drift: rejected also fails {sorted(failed)}")
        tail = join(C.sentences(bad)[-3:])
        others = [o.phrase for o in spec.table.OBJECTS if o.phrase != spec.params.obj.phrase]
        others += [s.key for s in spec.table.SETTINGS if s.key != spec.params.setting.key]
        if not any(C.contains_phrase(tail, w) for w in others):
            problems.append("drift: the closing sentences mention no off-prompt object or place")
    return problems
