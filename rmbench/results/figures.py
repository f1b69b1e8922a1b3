"""Figures of one subset from per-item rows, shared by the summary (at scoring time) and the
leaderboard (recomputing from run folders), so a number means the same wherever it is printed.

Rows are arrays: per item the gold scores, the model's scores and the item's cluster key. Every
interval resamples clusters, seeded per subset (:func:`subset_seed`), so the same rows give the
same figure in summary.json, ``rmbench report`` and the leaderboard.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np

from rmbench.metrics import Gap, correlation_gap, flip_rate, generalization_gap, mean_ci, statistic_ci
from rmbench.metrics.bootstrap import detectable_difference
from rmbench.metrics.correlation import kendall_tau_b
from rmbench.metrics.item_metrics import FlatRows, verdict_per_item
from rmbench.metrics.registry import Metric, metrics_for, primary_metric

Rows = tuple[Sequence[Sequence[float]], Sequence[Sequence[float]], Sequence[str]]  # scores, gold, clusters


def subset_seed(seed: int, key: str) -> list[int]:
    """A per-subset seed: different subsets get different resamples, the same subset the same ones."""
    return [seed, zlib.crc32(key.encode("utf-8"))]


def kind_of(gold: Sequence[Sequence[float]]) -> str:
    if isinstance(gold, FlatRows):
        sizes = gold.sizes
        return (
            "pointwise"
            if len(sizes) and (sizes == 1).all()
            else "ranking"
            if (sizes > 2).any()
            else "pairwise"
        )
    if gold and all(len(g) == 1 for g in gold):
        return "pointwise"
    return "ranking" if any(len(g) > 2 for g in gold) else "pairwise"


def item_values(
    metric: Metric, scores: Sequence[Sequence[float]], gold: Sequence[Sequence[float]], tie_credit: float
) -> np.ndarray:
    assert metric.per_item is not None
    return np.asarray(metric.per_item(scores, gold, tie_credit), float)


def _pointwise(
    scores: Sequence[Sequence[float]], gold: Sequence[Sequence[float]]
) -> tuple[np.ndarray, np.ndarray]:
    def first(rows: Sequence[Sequence[float]]) -> np.ndarray:
        if isinstance(rows, FlatRows):
            return rows.flat[rows.starts].astype(float)
        return np.array([r[0] for r in rows], float)

    return first(scores), first(gold)


def metric_figure(
    metric: Metric, rows: Rows, *, tie_credit: float, n_resamples: int, seed: Sequence[int]
) -> dict[str, Any] | None:
    """One metric on one subset: value, cluster-bootstrap interval, n, n_clusters and chance."""
    scores, gold, clusters = rows
    if metric.per_item is not None:
        values = item_values(metric, scores, gold, tie_credit)
        if np.all(np.isnan(values)):
            return None
        est = mean_ci(values, clusters, n_resamples=n_resamples, seed=seed)
        missing = np.isnan(values)
        usable = [g for g, v in zip(gold, missing, strict=True) if not v] if missing.any() else gold
    else:
        assert metric.across is not None
        model, truth = _pointwise(scores, gold)
        if len(model) < 3:
            return None
        across = metric.across
        est = statistic_ci(
            len(model),
            lambda i: across(model[i], truth[i]),
            clusters,
            n_resamples=n_resamples,
            seed=seed,
        )
        usable = gold
    return {**est.to_dict(), "chance": float(metric.chance(usable))}


def subset_figures(rows: Rows, *, key: str, tie_credit: float, n_resamples: int, seed: int) -> dict[str, Any]:
    """Every registered metric that applies to the subset's kind, primary first."""
    kind = kind_of(rows[1])
    out: dict[str, Any] = {}
    for metric in metrics_for(kind):
        fig = metric_figure(
            metric,
            rows,
            tie_credit=tie_credit,
            n_resamples=n_resamples,
            seed=subset_seed(seed, f"{key}:{metric.name}"),
        )
        if fig is not None:
            if metric.name == "pairwise_accuracy":
                fig["tie_credit"] = tie_credit
            out[metric.name] = fig
    return out


