"""Collect the requests of many items and subsets, each distinct request once.

The same (prompt, response) pair appears in many items (a ranking shares its prompt, a shifted
twin shares its responses) and in many subsets (a derived subset copies most of its base): it
is keyed by the hash of everything the model sees and scored once. An item's prompt is encoded
for its key once, not once per response, since the key is most of the per-request cost of a
cheap model. Items scored without requests (:meth:`Adapter.direct_scores`) get the same counts
from :func:`count_requests`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from rmbench.items import Item
from rmbench.items.lazy import request_hashes_of
from rmbench.models.base import Adapter, Request, prompt_json, response_key


@dataclass
class RequestTable:
    """Distinct requests by key, and for each item the keys of its requests (in order)."""

    requests: dict[str, Request] = field(default_factory=dict)
    item_keys: dict[str, list[list[str]]] = field(default_factory=dict)  # subset key -> per item keys
    total: int = 0  # requests before dedup

    def add_subset(self, subset_key: str, adapter: Adapter, items: Sequence[Item]) -> None:
        plain = type(adapter).item_requests is Adapter.item_requests  # one request per response
        requests = self.requests
        per_item: list[list[str]] = []
        for item in items:
            shared = prompt_json(item.prompt)
            if plain:  # keys straight from the texts; a Request is built only for a new key
                keys = []
                for response in item.responses:
                    key = response_key(shared, response)
                    keys.append(key)
                    if key not in requests:
                        requests[key] = request = Request(item.prompt, response)
                        request._key = key
            else:
                item_requests = adapter.item_requests(item)
                keys = [r.key(shared if r.prompt is item.prompt else None) for r in item_requests]
                for key, request in zip(keys, item_requests, strict=True):
                    if key not in requests:
                        requests[key] = request
            self.total += len(keys)
            per_item.append(keys)
        self.item_keys[subset_key] = per_item

    @property
    def unique(self) -> int:
        return len(self.requests)


@dataclass
class RequestCount:
    """What a :class:`RequestTable` says of its requests (how many, how many distinct), for items
    scored without requests (:meth:`Adapter.direct_scores`)."""

    total: int = 0
    unique: int = 0


def count_requests(item_lists: Sequence[Sequence[Item]]) -> RequestCount:
    """The plain requests (one per response) of the items, and how many are distinct: the figures a
    :class:`RequestTable` would give. Counted from :meth:`Item.request_hashes`; only requests whose
    hash another one shares are compared in full (their texts read), so the count is exact."""
    items = [it for its in item_lists for it in its]
    hashes, sizes = request_hashes_of(items)
    if not len(hashes):
        return RequestCount()
    _, inverse, counts = np.unique(hashes, return_inverse=True, return_counts=True)
    shared = np.flatnonzero(counts[inverse] > 1)
    owner = np.repeat(np.arange(len(items)), sizes)
    position = np.arange(len(hashes)) - (np.cumsum(sizes) - sizes)[owner]
    pairs = set()
    for i, j in zip(owner[shared].tolist(), position[shared].tolist(), strict=True):
        item = items[i]
        pairs.add((prompt_json(item.prompt), item.responses[j]))
    return RequestCount(len(hashes), len(counts) - int((counts > 1).sum()) + len(pairs))
