"""From scored subsets to the figures of ``summary.json``.

Per subset: every registered metric with its cluster interval and chance level, items and
clusters, the smallest difference the subset can detect, the rater-agreement ceiling where the
data has several raters, and diagnostics. Per task: generalization gaps of natural shifts
(in-distribution minus shifted), robustness deltas of attacks (attacked minus clean) and the bias
of mirrored attacks (chosen-side minus rejected-side twin) - the three kept apart on purpose (see
:mod:`rmbench.tasks.config`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from rmbench.items.lazy import lengths_of
from rmbench.metrics import length_bias, tie_rate_per_item
from rmbench.metrics.item_metrics import FlatRows
from rmbench.metrics.registry import primary_metric
from rmbench.results.figures import (
    Rows,
    ceiling_figure,
    difference,
    precision,
    subset_figures,
    subset_seed,
    twin_flip_rate,
)
from rmbench.results.subsets import SubsetScores

MIRROR_SIDES = ("chosen", "rejected")


def rows_of(sub: SubsetScores) -> Rows:
    return sub.flat_scores, sub.flat_gold, sub.clusters


def _diagnostics(sub: SubsetScores, tie_credit: float) -> dict[str, Any]:
    lengths = FlatRows(*lengths_of(sub.items))  # no list per item; texts left on disk are not read
    bias = length_bias(sub.flat_scores, sub.flat_gold, lengths, tie_credit)
    if sub.pointwise:
        model = sub.flat_scores.flat[sub.flat_scores.starts].astype(float)
        ties = float(1 - len(np.unique(model)) / len(model)) if len(model) else float("nan")
        return {"tie_rate": ties, "score_length_spearman": bias["score_length_spearman"]}
    rates = tie_rate_per_item(sub.flat_scores, sub.flat_gold)
    return {"tie_rate": float(np.nanmean(rates)) if np.any(~np.isnan(rates)) else float("nan"), **bias}


def subset_entry(
    sub: SubsetScores, *, tie_credit: float, n_resamples: int, seed: int, ceiling_note: str = ""
) -> dict[str, Any]:
    """Everything summary.json says about one subset."""
    kind = sub.metric_kind
    rows = rows_of(sub)
    metrics = subset_figures(rows, key=sub.key, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed)
    metas = any(it.meta for it in sub.items)  # items of large files often carry none

    def meta_values(key: str) -> list[Any]:
        return [it.meta.get(key) for it in sub.items] if metas else [None] * len(sub.items)

    ceiling = ceiling_figure(
        kind,
        meta_values("rater_agreement"),
        meta_values("rater_split"),
        sub.clusters,
        n_resamples=n_resamples,
        seed=subset_seed(seed, f"{sub.key}:ceiling"),
    )
    return {
        **sub.place(),
        "metric_kind": kind,
        "n_items": len(sub.items),
        "n_responses": int(sub.sizes.sum()),
        **precision(len(set(sub.clusters)), kind),
        "truncation_rate": sub.truncated / sub.requests if sub.requests else 0.0,
        "primary_metric": primary_metric(kind).name,
        "metrics": metrics,
        "ceiling": ceiling,
        "ceiling_note": "" if ceiling else ceiling_note,
        "diagnostics": _diagnostics(sub, tie_credit),
    }


def _comparison(
    a: SubsetScores,
    b: SubsetScores,
    *,
    what: str,
    tie_credit: float,
    n_resamples: int,
    seed: int,
    mode: str = "auto",
) -> dict[str, Any]:
    """``a`` minus ``b`` in the primary metric, with the twins' flip rate when they are paired."""
    metric, gap = difference(
        rows_of(a),
        rows_of(b),
        tie_credit=tie_credit,
        n_resamples=n_resamples,
        seed=subset_seed(seed, f"{what}:{a.key}:{b.key}"),
        mode=mode,
    )
    out: dict[str, Any] = {"metric": metric, what: gap.to_dict()}
    if gap.mode == "paired":
        flips = twin_flip_rate(
            rows_of(a),
            rows_of(b),
            [it.source_id for it in a.items],
            [it.source_id for it in b.items],
            n_resamples=n_resamples,
            seed=subset_seed(seed, f"flips:{a.key}:{b.key}"),
        )
        if flips is not None:
            out["flip_rate"] = flips
    return out


def task_sections(
    subsets: Sequence[SubsetScores], *, tie_credit: float, n_resamples: int, seed: int
) -> dict[str, Any]:
    """Per task: gaps of natural shifts, robustness deltas of attacks, bias of mirrored attacks."""
    by_key = {s.key: s for s in subsets}
    tasks: dict[str, Any] = {}
    opts: dict[str, Any] = {"tie_credit": tie_credit, "n_resamples": n_resamples, "seed": seed}
    for sub in subsets:
        entry = tasks.setdefault(sub.task, {"domain": sub.domain, "gaps": [], "robustness": [], "bias": []})
        base = by_key.get(f"{sub.task}/{sub.against}") if sub.against else None
        if base is None:
            continue
        if sub.role == "shifted":
            gap = _comparison(base, sub, what="gap", mode=sub.gap_mode, **opts)
            entry["gaps"].append({"subset": sub.subset, "against": base.subset, "axis": sub.axis, **gap})
        elif sub.role == "robustness":
            delta = _comparison(sub, base, what="delta", **opts)
            entry["robustness"].append(
                {
                    "subset": sub.subset,
                    "against": base.subset,
                    "attack": sub.attack,
                    "side": sub.side,
                    **delta,
                }
            )
    for sub in subsets:  # mirrored twins: the chosen-side twin of an attack against its rejected-side twin
        if sub.role != "robustness" or sub.side != "chosen":
            continue
        mirror = next(
            (
                m
                for m in subsets
                if m.task == sub.task
                and m.role == "robustness"
                and m.side == "rejected"
                and m.attack == sub.attack
                and m.against == sub.against
            ),
            None,
        )
        if mirror is not None:
            bias = _comparison(sub, mirror, what="bias", **opts)
            tasks[sub.task]["bias"].append(
                {
                    "attack": sub.attack,
                    "against": sub.against,
                    "chosen_side": sub.subset,
                    "rejected_side": mirror.subset,
                    **bias,
                }
            )
    return tasks


def build_metrics(
    subsets: Sequence[SubsetScores],
    *,
    tie_credit: float = 0.5,
    n_resamples: int = 1000,
    seed: int = 0,
    ceiling_notes: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The ``subsets`` and ``tasks`` sections of summary.json."""
    notes = ceiling_notes or {}
    per_subset = {
        s.key: subset_entry(
            s, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed, ceiling_note=notes.get(s.key, "")
        )
        for s in subsets
    }
    tasks = task_sections(subsets, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed)
    return {"subsets": per_subset, "tasks": tasks}
