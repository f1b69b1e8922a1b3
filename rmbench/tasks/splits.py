"""Train/test splits keyed by ``source_id``, and the leakage check that guards them.

Splitting on ``source_id`` (not item id) keeps an item and all its shifted twins on the same
side, so a model trained on one language of a question is never tested on another.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

from rmbench.items import Item


class LeakageError(ValueError):
    """Training data shares a ``source_id`` with a test split."""


def hash_unit(seed: int, key: str) -> float:
    """A stable pseudo-random number in [0, 1) for a key; independent of Python's hash seed."""
    digest = hashlib.sha256(f"{seed}\x1f{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def is_train(seed: int, source_id: str, train_fraction: float) -> bool:
    return train_fraction > 0 and hash_unit(seed, source_id) < train_fraction


def split_items(items: Sequence[Item], split: str, seed: int, train_fraction: float) -> list[Item]:
    if split not in ("train", "test"):
        raise ValueError(f"split must be 'train' or 'test', got {split!r}")
    want_train = split == "train"
    return [it for it in items if is_train(seed, it.source_id, train_fraction) == want_train]


def check_disjoint(train: Iterable[Item], tests: Mapping[str, Iterable[Item]]) -> None:
    """Raise :class:`LeakageError` naming the overlap if any training item shares a test ``source_id``."""
    train_ids: dict[str, str] = {}
    for item in train:
        train_ids.setdefault(item.source_id, item.id)
    clashes: list[str] = []
    for name, items in tests.items():
        for item in items:
            if item.source_id in train_ids:
                clashes.append(
                    f"{name}: test item {item.id!r} and train item {train_ids[item.source_id]!r} share "
                    f"source_id {item.source_id!r}"
                )
    if clashes:
        shown = "\n  ".join(clashes[:10])
        more = f"\n  ... and {len(clashes) - 10} more" if len(clashes) > 10 else ""
        raise LeakageError(
            f"training data overlaps {len(clashes)} test item(s) by source_id:\n  {shown}{more}"
        )
