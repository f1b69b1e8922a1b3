"""Surface features of a response relative to its prompt: the cues a shallow heuristic would use.

Shared by the build (which picks, per item, answer wordings whose features are equal on the
preferred and the rejected side) and by ``probe_cues`` (which measures how well each cue predicts
the label). Tokenisation follows ``rmbench.audit.tokens``: lower-cased letter runs and digit runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[^\W\d_]+|\d+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def features(prompt: str, response: str) -> tuple[int, ...]:
    """(words absent from the prompt, numbers absent from it, distinct response n-grams, n = 1..4,
    found in the prompt): two answers with equal features look alike to every such cue."""
    p_words, r_words = words(prompt), words(response)
    copied = tuple(len(set(ngrams(r_words, n)) & set(ngrams(p_words, n))) for n in (1, 2, 3, 4))
    return (len(set(r_words) - set(p_words)), len(numbers(response) - numbers(prompt)), *copied)


def imbalance(prompt: str, responses: Sequence[str]) -> int:
    """Sum over features of (max - min) across the responses: 0 when no feature separates them."""
    rows = [features(prompt, r) for r in responses]
    return sum(max(col) - min(col) for col in zip(*rows, strict=True))
