"""Inline SVG charts for the leaderboard page: drawn here, in Python, so the page needs no script or
asset to show them, and the same document always gives the same bytes.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

PALETTE = [
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#3182bd",
]


def color(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _f(x: float) -> str:
    return f"{x:.1f}"


def _range(values: list[float]) -> tuple[float, float]:
    """Axis range in tenths that holds every value and 0.5 (chance), clamped to [0, 1]."""
    lo = min([*values, 0.5])
    hi = max([*values, 0.5])
    return max(0.0, math.floor(lo * 10 - 1e-9) / 10), min(1.0, math.ceil(hi * 10 + 1e-9) / 10)


def _scatter_point(c: str, model: str, a: dict[str, Any], b: dict[str, Any], x: Any, y: Any) -> str:
    """One model's point with its two interval bars (x: in-distribution, y: shifted)."""
    out = []
    px, py = x(a["value"]), y(b["value"])
    if a.get("ci_low") is not None and a.get("ci_high") is not None:
        out.append(
            f'<line x1="{_f(x(a["ci_low"]))}" y1="{_f(py)}" x2="{_f(x(a["ci_high"]))}" y2="{_f(py)}" '
            f'stroke="{c}" stroke-opacity="0.6"/>'
        )
    if b.get("ci_low") is not None and b.get("ci_high") is not None:
        out.append(
            f'<line x1="{_f(px)}" y1="{_f(y(b["ci_low"]))}" x2="{_f(px)}" y2="{_f(y(b["ci_high"]))}" '
            f'stroke="{c}" stroke-opacity="0.6"/>'
        )
    label = escape(model)
    out.append(
        f'<circle class="point" data-model="{label}" cx="{_f(px)}" cy="{_f(py)}" r="5" fill="{c}">'
        f"<title>{label}: in-distribution {100 * a['value']:.1f}%, shifted {100 * b['value']:.1f}%</title>"
        f'</circle><text x="{_f(px + 7)}" y="{_f(py - 7)}" font-size="11" fill="{c}">{label}</text>'
    )
    return "".join(out)


def _scatter_frame(size: int, margin: int, plot: int, lo: float, hi: float, x: Any, y: Any) -> str:
    """The plot area, grid lines every 0.1, the dashed diagonal y = x and the axis titles."""
    out = []
    out.append(
        f'<rect x="{margin}" y="{margin}" width="{plot}" height="{plot}" fill="#fafafa" stroke="#999"/>'
    )
    steps = round((hi - lo) * 10)
    for s in range(steps + 1):
        v = lo + s / 10
        out.append(
            f'<line x1="{_f(x(v))}" y1="{_f(y(lo))}" x2="{_f(x(v))}" y2="{_f(y(hi))}" stroke="#e4e4e4"/>'
            f'<line x1="{_f(x(lo))}" y1="{_f(y(v))}" x2="{_f(x(hi))}" y2="{_f(y(v))}" stroke="#e4e4e4"/>'
            f'<text x="{_f(x(v))}" y="{_f(y(lo) + 16)}" text-anchor="middle" font-size="11">{v:.1f}</text>'
            f'<text x="{_f(x(lo) - 6)}" y="{_f(y(v) + 4)}" text-anchor="end" font-size="11">{v:.1f}</text>'
        )
    out.append(
        f'<line class="diagonal" x1="{_f(x(lo))}" y1="{_f(y(lo))}" x2="{_f(x(hi))}" y2="{_f(y(hi))}" '
        'stroke="#555" stroke-dasharray="5,4"/>'
    )
    out.append(
        f'<text x="{size / 2}" y="{size - 12}" text-anchor="middle" font-size="12">'
        "in-distribution accuracy</text>"
        f'<text x="14" y="{size / 2}" text-anchor="middle" font-size="12" '
        f'transform="rotate(-90 14 {size / 2})">shifted accuracy</text>'
    )
    return "".join(out)


