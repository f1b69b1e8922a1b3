"""``rmbench report RUN``: a readable summary of one run folder, and the flags an RM researcher checks first.

Everything comes from ``summary.json`` (figures with 95% bootstrap intervals, gaps, diagnostics), so
a report never rescores anything. What it adds is judgement: :func:`find_flags` names what looks
wrong, e.g. a model that does no better than the length baseline, prompts cut to fit, a score
function full of ties, or data where length alone wins.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from tabulate import tabulate

from rmbench.report.run_folder import Run
from rmbench.report.run_info import is_length_baseline, model_kind, model_label

TRUNCATION_LIMIT = 0.05  # share of requests whose prompt was cut
TIE_LIMIT = 0.10  # share of gold-ordered pairs scored exactly equal
LENGTH_WINS = 0.60  # a length baseline above this means the data rewards length
LENGTH_SKEW = 0.60  # share of different-length pairs where the better response is the longer
SMALL_SUBSET = 30
POSITION_CONSISTENCY = (
    0.5  # a pairwise judge whose verdict survives an order swap less often judges by position
)


@dataclass(frozen=True)
class Flag:
    """Something in a run that deserves a look before its numbers are trusted."""

    subset: str  # task/subset, or "run"
    code: str  # stable identifier, e.g. "below_length_baseline"
    message: str

    def __str__(self) -> str:
        return f"[{self.code}] {self.subset}: {self.message}"


def _finite(x: Any) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


def fmt_pct(fig: dict[str, Any] | None) -> str:
    """``72.3% [60.1, 83.0]``: a share with its 95% interval, in percent."""
    if not fig or not _finite(fig.get("value")):
        return "n/a"
    if not (_finite(fig.get("ci_low")) and _finite(fig.get("ci_high"))):
        return f"{100 * fig['value']:.1f}%"
    return f"{100 * fig['value']:.1f}% [{100 * fig['ci_low']:.1f}, {100 * fig['ci_high']:.1f}]"


def fmt_corr(fig: dict[str, Any] | None) -> str:
    """``0.412 [0.301, 0.520]``: a correlation (or a gap in correlation) with its interval."""
    if not fig or not _finite(fig.get("value")):
        return "n/a"
    if not (_finite(fig.get("ci_low")) and _finite(fig.get("ci_high"))):
        return f"{fig['value']:+.3f}"
    return f"{fig['value']:+.3f} [{fig['ci_low']:+.3f}, {fig['ci_high']:+.3f}]"


def fmt_points(fig: dict[str, Any] | None) -> str:
    """A gap in accuracy, in percentage points with sign."""
    if not fig or not _finite(fig.get("value")):
        return "n/a"
    text = f"{100 * fig['value']:+.1f} pt"
    if _finite(fig.get("ci_low")) and _finite(fig.get("ci_high")):
        text += f" [{100 * fig['ci_low']:+.1f}, {100 * fig['ci_high']:+.1f}]"
    return text


def _share(x: Any) -> str:
    return f"{100 * x:.1f}%" if _finite(x) else "n/a"


def longer_is_better_share(diagnostics: dict[str, Any]) -> float:
    """Share of gold-ordered pairs of different length where the better response is the longer one.

    A property of the data, not the model: far from 50% means a length heuristic does well.
    """
    longer = diagnostics.get("pairs_chosen_longer") or 0
    shorter = diagnostics.get("pairs_chosen_shorter") or 0
    return longer / (longer + shorter) if longer + shorter else float("nan")


def _accuracy(sub: dict[str, Any]) -> dict[str, Any] | None:
    return sub.get("metrics", {}).get("pairwise_accuracy")


def find_flags(run: Run, length_run: Run | None = None) -> list[Flag]:
    """Everything worth a second look, in subset order."""
    flags: list[Flag] = []
    length_subsets = length_run.summary.get("subsets", {}) if length_run is not None else {}
    self_is_length = is_length_baseline(run)
    for key, sub in run.summary.get("subsets", {}).items():
        acc = _accuracy(sub)
        diag = sub.get("diagnostics", {})
        if sub.get("n_items", 0) < SMALL_SUBSET:
            flags.append(Flag(key, "small_subset", f"only {sub.get('n_items', 0)} items: intervals are wide"))
        if sub.get("truncation_rate", 0.0) > TRUNCATION_LIMIT:
            flags.append(
                Flag(
                    key,
                    "truncated",
                    f"{_share(sub['truncation_rate'])} of requests truncated "
                    f"(> {TRUNCATION_LIMIT:.0%}): the model did not see whole prompts",
                )
            )
        if _finite(diag.get("tie_rate")) and diag["tie_rate"] > TIE_LIMIT:
            what = (
                "of scores repeat another item's score"
                if sub.get("primary_metric") == "kendall_tau_b"
                else "of gold-ordered pairs scored exactly equal"
            )
            flags.append(
                Flag(
                    key,
                    "ties",
                    f"{_share(diag['tie_rate'])} {what} (> {TIE_LIMIT:.0%}): coarse or saturated scores",
                )
            )
        skew = longer_is_better_share(diag)
        if _finite(skew) and skew > LENGTH_SKEW:
            flags.append(
                Flag(
                    key,
                    "length_skewed_data",
                    f"the better response is the longer in {_share(skew)} "
                    "of pairs of different length: length alone scores well",
                )
            )
        if acc is None or not _finite(acc.get("value")):
            continue
        if self_is_length and acc["value"] > LENGTH_WINS:
            flags.append(
                Flag(
                    key,
                    "length_baseline_wins",
                    f"the length baseline reaches {fmt_pct(acc)} "
                    f"(> {LENGTH_WINS:.0%}): the data rewards length",
                )
            )
        if _finite(acc.get("ci_high")) and acc["ci_high"] < 0.5 and not self_is_length:
            flags.append(Flag(key, "below_chance", f"accuracy {fmt_pct(acc)} is below 50%: inverted scores?"))
        elif (
            sub.get("role") == "in_distribution"
            and _finite(acc.get("ci_low"))
            and acc["ci_low"] <= 0.5
            and model_kind(run) not in ("length", "random")
        ):
            flags.append(
                Flag(key, "chance_level", f"accuracy {fmt_pct(acc)}: not distinguishable from chance")
            )
        base = _accuracy(length_subsets.get(key, {})) if length_run is not None else None
        if base and _finite(base.get("value")) and acc["value"] < base["value"] and not self_is_length:
            flags.append(
                Flag(
                    key,
                    "below_length_baseline",
                    f"accuracy {fmt_pct(acc)} is below the length baseline's {fmt_pct(base)}",
                )
            )
        if length_run is not None and base and base["value"] > LENGTH_WINS and not self_is_length:
            flags.append(
                Flag(
                    key,
                    "length_baseline_wins",
                    f"the length baseline reaches {fmt_pct(base)} "
                    f"(> {LENGTH_WINS:.0%}): the data rewards length",
                )
            )
    for key, stats in sorted((run.manifest.get("adapter_stats") or {}).items()):
        consistency = stats.get("position_consistency")
        if _finite(consistency) and consistency < POSITION_CONSISTENCY:
            first = stats.get("mean_p_first")
            shown = f" (mean P(first shown wins) {first:.2f})" if _finite(first) else ""
            flags.append(
                Flag(
                    key,
                    "position_bias",
                    f"the verdict survives swapping the order in only "
                    f"{_share(consistency)} of pairs{shown}: the judge follows position",
                )
            )
    for task, entry in run.summary.get("tasks", {}).items():
        for gap in entry.get("gaps", []):
            g = gap.get("gap", {})
            if _finite(g.get("ci_low")) and g["ci_low"] > 0:
                shown = fmt_points(g) if gap.get("metric") == "pairwise_accuracy" else fmt_corr(g)
                flags.append(
                    Flag(
                        f"{task}/{gap['subset']}",
                        "significant_gap",
                        f"{gap.get('axis') or 'shift'} shift costs {shown} against {gap['against']}",
                    )
                )
    return flags


def _subset_rows(run: Run, task: str, length_run: Run | None) -> list[list[str]]:
    rows = []
    length_subsets = length_run.summary.get("subsets", {}) if length_run is not None else {}
    for key, sub in run.summary.get("subsets", {}).items():
        if sub.get("task") != task:
            continue
        m = sub.get("metrics", {})
        role = "in-dist" if sub.get("role") == "in_distribution" else f"shifted ({sub.get('axis') or '?'})"
        row = [
            sub.get("subset"),
            role,
            sub.get("kind"),
            sub.get("n_items"),
            fmt_pct(m.get("pairwise_accuracy")),
            fmt_pct(m.get("best_of_n")),
            fmt_corr(m.get("kendall_tau_b")),
            fmt_corr(m.get("spearman")),
        ]
        if length_run is not None:
            row.append(fmt_pct(_accuracy(length_subsets.get(key, {}))))
        rows.append(row)
    return rows


def _gap_rows(entry: dict[str, Any]) -> list[list[str]]:
    rows = []
    for gap in entry.get("gaps", []):
        g = gap.get("gap", {})
        shown = fmt_points(g) if gap.get("metric") == "pairwise_accuracy" else fmt_corr(g)
        flip = gap.get("flip_rate")
        rows.append(
            [
                gap["subset"],
                gap["against"],
                gap.get("axis") or "",
                gap.get("metric"),
                shown,
                g.get("mode", ""),
                g.get("n_pairs", 0),
                fmt_pct(flip) if flip else "n/a (not twins)",
            ]
        )
    return rows


def _diagnostic_rows(run: Run, task: str) -> list[list[str]]:
    rows = []
    for sub in run.summary.get("subsets", {}).values():
        if sub.get("task") != task:
            continue
        d = sub.get("diagnostics", {})
        rows.append(
            [
                sub.get("subset"),
                _share(d.get("tie_rate")),
                _share(sub.get("truncation_rate")),
                _share(d.get("prefers_longer")),
                _share(d.get("acc_chosen_shorter")),
                _share(d.get("acc_chosen_longer")),
                fmt_corr({"value": d.get("score_length_spearman")}),
                _share(longer_is_better_share(d)),
            ]
        )
    return rows


def _judge_rows(run: Run, task: str) -> list[list[str]]:
    """Per-subset statistics a pairwise judge reports (position consistency, mean P(first))."""
    rows = []
    for key, stats in (run.manifest.get("adapter_stats") or {}).items():
        key_task, _, subset = key.partition("/")
        if key_task != task:
            continue
        consistency, first = stats.get("position_consistency"), stats.get("mean_p_first")
        rows.append(
            [subset, stats.get("pairs", ""), _share(consistency), f"{first:.3f}" if _finite(first) else "n/a"]
        )
    return rows


def selection_text(selection: dict[str, Any]) -> str:
    """Which items of each subset the run scored (a sample's figures are not the full subset's)."""
    parts = []
    if selection.get("sample") is not None:
        parts.append(f"a seeded sample of {selection['sample']} (sample_seed={selection.get('sample_seed')})")
    if selection.get("limit") is not None:
        parts.append(f"the first {selection['limit']}")
    return "items=" + (", then ".join(parts) + " per subset" if parts else "all")


def render_report(run: Run, length_run: Run | None = None) -> str:
    """The whole report as text (tables by tabulate)."""
    m = run.manifest
    lines = [f"rmbench report: {model_label(run)}  ({run.folder})"]
    facts = [
        f"{k}={m[k]}"
        for k in (
            "git_commit",
            "git",
            "git_hash",
            "rmbench_version",
            "device",
            "dtype",
            "seed",
            "tie_credit",
            "n_resamples",
        )
        if k in m
    ]
    facts += [f"{k}={v}" for k, v in (m.get("seeds") or {}).items()]
    facts += [selection_text(m.get("selection") or {})]
    if facts:
        lines.append("  " + "  ".join(facts))
    if length_run is not None:
        lines.append(f"  length baseline from {length_run.folder}")
    lines.append(
        "Figures: mean over items with 95% bootstrap interval. Accuracy = pairwise accuracy "
        f"(model ties earn {m.get('tie_credit', 0.5)})."
    )
    headers = ["subset", "role", "kind", "items", "accuracy", "best-of-N", "tau-b", "spearman"]
    if length_run is not None:
        headers.append("length baseline")
    for task, entry in run.summary.get("tasks", {}).items():
        lines += ["", f"== {task} ==", tabulate(_subset_rows(run, task, length_run), headers=headers)]
        gap_rows = _gap_rows(entry)
        if gap_rows:
            lines += [
                "",
                "Generalization gaps (in-distribution minus shifted; > 0 means the shift hurts):",
                tabulate(
                    gap_rows,
                    headers=["shifted", "against", "axis", "metric", "gap", "mode", "twins", "flip rate"],
                ),
            ]
        lines += [
            "",
            "Diagnostics:",
            tabulate(
                _diagnostic_rows(run, task),
                headers=[
                    "subset",
                    "ties",
                    "truncated",
                    "prefers longer",
                    "acc (better is shorter)",
                    "acc (better is longer)",
                    "score~length rho",
                    "data: better is longer",
                ],
            ),
        ]
        judge_rows = _judge_rows(run, task)
        if judge_rows:
            lines += [
                "",
                "Pairwise judge (each pair shown in both orders; position consistency = share of pairs "
                "whose winner survives the swap):",
                tabulate(
                    judge_rows,
                    headers=["subset", "pairs", "position consistency", "mean P(first wins)"],
                    disable_numparse=True,
                ),
            ]
    flags = find_flags(run, length_run)
    lines += ["", f"Flags ({len(flags)}):" if flags else "Flags: none"]
    lines += [f"  ! {f}" for f in flags]
    return "\n".join(lines) + "\n"
