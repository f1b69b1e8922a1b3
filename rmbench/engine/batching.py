"""Length-sorted packing under a token budget, keeping requests that share a prompt together.

A batch costs ``len(batch) * longest member`` padded tokens; packing requests of similar length
(sorted, longest first so an out-of-memory error shows up on the first batch, not the last)
keeps padding small. A request longer than the budget goes alone.

Requests of one prefix ``group`` (a causal model's prompt, see ``Prepared.shared``) go into the
same batch, so the adapter runs the prompt once and every response from it. Such a batch makes
two forward calls, one over the distinct prompts and one over the responses; the budget bounds
each call's padded tokens (a prompt longer than the budget still goes, alone). The responses'
call also holds every layer's key-value cache of its prompt, a copy per response: that is
bounded too, at ``KV_FACTOR`` times the budget in (prompt + response) tokens, since one token's
cache over all layers costs about what one token's activations cost in a single layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rmbench.models.base import Prepared

DEFAULT_CPU_BUDGET = 1024  # CPU: big batches are slower per token (measured, MiniLM); padding stays low
AUTO_START_BUDGET = 1 << 20  # padded tokens tried first by the CUDA probe
MIN_BUDGET = 16
KV_FACTOR = 4


def sort_by_length(prepared: Sequence[Prepared]) -> list[Prepared]:
    """Longest first; ties broken by key so the order (and so every batch) is deterministic."""
    return sorted(prepared, key=lambda p: (-p.n_tokens, p.key))


def pack(prepared: Sequence[Prepared], budget: int, max_batch: int | None = None) -> list[list[Prepared]]:
    """Greedy packing of already sorted requests: each batch's padded size stays within ``budget``."""
    batches: list[list[Prepared]] = []
    current: list[Prepared] = []
    longest = 0
    for p in prepared:
        new_longest = max(longest, p.n_tokens)
        full = max_batch is not None and len(current) >= max_batch
        if current and (new_longest * (len(current) + 1) > budget or full):
            batches.append(current)
            current, new_longest = [], p.n_tokens
        current.append(p)
        longest = new_longest
    if current:
        batches.append(current)
    return batches


@dataclass
class _Shape:
    """Running size of a batch of prefix groups: prompts (count, longest), responses (count, longest)."""

    prompts: int = 0
    prompt_len: int = 0
    tails: int = 0
    tail_len: int = 0

    def fits(self, prefix: int, tails: Sequence[Prepared], budget: int, max_batch: int | None) -> bool:
        if self.tails == 0:
            return True
        tail_len = max(self.tail_len, *(p.n_tokens - prefix for p in tails))
        prompt_len = max(self.prompt_len, prefix)
        n = self.tails + len(tails)
        return (
            (self.prompts + 1) * prompt_len <= budget
            and n * tail_len <= budget
            and n * (prompt_len + tail_len) <= KV_FACTOR * budget
            and (max_batch is None or n <= max_batch)
        )

    def add(self, prefix: int, tails: Sequence[Prepared]) -> None:
        self.prompts, self.prompt_len = self.prompts + 1, max(self.prompt_len, prefix)
        self.tails += len(tails)
        self.tail_len = max(self.tail_len, *(p.n_tokens - prefix for p in tails))


def _chunks(members: list[Prepared], prefix: int, budget: int, max_batch: int | None) -> list[list[Prepared]]:
    """A group's responses (longest first) in pieces whose padded tails (and caches) fit the budget."""
    tail = max(1, members[0].n_tokens - prefix)
    per = max(1, min(budget // tail, KV_FACTOR * budget // (prefix + tail)))
    if max_batch is not None:
        per = min(per, max_batch)
    return [members[i : i + per] for i in range(0, len(members), per)]


def pack_groups(
    groups: Sequence[list[Prepared]], budget: int, max_batch: int | None = None
) -> list[list[Prepared]]:
    """Greedy packing of prefix groups (each sorted longest first), longest prompts first."""
    units = []
    for members in groups:
        prefix = members[0].shared
        units += [(prefix, chunk) for chunk in _chunks(members, prefix, budget, max_batch)]
    units.sort(key=lambda u: (-u[0], -u[1][0].n_tokens, u[1][0].key))
    batches: list[list[Prepared]] = []
    current: list[Prepared] = []
    shape = _Shape()
    for prefix, tails in units:
        if not shape.fits(prefix, tails, budget, max_batch):
            batches.append(current)
            current, shape = [], _Shape()
        current += tails
        shape.add(prefix, tails)
    if current:
        batches.append(current)
    return batches


def plan_batches(
    prepared: Sequence[Prepared], budget: int, max_batch: int | None = None
) -> list[list[Prepared]]:
    """All batches: prefix groups of two or more together, the others length-sorted and packed.

    Requests without tokens (all of cost 1, no groups: length, random, http, ...) are cut into
    batches in the given order, skipping a sort that buys nothing.
    """
    groups: dict[object, list[Prepared]] = {}
    singles: list[Prepared] = []
    for p in prepared:
        if p.group is None:
            singles.append(p)
        else:
            groups.setdefault(p.group, []).append(p)
    multi = []
    for members in groups.values():
        if len(members) == 1:
            singles.append(members[0])
        else:
            multi.append(sort_by_length(members))
    if not multi and all(p.n_tokens == 1 for p in singles):
        size = budget if max_batch is None else min(budget, max_batch)
        return [singles[i : i + size] for i in range(0, len(singles), size)]
    return pack_groups(multi, budget, max_batch) + pack(sort_by_length(singles), budget, max_batch)


def shared_prefixes(batch: Sequence[Prepared]) -> dict[object, int]:
    """The prefix groups a batch actually shares (two or more members): group -> prefix length."""
    seen: dict[object, int] = {}
    shared: dict[object, int] = {}
    for p in batch:
        if p.group is not None and p.shared:
            if p.group in seen:
                shared[p.group] = p.shared
            seen[p.group] = p.shared
    return shared


def tokens_computed(batch: Sequence[Prepared]) -> tuple[int, int]:
    """(tokens computed, padded tokens computed) of a batch, a shared prompt counted once."""
    if all(p.group is None for p in batch):
        lengths = [p.n_tokens for p in batch]
        return sum(lengths), len(lengths) * max(lengths)
    shared = shared_prefixes(batch)
    full = [p.n_tokens for p in batch if p.group not in shared]
    tails = [p.n_tokens - p.shared for p in batch if p.group in shared]
    real = sum(full) + sum(tails) + sum(shared.values())
    padded = len(full) * max(full, default=0) + len(tails) * max(tails, default=0)
    padded += len(shared) * max(shared.values(), default=0)
    return real, padded


def padded_tokens(batch: Sequence[Prepared]) -> int:
    return len(batch) * max((p.n_tokens for p in batch), default=0)


def is_oom(exc: BaseException) -> bool:
    """True for a CUDA (or other accelerator) out-of-memory error."""
    import torch

    if isinstance(exc, torch.OutOfMemoryError):
        return True
    return isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()
