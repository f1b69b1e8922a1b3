"""Cluster bootstrap: resample sources, not items.

Items that share a source (the mutants of one coding problem, the questions on one passage, the
twins of one sentence) are not independent evidence: a model that misreads the passage gets all
of its questions wrong together. Resampling items as if they were independent makes intervals
far too narrow (tests/test_cluster_bootstrap.py shows a 95% item interval missing the truth most
of the time on clustered data). So every interval in rmbench resamples *clusters* - by default
``source_id``, an item without one being its own cluster - and recomputes the statistic over the
items of the drawn clusters.

How: a resample is a vector of draw counts over the clusters (multinomial, as drawing C clusters
with replacement), and a mean is the ratio sum(w_c * sum_c) / sum(w_c * n_c) over clusters, so
large clusters weigh as many items as they hold. The count vectors depend only on (number of
clusters, resamples, seed), so two models scored on the same items get the same resamples: their
difference is a paired bootstrap for free, and an aggregate over subsets that share clusters moves
those subsets together.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

CHUNK_CELLS = 4_000_000  # resample x cluster cells held at once (~32 MB of float64)


@dataclass(frozen=True)
class Clusters:
    """Which cluster each item belongs to: ``index[i]`` is item i's position in ``names``."""

    names: np.ndarray  # sorted unique cluster names
    index: np.ndarray  # int per item

    @classmethod
    def of(cls, keys: Sequence[str] | np.ndarray) -> Clusters:
        names, index = np.unique(np.asarray(keys, dtype=object).astype(str), return_inverse=True)
        return cls(names, index.astype(np.int64))

    def __len__(self) -> int:
        return len(self.names)

    def sums(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per-cluster sum and count of the non-NaN values (clusters left empty get 0 and 0)."""
        keep = ~np.isnan(values)
        sums = np.bincount(self.index[keep], weights=values[keep], minlength=len(self))
        counts = np.bincount(self.index[keep], minlength=len(self)).astype(float)
        return sums, counts

    def aligned_to(self, universe: np.ndarray) -> np.ndarray:
        """Positions of this object's cluster names within a sorted ``universe`` of names."""
        pos = np.searchsorted(universe, self.names)
        if len(self.names) and (pos.max() >= len(universe) or np.any(universe[pos] != self.names)):
            raise ValueError("cluster names missing from the universe")
        return pos


def resample_counts(n_clusters: int, n_resamples: int, seed: int | Sequence[int]) -> Iterator[np.ndarray]:
    """Draw counts of ``n_clusters`` clusters in each of ``n_resamples`` resamples, in row chunks.

    Deterministic in (n_clusters, n_resamples, seed): callers that must be paired (two models, two
    subsets sharing clusters) pass the same arguments and get the same draws.
    """
    rng = np.random.default_rng(seed)
    rows = max(1, CHUNK_CELLS // max(n_clusters, 1))
    for start in range(0, n_resamples, rows):
        r = min(rows, n_resamples - start)
        draws = rng.integers(0, n_clusters, size=(r, n_clusters))
        offsets = (np.arange(r) * n_clusters)[:, None]
        counts = np.bincount((draws + offsets).ravel(), minlength=r * n_clusters)
        yield counts.reshape(r, n_clusters).astype(float)


def ratio_resamples(
    sums: np.ndarray, counts: np.ndarray, n_resamples: int, seed: int | Sequence[int]
) -> np.ndarray:
    """Resampled means sum(w * sums) / sum(w * counts); NaN where a resample drew no item."""
    out = np.empty(n_resamples)
    start = 0
    for w in resample_counts(len(sums), n_resamples, seed):
        with np.errstate(invalid="ignore", divide="ignore"):
            out[start : start + len(w)] = (w @ sums) / (w @ counts)
        start += len(w)
    return out


def cluster_mean_resamples(
    values: Sequence[float] | np.ndarray,
    clusters: Clusters | Sequence[str],
    n_resamples: int,
    seed: int | Sequence[int],
) -> np.ndarray:
    """Bootstrap distribution of the item mean of ``values`` when whole clusters are resampled."""
    v = np.asarray(values, float)
    c = clusters if isinstance(clusters, Clusters) else Clusters.of(clusters)
    if len(c.index) != len(v):
        raise ValueError(f"{len(v)} values for {len(c.index)} cluster keys")
    sums, counts = c.sums(v)
    return ratio_resamples(sums, counts, n_resamples, seed)


def n_clusters_of(values: Sequence[float] | np.ndarray, clusters: Clusters | Sequence[str]) -> int:
    """Clusters that hold at least one non-NaN value."""
    v = np.asarray(values, float)
    c = clusters if isinstance(clusters, Clusters) else Clusters.of(clusters)
    return int(np.unique(c.index[~np.isnan(v)]).size)
