"""``embed``: cosine similarity of prompt and response sentence embeddings (a relevance baseline).

Mean pooling over tokens (what sentence-transformers' all-MiniLM-L6-v2 uses; ``pooling=cls``
for CLS models), L2-normalised. The prompt is its last user turn, embedded once per distinct
text (memoised). Each text is cut at ``max_length`` tokens (the sentence-transformers limit
when the folder says one, e.g. 256 for MiniLM).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rmbench.items.schema import last_user_text
from rmbench.models import loading
from rmbench.models.base import Prepared, Request
from rmbench.models.render import render_text
from rmbench.models.torch_adapter import TorchAdapter


def sentence_transformers_max_length(folder: str) -> int | None:
    config = Path(folder) / "sentence_bert_config.json"
    if config.is_file():
        value = json.loads(config.read_text(encoding="utf-8")).get("max_seq_length")
        return int(value) if value else None
    return None


class EmbedAdapter(TorchAdapter):
    kind = "embed"
    auto_class_name = "AutoModel"

    def __init__(self, arg: str = "", **options: Any):
        if options.get("max_length") is None:
            options["max_length"] = sentence_transformers_max_length(arg)
        super().__init__(arg, **options)
        self._memo: dict[tuple[int, ...], Any] = {}

    def load_options(self) -> None:
        self.pooling = self.option("pooling", "mean")
        if self.pooling not in ("mean", "cls"):
            raise ValueError(f"embed: pooling must be mean or cls, got {self.pooling!r}")

    def prepare(self, requests: Sequence[Request]) -> list[Prepared]:
        out = []
        prompt_ids_of: dict[
            str, list[int]
        ] = {}  # every response of an item shares its prompt: tokenise it once
        for r in requests:
            text = last_user_text(r.prompt)
            if text not in prompt_ids_of:
                prompt_ids_of[text] = render_text(self.tokenizer, text, self.max_length)[0]
            prompt_ids = prompt_ids_of[text]
            response_ids, truncated = render_text(self.tokenizer, r.response, self.max_length)
            out.append(
                Prepared(
                    r.key(),
                    2 * max(len(prompt_ids), len(response_ids)),
                    (prompt_ids, response_ids),
                    truncated=truncated,
                )
            )
        return out

    def _embed(self, seqs: Sequence[Sequence[int]]) -> Any:
        import torch

        ids, mask = loading.pad_right(seqs, self.pad_id, loading.input_device(self.model))
        with torch.inference_mode():
            hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state.float()
        if self.pooling == "cls":
            pooled = hidden[:, 0]
        else:
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1)

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        prompts = list(
            dict.fromkeys(tuple(p.payload[0]) for p in batch if tuple(p.payload[0]) not in self._memo)
        )
        responses = [p.payload[1] for p in batch]
        embedded = self._embed([list(s) for s in prompts] + responses)
        for row, key in enumerate(prompts):
            self._memo[key] = embedded[row]
        response_emb = embedded[len(prompts) :]
        return [float(self._memo[tuple(p.payload[0])] @ response_emb[i]) for i, p in enumerate(batch)]
