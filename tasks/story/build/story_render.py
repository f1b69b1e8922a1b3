"""Render story templates into text for a chosen point of view and tense.

Why templates: every story in the built-in suite is assembled from sentences written for this
project, with the words that carry a constraint (name, object, setting, pronouns, verb forms)
left as slots. A rejected story is the same template rendered with exactly one recorded change
(another object, first person instead of third, present instead of past...), so the label is
true by construction and the test can re-render it.

Markup inside a template sentence:

- ``{N}`` the protagonist as subject: the name (third person) or ``I`` (first person);
  ``{NAME}`` always the name (used in dialogue, so first-person stories still name the character);
  ``{S}``/``{O}``/``{P}``/``{R}`` subject, object, possessive and reflexive pronoun.
- ``{OBJ}``/``{A_OBJ}`` the required object without/with its indefinite article.
- ``{PLACE}``/``{PLACE_IN}``/``{PERSON}`` the setting's noun phrase, its locative phrase and its
  secondary character (e.g. "the conductor"); ``{DETAIL}`` a setting sentence (itself a template).
- ``{INTRO}`` (fables, with ``extras["SPECIES"]``): "Pip the hedgehog" or "I, a little hedgehog named Pip,".
- ``<past|present>`` a verb whose subject is the protagonist: first-person present is derived
  (``is`` -> ``am``, ``has`` -> ``have``, ``walks`` -> ``walk``).
- ``[past|present]`` any other tensed verb.

Tensed verbs appear only inside ``<...>`` or ``[...]``, so :func:`verb_lexicon` knows every verb
form whose tense the checker may count. Text inside double quotes is dialogue and is ignored by
the point-of-view and tense checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PRONOUNS = {
    "first": {"S": "I", "O": "me", "P": "my", "R": "myself"},
    "she": {"S": "she", "O": "her", "P": "her", "R": "herself"},
    "he": {"S": "he", "O": "him", "P": "his", "R": "himself"},
}

_PROTAGONIST_VERB = re.compile(r"<([^<>|]+)\|([^<>|]+)>")
_OTHER_VERB = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")
_SLOT = re.compile(r"\{([A-Z_]+)\}")
_WORDS = re.compile(r"[A-Za-z']+")
_DIALOGUE = re.compile(r'"[^"]*"')  # dialogue is not checked, so its words do not disqualify


@dataclass(frozen=True)
class Character:
    name: str
    gender: str  # "she" | "he"


@dataclass(frozen=True)
class Setting:
    key: str  # the word a checker looks for, e.g. "lighthouse"
    place: str  # "the lighthouse"
    place_in: str  # "at the lighthouse"
    person: str  # "the keeper's apprentice"
    detail: str  # one template sentence


@dataclass(frozen=True)
class Obj:
    phrase: str  # "brass key"
    article: str = "a"

    @property
    def with_article(self) -> str:
        return f"{self.article} {self.phrase}"


@dataclass(frozen=True)
class Params:
    """Everything a template needs; a rejected story changes exactly one field."""

    character: Character
    obj: Obj
    setting: Setting
    pov: str  # "first" | "third"
    tense: str  # "past" | "present"
    extras: dict[str, str] = field(default_factory=dict)

    def replace(self, **changes: object) -> Params:
        values = {k: getattr(self, k) for k in ("character", "obj", "setting", "pov", "tense", "extras")}
        values.update(changes)
        return Params(**values)  # type: ignore[arg-type]


def first_person_present(form: str) -> str:
    """``is`` -> ``am``, ``has kept`` -> ``have kept``, ``carries`` -> ``carry``, ``walks`` -> ``walk``."""
    head, _, rest = form.partition(" ")
    special = {"is": "am", "has": "have", "does": "do", "goes": "go", "was": "was"}
    if head in special:
        new = special[head]
    elif head.endswith("ies") and len(head) > 4:
        new = head[:-3] + "y"
    elif head.endswith(("ches", "shes", "sses", "xes", "zes")):
        new = head[:-2]
    elif head.endswith("s"):
        new = head[:-1]
    else:
        raise ValueError(f"cannot derive first-person present of {form!r}")
    return f"{new} {rest}".strip()


def _cap(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def render_sentence(template: str, p: Params) -> str:
    """One template sentence in the chosen voice and tense, first letter capitalised."""
    first = p.pov == "first"
    text = template.replace("{DETAIL}", p.setting.detail)
    pron = PRONOUNS["first" if first else p.character.gender]

    def protagonist_verb(m: re.Match[str]) -> str:
        past, present = m.group(1), m.group(2)
        if p.tense == "past":
            return past
        return first_person_present(present) if first else present

    def other_verb(m: re.Match[str]) -> str:
        return m.group(1) if p.tense == "past" else m.group(2)

    text = _PROTAGONIST_VERB.sub(protagonist_verb, text)
    text = _OTHER_VERB.sub(other_verb, text)
    slots = {
        "N": "I" if first else p.character.name,
        "NAME": p.character.name,
        "S": pron["S"],
        "O": pron["O"],
        "P": pron["P"],
        "R": pron["R"],
        "OBJ": p.obj.phrase,
        "A_OBJ": p.obj.with_article,
        "PLACE": p.setting.place,
        "PLACE_IN": p.setting.place_in,
        "PERSON": p.setting.person,
        **p.extras,
    }
    if "SPECIES" in p.extras:  # fables: "Pip the hedgehog" / "I, a little hedgehog named Pip,"
        species = p.extras["SPECIES"]
        slots["INTRO"] = (
            f"I, a little {species} named {p.character.name},"
            if first
            else f"{p.character.name} the {species}"
        )

    def slot(m: re.Match[str]) -> str:
        if m.group(1) not in slots:
            raise KeyError(f"unknown slot {{{m.group(1)}}} in template {template!r}")
        return slots[m.group(1)]

    text = _SLOT.sub(slot, text)
    return _cap(text)


def render(templates: list[str], p: Params) -> list[str]:
    return [render_sentence(t, p) for t in templates]


def verb_lexicon(templates: list[str], phrases: list[str] = ()) -> tuple[set[str], set[str]]:
    """Past-only and present-only verb words of the templates: the tense checker's lexicon.

    A word counts as a tense marker only if it is unambiguous in our texts: it is dropped when it
    occurs in both tenses ("read"), or anywhere outside a verb slot, in fixed template text or in
    the ``phrases`` of the tables ("pocket watch", "tomato leaves", "a scratch", "is meant").
    """
    past: set[str] = set()
    present: set[str] = set()
    fixed: set[str] = set()
    for t in templates:
        for m in _PROTAGONIST_VERB.finditer(t):
            past.update(m.group(1).split())
            present.update(m.group(2).split())
            present.update(first_person_present(m.group(2)).split())
        for m in _OTHER_VERB.finditer(t):
            past.update(m.group(1).split())
            present.update(m.group(2).split())
        rest = _SLOT.sub(" ", _OTHER_VERB.sub(" ", _PROTAGONIST_VERB.sub(" ", _DIALOGUE.sub(" ", t))))
        fixed.update(w.lower() for w in _WORDS.findall(rest))
    for phrase in phrases:
        fixed.update(w.lower() for w in _WORDS.findall(phrase))
    drop = (past & present) | fixed
    return past - drop, present - drop
