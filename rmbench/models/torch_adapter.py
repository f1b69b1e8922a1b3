"""Common ground of adapters that run a transformers model: options, device, fingerprint, prepare.

Prefix sharing: an adapter whose model can continue from a cached prompt (a causal decoder,
:func:`rmbench.models.prefix.supports_sharing`) marks each prepared request with the length of
its prompt part and a group key of those token ids, so the engine batches an item's responses
together and the prompt runs once. ``--model-arg share_prefix=false`` turns it off; it is not a
setting of the fingerprint, since scores agree with the full forward to float rounding and cached
scores stay valid either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.models import loading
from rmbench.models.base import Adapter, Prepared, Request
from rmbench.models.render import Rendered, render


class TorchAdapter(Adapter):
    """Loads ``self.arg`` with ``auto_class``; subclasses implement ``score_batch``."""

    auto_class_name = "AutoModel"

    def __init__(self, arg: str = "", **options: Any):
        super().__init__(arg, **options)
        share_prefix = loading.as_bool(self._options.pop("share_prefix", True))  # not in settings: see above
        self.trust_remote_code = loading.as_bool(self.option("trust_remote_code", False))
        self.device_map = self.option("device_map", None)
        self.load_options()
        self.check_options()
        self.device = loading.pick_device(self.requested_device)
        torch_dtype = loading.pick_dtype(self.requested_dtype, self.device)
        self.dtype = str(torch_dtype).replace("torch.", "")
        self.tokenizer = loading.load_tokenizer(self.arg, self.trust_remote_code)
        import transformers

        auto_class = getattr(transformers, self.auto_class_name)
        self.model = self.load_model(auto_class, torch_dtype)
        if self.max_length is None:
            self.max_length = loading.default_max_length(self.tokenizer, self.model)
        self.pad_id = loading.pad_id_of(self.tokenizer)
        self.share_prefix = share_prefix and self.can_share_prefix()

    def can_share_prefix(self) -> bool:
        """Whether this adapter's model(s) can continue from a shared prompt (overridden by causal ones)."""
        return False

    def load_options(self) -> None:
        """Take adapter-specific options (``self.option``) before loading."""

    def load_model(self, auto_class: Any, torch_dtype: Any) -> Any:
        return loading.load_model(
            auto_class,
            self.arg,
            self.device,
            torch_dtype,
            seed=self.seed,
            trust_remote_code=self.trust_remote_code,
            device_map=self.device_map,
        )

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "dtype": self.dtype, "max_length": self.max_length, "seed": self.seed}

    def content_hash(self) -> str:
        return loading.content_hash(self.arg)

    def prepare(self, requests: Sequence[Request]) -> list[Prepared]:
        out = []
        for r in requests:
            rendered = render(self.tokenizer, r.prompt, r.response, self.max_length)
            out.append(self.prepared(r.key(), rendered, rendered.response_start))
        return out

    def prepared(self, key: str, rendered: Rendered, boundary: int) -> Prepared:
        """A prepared request whose first ``boundary`` token ids may be shared with its group.

        The cut leaves at least one token to run after the shared part; the group is a hash of
        the shared ids (the forward pass compares the ids themselves, so a collision costs only
        sharing, never a wrong score).
        """
        ids = rendered.input_ids
        cut = min(boundary, len(ids) - 1) if self.share_prefix else 0
        if cut <= 0:
            return Prepared(key, len(ids), rendered, rendered.truncated)
        return Prepared(key, len(ids), rendered, rendered.truncated, cut, (cut, hash(tuple(ids[:cut]))))
