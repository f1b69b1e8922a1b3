"""A leaderboard from any number of run folders: one document that every output format renders.

How the numbers are made (also printed on every page):

- Everything is recomputed from the per-item scores with one ``tie_credit``, so runs made with
  different settings still compare like for like; per-subset figures equal ``rmbench report``'s.
- Accuracy aggregates (overall, per domain, in-distribution, shifted) average pairwise accuracy
  over the in-distribution and natural-shift subsets: first over the subsets of a domain, then over
  domains. Robustness subsets (attacks, derived twins) re-use their clean subset's sources, so they
  are never averaged in: they get their own table, per attack, as attacked minus clean, and for
  mirrored attacks the bias (chosen-side minus rejected-side twin). Pointwise subsets are scored by
  a correlation across items and shown per subset only.
- Gap = mean over shifted subsets of (accuracy on the in-distribution subset it names minus
  accuracy on it).
- Intervals: 95% percentile bootstrap that resamples sources (clusters), all the subsets of an
  aggregate under one draw (see :mod:`rmbench.report.board_stats`).
- Significance groups: paired cluster-bootstrap tests of every pair of models in a table,
  Holm-adjusted within the table (see :mod:`rmbench.report.significance`).
- Coverage: a model is compared on the subsets it scored; an aggregate over fewer subsets than the
  scope holds is marked partial (``covered`` of ``of``) and stays out of the significance groups.

The document holds no timestamps or absolute paths and floats are rounded, so the same runs always
give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from rmbench.metrics.registry import all_metrics, get_metric
from rmbench.report.board_checks import baseline_checks, random_calibration
from rmbench.report.board_collect import Entry, LeaderboardError, SubsetInfo, collect
from rmbench.report.board_stats import Builder, Combination, _r, no_figure
from rmbench.report.significance import CORRECTION, rank_order, significance_groups
from rmbench.report.thresholds import ALPHA, CONFIDENCE
from rmbench.results import Run
from rmbench.results.figures import metric_figure, subset_seed
from rmbench.results.identity import model_kind

__all__ = ["LeaderboardError", "build_headline", "build_leaderboard"]
LEADERBOARD_SCHEMA = "rmbench.leaderboard"
LEADERBOARD_SCHEMA_VERSION = 2
_MANIFEST_KEYS = ("model", "git_commit", "rmbench_version", "seeds", "selection", "scope", "device", "dtype")


def _portable(value: Any) -> Any:
    """``value`` with local absolute paths (``hf:/home/me/ckpt/rm``) cut to their last two parts
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


def _ranked(rows: dict[str, dict[str, Any]], groups: dict[str, int] | None = None) -> list[dict[str, Any]]:
    order = rank_order({m: np.nan if r["value"] is None else float(r["value"]) for m, r in rows.items()})
    out = []
    for i, m in enumerate(order, 1):
        row = {"model": m, "rank": i, **rows[m]}
        if groups is not None:
            row["group"] = groups.get(m)
        out.append(row)
    return out


