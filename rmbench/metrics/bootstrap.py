"""Uncertainty: intervals, generalization gaps, flip rates and paired tests, all over clusters.

Every function takes the per-item values and, optionally, each item's cluster key (``source_id``
by default upstream; without keys every item is its own cluster). Resampling draws whole
clusters (:mod:`rmbench.metrics.clusters`), so items that share a passage, problem or dialogue
move together. Every resampling takes an explicit seed: the same scores give the same intervals.
Percentile bootstrap, 95% by default; NaN items (e.g. k < 3 for rank correlations) are dropped
first, and ``n`` / ``n_clusters`` count what remains.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from rmbench.metrics.clusters import (
    Clusters,
    as_keys,
    cluster_mean_resamples,
    ratio_resamples,
    resample_counts,
    resampled_sums,
)

DEFAULT_RESAMPLES = 1000
DEFAULT_CONFIDENCE = 0.95
Keys = Sequence[str] | np.ndarray | None
Seed = int | Sequence[int]


@dataclass(frozen=True)
class Estimate:
    value: float
    ci_low: float
    ci_high: float
    n: int
    n_clusters: int = 0

    def to_dict(self) -> dict[str, float | int]:
        return asdict(self)


def _nan_estimate(n: int = 0, n_clusters: int = 0) -> Estimate:
    return Estimate(float("nan"), float("nan"), float("nan"), n, n_clusters)


def _keys(keys: Keys, n: int) -> np.ndarray:
    """Cluster keys as an array; no keys: every item its own cluster."""
    if keys is None:
        return np.arange(n).astype(str).astype(object)
    out = as_keys(keys)
    if len(out) != n:
        raise ValueError(f"{n} values for {len(out)} cluster keys")
    return out


def percentile_interval(samples: np.ndarray, confidence: float = DEFAULT_CONFIDENCE) -> tuple[float, float]:
    """Percentile interval of bootstrap samples; NaN samples are dropped, (NaN, NaN) if none remain."""
    samples = np.asarray(samples, float)
    samples = samples[~np.isnan(samples)]
    if not len(samples):
        return float("nan"), float("nan")
    alpha = (1 - confidence) / 2
    lo, hi = np.quantile(samples, [alpha, 1 - alpha])
    return float(lo), float(hi)


def mean_ci(
    values: Sequence[float] | np.ndarray,
    clusters: Keys = None,
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: Seed = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Estimate:
    """Mean of per-item values with a percentile bootstrap interval that resamples clusters."""
    v = np.asarray(values, float)
    keys = _keys(clusters, len(v))
    keep = ~np.isnan(v)
    v, keys = v[keep], keys[keep]
    if len(v) == 0:
        return _nan_estimate()
    c = Clusters.of(keys)
    samples = cluster_mean_resamples(v, c, n_resamples, seed)
    lo, hi = percentile_interval(samples, confidence)
    return Estimate(float(v.mean()), lo, hi, len(v), len(c))


def statistic_ci(
    n: int,
    statistic: Callable[[np.ndarray], float],
    clusters: Keys = None,
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: Seed = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Estimate:
    """Any statistic of n items (called with an index array, repeats allowed), clusters resampled.

    For statistics that are not means, e.g. a correlation across items of a pointwise subset.
    """
    if n == 0:
        return _nan_estimate()
    c = Clusters.of(_keys(clusters, n))
    value = statistic(np.arange(n))
    samples = np.empty(n_resamples)
    row = 0
    for counts in resample_counts(len(c), n_resamples, seed):
        for w in counts.astype(np.int64):
            samples[row] = statistic(np.repeat(np.arange(n), w[c.index]))  # each item as often as its cluster
            row += 1
    lo, hi = percentile_interval(samples, confidence)
    return Estimate(float(value), lo, hi, n, len(c))


def mean_by_key(values: Sequence[float] | np.ndarray, keys: Sequence[str]) -> dict[str, float]:
    """Mean of the non-NaN values per key (e.g. per ``source_id``), vectorised for large subsets."""
    v = np.asarray(values, float)
    c = Clusters.of(_keys(keys, len(v)))
    sums, counts = c.sums(v)
    return {str(k): float(s / n) for k, s, n in zip(c.names, sums, counts, strict=True) if n}


@dataclass(frozen=True)
class Gap:
    """metric(in-distribution) - metric(shifted), with its interval and how it was resampled.

    ``mode``: ``paired`` when the two subsets share clusters (each shared cluster is drawn the same
    number of times on both sides), ``independent`` when they share none. ``n_pairs``: shared
    clusters.
    """

    value: float
    ci_low: float
    ci_high: float
    mode: str
    n_in: int
    n_shifted: int
    n_pairs: int

    def to_dict(self) -> dict[str, float | int | str]:
        return asdict(self)


def twins_available(in_keys: Sequence[str], shifted_keys: Sequence[str]) -> bool:
    """Whether the two subsets share at least two clusters (what a paired gap needs)."""
    return len(set(map(str, in_keys)) & set(map(str, shifted_keys))) >= 2


def joint_mean_resamples(
    parts: Sequence[tuple[np.ndarray, np.ndarray]], n_resamples: int, seed: int | Sequence[int]
) -> tuple[list[np.ndarray], np.ndarray]:
    """Resampled means of several (values, cluster keys) parts under one draw over their clusters.

    The union of the parts' clusters is resampled once per resample, so a cluster shared by two
    parts is drawn the same number of times in both: differences between the parts are paired over
    shared clusters and independent over the rest. Returns each part's resampled means and the
    universe of cluster names.
    """
    universe = np.unique(np.concatenate([np.asarray(k, dtype=object).astype(str) for _, k in parts]))
    aligned = []
    for values, keys in parts:
        v = np.asarray(values, float)
        c = Clusters.of(_keys(keys, len(v)))
        sums, counts = c.sums(v)
        full_s, full_n = np.zeros(len(universe)), np.zeros(len(universe))
        pos = c.aligned_to(universe)
        full_s[pos], full_n[pos] = sums, counts
        aligned.append((full_s, full_n))
    out = [np.empty(n_resamples) for _ in parts]
    row = 0
    for chunk in resampled_sums(aligned, n_resamples, seed):
        for j, (num, den) in enumerate(chunk):
            with np.errstate(invalid="ignore", divide="ignore"):
                out[j][row : row + len(num)] = num / den
        row += len(chunk[0][0])
    return out, universe


def generalization_gap(
    in_values: Sequence[float] | np.ndarray,
    in_keys: Sequence[str],
    shifted_values: Sequence[float] | np.ndarray,
    shifted_keys: Sequence[str],
    *,
    mode: str = "auto",
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: Seed = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Gap:
    """Difference of the two subsets' headline means, with a cluster bootstrap interval.

    Both subsets are resampled under one draw over the union of their clusters (``in_keys`` and
    ``shifted_keys`` are cluster keys): twins that share a source move together, so item
    difficulty cancels (paired); subsets with no cluster in common are in effect resampled
    independently. ``mode="independent"`` forces separate draws even where clusters are shared.
    """
    a, b = np.asarray(in_values, float), np.asarray(shifted_values, float)
    ka, kb = _keys(in_keys, len(a)), _keys(shifted_keys, len(b))
    ka, kb = ka[~np.isnan(a)], kb[~np.isnan(b)]
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if mode not in ("auto", "paired", "independent"):
        raise ValueError(f"gap mode must be auto, paired or independent, got {mode!r}")
    if len(a) == 0 or len(b) == 0:
        return Gap(float("nan"), float("nan"), float("nan"), "independent", len(a), len(b), 0)
    shared = len(set(ka) & set(kb))
    if mode == "independent" or shared == 0:
        # distinct key spaces: one joint draw over disjoint clusters is an independent draw
        (sa, sb), _ = joint_mean_resamples(
            [(a, np.char.add("a:", ka.astype(str))), (b, np.char.add("b:", kb.astype(str)))],
            n_resamples,
            seed,
        )
        used, shared = "independent", 0
    else:
        (sa, sb), _ = joint_mean_resamples([(a, ka), (b, kb)], n_resamples, seed)
        used = "paired"
    lo, hi = percentile_interval(sa - sb, confidence)
    return Gap(float(a.mean() - b.mean()), lo, hi, used, len(a), len(b), shared)


def correlation_gap(
    in_pairs: tuple[np.ndarray, np.ndarray],
    in_keys: Sequence[str],
    shifted_pairs: tuple[np.ndarray, np.ndarray],
    shifted_keys: Sequence[str],
    correlation: Callable[[np.ndarray, np.ndarray], float],
    *,
    mode: str = "auto",
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: Seed = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Gap:
    """Gap of an across-item correlation (pointwise subsets); ``*_pairs`` are (model, gold) arrays.

    Clusters are drawn once over the union of both subsets' clusters, as in
    :func:`generalization_gap`, and each side's correlation is computed over its items of the
    drawn clusters.
    """
    (sa, ga), (sb, gb) = (
        (np.asarray(x, float) for x in in_pairs),
        (np.asarray(x, float) for x in shifted_pairs),
    )
    ka, kb = _keys(in_keys, len(sa)), _keys(shifted_keys, len(sb))
    value = correlation(sa, ga) - correlation(sb, gb)
    shared = len(set(ka) & set(kb))
    if mode == "independent" or shared == 0:
        ka, kb = np.char.add("a:", ka.astype(str)), np.char.add("b:", kb.astype(str))
        used, shared = "independent", 0
    else:
        used = "paired"
    universe = np.unique(np.concatenate([ka, kb]))
    ia, ib = np.searchsorted(universe, ka), np.searchsorted(universe, kb)
    samples = np.empty(n_resamples)
    row = 0
    for counts in resample_counts(len(universe), n_resamples, seed):
        for w in counts.astype(np.int64):
            ra, rb = np.repeat(np.arange(len(sa)), w[ia]), np.repeat(np.arange(len(sb)), w[ib])
            samples[row] = correlation(sa[ra], ga[ra]) - correlation(sb[rb], gb[rb])
            row += 1
    lo, hi = percentile_interval(samples, confidence)
    return Gap(float(value), lo, hi, used, len(sa), len(sb), shared)


def flip_rate(
    in_verdicts: Sequence[float] | np.ndarray,
    in_keys: Sequence[str],
    shifted_verdicts: Sequence[float] | np.ndarray,
    shifted_keys: Sequence[str],
    *,
    clusters: dict[str, str] | None = None,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: Seed = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Estimate:
    """Share of twins (shared ``source_id``, one item on each side) whose verdict changes.

    ``clusters`` maps a source_id to its cluster when the task groups sources further (default:
    each twin pair is resampled by its source_id).
    """

    def single(verdicts: Sequence[float], keys: Sequence[str]) -> dict[str, float]:
        counts = Counter(map(str, keys))
        return {str(k): float(v) for v, k in zip(verdicts, keys, strict=True) if counts[str(k)] == 1}

    a, b = single(list(in_verdicts), in_keys), single(list(shifted_verdicts), shifted_keys)
    shared = sorted(set(a) & set(b))
    flips = np.array([float(a[k] != b[k]) for k in shared])
    keys = [clusters.get(k, k) if clusters else k for k in shared]
    return mean_ci(flips, keys, n_resamples=n_resamples, seed=seed, confidence=confidence)


@dataclass(frozen=True)
class PairedTest:
    """Model A minus model B on the same items: mean difference, interval and two-sided p-value."""

    difference: float
    ci_low: float
    ci_high: float
    p_value: float
    n: int
    n_clusters: int = 0

    def to_dict(self) -> dict[str, float | int]:
        return asdict(self)


def paired_test(
    a_values: Sequence[float] | np.ndarray,
    b_values: Sequence[float] | np.ndarray,
    clusters: Keys = None,
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: Seed = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> PairedTest:
    """Paired cluster bootstrap test on per-item values of two models over the same items.

    The per-item difference is resampled by cluster; the p-value is the share of resampled mean
    differences, re-centred on zero (the null of no difference), at least as far from zero as
    the observed one, with the +1 correction so it is never 0.
    """
    a, b = np.asarray(a_values, float), np.asarray(b_values, float)
    if a.shape != b.shape:
        raise ValueError("paired test needs per-item values of both models on the same items")
    keys = _keys(clusters, len(a))
    keep = ~(np.isnan(a) | np.isnan(b))
    d, keys = a[keep] - b[keep], keys[keep]
    if len(d) == 0:
        return PairedTest(float("nan"), float("nan"), float("nan"), float("nan"), 0, 0)
    c = Clusters.of(keys)
    sums, counts = c.sums(d)
    samples = ratio_resamples(sums, counts, n_resamples, seed)
    observed = float(d.mean())
    lo, hi = percentile_interval(samples, confidence)
    extreme = np.abs(samples - observed) >= abs(observed) - 1e-12
    p = float((extreme.sum() + 1) / (n_resamples + 1))
    return PairedTest(observed, lo, hi, min(1.0, p), len(d), len(c))


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values (step-down; NaN stays NaN and does not count as a test).

    Controls the family-wise error rate across the tests without assuming independence, which
    subsets built from shared sources would violate.
    """
    p = np.asarray(p_values, float)
    out = np.full(len(p), np.nan)
    valid = np.flatnonzero(~np.isnan(p))
    m = len(valid)
    order = valid[np.argsort(p[valid], kind="stable")]
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        out[i] = running
    return [float(x) for x in out]


