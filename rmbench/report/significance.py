"""Significance groups: which models the data cannot tell apart, corrected for multiple comparisons.

Every pair of models in a table is tested with a paired cluster bootstrap (the models' aggregate
resamples share their draws of sources, see :mod:`rmbench.report.board_stats`), and the p-values
of the table are Holm-adjusted together: with ten models a table makes 45 comparisons, and
without a correction a few would look significant by chance. Models are then sorted by score;
walking down, a model joins the current group unless its adjusted p-value against the group's
leader is below alpha, in which case it opens the next group. Groups are numbered from 1 (best).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from rmbench.metrics.bootstrap import PairedTest, holm, paired_from_resamples

CORRECTION = "holm"


@dataclass(frozen=True)
class PairResult:
    a: str
    b: str
    test: PairedTest
    p_adjusted: float


@dataclass(frozen=True)
class Groups:
    order: list[str]  # labels, best first
    group: dict[str, int]  # label -> group number (1 = best)
    pairs: list[PairResult]  # every pair (a above b in order), with Holm-adjusted p


def rank_order(values: Mapping[str, float]) -> list[str]:
    """Labels by value, best first; NaN last; ties broken by label so the order is stable."""
    return sorted(
        values, key=lambda k: (np.isnan(values[k]), -values[k] if not np.isnan(values[k]) else 0.0, k)
    )


def significance_groups(
    values: Mapping[str, float], samples: Mapping[str, np.ndarray], *, alpha: float = 0.05
) -> Groups:
    """Group models (value and paired resamples each) that are not significantly apart after Holm."""
    order = rank_order(values)
    raw = [
        (a, b, paired_from_resamples(values[a], values[b], samples[a], samples[b]))
        for i, a in enumerate(order)
        for b in order[i + 1 :]
    ]
    adjusted = holm([t.p_value for _, _, t in raw])
    pairs = [PairResult(a, b, t, p) for (a, b, t), p in zip(raw, adjusted, strict=True)]
    by_pair = {(p.a, p.b): p.p_adjusted for p in pairs}
    group: dict[str, int] = {}
    leader: str | None = None
    number = 0
    for label in order:
        if leader is None or not (by_pair.get((leader, label), float("nan")) >= alpha):
            leader, number = label, number + 1  # significant, or untestable (NaN): a new group
        group[label] = number
    return Groups(order, group, pairs)
