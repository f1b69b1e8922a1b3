"""``random``: a seeded uniform score per request (chance level, with ties essentially never).

The score is a hash of (seed, request), not a draw from a stream, so it does not depend on the
order or batch requests are scored in, and a cached run reproduces it exactly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from rmbench.models.base import Adapter, Prepared


class RandomAdapter(Adapter):
    kind = "random"
    cacheable = False  # a score costs less than looking it up

    def __init__(self, arg: str = "", **options: Any):
        super().__init__(arg, **options)
        self.settings["seed"] = self.seed
        self.check_options()

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        out = []
        for p in batch:
            digest = hashlib.sha256(f"{self.seed}:{p.key}".encode()).digest()
            out.append(int.from_bytes(digest[:8], "big") / 2**64)
        return out
