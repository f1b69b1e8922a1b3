"""Render story templates into text for a chosen point of view and tense.

Why templates: every story in the built-in suite is assembled from sentences written for this
project, with the words that carry a constraint (names, objects, places, pronouns, verb forms)
left as slots. A rejected story is the same arc rendered with one recorded change (the object
mentioned in passing and the required one trade roles, first person instead of third, present
instead of past...), so the label is true by construction and the test can re-render it.

Markup inside a template sentence:

- ``{N}`` the protagonist as subject: the name (third person) or ``I`` (first person);
  ``{NAME}`` always the name (dialogue addresses the protagonist by it);
  ``{S}``/``{O}``/``{P}``/``{R}`` the protagonist's subject, object, possessive and reflexive pronoun.
- ``{WE}``/``{US}``/``{OUR}`` a group that includes the protagonist: ``they``/``them``/``their`` in
  the third person, ``we``/``us``/``our`` in the first (a first-person narrator is never "they").
- ``{PNAME}`` the secondary character, always named in narration, never in dialogue, of the other
  gender; ``{PS}``/``{PO}``/``{PP}`` that character's pronouns.
- ``{OBJ}``/``{A_OBJ}`` the required object; ``{OBJ2}``/``{A_OBJ2}`` the object mentioned in passing.
- ``{PLACE}``/``{PLACE_IN}``/``{PERSON}`` the setting's noun phrase, its locative phrase and its
  staff role (e.g. "the conductor"); ``{DETAIL}`` a setting sentence (itself a template);
  ``{PLACE2}`` the place mentioned in passing (only ever after "from", "past", "near", "to").
- ``{SPECIES}``/``{PSPECIES}`` (fables) and ``{INTRO}``: "Pip the hedgehog" or
  "I, a little hedgehog named Pip,".
- ``<past|present>`` a verb whose subject is the protagonist: first-person present is derived
  (``is`` -> ``am``, ``has`` -> ``have``, ``walks`` -> ``walk``).
- ``[past|present]`` any other tensed verb.

Tensed verbs appear only inside ``<...>`` or ``[...]``, so :func:`verb_lexicon` knows every verb
form whose tense the checker may count. Text inside double quotes is dialogue and is ignored by
the point-of-view and tense checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

PRONOUNS = {
    "first": {"S": "I", "O": "me", "P": "my", "R": "myself"},
    "she": {"S": "she", "O": "her", "P": "her", "R": "herself"},
    "he": {"S": "he", "O": "him", "P": "his", "R": "himself"},
}
GROUP = {
    "first": {"WE": "we", "US": "us", "OUR": "our"},
    "third": {"WE": "they", "US": "them", "OUR": "their"},
}

_PROTAGONIST_VERB = re.compile(r"<([^<>|]+)\|([^<>|]+)>")
_OTHER_VERB = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")
_SLOT = re.compile(r"\{([A-Z_0-9]+)\}")
_WORDS = re.compile(r"[A-Za-z']+")
_DIALOGUE = re.compile(r'"[^"]*"')  # dialogue is not checked, so its words do not disqualify


@dataclass(frozen=True)
class Character:
    name: str
    gender: str  # "she" | "he"
    species: str = ""  # fables only


@dataclass(frozen=True)
class Setting:
    key: str  # the word a prompt names, e.g. "lighthouse"
    place: str  # "the lighthouse"
    place_in: str  # "at the lighthouse": the phrase that says a story takes place there
    person: str  # "the relief keeper"
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
    """Everything a story's sentences depend on; a rejected story changes one recorded thing.

    ``partner``, ``obj2`` and ``setting2`` are named in every story, so that a story whose
    protagonist, object or place is the wrong one still mentions the required one (in passing):
    the damage is never visible as a missing prompt word.
    """

    character: Character
    partner: Character
    obj: Obj
    obj2: Obj
    setting: Setting
    setting2: Setting
    pov: str  # "first" | "third"
    tense: str  # "past" | "present"

    def replace(self, **changes: object) -> Params:
        return replace(self, **changes)  # type: ignore[arg-type]

    def swapped(self, what: str) -> Params:
        """The required and the passing character, object or setting trade roles."""
        pairs = {
            "character": ("character", "partner"),
            "object": ("obj", "obj2"),
            "setting": ("setting", "setting2"),
        }
        a, b = pairs[what]
        return self.replace(**{a: getattr(self, b), b: getattr(self, a)})


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


def slots(p: Params) -> dict[str, str]:
    """The value of every ``{SLOT}`` for these parameters."""
    first = p.pov == "first"
    pron = PRONOUNS["first" if first else p.character.gender]
    other = PRONOUNS[p.partner.gender]
    c = p.character
    intro = f"I, a little {c.species} named {c.name}," if first else f"{c.name} the {c.species}"
    return {
        "N": "I" if first else c.name,
        "NAME": c.name,
        **pron,
        **GROUP["first" if first else "third"],
        "PNAME": p.partner.name,
        "PS": other["S"],
        "PO": other["O"],
        "PP": other["P"],
        "OBJ": p.obj.phrase,
        "A_OBJ": p.obj.with_article,
        "OBJ2": p.obj2.phrase,
        "A_OBJ2": p.obj2.with_article,
        "PLACE": p.setting.place,
        "PLACE_IN": p.setting.place_in,
        "PERSON": p.setting.person,
        "PLACE2": p.setting2.place,
        "SPECIES": c.species,
        "PSPECIES": p.partner.species,
        "INTRO": intro,
    }


def render_sentence(template: str, p: Params) -> str:
    """One template sentence in the chosen voice and tense, first letter capitalised."""
    first = p.pov == "first"
    text = template.replace("{DETAIL}", p.setting.detail)

    def protagonist_verb(m: re.Match[str]) -> str:
        past, present = m.group(1), m.group(2)
        if p.tense == "past":
            return past
        return first_person_present(present) if first else present

    text = _PROTAGONIST_VERB.sub(protagonist_verb, text)
    text = _OTHER_VERB.sub(lambda m: m.group(1) if p.tense == "past" else m.group(2), text)
    values = slots(p)

    def slot(m: re.Match[str]) -> str:
        if m.group(1) not in values:
            raise KeyError(f"unknown slot {{{m.group(1)}}} in template {template!r}")
        return values[m.group(1)]

    return _cap(_SLOT.sub(slot, text))


def render(templates: list[str], p: Params) -> list[str]:
    return [render_sentence(t, p) for t in templates]


def verb_lexicon(templates: list[str], phrases: Sequence[str] = ()) -> tuple[set[str], set[str]]:
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
