"""Shallow cues of a response that a model could use without checking whether the code works.

Each cue maps (prompt, response) to a number; "wins" says which way the cue votes (the larger or
the smaller value is taken as the better response). They mirror the artifact panel of the audit:
length, style markers (comments, docstrings, markdown), words and numbers absent from the prompt,
prompt n-gram overlap, repeated lines, and two prompt-free language-model scores (a token n-gram
model of public code and SmolLM2-135M's mean log-prob), which are looked up from a score file
because they need data and a model that the build must not depend on, and a response-only
naive-Bayes classifier over code tokens trained on the other problems' programs.

The build uses them to pair programs so that no cue decides (see select.py); probe_cues.py
reports each cue's pairwise accuracy on the finished subsets.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from rmbench.audit import tokens

from .ngram import code_tokens

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
# a comment line or trailing comment (``//`` only at a line start or after ``;{}``, since Python's
# floor division is ``//`` too), a docstring, a block comment or a markdown fence
_COMMENT = re.compile(r"^\s*(#|//)|\s#\s|[;{}]\s*//|\"\"\"|'''|/\*|^\s*```", re.MULTILINE)


def length(prompt: str, response: str) -> float:
    return float(len(response))


def markers(prompt: str, response: str) -> float:
    """Comments, docstrings and markdown fences: a "well-documented look"."""
    return float(len(_COMMENT.findall(response)))


def absent_words(prompt: str, response: str) -> float:
    return float(len(tokens(response) - tokens(prompt)))


def absent_numbers(prompt: str, response: str) -> float:
    return float(len(set(_NUMBER.findall(response)) - set(_NUMBER.findall(prompt))))


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = _WORDS.findall(text.lower())
    return set(itertools.pairwise(words))


def prompt_overlap(prompt: str, response: str) -> float:
    return float(len(_bigrams(response) & _bigrams(prompt)))


def repeated_lines(prompt: str, response: str) -> float:
    lines = [ln.strip() for ln in response.split("\n") if len(ln.strip()) > 3]
    return float(len(lines) - len(set(lines)))


Cue = Callable[[str, str], float]

#: name -> (cue, which value wins: +1 larger, -1 smaller)
TEXT_CUES: dict[str, tuple[Cue, int]] = {
    "length": (length, +1),
    "markers": (markers, +1),
    "absent_words": (absent_words, -1),
    "absent_numbers": (absent_numbers, -1),
    "prompt_overlap": (prompt_overlap, +1),
    "repeated_lines": (repeated_lines, -1),
}
#: cues read from the score file (higher mean log-prob wins)
SCORED_CUES = ("ngram", "smollm2")
#: the response-only classifier, computed over all programs of a language (leave one problem out)
CLASSIFIER_CUE = "token_classifier"


def code_features(code: str) -> set[str]:
    """Code-token unigrams and bigrams: what a response-only classifier of code would look at."""
    toks = code_tokens(code)
    return set(toks) | {a + " " + b for a, b in itertools.pairwise(toks)}


def leave_one_out_classifier(
    programs: Sequence[tuple[str, str, bool]], smoothing: float = 1.0
) -> dict[tuple[str, str], float]:
    """A naive-Bayes pass/fail score for each (problem, code), trained on the other problems only.

    ``programs`` are (problem, code, passing) triples. This is the response-only probe the
    audit runs (a classifier that never sees the prompt, cross-validated by problem), computed
    here so the pairing can keep it from deciding pairs; log-count ratios summed with fsum.
    """
    feats = [(problem, code, passing, code_features(code)) for problem, code, passing in programs]
    totals = {True: Counter[str](), False: Counter[str]()}
    by_problem: dict[str, dict[bool, Counter[str]]] = defaultdict(lambda: {True: Counter(), False: Counter()})
    n_total = Counter[bool]()
    n_problem: dict[str, Counter[bool]] = defaultdict(Counter)
    for problem, _, passing, f in feats:
        totals[passing].update(f)
        by_problem[problem][passing].update(f)
        n_total[passing] += 1
        n_problem[problem][passing] += 1
    out: dict[tuple[str, str], float] = {}
    for problem, code, _, f in feats:
        n_pos = n_total[True] - n_problem[problem][True]
        n_neg = n_total[False] - n_problem[problem][False]
        weights = []
        for w in sorted(f):
            pos = totals[True][w] - by_problem[problem][True][w]
            neg = totals[False][w] - by_problem[problem][False][w]
            if pos or neg:
                weights.append(
                    math.log((pos + smoothing) / (n_pos + 2 * smoothing))
                    - math.log((neg + smoothing) / (n_neg + 2 * smoothing))
                )
        out[(problem, code)] = math.fsum(weights)
    return out


def cue_values(prompt: str, response: str, scores: Mapping[str, float]) -> dict[str, float]:
    """Every cue's value for one response; ``scores`` holds the scored cues of this response."""
    out = {name: float(wins) * fn(prompt, response) for name, (fn, wins) in TEXT_CUES.items()}
    for name in SCORED_CUES:
        if name in scores:
            out[name] = float(scores[name])
    return out
