"""Model A against model B, subset by subset, on the very same items.

A leaderboard ranks; a researcher deciding whether a change helped needs the paired difference per
subset with its interval and p-value. The test is a paired bootstrap that resamples sources
(clusters), and the p-values of all compared subsets are Holm-adjusted together: comparing 40
subsets at alpha 0.05 would otherwise find two "significant" differences by chance. Only runs on
the same task version and data are compared (the leaderboard's subset fingerprint).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from typing import Any

import numpy as np

from rmbench.metrics import paired_test
from rmbench.metrics.bootstrap import holm
from rmbench.results import Run
from rmbench.results.figures import kind_of, primary_values, subset_seed
from rmbench.results.identity import fingerprint_conflicts, subset_fingerprint


class ComparisonError(ValueError):
    """Runs that cannot be compared on a subset (the message names it and what differs)."""


def _aligned(run_a: Run, run_b: Run, key: str) -> tuple[list[int], list[int]]:
    """Positions of the shared items in each run's rows, refusing different items or gold."""
    a, b = run_a.item_scores(key), run_b.item_scores(key)
    pos_a, pos_b = {i: n for n, i in enumerate(a.ids)}, {i: n for n, i in enumerate(b.ids)}
    ids = sorted(set(pos_a) & set(pos_b))
    if len(ids) != len(pos_a) or len(ids) != len(pos_b):
        raise ComparisonError(
            f"{key}: the runs scored different items ({len(pos_a)} vs {len(pos_b)}, "
            f"{len(ids)} shared); compare runs made on the same data"
        )
    if any(a.gold[pos_a[i]] != b.gold[pos_b[i]] for i in ids):
        raise ComparisonError(f"{key}: the runs disagree on gold labels; compare runs made on the same data")
    return [pos_a[i] for i in ids], [pos_b[i] for i in ids]


def compare_runs(
    run_a: Run,
    run_b: Run,
    *,
    patterns: Sequence[str] | None = None,
    tie_credit: float = 0.5,
    n_resamples: int = 10000,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """One row per shared pairwise or ranking subset: A and B, A - B with interval, p and Holm p."""
    shared = sorted(set(run_a.subsets) & set(run_b.subsets))
    if patterns:
        shared = [k for k in shared if any(fnmatch.fnmatchcase(k, p) for p in patterns)]
    rows: list[dict[str, Any]] = []
    for key in shared:
        # differing items get the more telling messages of _aligned
        differ = fingerprint_conflicts(subset_fingerprint(run_a, key), subset_fingerprint(run_b, key))
        conflicts = [c for c in differ if c != "items_hash"]
        if conflicts:
            raise ComparisonError(
                f"{key}: the runs differ in {', '.join(conflicts)}; compare runs made on the same data"
            )
        ia, ib = _aligned(run_a, run_b, key)
        a, b = run_a.item_scores(key), run_b.item_scores(key)
        gold = [a.gold[i] for i in ia]
        if kind_of(gold) == "pointwise":
            continue  # no per-item accuracy to pair
        clusters = [a.clusters[i] for i in ia]
        acc_a = primary_values(([a.scores[i] for i in ia], gold, clusters), tie_credit)
        acc_b = primary_values(([b.scores[i] for i in ib], gold, clusters), tie_credit)
        test = paired_test(acc_a, acc_b, clusters, n_resamples=n_resamples, seed=subset_seed(seed, key))
        rows.append(
            {
                "subset": key,
                "items": test.n,
                "clusters": test.n_clusters,
                "a": float(np.nanmean(acc_a)),
                "b": float(np.nanmean(acc_b)),
                "diff": test.difference,
                "ci_low": test.ci_low,
                "ci_high": test.ci_high,
                "p_value": test.p_value,
            }
        )
    for row, adjusted in zip(rows, holm([r["p_value"] for r in rows]), strict=True):
        row["p_holm"] = adjusted
    return rows
