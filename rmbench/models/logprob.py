"""``logprob``: mean log-probability of the response tokens under a causal LM (reference-free baseline).

``reduce=sum`` gives the total instead (it favours short responses; the mean is the usual
length-normalised baseline).
"""

from __future__ import annotations

from collections.abc import Sequence

from rmbench.models.base import Prepared
from rmbench.models.causal import response_logprobs
from rmbench.models.prefix import supports_sharing
from rmbench.models.torch_adapter import TorchAdapter


class LogprobAdapter(TorchAdapter):
    kind = "logprob"
    auto_class_name = "AutoModelForCausalLM"

    def load_options(self) -> None:
        self.reduce = self.option("reduce", "mean")
        if self.reduce not in ("mean", "sum"):
            raise ValueError(f"logprob: reduce must be mean or sum, got {self.reduce!r}")

    def can_share_prefix(self) -> bool:
        return supports_sharing(self.model)

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        cuts = [p.shared for p in batch]
        pairs = response_logprobs(self.model, [p.payload for p in batch], self.pad_id, cuts)
        if self.reduce == "sum":
            return [s for s, _ in pairs]
        return [s / n if n else 0.0 for s, n in pairs]
