"""The GPU run: MFU of a ~1B Llama-shaped classifier, the engine against the naive loop, prefix sharing.

On one NVIDIA GPU, in well under 10 minutes (a deadline skips what would not fit, and says so):

1. **MFU**: a randomly initialised ~1.03B-parameter Llama classifier (TinyLlama's shape: hidden
   2048, 22 layers, 32 / 4 heads, MLP 5632, one-output head) in bf16 scores the whole built-in
   suite (workload a) through ``rmbench.evaluate`` with ``--batch-tokens auto`` (start at 2^20
   padded tokens, halve on out-of-memory). FLOPs are counted per batch as the engine ran it
   (a shared prompt once): 2 x non-embedding parameters per token plus causal attention
   (2 x layers x hidden x L^2 for a sequence of L tokens; a response of T tokens after a shared
   prompt of P: 2 x layers x hidden x (2PT + T^2)). MFU = FLOPs / seconds / peak bf16 FLOP/s,
   once over the time inside the model calls and once over the whole scoring call.
2. **Engine vs naive** on workload (a): the naive RewardBench-v1 loop (``sides.naive``: batches
   of 8 items in input order, padded, every occurrence scored), scores compared.
3. **Prefix sharing** on workload (c) (QA and customer-service rankings, k = 4): the engine with
   and without sharing, scores compared; also a ~1B Llama causal LM as ``logprob`` on (c).

The tokenizer is a 32k byte-level BPE trained here on the suite's own texts (offline, seeded by
construction), so token counts are realistic without a download. ``--smoke`` runs every step
with a tiny model on CPU on a few items per subset, to check the script (its figures mean nothing).

    bash benchmarks/gpu_run.sh [OUT_DIR]          # or: python benchmarks/gpu_run.py --out DIR [--smoke]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_models
import sides
import torch
import workloads

from rmbench.engine.batching import shared_prefixes
from rmbench.models import load_adapter

PEAK_TFLOPS = {
    "H200": 989.0,
    "H100": 989.0,
    "H800": 989.0,
    "A100": 312.0,
    "L40S": 362.0,
    "A10G": 70.0,
    "L4": 121.0,
}


class FlopCounter:
    """Wraps an adapter's ``score_batch``: FLOPs of each batch as run, and the time inside it."""

    def __init__(self, adapter: Any, shape: dict[str, int]):
        self.adapter, self.shape = adapter, shape
        self.flops = 0.0
        self.seconds = 0.0
        self.tokens = 0
        self._inner = adapter.score_batch
        adapter.score_batch = self._score

    def _attention(self, tokens: int, before: int = 0) -> float:
        return (
            2.0
            * self.shape["num_hidden_layers"]
            * self.shape["hidden_size"]
            * (2 * before * tokens + tokens**2)
        )

    def _score(self, batch: list[Any]) -> list[float]:
        shared = shared_prefixes(batch) if self.adapter.share_prefix else {}
        per_token = 2.0 * self.shape["non_embedding"]
        for prefix in shared.values():
            self.flops += per_token * prefix + self._attention(prefix)
            self.tokens += prefix
        for p in batch:
            cut = p.shared if p.group in shared else 0
            tail = p.n_tokens - cut
            self.flops += per_token * tail + self._attention(tail, cut)
            self.tokens += tail
        _sync()
        start = time.perf_counter()
        out = self._inner(batch)
        _sync()
        self.seconds += time.perf_counter() - start
        return out


def _sync() -> None:
    if torch.cuda.is_available():
        torch.cuda.synchronize()


def _texts(files: list[Path]) -> list[str]:
    from rmbench.items.schema import prompt_text

    items = [it for subset in sides.load_items(files) for it in subset]
    return [prompt_text(it.prompt) for it in items] + [r for it in items for r in it.responses]


def _mfu(counter: FlopCounter, scoring_seconds: float, peak: float | None) -> dict[str, Any]:
    inside = counter.flops / counter.seconds if counter.seconds else 0.0
    whole = counter.flops / scoring_seconds if scoring_seconds else 0.0
    return {
        "flops": counter.flops,
        "tokens_computed": counter.tokens,
        "seconds_in_model_calls": round(counter.seconds, 3),
        "achieved_tflops_in_model_calls": round(inside / 1e12, 2),
        "achieved_tflops_whole_scoring": round(whole / 1e12, 2),
        "mfu_in_model_calls": round(inside / (peak * 1e12), 4) if peak else None,
        "mfu_whole_scoring": round(whole / (peak * 1e12), 4) if peak else None,
    }


def _engine(adapter: Any, files: list[Path], share: bool) -> tuple[float, Any, dict[str, Any]]:
    previous = adapter.share_prefix
    adapter.share_prefix = share and previous
    try:
        return sides.engine(adapter, files, n_resamples=100)
    finally:
        adapter.share_prefix = previous


