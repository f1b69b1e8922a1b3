"""A scored subset: where it sits in its task, its items and one score per response.

The engine builds these; :mod:`rmbench.results.summary` turns them into figures and
:mod:`rmbench.results.store` writes them. Everything a reader of a run folder needs to place a
subset (domain, role, shift axis or attack, the subset it is compared against, how its items
cluster) travels with it, so no reader has to look the task up in an installed registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from itertools import chain
from typing import Any

import numpy as np

from rmbench.items import Item
from rmbench.metrics.item_metrics import FlatRows


@dataclass
class SubsetPlace:
    """Where a subset sits in its task. Shared by loaded and scored subsets so they cannot drift."""

    task: str
    subset: str
    domain: str
    role: str  # in_distribution | shifted | robustness
    kind: str  # as declared in task.yaml (pairwise, ranking, pointwise, mixed)
    axis: str | None = None  # shifted: the natural shift
    against: str | None = None  # shifted/robustness: the in-distribution subset it is compared with
    attack: str | None = None  # robustness: the attack family
    side: str | None = None  # robustness: rejected | chosen | both | prompt | selection
    gap_mode: str = "auto"
    cluster_by: str = "source_id"

    @property
    def key(self) -> str:
        return f"{self.task}/{self.subset}"

    def place(self) -> dict[str, Any]:
        """The :class:`SubsetPlace` fields as keyword arguments (to build one subset from another)."""
        return {f.name: getattr(self, f.name) for f in fields(SubsetPlace)}


def cluster_key(item: Item, cluster_by: str = "source_id") -> str:
    """The cluster an item is resampled with: ``meta[cluster_by]``, else its source_id (else its id)."""
    if cluster_by != "source_id" and item.meta.get(cluster_by) is not None:
        return str(item.meta[cluster_by])
    return item.source_id


def measured_kind(items: Sequence[Item]) -> str:
    """What the items are, whatever task.yaml says: pointwise (all k = 1), ranking (any k > 2) or pairwise."""
    if items and all(it.k == 1 for it in items):
        return "pointwise"
    return "ranking" if any(it.k > 2 for it in items) else "pairwise"


@dataclass(kw_only=True)
class SubsetScores(SubsetPlace):
    """One subset's items and the model's scores (one list per item, aligned with its responses).

    Treat as immutable once built: what is derived from the items (kind, clusters, gold) is
    computed on first use and kept, since the figures ask for it many times."""

    items: Sequence[Item]
    scores: Sequence[Sequence[float]]
    truncated: int = 0  # requests whose prompt was cut to fit
    requests: int = 0

    @cached_property
    def sizes(self) -> np.ndarray:
        """Each item's number of responses (k)."""
        return np.fromiter((it.k for it in self.items), np.int64, count=len(self.items))

    @cached_property
    def metric_kind(self) -> str:
        """:func:`measured_kind` of the items."""
        if len(self.sizes) and bool((self.sizes == 1).all()):
            return "pointwise"
        return "ranking" if bool((self.sizes > 2).any()) else "pairwise"

    @property
    def pointwise(self) -> bool:
        return self.metric_kind == "pointwise"

    @cached_property
    def source_ids(self) -> list[str]:
        return [it.source_id for it in self.items]

    @cached_property
    def clusters(self) -> list[str]:
        if self.cluster_by == "source_id":
            return self.source_ids
        return [cluster_key(it, self.cluster_by) for it in self.items]

    @cached_property
    def gold(self) -> list[list[float]]:
        return [it.gold for it in self.items]  # the items' own lists (read, never changed)

    @cached_property
    def flat_gold(self) -> FlatRows:
        """:attr:`gold` as one flat array (what the metrics read, once for all of them)."""
        return _flat_rows(self.gold)

    @cached_property
    def flat_scores(self) -> FlatRows:
        return self.scores if isinstance(self.scores, FlatRows) else _flat_rows(self.scores)


def _flat_rows(rows: Sequence[Sequence[float]]) -> FlatRows:
    sizes = np.fromiter(map(len, rows), np.int64, count=len(rows))
    return FlatRows(np.fromiter(chain.from_iterable(rows), float, count=int(sizes.sum())), sizes)
