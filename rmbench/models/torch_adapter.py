"""Common ground of adapters that run a transformers model: options, device, fingerprint, prepare."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.models import loading
from rmbench.models.base import Adapter, Prepared, Request
from rmbench.models.render import render


class TorchAdapter(Adapter):
    """Loads ``self.arg`` with ``auto_class``; subclasses implement ``score_batch``."""

    auto_class_name = "AutoModel"

    def __init__(self, arg: str = "", **options: Any):
        super().__init__(arg, **options)
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
            out.append(Prepared(r.key(), len(rendered.input_ids), rendered, rendered.truncated))
        return out
