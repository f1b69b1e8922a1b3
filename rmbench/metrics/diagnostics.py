"""Diagnostics every summary carries: how much a model's verdicts follow response length."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rmbench.metrics.correlation import spearman_rho
from rmbench.metrics.item_metrics import ArrayList


def length_bias(
    scores: ArrayList, gold: ArrayList, lengths: ArrayList, tie_credit: float = 0.5
) -> dict[str, float | int]:
    """Length-bias figures over gold-ordered pairs of different length.

    - ``prefers_longer``: share of those pairs where the model scores the longer response higher
      (0.5 for a length-blind model on balanced data).
    - ``acc_chosen_shorter`` / ``acc_chosen_longer``: pairwise accuracy where the better response is
      the shorter / longer one. A large difference is the signature of length bias.
    - ``score_length_spearman``: rank correlation of score and length across all responses.
    """
    longer_hits = longer_n = 0.0
    short_credit = short_n = long_credit = long_n = 0.0
    all_scores: list[float] = []
    all_lengths: list[float] = []
    for s, g, n in zip(scores, gold, lengths, strict=True):
        s, g, n = (np.asarray(x, float) for x in (s, g, n))
        all_scores.extend(s.tolist())
        all_lengths.extend(n.tolist())
        if len(g) < 2:
            continue
        better = (g[:, None] - g[None, :]) > 0
        dn = n[:, None] - n[None, :]
        ds = s[:, None] - s[None, :]
        credit = np.where(ds > 0, 1.0, np.where(ds == 0, tie_credit, 0.0))
        differ = better & (dn != 0)
        longer_hits += float(((ds * np.sign(dn) > 0) + 0.5 * (ds == 0))[differ].sum())
        longer_n += float(differ.sum())
        shorter = better & (dn < 0)
        longer = better & (dn > 0)
        short_credit += float(credit[shorter].sum())
        short_n += float(shorter.sum())
        long_credit += float(credit[longer].sum())
        long_n += float(longer.sum())

    def ratio(a: float, b: float) -> float:
        return a / b if b else float("nan")

    return {
        "prefers_longer": ratio(longer_hits, longer_n),
        "acc_chosen_shorter": ratio(short_credit, short_n),
        "acc_chosen_longer": ratio(long_credit, long_n),
        "pairs_chosen_shorter": int(short_n),
        "pairs_chosen_longer": int(long_n),
        "score_length_spearman": spearman_rho(np.asarray(all_scores), np.asarray(all_lengths))
        if len(all_scores) >= 3
        else float("nan"),
    }


def response_lengths(responses: Sequence[Sequence[str]]) -> list[list[int]]:
    """Lengths in characters: tokenizer-free, so figures compare across models."""
    return [[len(r) for r in rs] for rs in responses]
