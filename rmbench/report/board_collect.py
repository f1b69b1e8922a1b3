"""Which runs share which subsets: the columns of a leaderboard and what was kept apart.

Runs share a subset's column only if they scored the same items (task version, manifest data hash
and a hash of ids, sources and gold must agree, see :mod:`rmbench.results.identity`).
Disagreement is an error unless ``keep_apart``: then the variant most runs scored keeps the plain
key and every other variant becomes its own column (``task/subset@<id>``) that no aggregate
averages. Everything a column needs (domain, role, axis or attack, what it is compared against)
comes from the run folders themselves.
"""

from __future__ import annotations

import fnmatch
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rmbench.results import Run, SubsetRows
from rmbench.results.identity import fingerprint_conflicts, fingerprint_id, model_label, subset_fingerprint


class LeaderboardError(ValueError):
    """Runs that cannot share a leaderboard (message names runs, subsets and what differs)."""


@dataclass
class SubsetInfo:
    key: str  # column key: task/subset, or task/subset@variant when kept apart
    task: str
    subset: str
    domain: str
    role: str
    metric_kind: str
    axis: str | None
    attack: str | None
    side: str | None
    against: str | None  # column key of the in-distribution subset
    n_items: int
    fingerprint: dict[str, str | None]
    summary: dict[str, Any]  # the subset's summary entry (ceiling, notes) from the first run that scored it
    variant: str | None = None
    models: list[str] = field(default_factory=list)

    @property
    def pointwise(self) -> bool:
        return self.metric_kind == "pointwise"

    @property
    def primary_metric(self) -> str:
        return str(self.summary.get("primary_metric", "pairwise_accuracy"))


@dataclass
class Entry:
    """One model's run on the board; ``source`` maps a column key to the key in its run folder."""

    label: str
    run: Run  # the model's first run (its manifest describes the model on the board)
    source: dict[str, str] = field(default_factory=dict)
    owner: dict[str, Run] = field(default_factory=dict)  # key in a run folder -> the run that scored it

    def rows(self, column: str) -> SubsetRows:
        key = self.source[column]
        return self.owner[key].item_scores(key)


def _same_model(a: Run, b: Run) -> bool:
    """One model scored in two runs (e.g. `rmbench run` on the built-in suite, later on public
    subsets): the same spec, settings and weights, so its figures can share one row."""
    ma, mb = a.manifest.get("model") or {}, b.manifest.get("model") or {}
    keys = ("spec", "settings", "fingerprint", "dtype", "max_length")
    return isinstance(ma, dict) and isinstance(mb, dict) and all(ma.get(k) == mb.get(k) for k in keys)


def _labels(runs: Sequence[Run]) -> dict[str, list[Run]]:
    labels: dict[str, list[Run]] = {}
    for run in runs:
        label = model_label(run)
        if label in labels and not _same_model(labels[label][0], run):
            raise LeaderboardError(
                f"two runs named {label!r} of different models or settings: {labels[label][0].folder} and "
                f"{run.folder}; name them apart (--model-arg name=...) or give each model one run folder"
            )
        labels.setdefault(label, []).append(run)
    return labels


def _merge(label: str, runs: list[Run], wanted: Any, items_hash: bool) -> tuple[Entry, dict[str, dict]]:
    """One entry from a model's runs: each subset from the first run that scored it; a subset two
    runs scored on different data is refused (which one would the board show?)."""
    entry = Entry(label, runs[0])
    seen: dict[str, tuple[Run, dict]] = {}
    for run in runs:
        for key in filter(wanted, run.subsets):
            fp = subset_fingerprint(run, key, items_hash=items_hash)
            if key in seen:
                diff = fingerprint_conflicts(seen[key][1], fp)
                if diff:
                    raise LeaderboardError(
                        f"{key}: two runs of {label!r} ({seen[key][0].folder} and {run.folder}) scored it on "
                        f"different data ({', '.join(diff)}); keep one of them"
                    )
                continue
            seen[key] = (run, fp)
            entry.owner[key] = run
    return entry, {key: fp for key, (_, fp) in seen.items()}


