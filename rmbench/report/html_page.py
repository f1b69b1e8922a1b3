"""``index.html``: the leaderboard as one static page with no external assets.

Tables sort by clicking a header (numbers as numbers, via each cell's ``data-sort``); the charts are
inline SVG drawn by :mod:`rmbench.report.charts`. CSS and the few lines of JavaScript live here as
strings so the page works from a file:// URL, offline, forever.
"""

from __future__ import annotations

from html import escape
from typing import Any

from rmbench.report.charts import domain_bars_svg, scatter_svg
from rmbench.report.leaderboard_tables import CUE_NOTE, Table, all_tables, cue_lines

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1500px;
       padding: 0 1em; color: #222; }
h1 { margin-bottom: 0.2em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; }
p.note { color: #555; font-size: 0.9em; margin: 0.3em 0 0.6em; }
table { border-collapse: collapse; font-size: 0.88em; margin-bottom: 0.5em; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: right; white-space: nowrap; }
td:first-child, th:first-child, td.t { text-align: left; }
th { background: #f3f3f3; cursor: pointer; user-select: none; position: relative; padding-right: 18px; }
th[aria-sort="ascending"]::after { content: "\\25B2"; position: absolute; right: 4px; font-size: 0.7em; }
th[aria-sort="descending"]::after { content: "\\25BC"; position: absolute; right: 4px; font-size: 0.7em; }
tr:nth-child(even) td { background: #fbfbfb; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; align-items: flex-start; }
.charts figure { margin: 0; } figcaption { color: #555; font-size: 0.9em; max-width: 440px; }
.wrap { overflow-x: auto; }
"""

JS = """
(function () {
  function key(cell) {
    var v = cell.getAttribute("data-sort");
    if (v === null || v === "") return null;
    var n = Number(v);
    return isNaN(n) ? v.toLowerCase() : n;
  }
  function compare(a, b, dir) {
    if (a === null && b === null) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (typeof a !== typeof b) { a = String(a); b = String(b); }
    return (a < b ? -1 : a > b ? 1 : 0) * dir;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      th.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "descending" ? 1 : -1;
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).map(function (r, i) { return [r, i]; });
        rows.sort(function (x, y) {
          return compare(key(x[0].cells[col]), key(y[0].cells[col]), dir) || x[1] - y[1];
        });
        rows.forEach(function (r) { body.appendChild(r[0]); });
      });
    });
  });
})();
"""


def _sort_attr(value: float | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, 6))
    return escape(str(value), quote=True)


def _class(value: float | str | None) -> str:
    return ' class="t"' if isinstance(value, str) else ""


def table_html(table: Table) -> str:
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in table.headers)
    body = "".join(
        "<tr>"
        + "".join(f'<td{_class(c.sort)} data-sort="{_sort_attr(c.sort)}">{escape(c.text)}</td>' for c in row)
        + "</tr>\n"
        for row in table.rows
    )
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    return (
        f'<h2 id="h-{table.id}">{escape(table.title)}</h2>{note}<div class="wrap">'
        f'<table id="table-{table.id}" '
        f'class="sortable"><thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>'
        "</table></div>\n"
    )


def render_html(doc: dict[str, Any], title: str = "rmbench leaderboard") -> str:
    """The whole page."""
    tables = all_tables(doc)
    s = doc["settings"]
    notes = "".join(
        f"<li><code>{escape(n['subset'])}</code>: {escape(n['reason'])}</li>" for n in doc["notes"]
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">{len(doc["models"])} models. Figures: {escape(s["accuracy"])}; intervals: '
        f"{escape(s['intervals'])} ({s['n_resamples']} resamples, seed {s['seed']}); model ties earn "
        f"{s['tie_credit']}; groups: paired tests, {escape(s['correction'].title())}-adjusted per table. "
        f"Robustness: {escape(s['robustness'])}. Click a column header to sort.</p>",
        table_html(tables[0]) if tables else "",
        '<h2 id="h-charts">Charts</h2><div class="charts">',
        f"<figure>{scatter_svg(doc)}<figcaption>In-distribution vs shifted accuracy per model (95% "
        f"intervals). "
        "Points below the dashed diagonal lose accuracy under distribution shift.</figcaption></figure>",
        f"<figure>{domain_bars_svg(doc)}<figcaption>Accuracy per domain with 95% interval whiskers; the "
        f"dashed "
        "line is chance (50%).</figcaption></figure>",
        "</div>",
        *[table_html(t) for t in tables[1:]],
    ]
    checks = "".join(
        f"<li><code>{escape(c['subset'])}</code> ({escape(c['model'])}): {escape(c['message'])}</li>"
        for c in doc.get("checks", [])
    )
    calibration = "".join(f'<p class="note">{escape(c["message"])}.</p>' for c in doc.get("calibration", []))
    parts.append(
        f'<h2 id="h-checks">Baseline checks</h2>{calibration}<ul id="checks">{checks}</ul>'
        if checks
        else f'<h2 id="h-checks">Baseline checks</h2>{calibration}<p class="note">No subset where the length '
        "baseline beats 60% or the random baseline's interval misses 50%.</p>"
    )
    cued = "".join(f"<li>{escape(line)}</li>" for line in cue_lines(doc))
    if cued:
        parts.append(
            f'<h2 id="h-cues">Subsets a surface cue can pass</h2><p class="note">{escape(CUE_NOTE)}</p>'
            f"<ul>{cued}</ul>"
        )
    if notes:
        parts.append(f'<h2 id="h-notes">Coverage notes</h2><ul>{notes}</ul>')
    parts.append(f"<script>{JS}</script></body></html>")
    return "\n".join(parts) + "\n"
