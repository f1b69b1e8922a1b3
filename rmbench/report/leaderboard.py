"""A leaderboard from any number of run folders: one document that every output format renders.

How the numbers are made (also printed on every page):

- Everything is recomputed from the per-item score files with one ``tie_credit``, so runs made
  with different settings still compare like for like.
- Accuracy aggregates (overall, per domain, in-distribution, shifted) average pairwise accuracy
  over pairwise and ranking subsets: first over the subsets of a domain, then over domains, so a
  domain with many subsets does not outweigh one with few. Pointwise subsets (k = 1) are scored
  by Kendall tau-b across items and reported in their own table, never averaged with accuracies.
- Gap = mean over shifted subsets of (accuracy on the in-distribution subset it names - accuracy
  on it), paired over ``source_id`` twins where the summary was, independent otherwise.
- Intervals: 95% percentile bootstrap over items (each subset resampled on its own, seeded per
  subset; aggregates combine the subsets' resamples with the same weights as the point value).
- Significance groups: paired bootstrap test on per-item values over the same items (see
  :mod:`rmbench.report.significance`).

Comparability: runs share a subset's row only if they scored the same items (task version,
manifest data hash and a hash of ids + gold must agree, see :mod:`rmbench.report.run_info`).
Disagreement is an error unless ``keep_apart``: then the variant most runs scored keeps the plain
key and every other variant becomes its own subset (``task/subset@<id>``) that no aggregate
averages. A model gets an aggregate (overall, a domain, ...) only if it scored every subset in it;
otherwise that cell is empty (n/a), so no number is ever an average over different data. The
document holds no timestamps or absolute paths and floats are rounded, so the same runs always
give the same bytes.
"""

from __future__ import annotations

import fnmatch
import math
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rmbench.metrics import mean_by_key, pairwise_accuracy_per_item, percentile_interval, twins_available
from rmbench.metrics.bootstrap import bootstrap_means
from rmbench.report.console import LENGTH_WINS
from rmbench.report.run_folder import Run
from rmbench.report.run_info import (
    fingerprint_conflicts,
    fingerprint_id,
    model_kind,
    model_label,
    subset_fingerprint,
    task_domain,
)
from rmbench.report.significance import DEFAULT_ALPHA, all_pairs, rank_order, significance_groups

LEADERBOARD_SCHEMA = "rmbench.leaderboard"
LEADERBOARD_SCHEMA_VERSION = 1
CONFIDENCE = 0.95
_MANIFEST_KEYS = (
    "model",
    "git",
    "git_hash",
    "git_commit",
    "rmbench_version",
    "seed",
    "suite",
    "device",
    "dtype",
)


def _portable(value: Any) -> Any:
    """``value`` with local absolute paths (e.g. ``hf:/home/me/ckpt/rm``) cut to their last two parts
    (``hf:.../ckpt/rm``), recursively: a published page must not depend on, or reveal, where the
    runs were made, and must come out the same bytes on another machine."""
    if isinstance(value, dict):
        return {k: _portable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_portable(v) for v in value]
    if isinstance(value, str):
        kind, sep, rest = value.rpartition(":") if not value.startswith("/") else ("", "", value)
        if rest.startswith("/") and len(rest) > 1:
            parts = [part for part in rest.split("/") if part]
            return f"{kind}{sep}.../{'/'.join(parts[-2:])}" if len(parts) > 2 else value
    return value


class LeaderboardError(ValueError):
    """Runs that cannot share a leaderboard (message names runs, subsets and what differs)."""


@dataclass
class SubsetInfo:
    key: str  # column key: task/subset, or task/subset@variant when kept apart
    task: str
    subset: str
    domain: str
    role: str
    kind: str
    axis: str | None
    against: str | None  # column key of the in-distribution subset
    pointwise: bool
    n_items: int
    fingerprint: dict[str, str | None]
    variant: str | None = None
    gap_mode: str = "auto"
    models: list[str] = field(default_factory=list)


@dataclass
class Entry:
    label: str
    run: Run
    source: dict[str, str] = field(default_factory=dict)  # column key -> key in the run folder
    _values: dict[str, np.ndarray] = field(default_factory=dict)

    def values(self, key: str, tie_credit: float) -> np.ndarray:
        """Per-item pairwise accuracy on a subset (NaN for items with no gold-ordered pair)."""
        if key not in self._values:
            rows = self.run.item_scores(self.source[key])
            self._values[key] = pairwise_accuracy_per_item(
                [r.scores for r in rows], [r.gold for r in rows], tie_credit
            )
        return self._values[key]


