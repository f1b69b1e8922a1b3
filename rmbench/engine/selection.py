"""Which items of a subset a run scores: all, the first N (``--limit``) or a seeded sample (``--sample``).

A sample is drawn per source, not per item: an item's rank is a hash of the sample seed and its
``source_id``, and the N lowest ranks are kept. Shifted twins share a ``source_id``, so every
variant of a subset samples the same sources and paired gaps stay paired; the draw does not
depend on file order or on which other subsets are selected, and the same seed always gives the
same items. Kept items stay in file order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from rmbench.items import Item


def sample_rank(seed: int, source_id: str) -> str:
    return hashlib.sha256(f"rmbench-sample:{seed}:{source_id}".encode()).hexdigest()


def selection_record(
    limit: int | None = None, sample: int | None = None, sample_seed: int = 0
) -> dict[str, Any]:
    """How a run chose its items, as the manifest records it (``sample_seed`` only with a sample)."""
    return {"limit": limit, "sample": sample, "sample_seed": sample_seed if sample is not None else None}


def select_items(
    items: Sequence[Item], *, limit: int | None = None, sample: int | None = None, sample_seed: int = 0
) -> list[Item]:
    """The items a run scores: a seeded sample of ``sample`` items, then the first ``limit``."""
    for name, value in (("limit", limit), ("sample", sample)):
        if value is not None and value < 1:
            raise ValueError(f"{name} must be a positive number of items, got {value}")
    kept = list(items)
    if sample is not None and sample < len(kept):
        ranked = sorted(range(len(kept)), key=lambda i: (sample_rank(sample_seed, kept[i].source_id), i))
        chosen = set(ranked[:sample])
        kept = [it for i, it in enumerate(kept) if i in chosen]
    if limit is not None:
        kept = kept[:limit]
    return kept
