"""Log-probabilities of response tokens under a causal LM (used by ``logprob`` and ``dpo``).

Only the hidden states of the positions that predict a response token go through the LM head,
so memory stays at batch x response length x vocabulary instead of the whole sequence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.models import loading
from rmbench.models.render import Rendered


def hidden_states(model: Any, seqs: Sequence[Sequence[int]], pad_id: int) -> Any:
    """Last hidden states (batch, length, dim) of right-padded sequences."""
    ids, mask = loading.pad_right(seqs, pad_id, loading.input_device(model))
    return model.base_model(input_ids=ids, attention_mask=mask).last_hidden_state


def response_logprobs(model: Any, rendered: Sequence[Rendered], pad_id: int) -> list[tuple[float, int]]:
    """(sum of log p, number of tokens) of each request's response tokens."""
    import torch

    head = model.get_output_embeddings()
    out: list[tuple[float, int]] = []
    with torch.inference_mode():
        hidden = hidden_states(model, [r.input_ids for r in rendered], pad_id)
        for row, r in enumerate(rendered):
            start, end = max(r.response_start, 1), len(r.input_ids)
            if end <= start:
                out.append((0.0, 0))
                continue
            logits = head(hidden[row, start - 1 : end - 1]).float()
            targets = torch.tensor(r.input_ids[start:end], device=logits.device)
            logp = torch.log_softmax(logits, dim=-1).gather(1, targets[:, None]).sum().item()
            out.append((float(logp), end - start))
    return out


def next_token_logprobs(model: Any, seqs: Sequence[Sequence[int]], pad_id: int) -> Any:
    """Log-softmax over the vocabulary of the token after each sequence (batch, vocab)."""
    import torch

    head = model.get_output_embeddings()
    with torch.inference_mode():
        hidden = hidden_states(model, seqs, pad_id)
        last = torch.tensor([len(s) - 1 for s in seqs], device=hidden.device)
        picked = hidden[torch.arange(len(seqs), device=hidden.device), last]
        return torch.log_softmax(head(picked).float(), dim=-1)
