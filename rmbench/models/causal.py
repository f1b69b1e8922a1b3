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


def response_logprobs(
    model: Any, rendered: Sequence[Rendered], pad_id: int, cuts: Sequence[int] | None = None
) -> list[tuple[float, int]]:
    """(sum of log p, number of tokens) of each request's response tokens."""
    import torch

    head = model.get_output_embeddings()
    out: list[tuple[float, int]] = []
    with torch.inference_mode():
        hidden = batch_hidden(model, [r.input_ids for r in rendered], pad_id, cuts)
        for row, r in enumerate(rendered):
            start, end = max(r.response_start, 1), len(r.input_ids)
            if end <= start:
                out.append((0.0, 0))
                continue
            logits = head(hidden.span(row, start - 1, end - 1)).float()
            targets = torch.tensor(r.input_ids[start:end], device=logits.device)
            logp = torch.log_softmax(logits, dim=-1).gather(1, targets[:, None]).sum().item()
            out.append((float(logp), end - start))
    return out


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
