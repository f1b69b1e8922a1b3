"""The leaderboard's tables as display-ready cells, shared by the Markdown and HTML renderers.

Each cell carries its text and the raw value to sort by, so the page sorts numbers as numbers
while both formats show exactly the same figures (written by :mod:`rmbench.report.format`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rmbench.metrics.registry import get_metric
from rmbench.report.format import figure_text, number_text


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


def fig_cell(fig: dict[str, Any] | None, fmt: str = "percent", *, signed: bool = False) -> Cell:
    """A figure with its interval; an aggregate over part of its scope is marked ``(k/n)``."""
    if not fig or fig.get("value") is None:
        return Cell("n/a")
    text = figure_text(fig, fmt, signed=signed)
    if fig.get("of") and fig.get("covered") != fig.get("of"):
        text += f" ({fig['covered']}/{fig['of']})"
    return Cell(text, fig["value"])


def text(value: Any) -> Cell:
    return Cell("" if value is None else str(value), value)


def group(row: dict[str, Any] | None) -> Cell:
    g = (row or {}).get("group")
    return Cell("" if g is None else str(g), g)


def _by_model(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["model"]: r for r in rows}


PARTIAL = (
    " A figure marked (k/n) covers k of the n subsets of its scope (the model did not score the rest) "
    "and has no group."
)


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
        note=f"Pairwise accuracy in % with 95% interval (sources resampled); models in one group are not "
        f"significantly apart (paired tests, Holm-corrected, alpha = {doc['settings']['alpha']})." + PARTIAL,
    )
    for r in t["overall"]:
        m = r["model"]
        table.rows.append(
            [
                text(r["rank"]),
                group(r),
                text(m),
                text(kinds.get(m, "")),
                fig_cell(r),
                fig_cell(ind.get(m)),
                fig_cell(shf.get(m)),
                fig_cell(gap.get(m), signed=True),
                *[fig_cell(domains[d].get(m)) for d in doc["domains"]],
            ]
        )
    return table


def domain_table(doc: dict[str, Any]) -> Table:
    domains = {d: _by_model(rows) for d, rows in doc["tables"].get("domains", {}).items()}
    table = Table(
        "domains",
        "Per domain",
        ["model", *doc["domains"], *[f"{d} group" for d in doc["domains"]]],
        note="Accuracy per domain (mean over the domain's in-distribution and natural-shift subsets); "
        "group numbers are per domain.",
    )
    for r in doc["tables"]["overall"]:
        m = r["model"]
        table.rows.append(
            [
                text(m),
                *[fig_cell(domains[d].get(m)) for d in doc["domains"]],
                *[group(domains[d].get(m)) for d in doc["domains"]],
            ]
        )
    return table


def shift_table(doc: dict[str, Any]) -> Table:
    t = doc["tables"]
    ind, shf, gap = _by_model(t["in_distribution"]), _by_model(t["shifted"]), _by_model(t["gap"])
    table = Table(
        "shift",
        "In-distribution vs natural shifts",
        ["model", "in-distribution", "group", "shifted", "group", "gap (pt)", "gap group"],
        note="Gap = mean over natural-shift subsets of (accuracy on its in-distribution subset minus "
        "accuracy on it); > 0 means the shift hurts. Attacks are not shifts: see Robustness.",
    )
    for r in t["overall"]:
        m = r["model"]
        table.rows.append(
            [
                text(m),
                fig_cell(ind.get(m)),
                group(ind.get(m)),
                fig_cell(shf.get(m)),
                group(shf.get(m)),
                fig_cell(gap.get(m), signed=True),
                group(gap.get(m)),
            ]
        )
    return table


def domain_shift_table(doc: dict[str, Any]) -> Table:
    table = Table(
        "domain_shift",
        "In-distribution vs shifted per domain",
        ["domain", "model", "in-distribution", "shifted", "gap (pt)"],
        note="The same split within each domain, so a model scored on some domains only is compared in "
        "and out of distribution there; gap > 0 means the shift hurts.",
    )
    for r in doc["tables"].get("domain_shift", []):
        table.rows.append(
            [
                text(r["domain"]),
                text(r["model"]),
                fig_cell(r["in_distribution"]),
                fig_cell(r["shifted"]),
                fig_cell(r["gap"], signed=True),
            ]
        )
    return table


def _per_model_table(doc: dict[str, Any], key: str, tid: str, title: str, note: str) -> Table:
    columns = list(doc["tables"].get(key, {}))
    per = {c: _by_model(rows) for c, rows in doc["tables"].get(key, {}).items()}
    table = Table(tid, title, ["model", *columns], note=note)
    for m in [x["label"] for x in doc["models"]]:
        if any(m in per[c] for c in columns):
            table.rows.append([text(m), *[fig_cell(per[c].get(m), signed=True) for c in columns]])
    return table


def axis_table(doc: dict[str, Any]) -> Table:
    return _per_model_table(
        doc,
        "axes",
        "axes",
        "Gap per natural shift axis",
        "Generalization gap in accuracy points per axis (in-distribution minus shifted).",
    )


def robustness_table(doc: dict[str, Any]) -> Table:
    return _per_model_table(
        doc,
        "robustness",
        "robustness",
        "Robustness per attack",
        "Accuracy on the attacked twin minus the clean subset, in points, per attack (attack/side: which "
        "response or part the attack touches); < 0 means the attack fools the model. Attacks re-use the "
        "clean "
        "subset's sources, so they are reported here and never averaged into the means or the gap.",
    )


def bias_table(doc: dict[str, Any]) -> Table:
    return _per_model_table(
        doc,
        "bias",
        "bias",
        "Bias under mirrored attacks",
        "Accuracy when the attack decorates the better response minus when it decorates the worse one "
        "(RM-Bench's easy minus hard): 0 for a model the attack does not move; > 0 means the model rewards "
        "the decoration itself.",
    )


def subset_table(doc: dict[str, Any]) -> Table:
    models = [m["label"] for m in doc["models"]]
    table = Table(
        "subsets",
        "Per subset",
        [
            "subset",
            "domain",
            "role",
            "axis/attack",
            "metric",
            "items",
            "clusters",
            "chance",
            "ceiling",
            "detect (pt)",
            "cue",
            *models,
        ],
        note="Primary metric per subset: accuracy in % (pairwise, ranking) or Kendall tau-b across items "
        "(pointwise). clusters: independent sources; chance: what random ordering scores; ceiling: "
        "human raters' agreement in the same metric (none: one rater); detect: smallest accuracy "
        "difference between two models the subset detects with 80% power; cue: the strongest surface "
        "heuristic of `rmbench audit` when it passes 65% (either direction) - a model may be using it.",
    )
    for info in doc["subsets"]:
        rows = _by_model(doc["tables"]["subsets"][info["key"]])
        fmt = get_metric(info["metric"]).fmt
        detail = info["axis"] or (f"{info['attack']}/{info['side']}" if info["attack"] else "")
        ceiling = info.get("ceiling") or {}
        mdd = info.get("detectable_difference")
        table.rows.append(
            [
                text(info["key"]),
                text(info["domain"]),
                text(info["role"]),
                text(detail),
                text(info["metric"]),
                text(info["n_items"]),
                text(info["n_clusters"]),
                Cell(number_text(info.get("chance"), fmt), info.get("chance")),
                Cell(
                    number_text(ceiling.get("value"), fmt)
                    if ceiling
                    else ("none" if info.get("ceiling_note") else ""),
                    ceiling.get("value"),
                ),
                Cell("" if mdd is None else f"{100 * mdd:.0f}", mdd),
                _cue_cell(info.get("cues") or []),
                *[fig_cell(rows.get(m), fmt) for m in models],
            ]
        )
    return table


CUE_NOTE = (
    "`rmbench audit` scores each subset with content-blind heuristics; where one passes 65% (either "
    "direction) "
    "a model can score well without understanding the task. Figures on these subsets still stand, read with "
    "care."
)


def cue_lines(doc: dict[str, Any]) -> list[str]:
    """One line per subset a heuristic passes: which heuristics and how far."""
    out = []
    for info in doc["subsets"]:
        if info.get("cues"):
            shown = ", ".join(
                f"{c['heuristic']} {100 * (c['direction_free'] or 0):.0f}%" for c in info["cues"]
            )
            out.append(f"`{info['key']}` ({info['role']}): {shown}")
    return out


def _cue_cell(cues: list[dict[str, Any]]) -> Cell:
    if not cues:
        return Cell("", None)
    top = cues[0]
    return Cell(f"! {top['heuristic']} {100 * (top['direction_free'] or 0):.0f}%", top["direction_free"])


def metric_tables(doc: dict[str, Any]) -> list[Table]:
    """One table per secondary registered metric (best-of-N, rank correlations, any new metric)."""
    models = [m["label"] for m in doc["models"]]
    out = []
    for name, per_subset in doc["tables"].get("metrics", {}).items():
        metric = get_metric(name)
        table = Table(
            f"metric_{name}",
            f"Per subset: {metric.label}",
            ["subset", "chance", *models],
            note=metric.description,
        )
        for key, rows in per_subset.items():
            by = _by_model(rows)
            chance = next((r.get("chance") for r in rows if r.get("chance") is not None), None)
            table.rows.append(
                [
                    text(key),
                    Cell(number_text(chance, metric.fmt), chance),
                    *[fig_cell(by.get(m), metric.fmt) for m in models],
                ]
            )
        out.append(table)
    return out


def pairs_table(doc: dict[str, Any]) -> Table:
    table = Table(
        "pairs",
        "Paired tests (overall)",
        ["model A", "model B", "A - B (pt)", "p", "p (Holm)"],
        note="Paired cluster bootstrap on the overall aggregate; p two-sided; Holm-adjusted over the "
        "table's pairs.",
    )
    for p in doc["significance"]["pairs"].get("overall", []):
        diff = {"value": p["difference"], "ci_low": p["ci_low"], "ci_high": p["ci_high"]}
        table.rows.append(
            [
                text(p["a"]),
                text(p["b"]),
                fig_cell(diff, signed=True),
                Cell("n/a" if p["p_value"] is None else f"{p['p_value']:.3f}", p["p_value"]),
                Cell("n/a" if p["p_holm"] is None else f"{p['p_holm']:.3f}", p["p_holm"]),
            ]
        )
    return table


def runs_table(doc: dict[str, Any]) -> Table:
    table = Table("runs", "Runs", ["model", "kind", "run folder"])
    for m in doc["models"]:
        table.rows.append([text(m["label"]), text(m["kind"]), text(m["run"])])
    return table


def all_tables(doc: dict[str, Any]) -> list[Table]:
    tables = [
        overall_table(doc),
        domain_table(doc),
        shift_table(doc),
        domain_shift_table(doc),
        axis_table(doc),
        robustness_table(doc),
        bias_table(doc),
        subset_table(doc),
        *metric_tables(doc),
        pairs_table(doc),
        runs_table(doc),
    ]
    return [t for t in tables if t.rows]