def _domain_lookup(runs: Sequence[Run]):
    registry = None

    def lookup(task: str) -> str:
        nonlocal registry
        for run in runs:
            if (d := task_domain(run, task)) is not None:
                return d
        try:
            from rmbench.tasks import TaskRegistry

            registry = registry or TaskRegistry()
            return registry.get(task).config.domain
        except Exception:  # an unknown or broken task: its name is the best domain we have
            return task

    return lookup


def _gap_modes(run: Run) -> dict[str, str]:
    out = {}
    for task, entry in run.summary.get("tasks", {}).items():
        for gap in entry.get("gaps", []):
            out[f"{task}/{gap['subset']}"] = gap.get("gap", {}).get("mode", "auto")
    return out


def collect(
    runs: Sequence[Run], *, keep_apart: bool = False, exclude: Sequence[str] = ()
) -> tuple[list[Entry], dict[str, SubsetInfo], list[dict]]:
    """Entries (one per run), the subsets they share, and notes on what was left out and why.

    ``exclude``: globs over ``task/subset`` keys to leave out entirely (e.g. ``demo/*``).
    """

    def wanted(key: str) -> bool:
        return not any(fnmatch.fnmatchcase(key, pattern) for pattern in exclude)

    if not runs:
        raise LeaderboardError("no run folders given")
    labels: dict[str, Run] = {}
    for run in runs:
        label = model_label(run)
        if label in labels:
            raise LeaderboardError(
                f"two runs of model {label!r}: {labels[label].folder} and {run.folder}; "
                "give each model one run folder"
            )
        labels[label] = run
    entries = [Entry(model_label(r), r) for r in runs]
    domain_of = _domain_lookup(runs)
    # fingerprints per original key
    prints: dict[str, dict[str, dict]] = defaultdict(dict)  # key -> label -> fingerprint
    for e in entries:
        for key in filter(wanted, e.run.summary.get("subsets", {})):
            prints[key][e.label] = subset_fingerprint(e.run, key)
    conflicting: dict[str, dict[str, str | None]] = {}  # key -> label -> variant id (None: main variant)
    problems = []
    for key in sorted(prints):
        fps = prints[key]
        ordered = sorted(fps)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                diff = fingerprint_conflicts(fps[a], fps[b])
                if diff:
                    problems.append(
                        f"{key}: {a} ({labels[a].folder}) and "
                        f"{b} ({labels[b].folder}) differ in {', '.join(diff)}"
                    )
                    conflicting[key] = _minority_variants(key, fps, labels)
    if problems and not keep_apart:
        raise LeaderboardError(
            "runs were made on different task versions or data; refusing to mix them "
            "(use --keep-apart to list each variant separately):\n  " + "\n  ".join(problems)
        )
    infos: dict[str, SubsetInfo] = {}
    for e in entries:
        modes = _gap_modes(e.run)
        subsets = e.run.summary.get("subsets", {})
        for key, sub in subsets.items():
            if not wanted(key):
                continue
            variant = conflicting.get(key, {}).get(e.label)  # None: the main variant (plain key)
            col = f"{key}@{variant}" if variant else key
            against = sub.get("against")
            against_key = f"{sub['task']}/{against}" if against else None
            if against_key and conflicting.get(against_key, {}).get(e.label):
                against_key = f"{against_key}@{conflicting[against_key][e.label]}"
            e.source[col] = key
            if col not in infos:
                infos[col] = SubsetInfo(
                    key=col,
                    task=sub["task"],
                    subset=sub["subset"],
                    domain=domain_of(sub["task"]),
                    role=sub.get("role", "in_distribution"),
                    kind=sub.get("kind", "pairwise"),
                    axis=sub.get("axis"),
                    against=against_key,
                    pointwise=sub.get("primary_metric") == "kendall_tau_b",
                    n_items=int(sub.get("n_items", 0)),
                    fingerprint=prints[key][e.label],
                    variant=variant,
                    gap_mode=modes.get(key, "auto"),
                )
            infos[col].models.append(e.label)
    notes = []
    for col, info in sorted(infos.items()):
        if info.variant:
            notes.append(
                {
                    "subset": col,
                    "reason": f"variant {info.variant} of {info.task}/{info.subset}, scored by "
                    f"{', '.join(sorted(info.models))}: kept apart, not in aggregates",
                }
            )
        elif len(info.models) < len(entries):
            missing = sorted(set(labels) - set(info.models))
            notes.append(
                {
                    "subset": col,
                    "reason": f"not scored by {', '.join(missing)}: their aggregates "
                    "that include it are left empty (n/a)",
                }
            )
    return entries, dict(sorted(infos.items())), notes


