"""Run an encoder classifier's last layer for the one token its head reads.

Why: a BERT-style sequence classifier pools a single position of the last layer (the first
token: BERT's pooler, the RoBERTa/ELECTRA heads), yet the plain forward computes the last layer
for every token. Attention lets every token see every other in the layers below, so those run in
full; but in the last layer only the pooled token's query, attention output and feed-forward
matter, while the keys and values still come from every token. That drops ten of the last
layer's twelve d x d projections per token plus its attention, about 1/7 of a six-layer model's
work (measured: benchmarks/README.md).

Exact by construction: the pooled token's row is computed by the layer's own modules and the
same attention mask row; the rest of the model (embeddings, the layers below, pooler, head) is
the model's own forward, called with the last layer swapped for :class:`PooledLastLayer` for the
duration of the call. Whether a model fits is decided twice: by its shape (:func:`last_layer`)
and by a probe at load time that compares the two forwards on a padded batch
(:func:`agrees_with_full_forward`); a model that fails either keeps the plain forward
(:func:`fits` asks both).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import torch
import torch.nn.functional as F

from rmbench.models import loading

PROBE_TOLERANCE = {torch.float32: 1e-4, torch.float64: 1e-8}  # other dtypes: 2e-2 (half floats round)


def _layers(model: Any) -> Any:
    encoder = getattr(getattr(model, "base_model", None), "encoder", None)
    layers = getattr(encoder, "layer", None)
    return layers if layers is not None and len(layers) > 0 else None


def last_layer(model: Any) -> Any:
    """The model's last encoder layer when it has the BERT layer's parts and reads no cross
    attention, relative positions or chunked feed-forward; else None."""
    config = getattr(model, "config", None)
    layers = _layers(model)
    if config is None or layers is None or getattr(config, "is_decoder", False):
        return None
    if getattr(config, "position_embedding_type", "absolute") not in (None, "absolute"):
        return None
    layer = layers[-1]
    attention = getattr(getattr(layer, "attention", None), "self", None)
    parts = ("query", "key", "value", "num_attention_heads", "attention_head_size", "scaling")
    if attention is None or not all(hasattr(attention, p) for p in parts):
        return None
    if not hasattr(layer.attention, "output") or not hasattr(layer, "feed_forward_chunk"):
        return None
    if getattr(layer, "crossattention", None) is not None or getattr(layer, "chunk_size_feed_forward", None):
        return None
    return layer


class PooledLastLayer(torch.nn.Module):
    """Stands in for the last layer: returns the first token's output only (shape B x 1 x d).
    Imported lazily by the adapter (this module needs torch)."""

    def __init__(self, layer: Any):
        super().__init__()
        self.layer = layer

    def forward(self, hidden_states: Any, attention_mask: Any = None, *args: Any, **kwargs: Any) -> Any:
        layer, attention = self.layer, self.layer.attention.self
        batch, length, _ = hidden_states.shape
        heads, size = attention.num_attention_heads, attention.attention_head_size
        first = hidden_states[:, :1]
        query = attention.query(first).view(batch, 1, heads, size).transpose(1, 2)
        key = attention.key(hidden_states).view(batch, length, heads, size).transpose(1, 2)
        value = attention.value(hidden_states).view(batch, length, heads, size).transpose(1, 2)
        mask = _query_row(attention_mask)
        mixed = F.scaled_dot_product_attention(query, key, value, attn_mask=mask, scale=attention.scaling)
        mixed = mixed.transpose(1, 2).reshape(batch, 1, heads * size)
        attended = layer.attention.output(mixed, first)
        return layer.feed_forward_chunk(attended)


def _query_row(mask: Any) -> Any:
    """The first query's row of the mask the model built (4-D boolean or additive, or a 2-D
    padding mask), in the shape scaled_dot_product_attention takes; None when nothing is masked."""
    if mask is None:
        return None
    if mask.dim() == 2:
        return mask[:, None, None, :].bool()
    return mask[:, :, :1, :]


@contextlib.contextmanager
def pooled_last_layer(model: Any) -> Iterator[None]:
    """Within the block, the model's forward computes its last layer for the first token only."""
    layers = _layers(model)
    original = layers[-1]
    layers[-1] = PooledLastLayer(original)
    try:
        yield
    finally:
        layers[-1] = original


def fits(model: Any) -> bool:
    """Whether the model has BERT's last layer and the pooled forward agrees with the full one."""
    return last_layer(model) is not None and agrees_with_full_forward(model)


def agrees_with_full_forward(model: Any, seed: int = 0) -> bool:
    """Whether the pooled forward gives the full forward's logits on a padded probe batch of
    random token ids (a head that reads another position, or a layer that differs from BERT's,
    fails here). Raises nothing: a model the stand-in cannot run keeps the plain forward."""
    vocab = int(getattr(model.config, "vocab_size", 0) or 0)
    limit = int(getattr(model.config, "max_position_embeddings", 0) or 0)
    if vocab < 8 or limit < 12:
        return False
    generator = torch.Generator().manual_seed(seed)
    pad = model.config.pad_token_id or 0
    seqs = [torch.randint(3, vocab, (n,), generator=generator).tolist() for n in (9, 5, 7)]
    ids, mask = loading.pad_right(seqs, pad, loading.input_device(model))
    try:
        with torch.inference_mode():
            full = model(input_ids=ids, attention_mask=mask).logits.float()
            with pooled_last_layer(model):
                pooled = model(input_ids=ids, attention_mask=mask).logits.float()
    except Exception:  # any failure means "does not fit", see the docstring
        return False
    tolerance = PROBE_TOLERANCE.get(model.dtype, 2e-2)
    return full.shape == pooled.shape and bool(torch.allclose(full, pooled, atol=tolerance, rtol=tolerance))