def scatter_svg(doc: dict[str, Any]) -> str:
    """In-distribution (x) vs shifted (y) accuracy per model, with CI bars and the diagonal y = x.

    Points below the diagonal lose accuracy under shift.
    """
    ind = {r["model"]: r for r in doc["tables"]["in_distribution"]}
    shf = {r["model"]: r for r in doc["tables"]["shifted"]}
    models = [m["label"] for m in doc["models"]]
    points = [
        (i, m, ind[m], shf[m])
        for i, m in enumerate(models)
        if ind.get(m, {}).get("value") is not None and shf.get(m, {}).get("value") is not None
    ]
    size, margin = 440, 56
    plot = size - 2 * margin
    out = [
        f'<svg id="scatter" class="chart" xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 {size} {size}" role="img" aria-label="in-distribution vs shifted accuracy">'
    ]
    if not points:
        out.append(
            f'<text x="{size / 2}" y="{size / 2}" text-anchor="middle">no model has both in-distribution '
            "and shifted subsets</text></svg>"
        )
        return "".join(out)
    values = [
        v
        for _, _, a, b in points
        for v in (
            a["value"],
            b["value"],
            a.get("ci_low") or a["value"],
            a.get("ci_high") or a["value"],
            b.get("ci_low") or b["value"],
            b.get("ci_high") or b["value"],
        )
    ]
    lo, hi = _range(values)

    def x(v: float) -> float:
        return margin + (v - lo) / (hi - lo) * plot

    def y(v: float) -> float:
        return size - margin - (v - lo) / (hi - lo) * plot

    out.append(_scatter_frame(size, margin, plot, lo, hi, x, y))
    for i, m, a, b in points:
        out.append(_scatter_point(color(i), m, a, b, x, y))
    out.append("</svg>")
    return "".join(out)


def domain_bars_svg(doc: dict[str, Any]) -> str:
    """Accuracy per domain: one bar per model with its 95% interval as a whisker; dashed line at 50%."""
    models = [m["label"] for m in doc["models"]]
    domains = doc["domains"]
    tables = {d: {r["model"]: r for r in doc["tables"].get("domains", {}).get(d, [])} for d in domains}
    bar, gap, margin_l, margin_b, top, plot_h = 14, 24, 48, 60, 16, 240
    group_w = max(1, len(models)) * bar + gap
    width = margin_l + max(1, len(domains)) * group_w + 16
    legend_h = 18 * len(models)
    height = top + plot_h + margin_b + legend_h
    out = [
        f'<svg id="domain-bars" class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="accuracy per domain">'
    ]

    def y(v: float) -> float:
        return top + plot_h * (1 - v)

    for v in (0.0, 0.25, 0.5, 0.75, 1.0):
        dash = ' stroke-dasharray="5,4"' if v == 0.5 else ""
        out.append(
            f'<line x1="{margin_l}" y1="{_f(y(v))}" x2="{width - 8}" y2="{_f(y(v))}" stroke="#ccc"{dash}/>'
            f'<text x="{margin_l - 6}" y="{_f(y(v) + 4)}" text-anchor="end" font-size="11">'
            f"{int(v * 100)}%</text>"
        )
    for di, d in enumerate(domains):
        x0 = margin_l + di * group_w + gap / 2
        for mi, m in enumerate(models):
            r = tables[d].get(m)
            if not r or r.get("value") is None:
                continue
            bx = x0 + mi * bar
            c = color(mi)
            out.append(
                f'<rect class="bar" data-model="{escape(m)}" data-domain="{escape(d)}" x="{_f(bx + 1)}" '
                f'y="{_f(y(r["value"]))}" width="{bar - 2}" height="{_f(plot_h * r["value"])}" fill="{c}">'
                f"<title>{escape(m)} on {escape(d)}: {100 * r['value']:.1f}%</title></rect>"
            )
            if r.get("ci_low") is not None and r.get("ci_high") is not None:
                cx = bx + bar / 2
                out.append(
                    f'<path class="whisker" d="M{_f(cx)} {_f(y(r["ci_low"]))}V{_f(y(r["ci_high"]))}'
                    f"M{_f(cx - 3)} {_f(y(r['ci_low']))}H{_f(cx + 3)}M{_f(cx - 3)} {_f(y(r['ci_high']))}"
                    f'H{_f(cx + 3)}" stroke="#222" fill="none"/>'
                )
        out.append(
            f'<text x="{_f(x0 + len(models) * bar / 2)}" y="{top + plot_h + 18}" text-anchor="middle" '
            f'font-size="12">{escape(d)}</text>'
        )
    for mi, m in enumerate(models):
        ly = top + plot_h + margin_b - 14 + 18 * mi
        out.append(
            f'<rect x="{margin_l}" y="{ly}" width="12" height="12" fill="{color(mi)}"/>'
            f'<text x="{margin_l + 18}" y="{ly + 10}" font-size="12">{escape(m)}</text>'
        )
    out.append("</svg>")
    return "".join(out)