def _minority_variants(key: str, fps: dict[str, dict], labels: dict[str, Run]) -> dict[str, str | None]:
    """Label -> variant id for runs outside the main variant of a subset (None for the main one).

    The main variant is the one most runs scored (ties: more items, then the first model name, so
    the choice is the same across a task's subsets), so one
    partial run (e.g. a reference-based baseline that skips items without a reference) is set
    apart instead of pushing everybody else's figures out of the aggregates.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for label, fp in fps.items():
        groups[fingerprint_id(fp)].append(label)

    def n_items(vid: str) -> int:
        return len(labels[groups[vid][0]].item_scores(key))

    main = sorted(groups, key=lambda vid: (-len(groups[vid]), -n_items(vid), sorted(groups[vid]), vid))[0]
    return {label: (None if vid == main else vid) for vid, members in groups.items() for label in members}


def _rng(seed: int, key: str) -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32(key.encode("utf-8"))])


def _interval(samples: np.ndarray) -> tuple[float, float]:
    return percentile_interval(samples, CONFIDENCE)


def domain_weights(keys: Sequence[str], infos: dict[str, SubsetInfo]) -> dict[str, float]:
    """Weight of each subset in an aggregate: equal per domain, then equal per subset within it."""
    by_domain: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_domain[infos[k].domain].append(k)
    return {k: 1.0 / (len(by_domain) * len(ks)) for ks in by_domain.values() for k in ks}


@dataclass
class Builder:
    entries: list[Entry]
    infos: dict[str, SubsetInfo]
    tie_credit: float
    n_resamples: int
    seed: int
    _samples: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    _gaps: dict[tuple[str, str], tuple[float, np.ndarray, int]] = field(default_factory=dict)

    def clean(self, entry: Entry, key: str) -> np.ndarray:
        v = entry.values(key, self.tie_credit)
        return v[~np.isnan(v)]

    def samples(self, entry: Entry, key: str) -> np.ndarray:
        if (entry.label, key) not in self._samples:
            v = self.clean(entry, key)
            self._samples[(entry.label, key)] = (
                bootstrap_means(v, self.n_resamples, _rng(self.seed, key))
                if len(v)
                else np.full(self.n_resamples, np.nan)
            )
        return self._samples[(entry.label, key)]

    def aggregate(self, entry: Entry, keys: Sequence[str]) -> tuple[dict[str, Any], np.ndarray]:
        """Weighted mean accuracy over subsets, its interval, and weighted per-item values for paired tests."""
        # a subset with no gold-ordered pair anywhere has no accuracy (same for every model: gold decides)
        keys = [k for k in keys if len(self.clean(entry, k))]
        weights = domain_weights(keys, self.infos)
        if not keys:
            return _no_figure(), np.array([])
        value = sum(w * float(np.mean(self.clean(entry, k))) for k, w in weights.items())
        samples = sum(w * self.samples(entry, k) for k, w in weights.items())
        lo, hi = _interval(np.asarray(samples))
        n_total = sum(len(self.clean(entry, k)) for k in keys)
        weighted = np.concatenate(
            [
                entry.values(k, self.tie_credit) * weights[k] * n_total / len(self.clean(entry, k))
                for k in sorted(keys)
            ]
        )
        return _figure(value, lo, hi, n_total), weighted

    def covers(self, entry: Entry, keys: Sequence[str]) -> bool:
        """Whether ``entry`` scored every one of ``keys`` (a model missing a subset gets no aggregate)."""
        return bool(keys) and all(k in entry.source for k in keys)

    def covered_gap(self, entry: Entry, keys: Sequence[str]) -> dict[str, Any]:
        """The gap over shifted ``keys`` if ``entry`` scored them and the subsets they are against, else n/a."""
        if self.covers(entry, [*keys, *(str(self.infos[k].against) for k in keys)]):
            return self.gap(entry, keys)
        return _no_figure()

    def domain_shift_rows(
        self, scopes: dict[str, list[str]], shifted: list[str], domains: list[str], entries: list[Entry]
    ) -> list[dict[str, Any]]:
        """In-distribution, shifted and gap per (domain, model): the view a model scored on only some
        domains (e.g. a reward model trained on one) still gets, where the overall table has n/a."""
        rows: list[dict[str, Any]] = []
        for d in domains:
            parts = {
                part: [k for k in scopes[part] if self.infos[k].domain == d]
                for part in ("in_distribution", "shifted")
            }
            gap_keys = [k for k in shifted if self.infos[k].domain == d]
            for e in entries:
                row: dict[str, Any] = {"domain": d, "model": e.label}
                for part, keys in parts.items():
                    row[part] = self.aggregate(e, keys)[0] if self.covers(e, keys) else _no_figure()
                row["gap"] = self.covered_gap(e, gap_keys)
                if any(row[part]["value"] is not None for part in ("in_distribution", "shifted", "gap")):
                    rows.append(row)
        return rows

    def gap(self, entry: Entry, keys: Sequence[str]) -> dict[str, Any]:
        """Weighted mean generalization gap over shifted subsets (in-distribution minus shifted)."""
        keys = [
            k
            for k in keys
            if len(self.clean(entry, k)) and len(self.clean(entry, str(self.infos[k].against)))
        ]
        if not keys:
            return _no_figure()
        weights = domain_weights(keys, self.infos)
        value, samples, n = 0.0, np.zeros(self.n_resamples), 0
        for key, w in weights.items():
            base = self.infos[key].against
            assert base is not None
            g_value, g_samples, g_n = self._subset_gap(entry, key, base)
            value += w * g_value
            samples = samples + w * g_samples
            n += g_n
        lo, hi = _interval(samples)
        return _figure(value, lo, hi, n)

    def _subset_gap(self, entry: Entry, key: str, base: str) -> tuple[float, np.ndarray, int]:
        """One shifted subset's gap with its resamples (cached: the overall and per-axis gaps share them)."""
        if (entry.label, key) not in self._gaps:
            self._gaps[(entry.label, key)] = self._compute_gap(entry, key, base)
        return self._gaps[(entry.label, key)]

    def _compute_gap(self, entry: Entry, key: str, base: str) -> tuple[float, np.ndarray, int]:
        a_rows, b_rows = entry.run.item_scores(entry.source[base]), entry.run.item_scores(entry.source[key])
        a_keys, b_keys = [r.source_id for r in a_rows], [r.source_id for r in b_rows]
        mode = self.infos[key].gap_mode
        if mode not in ("paired", "independent"):
            mode = "paired" if twins_available(a_keys, b_keys) else "independent"
        if mode == "paired":
            ia, ib = (
                mean_by_key(entry.values(base, self.tie_credit), a_keys),
                mean_by_key(entry.values(key, self.tie_credit), b_keys),
            )
            shared = sorted(set(ia) & set(ib))
            diffs = np.array([ia[k] - ib[k] for k in shared])
            if len(diffs) >= 2:
                return (
                    float(diffs.mean()),
                    bootstrap_means(diffs, self.n_resamples, _rng(self.seed, f"gap:{key}")),
                    len(diffs),
                )
        a, b = self.clean(entry, base), self.clean(entry, key)
        return (
            float(a.mean() - b.mean()),
            self.samples(entry, base) - self.samples(entry, key),
            len(a) + len(b),
        )


