"""Diagnostics every summary carries: how much a model's verdicts follow response length."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rmbench.metrics.correlation import spearman_rho
from rmbench.metrics.item_metrics import ArrayList, flat_values, grouped, row_sizes


def length_bias(
    scores: ArrayList, gold: ArrayList, lengths: ArrayList, tie_credit: float = 0.5
) -> dict[str, float | int]:
    """Length-bias figures over gold-ordered pairs of different length.

    - ``prefers_longer``: share of those pairs where the model scores the longer response higher
      (0.5 for a length-blind model on balanced data).
    - ``acc_chosen_shorter`` / ``acc_chosen_longer``: pairwise accuracy where the better response is
      the shorter / longer one. A large difference is the signature of length bias.
    - ``score_length_spearman``: rank correlation of score and length across all responses.

    Pairs are counted, items grouped by k (vectorised): a million pairs take about a second.
    """
    if not (len(scores) == len(gold) == len(lengths)):
        raise ValueError(f"{len(scores)} score arrays, {len(gold)} gold arrays, {len(lengths)} length arrays")
    # pairs with the longer one scored higher / tied; then wins, ties and pairs where the better is
    # shorter / longer
    longer_wins = longer_ties = longer_n = 0
    short = np.zeros(3, np.int64)
    long = np.zeros(3, np.int64)
    for _, s, g, n in grouped(scores, gold, lengths):
        if s.shape[1] < 2:
            continue
        better = (g[:, :, None] - g[:, None, :]) > 0
        dn = n[:, :, None] - n[:, None, :]
        ds = s[:, :, None] - s[:, None, :]
        differ = better & (dn != 0)
        longer_wins += int((differ & (ds * np.sign(dn) > 0)).sum())
        longer_ties += int((differ & (ds == 0)).sum())
        longer_n += int(differ.sum())
        for tally, side in ((short, better & (dn < 0)), (long, better & (dn > 0))):
            tally += [int((side & (ds > 0)).sum()), int((side & (ds == 0)).sum()), int(side.sum())]
    all_scores = flat_values(scores, int(row_sizes(scores).sum()))
    all_lengths = flat_values(lengths, int(row_sizes(lengths).sum()))

    def ratio(a: float, b: int) -> float:
        return float(a) / float(b) if b else float("nan")

    return {
        "prefers_longer": ratio(longer_wins + 0.5 * longer_ties, longer_n),
        "acc_chosen_shorter": ratio(short[0] + tie_credit * short[1], short[2]),
        "acc_chosen_longer": ratio(long[0] + tie_credit * long[1], long[2]),
        "pairs_chosen_shorter": int(short[2]),
        "pairs_chosen_longer": int(long[2]),
        "score_length_spearman": spearman_rho(all_scores, all_lengths)
        if len(all_scores) >= 3
        else float("nan"),
    }


def response_lengths(responses: Sequence[Sequence[str]]) -> list[list[int]]:
    """Lengths in characters: tokenizer-free, so figures compare across models."""
    return [[len(r) for r in rs] for rs in responses]