def run(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    deadline = started + args.budget_s
    device = "cpu" if args.smoke else "cuda"
    work = Path(tempfile.mkdtemp(prefix="rmbench-gpu-"))
    suite = workloads.build("suite", work / "suite", sample=args.sample, seed=0, subsets=args.subsets)
    heavy = workloads.build("prompt_heavy", work / "heavy", sample=args.sample, seed=0)
    tokenizer = bench_models.train_tokenizer(_texts(suite), vocab_size=512 if args.smoke else 32000)
    size = "smoke" if args.smoke else "1b"
    shape = bench_models.build_llama(work / "cls", tokenizer, size, "seqcls", device)
    adapter = load_adapter(f"hf:{work / 'cls'}", device=device, max_length=4096, seed=0)
    adapter.fingerprint()
    name = torch.cuda.get_device_name() if device == "cuda" else "cpu (smoke)"
    peak = args.peak_tflops or next((v for k, v in PEAK_TFLOPS.items() if k in name), None)
    report: dict[str, Any] = {
        "device": name,
        "peak_bf16_tflops": peak,
        "dtype": adapter.dtype,
        "model": {"kind": "LlamaForSequenceClassification, random init (seed 0), 1 output", **shape},
        "workload_a": workloads.describe(suite),
        "workload_c": workloads.describe(heavy),
        "prefix_sharing_available": adapter.share_prefix,
        "skipped": [],
    }
    # 1. MFU on (a), prefix sharing on (the engine's default); a warm-up run first on CUDA.
    if device == "cuda":
        sides.engine(adapter, heavy, n_resamples=10)
    counter = FlopCounter(adapter, shape)
    engine_s, engine_scores, info = _engine(adapter, suite, share=True)
    adapter.score_batch = counter._inner
    report["mfu_suite"] = {
        "engine_seconds": round(engine_s, 3),
        **_mfu(counter, info["timing"]["scoring_seconds"], peak),
        "final_batch_tokens": info["timing"]["final_batch_tokens"],
        "oom_retries": info["timing"]["oom_retries"],
        "peak_memory": info["timing"]["peak_memory"],
        "requests": info["requests"],
    }
    # 2. Engine vs naive on (a).
    if time.perf_counter() < deadline - args.reserve_s:
        naive_s, naive_scores = sides.naive(adapter, sides.load_items(suite))
        report["engine_vs_naive_suite"] = {
            "engine_seconds": round(engine_s, 3),
            "naive_seconds": round(naive_s, 3),
            "speedup": round(naive_s / engine_s, 3),
            "max_abs_score_diff": sides.max_diff(engine_scores, naive_scores),
        }
    else:
        report["skipped"].append("engine_vs_naive_suite (deadline)")
    # 3. Prefix sharing on (c): the classifier, then a causal LM as logprob.
    report["prefix_sharing_heavy_classifier"] = _sharing(adapter, heavy)
    del adapter
    if device == "cuda":
        torch.cuda.empty_cache()
    if time.perf_counter() < deadline - args.reserve_s:
        lm_shape = bench_models.build_llama(work / "lm", tokenizer, size, "causal", device)
        lm = load_adapter(f"logprob:{work / 'lm'}", device=device, max_length=4096, seed=0)
        lm.fingerprint()
        report["prefix_sharing_heavy_logprob"] = {
            "model": {"kind": "LlamaForCausalLM, random init", **lm_shape},
            **_sharing(lm, heavy),
        }
    else:
        report["skipped"].append("prefix_sharing_heavy_logprob (deadline)")
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    return report


def _computed(info: dict[str, Any]) -> int:
    return round((info["timing"]["tokens_per_second"] or 0) * info["timing"]["scoring_seconds"])


def _sharing(adapter: Any, files: list[Path]) -> dict[str, Any]:
    shared_s, shared_scores, info = _engine(adapter, files, share=True)
    plain_s, plain_scores, plain_info = _engine(adapter, files, share=False)
    return {
        "shared_seconds": round(shared_s, 3),
        "unshared_seconds": round(plain_s, 3),
        "speedup": round(plain_s / shared_s, 3),
        "max_abs_score_diff": sides.max_diff(shared_scores, plain_scores),
        "tokens_computed_shared": _computed(info),
        "tokens_computed_unshared": _computed(plain_info),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "benchmarks/results")))
    parser.add_argument(
        "--smoke", action="store_true", help="tiny model on CPU, few items: checks the script only"
    )
    parser.add_argument(
        "--sample", type=int, default=None, help="items per subset (default: all; --smoke: 2)"
    )
    parser.add_argument(
        "--peak-tflops", type=float, default=None, help="peak bf16 TFLOP/s (default: by device name)"
    )
    parser.add_argument("--subsets", nargs="+", default=None, help="only these subsets of workload a (globs)")
    parser.add_argument("--budget-s", type=float, default=540.0, help="stop starting new steps after this")
    parser.add_argument("--reserve-s", type=float, default=90.0, help="time a step is assumed to need")
    args = parser.parse_args()
    if args.smoke and args.sample is None:
        args.sample = 2
    if not args.smoke and not torch.cuda.is_available():
        raise SystemExit("gpu_run.py needs an NVIDIA GPU (--smoke checks the script on CPU)")
    report = run(args)
    report["command"] = " ".join(["python benchmarks/gpu_run.py", *sys.argv[1:]])
    report["machine"] = workloads.machine()
    args.out.mkdir(parents=True, exist_ok=True)
    name = "gpu_run_smoke.json" if args.smoke else "gpu_run.json"
    (args.out / name).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