def _variants(
    prints: dict[str, dict[str, dict]], labels: dict[str, Run], keep_apart: bool
) -> dict[str, dict[str, str | None]]:
    """Per conflicting subset: label -> variant id (None: the main variant)."""
    conflicting: dict[str, dict[str, str | None]] = {}
    problems = []
    for key in sorted(prints):
        fps, ordered = prints[key], sorted(prints[key])
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                diff = fingerprint_conflicts(fps[a], fps[b])
                if diff:
                    problems.append(
                        f"{key}: {a} ({labels[a].folder}) and {b} ({labels[b].folder}) differ in "
                        f"{', '.join(diff)}"
                    )
                    conflicting[key] = _minority_variants(key, fps, labels)
    if problems and not keep_apart:
        raise LeaderboardError(
            "runs were made on different task versions or data; refusing to mix them "
            "(use --keep-apart to list each variant separately):\n  " + "\n  ".join(problems)
        )
    return conflicting


def _minority_variants(key: str, fps: dict[str, dict], labels: dict[str, Run]) -> dict[str, str | None]:
    """The main variant is the one most runs scored (ties: more items, then the first model name),
    so one partial run (a reference-based baseline that skips items) is set apart instead of
    pushing everybody else's figures out of the aggregates."""
    groups: dict[str, list[str]] = defaultdict(list)
    for label, fp in fps.items():
        groups[fingerprint_id(fp)].append(label)

    def n_items(vid: str) -> int:
        return len(labels[groups[vid][0]].item_scores(key))

    main = sorted(groups, key=lambda vid: (-len(groups[vid]), -n_items(vid), sorted(groups[vid]), vid))[0]
    return {label: (None if vid == main else vid) for vid, members in groups.items() for label in members}


def _info(
    col: str, sub: dict[str, Any], against: str | None, fingerprint: dict, variant: str | None
) -> SubsetInfo:
    return SubsetInfo(
        key=col,
        task=sub["task"],
        subset=sub["subset"],
        domain=str(sub.get("domain") or sub["task"]),
        role=sub.get("role", "in_distribution"),
        metric_kind=sub.get("metric_kind", "pairwise"),
        axis=sub.get("axis"),
        attack=sub.get("attack"),
        side=sub.get("side"),
        against=against,
        n_items=int(sub.get("n_items", 0)),
        fingerprint=fingerprint,
        summary=sub,
        variant=variant,
    )


def collect(
    runs: Sequence[Run], *, keep_apart: bool = False, exclude: Sequence[str] = (), items_hash: bool = True
) -> tuple[list[Entry], dict[str, SubsetInfo], list[dict]]:
    """Entries (one per run), the columns they share, and notes on what was kept apart and why.

    ``exclude``: globs over ``task/subset`` keys to leave out entirely (e.g. ``demo/*``).
    ``items_hash``: fingerprint subsets by their rows too (False only where no two runs are
    compared and fingerprints are not shown: hashing a million rows costs seconds).
    """
    if not runs:
        raise LeaderboardError("no run folders given")

    def wanted(key: str) -> bool:
        return not any(fnmatch.fnmatchcase(key, pattern) for pattern in exclude)

    grouped = _labels(runs)
    labels = {label: group[0] for label, group in grouped.items()}
    entries: list[Entry] = []
    prints: dict[str, dict[str, dict]] = defaultdict(dict)  # key -> label -> fingerprint
    for label, group in grouped.items():
        entry, fps = _merge(label, group, wanted, items_hash)
        entries.append(entry)
        for key, fp in fps.items():
            prints[key][label] = fp
    conflicting = _variants(prints, labels, keep_apart)
    infos: dict[str, SubsetInfo] = {}
    for e in entries:
        for key, run in e.owner.items():
            sub = run.subsets[key]
            variant = conflicting.get(key, {}).get(e.label)
            col = f"{key}@{variant}" if variant else key
            against = f"{sub['task']}/{sub['against']}" if sub.get("against") else None
            if against and conflicting.get(against, {}).get(e.label):
                against = f"{against}@{conflicting[against][e.label]}"
            e.source[col] = key
            if col not in infos:
                infos[col] = _info(col, sub, against, prints[key][e.label], variant)
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
                    "reason": f"not scored by {', '.join(missing)}: their aggregates that "
                    "include it are over the subsets they scored (marked partial)",
                }
            )
    return entries, dict(sorted(infos.items())), notes
