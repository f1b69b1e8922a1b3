"""Sanity checks on the trivial baselines that every leaderboard prints.

A length baseline far above chance says the data rewards length; a random baseline's intervals
say whether the intervals are calibrated: a 95% interval misses the true 50% on about 5% of
subsets, so a few misses are expected and a bug shows as many more.
"""

from __future__ import annotations

from typing import Any

from scipy.stats import binom

from rmbench.report.board_collect import SubsetInfo
from rmbench.report.format import figure_text
from rmbench.report.thresholds import CONFIDENCE, LENGTH_WINS


def misses_chance(row: dict[str, Any]) -> bool:
    """Whether a figure's interval leaves out 50% (False without an interval)."""
    return row.get("ci_low") is not None and not (row["ci_low"] <= 0.5 <= row["ci_high"])


def baseline_checks(
    subset_tables: dict[str, list[dict[str, Any]]], kinds: dict[str, str], infos: dict[str, SubsetInfo]
) -> list[dict[str, Any]]:
    """Per pairwise subset: the length baseline above 60%, the random baseline's interval missing 50%."""
    out = []
    for key, rows in subset_tables.items():
        if infos[key].pointwise:
            continue
        for r in rows:
            kind = kinds.get(r["model"])
            if r["value"] is None:
                continue
            if kind == "length" and r["value"] > LENGTH_WINS:
                out.append(
                    {
                        "subset": key,
                        "model": r["model"],
                        "check": "length_wins",
                        "message": f"length baseline reaches {figure_text(r)} (> 60%): "
                        "the data rewards length",
                    }
                )
            if kind == "random" and misses_chance(r):
                out.append(
                    {
                        "subset": key,
                        "model": r["model"],
                        "check": "random_off_chance",
                        "message": "random baseline interval "
                        f"[{100 * r['ci_low']:.1f}, {100 * r['ci_high']:.1f}] "
                        "misses 50%",
                    }
                )
    return out


def random_calibration(
    tables: dict[str, Any], kinds: dict[str, str], infos: dict[str, SubsetInfo]
) -> list[dict[str, Any]]:
    """Per random baseline: on how many pairwise subsets its interval misses 50%, against chance,
    and whether every domain mean's interval holds 50%.

    The p-value is the binomial probability of at least this many misses when each interval misses
    with probability 1 - confidence (subsets treated as independent; twins sharing sources are not
    quite, so read a p-value near the threshold with care).
    """
    out = []
    for model in sorted(m for m, kind in kinds.items() if kind == "random"):
        found = [
            next((r for r in rows if r["model"] == model and r["ci_low"] is not None), None)
            for key, rows in tables["subsets"].items()
            if not infos[key].pointwise
        ]
        rows = [r for r in found if r is not None]
        if not rows:
            continue
        n, misses = len(rows), sum(misses_chance(r) for r in rows)
        rate = 1 - CONFIDENCE
        p_value = float(binom.sf(misses - 1, n, rate)) if misses else 1.0
        verdict = (
            "consistent with calibrated intervals" if p_value >= 0.01 else "more misses than chance explains"
        )
        domains = {
            d: next((r for r in rs if r["model"] == model), None)
            for d, rs in tables.get("domains", {}).items()
        }
        domain_misses = sorted(d for d, r in domains.items() if r is not None and misses_chance(r))
        out.append(
            {
                "model": model,
                "subsets": n,
                "misses": misses,
                "expected": n * rate,
                "p_value": p_value,
                "domain_misses": domain_misses,
                "message": f"{model}: its {100 * CONFIDENCE:.0f}% interval misses 50% on {misses} of {n} "
                "pairwise "
                f"subsets ({n * rate:.1f} expected by chance; P(at least {misses}) = {p_value:.2f}): "
                f"{verdict}; domain means missing 50%: {', '.join(domain_misses) or 'none'}",
            }
        )
    return out
