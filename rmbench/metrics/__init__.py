"""Metrics: pure functions over arrays (numpy/scipy). They know nothing of models, tasks or files."""

from rmbench.metrics.bootstrap import (
    Estimate,
    Gap,
    PairedTest,
    correlation_gap,
    flip_rate,
    generalization_gap,
    mean_by_key,
    mean_ci,
    paired_test,
    percentile_interval,
    statistic_ci,
    twins_available,
)
from rmbench.metrics.correlation import CORRELATIONS, kendall_tau_b, pearson_r, spearman_rho
from rmbench.metrics.diagnostics import length_bias, response_lengths
from rmbench.metrics.item_metrics import (
    best_of_n_per_item,
    bt_loss_per_item,
    kendall_tau_b_per_item,
    pairwise_accuracy_per_item,
    spearman_per_item,
    tie_rate_per_item,
    verdict_per_item,
)

__all__ = [
    "CORRELATIONS",
    "Estimate",
    "Gap",
    "PairedTest",
    "best_of_n_per_item",
    "bt_loss_per_item",
    "correlation_gap",
    "flip_rate",
    "generalization_gap",
    "kendall_tau_b",
    "kendall_tau_b_per_item",
    "length_bias",
    "mean_by_key",
    "mean_ci",
    "paired_test",
    "pairwise_accuracy_per_item",
    "pearson_r",
    "percentile_interval",
    "response_lengths",
    "spearman_per_item",
    "spearman_rho",
    "statistic_ci",
    "tie_rate_per_item",
    "twins_available",
    "verdict_per_item",
]
