"""Response-only probes that learn from the labels, cross-validated by problem (``source_id``).

Both never see the prompt. The naive-Bayes probe looks at the same code-token features as the
pairing's leave-one-problem-out classifier (cues.py), so it measures what the pairing balanced; the
pairwise logistic regression over hashed token uni-, bi- and trigrams is the one the pairing never
saw, trained on (better - worse) feature differences of gold-ordered pairs. Each returns a held-out
score for every response, in the items' order, for the pairwise-accuracy metric.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Sequence

import numpy as np

from rmbench.items import Item
from rmbench.tasks.splits import hash_unit

from .cues import code_features
from .ngram import code_tokens

FOLDS = 5
HASH_DIMS = 1 << 12


def _folds(items: Sequence[Item], seed: int) -> list[int]:
    return [int(hash_unit(seed, it.source_id) * FOLDS) for it in items]


def naive_bayes_scores(items: Sequence[Item], seed: int = 7) -> list[list[float]]:
    """Held-out naive-Bayes log-count-ratio scores over code-token unigrams and bigrams."""
    folds = _folds(items, seed)
    out: list[list[float]] = [[] for _ in items]
    for fold in range(FOLDS):
        pos: Counter[str] = Counter()
        neg: Counter[str] = Counter()
        n_pos = n_neg = 0
        for it, f in zip(items, folds, strict=True):
            if f == fold:
                continue
            for r, g in zip(it.responses, it.gold, strict=True):
                if g == max(it.gold):
                    pos.update(code_features(r))
                    n_pos += 1
                else:
                    neg.update(code_features(r))
                    n_neg += 1
        weight = {
            w: math.log((pos[w] + 1) / (n_pos + 2)) - math.log((neg[w] + 1) / (n_neg + 2)) for w in pos | neg
        }
        for k, (it, f) in enumerate(zip(items, folds, strict=True)):
            if f == fold:
                out[k] = [
                    math.fsum(weight.get(w, 0.0) for w in sorted(code_features(r))) for r in it.responses
                ]
    return out


def _hashed(code: str) -> np.ndarray:
    toks = code_tokens(code)
    grams = set(toks)
    grams |= {" ".join(toks[i : i + n]) for n in (2, 3) for i in range(len(toks) - n + 1)}
    v = np.zeros(HASH_DIMS)
    for g in grams:
        v[zlib.crc32(g.encode()) % HASH_DIMS] = 1.0
    return v


def _fit(diffs: np.ndarray, l2: float = 1.0, steps: int = 200, rate: float = 0.5) -> np.ndarray:
    """Logistic regression without bias on symmetric pairs (x labelled 1, -x labelled 0)."""
    x = np.vstack([diffs, -diffs])
    y = np.r_[np.ones(len(diffs)), np.zeros(len(diffs))]
    w = np.zeros(diffs.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) + l2 * w) / len(y)
    return w


def pairwise_lr_scores(items: Sequence[Item], seed: int = 7) -> list[list[float]]:
    """Held-out linear scores from a pairwise logistic regression over hashed token n-grams."""
    vectors = [[_hashed(r) for r in it.responses] for it in items]
    folds = _folds(items, seed)
    out: list[list[float]] = [[] for _ in items]
    for fold in range(FOLDS):
        diffs = [
            va - vb
            for it, vs, f in zip(items, vectors, folds, strict=True)
            if f != fold
            for va, ga in zip(vs, it.gold, strict=True)
            for vb, gb in zip(vs, it.gold, strict=True)
            if ga > gb
        ]
        w = _fit(np.array(diffs))
        for k, (vs, f) in enumerate(zip(vectors, folds, strict=True)):
            if f == fold:
                out[k] = [float(v @ w) for v in vs]
    return out
