"""The length baseline and the response-only artifact probe.

- ``length``: if "longer wins" scores far from 50%, length gives labels away.
- The response-only probe: a naive-Bayes log-count-ratio model over the words of the responses,
  never the prompt. Two-fold cross-fitting split by ``source_id`` (hash of the seed and the
  source): each half is scored by the probe trained on the other half, so every item gets a
  held-out score and no source is both trained on and scored. Near 50% means the label lives in
  the relation between prompt and response; near 100% means a word gives it away.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from rmbench.audit.text import tokens
from rmbench.items import Item
from rmbench.metrics import Estimate, mean_ci, pairwise_accuracy_per_item
from rmbench.tasks.splits import hash_unit


def _ranked(items: Sequence[Item]) -> list[Item]:
    return [it for it in items if it.k >= 2]


def length_baseline(items: Sequence[Item], seed: int = 0) -> Estimate:
    """Pairwise accuracy of "the longer response is better" (characters; ties earn half)."""
    ranked = _ranked(items)
    scores = [[len(r) for r in it.responses] for it in ranked]
    per_item = pairwise_accuracy_per_item(scores, [it.gold for it in ranked])
    return mean_ci(per_item, [it.source_id for it in ranked], seed=seed)


def _weights(train: Sequence[Item], smoothing: float) -> dict[str, float]:
    positive: Counter[str] = Counter()
    negative: Counter[str] = Counter()
    n_pos = n_neg = 0
    for item in train:
        top = max(item.gold)
        for response, g in zip(item.responses, item.gold, strict=True):
            if g == top:
                positive.update(tokens(response))
                n_pos += 1
            else:
                negative.update(tokens(response))
                n_neg += 1
    return {
        w: math.log((positive[w] + smoothing) / (n_pos + 2 * smoothing))
        - math.log((negative[w] + smoothing) / (n_neg + 2 * smoothing))
        for w in set(positive) | set(negative)
    }


def artifact_probe_scores(
    items: Sequence[Item], seed: int = 0, smoothing: float = 1.0
) -> list[list[float]] | None:
    """Held-out probe scores of every response (items with k >= 2, in order); None if a fold is empty."""
    ranked = _ranked(items)
    folds = [int(hash_unit(seed, it.source_id) >= 0.5) for it in ranked]
    if len(set(folds)) < 2:
        return None
    weights = [
        _weights([it for it, f in zip(ranked, folds, strict=True) if f != k], smoothing) for k in (0, 1)
    ]
    # fsum: exact, so the score (and near-ties) do not depend on set iteration order / PYTHONHASHSEED.
    return [
        [math.fsum(weights[f].get(w, 0.0) for w in tokens(r)) for r in it.responses]
        for it, f in zip(ranked, folds, strict=True)
    ]


def artifact_probe(items: Sequence[Item], seed: int = 0, smoothing: float = 1.0) -> Estimate:
    """Cross-fitted pairwise accuracy of the response-only probe (NaN if the items fill one fold)."""
    ranked = _ranked(items)
    scores = artifact_probe_scores(ranked, seed, smoothing)
    if scores is None:
        return Estimate(float("nan"), float("nan"), float("nan"), 0)
    per_item = pairwise_accuracy_per_item(scores, [it.gold for it in ranked])
    return mean_ci(per_item, [it.source_id for it in ranked], seed=seed)
