"""Checkable story constraints: predicates over the text of a story.

These are what the tests run on every built-in item: the preferred story satisfies all of its
checkable constraints and the rejected story breaks the recorded one (and only that one). They
are heuristics that hold for text whose verbs we control (see ``build/render.py``), not general
NLP: point of view counts first-person pronouns outside dialogue; tense counts verb forms from a
lexicon of past-only and present-only words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

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


def check_all(
    text: str,
    spec: dict,
    past_forms: Iterable[str],
    present_forms: Iterable[str],
) -> dict[str, bool]:
    """Every checkable constraint of a prompt ``spec`` (as recorded in ``meta.constraints``).

    Keys: character, object, setting, pov, tense, length, no_repetition. A story that meets the
    prompt has all True.
    """
    low, high = spec["length_words"]
    return {
        "character": contains_phrase(text, spec["character"]),
        "object": contains_phrase(text, spec["object"]),
        "setting": contains_phrase(text, spec["setting"]),
        "pov": point_of_view(text) == spec["pov"],
        "tense": tense(text, past_forms, present_forms) == spec["tense"],
        "length": in_range(text, low, high),
        "no_repetition": not repeated_sentences(text),
    }
