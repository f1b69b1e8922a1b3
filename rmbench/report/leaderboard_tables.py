"""The leaderboard's tables as display-ready cells, shared by the Markdown and HTML renderers.

Each cell carries its text and the raw value to sort by, so the page sorts numbers as numbers
while both formats show exactly the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Cell:
    text: str
    sort: float | str | None = None  # None sorts last


@dataclass
class Table:
    id: str
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    note: str = ""


def pct(fig: dict[str, Any] | None) -> Cell:
    """Accuracy in percent with its interval: ``83.3 [75.1, 90.2]``."""
    if not fig or fig.get("value") is None:
        return Cell("n/a")
    text = f"{100 * fig['value']:.1f}"
    if fig.get("ci_low") is not None and fig.get("ci_high") is not None:
        text += f" [{100 * fig['ci_low']:.1f}, {100 * fig['ci_high']:.1f}]"
    return Cell(text, fig["value"])


def points(fig: dict[str, Any] | None) -> Cell:
    """A gap in percentage points with sign: ``+3.2 [-1.0, +7.5]``."""
    if not fig or fig.get("value") is None:
        return Cell("n/a")
    text = f"{100 * fig['value']:+.1f}"
    if fig.get("ci_low") is not None and fig.get("ci_high") is not None:
        text += f" [{100 * fig['ci_low']:+.1f}, {100 * fig['ci_high']:+.1f}]"
    return Cell(text, fig["value"])


def corr(fig: dict[str, Any] | None) -> Cell:
    if not fig or fig.get("value") is None:
        return Cell("n/a")
    text = f"{fig['value']:+.3f}"
    if fig.get("ci_low") is not None and fig.get("ci_high") is not None:
        text += f" [{fig['ci_low']:+.3f}, {fig['ci_high']:+.3f}]"
    return Cell(text, fig["value"])


def group(row: dict[str, Any] | None) -> Cell:
    g = (row or {}).get("group")
    return Cell("" if g is None else str(g), g)


def _by_model(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["model"]: r for r in rows}


def overall_table(doc: dict[str, Any]) -> Table:
    t = doc["tables"]
    ind, shf, gap = _by_model(t["in_distribution"]), _by_model(t["shifted"]), _by_model(t["gap"])
    domains = {d: _by_model(rows) for d, rows in t.get("domains", {}).items()}
    kinds = {m["label"]: m["kind"] for m in doc["models"]}
    table = Table(
        "overall",
        "Overall",
        [
            "rank",
            "group",
            "model",
            "kind",
            "overall",
            "in-distribution",
            "shifted",
            "gap (pt)",
            *doc["domains"],
        ],
        note="Pairwise accuracy in % with 95% bootstrap interval; models in the same group are not "
        "significantly apart (paired test, alpha = {}).".format(doc["settings"]["alpha"]),
    )
    for r in t["overall"]:
        m = r["model"]
        table.rows.append(
            [
                Cell(str(r["rank"]), r["rank"]),
                group(r),
                Cell(m, m),
                Cell(kinds.get(m, ""), kinds.get(m, "")),
                pct(r),
                pct(ind.get(m)),
                pct(shf.get(m)),
                points(gap.get(m)),
                *[pct(domains[d].get(m)) for d in doc["domains"]],
            ]
        )
    return table


def domain_table(doc: dict[str, Any]) -> Table:
    domains = {d: _by_model(rows) for d, rows in doc["tables"].get("domains", {}).items()}
    table = Table(
        "domains",
        "Per domain",
        ["model", *[f"{d}" for d in doc["domains"]], *[f"{d} group" for d in doc["domains"]]],
        note="Accuracy per domain (mean over the domain's subsets); group numbers are per domain.",
    )
    for r in doc["tables"]["overall"]:
        m = r["model"]
        table.rows.append(
            [
                Cell(m, m),
                *[pct(domains[d].get(m)) for d in doc["domains"]],
                *[group(domains[d].get(m)) for d in doc["domains"]],
            ]
        )
    return table


def shift_table(doc: dict[str, Any]) -> Table:
    t = doc["tables"]
    ind, shf, gap = _by_model(t["in_distribution"]), _by_model(t["shifted"]), _by_model(t["gap"])
    table = Table(
        "shift",
        "In-distribution vs shifted",
        ["model", "in-distribution", "group", "shifted", "group", "gap (pt)"],
        note="Gap = mean over shifted subsets of (accuracy on its in-distribution subset - accuracy on it); "
        "> 0 means the shift hurts.",
    )
    for r in t["overall"]:
        m = r["model"]
        table.rows.append(
            [
                Cell(m, m),
                pct(ind.get(m)),
                group(ind.get(m)),
                pct(shf.get(m)),
                group(shf.get(m)),
                points(gap.get(m)),
            ]
        )
    return table


def domain_shift_table(doc: dict[str, Any]) -> Table:
    table = Table(
        "domain_shift",
        "In-distribution vs shifted per domain",
        ["domain", "model", "in-distribution", "shifted", "gap (pt)"],
        note="The same split within each domain, so a model scored on some domains only (a reward model "
        "trained on one) is compared in and out of distribution there; gap > 0 means the shift hurts.",
    )
    for r in doc["tables"].get("domain_shift", []):
        table.rows.append(
            [
                Cell(r["domain"], r["domain"]),
                Cell(r["model"], r["model"]),
                pct(r["in_distribution"]),
                pct(r["shifted"]),
                points(r["gap"]),
            ]
        )
    return table


def axis_table(doc: dict[str, Any]) -> Table:
    axes = {a: _by_model(rows) for a, rows in doc["tables"].get("axes", {}).items()}
    table = Table(
        "axes",
        "Gap per shift axis",
        ["model", *doc["axes"]],
        note="Generalization gap in accuracy points per shift axis (in-distribution minus shifted).",
    )
    for r in doc["tables"]["overall"]:
        m = r["model"]
        table.rows.append([Cell(m, m), *[points(axes[a].get(m)) for a in doc["axes"]]])
    return table


def subset_table(doc: dict[str, Any]) -> Table:
    models = [m["label"] for m in doc["models"]]
    table = Table(
        "subsets",
        "Per subset",
        ["subset", "domain", "role", "axis", "metric", "items", *models],
        note="Accuracy in % (pairwise and ranking subsets) or Kendall tau-b across items (pointwise).",
    )
    for info in doc["subsets"]:
        rows = _by_model(doc["tables"]["subsets"][info["key"]])
        fmt = corr if info["metric"] == "kendall_tau_b" else pct
        role = "in-dist" if info["role"] == "in_distribution" else "shifted"
        table.rows.append(
            [
                Cell(info["key"], info["key"]),
                Cell(info["domain"], info["domain"]),
                Cell(role, role),
                Cell(info["axis"] or "", info["axis"] or ""),
                Cell(info["metric"], info["metric"]),
                Cell(str(info["n_items"]), info["n_items"]),
                *[fmt(rows.get(m)) for m in models],
            ]
        )
    return table


def pairs_table(doc: dict[str, Any]) -> Table:
    table = Table(
        "pairs",
        "Paired tests (overall)",
        ["model A", "model B", "A - B (pt)", "p-value"],
        note="Paired bootstrap over the same items; the p-value is two-sided.",
    )
    for p in doc["significance"].get("overall_pairs", []):
        diff = {"value": p["difference"], "ci_low": p["ci_low"], "ci_high": p["ci_high"]}
        table.rows.append(
            [
                Cell(p["a"], p["a"]),
                Cell(p["b"], p["b"]),
                points(diff),
                Cell("n/a" if p["p_value"] is None else f"{p['p_value']:.3f}", p["p_value"]),
            ]
        )
    return table


def runs_table(doc: dict[str, Any]) -> Table:
    table = Table("runs", "Runs", ["model", "kind", "run folder"])
    for m in doc["models"]:
        table.rows.append(
            [Cell(m["label"], m["label"]), Cell(m["kind"], m["kind"]), Cell(m["run"], m["run"])]
        )
    return table


def all_tables(doc: dict[str, Any]) -> list[Table]:
    return [
        overall_table(doc),
        domain_table(doc),
        shift_table(doc),
        domain_shift_table(doc),
        axis_table(doc),
        subset_table(doc),
        pairs_table(doc),
        runs_table(doc),
    ]