def detectable_difference(n_clusters: int, *, alpha: float = 0.05, power: float = 0.8) -> float:
    """Smallest accuracy difference between two models that a subset of ``n_clusters`` clusters can
    detect with the given power at two-sided ``alpha``: (z_{1-alpha/2} + z_power) * sqrt(2 * 0.25 / C).

    Worst case on purpose: a cluster-level accuracy has variance at most 0.25, and the two models
    are treated as independent. Paired models with correlated errors can do better; a difference
    below this figure may go undetected, so a subset cannot be trusted to rank models closer than it.
    """
    if n_clusters <= 0:
        return float("nan")
    from scipy.stats import norm

    z = norm.ppf(1 - alpha / 2) + norm.ppf(power)
    return float(z * np.sqrt(0.5 / n_clusters))


# Kept for callers that resample plain item values (each item its own cluster).
def bootstrap_means(values: np.ndarray, n_resamples: int, rng_seed: int | Sequence[int]) -> np.ndarray:
    """Means of ``n_resamples`` item-level bootstrap resamples of ``values`` (no clusters)."""
    v = np.asarray(values, float)
    return ratio_resamples(v, np.ones(len(v)), n_resamples, rng_seed)


def paired_from_resamples(
    value_a: float,
    value_b: float,
    samples_a: np.ndarray,
    samples_b: np.ndarray,
    confidence: float = DEFAULT_CONFIDENCE,
) -> PairedTest:
    """A paired test from two statistics' resamples drawn with the SAME cluster draws.

    For aggregates (a mean over subsets, a gap) whose resamples were computed under one shared draw
    of clusters for both models: their difference resample by resample is the paired bootstrap.
    """
    diff = np.asarray(samples_a, float) - np.asarray(samples_b, float)
    diff = diff[~np.isnan(diff)]
    observed = float(value_a - value_b)
    if not len(diff) or not np.isfinite(observed):
        return PairedTest(float("nan"), float("nan"), float("nan"), float("nan"), 0, 0)
    lo, hi = percentile_interval(diff, confidence)
    extreme = np.abs(diff - observed) >= abs(observed) - 1e-12
    p = float((extreme.sum() + 1) / (len(diff) + 1))
    return PairedTest(observed, lo, hi, min(1.0, p), len(diff), 0)
