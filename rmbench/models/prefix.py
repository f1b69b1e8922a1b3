"""Run a causal transformer over a batch whose requests share leading tokens, the shared part once.

Why: every response of an item repeats the item's prompt, and in a causal model the hidden
states and key-value cache of the prompt do not depend on what follows it. So the distinct
prompts of a batch run once (one forward over the padded prompts, keeping the cache), the cache
rows are repeated for the requests that continue each prompt, and the responses run from
there: k responses cost one prompt plus k responses instead of k prompts plus k responses.

Exact by construction: each request's own token ids are split at its ``cut``, and requests share
a prompt row only when their ids up to the cut are equal (compared as ids, not as hashes), so
what the model sees equals the full rendering; positions continue after the prompt, and the
prompt's padding is masked out. Scores equal the full forward up to float rounding (1e-6 in
fp32 here). A prefix seen once in the batch, or a cut of 0, takes the plain full forward.

Only for decoders whose every layer is full causal attention (sliding windows, linear or
recurrent layers keep state a cache reorder would not reproduce): see :func:`supports_sharing`.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import Any

from rmbench.models import loading


def supports_sharing(model: Any) -> bool:
    """True when the model's base is a causal decoder of full-attention layers that takes a cache."""
    config = getattr(model, "config", None)
    if config is None or getattr(config, "is_encoder_decoder", False):
        return False
    if hasattr(config, "get_text_config"):
        config = config.get_text_config()
    layer_types = getattr(config, "layer_types", None)
    if layer_types is not None:
        if any(t != "full_attention" for t in layer_types):
            return False
    elif getattr(config, "sliding_window", None) is not None and getattr(config, "use_sliding_window", True):
        return False
    return _cache_argument(model.base_model) is not None


def _cache_argument(base: Any) -> str | None:
    """The keyword the base model takes its key-value cache by (``cache`` in transformers >= 5.x)."""
    params = inspect.signature(base.forward).parameters
    for name in ("cache", "past_key_values"):
        if name in params:
            return name
    return None


def _cache_of(output: Any) -> Any:
    cache = getattr(output, "cache", None)
    return cache if cache is not None else getattr(output, "past_key_values", None)


class Hidden:
    """Last hidden states of a batch of requests, read per request without copying a shared prompt."""

    def __init__(self) -> None:
        # request -> (tensor, row, cut, tail tensor, tail row); cut 0 = everything in the first tensor
        self._where: dict[int, tuple[Any, int, int, Any, int]] = {}

    def span(self, i: int, start: int, end: int) -> Any:
        """Hidden states of positions ``start:end`` of request ``i`` (positions of its full ids)."""
        import torch

        head, row, cut, tail, tail_row = self._where[i]
        if cut == 0 or end <= cut:
            return head[row, start:end]
        if start >= cut:
            return tail[tail_row, start - cut : end - cut]
        return torch.cat([head[row, start:cut], tail[tail_row, : end - cut]])


def _shared_rows(
    seqs: Sequence[Sequence[int]], cuts: Sequence[int]
) -> tuple[list[int], dict[tuple[int, ...], int]]:
    """Requests whose prefix occurs at least twice, and the distinct prefixes (-> row)."""
    counts: dict[tuple[int, ...], int] = {}
    prefixes = [tuple(s[:c]) if c > 0 else () for s, c in zip(seqs, cuts, strict=True)]
    for p in prefixes:
        if p:
            counts[p] = counts.get(p, 0) + 1
    shared = [i for i, p in enumerate(prefixes) if p and counts[p] > 1]
    rows: dict[tuple[int, ...], int] = {}
    for i in shared:
        rows.setdefault(prefixes[i], len(rows))
    return shared, rows


def forward_hidden(base: Any, seqs: Sequence[Sequence[int]], cuts: Sequence[int], pad_id: int) -> Hidden:
    """Last hidden states of every sequence; a prefix ``seqs[i][:cuts[i]]`` shared in the batch runs once.

    ``base`` is the decoder without its head (``model.base_model``). ``cuts[i]`` must leave at
    least one token after it (callers cap it at ``len - 1``).
    """
    import torch

    device = loading.input_device(base)
    shared, rows = _shared_rows(seqs, cuts)
    hidden = Hidden()
    alone = sorted(set(range(len(seqs))) - set(shared))
    if alone:
        ids, mask = loading.pad_right([seqs[i] for i in alone], pad_id, device)
        out = base(input_ids=ids, attention_mask=mask, use_cache=False).last_hidden_state
        for row, i in enumerate(alone):
            hidden._where[i] = (out, row, 0, None, 0)
    if not shared:
        return hidden
    prefixes = list(rows)
    ids, mask = loading.pad_right(prefixes, pad_id, device)
    first = base(input_ids=ids, attention_mask=mask, use_cache=True)
    cache = _cache_of(first)
    index = [rows[tuple(seqs[i][: cuts[i]])] for i in shared]
    select = torch.tensor(index, device=device)
    cache.reorder_cache(select)
    cache_kwarg = {str(_cache_argument(base)): cache}
    tails = [seqs[i][cuts[i] :] for i in shared]
    tail_ids, tail_mask = loading.pad_right(tails, pad_id, device)
    starts = torch.tensor([len(prefixes[r]) for r in index], device=device)
    positions = starts[:, None] + torch.arange(tail_ids.shape[1], device=device)[None, :]
    second = base(
        input_ids=tail_ids,
        attention_mask=torch.cat([mask[select], tail_mask], dim=1),
        position_ids=positions,
        use_cache=True,
        **cache_kwarg,
    ).last_hidden_state
    for row, i in enumerate(shared):
        hidden._where[i] = (first.last_hidden_state, index[row], cuts[i], second, row)
    return hidden