def _r(x: float | None) -> float | None:
    """Fixed rounding for the published numbers (NaN becomes null): same runs, same bytes."""
    if x is None or not math.isfinite(x):
        return None
    return round(float(x), 6) + 0.0  # + 0.0 turns -0.0 into 0.0


def _figure(value: float, lo: float, hi: float, n: int) -> dict[str, Any]:
    return {"value": _r(value), "ci_low": _r(lo), "ci_high": _r(hi), "n": int(n)}


def _no_figure() -> dict[str, Any]:
    """The figure of a model that did not score every subset a number needs (published as n/a)."""
    return _figure(float("nan"), float("nan"), float("nan"), 0)


def _nan(x: float | None) -> float:
    return float("nan") if x is None else float(x)


def _ranked(rows: dict[str, dict[str, Any]], groups=None) -> list[dict[str, Any]]:
    order = rank_order({m: _nan(r["value"]) for m, r in rows.items()})
    out = []
    for i, m in enumerate(order, 1):
        row = {"model": m, "rank": i, **rows[m]}
        if groups is not None:
            row["group"] = groups.group.get(m)
        out.append(row)
    return out


def build_leaderboard(
    runs: Sequence[Run],
    *,
    keep_apart: bool = False,
    exclude: Sequence[str] = (),
    tie_credit: float = 0.5,
    n_resamples: int = 1000,
    seed: int = 0,
    alpha: float = DEFAULT_ALPHA,
) -> dict[str, Any]:
    """The leaderboard document (``leaderboard.json``) from run folders."""
    entries, infos, notes = collect(runs, keep_apart=keep_apart, exclude=exclude)
    b = Builder(entries, infos, tie_credit, n_resamples, seed)
    acc_keys = [k for k, i in infos.items() if i.variant is None and not i.pointwise]
    domains = sorted({infos[k].domain for k in acc_keys})
    scopes: dict[str, list[str]] = {
        "overall": acc_keys,
        "in_distribution": [k for k in acc_keys if infos[k].role == "in_distribution"],
        "shifted": [k for k in acc_keys if infos[k].role == "shifted"],
    }
    for d in domains:
        scopes[f"domain:{d}"] = [k for k in acc_keys if infos[k].domain == d]
    tables: dict[str, Any] = {}
    significance: dict[str, Any] = {
        "alpha": alpha,
        "test": "paired bootstrap over items (rmbench.metrics.paired_test)",
        "grouping": "greedy from the best model: a model opens a new group when it is "
        "significantly below the current group's leader",
    }
    for scope, keys in scopes.items():
        rows, per_item = {}, {}
        for e in entries:
            if b.covers(e, keys):
                rows[e.label], per_item[e.label] = b.aggregate(e, keys)
            else:
                rows[e.label] = _no_figure()
        groups = None
        if per_item:
            groups = significance_groups(
                {m: _nan(rows[m]["value"]) for m in per_item},
                per_item,
                alpha=alpha,
                n_resamples=n_resamples,
                seed=seed,
            )
            if scope == "overall":
                significance["overall_pairs"] = [
                    {
                        "a": a,
                        "b": bb,
                        **{k: _r(v) if isinstance(v, float) else v for k, v in t.to_dict().items()},
                    }
                    for a, bb, t in all_pairs(groups.order, per_item, n_resamples=n_resamples, seed=seed)
                ]
        ranked = _ranked(rows, groups)
        if scope.startswith("domain:"):
            tables.setdefault("domains", {})[scope.split(":", 1)[1]] = ranked
        else:
            tables[scope] = ranked
    shifted = [k for k in scopes["shifted"] if infos[k].against in acc_keys]
    tables["gap"] = _ranked({e.label: b.covered_gap(e, shifted) for e in entries})
    axes = sorted({infos[k].axis or "unspecified" for k in shifted})
    tables["axes"] = {
        a: _ranked(
            {
                e.label: b.covered_gap(e, [k for k in shifted if (infos[k].axis or "unspecified") == a])
                for e in entries
            }
        )
        for a in axes
    }
    overall_order = [r["model"] for r in tables["overall"]]
    by_label = {e.label: e for e in entries}
    tables["domain_shift"] = b.domain_shift_rows(
        scopes, shifted, domains, [by_label[m] for m in overall_order]
    )
    tables["subsets"] = {key: _subset_rows(b, info) for key, info in infos.items()}
    kinds = {e.label: model_kind(e.run) for e in entries}
    return {
        "schema": LEADERBOARD_SCHEMA,
        "schema_version": LEADERBOARD_SCHEMA_VERSION,
        "settings": {
            "exclude": sorted(exclude),
            "tie_credit": tie_credit,
            "n_resamples": n_resamples,
            "seed": seed,
            "confidence": CONFIDENCE,
            "alpha": alpha,
            "accuracy": "pairwise accuracy, mean over subsets of a domain, then over domains",
            "gap": "in-distribution minus shifted accuracy, mean over shifted subsets",
        },
        "models": [
            {
                "label": m,
                "kind": model_kind(by_label[m].run),
                "run": by_label[m].run.folder.name,
                "manifest": {
                    k: _portable(by_label[m].run.manifest[k])
                    for k in _MANIFEST_KEYS
                    if k in by_label[m].run.manifest
                },
            }
            for m in overall_order
        ],
        "domains": domains,
        "axes": axes,
        "subsets": [
            {
                "key": k,
                "task": i.task,
                "subset": i.subset,
                "domain": i.domain,
                "role": i.role,
                "kind": i.kind,
                "axis": i.axis,
                "against": i.against,
                "metric": "kendall_tau_b" if i.pointwise else "pairwise_accuracy",
                "n_items": i.n_items,
                "variant": i.variant,
                "in_aggregates": k in acc_keys,
                "fingerprint": i.fingerprint,
                "models": sorted(i.models),
            }
            for k, i in infos.items()
        ],
        "tables": tables,
        "significance": significance,
        "notes": notes,
        "checks": baseline_checks(tables["subsets"], kinds, infos),
        "calibration": random_calibration(tables["subsets"], kinds, infos),
    }


