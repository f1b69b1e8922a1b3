"""``judge``: a generative LM compares two responses; the verdict is read from next-token logits.

Each unordered pair of an item's responses is shown in both orders (A/B and B/A) so a judge
that prefers a position cannot win by it; k > 2 responses are compared round robin (every
pair). For an order, P(A wins) = P("A") / (P("A") + P("B")) over the next token (summing the
"A" and " A" token variants), which is deterministic, unlike sampling a verdict. A response's
score is its mean win probability over all its comparisons. Position consistency (the share of
pairs whose winner does not change when the order is swapped) is reported per subset.

All comparisons of an item start with the same instructions and question: a causal judge runs
that part once per item (prefix sharing), checked token by token against the full rendering.

Limitation: a judge prompt longer than ``max_length`` is cut from the left like any prompt (the
instructions and question go first), and counted as truncated; give long-context judges a
large ``--max-length``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations
from typing import Any

import numpy as np

from rmbench.items import Item
from rmbench.items.schema import prompt_text
from rmbench.models.base import Prepared, Request
from rmbench.models.causal import next_token_logprobs
from rmbench.models.prefix import supports_sharing
from rmbench.models.render import Rendered, chat_parts, opening_ids, render
from rmbench.models.torch_adapter import TorchAdapter

JUDGE_TEMPLATE = (
    "Please act as an impartial judge and evaluate the quality of the responses provided by two AI "
    "assistants to the user question displayed below. Choose the assistant that follows the user's "
    "instructions and answers the user's question better. Do not let the order of the responses, "
    "their length or the names of the assistants influence you.\n\n"
    "[User Question]\n{question}\n\n"
    "[The Start of Assistant A's Answer]\n{a}\n[The End of Assistant A's Answer]\n\n"
    "[The Start of Assistant B's Answer]\n{b}\n[The End of Assistant B's Answer]\n\n"
    'Which assistant is better? Answer with a single letter, "A" or "B".'
)


_SENTINEL_A, _SENTINEL_B = "\ue000", "\ue001"  # private-use characters: where the responses go


def ordered_pairs(k: int) -> list[tuple[int, int]]:
    """(A, B) response indices of every comparison of an item: each pair in both orders."""
    return list(permutations(range(k), 2))


def judge_message(request: Request) -> str:
    return JUDGE_TEMPLATE.format(question=prompt_text(request.prompt), a=request.response, b=request.other)


def win_scores(k: int, p_first: Sequence[float]) -> list[float]:
    """Mean win probability of each response from P(A wins) of every ordered pair."""
    wins: list[list[float]] = [[] for _ in range(k)]
    for (a, b), p in zip(ordered_pairs(k), p_first, strict=True):
        wins[a].append(p)
        wins[b].append(1.0 - p)
    return [float(np.mean(w)) for w in wins]


def consistency(k: int, p_first: Sequence[float]) -> tuple[int, int]:
    """(consistent pairs, pairs): the winner of a pair is the same in both orders."""
    by_pair = dict(zip(ordered_pairs(k), p_first, strict=True))
    agree = total = 0
    for a in range(k):
        for b in range(a + 1, k):
            total += 1
            agree += (by_pair[(a, b)] > 0.5) == (by_pair[(b, a)] < 0.5)
    return agree, total


class JudgeAdapter(TorchAdapter):
    kind = "judge"
    auto_class_name = "AutoModelForCausalLM"
    unsupported_reason = "a pairwise judge needs k >= 2 responses (pointwise item)"

    def load_options(self) -> None:
        self.template = self.option("template", JUDGE_TEMPLATE)

    def _token_ids(self, letter: str) -> list[int]:
        ids = set()
        for text in (letter, f" {letter}"):
            encoded = self.tokenizer(text, add_special_tokens=False)["input_ids"]
            if encoded:
                ids.add(encoded[0])
        return sorted(ids)

    def supports(self, item: Item) -> bool:
        return item.k >= 2

    def item_requests(self, item: Item) -> list[Request]:
        return [
            Request(item.prompt, item.responses[a], other=item.responses[b]) for a, b in ordered_pairs(item.k)
        ]

    def item_scores(self, item: Item, request_scores: Sequence[float]) -> list[float]:
        return win_scores(item.k, request_scores)

    def subset_stats(
        self, items: Sequence[Item], request_scores: Sequence[Sequence[float]]
    ) -> dict[str, Any]:
        agree = total = 0
        for item, scores in zip(items, request_scores, strict=True):
            a, t = consistency(item.k, scores)
            agree, total = agree + a, total + t
        first = [s for scores in request_scores for s in scores]
        return {
            "position_consistency": agree / total if total else None,
            "pairs": total,
            "mean_p_first": float(np.mean(first)) if first else None,
        }

    def _message(self, request: Request) -> str:
        return self.template.format(question=prompt_text(request.prompt), a=request.response, b=request.other)

    def _render(self, message: str) -> Rendered:
        """The judge prompt up to where the verdict letter comes (generation prompt included)."""
        if getattr(self.tokenizer, "chat_template", None):
            return render(self.tokenizer, [{"role": "user", "content": message}], "", self.max_length)
        return render(self.tokenizer, message + "\nAnswer:", "", self.max_length)

    def _shared_head(self, request: Request, message: str) -> str | None:
        """The rendered text before the first response: the same for every comparison of an item."""
        probe = self.template.format(question=prompt_text(request.prompt), a=_SENTINEL_A, b=_SENTINEL_B)
        cut = min((i for i in (probe.find(_SENTINEL_A), probe.find(_SENTINEL_B)) if i >= 0), default=-1)
        if cut <= 0 or not message.startswith(probe[:cut]):
            return None
        if not getattr(self.tokenizer, "chat_template", None):
            return message[:cut]
        text = chat_parts(self.tokenizer, [{"role": "user", "content": message}], "")[0]
        at = text.find(message[:cut])
        return text[: at + cut] if at >= 0 else None

    def _boundary(self, request: Request, message: str, ids: Sequence[int]) -> int:
        """How many leading ids the comparisons of an item share: the tokens of the text before the
        first response, if the full rendering starts with exactly them; 0 where the tokenizer merges
        a token across that boundary (or the prompt was cut), so the request runs whole."""
        head = self._shared_head(request, message)
        if not head:
            return 0
        opening = opening_ids(self.tokenizer, head)
        return len(opening) if list(ids[: len(opening)]) == opening else 0

    def prepare(self, requests: Sequence[Request]) -> list[Prepared]:
        out = []
        for r in requests:
            message = self._message(r)
            rendered = self._render(message)
            head = Rendered(
                rendered.input_ids[: rendered.response_start], rendered.response_start, rendered.truncated
            )
            boundary = self._boundary(r, message, head.input_ids) if self.share_prefix else 0
            out.append(self.prepared(r.key(), head, boundary))
        return out

    def can_share_prefix(self) -> bool:
        return supports_sharing(self.model)

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        import torch

        cuts = [p.shared for p in batch]
        logp = next_token_logprobs(self.model, [p.payload.input_ids for p in batch], self.pad_id, cuts)
        a_ids, b_ids = self._token_ids("A"), self._token_ids("B")
        p_a = torch.logsumexp(logp[:, a_ids], dim=-1)
        p_b = torch.logsumexp(logp[:, b_ids], dim=-1)
        return torch.sigmoid(p_a - p_b).tolist()
