"""The built-in metrics, registered once: the conventions of each live with its function."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rmbench.metrics.correlation import kendall_tau_b, pearson_r, spearman_rho
from rmbench.metrics.item_metrics import (
    best_of_n_per_item,
    kendall_tau_b_per_item,
    pairwise_accuracy_per_item,
    spearman_per_item,
)
from rmbench.metrics.registry import Metric, register


def best_of_n_chance(gold: Sequence[Sequence[float]]) -> float:
    """A random pick from k responses is gold-best with probability (number of gold-best) / k."""
    shares = [float(np.sum(np.asarray(g) == np.max(g))) / len(g) for g in gold if len(g) >= 3]
    return float(np.mean(shares)) if shares else float("nan")


register(
    Metric(
        "pairwise_accuracy",
        "accuracy",
        "Share of gold-ordered response pairs (g_a > g_b) the model orders the same way; a model tie "
        "earns tie_credit (0.5 by default, 0 reproduces RewardBench). Macro-averaged over items.",
        kinds=("pairwise", "ranking"),
        per_item=lambda s, g, tie_credit: pairwise_accuracy_per_item(s, g, tie_credit),
        chance=lambda gold: 0.5,
        primary_for=("pairwise", "ranking"),
    )
)
register(
    Metric(
        "best_of_n",
        "best-of-N",
        "On items with k >= 3: share whose top-scored response is gold-best (1/m credit for m tied "
        "tops). Not computed on pairs, where it would repeat accuracy.",
        kinds=("ranking",),
        per_item=lambda s, g, tie_credit: best_of_n_per_item(s, g),
        chance=best_of_n_chance,
    )
)
register(
    Metric(
        "kendall_tau_b",
        "tau-b",
        "Kendall tau-b between model and gold scores within each item with k >= 3, averaged over items.",
        kinds=("ranking",),
        fmt="correlation",
        per_item=lambda s, g, tie_credit: kendall_tau_b_per_item(s, g),
    )
)
register(
    Metric(
        "spearman",
        "spearman",
        "Spearman rho between model and gold scores within each item with k >= 3, averaged over items.",
        kinds=("ranking",),
        fmt="correlation",
        per_item=lambda s, g, tie_credit: spearman_per_item(s, g),
    )
)
register(
    Metric(
        "kendall_tau_b_across",
        "tau-b",
        "Pointwise subsets (k = 1): Kendall tau-b between model scores and gold ratings across items, "
        "the MT metric meta-evaluation convention.",
        kinds=("pointwise",),
        fmt="correlation",
        across=kendall_tau_b,
        primary_for=("pointwise",),
    )
)
register(
    Metric(
        "spearman_across",
        "spearman",
        "Pointwise subsets: Spearman rho between model scores and gold ratings across items.",
        kinds=("pointwise",),
        fmt="correlation",
        across=spearman_rho,
    )
)
register(
    Metric(
        "pearson_across",
        "pearson",
        "Pointwise subsets: Pearson r between model scores and gold ratings across items.",
        kinds=("pointwise",),
        fmt="correlation",
        across=pearson_r,
    )
)
