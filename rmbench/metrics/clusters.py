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

Cost: a resample draws every cluster once on average, so 1,000 resamples of a million clusters are
a billion draws. They are drawn as 32-bit integers (the same stream as 64-bit ones), in chunks of
``CHUNK_CELLS``, and where the per-cluster sums are exact in float64 (accuracies, counts) a
resample's sum is a gather of small integers over its draws instead of a count vector and a dot
product: the same bits, several times faster (:class:`DrawSum`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

CHUNK_CELLS = 4_000_000  # resample x cluster cells held at once (~32 MB of float64)
DRAW_CELLS = 1 << 20  # the same when no count matrix is built: 4 MB of draws stay in cache


def as_keys(keys: Sequence[str] | np.ndarray) -> np.ndarray:
    """Cluster keys as a numpy string array: each key as ``str`` gives it. Strings (a list of them,
    or a string array) are taken as they are, without going through an object array (which, for a
    million keys, costs two more copies)."""
    if isinstance(keys, np.ndarray) and keys.dtype.kind == "U":
        return keys
    if isinstance(keys, list) and all(type(k) is str for k in keys):
        return np.array(keys, dtype=str) if keys else np.array([], dtype=object).astype(str)
    return np.asarray(keys, dtype=object).astype(str)


@dataclass(frozen=True)
class Clusters:
    """Which cluster each item belongs to: ``index[i]`` is item i's position in ``names``."""

    names: np.ndarray  # sorted unique cluster names
    index: np.ndarray  # int per item

    @classmethod
    def of(cls, keys: Sequence[str] | np.ndarray) -> Clusters:
        names, index = np.unique(as_keys(keys), return_inverse=True)
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


def resample_draws(
    n_clusters: int, n_resamples: int, seed: int | Sequence[int], cells: int = CHUNK_CELLS
) -> Iterator[np.ndarray]:
    """The clusters drawn in each of ``n_resamples`` resamples (``n_clusters`` draws with
    replacement each), as ``(rows, n_clusters)`` integer arrays, a chunk of rows at a time.

    Deterministic in (n_clusters, n_resamples, seed). Drawn as 32-bit integers where they fit:
    numpy draws a range under 2**32 from the same 32-bit stream whatever the output type, so the
    draws are those of 64-bit output, at a quarter of the cost; and the stream does not depend on
    how it is cut into chunks (of about ``cells`` draws).
    """
    rng = np.random.default_rng(seed)
    dtype = np.int32 if n_clusters < 2**31 else np.int64
    rows = max(1, cells // max(n_clusters, 1))
    for start in range(0, n_resamples, rows):
        yield rng.integers(0, n_clusters, size=(min(rows, n_resamples - start), n_clusters), dtype=dtype)


def draw_counts(draws: np.ndarray, n_clusters: int) -> np.ndarray:
    """How often each cluster was drawn, per row of ``draws``: ``(rows, n_clusters)`` floats."""
    r = len(draws)
    offsets = (np.arange(r, dtype=np.int64) * n_clusters)[:, None]
    counts = np.bincount((draws + offsets).ravel(), minlength=r * n_clusters)
    return counts.reshape(r, n_clusters).astype(float)


def resample_counts(n_clusters: int, n_resamples: int, seed: int | Sequence[int]) -> Iterator[np.ndarray]:
    """Draw counts of ``n_clusters`` clusters in each of ``n_resamples`` resamples, in row chunks.

    Deterministic in (n_clusters, n_resamples, seed): callers that must be paired (two models, two
    subsets sharing clusters) pass the same arguments and get the same draws.
    """
    for draws in resample_draws(n_clusters, n_resamples, seed):
        yield draw_counts(draws, n_clusters)


def exact_table(values: np.ndarray, n_draws: int) -> tuple[np.ndarray, float] | None:
    """``values`` as small integers times a power of two (``(table, scale)``, values = table *
    scale) when every sum of ``n_draws`` of them is exact in float64, so that any order of
    summation gives the same bits; None otherwise (fractions like 1/3, large or non-finite values).

    Cluster sums of pairwise accuracies (0, 1/2, 1), counts and differences of them qualify.
    """
    for k in range(0, 9):
        scaled = values * float(2**k)
        if not np.all(scaled == np.round(scaled)):  # NaN and infinities fail here too
            continue
        top = float(np.max(np.abs(scaled))) if len(scaled) else 0.0
        if top * max(n_draws, 1) >= 2.0**53:
            return None
        for dtype in (np.int8, np.int16, np.int32, np.int64):
            if top <= np.iinfo(dtype).max:
                return scaled.astype(dtype), 2.0**-k
    return None


class DrawSum:
    """``sum(w_c * values_c)`` over the clusters for each resample (w_c: draws of cluster c).

    Exact tables (see :func:`exact_table`) are summed over the draws directly, a gather of small
    integers (or, all values equal, one product); anything else is the dot product of the draw
    counts with the values, as always. Both give the same bits (an exact sum has one value in any
    order), so intervals do not depend on which path ran.
    """

    def __init__(self, values: np.ndarray):
        self.values = np.asarray(values, float)
        self.exact = exact_table(self.values, len(self.values))
        table = self.exact[0] if self.exact is not None else None
        self.constant = (
            int(table[0]) if table is not None and len(table) and np.all(table == table[0]) else None
        )

    @property
    def needs_counts(self) -> bool:
        return self.exact is None

    def of(self, draws: np.ndarray, counts: np.ndarray | None) -> np.ndarray:
        """The sums for a chunk of resamples (``counts``: :func:`draw_counts` of the draws, or None)."""
        if self.exact is None:
            if counts is None:
                counts = draw_counts(draws, len(self.values))
            return counts @ self.values
        table, scale = self.exact
        if self.constant is not None:
            return np.full(len(draws), float(self.constant * draws.shape[1]) * scale)
        return np.take(table, draws).sum(axis=1, dtype=np.int64) * scale


def resampled_sums(
    parts: Sequence[tuple[np.ndarray, np.ndarray]], n_resamples: int, seed: int | Sequence[int]
) -> Iterator[list[tuple[np.ndarray, np.ndarray]]]:
    """Per chunk of resamples, for each ``(sums, counts)`` part over the same clusters, the
    resampled ``(sum(w * sums), sum(w * counts))``: each part's resampled mean is their ratio.

    One draw serves every part, so parts over shared clusters are paired.
    """
    n_clusters = len(parts[0][0]) if parts else 0
    tables = [(DrawSum(s), DrawSum(n)) for s, n in parts]
    need_counts = any(t.needs_counts for pair in tables for t in pair)
    cells = CHUNK_CELLS if need_counts else DRAW_CELLS  # count matrices as they always were chunked
    for draws in resample_draws(n_clusters, n_resamples, seed, cells):
        counts = draw_counts(draws, n_clusters) if need_counts else None
        yield [(s.of(draws, counts), n.of(draws, counts)) for s, n in tables]


def ratio_resamples(
    sums: np.ndarray, counts: np.ndarray, n_resamples: int, seed: int | Sequence[int]
) -> np.ndarray:
    """Resampled means sum(w * sums) / sum(w * counts); NaN where a resample drew no item."""
    out = np.empty(n_resamples)
    start = 0
    for ((num, den),) in resampled_sums([(sums, counts)], n_resamples, seed):
        with np.errstate(invalid="ignore", divide="ignore"):
            out[start : start + len(num)] = num / den
        start += len(num)
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
