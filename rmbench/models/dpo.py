"""``dpo:POLICY``: DPO implicit reward ``beta * (log p_policy(y|x) - log p_ref(y|x))``.

``--model-arg ref=REF`` names the reference model (same tokenizer as the policy); without it the
reward is reference-free (``beta * log p_policy(y|x)``, as RewardBench does). Sums over the
response tokens, as in the DPO objective.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.models import loading
from rmbench.models.base import Prepared
from rmbench.models.causal import response_logprobs
from rmbench.models.prefix import supports_sharing
from rmbench.models.torch_adapter import TorchAdapter


class DPOAdapter(TorchAdapter):
    kind = "dpo"
    auto_class_name = "AutoModelForCausalLM"

    def load_options(self) -> None:
        self.ref_path = self.option("ref", None)
        self.beta = self.option("beta", 0.1, float)

    def load_model(self, auto_class: Any, torch_dtype: Any) -> Any:
        model = super().load_model(auto_class, torch_dtype)
        self.ref_model = None
        if self.ref_path:
            self.ref_model = loading.load_model(
                auto_class,
                self.ref_path,
                self.device,
                torch_dtype,
                seed=self.seed,
                trust_remote_code=self.trust_remote_code,
                device_map=self.device_map,
            )
        return model

    def content_hash(self) -> str:
        ref = loading.content_hash(self.ref_path) if self.ref_path else ""
        return loading.content_hash(self.arg) + ref

    def can_share_prefix(self) -> bool:
        return supports_sharing(self.model) and (self.ref_model is None or supports_sharing(self.ref_model))

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        rendered = [p.payload for p in batch]
        cuts = [p.shared for p in batch]
        policy = response_logprobs(self.model, rendered, self.pad_id, cuts)
        if self.ref_model is None:
            return [self.beta * s for s, _ in policy]
        ref = response_logprobs(self.ref_model, rendered, self.pad_id, cuts)
        return [self.beta * (p - r) for (p, _), (r, _) in zip(policy, ref, strict=True)]