class Board:
    """Builds the tables of one leaderboard from the collected entries and columns."""

    def __init__(
        self,
        entries: list[Entry],
        infos: dict[str, SubsetInfo],
        *,
        tie_credit: float,
        n_resamples: int,
        seed: int,
        alpha: float,
    ):
        self.entries, self.infos, self.alpha = entries, infos, alpha
        self.b = Builder(entries, infos, tie_credit, n_resamples, seed)
        self.tie_credit, self.n_resamples, self.seed = tie_credit, n_resamples, seed
        self.acc_keys = [
            k
            for k, i in infos.items()
            if i.variant is None and not i.pointwise and i.role in ("in_distribution", "shifted")
        ]
        self.domains = sorted({infos[k].domain for k in self.acc_keys})
        self.pair_tests: dict[str, list[dict[str, Any]]] = {}

    def _table(self, name: str, compute: Any, scope_size: int) -> list[dict[str, Any]]:
        """Rows per model from ``compute(entry) -> (Combination | None, covered)``; full-coverage
        models are grouped by significance, partial ones are marked and left out of the groups."""
        rows, combos = {}, {}
        for e in self.entries:
            combo, covered = compute(e)
            if combo is None:
                continue
            rows[e.label] = combo.figure((covered, scope_size))
            if covered == scope_size:
                combos[e.label] = combo
        groups = None
        if combos:
            g = significance_groups(
                {m: c.value for m, c in combos.items()},
                {m: c.samples for m, c in combos.items()},
                alpha=self.alpha,
            )
            groups = g.group
            self.pair_tests[name] = [
                {
                    "a": p.a,
                    "b": p.b,
                    "difference": _r(p.test.difference),
                    "ci_low": _r(p.test.ci_low),
                    "ci_high": _r(p.test.ci_high),
                    "p_value": _r(p.test.p_value),
                    "p_holm": _r(p.p_adjusted),
                }
                for p in g.pairs
            ]
        return _ranked(rows, groups)

    def mean_table(self, name: str, keys: Sequence[str]) -> list[dict[str, Any]]:
        def compute(e: Entry) -> tuple[Combination | None, int]:
            return self.b.mean_over(e, keys), sum(self.b.has(e, k) for k in keys)

        return self._table(name, compute, len(keys))

    def difference_table(self, name: str, pairs: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        def compute(e: Entry) -> tuple[Combination | None, int]:
            return self.b.difference_over(e, pairs), sum(
                self.b.has(e, a) and self.b.has(e, b) for a, b in pairs
            )

        return self._table(name, compute, len(pairs))

    def shift_pairs(self) -> list[tuple[str, str]]:
        """(in-distribution, shifted) column pairs of the natural shifts."""
        return [
            (str(i.against), k)
            for k, i in self.infos.items()
            if k in self.acc_keys and i.role == "shifted" and i.against in self.acc_keys
        ]

    def robustness_pairs(self) -> dict[str, list[tuple[str, str]]]:
        """Per attack (``attack/side``): (attacked, clean) column pairs."""
        out: dict[str, list[tuple[str, str]]] = {}
        for k, i in self.infos.items():
            if i.role == "robustness" and i.variant is None and not i.pointwise and i.against in self.infos:
                out.setdefault(f"{i.attack}/{i.side}", []).append((k, str(i.against)))
        return dict(sorted(out.items()))

    def bias_pairs(self) -> dict[str, list[tuple[str, str]]]:
        """Per attack with mirrored twins: (chosen-side, rejected-side) column pairs."""
        out: dict[str, list[tuple[str, str]]] = {}
        for k, i in self.infos.items():
            if i.role != "robustness" or i.side != "chosen" or i.variant is not None:
                continue
            mirror = next(
                (
                    m
                    for m, j in self.infos.items()
                    if j.task == i.task
                    and j.role == "robustness"
                    and j.side == "rejected"
                    and j.attack == i.attack
                    and j.against == i.against
                ),
                None,
            )
            if mirror is not None:
                out.setdefault(str(i.attack), []).append((k, mirror))
        return dict(sorted(out.items()))

    def subset_rows(self, info: SubsetInfo, metric_name: str) -> list[dict[str, Any]]:
        """Per model, one metric on one column, computed as summaries compute it (same seed)."""
        metric, rows = get_metric(metric_name), {}
        for e in self.entries:
            if info.key not in e.source:
                continue
            fig = metric_figure(
                metric,
                e.rows(info.key).rows,
                tie_credit=self.tie_credit,
                n_resamples=self.n_resamples,
                seed=subset_seed(self.seed, f"{e.source[info.key]}:{metric_name}"),
            )
            if fig is not None:
                rows[e.label] = {k: _r(v) if isinstance(v, float) else v for k, v in fig.items()}
        return _ranked(rows)


def _cues(audit: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The audit's flagged heuristics of a subset (a surface cue passing it), strongest first."""
    if not audit:
        return []
    flagged = [h for h in audit.get("panel", []) if h.get("flagged")]
    cues = [
        {
            "heuristic": h["heuristic"],
            "value": _r(h.get("value")),
            "direction_free": _r(h.get("direction_free")),
        }
        for h in flagged
    ]
    return sorted(cues, key=lambda c: (-(c["direction_free"] or 0.0), c["heuristic"]))


def _subset_doc(info: SubsetInfo, in_aggregates: bool, audit: dict[str, Any] | None = None) -> dict[str, Any]:
    sub = info.summary
    ceiling = sub.get("ceiling")
    chance = (sub.get("metrics", {}).get(info.primary_metric) or {}).get("chance")
    return {
        "key": info.key,
        "task": info.task,
        "subset": info.subset,
        "domain": info.domain,
        "role": info.role,
        "metric_kind": info.metric_kind,
        "axis": info.axis,
        "attack": info.attack,
        "side": info.side,
        "against": info.against,
        "metric": info.primary_metric,
        "n_items": info.n_items,
        "n_clusters": sub.get("n_clusters"),
        "detectable_difference": _r(sub.get("detectable_difference")),
        "chance": _r(chance),
        "ceiling": {k: _r(v) if isinstance(v, float) else v for k, v in ceiling.items()} if ceiling else None,
        "ceiling_note": sub.get("ceiling_note") or "",
        "variant": info.variant,
        "in_aggregates": in_aggregates,
        "cues": _cues(audit),
        "fingerprint": info.fingerprint,
        "models": sorted(info.models),
    }


def _headline(board: Board) -> dict[str, Any]:
    """Overall, in-distribution, shifted, per domain and the gap: what ``rmbench run`` prints."""
    infos, acc = board.infos, board.acc_keys
    return {
        "overall": board.mean_table("overall", acc),
        "in_distribution": board.mean_table(
            "in_distribution", [k for k in acc if infos[k].role == "in_distribution"]
        ),
        "shifted": board.mean_table("shifted", [k for k in acc if infos[k].role == "shifted"]),
        "domains": {
            d: board.mean_table(f"domain:{d}", [k for k in acc if infos[k].domain == d])
            for d in board.domains
        },
        "gap": board.difference_table("gap", board.shift_pairs()),
    }


def _tables(board: Board) -> dict[str, Any]:
    infos = board.infos
    tables = _headline(board)
    shifts = board.shift_pairs()
    axes = sorted({infos[k].axis or "unspecified" for _, k in shifts})
    tables["axes"] = {
        a: board.difference_table(
            f"axis:{a}", [(b, k) for b, k in shifts if (infos[k].axis or "unspecified") == a]
        )
        for a in axes
    }
    tables["domain_shift"] = _domain_shift_rows(board, shifts, [r["model"] for r in tables["overall"]])
    tables["robustness"] = {
        a: board.difference_table(f"robustness:{a}", p) for a, p in board.robustness_pairs().items()
    }
    tables["bias"] = {a: board.difference_table(f"bias:{a}", p) for a, p in board.bias_pairs().items()}
    tables["subsets"] = {k: board.subset_rows(i, i.primary_metric) for k, i in infos.items()}
    secondary = [m.name for m in all_metrics() if not m.primary_for]
    tables["metrics"] = {
        name: {
            k: rows
            for k, i in infos.items()
            if get_metric(name).applies_to(i.metric_kind) and (rows := board.subset_rows(i, name))
        }
        for name in secondary
    }
    tables["metrics"] = {n: t for n, t in tables["metrics"].items() if t}
    return tables


def _domain_shift_rows(board: Board, shifts: list[tuple[str, str]], order: list[str]) -> list[dict[str, Any]]:
    """In-distribution, shifted and gap per (domain, model), so a model scored on some domains
    only (a reward model trained on one) is compared in and out of distribution where it was scored."""
    by_label = {e.label: e for e in board.entries}
    rows = []
    for d in board.domains:
        keys = [k for k in board.acc_keys if board.infos[k].domain == d]
        ind = [k for k in keys if board.infos[k].role == "in_distribution"]
        shf = [k for k in keys if board.infos[k].role == "shifted"]
        pairs = [(a, k) for a, k in shifts if board.infos[k].domain == d]
        for label in order:
            e = by_label[label]
            parts = {
                "in_distribution": board.b.mean_over(e, ind),
                "shifted": board.b.mean_over(e, shf),
                "gap": board.b.difference_over(e, pairs),
            }
            if any(c is not None for c in parts.values()):
                rows.append(
                    {
                        "domain": d,
                        "model": label,
                        **{p: c.figure() if c is not None else no_figure() for p, c in parts.items()},
                    }
                )
    return rows


def _settings(
    exclude: Sequence[str], tie_credit: float, n_resamples: int, seed: int, alpha: float
) -> dict[str, Any]:
    return {
        "exclude": sorted(exclude),
        "tie_credit": tie_credit,
        "n_resamples": n_resamples,
        "seed": seed,
        "confidence": CONFIDENCE,
        "alpha": alpha,
        "correction": CORRECTION,
        "accuracy": "pairwise accuracy over in-distribution and natural-shift subsets, mean over the subsets "
        "of a domain, then over domains",
        "intervals": "95% percentile bootstrap resampling sources (clusters), all subsets of an aggregate "
        "under one draw",
        "gap": "in-distribution minus shifted accuracy, mean over natural-shift subsets",
        "robustness": "attacked minus clean accuracy per attack (never part of the gap or the means)",
    }


def _models(order: list[str], by_label: dict[str, Entry], kinds: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for m in order:
        manifest = by_label[m].run.manifest
        out.append(
            {
                "label": m,
                "kind": kinds[m],
                "run": by_label[m].run.folder.name,
                "manifest": {k: _portable(manifest[k]) for k in _MANIFEST_KEYS if k in manifest},
            }
        )
    return out


def build_headline(
    runs: Sequence[Run],
    *,
    keep_apart: bool = False,
    tie_credit: float = 0.5,
    n_resamples: int = 1000,
    seed: int = 0,
    alpha: float = ALPHA,
) -> dict[str, Any]:
    """The headline tables of :func:`build_leaderboard` (overall, in-distribution, shifted, per
    domain, gap: the same numbers), without the per-subset tables and checks it also computes.
    What :func:`rmbench.report.compact.compact_tables` needs."""
    entries, infos, _ = collect(runs, keep_apart=keep_apart, items_hash=len(runs) > 1)
    board = Board(entries, infos, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed, alpha=alpha)
    return {"domains": board.domains, "tables": _headline(board)}


def build_leaderboard(
    runs: Sequence[Run],
    *,
    keep_apart: bool = False,
    exclude: Sequence[str] = (),
    tie_credit: float = 0.5,
    n_resamples: int = 1000,
    seed: int = 0,
    alpha: float = ALPHA,
    audit: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """The leaderboard document (``leaderboard.json``) from run folders.

    ``audit``: entries of ``rmbench audit --json`` for these subsets; a subset where a surface cue
    passes 65% is flagged on the page (its figures still stand, but a model may be using the cue).
    """
    audits = {a["name"]: a for a in audit if isinstance(a, dict) and a.get("name")}
    entries, infos, notes = collect(runs, keep_apart=keep_apart, exclude=exclude)
    board = Board(entries, infos, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed, alpha=alpha)
    tables = _tables(board)
    order = [r["model"] for r in tables["overall"]] or [e.label for e in entries]
    order += [e.label for e in entries if e.label not in order]
    kinds = {e.label: model_kind(e.run) for e in entries}
    return {
        "schema": LEADERBOARD_SCHEMA,
        "schema_version": LEADERBOARD_SCHEMA_VERSION,
        "settings": _settings(exclude, tie_credit, n_resamples, seed, alpha),
        "models": _models(order, {e.label: e for e in entries}, kinds),
        "domains": board.domains,
        "axes": sorted(tables["axes"]),
        "attacks": sorted(tables["robustness"]),
        "subsets": [
            _subset_doc(i, k in board.acc_keys, audits.get(f"{i.task}/{i.subset}")) for k, i in infos.items()
        ],
        "tables": tables,
        "significance": {
            "alpha": alpha,
            "correction": CORRECTION,
            "test": "paired cluster bootstrap",
            "pairs": board.pair_tests,
        },
        "notes": notes,
        "checks": baseline_checks(tables["subsets"], kinds, infos),
        "calibration": random_calibration(tables, kinds, infos),
    }
