"""Content-blind and shallow heuristics: each scores every response of an item, higher = "better".

A heuristic is a one-line rule a reward model could learn instead of the task. The panel scores
every item with each of them and reports the same pairwise accuracy a model gets; a rule that
decides far more than half of the pairs (in either direction) is a shortcut the data offers.

Conventions: a count that "wins when fewer" is negated, so the score is always higher-wins and
``pairwise_accuracy_per_item`` applies unchanged; equal scores are ties and earn half.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from rmbench.audit.text import ngrams, numbers, sentences, word_list
from rmbench.items import Item, prompt_text

# Phrases that pad a reply without adding content (assistant chatter, customer-service filler).
CHATTER = (
    "great question",
    "good question",
    "certainly",
    "of course",
    "absolutely",
    "sure thing",
    "no problem",
    "happy to help",
    "glad to help",
    "happy to look into",
    "i'd be happy",
    "i would be happy",
    "i hope this helps",
    "hope this helps",
    "hope that helps",
    "let me walk you through",
    "let me explain",
    "let me know",
    "feel free",
    "don't hesitate",
    "do ask if",
    "in summary",
    "in conclusion",
    "to summarize",
    "to sum up",
    "it's worth noting",
    "it is worth noting",
    "it is important to note",
    "please note",
    "as an ai",
    "thanks for your message",
    "thank you for your message",
    "thanks for reaching out",
    "thank you for reaching out",
    "thanks for your patience",
    "have a great day",
    "have a good day",
    "have a good rest of your day",
    "have a nice day",
    "is there anything else",
    "anything else i can help",
    "that should be all there is to it",
    "i understand your frustration",
    "i completely understand",
    "here is the",
    "here's the",
)
_CHATTER = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in CHATTER) + r")\b", re.IGNORECASE)
_MARKDOWN = re.compile(
    r"```|^\s{0,3}#{2,6}\s|^\s*[-*\u2022]\s+\S|^\s*\d+[.)]\s+\S|\*\*[^*\n]+\*\*|__[^_\n]+__"
    r"|^\s*\|.*\|\s*$|\[[^\]\n]+\]\([^)\n]+\)|`[^`\n]+`|^\s*(?:-{3,}|\*{3,})\s*$",
    re.MULTILINE,
)
# Line comments (# not followed by # or !, //, --) at a line start or after code, and block comments.
_COMMENT = re.compile(r"(?:^|\s)(?:#(?![#!])|//)[^\n]*", re.MULTILINE)
_DOCSTRING = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|/\*[\s\S]*?\*/|^\s*///[^\n]*', re.MULTILINE)


class ItemText:
    """An item's prompt features, computed once and shared by every heuristic."""

    def __init__(self, item: Item):
        self.item = item
        self.responses = item.responses

    @cached_property
    def prompt(self) -> str:
        return prompt_text(self.item.prompt)

    @cached_property
    def prompt_words(self) -> set[str]:
        return set(word_list(self.prompt))

    @cached_property
    def prompt_numbers(self) -> set[str]:
        return numbers(self.prompt)

    @cached_property
    def prompt_bigrams(self) -> set[tuple[str, ...]]:
        return ngrams(word_list(self.prompt), 2)


def _length(t: ItemText) -> list[float]:
    return [float(len(r)) for r in t.responses]


def _absent_words(t: ItemText) -> list[float]:
    """Minus the distinct words (digit runs included) the prompt never uses: the broadest copy cue."""
    return [-float(len(set(word_list(r)) - t.prompt_words)) for r in t.responses]


def _absent_numbers(t: ItemText) -> list[float]:
    return [-float(len(numbers(r) - t.prompt_numbers)) for r in t.responses]


def _prompt_overlap(t: ItemText) -> list[float]:
    """Share of the response's word bigrams (its words, if it has one) that occur in the prompt."""
    out = []
    for r in t.responses:
        words = word_list(r)
        if len(words) >= 2:
            grams = ngrams(words, 2)
            out.append(len(grams & t.prompt_bigrams) / len(grams))
        else:
            out.append(float(bool(words) and words[0] in t.prompt_words))
    return out


def _count(pattern: re.Pattern[str]) -> Callable[[ItemText], list[float]]:
    def score(t: ItemText) -> list[float]:
        return [float(len(pattern.findall(r))) for r in t.responses]

    return score


def _repeated_sentences(t: ItemText) -> list[float]:
    """Minus the number of sentences that repeat an earlier one of the same response."""
    out = []
    for r in t.responses:
        counts = Counter(sentences(r))
        out.append(-float(sum(c - 1 for c in counts.values())))
    return out


@dataclass(frozen=True)
class Heuristic:
    name: str
    wins: str  # what the rule prefers, in words (printed with the figure)
    score: Callable[[ItemText], list[float]]


HEURISTICS: tuple[Heuristic, ...] = (
    Heuristic("length", "longer (characters)", _length),
    Heuristic("absent_words", "fewer distinct words (and digit runs) absent from the prompt", _absent_words),
    Heuristic("absent_numbers", "fewer distinct numbers absent from the prompt", _absent_numbers),
    Heuristic("prompt_overlap", "more of its word bigrams found in the prompt", _prompt_overlap),
    Heuristic("markdown", "more markdown markers", _count(_MARKDOWN)),
    Heuristic("chatter", "more chatter/filler phrases", _count(_CHATTER)),
    Heuristic("comments", "more code comments (#, //)", _count(_COMMENT)),
    Heuristic("docstrings", "more docstrings/block comments", _count(_DOCSTRING)),
    Heuristic("repeated_sentences", "fewer repeated sentences", _repeated_sentences),
)


def heuristic_scores(heuristic: Heuristic, texts: Sequence[ItemText]) -> list[list[float]]:
    """The heuristic's score of every response of every item (higher = predicted better)."""
    return [heuristic.score(t) for t in texts]