def _misses_chance(row: dict[str, Any]) -> bool:
    """Whether a figure's interval leaves out 50% (the random baseline's check; False without an interval)."""
    return row["ci_low"] is not None and not (row["ci_low"] <= 0.5 <= row["ci_high"])


def baseline_checks(
    subset_tables: dict[str, list[dict[str, Any]]], kinds: dict[str, str], infos: dict[str, SubsetInfo]
) -> list[dict[str, Any]]:
    """Sanity checks on the trivial baselines, per pairwise subset.

    ``length_wins``: the length baseline beats 60% (the data rewards length). ``random_off_chance``:
    the random baseline's interval misses 50% (a bug, or an unlucky seed on a small subset).
    """
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
                        "message": f"length baseline reaches {100 * r['value']:.1f}% (> 60%): the data rewards length",
                    }
                )
            if kind == "random" and _misses_chance(r):
                out.append(
                    {
                        "subset": key,
                        "model": r["model"],
                        "check": "random_off_chance",
                        "message": f"random baseline interval [{100 * r['ci_low']:.1f}, {100 * r['ci_high']:.1f}] "
                        "misses 50%",
                    }
                )
    return out


def random_calibration(
    subset_tables: dict[str, list[dict[str, Any]]], kinds: dict[str, str], infos: dict[str, SubsetInfo]
) -> list[dict[str, Any]]:
    """Per random baseline: on how many pairwise subsets its interval misses 50%, against chance.

    Why: a calibrated 95% interval misses the true value on 5% of subsets, so over many subsets a
    few misses are expected and say nothing; a bug shows as more misses than that. The p-value is
    the binomial probability of at least this many misses when each interval misses with
    probability 1 - confidence (subsets treated as independent; twins sharing responses are not
    quite, so read a p-value near the threshold with care).
    """
    from scipy.stats import binom

    out = []
    for model in sorted(m for m, kind in kinds.items() if kind == "random"):
        n = misses = 0
        for key, rows in subset_tables.items():
            if infos[key].pointwise:
                continue
            r = next((r for r in rows if r["model"] == model and r["ci_low"] is not None), None)
            if r is not None:
                n += 1
                misses += _misses_chance(r)
        if not n:
            continue
        rate = 1 - CONFIDENCE
        p_value = float(binom.sf(misses - 1, n, rate)) if misses else 1.0
        verdict = (
            "consistent with calibrated intervals"
            if p_value >= 0.01
            else "more misses than chance explains: check the intervals"
        )
        out.append(
            {
                "model": model,
                "subsets": n,
                "misses": misses,
                "expected": n * rate,
                "p_value": p_value,
                "message": f"{model}: its {100 * CONFIDENCE:.0f}% interval misses 50% on {misses} of {n} pairwise "
                f"subsets ({n * rate:.1f} expected by chance; P(at least {misses}) = {p_value:.2f}): "
                f"{verdict}",
            }
        )
    return out


def _subset_rows(b: Builder, info: SubsetInfo) -> list[dict[str, Any]]:
    rows = {}
    for e in b.entries:
        if info.key not in e.source:
            continue
        if info.pointwise:
            fig = e.run.summary["subsets"][e.source[info.key]]["metrics"].get("kendall_tau_b", {})
            rows[e.label] = _figure(
                _nan(fig.get("value")),
                _nan(fig.get("ci_low")),
                _nan(fig.get("ci_high")),
                int(fig.get("n", 0)),
            )
        else:
            v = b.clean(e, info.key)
            lo, hi = _interval(b.samples(e, info.key))
            rows[e.label] = _figure(float(v.mean()) if len(v) else float("nan"), lo, hi, len(v))
    return _ranked(rows)
