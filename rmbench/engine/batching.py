"""Length-sorted packing under a token budget.

A batch costs ``len(batch) * longest member`` padded tokens; packing requests of similar length
(sorted, longest first so an out-of-memory error shows up on the first batch, not the last)
keeps padding small. A request longer than the budget goes alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from rmbench.models.base import Prepared

DEFAULT_CPU_BUDGET = 1024  # CPU: big batches are slower per token (measured, MiniLM); padding stays low
AUTO_START_BUDGET = 1 << 20  # padded tokens tried first by the CUDA probe
MIN_BUDGET = 16


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


def padded_tokens(batch: Sequence[Prepared]) -> int:
    return len(batch) * max((p.n_tokens for p in batch), default=0)


def is_oom(exc: BaseException) -> bool:
    """True for a CUDA (or other accelerator) out-of-memory error."""
    import torch

    if isinstance(exc, torch.OutOfMemoryError):
        return True
    return isinstance(exc, RuntimeError) and "out of memory" in str(exc).lower()
