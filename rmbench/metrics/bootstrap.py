"""Uncertainty: bootstrap intervals over items, generalization gaps, flip rates, paired tests.

Every resampling takes an explicit seed, so the same scores always give the same intervals.
Per-item metric values are resampled (percentile bootstrap, 95% by default); NaN items (e.g.
k < 3 for rank correlations) are dropped first and the count that remains is reported as ``n``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import numpy as np

DEFAULT_RESAMPLES = 1000
DEFAULT_CONFIDENCE = 0.95
_CHUNK_CELLS = 4_000_000  # resample matrix cells held at once: bounds memory at ~32 MB


@dataclass(frozen=True)
class Estimate:
    value: float
    ci_low: float
    ci_high: float
    n: int

    def to_dict(self) -> dict[str, float | int]:
        return asdict(self)


def _nan_estimate(n: int = 0) -> Estimate:
    return Estimate(float("nan"), float("nan"), float("nan"), n)


def bootstrap_means(values: np.ndarray, n_resamples: int, rng: np.random.Generator) -> np.ndarray:
    """Means of ``n_resamples`` bootstrap resamples of ``values`` (chunked to bound memory)."""
    n = len(values)
    out = np.empty(n_resamples)
    chunk = max(1, _CHUNK_CELLS // max(n, 1))
    for start in range(0, n_resamples, chunk):
        stop = min(n_resamples, start + chunk)
        idx = rng.integers(0, n, size=(stop - start, n))
        out[start:stop] = values[idx].mean(axis=1)
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
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Estimate:
    """Mean of per-item values with a percentile bootstrap interval over items."""
    v = np.asarray(values, float)
    v = v[~np.isnan(v)]
    if len(v) == 0:
        return _nan_estimate()
    samples = bootstrap_means(v, n_resamples, np.random.default_rng(seed))
    lo, hi = percentile_interval(samples, confidence)
    return Estimate(float(v.mean()), lo, hi, len(v))


def statistic_ci(
    n: int,
    statistic: Callable[[np.ndarray], float],
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Estimate:
    """Any statistic of n units (called with an index array) with a bootstrap interval."""
    if n == 0:
        return _nan_estimate()
    rng = np.random.default_rng(seed)
    value = statistic(np.arange(n))
    samples = np.array([statistic(rng.integers(0, n, size=n)) for _ in range(n_resamples)])
    samples = samples[~np.isnan(samples)]
    if len(samples) == 0:
        return Estimate(float(value), float("nan"), float("nan"), n)
    lo, hi = percentile_interval(samples, confidence)
    return Estimate(float(value), lo, hi, n)


def mean_by_key(values: Sequence[float] | np.ndarray, keys: Sequence[str]) -> dict[str, float]:
    """Mean of the non-NaN values per key (e.g. per ``source_id``), vectorised for large subsets."""
    v = np.asarray(values, float)
    keep = ~np.isnan(v)
    names, inverse = np.unique(np.asarray(keys, dtype=object)[keep].astype(str), return_inverse=True)
    sums = np.bincount(inverse, weights=v[keep], minlength=len(names))
    counts = np.bincount(inverse, minlength=len(names))
    return {str(k): float(total / count) for k, total, count in zip(names, sums, counts, strict=True)}


@dataclass(frozen=True)
class Gap:
    """metric(in-distribution) - metric(shifted), with its interval and how it was resampled."""

    value: float
    ci_low: float
    ci_high: float
    mode: str  # "paired" (over shared source_ids) or "independent"
    n_in: int
    n_shifted: int
    n_pairs: int

    def to_dict(self) -> dict[str, float | int | str]:
        return asdict(self)


def twins_available(in_keys: Sequence[str], shifted_keys: Sequence[str]) -> bool:
    """Paired resampling applies when every shifted item has a twin in the in-distribution subset."""
    shifted = set(map(str, shifted_keys))
    return len(shifted) >= 2 and shifted <= set(map(str, in_keys))


def generalization_gap(
    in_values: Sequence[float] | np.ndarray,
    in_keys: Sequence[str],
    shifted_values: Sequence[float] | np.ndarray,
    shifted_keys: Sequence[str],
    *,
    mode: str = "auto",
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Gap:
    """Gap between two subsets' mean per-item metric.

    Paired: per ``source_id`` the item values are averaged in each subset, the gap is the mean of
    the per-id differences over shared ids, and ids are resampled together, so item difficulty
    cancels and the interval is tighter. Independent: each subset is resampled on its own.
    """
    a = np.asarray(in_values, float)
    b = np.asarray(shifted_values, float)
    if mode == "auto":
        mode = "paired" if twins_available(in_keys, shifted_keys) else "independent"
    if mode == "paired":
        ia, ib = mean_by_key(a, in_keys), mean_by_key(b, shifted_keys)
        shared = sorted(set(ia) & set(ib))
        if len(shared) < 2:
            raise ValueError("paired gap needs at least two shared source_ids")
        diffs = np.array([ia[k] - ib[k] for k in shared])
        est = mean_ci(diffs, n_resamples=n_resamples, seed=seed, confidence=confidence)
        return Gap(est.value, est.ci_low, est.ci_high, "paired", len(ia), len(ib), len(shared))
    if mode != "independent":
        raise ValueError(f"gap mode must be auto, paired or independent, got {mode!r}")
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if len(a) == 0 or len(b) == 0:
        return Gap(float("nan"), float("nan"), float("nan"), "independent", len(a), len(b), 0)
    rng = np.random.default_rng(seed)
    samples = bootstrap_means(a, n_resamples, rng) - bootstrap_means(b, n_resamples, rng)
    lo, hi = percentile_interval(samples, confidence)
    return Gap(float(a.mean() - b.mean()), lo, hi, "independent", len(a), len(b), 0)


def correlation_gap(
    in_pairs: tuple[np.ndarray, np.ndarray],
    in_keys: Sequence[str],
    shifted_pairs: tuple[np.ndarray, np.ndarray],
    shifted_keys: Sequence[str],
    correlation: Callable[[np.ndarray, np.ndarray], float],
    *,
    mode: str = "auto",
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Gap:
    """Gap of an across-item correlation (pointwise subsets); ``*_pairs`` are (model, gold) arrays."""
    (sa, ga), (sb, gb) = (
        (np.asarray(x, float) for x in in_pairs),
        (np.asarray(x, float) for x in shifted_pairs),
    )
    value = correlation(sa, ga) - correlation(sb, gb)
    rng = np.random.default_rng(seed)
    if mode == "auto":
        mode = "paired" if twins_available(in_keys, shifted_keys) else "independent"
    if mode == "paired":
        pos_a = {str(k): i for i, k in enumerate(in_keys)}
        pos_b = {str(k): i for i, k in enumerate(shifted_keys)}
        shared = sorted(set(pos_a) & set(pos_b))
        ia = np.array([pos_a[k] for k in shared])
        ib = np.array([pos_b[k] for k in shared])
        samples = []
        for _ in range(n_resamples):
            r = rng.integers(0, len(shared), size=len(shared))
            samples.append(correlation(sa[ia[r]], ga[ia[r]]) - correlation(sb[ib[r]], gb[ib[r]]))
        n_pairs = len(shared)
    else:
        samples = []
        for _ in range(n_resamples):
            ra = rng.integers(0, len(sa), size=len(sa))
            rb = rng.integers(0, len(sb), size=len(sb))
            samples.append(correlation(sa[ra], ga[ra]) - correlation(sb[rb], gb[rb]))
        n_pairs = 0
    lo, hi = percentile_interval(np.asarray(samples), confidence)
    return Gap(float(value), lo, hi, mode, len(sa), len(sb), n_pairs)


def flip_rate(
    in_verdicts: Sequence[float] | np.ndarray,
    in_keys: Sequence[str],
    shifted_verdicts: Sequence[float] | np.ndarray,
    shifted_keys: Sequence[str],
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> Estimate:
    """Share of twins (shared source_id, one item on each side) whose verdict changes."""

    def single(verdicts: Sequence[float], keys: Sequence[str]) -> dict[str, float]:
        counts: dict[str, int] = defaultdict(int)
        for k in keys:
            counts[str(k)] += 1
        return {str(k): float(v) for v, k in zip(verdicts, keys, strict=True) if counts[str(k)] == 1}

    a, b = single(list(in_verdicts), in_keys), single(list(shifted_verdicts), shifted_keys)
    shared = sorted(set(a) & set(b))
    flips = np.array([float(a[k] != b[k]) for k in shared])
    return mean_ci(flips, n_resamples=n_resamples, seed=seed, confidence=confidence)


@dataclass(frozen=True)
class PairedTest:
    """Model A minus model B on the same items: mean difference, interval and two-sided p-value."""

    difference: float
    ci_low: float
    ci_high: float
    p_value: float
    n: int

    def to_dict(self) -> dict[str, float | int]:
        return asdict(self)


def paired_test(
    a_values: Sequence[float] | np.ndarray,
    b_values: Sequence[float] | np.ndarray,
    *,
    n_resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
    confidence: float = DEFAULT_CONFIDENCE,
) -> PairedTest:
    """Paired bootstrap test on per-item values of two models over the same items.

    The p-value is the share of resampled mean differences, re-centred on zero (the null of no
    difference), at least as far from zero as the observed one.
    """
    a, b = np.asarray(a_values, float), np.asarray(b_values, float)
    if a.shape != b.shape:
        raise ValueError("paired test needs per-item values of both models on the same items")
    keep = ~(np.isnan(a) | np.isnan(b))
    d = a[keep] - b[keep]
    if len(d) == 0:
        return PairedTest(float("nan"), float("nan"), float("nan"), float("nan"), 0)
    samples = bootstrap_means(d, n_resamples, np.random.default_rng(seed))
    observed = float(d.mean())
    lo, hi = percentile_interval(samples, confidence)
    extreme = np.abs(samples - observed) >= abs(observed) - 1e-12
    p = float((extreme.sum() + 1) / (n_resamples + 1))
    return PairedTest(observed, lo, hi, min(1.0, p), len(d))
