"""``rmbench report RUN``: a readable summary of one run folder, and the flags an RM researcher checks first.

Everything comes from ``summary.json`` (figures with cluster-bootstrap intervals, gaps, robustness,
diagnostics), so a report never rescores anything. Beside each headline figure it prints what the
figure must be read against: chance, the rater-agreement ceiling where the data has one, the
number of independent sources (clusters) and the smallest difference the subset can detect.
:func:`find_flags` names what looks wrong. Lines stay within 120 columns.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from tabulate import tabulate

from rmbench.metrics.registry import all_metrics, get_metric
from rmbench.report.format import figure_text, finite, number_text, share
from rmbench.report.thresholds import (
    LENGTH_SKEW,
    LENGTH_WINS,
    MIN_CLUSTERS,
    POSITION_CONSISTENCY,
    TIE_LIMIT,
    TRUNCATION_LIMIT,
)
from rmbench.results import Run
from rmbench.results.identity import is_length_baseline, model_kind, model_label

WIDTH = 120
ROLE_LABEL = {"in_distribution": "in-dist", "shifted": "shifted", "robustness": "attack"}


@dataclass(frozen=True)
class Flag:
    """Something in a run that deserves a look before its numbers are trusted."""

    subset: str  # task/subset, or "run"
    code: str  # stable identifier, e.g. "below_length_baseline"
    message: str

    def __str__(self) -> str:
        return f"[{self.code}] {self.subset}: {self.message}"


def longer_is_better_share(diagnostics: dict[str, Any]) -> float:
    """Share of gold-ordered pairs of different length where the better response is the longer one.

    A property of the data, not the model: far from 50% means a length heuristic does well.
    """
    longer = diagnostics.get("pairs_chosen_longer") or 0
    shorter = diagnostics.get("pairs_chosen_shorter") or 0
    return longer / (longer + shorter) if longer + shorter else float("nan")


def primary(sub: dict[str, Any]) -> dict[str, Any] | None:
    return sub.get("metrics", {}).get(sub.get("primary_metric", ""))


def primary_text(sub: dict[str, Any], fig: dict[str, Any] | None = None) -> str:
    name = sub.get("primary_metric", "pairwise_accuracy")
    fmt = get_metric(name).fmt if name in {m.name for m in all_metrics()} else "percent"
    return figure_text(fig if fig is not None else primary(sub), fmt)


def _data_flags(key: str, sub: dict[str, Any]) -> list[Flag]:
    flags: list[Flag] = []
    clusters = sub.get("n_clusters", sub.get("n_items", 0))
    if clusters < MIN_CLUSTERS:
        flags.append(
            Flag(
                key,
                "few_clusters",
                f"only {clusters} independent sources (clusters): intervals are "
                "wide and the subset cannot rank close models",
            )
        )
    if (sub.get("truncation_rate") or 0.0) > TRUNCATION_LIMIT:
        flags.append(
            Flag(
                key,
                "truncated",
                f"{share(sub['truncation_rate'])} of requests truncated "
                f"(> {TRUNCATION_LIMIT:.0%}): the model did not see whole prompts",
            )
        )
    diag = sub.get("diagnostics", {})
    if finite(diag.get("tie_rate")) and diag["tie_rate"] > TIE_LIMIT:
        what = (
            "of scores repeat another item's score"
            if sub.get("metric_kind") == "pointwise"
            else "of gold-ordered pairs scored exactly equal"
        )
        flags.append(
            Flag(key, "ties", f"{share(diag['tie_rate'])} {what} (> {TIE_LIMIT:.0%}): coarse scores")
        )
    skew = longer_is_better_share(diag)
    if finite(skew) and skew > LENGTH_SKEW:
        flags.append(
            Flag(
                key,
                "length_skewed_data",
                f"the better response is the longer in {share(skew)} of pairs "
                "of different length: length alone scores well",
            )
        )
    return flags


def _accuracy_flags(key: str, sub: dict[str, Any], run: Run, base: dict[str, Any] | None) -> list[Flag]:
    acc = sub.get("metrics", {}).get("pairwise_accuracy")
    flags: list[Flag] = []
    if not acc or not finite(acc.get("value")):
        return flags
    self_is_length, kind = is_length_baseline(run), model_kind(run)
    shown = figure_text(acc)
    if self_is_length and acc["value"] > LENGTH_WINS:
        flags.append(
            Flag(
                key,
                "length_baseline_wins",
                f"the length baseline reaches {shown} (> {LENGTH_WINS:.0%}): the data rewards length",
            )
        )
    if finite(acc.get("ci_high")) and acc["ci_high"] < 0.5 and not self_is_length:
        flags.append(Flag(key, "below_chance", f"accuracy {shown} is below 50%: inverted scores?"))
    elif (
        sub.get("role") == "in_distribution"
        and finite(acc.get("ci_low"))
        and acc["ci_low"] <= 0.5
        and kind not in ("length", "random")
    ):
        flags.append(Flag(key, "chance_level", f"accuracy {shown}: not distinguishable from chance"))
    if base and finite(base.get("value")) and not self_is_length:
        if acc["value"] < base["value"]:
            flags.append(
                Flag(
                    key,
                    "below_length_baseline",
                    f"accuracy {shown} is below the length baseline's {figure_text(base)}",
                )
            )
        if base["value"] > LENGTH_WINS:
            flags.append(
                Flag(
                    key,
                    "length_baseline_wins",
                    f"the length baseline reaches {figure_text(base)} "
                    f"(> {LENGTH_WINS:.0%}): the data rewards length",
                )
            )
    ceiling = (sub.get("ceiling") or {}).get("value")
    if finite(ceiling) and acc["value"] > ceiling:
        flags.append(
            Flag(
                key,
                "above_ceiling",
                f"accuracy {shown} exceeds the raters' agreement "
                f"{number_text(ceiling)}: the labels cannot support more",
            )
        )
    return flags


def find_flags(run: Run, length_run: Run | None = None) -> list[Flag]:
    """Everything worth a second look, in subset order."""
    flags: list[Flag] = []
    length_subsets = length_run.subsets if length_run is not None else {}
    for key, sub in run.subsets.items():
        flags += _data_flags(key, sub)
        base = length_subsets.get(key, {}).get("metrics", {}).get("pairwise_accuracy")
        flags += _accuracy_flags(key, sub, run, base)
    for key, stats in sorted((run.manifest.get("adapter_stats") or {}).items()):
        consistency = stats.get("position_consistency")
        if finite(consistency) and consistency < POSITION_CONSISTENCY:
            first = stats.get("mean_p_first")
            shown = f" (mean P(first shown wins) {first:.2f})" if finite(first) else ""
            flags.append(
                Flag(
                    key,
                    "position_bias",
                    f"the verdict survives swapping the order in only "
                    f"{share(consistency)} of pairs{shown}: the judge follows position",
                )
            )
    for task, entry in run.summary.get("tasks", {}).items():
        for gap in entry.get("gaps", []):
            g = gap.get("gap", {})
            if finite(g.get("ci_low")) and g["ci_low"] > 0:
                shown = _difference_text(gap, "gap")
                flags.append(
                    Flag(
                        f"{task}/{gap['subset']}",
                        "significant_gap",
                        f"{gap.get('axis') or 'shift'} shift costs {shown} against {gap['against']}",
                    )
                )
    return flags


def _difference_text(entry: dict[str, Any], what: str) -> str:
    fmt = (
        "correlation" if entry.get("metric", "").startswith(("kendall", "spearman", "pearson")) else "percent"
    )
    text = figure_text(entry.get(what), fmt, signed=True)
    return text if fmt == "correlation" or text == "n/a" else f"{text} pt"


def _ceiling_text(sub: dict[str, Any]) -> str:
    ceiling = sub.get("ceiling")
    if ceiling:
        return number_text(ceiling.get("value"), get_metric(ceiling["metric"]).fmt)
    return "-" if not sub.get("ceiling_note") else "none*"


def _subset_rows(run: Run, task: str, length_run: Run | None) -> list[list[Any]]:
    rows = []
    length_subsets = length_run.subsets if length_run is not None else {}
    for key, sub in run.subsets.items():
        if sub.get("task") != task:
            continue
        role = ROLE_LABEL.get(sub.get("role", ""), sub.get("role", ""))
        detail = sub.get("axis") or (f"{sub.get('attack')}/{sub.get('side')}" if sub.get("attack") else "")
        fig = primary(sub) or {}
        mdd = sub.get("detectable_difference")
        row = [
            sub.get("subset"),
            role,
            detail,
            f"{sub.get('n_items')}/{sub.get('n_clusters', '?')}",
            primary_text(sub),
            number_text(
                fig.get("chance"), "correlation" if sub.get("metric_kind") == "pointwise" else "percent"
            ),
            _ceiling_text(sub),
            f"{100 * float(mdd):.0f}" if finite(mdd) else "-",
        ]
        if length_run is not None:
            base = (length_subsets.get(key, {}).get("metrics") or {}).get("pairwise_accuracy") or {}
            row.append(number_text(base.get("value")))
        rows.append(row)
    return rows


def _other_metric_tables(run: Run, task: str) -> list[str]:
    """Secondary registered metrics (best-of-N, rank correlations, ...), one table per subset kind."""
    lines: list[str] = []
    subs = [s for s in run.subsets.values() if s.get("task") == task]
    for kind in ("pairwise", "ranking", "pointwise"):
        of_kind = [s for s in subs if s.get("metric_kind") == kind]
        names = [
            m.name
            for m in all_metrics()
            if m.applies_to(kind)
            and kind not in m.primary_for
            and any(m.name in s.get("metrics", {}) for s in of_kind)
        ]
        if not names:
            continue
        rows = []
        for sub in of_kind:
            cells = []
            for name in names:
                fig, fmt = sub.get("metrics", {}).get(name), get_metric(name).fmt
                cell = figure_text(fig, fmt) if fig else ""
                if fig and finite(fig.get("chance")) and fmt == "percent":
                    cell += f" ch {number_text(fig['chance'])}"
                cells.append(cell)
            rows.append([sub.get("subset"), *cells])
        heads = ["subset", *[get_metric(n).label for n in names]]
        lines += [
            "",
            f"Other metrics, {kind} subsets (ch: chance):",
            tabulate(rows, headers=heads, disable_numparse=True),
        ]
    return lines


def _gap_rows(entry: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for gap in entry.get("gaps", []):
        g, flip = gap.get("gap", {}), gap.get("flip_rate")
        rows.append(
            [
                gap["subset"],
                gap["against"],
                gap.get("axis") or "",
                _difference_text(gap, "gap"),
                g.get("mode", ""),
                g.get("n_pairs", 0),
                figure_text(flip) if flip else "n/a",
            ]
        )
    return rows


def _robustness_rows(entry: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for r in entry.get("robustness", []):
        flip = r.get("flip_rate")
        rows.append(
            [
                r["subset"],
                r.get("attack"),
                r.get("side"),
                r["against"],
                _difference_text(r, "delta"),
                figure_text(flip) if flip else "n/a",
            ]
        )
    return rows


def _bias_rows(entry: dict[str, Any]) -> list[list[Any]]:
    return [
        [
            b.get("attack"),
            b.get("against"),
            b.get("chosen_side"),
            b.get("rejected_side"),
            _difference_text(b, "bias"),
        ]
        for b in entry.get("bias", [])
    ]


def _diagnostic_rows(run: Run, task: str) -> list[list[Any]]:
    rows = []
    for sub in run.subsets.values():
        if sub.get("task") != task:
            continue
        d = sub.get("diagnostics", {})
        rows.append(
            [
                sub.get("subset"),
                share(d.get("tie_rate")),
                share(sub.get("truncation_rate")),
                share(d.get("prefers_longer")),
                share(d.get("acc_chosen_shorter")),
                share(d.get("acc_chosen_longer")),
                number_text(d.get("score_length_spearman"), "correlation"),
                share(longer_is_better_share(d)),
            ]
        )
    return rows


def _judge_rows(run: Run, task: str) -> list[list[Any]]:
    """Per-subset statistics a pairwise judge reports (position consistency, mean P(first))."""
    rows = []
    for key, stats in (run.manifest.get("adapter_stats") or {}).items():
        key_task, _, subset = key.partition("/")
        if key_task == task:
            first = stats.get("mean_p_first")
            rows.append(
                [
                    subset,
                    stats.get("pairs", ""),
                    share(stats.get("position_consistency")),
                    f"{first:.3f}" if finite(first) else "n/a",
                ]
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


def _header(run: Run, length_run: Run | None) -> list[str]:
    m = run.manifest
    settings = m.get("metric_settings") or {}
    facts = [f"{k}={m[k]}" for k in ("git_commit", "rmbench_version", "device", "dtype") if m.get(k)]
    facts += [f"{k}={v}" for k, v in settings.items()]
    facts += [f"{k}={v}" for k, v in (m.get("seeds") or {}).items() if v is not None]
    facts.append(selection_text(m.get("selection") or {}))
    lines = [f"rmbench report: {model_label(run)}  ({run.folder})", "  " + "  ".join(facts)]
    if length_run is not None:
        lines.append(f"  length baseline from {length_run.folder}")
    lines += [
        "Figures: mean over items, 95% interval resampling sources (clusters of items sharing a source).",
        f"Accuracy = pairwise accuracy (model ties earn {settings.get('tie_credit', 0.5)}); correlations for "
        "pointwise subsets.",
        "items/clusters: items and independent sources; chance: what random ordering scores; ceiling: human "
        "raters' agreement (none*: one rater);",
        "detect: smallest accuracy difference (pt) between two models the subset detects (80% power, alpha "
        "0.05).",
    ]
    return lines


def _task_block(run: Run, task: str, entry: dict[str, Any], length_run: Run | None) -> list[str]:
    headers = [
        "subset",
        "role",
        "axis/attack",
        "items/cl",
        "primary [95% CI]",
        "chance",
        "ceiling",
        "detect",
    ]
    if length_run is not None:
        headers.append("length")
    lines = [
        "",
        f"== {task} ==  (domain {entry.get('domain', task)})",
        tabulate(_subset_rows(run, task, length_run), headers=headers, disable_numparse=True),
    ]
    lines += _other_metric_tables(run, task)
    blocks = [
        (
            _gap_rows(entry),
            "Generalization gaps, natural shifts (in-distribution minus shifted; > 0: the shift hurts):",
            ["shifted", "against", "axis", "gap", "mode", "twins", "flip rate"],
        ),
        (
            _robustness_rows(entry),
            "Robustness, attacks (attacked minus clean; < 0: the attack fools the model):",
            ["subset", "attack", "side", "against", "delta", "flip rate"],
        ),
        (
            _bias_rows(entry),
            "Mirrored attacks (chosen-side twin minus rejected-side twin: the bias):",
            ["attack", "against", "chosen side", "rejected side", "bias"],
        ),
        (
            _diagnostic_rows(run, task),
            "Diagnostics (acc: accuracy where the better response is the shorter / longer; data: share "
            "where it is the longer):",
            [
                "subset",
                "ties",
                "truncated",
                "prefers longer",
                "acc: shorter",
                "acc: longer",
                "score~len",
                "data",
            ],
        ),
        (
            _judge_rows(run, task),
            "Pairwise judge (position consistency: share of pairs whose winner survives a swap):",
            ["subset", "pairs", "position consistency", "mean P(first wins)"],
        ),
    ]
    for rows, title, heads in blocks:
        if rows:
            lines += ["", title, tabulate(rows, headers=heads, disable_numparse=True)]
    return lines


def render_report(run: Run, length_run: Run | None = None) -> str:
    """The whole report as text (tables by tabulate); prose lines wrapped at :data:`WIDTH` columns."""
    lines = [
        wrapped
        for line in _header(run, length_run)
        for wrapped in textwrap.wrap(line, WIDTH, subsequent_indent="  ")
    ]
    for task, entry in run.summary.get("tasks", {}).items():
        lines += _task_block(run, task, entry, length_run)
    notes = sorted(
        {(s.get("task"), s.get("ceiling_note")) for s in run.subsets.values() if s.get("ceiling_note")}
    )
    if notes:
        lines += ["", "* no ceiling:"]
        lines += [
            w
            for task, note in notes
            for w in textwrap.wrap(f"{task}: {note}", WIDTH, initial_indent="  ", subsequent_indent="    ")
        ]
    flags = find_flags(run, length_run)
    lines += ["", f"Flags ({len(flags)}):" if flags else "Flags: none"]
    lines += [
        w
        for f in flags
        for w in textwrap.wrap(str(f), WIDTH, initial_indent="  ! ", subsequent_indent="    ")
    ]
    return "\n".join(lines) + "\n"
