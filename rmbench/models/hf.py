"""``hf``: an ``AutoModelForSequenceClassification`` reward model (the usual RM).

Score = the logit of label 0 for a one-label head (the RM convention); for a multi-label head
the logit of the last label (``label=N`` picks another). Inputs are padded on the right, so the
token positions of a request never depend on its batch neighbours. A folder without a trained
head (e.g. a bare encoder) gets a new ``num_labels`` head initialised from ``--seed``: useful for
benchmarks and tests, logged as a warning by transformers.

A decoder classifier (transformers' generic ``*ForSequenceClassification`` over a causal model,
which reads the last non-padding token) shares each item's prompt across its responses: the
decoder runs the prompt once (:mod:`rmbench.models.prefix`) and the score head is applied to
the hidden state of the token the model itself would pool, found by the same rule.

An encoder classifier of BERT's shape computes its last layer for the pooled first token only
(:mod:`rmbench.models.pooled_encoder`), after a probe at load time shows the logits agree with
the full forward; ``--model-arg pooled_last_layer=false`` turns it off. Like prefix sharing it is
not a setting of the fingerprint: the scores are the full forward's up to float rounding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.models import loading
from rmbench.models.base import Prepared
from rmbench.models.causal import batch_hidden
from rmbench.models.prefix import supports_sharing
from rmbench.models.torch_adapter import TorchAdapter


class HFAdapter(TorchAdapter):
    kind = "hf"
    auto_class_name = "AutoModelForSequenceClassification"

    def load_options(self) -> None:
        self.num_labels = self.option("num_labels", None, int)
        self.label = self.option("label", None, int)
        self.pooled_last_layer = loading.as_bool(self._options.pop("pooled_last_layer", True))

    def load_model(self, auto_class: Any, torch_dtype: Any) -> Any:
        extra = {"num_labels": self.num_labels} if self.num_labels else {}
        model = loading.load_model(
            auto_class,
            self.arg,
            self.device,
            torch_dtype,
            seed=self.seed,
            trust_remote_code=self.trust_remote_code,
            device_map=self.device_map,
            **extra,
        )
        if model.config.pad_token_id is None:
            model.config.pad_token_id = loading.pad_id_of(self.tokenizer)
        if self.pooled_last_layer:
            from rmbench.models import pooled_encoder  # needs torch: imported only here

            self.pooled_last_layer = pooled_encoder.fits(model)
        return model

    def can_share_prefix(self) -> bool:
        try:
            from transformers.modeling_layers import GenericForSequenceClassification
        except ImportError:  # pragma: no cover - older transformers
            return False
        return isinstance(self.model, GenericForSequenceClassification) and supports_sharing(self.model)

    def _pool_position(self, ids: Sequence[int]) -> int:
        """The token transformers' decoder classifiers pool: the rightmost one that is not padding."""
        pad = self.model.config.pad_token_id
        return next((i for i in range(len(ids) - 1, -1, -1) if ids[i] != pad), 0)

    def _score_decoder(self, batch: Sequence[Prepared]) -> list[float]:
        import torch

        seqs = [p.payload.input_ids for p in batch]
        with torch.inference_mode():
            hidden = batch_hidden(self.model, seqs, self.model.config.pad_token_id, [p.shared for p in batch])
            picked = []
            for i, ids in enumerate(seqs):
                at = self._pool_position(ids)
                picked.append(hidden.span(i, at, at + 1)[0])
            logits = self.model.score(torch.stack(picked)).float()
        column = self.label if self.label is not None else (0 if logits.shape[-1] == 1 else -1)
        return logits[:, column].tolist()

    def batch_inputs(self, batch: Sequence[Prepared]) -> dict[str, Any]:
        """The padded tensors of one batch, as the model's forward takes them."""
        device = loading.input_device(self.model)
        ids, mask = loading.pad_right(
            [p.payload.input_ids for p in batch], self.model.config.pad_token_id, device
        )
        inputs = {"input_ids": ids, "attention_mask": mask}
        if batch[0].payload.token_type_ids is not None:
            types = [p.payload.token_type_ids for p in batch]
            inputs["token_type_ids"] = loading.pad_right(types, 0, device)[0]
        return inputs

    def logits(self, inputs: dict[str, Any]) -> Any:
        """The classifier's logits (float32) for ``batch_inputs``: the forward the engine times."""
        import contextlib

        import torch

        if self.pooled_last_layer:
            from rmbench.models.pooled_encoder import pooled_last_layer

            pooled: Any = pooled_last_layer(self.model)
        else:
            pooled = contextlib.nullcontext()
        with torch.inference_mode(), pooled:
            return self.model(**inputs).logits.float()

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        if self.share_prefix:
            return self._score_decoder(batch)
        logits = self.logits(self.batch_inputs(batch))
        column = self.label if self.label is not None else (0 if logits.shape[-1] == 1 else -1)
        return logits[:, column].tolist()
