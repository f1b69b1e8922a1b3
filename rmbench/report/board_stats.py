"""Leaderboard statistics: weighted combinations of subset means under one draw of sources.

Every aggregate on the board is a signed, weighted sum of subset means: a domain mean (weights
1 / subsets), the overall mean (equal per domain, then per subset), a generalization gap (base
minus shifted), a robustness delta (attacked minus clean), a mirrored-attack bias (chosen-side
minus rejected-side twin). One function computes them all (:meth:`Builder.combine`): the clusters
of every subset involved (task-scoped source ids) are resampled together, so twins and derived
subsets that share sources move together instead of counting as independent evidence, and every
model compared on the same subsets gets the same draws - the difference of two models' resamples
is a paired bootstrap test.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rmbench.metrics import percentile_interval
from rmbench.metrics.clusters import Clusters, as_keys, resampled_sums
from rmbench.report.board_collect import Entry, SubsetInfo
from rmbench.report.thresholds import CONFIDENCE
from rmbench.results.figures import kind_of, primary_values, subset_seed


@dataclass(frozen=True)
class Combination:
    """An aggregate's point value, its resamples (for intervals and paired tests) and its evidence."""

    value: float
    samples: np.ndarray
    n_items: int
    n_clusters: int

    def figure(self, coverage: tuple[int, int] | None = None) -> dict[str, Any]:
        lo, hi = percentile_interval(self.samples, CONFIDENCE)
        fig = {
            "value": _r(self.value),
            "ci_low": _r(lo),
            "ci_high": _r(hi),
            "n": self.n_items,
            "n_clusters": self.n_clusters,
        }
        if coverage is not None:
            fig["covered"], fig["of"] = coverage
        return fig


def _r(x: float | None) -> float | None:
    """Fixed rounding for published numbers (NaN becomes null): same runs, same bytes."""
    if x is None or not np.isfinite(x):
        return None
    return round(float(x), 6) + 0.0  # + 0.0 turns -0.0 into 0.0


def no_figure() -> dict[str, Any]:
    return {"value": None, "ci_low": None, "ci_high": None, "n": 0, "n_clusters": 0}


def domain_weights(keys: Sequence[str], infos: dict[str, SubsetInfo]) -> dict[str, float]:
    """Weight of each subset in an aggregate: equal per domain, then equal per subset within it."""
    by_domain: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_domain[infos[k].domain].append(k)
    return {k: 1.0 / (len(by_domain) * len(ks)) for ks in by_domain.values() for k in ks}


@dataclass
class Builder:
    entries: list[Entry]
    infos: dict[str, SubsetInfo]
    tie_credit: float
    n_resamples: int
    seed: int
    _values: dict[tuple[str, str], tuple[np.ndarray, Clusters]] = field(default_factory=dict)
    _combined: dict[tuple[str, tuple[tuple[str, float], ...]], Combination] = field(default_factory=dict)

    def values(self, entry: Entry, key: str) -> tuple[np.ndarray, Clusters]:
        """Per-item primary values (NaN items dropped) and their clusters, named ``task/cluster``
        (task-scoped). The task is prefixed to the sorted names, not to every item's key: the order
        is the same, and a million items need no million new strings."""
        if (entry.label, key) not in self._values:
            rows = entry.rows(key)
            v = primary_values(rows.rows, self.tie_credit)
            keep = ~np.isnan(v)
            own = Clusters.of(as_keys(rows.clusters)[keep])
            clusters = Clusters(np.char.add(f"{self.infos[key].task}/", own.names), own.index)
            self._values[(entry.label, key)] = (v[keep], clusters)
        return self._values[(entry.label, key)]

    def has(self, entry: Entry, key: str) -> bool:
        return key in entry.source and len(self.values(entry, key)[0]) > 0

    def combine(self, entry: Entry, terms: dict[str, float]) -> Combination:
        """sum(weight * mean of subset) with one shared draw over all the subsets' clusters.

        The draw depends only on the set of subsets (and the board's seed), so every model combined
        over the same subsets gets the same draws: paired. Computed once per model and terms (the
        overall, in-distribution and domain tables often weigh the same subsets alike).
        """
        memo = (entry.label, tuple(sorted(terms.items())))
        if memo not in self._combined:
            self._combined[memo] = self._combine(entry, terms)
        return self._combined[memo]

    def _combine(self, entry: Entry, terms: dict[str, float]) -> Combination:
        parts = {k: self.values(entry, k) for k in sorted(terms)}
        names = [cl.names for _, cl in parts.values()]
        universe = names[0] if len(names) == 1 else np.unique(np.concatenate(names))
        aligned = []
        for key, (v, cl) in parts.items():
            sums, counts = cl.sums(v)
            s, n = np.zeros(len(universe)), np.zeros(len(universe))
            pos = cl.aligned_to(universe)
            s[pos], n[pos] = sums, counts
            aligned.append((terms[key], s, n))
        samples = np.zeros(self.n_resamples)
        row = 0
        weights = [weight for weight, _, _ in aligned]
        seed = subset_seed(self.seed, "|".join(sorted(terms)))
        for chunk in resampled_sums([(s, n) for _, s, n in aligned], self.n_resamples, seed):
            with np.errstate(invalid="ignore", divide="ignore"):
                samples[row : row + len(chunk[0][0])] = sum(
                    weight * num / den for weight, (num, den) in zip(weights, chunk, strict=True)
                )
            row += len(chunk[0][0])
        value = float(sum(terms[k] * float(np.mean(v)) for k, (v, _) in parts.items()))
        return Combination(value, samples, sum(len(v) for v, _ in parts.values()), len(universe))

    def mean_over(self, entry: Entry, keys: Sequence[str]) -> Combination | None:
        """Domain-weighted mean accuracy over the subsets of ``keys`` this model scored."""
        have = [k for k in keys if self.has(entry, k)]
        return self.combine(entry, domain_weights(have, self.infos)) if have else None

    def difference_over(self, entry: Entry, pairs: Sequence[tuple[str, str]]) -> Combination | None:
        """Domain-weighted mean of (first minus second) over subset pairs this model scored both of."""
        have = [(a, b) for a, b in pairs if self.has(entry, a) and self.has(entry, b)]
        if not have:
            return None
        by_domain: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for a, b in have:
            by_domain[self.infos[b].domain].append((a, b))
        terms: dict[str, float] = defaultdict(float)
        for pairs_in_domain in by_domain.values():
            weight = 1.0 / (len(by_domain) * len(pairs_in_domain))
            for a, b in pairs_in_domain:
                terms[a] += weight
                terms[b] -= weight
        return self.combine(entry, {k: w for k, w in terms.items() if w != 0.0})

    def is_pointwise(self, entry: Entry, key: str) -> bool:
        return kind_of(entry.rows(key).gold) == "pointwise"
