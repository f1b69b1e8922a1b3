"""Checkable story constraints: predicates over the text of a story.

These are what the tests run on every built-in item: the preferred story satisfies all of its
checkable constraints and the rejected story breaks the recorded one (and only that one). They
are heuristics that hold for text whose words we control (see ``build/render.py``), not general
NLP: point of view counts first-person pronouns outside dialogue; tense counts verb forms from a
lexicon of past-only and present-only words; the main character is the one the dialogue addresses
by name; the central object is the one named most often (at least twice); the setting is the one
place whose locative phrase ("at the lighthouse") the story uses.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[\"“A-Z])")
_YOU = re.compile(r"\byou\b", re.I)
# A base form after these words is non-finite ("to open", "could stop", "did not know"), not present tense.
NON_FINITE_BEFORE = frozenset(
    {
        "to",
        "would",
        "could",
        "can",
        "will",
        "might",
        "must",
        "should",
        "shall",
        "may",
        "did",
        "do",
        "does",
        "not",
        "didn't",
        "don't",
        "doesn't",
        "cannot",
    }
)
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
GROUP_FIRST = frozenset({"we", "us", "our", "ours", "ourselves"})
GROUP_THIRD = frozenset({"they", "them", "their", "theirs", "themselves"})
THIRD_SINGULAR = frozenset({"he", "she"})
MODALS = frozenset({"can", "will", "may", "must", "shall"})


@dataclass(frozen=True)
class Lexicon:
    """What the predicates may look for: verb forms by tense, and the names, object phrases and
    locative phrases of the tables (the candidates a story's protagonist, object and place are from)."""

    past: frozenset[str]
    present: frozenset[str]
    names: tuple[str, ...]
    objects: tuple[str, ...]
    places: tuple[str, ...]


def narration(text: str) -> str:
    """The text without dialogue (double-quoted spans) and without questions put to the reader.

    A closing question to the reader ("Would you have shared it?") speaks in the reader's present,
    whatever the tense of the narration, so it is not narration for the tense and POV checks.
    """
    kept = [s for s in sentences(_QUOTED.sub(" ", text)) if not (s.endswith("?") and _YOU.search(s))]
    return " ".join(kept)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Whitespace-separated tokens, the count a writer means by "words"."""
    return len(text.split())


def sentences(text: str) -> list[str]:
    """Split after ., ! or ? (and a closing quote) when the next sentence starts with a capital or quote."""
    return [s.strip() for s in _SENTENCE_SPLIT.split(text.strip()) if s.strip()]


def contains_phrase(text: str, phrase: str) -> bool:
    """Case-insensitive whole-word match of a phrase."""
    return re.search(r"(?<![A-Za-z])" + re.escape(phrase.lower()) + r"(?![A-Za-z])", text.lower()) is not None


def point_of_view(text: str) -> str:
    """``first`` when the narration uses first-person pronouns, else ``third``."""
    narrated = [w.lower() for w in words(narration(text))]
    return "first" if any(w in FIRST_PERSON for w in narrated) else "third"


def tense_counts(text: str, past_forms: Iterable[str], present_forms: Iterable[str]) -> tuple[int, int]:
    """How many narration words are past-only forms and present-only forms of the lexicon."""
    past, present = set(past_forms), set(present_forms)
    narrated = words(narration(text))
    n_past = n_present = 0
    for i, w in enumerate(narrated):
        before = narrated[i - 1].lower() if i else ""
        n_past += w in past
        n_present += w in present and before not in NON_FINITE_BEFORE
    return n_past, n_present


def tense(text: str, past_forms: Iterable[str], present_forms: Iterable[str]) -> str:
    """``past`` or ``present`` when narration uses only one of them, ``mixed`` or ``none`` otherwise."""
    n_past, n_present = tense_counts(text, past_forms, present_forms)
    if n_past and not n_present:
        return "past"
    if n_present and not n_past:
        return "present"
    return "mixed" if n_past else "none"


def repeated_sentences(text: str) -> list[str]:
    """Sentences that occur more than once (a repeated passage)."""
    counts = Counter(" ".join(s.split()).lower() for s in sentences(text))
    return [s for s, n in counts.items() if n > 1]


def is_shuffle_of(candidate: str, original: str) -> bool:
    """Same multiset of sentences in a different order."""
    a, b = sentences(candidate), sentences(original)
    return a != b and Counter(a) == Counter(b)


def in_range(text: str, low: int, high: int) -> bool:
    return low <= word_count(text) <= high


def count_phrase(text: str, phrase: str, case: bool = False) -> int:
    """Whole-word occurrences of a phrase (``case``: match case, as for names like "Fern")."""
    if not case:
        text, phrase = text.lower(), phrase.lower()
    return len(re.findall(r"(?<![A-Za-z])" + re.escape(phrase) + r"(?![A-Za-z])", text))


def dialogue(text: str) -> str:
    return " ".join(_QUOTED.findall(text))


def main_character(text: str, names: Iterable[str]) -> str | None:
    """The one character the dialogue addresses by name; in third-person narration that character
    must also be named at least as often as anyone else. None when that does not single one out."""
    spoken = [n for n in names if count_phrase(dialogue(text), n, case=True)]
    if len(spoken) != 1:
        return None
    told = narration(text)
    counts = {n: count_phrase(told, n, case=True) for n in names}
    if point_of_view(text) == "third" and counts[spoken[0]] < max(counts.values()):
        return None
    return spoken[0]


def central_object(text: str, objects: Iterable[str]) -> str | None:
    """The object named most often, at least twice; None on a tie (a story about nothing in particular)."""
    counts = sorted(((count_phrase(text, o), o) for o in objects), reverse=True)
    if counts[0][0] < 2 or counts[0][0] == counts[1][0]:
        return None
    return counts[0][1]


def setting_of(text: str, places: Iterable[str]) -> str | None:
    """The one locative phrase ("at the lighthouse") the story uses; None if none or several."""
    found = [p for p in places if contains_phrase(text, p)]
    return found[0] if len(found) == 1 else None


def narrator_problems(text: str, lexicon: Lexicon) -> list[str]:
    """Pronoun and agreement slips of the narration, judged against the story's own point of view.

    First person: the narrator is never "they"/"them" (a group that includes the narrator is
    "we"), the narrator's own name is not used as a narrating subject (only in dialogue or in
    "named X"), and "I"/"we" never take a third-person singular verb ("I walks"). Third person: no
    "we"/"us"/"our" in narration, and "he"/"she" never take a first-person verb ("she walk").
    """
    told = narration(text)
    ws = [w.lower() for w in words(told)]
    problems = []
    singular = {w for w in lexicon.present if w.endswith("s") and not w.endswith("ss")} | {
        "is",
        "has",
        "does",
    }
    base = {w for w in lexicon.present if not w.endswith("s")} - MODALS | {"am", "have", "do"}
    if point_of_view(text) == "first":
        problems += [f"narrator as '{w}'" for w in sorted(set(ws) & GROUP_THIRD)]
        own = main_character(text, lexicon.names)
        if own and count_phrase(told, own, case=True) > count_phrase(told, "named " + own, case=True):
            problems.append(f"narrator's own name '{own}' in narration")
        pairs = itertools.pairwise(ws)
        problems += [f"'{a} {b}'" for a, b in pairs if a in ("i", "we") and b in singular]
    else:
        problems += [f"narration says '{w}'" for w in sorted(set(ws) & GROUP_FIRST)]
        pairs = itertools.pairwise(ws)
        problems += [f"'{a} {b}'" for a, b in pairs if a in THIRD_SINGULAR and b in base]
    return problems


def check_all(text: str, spec: dict, lexicon: Lexicon) -> dict[str, bool]:
    """Every checkable constraint of a prompt ``spec`` (as recorded in ``meta.constraints``).

    Keys: character, object, setting, pov, narrator, tense, length, no_repetition. A story that
    meets the prompt has all True.
    """
    low, high = spec["length_words"]
    return {
        "character": main_character(text, lexicon.names) == spec["character"],
        "object": central_object(text, lexicon.objects) == spec["object"]
        and contains_phrase(text, spec["object"]),
        "setting": setting_of(text, lexicon.places) == spec["setting_phrase"],
        "pov": point_of_view(text) == spec["pov"],
        "narrator": not narrator_problems(text, lexicon),
        "tense": tense(text, lexicon.past, lexicon.present) == spec["tense"],
        "length": in_range(text, low, high),
        "no_repetition": not repeated_sentences(text),
    }
