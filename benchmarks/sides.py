"""The sides of a speed comparison, each scoring the same items with the same loaded adapter.

- ``engine``: ``rmbench.evaluate(adapter, items=files, cache=False)``, the whole call (read and
  validate the files, dedup, tokenise once, plan batches, score, map back, metrics with 200
  bootstrap resamples): what a user waits for.
- ``unshared``: the same with prefix sharing off (``adapter.share_prefix = False``).
- ``unpooled``: the same with an encoder's last layer run for every token
  (``adapter.pooled_last_layer = False``).
- ``naive``: the RewardBench-v1 loop: batches of 8 items in input order; for each batch, the
  first responses of the 8 items in one padded forward, then the second responses, and so on
  (chosen then rejected for pairs); every occurrence is tokenised and scored, each batch padded
  to its longest; the plain full forward of the model, no cache reuse.
- ``forward``: only the model calls over the engine's own deduplicated batches, tensors built
  beforehand, as the engine makes them (the floor the engine's overhead is measured against;
  classifiers only).

Every side returns (seconds, scores per item per response); the rendering is rmbench's
(``render``), the same on every side, so the scores must agree.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch

import rmbench
from rmbench.items import Item, read_items
from rmbench.models.base import Request
from rmbench.models.causal import response_logprobs
from rmbench.models.loading import pad_right
from rmbench.models.render import Rendered, render

Scores = list[list[list[float]]]  # per file, per item, per response


def load_items(files: Sequence[Path]) -> list[list[Item]]:
    return [read_items(f, pointwise=True) for f in files]


def _classifier_forward(adapter: Any, rendered: Sequence[Rendered]) -> list[float]:
    ids, mask = pad_right([r.input_ids for r in rendered], adapter.model.config.pad_token_id, adapter.device)
    kwargs = {}
    if rendered[0].token_type_ids is not None:
        kwargs["token_type_ids"] = pad_right([r.token_type_ids for r in rendered], 0, adapter.device)[0]
    with torch.inference_mode():
        logits = adapter.model(input_ids=ids, attention_mask=mask, **kwargs).logits.float()
    return logits[:, 0].tolist()


def _logprob_forward(adapter: Any, rendered: Sequence[Rendered]) -> list[float]:
    pairs = response_logprobs(adapter.model, rendered, adapter.pad_id)
    return [s / n if n else 0.0 for s, n in pairs]


def _sync(adapter: Any) -> None:
    if str(adapter.device).startswith("cuda"):
        torch.cuda.synchronize()


def naive(adapter: Any, items: Sequence[Sequence[Item]], batch_size: int = 8) -> tuple[float, Scores]:
    """RewardBench v1: fixed batches of ``batch_size`` items in input order, column by column."""
    forward = _logprob_forward if adapter.kind == "logprob" else _classifier_forward
    start = time.perf_counter()
    out: Scores = []
    for subset in items:
        scores: list[list[float]] = [[0.0] * it.k for it in subset]
        for i in range(0, len(subset), batch_size):
            chunk = range(i, min(i + batch_size, len(subset)))
            for j in range(max(subset[n].k for n in chunk)):
                rows = [n for n in chunk if j < subset[n].k]
                rendered = [
                    render(adapter.tokenizer, subset[n].prompt, subset[n].responses[j], adapter.max_length)
                    for n in rows
                ]
                for n, s in zip(rows, forward(adapter, rendered), strict=True):
                    scores[n][j] = s
        out.append(scores)
    _sync(adapter)
    return time.perf_counter() - start, out


def engine(
    adapter: Any, files: Sequence[Path], n_resamples: int = 200
) -> tuple[float, Scores, dict[str, Any]]:
    """The whole ``rmbench.evaluate`` call; also its manifest's request and timing figures."""
    start = time.perf_counter()
    (result,) = rmbench.evaluate(adapter, items=list(files), cache=False, n_resamples=n_resamples)
    _sync(adapter)
    seconds = time.perf_counter() - start
    scores = [[list(map(float, s)) for s in sub.scores] for sub in result.subsets]
    accuracy = {
        key: entry["metrics"][entry["primary_metric"]]["value"]
        for key, entry in result.summary["subsets"].items()
    }
    info = {"requests": result.manifest["requests"], "timing": result.manifest["timing"], "metric": accuracy}
    return seconds, scores, info


def forward_only(adapter: Any, items: Sequence[Sequence[Item]], budget: int) -> tuple[float, int]:
    """Seconds in the classifier's forward calls over the engine's batches (inputs built
    beforehand): ``adapter.logits``, the same call the engine makes, so with the pooled last
    layer on (encoders, see rmbench.models.pooled_encoder) the floor is the pooled forward."""
    from rmbench.engine.batching import plan_batches

    unique = {
        r.key(): r for subset in items for it in subset for r in (Request(it.prompt, x) for x in it.responses)
    }
    batches = plan_batches(adapter.prepare(list(unique.values())), budget)
    inputs = [adapter.batch_inputs(batch) for batch in batches]
    start = time.perf_counter()
    for one in inputs:
        adapter.logits(one)[:, 0].tolist()
    _sync(adapter)
    return time.perf_counter() - start, len(batches)


def max_diff(a: Scores, b: Scores) -> float:
    return max(
        (
            abs(x - y)
            for sa, sb in zip(a, b, strict=True)
            for ia, ib in zip(sa, sb, strict=True)
            for x, y in zip(ia, ib, strict=True)
        ),
        default=0.0,
    )


def alternate(sides: dict[str, Callable[[], tuple[float, Any]]], repeats: int) -> dict[str, list[float]]:
    """Run the sides in turn ``repeats`` times (engine, naive, engine, naive, ...): on a shared
    machine a slow spell then hits both sides, not one."""
    runs: dict[str, list[float]] = {name: [] for name in sides}
    for r in range(repeats):
        for name, run in sides.items():
            seconds, _ = run()
            runs[name].append(round(seconds, 3))
            print(f"  repeat {r + 1}/{repeats} {name}: {seconds:.2f}s", flush=True)
    return runs
