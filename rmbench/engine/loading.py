"""Which subsets and items a run scores: tasks from the registry, item files, and the selection.

A subset is loaded with everything that places it (domain, role, shift axis or attack, what it is
compared against, how its items cluster), so the run folder describes itself.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rmbench.engine.selection import select_items
from rmbench.items import Item, read_items
from rmbench.results import SubsetPlace, measured_kind
from rmbench.tasks import TaskRegistry

ADHOC_TASK = "items"


@dataclass(kw_only=True)
class LoadedSubset(SubsetPlace):
    """A subset ready to score (from a task or an ad-hoc item file)."""

    items: list[Item]
    task_version: str = ""
    source: str = ""
    ceiling_note: str = ""


def _task_subsets(
    registry: TaskRegistry,
    tasks: Sequence[str] | None,
    subsets: str | Sequence[str] | None,
    suite: str | None,
    data_dir: Path | None,
) -> list[LoadedSubset]:
    loaded = []
    for sel in registry.select(tasks, subsets, suite):
        sub, config = sel.subset, sel.task.config
        loaded.append(
            LoadedSubset(
                task=sel.task.name,
                subset=sub.id,
                domain=config.domain,
                role=sub.role,
                kind=sub.kind,
                axis=sub.axis,
                against=sub.against,
                attack=sub.attack,
                side=sub.side,
                gap_mode=sub.gap,
                cluster_by=sub.cluster_by,
                items=list(sel.task.load(sub.id, data_dir=data_dir)),
                task_version=config.version,
                source=sub.source_kind,
                ceiling_note=sub.ceiling_note,
            )
        )
    return loaded


def _file_subsets(paths: Sequence[str | os.PathLike[str]]) -> list[LoadedSubset]:
    loaded, seen = [], set()
    for path in paths:
        stem = Path(path).name.split(".")[0] or "items"
        name, n = stem, 2
        while name in seen:
            name, n = f"{stem}_{n}", n + 1
        seen.add(name)
        items = read_items(path, pointwise=True, lazy_texts=True)  # texts stay in the file until asked for
        loaded.append(
            LoadedSubset(
                task=ADHOC_TASK,
                subset=name,
                domain=ADHOC_TASK,
                role="in_distribution",
                kind=measured_kind(items),
                items=items,
                source=f"file:{path}",
            )
        )
    return loaded


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
        data = Path(data_dir) if data_dir is not None else None
        loaded += _task_subsets(TaskRegistry(task_dirs), tasks, subsets, suite, data)
    loaded += _file_subsets(items)
    for sub in loaded:
        sub.items = select_items(sub.items, limit=limit, sample=sample, sample_seed=sample_seed)
    return loaded
