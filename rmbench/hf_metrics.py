"""rmbench's metrics as Hugging Face ``evaluate`` modules, for users of ``evaluate.combine``.

The hub's metric scripts are unreachable offline, so these are ``evaluate.Metric`` subclasses created
directly (in memory by default) and computed by the same functions as every rmbench figure
(:mod:`rmbench.metrics`), so numbers agree exactly with summaries and leaderboards.

Inputs, per item: ``predictions`` = the model's scores for the item's k responses, ``references`` =
gold scores (higher is better) for the same responses. A preference pair is ``[s_chosen, s_rejected]``
against ``[1, 0]``. Each metric returns the mean over items that define it (e.g. rank correlations
need k >= 3), plus ``<name>_n`` = how many did; with ``confidence=True`` also a 95% bootstrap interval
(``<name>_ci_low`` / ``_ci_high``, seeded).

    >>> import evaluate
    >>> from rmbench.hf_metrics import PairwiseAccuracy, KendallTauB
    >>> combined = evaluate.combine([PairwiseAccuracy(), KendallTauB()])
    >>> combined.compute(predictions=[[0.9, 0.1, 0.5]], references=[[2, 0, 1]])
    {'pairwise_accuracy': 1.0, 'pairwise_accuracy_n': 1, 'kendall_tau_b': 1.0, 'kendall_tau_b_n': 1}

``evaluate.combine`` forwards only predictions and references, so options such as ``tie_credit``
are given when the metric is created: ``PairwiseAccuracy(tie_credit=0.0)`` reproduces RewardBench.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import datasets
import evaluate
import numpy as np

from rmbench.metrics import (
    best_of_n_per_item,
    kendall_tau_b_per_item,
    mean_ci,
    pairwise_accuracy_per_item,
    spearman_per_item,
)

_CITATION = "rmbench authors, 2026. rmbench: a benchmark and evaluation suite for reward models."
_INPUTS = """
Args:
    predictions: list of lists of float, the model's score for each response of an item.
    references: list of lists of float, the gold score of each response (higher is better; ties allowed).
Returns:
    {name: mean over items, name_n: items counted} (+ name_ci_low, name_ci_high with confidence=True).
"""
_FEATURES = datasets.Features(
    {
        "predictions": datasets.Sequence(datasets.Value("float64")),
        "references": datasets.Sequence(datasets.Value("float64")),
    }
)


class _ItemMetric(evaluate.Metric):
    """Mean over items of one per-item rmbench metric."""

    metric_name = ""
    description = ""

    def __init__(
        self,
        *,
        confidence: bool = False,
        n_resamples: int = 1000,
        seed: int = 0,
        keep_in_memory: bool = True,
        **kwargs: Any,
    ) -> None:
        self.confidence = confidence
        self.n_resamples = n_resamples
        self.bootstrap_seed = seed
        super().__init__(keep_in_memory=keep_in_memory, **kwargs)

    def _info(self) -> evaluate.MetricInfo:
        return evaluate.MetricInfo(
            description=self.description,
            citation=_CITATION,
            inputs_description=_INPUTS,
            features=_FEATURES,
            module_name=self.metric_name,
            homepage="https://github.com/rmbench/rmbench",
        )

    def per_item(self, predictions: list[list[float]], references: list[list[float]]) -> np.ndarray:
        raise NotImplementedError

    def _compute(self, predictions: list[list[float]], references: list[list[float]]) -> dict[str, Any]:
        values = self.per_item(predictions, references)
        valid = values[~np.isnan(values)]
        out: dict[str, Any] = {
            self.metric_name: float(valid.mean()) if len(valid) else float("nan"),
            f"{self.metric_name}_n": len(valid),
        }
        if self.confidence:
            est = mean_ci(values, n_resamples=self.n_resamples, seed=self.bootstrap_seed)
            out[f"{self.metric_name}_ci_low"] = est.ci_low
            out[f"{self.metric_name}_ci_high"] = est.ci_high
        return out


def _simple(fn: Callable[[Any, Any], np.ndarray]) -> Callable[..., np.ndarray]:
    def per_item(
        self: _ItemMetric, predictions: list[list[float]], references: list[list[float]]
    ) -> np.ndarray:
        return fn(predictions, references)

    return per_item


class PairwiseAccuracy(_ItemMetric):
    """Share of gold-ordered response pairs the model orders the same way, macro-averaged over items."""

    metric_name = "pairwise_accuracy"
    description = (
        "Pairwise accuracy: over the pairs of an item with different gold scores, the share the "
        "model orders the same way (a model tie earns tie_credit, 0.5 by default; 0 = RewardBench), "
        "averaged over items."
    )

    def __init__(self, *, tie_credit: float = 0.5, **kwargs: Any) -> None:
        self.tie_credit = tie_credit
        super().__init__(**kwargs)

    def per_item(self, predictions: list[list[float]], references: list[list[float]]) -> np.ndarray:
        return pairwise_accuracy_per_item(predictions, references, self.tie_credit)


class KendallTauB(_ItemMetric):
    """Kendall tau-b between model and gold scores within each item with k >= 3, averaged over items."""

    metric_name = "kendall_tau_b"
    description = "Kendall tau-b per item (k >= 3) between model and gold scores, averaged over items."
    per_item = _simple(kendall_tau_b_per_item)


class SpearmanPerItem(_ItemMetric):
    """Spearman rho between model and gold scores within each item with k >= 3, averaged over items."""

    metric_name = "spearman"
    description = "Spearman rho per item (k >= 3) between model and gold scores, averaged over items."
    per_item = _simple(spearman_per_item)


class BestOfN(_ItemMetric):
    """Share of items whose top-scored response is gold-best (1/m credit for m tied top scores)."""

    metric_name = "best_of_n"
    description = (
        "Best-of-N: share of items whose top-scored response is a gold-best one (ties share credit)."
    )
    per_item = _simple(best_of_n_per_item)


ALL_METRICS = (PairwiseAccuracy, KendallTauB, SpearmanPerItem, BestOfN)


def combined(**kwargs: Any) -> evaluate.CombinedEvaluations:
    """All four metrics as one ``evaluate.combine`` module (kwargs go to each metric)."""
    return evaluate.combine(
        [
            PairwiseAccuracy(**kwargs),
            *[m(**{k: v for k, v in kwargs.items() if k != "tie_credit"}) for m in ALL_METRICS[1:]],
        ]
    )
