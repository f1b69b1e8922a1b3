"""``chrf`` / ``bleu``: sacrebleu sentence scores of each response against ``meta.reference``.

The reference is something an RM must never see; these baselines exist to show how far a
reference-based MT metric gets. Items without a reference are not supported (the engine scores
only the items that have one and records why the rest were skipped).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.items import Item
from rmbench.models.base import Adapter, Prepared, Request, item_reference


class _ReferenceAdapter(Adapter):
    unsupported_reason = "no meta.reference (reference-based baseline)"

    def __init__(self, arg: str = "", **options: Any):
        super().__init__(arg, **options)
        self.check_options()
        self.metric = self._metric()
        self.metric.corpus_score(["x"], [["x"]])  # a signature needs one evaluation (nrefs varies per item)
        self.settings["signature"] = str(self.metric.get_signature()).replace("nrefs:1|", "")

    def _metric(self) -> Any:
        raise NotImplementedError

    def supports(self, item: Item) -> bool:
        return item_reference(item) is not None

    def item_requests(self, item: Item) -> list[Request]:
        ref = item_reference(item)
        return [Request(item.prompt, r, reference=ref) for r in item.responses]

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        return [
            float(self.metric.sentence_score(p.payload.response, list(p.payload.reference)).score)
            for p in batch
        ]


class ChrfAdapter(_ReferenceAdapter):
    kind = "chrf"

    def _metric(self) -> Any:
        from sacrebleu.metrics import CHRF

        return CHRF()


class BleuAdapter(_ReferenceAdapter):
    kind = "bleu"

    def _metric(self) -> Any:
        from sacrebleu.metrics import BLEU

        return BLEU(effective_order=True)
