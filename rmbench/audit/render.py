"""The audit as text: a console table, a markdown table data cards can paste, and the lists below."""

from __future__ import annotations

import math
from collections.abc import Sequence

from tabulate import tabulate

from rmbench.audit.panel import FLAG_THRESHOLD, HeuristicResult
from rmbench.audit.report import AuditReport

SHORT = {
    "length": "length",
    "absent_words": "abs.words",
    "absent_numbers": "abs.nums",
    "prompt_overlap": "overlap",
    "markdown": "markdown",
    "chatter": "chatter",
    "comments": "comments",
    "docstrings": "docstr",
    "repeated_sentences": "repeats",
    "response_probe": "probe",
    "ngram_lm": "ngram-lm",
    "smollm2": "smollm2",
}


def _names(reports: Sequence[AuditReport]) -> list[str]:
    names: list[str] = []
    for r in reports:
        names.extend(h.name for h in r.panel if h.name not in names)
    return names


def _cell(h: HeuristicResult | None, interval: bool, bold: str = "") -> str:
    if h is None or h.estimate is None or h.estimate.n == 0 or math.isnan(h.value):
        return "-"
    text = f"{h.value:.1%}"
    if interval:
        text += f" [{h.estimate.ci_low:.1%}, {h.estimate.ci_high:.1%}]"
    if h.flagged:
        text = f"{bold}{text}{bold}" if bold else text + " !"
    return text


def _rows(reports: Sequence[AuditReport], names: list[str], interval: bool, bold: str) -> list[list[str]]:
    rows = []
    for r in reports:
        by_name = {h.name: h for h in r.panel}
        kinds = [sum(p.kind == k for p in r.near_pairs) for k in ("identical", "punctuation", "near")]
        rows.append(
            [r.name, str(r.n_items)]
            + [_cell(by_name.get(n), interval, bold) for n in names]
            + [str(len(r.conflicts)), "/".join(map(str, kinds)), "yes" if r.flagged else "no"]
        )
    return rows


def _headers(names: list[str]) -> list[str]:
    return ["subset", "items", *(SHORT.get(n, n) for n in names), "conflicts", "near pairs i/p/n", "flagged"]


def console_table(reports: Sequence[AuditReport]) -> str:
    names = _names(reports)
    table = tabulate(_rows(reports, names, False, ""), headers=_headers(names), disable_numparse=True)
    legend = (
        f"Pairwise accuracy of each rule (ties 1/2); '!' = direction-free max(a, 1-a) above "
        f"{FLAG_THRESHOLD:.0%}. near pairs: identical / punctuation-only / near (<=5% edited)."
    )
    return table + "\n" + legend


def markdown_table(reports: Sequence[AuditReport]) -> str:
    names = _names(reports)
    table = tabulate(
        _rows(reports, names, True, "**"), headers=_headers(names), tablefmt="github", disable_numparse=True
    )
    wins = {h.name: h.wins for r in reports for h in r.panel if h.wins}
    legend = "; ".join(f"{SHORT.get(n, n)}: {wins[n]} wins" for n in names if n in wins)
    corpora = sorted(
        {
            f"{h.details['corpus']['key']} ({h.details['corpus']['sources']})"
            for r in reports
            for h in r.panel
            if "corpus" in h.details
        }
    )
    lines = [
        table,
        "",
        f"Pairwise accuracy of each rule over gold-ordered pairs (ties earn 1/2), 95% cluster-bootstrap "
        f"interval over source_id; **bold** = direction-free max(a, 1-a) above {FLAG_THRESHOLD:.0%}. {legend}.",
    ]
    if corpora:
        lines.append("ngram-lm reference corpus: " + "; ".join(corpora) + ".")
    return "\n".join(lines)


def detail_lines(report: AuditReport, limit: int = 5) -> list[str]:
    """What a reader checks next: flagged rules with intervals, skipped probes, duplicate ids."""
    out = []
    for h in report.flagged:
        est = h.estimate
        assert est is not None
        out.append(
            f"  {report.name}: FLAGGED {h.name} ({h.wins} wins) {h.value:.1%} "
            f"[{est.ci_low:.1%}, {est.ci_high:.1%}], n={est.n}, clusters={est.n_clusters}"
        )
    if any(h.note.startswith("over pairs of items") for h in report.panel):
        out.append(
            f"  {report.name}: pointwise subset: each rule is scored over pairs of items (concordance)"
        )
    for h in report.panel:
        if h.note.startswith("skipped:") and not h.note.startswith("skipped: opt-in"):
            out.append(f"  {report.name}: {h.name} {h.note}")
        if "corpus" in h.details and h.estimate is not None:
            c = h.details["corpus"]
            out.append(
                f"  {report.name}: {h.name} fit on {c['key']}: {c['sources']}, {c['documents']} documents "
                f"({c['excluded_as_overlapping']} overlapping the subset excluded)"
            )
    for c in report.conflicts[:limit]:
        out.append(f"  {report.name}: conflicting gold ({c.kind}) {', '.join(c.ids)}")
    # identical and punctuation-only pairs are noise by definition; "near" ones are counted (--json lists them)
    for p in [p for p in report.near_pairs if p.kind != "near"][:limit]:
        out.append(
            f"  {report.name}: {p.kind} responses {p.first} and {p.second} of {p.item_id} (gold gap {p.gold_gap:g})"
        )
    for group in report.exact_duplicates[:limit]:
        out.append(f"  {report.name}: exact duplicate items {', '.join(group)}")
    for a, b, j in report.near_duplicates[:limit]:
        out.append(f"  {report.name}: near-duplicate items {a} ~ {b} (Jaccard {j})")
    if report.missing_provenance:
        more = " ..." if len(report.missing_provenance) > limit else ""
        out.append(
            f"  {report.name}: no label provenance on {', '.join(report.missing_provenance[:limit])}{more}"
        )
    return out
