"""``length``: score = response length in characters. The bias every RM should beat."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.items import Item
from rmbench.items.lazy import lengths_of
from rmbench.metrics.item_metrics import FlatRows
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

    def direct_scores(self, items: Sequence[Item]) -> Sequence[Sequence[float]] | None:
        if self.unit != "chars":
            return None
        flat, sizes = lengths_of(items)
        return FlatRows(flat.astype(float), sizes)  # rows read as lists; no list per item is built

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        if self.unit == "words":
            return [float(len(p.payload.response.split())) for p in batch]
        return [float(len(p.payload.response)) for p in batch]