def primary_values(rows: Rows, tie_credit: float) -> np.ndarray:
    """Per-item values of the primary metric (pairwise and ranking subsets)."""
    return item_values(primary_metric(kind_of(rows[1])), rows[0], rows[1], tie_credit)


def precision(n_clusters: int, kind: str) -> dict[str, Any]:
    """How much a subset can tell apart: clusters and the smallest detectable accuracy difference."""
    mdd = detectable_difference(n_clusters) if primary_metric(kind).fmt == "percent" else float("nan")
    return {"n_clusters": n_clusters, "detectable_difference": mdd}


def difference(
    a: Rows, b: Rows, *, tie_credit: float, n_resamples: int, seed: Sequence[int], mode: str = "auto"
) -> tuple[str, Gap]:
    """Primary metric of ``a`` minus that of ``b``: paired over shared clusters, else independent.

    Used for generalization gaps (in-distribution minus shifted), robustness deltas (attacked minus
    clean) and mirrored-attack bias (chosen-side minus rejected-side twin). Returns the metric name.
    """
    kind_a, kind_b = kind_of(a[1]), kind_of(b[1])
    if kind_a == "pointwise" and kind_b == "pointwise":
        gap = correlation_gap(
            _pointwise(a[0], a[1]),
            a[2],
            _pointwise(b[0], b[1]),
            b[2],
            kendall_tau_b,
            mode=mode,
            n_resamples=n_resamples,
            seed=seed,
        )
        return primary_metric("pointwise").name, gap
    va, vb = primary_values(a, tie_credit), primary_values(b, tie_credit)
    gap = generalization_gap(va, a[2], vb, b[2], mode=mode, n_resamples=n_resamples, seed=seed)
    return primary_metric(kind_a).name, gap


def twin_flip_rate(
    a: Rows,
    b: Rows,
    source_a: Sequence[str],
    source_b: Sequence[str],
    *,
    n_resamples: int,
    seed: Sequence[int],
) -> dict[str, Any] | None:
    """Share of twins (one item per source_id on each side) whose verdict changes, clusters resampled."""
    if kind_of(a[1]) == "pointwise" or kind_of(b[1]) == "pointwise":
        return None
    clusters = {str(s): str(c) for s, c in zip([*source_a, *source_b], [*a[2], *b[2]], strict=True)}
    est = flip_rate(
        verdict_per_item(a[0], a[1]),
        source_a,
        verdict_per_item(b[0], b[1]),
        source_b,
        clusters=clusters,
        n_resamples=n_resamples,
        seed=seed,
    )
    return est.to_dict() if est.n else None


def ceiling_figure(
    kind: str,
    agreement: Sequence[float | None],
    splits: Sequence[Sequence[float] | None],
    clusters: Sequence[str],
    *,
    n_resamples: int,
    seed: Sequence[int],
) -> dict[str, Any] | None:
    """Agreement between human raters, in the subset's own primary metric: what a model can reach.

    Pairwise/ranking items carry ``meta.rater_agreement`` (one rater's pairwise accuracy against the
    others' consensus, raters held out in turn); pointwise items carry ``meta.rater_split`` (one
    rater's score, the others' mean), whose Kendall tau-b across items is the pointwise ceiling.
    """
    if kind == "pointwise":
        pairs = [(s, c) for s, c in zip(splits, clusters, strict=True) if s is not None]
        if len(pairs) < 3:
            return None
        one = np.array([float(s[0]) for s, _ in pairs])
        rest = np.array([float(s[1]) for s, _ in pairs])
        est = statistic_ci(
            len(one),
            lambda i: kendall_tau_b(one[i], rest[i]),
            [c for _, c in pairs],
            n_resamples=n_resamples,
            seed=seed,
        )
        method = "Kendall tau-b across items between one held-out rater and the mean of the others"
    else:
        values = np.array([np.nan if a is None else float(a) for a in agreement])
        if np.all(np.isnan(values)):
            return None
        est = mean_ci(values, clusters, n_resamples=n_resamples, seed=seed)
        method = "pairwise accuracy of one rater against the others' consensus, raters held out in turn"
    return {**est.to_dict(), "metric": primary_metric(kind).name, "method": method}
