"""Score a set of distinct requests: tokenise once, skip cached ones, shard, pack, score, cache.

Every request is prepared (tokenised) once, even the cached ones, so truncation is counted the
same whether or not a score came from the cache. Only the missing ones are scored, longest
first, in batches under a token budget (requests sharing a prompt together, so a causal model
runs the prompt once); every score is checked (a finite number, else :class:`ScoreError`) and
committed to the cache as soon as the adapter hands it over (a batch at a time, or one response at
a time for http). On an out-of-memory error the budget halves and the remaining batches are
planned again.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from numbers import Real

from rmbench.engine import shard
from rmbench.engine.batching import (
    AUTO_START_BUDGET,
    DEFAULT_CPU_BUDGET,
    MIN_BUDGET,
    is_oom,
    plan_batches,
    tokens_computed,
)
from rmbench.engine.cache import NullCache, ScoreCache
from rmbench.models.base import Adapter, Prepared, Request, ScoreError

log = logging.getLogger(__name__)


@dataclass
class ScoringStats:
    unique: int = 0
    cached: int = 0
    scored: int = 0  # by this process and the other ranks
    batches: int = 0
    tokens: int = 0  # tokens run through the model (a prompt shared by several requests once)
    padded: int = 0  # the same with padding
    shared: int = 0  # prompt tokens not recomputed thanks to prefix sharing
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


def _count_batch(batch: Sequence[Prepared], stats: ScoringStats) -> None:
    real, padded = tokens_computed(batch)
    stats.batches += 1
    stats.tokens += real
    stats.padded += padded
    stats.shared += sum(p.n_tokens for p in batch) - real


def run_batches(
    adapter: Adapter,
    todo: Sequence[Prepared],
    budget: int,
    cache: ScoreCache | NullCache,
    stats: ScoringStats,
    progress: bool = False,
    max_batch: int | None = None,
) -> dict[str, float]:
    """Score prepared requests in planned batches (prefix groups together); halve the budget on OOM."""
    from tqdm import tqdm

    results: dict[str, float] = {}
    batches = plan_batches(todo, budget, max_batch)
    done = 0
    with tqdm(
        total=len(todo),
        unit="req",
        disable=not progress,
        desc=f"scoring {adapter.name}",
        dynamic_ncols=True,
        mininterval=1.0,
    ) as bar:
        while done < len(batches):
            batch = batches[done]
            try:
                _score_batch(adapter, batch, cache, results)
            except Exception as exc:
                if not is_oom(exc) or len(batch) == 1:  # one request alone cannot shrink
                    raise
                budget = max(budget // 2, MIN_BUDGET)
                stats.oom_retries += 1
                log.warning(
                    "out of memory on a batch of %d requests: token budget halved to %d", len(batch), budget
                )
                _empty_cuda_cache()
                left = [p for b in batches[done:] for p in b if p.key not in results]
                batches = plan_batches(left, budget, max_batch)
                done = 0
                continue
            _count_batch(batch, stats)
            bar.update(len(batch))
            done += 1
    stats.budget = budget
    return results


def checked_score(adapter: Adapter, prepared: Prepared, value: object) -> float:
    """A score as a float, or :class:`ScoreError`: a string, a bool, NaN or an infinity is not a score,
    and one must never reach the cache (it would poison every later run of the model)."""
    if getattr(value, "ndim", None) == 0 and hasattr(value, "item"):  # a numpy or torch scalar
        value = value.item()
    if isinstance(value, Real) and not isinstance(value, bool):
        try:
            score = float(value)
        except OverflowError:  # an integer too large for a float
            score = math.inf
        if math.isfinite(score):
            return score
    shown = repr(value) if len(repr(value)) <= 80 else repr(value)[:77] + "..."
    raise ScoreError(
        f"adapter {adapter.spec} returned {shown} for request {prepared.key[:12]}: "
        "a score must be a finite number (not NaN, an infinity, a string or a bool); it was not cached"
    )


def _score_batch(
    adapter: Adapter, batch: Sequence[Prepared], cache: ScoreCache | NullCache, results: dict[str, float]
) -> None:
    """Score one batch, checking and caching each chunk as the adapter hands it over."""
    done = 0
    for chunk in adapter.score_chunks(batch):
        keys = [batch[i].key for i, _ in chunk]
        scores = [checked_score(adapter, batch[i], s) for i, s in chunk]
        cache.put_many(keys, scores)
        results.update(zip(keys, scores, strict=True))
        done += len(chunk)
    if done != len(batch):
        raise ScoreError(f"adapter {adapter.spec} returned {done} scores for {len(batch)} requests")


def _my_share(missing: Sequence[str], prepared: Mapping[str, Prepared]) -> list[Prepared]:
    """This rank's part of the missing requests: whole prefix groups, dealt round robin."""
    _, size = shard.world()
    if size == 1:
        return [prepared[k] for k in missing]
    units: dict[object, list[Prepared]] = {}
    for k in missing:
        p = prepared[k]
        units.setdefault(("group", p.group) if p.group is not None else ("key", k), []).append(p)
    return [p for unit in shard.my_share(list(units.values())) for p in unit]


def score_requests(
    adapter: Adapter,
    requests: Mapping[str, Request],
    cache: ScoreCache | NullCache,
    *,
    batch_tokens: int | str | None = "auto",
    progress: bool = False,
    max_batch: int | None = None,
) -> tuple[dict[str, float] | None, ScoringStats]:
    """Scores of all ``requests`` by key (on rank 0; None on other ranks) and what it took.

    Adapters whose scores cost nothing (``cacheable = False``: length, random) skip the cache,
    which would cost more than the scores.
    """
    start = time.perf_counter()
    stats = ScoringStats(unique=len(requests))
    keys = list(requests)  # insertion order: the same on every rank
    prepared = {p.key: p for p in adapter.prepare(list(requests.values()))}
    stats.truncated = {k for k, p in prepared.items() if p.truncated}
    if not adapter.cacheable:
        cache = NullCache()
    rank, _ = shard.world()
    found = cache.get_many(keys) if rank == 0 else {}
    missing = shard.broadcast([k for k in keys if k not in found] if rank == 0 else None)
    stats.cached = len(keys) - len(missing)
    budget = resolve_budget(batch_tokens, adapter.device)
    mine = _my_share(missing, prepared)
    computed = run_batches(adapter, mine, budget, cache, stats, progress and rank == 0, max_batch)
    gathered = shard.gather(computed)
    stats.scored = len(missing)
    stats.seconds = time.perf_counter() - start
    if gathered is None:
        return None, stats
    if not found:
        return gathered, stats
    found.update(gathered)
    return found, stats
