"""Training data for a reward model: gold-ordered pairs, a held-out slice and an unlabelled pool.

Every slice here is cut by ``source_id`` (a seeded hash, like the task splits), never by item or
pair: a question's pairs, and its shifted twins, all land on the same side, so held-out accuracy
is not inflated by near-copies of training items.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from rmbench.items import Item
from rmbench.items.schema import Prompt
from rmbench.tasks.splits import hash_unit


class TrainingError(ValueError):
    """A training request that cannot be met (no data, bad option); shown to the user as one line."""


@dataclass(frozen=True)
class Pair:
    """One comparison to train on: ``chosen`` should score above ``rejected``."""

    prompt: Prompt
    chosen: str
    rejected: str
    item_id: str
    source_id: str


def gold_pairs(items: Sequence[Item], max_per_item: int | None = None, seed: int = 0) -> list[Pair]:
    """Every gold-ordered pair (g_a > g_b) of every item; gold ties and k = 1 items give none.

    A ranking of k responses gives up to k(k-1)/2 pairs; ``max_per_item`` keeps a seeded sample so
    one long ranking cannot outweigh hundreds of two-response items.
    """
    out: list[Pair] = []
    for item in items:
        pairs = [
            Pair(item.prompt, item.responses[a], item.responses[b], item.id, item.source_id)
            for a in range(item.k)
            for b in range(item.k)
            if item.gold[a] > item.gold[b] and item.responses[a] != item.responses[b]
        ]
        if max_per_item is not None and len(pairs) > max_per_item:
            pairs = random.Random(f"{seed}\x1f{item.id}").sample(pairs, max_per_item)
        out.extend(pairs)
    return out


def unordered_pairs(item: Item) -> list[tuple[int, int]]:
    """Index pairs (a < b) of distinct responses: what an unlabelled item offers to self-labelling."""
    return [
        (a, b) for a in range(item.k) for b in range(a + 1, item.k) if item.responses[a] != item.responses[b]
    ]


def slice_by_source(
    items: Sequence[Item], fraction: float, seed: int, salt: str
) -> tuple[list[Item], list[Item]]:
    """(rest, slice): items whose seeded ``source_id`` hash falls under ``fraction`` form the slice."""
    if not 0.0 <= fraction < 1.0:
        raise TrainingError(f"{salt} fraction must be in [0, 1), got {fraction}")
    rest: list[Item] = []
    picked: list[Item] = []
    for item in items:
        (picked if hash_unit(seed, f"{salt}\x1f{item.source_id}") < fraction else rest).append(item)
    return rest, picked


def cap_pairs(pairs: Sequence[Pair], max_pairs: int | None, seed: int) -> list[Pair]:
    """A seeded sample of at most ``max_pairs`` pairs (all of them when ``None``), order kept."""
    if max_pairs is None or len(pairs) <= max_pairs:
        return list(pairs)
    keep = sorted(random.Random(seed).sample(range(len(pairs)), max_pairs))
    return [pairs[i] for i in keep]


def rankable(items: Sequence[Item]) -> list[Item]:
    """Items with at least two responses of different gold: the ones that teach or test an ordering."""
    return [it for it in items if it.k >= 2 and len(set(it.gold)) > 1]
