"""Correlation across items, for pointwise subsets (k = 1): the MT meta-evaluation convention."""

from __future__ import annotations

import numpy as np
from scipy.stats import kendalltau, pearsonr, spearmanr


def _clean(x: np.ndarray, y: np.ndarray) -> bool:
    return len(x) >= 3 and np.ptp(x) > 0 and np.ptp(y) > 0


def kendall_tau_b(x: np.ndarray, y: np.ndarray) -> float:
    x, y = np.asarray(x, float), np.asarray(y, float)
    if not _clean(x, y):
        return 0.0 if len(x) >= 3 and np.ptp(y) > 0 else float("nan")
    return float(kendalltau(x, y, variant="b").statistic)


def spearman_rho(x: np.ndarray, y: np.ndarray) -> float:
    x, y = np.asarray(x, float), np.asarray(y, float)
    if not _clean(x, y):
        return 0.0 if len(x) >= 3 and np.ptp(y) > 0 else float("nan")
    return float(spearmanr(x, y).statistic)


def pearson_r(x: np.ndarray, y: np.ndarray) -> float:
    x, y = np.asarray(x, float), np.asarray(y, float)
    if not _clean(x, y):
        return 0.0 if len(x) >= 3 and np.ptp(y) > 0 else float("nan")
    return float(pearsonr(x, y).statistic)


CORRELATIONS = {"kendall_tau_b": kendall_tau_b, "spearman": spearman_rho, "pearson": pearson_r}
