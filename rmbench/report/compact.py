"""The compact table that ends ``rmbench run``: one line per model, the figures a reader wants first.

Built from the same leaderboard document as the published pages (so the numbers agree), over the
runs just made: overall, in-distribution, natural shifts and gap with intervals, then each domain.
"""

from __future__ import annotations

from typing import Any

from tabulate import tabulate

from rmbench.report.format import figure_text, finite


def _plus_minus(fig: dict[str, Any] | None) -> str:
    """``61.2 ±4.1``: a domain figure with half its interval's width (fits many domains on a line)."""
    if not fig or not finite(fig.get("value")):
        return "n/a"
    text = f"{100 * fig['value']:.1f}"
    if finite(fig.get("ci_low")) and finite(fig.get("ci_high")):
        text += f" ±{50 * (fig['ci_high'] - fig['ci_low']):.1f}"
    if fig.get("of") and fig.get("covered") != fig.get("of"):
        text += f" ({fig['covered']}/{fig['of']})"
    return text


def compact_tables(doc: dict[str, Any]) -> str:
    """Two small tables: headline figures with intervals, and accuracy per domain."""
    t = doc["tables"]
    by = {name: {r["model"]: r for r in t[name]} for name in ("in_distribution", "shifted", "gap")}
    head = [
        [
            r["model"],
            figure_text(r),
            figure_text(by["in_distribution"].get(r["model"])),
            figure_text(by["shifted"].get(r["model"])),
            figure_text(by["gap"].get(r["model"]), signed=True),
            r.get("group") or "",
        ]
        for r in t["overall"]
    ]
    lines = [
        tabulate(
            head,
            headers=["model", "overall", "in-distribution", "shifted", "gap (pt)", "group"],
            disable_numparse=True,
        )
    ]
    domains = doc.get("domains", [])
    if len(domains) > 1:
        per = {d: {r["model"]: r for r in t["domains"][d]} for d in domains}
        rows = [[r["model"], *[_plus_minus(per[d].get(r["model"])) for d in domains]] for r in t["overall"]]
        lines += ["", tabulate(rows, headers=["model", *domains], disable_numparse=True)]
    return "\n".join(lines)
