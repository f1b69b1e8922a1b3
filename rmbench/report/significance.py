"""Significance groups: which models the data cannot tell apart.

Models are sorted by score; walking down the list, a model joins the current group unless the
paired test (:func:`rmbench.metrics.paired_test`, on per-item values over the very same items)
says it is significantly worse than the group's first (best) model, in which case it opens the
next group. So every member of a group is not significantly below its leader; groups are
numbered from 1 (best). No multiple-comparison correction is applied: the groups are a reading
aid, and every pairwise p-value is published next to them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from rmbench.metrics import PairedTest, paired_test

DEFAULT_ALPHA = 0.05


@dataclass(frozen=True)
class Groups:
    order: list[str]  # labels, best first
    group: dict[str, int]  # label -> group number (1 = best)
    tests: dict[tuple[str, str], PairedTest]  # (leader, model) tests that decided the grouping


def rank_order(values: Mapping[str, float]) -> list[str]:
    """Labels by value, best first; NaN last; ties broken by label so the order is stable."""
    return sorted(
        values, key=lambda k: (np.isnan(values[k]), -values[k] if not np.isnan(values[k]) else 0.0, k)
    )


def significance_groups(
    values: Mapping[str, float],
    per_item: Mapping[str, np.ndarray],
    *,
    alpha: float = DEFAULT_ALPHA,
    n_resamples: int = 1000,
    seed: int = 0,
) -> Groups:
    """Group models whose per-item values (aligned, same items) are not significantly apart."""
    order = rank_order(values)
    group: dict[str, int] = {}
    tests: dict[tuple[str, str], PairedTest] = {}
    leader: str | None = None
    number = 0
    for label in order:
        if leader is None:
            leader, number = label, 1
        else:
            test = paired_test(per_item[leader], per_item[label], n_resamples=n_resamples, seed=seed)
            tests[(leader, label)] = test
            if not (test.p_value >= alpha):  # significant, or not testable (NaN): a new group
                leader, number = label, number + 1
        group[label] = number
    return Groups(order, group, tests)


def all_pairs(
    order: Sequence[str], per_item: Mapping[str, np.ndarray], *, n_resamples: int = 1000, seed: int = 0
) -> list[tuple[str, str, PairedTest]]:
    """Paired test of every pair (a above b in ``order``): the full matrix behind the groups."""
    return [
        (a, b, paired_test(per_item[a], per_item[b], n_resamples=n_resamples, seed=seed))
        for i, a in enumerate(order)
        for b in order[i + 1 :]
    ]
