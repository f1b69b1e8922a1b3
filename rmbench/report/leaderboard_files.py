"""Writing the leaderboard: ``README.md``, ``leaderboard.csv``, ``leaderboard.json`` and ``index.html``.

All four render one document (:func:`rmbench.report.leaderboard.build_leaderboard`). JSON keys are
sorted, floats are rounded when the document is built and printed with a fixed format here, and no
file holds a timestamp or an absolute path, so the same runs give the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from rmbench.items import atomic_write_text
from rmbench.report.html_page import render_html
from rmbench.report.leaderboard_tables import CUE_NOTE, Table, all_tables, cue_lines

CSV_COLUMNS = ["table", "scope", "model", "rank", "group", "value", "ci_low", "ci_high", "n"]


def to_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"


def _num(x: Any) -> str:
    return "" if x is None else f"{x:.6f}"


def to_csv(doc: dict[str, Any]) -> str:
    """Long format, one row per (table, scope, model): easy to filter and pivot."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    t = doc["tables"]
    blocks: list[tuple[str, str, list[dict[str, Any]]]] = [
        ("overall", "all", t["overall"]),
        ("in_distribution", "all", t["in_distribution"]),
        ("shifted", "all", t["shifted"]),
        ("gap", "all", t["gap"]),
        *[("domain", d, rows) for d, rows in sorted(t.get("domains", {}).items())],
        *[
            (f"domain_{part}", r["domain"], [{"model": r["model"], **r[part]}])
            for r in t.get("domain_shift", [])
            for part in ("in_distribution", "shifted", "gap")
        ],
        *[("axis_gap", a, rows) for a, rows in sorted(t.get("axes", {}).items())],
        *[("robustness", a, rows) for a, rows in sorted(t.get("robustness", {}).items())],
        *[("bias", a, rows) for a, rows in sorted(t.get("bias", {}).items())],
        *[("subset", k, rows) for k, rows in t.get("subsets", {}).items()],
        *[(f"metric_{m}", k, rows) for m, per in t.get("metrics", {}).items() for k, rows in per.items()],
    ]
    for table, scope, rows in blocks:
        for r in rows:
            w.writerow(
                [
                    table,
                    scope,
                    r["model"],
                    r.get("rank", ""),
                    r.get("group", ""),
                    _num(r.get("value")),
                    _num(r.get("ci_low")),
                    _num(r.get("ci_high")),
                    r.get("n", ""),
                ]
            )
    return buf.getvalue()


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def table_markdown(table: Table) -> str:
    lines = [f"## {table.title}", ""]
    if table.note:
        lines += [table.note, ""]
    lines.append("| " + " | ".join(_md_escape(h) for h in table.headers) + " |")
    lines.append("|" + "|".join("---" for _ in table.headers) + "|")
    for row in table.rows:
        lines.append("| " + " | ".join(_md_escape(c.text) for c in row) + " |")
    return "\n".join(lines) + "\n"


def to_markdown(doc: dict[str, Any], title: str = "rmbench leaderboard", preamble: str = "") -> str:
    s = doc["settings"]
    parts = [f"# {title}", ""]
    if preamble:
        parts += [preamble.strip(), ""]
    parts += [
        f"{len(doc['models'])} models. Accuracy: {s['accuracy']}. Intervals: {s['intervals']} "
        f"({s['n_resamples']} resamples, seed {s['seed']}); model ties earn {s['tie_credit']}. Groups: "
        f"models "
        f"in one group are not significantly apart by paired cluster-bootstrap tests, "
        f"{s['correction'].title()}-"
        f"adjusted within each table (alpha {s['alpha']}). Robustness: {s['robustness']}. "
        "Also as `leaderboard.csv`, `leaderboard.json` and the sortable page `index.html` (with charts).",
        "",
    ]
    parts += [table_markdown(t) for t in all_tables(doc)]
    parts += ["## Baseline checks", ""]
    parts += [c["message"] + "." for c in doc.get("calibration", [])]
    if doc.get("calibration"):
        parts.append("")
    if doc.get("checks"):
        parts += [f"- `{c['subset']}` ({c['model']}): {c['message']}" for c in doc["checks"]]
    else:
        parts.append(
            "No subset where the length baseline beats 60% or the random baseline's interval misses 50%."
        )
    parts.append("")
    cued = cue_lines(doc)
    if cued:
        parts += ["## Subsets a surface cue can pass", "", CUE_NOTE, ""]
        parts += [f"- {line}" for line in cued]
        parts.append("")
    if doc["notes"]:
        parts += ["## Coverage notes", ""]
        parts += [f"- `{n['subset']}`: {n['reason']}" for n in doc["notes"]]
        parts.append("")
    return "\n".join(parts)


def write_leaderboard(
    doc: dict[str, Any], out_dir: str | Path, *, title: str = "rmbench leaderboard", preamble: str = ""
) -> list[Path]:
    """Write the four files into ``out_dir``; return their paths."""
    out = Path(out_dir)
    files = {
        "README.md": to_markdown(doc, title, preamble),
        "leaderboard.csv": to_csv(doc),
        "leaderboard.json": to_json(doc),
        "index.html": render_html(doc, title),
    }
    for name, text in files.items():
        atomic_write_text(out / name, text)
    return [out / name for name in files]
