"""From per-item scores to the metrics of ``summary.json``.

The engine hands over, per subset, the items and one score per response; this module computes
every figure with its interval and the gaps between each shifted subset and the in-distribution
subset it names. Report and leaderboard read only what this writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy as np

from rmbench.items import Item
from rmbench.metrics import (
    CORRELATIONS,
    best_of_n_per_item,
    correlation_gap,
    flip_rate,
    generalization_gap,
    kendall_tau_b_per_item,
    length_bias,
    mean_ci,
    pairwise_accuracy_per_item,
    response_lengths,
    spearman_per_item,
    statistic_ci,
    tie_rate_per_item,
    verdict_per_item,
)

SUMMARY_SCHEMA_VERSION = 1


@dataclass
class SubsetPlace:
    """Where a subset sits in its task (role, shift axis, the subset its gap is taken against).

    Shared by the engine's loaded subsets and the scored ones below, so the two cannot drift apart.
    """

    task: str
    subset: str
    role: str
    kind: str
    axis: str | None
    against: str | None
    gap_mode: str

    @property
    def key(self) -> str:
        return f"{self.task}/{self.subset}"

    def place(self) -> dict[str, Any]:
        """The :class:`SubsetPlace` fields as keyword arguments (to build a scored subset from a loaded one)."""
        return {f.name: getattr(self, f.name) for f in fields(SubsetPlace)}


@dataclass
class SubsetScores(SubsetPlace):
    """One subset's items and the model's scores (one list per item, aligned with responses)."""

    items: Sequence[Item]
    scores: Sequence[Sequence[float]]
    truncated: int = 0  # requests whose prompt was cut to fit
    requests: int = 0

    @property
    def pointwise(self) -> bool:
        return self.kind == "pointwise" or all(it.k == 1 for it in self.items)


def primary_metric(pointwise: bool) -> str:
    return "kendall_tau_b" if pointwise else "pairwise_accuracy"


def per_item_values(sub: SubsetScores, tie_credit: float) -> dict[str, np.ndarray]:
    gold = [it.gold for it in sub.items]
    return {
        "pairwise_accuracy": pairwise_accuracy_per_item(sub.scores, gold, tie_credit),
        "kendall_tau_b": kendall_tau_b_per_item(sub.scores, gold),
        "spearman": spearman_per_item(sub.scores, gold),
        "best_of_n": best_of_n_per_item(sub.scores, gold),
        "tie_rate": tie_rate_per_item(sub.scores, gold),
        "verdict": verdict_per_item(sub.scores, gold),
    }


def _pointwise_arrays(sub: SubsetScores) -> tuple[np.ndarray, np.ndarray]:
    return np.array([s[0] for s in sub.scores], float), np.array([it.gold[0] for it in sub.items], float)


def subset_metrics(
    sub: SubsetScores, *, tie_credit: float = 0.5, n_resamples: int = 1000, seed: int = 0
) -> dict[str, Any]:
    """Every figure of one subset, each as {value, ci_low, ci_high, n}."""
    out: dict[str, Any] = {
        "task": sub.task,
        "subset": sub.subset,
        "role": sub.role,
        "kind": sub.kind,
        "axis": sub.axis,
        "against": sub.against,
        "n_items": len(sub.items),
        "n_responses": sum(it.k for it in sub.items),
        "truncation_rate": sub.truncated / sub.requests if sub.requests else 0.0,
        "primary_metric": primary_metric(sub.pointwise),
    }
    metrics: dict[str, Any] = {}
    if sub.pointwise:
        model, gold = _pointwise_arrays(sub)
        for name, corr in CORRELATIONS.items():
            metrics[name] = statistic_ci(
                len(model),
                lambda i, c=corr: c(model[i], gold[i]),
                [it.source_id for it in sub.items],
                n_resamples=n_resamples,
                seed=seed,
            ).to_dict()
        out["metrics"] = metrics
        out["diagnostics"] = {
            "tie_rate": float(1 - len(np.unique(model)) / len(model)) if len(model) else float("nan"),
            "score_length_spearman": length_bias(
                sub.scores,
                [it.gold for it in sub.items],
                response_lengths([it.responses for it in sub.items]),
            )["score_length_spearman"],
        }
        return out
    values = per_item_values(sub, tie_credit)
    for name in ("pairwise_accuracy", "best_of_n", "kendall_tau_b", "spearman"):
        est = mean_ci(values[name], [it.source_id for it in sub.items], n_resamples=n_resamples, seed=seed)
        if est.n:
            metrics[name] = est.to_dict()
    metrics["pairwise_accuracy"]["tie_credit"] = tie_credit
    out["metrics"] = metrics
    diagnostics: dict[str, Any] = {"tie_rate": float(np.nanmean(values["tie_rate"]))}
    diagnostics.update(
        length_bias(
            sub.scores,
            [it.gold for it in sub.items],
            response_lengths([it.responses for it in sub.items]),
            tie_credit,
        )
    )
    out["diagnostics"] = diagnostics
    return out


def subset_gap(
    shifted: SubsetScores, base: SubsetScores, *, tie_credit: float, n_resamples: int, seed: int
) -> dict[str, Any]:
    """Gap of the primary metric between a shifted subset and its in-distribution subset."""
    base_keys = [it.source_id for it in base.items]
    shift_keys = [it.source_id for it in shifted.items]
    out: dict[str, Any] = {"subset": shifted.subset, "against": base.subset, "axis": shifted.axis}
    if shifted.pointwise and base.pointwise:
        gap = correlation_gap(
            _pointwise_arrays(base),
            base_keys,
            _pointwise_arrays(shifted),
            shift_keys,
            CORRELATIONS["kendall_tau_b"],
            mode=shifted.gap_mode,
            n_resamples=n_resamples,
            seed=seed,
        )
        out["metric"] = "kendall_tau_b"
        out["gap"] = gap.to_dict()
        return out
    a, b = per_item_values(base, tie_credit), per_item_values(shifted, tie_credit)
    gap = generalization_gap(
        a["pairwise_accuracy"],
        base_keys,
        b["pairwise_accuracy"],
        shift_keys,
        mode=shifted.gap_mode,
        n_resamples=n_resamples,
        seed=seed,
    )
    out["metric"] = "pairwise_accuracy"
    out["gap"] = gap.to_dict()
    if gap.mode == "paired":
        out["flip_rate"] = flip_rate(
            a["verdict"], base_keys, b["verdict"], shift_keys, n_resamples=n_resamples, seed=seed
        ).to_dict()
    return out


def build_metrics(
    subsets: Sequence[SubsetScores], *, tie_credit: float = 0.5, n_resamples: int = 1000, seed: int = 0
) -> dict[str, Any]:
    """``subsets`` and ``tasks`` sections of summary.json."""
    per_subset = {
        s.key: subset_metrics(s, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed) for s in subsets
    }
    by_key = {s.key: s for s in subsets}
    tasks: dict[str, Any] = {}
    for sub in subsets:
        entry = tasks.setdefault(sub.task, {"in_distribution": {}, "shifted": {}, "gaps": []})
        figure = per_subset[sub.key]["metrics"].get(per_subset[sub.key]["primary_metric"], {})
        entry["in_distribution" if sub.role == "in_distribution" else "shifted"][sub.subset] = {
            "metric": per_subset[sub.key]["primary_metric"],
            **figure,
        }
        if sub.role == "shifted" and sub.against:
            base = by_key.get(f"{sub.task}/{sub.against}")
            if base is not None:
                entry["gaps"].append(
                    subset_gap(sub, base, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed)
                )
    return {"subsets": per_subset, "tasks": tasks}
