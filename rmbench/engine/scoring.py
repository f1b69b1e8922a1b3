"""Score a set of distinct requests: tokenise once, skip cached ones, shard, pack, score, cache.

Every request is prepared (tokenised) once, even the cached ones, so truncation is counted the
same whether or not a score came from the cache. Only the missing ones are scored, longest
first, in batches under a token budget; each batch is committed to the cache as soon as it is
done. On an out-of-memory error the budget halves and the batch is retried.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rmbench.engine import shard
from rmbench.engine.batching import (
    AUTO_START_BUDGET,
    DEFAULT_CPU_BUDGET,
    MIN_BUDGET,
    is_oom,
    pack,
    padded_tokens,
    sort_by_length,
)
from rmbench.engine.cache import NullCache, ScoreCache
from rmbench.models.base import Adapter, Prepared, Request

log = logging.getLogger(__name__)


@dataclass
class ScoringStats:
    unique: int = 0
    cached: int = 0
    scored: int = 0  # by this process and the other ranks
    batches: int = 0
    tokens: int = 0  # real tokens of the scored requests
    padded: int = 0  # padded tokens of the scored batches
    oom_retries: int = 0
    budget: int = 0  # the budget in force at the end (after any halving)
    seconds: float = 0.0
    truncated: set[str] = field(default_factory=set)


def resolve_budget(batch_tokens: int | str | None, device: str) -> int:
    """``auto``: on CUDA start large and let OOM halving find what fits; on CPU a fixed default."""
    if batch_tokens in (None, "auto"):
        return AUTO_START_BUDGET if str(device).startswith("cuda") else DEFAULT_CPU_BUDGET
    value = int(batch_tokens)
    if value < 1:
        raise ValueError(f"--batch-tokens must be positive or 'auto', got {batch_tokens!r}")
    return value


def _empty_cuda_cache() -> None:
    try:
        import torch

        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    except ImportError:  # pragma: no cover
        pass


def run_batches(
    adapter: Adapter,
    todo: Sequence[Prepared],
    budget: int,
    cache: ScoreCache | NullCache,
    stats: ScoringStats,
    progress: bool = False,
    max_batch: int | None = None,
) -> dict[str, float]:
    """Score sorted prepared requests in packed batches; halve the budget on OOM."""
    from tqdm import tqdm

    results: dict[str, float] = {}
    remaining = list(todo)
    batches = pack(remaining, budget, max_batch)
    with tqdm(
        total=len(remaining),
        unit="req",
        disable=not progress,
        desc=f"scoring {adapter.name}",
        dynamic_ncols=True,
        mininterval=1.0,
    ) as bar:
        while batches:
            batch = batches[0]
            try:
                scores = adapter.score_batch(batch)
            except Exception as exc:
                if not is_oom(exc) or len(batch) == 1:  # one request alone cannot shrink
                    raise
                budget = max(budget // 2, MIN_BUDGET)
                stats.oom_retries += 1
                log.warning(
                    "out of memory on a batch of %d requests: token budget halved to %d", len(batch), budget
                )
                _empty_cuda_cache()
                batches = pack([p for b in batches for p in b], budget, max_batch)
                continue
            if len(scores) != len(batch):
                raise RuntimeError(
                    f"adapter {adapter.spec} returned {len(scores)} scores for {len(batch)} requests"
                )
            keys = [p.key for p in batch]
            cache.put_many(keys, scores)
            results.update(zip(keys, (float(s) for s in scores), strict=True))
            stats.batches += 1
            stats.tokens += sum(p.n_tokens for p in batch)
            stats.padded += padded_tokens(batch)
            bar.update(len(batch))
            batches.pop(0)
    stats.budget = budget
    return results


def score_requests(
    adapter: Adapter,
    requests: Mapping[str, Request],
    cache: ScoreCache | NullCache,
    *,
    batch_tokens: int | str | None = "auto",
    progress: bool = False,
    max_batch: int | None = None,
) -> tuple[dict[str, float] | None, ScoringStats]:
    """Scores of all ``requests`` by key (on rank 0; None on other ranks) and what it took."""
    start = time.perf_counter()
    stats = ScoringStats(unique=len(requests))
    keys = sorted(requests)
    prepared = {p.key: p for p in adapter.prepare([requests[k] for k in keys])}
    stats.truncated = {k for k, p in prepared.items() if p.truncated}
    rank, _ = shard.world()
    found = cache.get_many(keys) if rank == 0 else {}
    missing = shard.broadcast([k for k in keys if k not in found] if rank == 0 else None)
    stats.cached = len(keys) - len(missing)
    todo = sort_by_length([prepared[k] for k in shard.my_share(missing)])
    budget = resolve_budget(batch_tokens, adapter.device)
    computed = run_batches(adapter, todo, budget, cache, stats, progress and rank == 0, max_batch)
    gathered = shard.gather(computed)
    stats.scored = len(missing)
    stats.seconds = time.perf_counter() - start
    if gathered is None:
        return None, stats
    return {**found, **gathered}, stats
