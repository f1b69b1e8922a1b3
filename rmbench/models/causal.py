"""Log-probabilities of response tokens under a causal LM (used by ``logprob``, ``dpo`` and ``judge``).

Only the hidden states of the positions that predict a response token go through the LM head,
so memory stays at batch x response length x vocabulary instead of the whole sequence. With
``cuts`` the requests of a batch that share a prompt run it once (:mod:`rmbench.models.prefix`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.models.prefix import Hidden, forward_hidden
from rmbench.models.render import Rendered


def batch_hidden(
    model: Any, seqs: Sequence[Sequence[int]], pad_id: int, cuts: Sequence[int] | None = None
) -> Hidden:
    """Per-request hidden states; requests with equal ids up to their cut share that prefix."""
    return forward_hidden(model.base_model, seqs, cuts or [0] * len(seqs), pad_id)


HEAD_CHUNK = 4096  # positions through the LM head at once: memory ~ HEAD_CHUNK x vocabulary floats


def response_logprobs(
    model: Any, rendered: Sequence[Rendered], pad_id: int, cuts: Sequence[int] | None = None
) -> list[tuple[float, int]]:
    """(sum of log p, number of tokens) of each request's response tokens.

    The positions that predict response tokens go through the LM head together, in chunks of
    ``HEAD_CHUNK``, and are summed per request on the device: one transfer per batch, not one
    per request (which made a GPU wait on every request).
    """
    import torch

    head = model.get_output_embeddings()
    spans, targets, owners, counts = [], [], [], []
    with torch.inference_mode():
        hidden = batch_hidden(model, [r.input_ids for r in rendered], pad_id, cuts)
        for row, r in enumerate(rendered):
            start, end = max(r.response_start, 1), len(r.input_ids)
            counts.append(max(end - start, 0))
            if end > start:
                spans.append(hidden.span(row, start - 1, end - 1))
                targets += r.input_ids[start:end]
                owners += [row] * (end - start)
        if not spans:
            return [(0.0, 0)] * len(rendered)
        states = torch.cat(spans)
        device = states.device
        target = torch.tensor(targets, device=device)
        picked = torch.empty(len(targets), dtype=torch.float32, device=device)
        for i in range(0, len(targets), HEAD_CHUNK):
            logits = head(states[i : i + HEAD_CHUNK]).float()
            picked[i : i + HEAD_CHUNK] = torch.log_softmax(logits, dim=-1).gather(
                1, target[i : i + HEAD_CHUNK, None]
            )[:, 0]
        sums = torch.zeros(len(rendered), dtype=torch.float64, device=device)
        sums.index_add_(0, torch.tensor(owners, device=device), picked.double())
    return [(float(s), n) for s, n in zip(sums.tolist(), counts, strict=True)]


def next_token_logprobs(
    model: Any, seqs: Sequence[Sequence[int]], pad_id: int, cuts: Sequence[int] | None = None
) -> Any:
    """Log-softmax over the vocabulary of the token after each sequence (batch, vocab)."""
    import torch

    head = model.get_output_embeddings()
    with torch.inference_mode():
        hidden = batch_hidden(model, seqs, pad_id, cuts)
        picked = torch.stack([hidden.span(i, len(s) - 1, len(s))[0] for i, s in enumerate(seqs)])
        return torch.log_softmax(head(picked).float(), dim=-1)
