"""GPU throughput and model FLOPs utilisation of the engine on a ~1B Llama-shaped reward model.

For a machine with an NVIDIA GPU. A randomly initialised ``LlamaForSequenceClassification``
(hidden 2048, 16 layers, 32 heads / 8 KV heads, MLP 8192, vocabulary 32,000: ~1.1B parameters)
is saved with a small word-level tokenizer, then scored by ``rmbench.evaluate`` in bf16 with
``--batch-tokens auto`` (start large, halve on out-of-memory) on synthetic chat items whose
lengths follow a spread of 64-2048 tokens. Reports tokens/s from the run manifest and

    MFU = tokens/s x (2 x non-embedding parameters + 2 x layers x mean context x hidden) / peak bf16 FLOP/s

(forward only; peak from the device name: H100/H200 989 TFLOP/s dense, A100 312; or --peak-tflops).

    python benchmarks/gpu_throughput.py [--requests 4000] [--out benchmarks/results/gpu_throughput.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

PEAK_TFLOPS = {"H200": 989.0, "H100": 989.0, "A100": 312.0, "L40S": 362.0, "A10": 125.0, "L4": 121.0}


SIZES = {
    "1b": {
        "hidden_size": 2048,
        "num_hidden_layers": 16,
        "num_attention_heads": 32,
        "num_key_value_heads": 8,
        "intermediate_size": 8192,
    },
    "smoke": {
        "hidden_size": 64,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "intermediate_size": 128,
    },
}


def build_model(folder: Path, seed: int, size: str, device: str) -> int:
    """Save a random Llama classifier + tokenizer; return its non-embedding parameter count."""
    from tiny_models import build_tokenizer
    from transformers import LlamaConfig, LlamaForSequenceClassification

    tokenizer = build_tokenizer(chat_template=True)
    config = LlamaConfig(
        vocab_size=32000,
        **SIZES[size],
        max_position_embeddings=4096,
        num_labels=1,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        tie_word_embeddings=False,
    )
    torch.manual_seed(seed)
    with torch.device(device):
        model = LlamaForSequenceClassification(config).to(
            torch.bfloat16 if device == "cuda" else torch.float32
        )
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    total = sum(p.numel() for p in model.parameters())
    embed = model.model.embed_tokens.weight.numel()
    del model
    torch.cuda.empty_cache()
    return total - embed


def synthetic_items(path: Path, n_requests: int, seed: int) -> float:
    """Pairs with prompt + response lengths spread over 64-2048 words; returns the mean length."""
    from tiny_models import CORPUS

    rng = random.Random(seed)
    lengths, lines = [], []
    for i in range(n_requests // 2):
        prompt_len = rng.randint(32, 1024)
        responses = [" ".join(rng.choices(CORPUS, k=rng.randint(32, 1024))) for _ in range(2)]
        lengths += [prompt_len + len(r.split()) for r in responses]
        lines.append(
            json.dumps(
                {
                    "id": str(i),
                    "prompt": " ".join(rng.choices(CORPUS, k=prompt_len)),
                    "responses": responses,
                    "gold": [1, 0],
                }
            )
        )
    path.write_text("\n".join(lines) + "\n")
    return sum(lengths) / len(lengths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--peak-tflops", type=float, default=None)
    parser.add_argument(
        "--smoke", action="store_true", help="a tiny model on CPU: checks the script, measures nothing"
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "gpu_throughput.json")
    args = parser.parse_args()
    device, size = ("cpu", "smoke") if args.smoke else ("cuda", "1b")
    if device == "cuda" and not torch.cuda.is_available():
        raise SystemExit("gpu_throughput.py needs an NVIDIA GPU (--smoke checks the script on CPU)")
    import rmbench

    name = torch.cuda.get_device_name() if device == "cuda" else "cpu (smoke test)"
    peak = args.peak_tflops or next((v for k, v in PEAK_TFLOPS.items() if k in name), None)
    work = Path(tempfile.mkdtemp())
    non_embedding = build_model(work / "model", args.seed, size, device)
    mean_len = synthetic_items(work / "items.jsonl", args.requests, args.seed)
    start = time.perf_counter()
    result = rmbench.evaluate(
        f"hf:{work / 'model'}",
        items=[work / "items.jsonl"],
        batch_tokens="auto",
        device=device,
        max_length=4096,
        cache=False,
        n_resamples=100,
    )
    wall = time.perf_counter() - start
    timing = result.manifest["timing"]
    tokens_per_s = timing["tokens_per_second"]
    flops_per_token = (
        2 * non_embedding + 2 * SIZES[size]["num_hidden_layers"] * mean_len * SIZES[size]["hidden_size"]
    )
    achieved = tokens_per_s * flops_per_token
    report = {
        "benchmark": "gpu_throughput",
        "device": name,
        "dtype": result.manifest["dtype"],
        "non_embedding_parameters": non_embedding,
        "requests": result.manifest["requests"]["unique"],
        "mean_tokens_per_request": round(mean_len, 1),
        "batch_tokens_final": timing["final_batch_tokens"],
        "oom_retries": timing["oom_retries"],
        "padding_efficiency": timing["padding_ratio"],
        "tokens_per_second": tokens_per_s,
        "requests_per_second": timing["requests_per_second"],
        "achieved_tflops": round(achieved / 1e12, 1),
        "peak_tflops": peak,
        "mfu": round(achieved / (peak * 1e12), 4) if peak and device == "cuda" else None,
        "peak_memory": timing["peak_memory"],
        "wall_seconds_incl_load": round(wall, 1),
        "command": f"python benchmarks/gpu_throughput.py --requests {args.requests}",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
