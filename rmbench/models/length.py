"""``length``: score = response length in characters. The bias every RM should beat."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.items import Item
from rmbench.items.lazy import lengths_of
from rmbench.models.base import Adapter, Prepared


class LengthAdapter(Adapter):
    kind = "length"
    cacheable = False  # a score costs less than looking it up

    def __init__(self, arg: str = "", **options: Any):
        super().__init__(arg, **options)
        self.unit = self.option("unit", "chars")
        if self.unit not in ("chars", "words"):
            raise ValueError(f"length: unit must be chars or words, got {self.unit!r}")
        self.check_options()

    def direct_scores(self, items: Sequence[Item]) -> list[list[float]] | None:
        if self.unit != "chars":
            return None
        flat, sizes = lengths_of(items)
        values = flat.tolist()
        floats = {n: float(n) for n in set(values)}  # one float object per length, not per response
        out, start = [], 0
        for k in sizes.tolist():
            out.append([floats[n] for n in values[start : start + k]])
            start += k
        return out

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        if self.unit == "words":
            return [float(len(p.payload.response.split())) for p in batch]
        return [float(len(p.payload.response)) for p in batch]
