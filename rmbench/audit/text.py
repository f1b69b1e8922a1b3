"""Surface features of text that the audit's heuristics count: words, numbers, sentences, tokens.

Deliberately shallow and language-light: a cue found with these is one a reward model can learn
without understanding the task. CJK runs are split into characters (no spaces to split on).
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A number as written: 1,250 / 3.5 / 12; separators inside are dropped so "1,250" == "1250".
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")
# LM tokens: words, numbers, and runs of the same punctuation/operator character class.
_LM_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]+", re.UNICODE)


def word_list(text: str) -> list[str]:
    """Lower-cased words and digit runs in order; CJK runs become single characters."""
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        if _CJK.search(word):
            out.extend(word)
        else:
            out.append(word)
    return out


def tokens(text: str) -> set[str]:
    """The distinct words of :func:`word_list`."""
    return set(word_list(text))


def numbers(text: str) -> set[str]:
    """Distinct numbers as written, thousands/decimal separators removed ("1,250" -> "1250")."""
    return {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}


def sentences(text: str) -> list[str]:
    """Sentences (or lines), whitespace-collapsed and lower-cased, empty ones dropped."""
    parts = (" ".join(s.split()).lower() for s in _SENTENCE_END.split(text))
    return [p for p in parts if p]


def ngrams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def lm_tokens(text: str) -> list[str]:
    """Tokens for the n-gram language model: lower-cased words, digit runs, punctuation runs."""
    out: list[str] = []
    for tok in _LM_TOKEN.findall(text.lower()):
        if _CJK.search(tok):
            out.extend(tok)
        else:
            out.append(tok)
    return out


def normalise_space(text: str) -> str:
    """Whitespace collapsed and stripped: what "the same text" means for exact duplicates."""
    return " ".join(text.split())


def strip_punctuation(text: str) -> str:
    """Case-folded, punctuation, symbols and whitespace removed: "identical but for punctuation"."""
    return "".join(
        ch for ch in text.casefold() if not ch.isspace() and unicodedata.category(ch)[0] not in "PS"
    )
