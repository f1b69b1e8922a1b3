"""The engine against the naive loop (and other sides) on a workload like the real ones, on CPU.

Sides (see ``sides.py``): ``engine`` (rmbench.evaluate), ``naive`` (RewardBench-v1 loop),
``unshared`` (the engine with prefix sharing off), ``unpooled`` (the engine with an encoder's
last layer run for every token), ``forward`` (only the model calls over the
engine's batches), ``bf16`` (the engine with the model in bfloat16). They run in turn,
``--repeats`` times, and the best (least disturbed) time of each is compared; every run's time
is kept in the result, with the machine's load average before and after. Scores of every side
are compared with the engine's (max |diff|); ``bf16`` also reports how far each subset's primary
metric moved.

    nice -n 10 python benchmarks/bench_workloads.py --workload suite --model minilm \\
        --sides engine,naive,forward --sample 10 --repeats 2 --out benchmarks/results/x.json
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
from pathlib import Path
from typing import Any

import bench_models
import sides
import torch
import workloads

SIDES = ("engine", "naive", "unshared", "unpooled", "forward", "bf16")


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workload", choices=["suite", "mqm", "prompt_heavy"], required=True)
    parser.add_argument("--model", choices=sorted(bench_models.DESCRIPTIONS), required=True)
    parser.add_argument("--sides", default="engine,naive", help=f"comma-separated, from {', '.join(SIDES)}")
    parser.add_argument(
        "--sample", type=int, default=None, help="items per subset (suite, prompt_heavy) or segments (mqm)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of --sample")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads for every side (the CPU is shared)"
    )
    parser.add_argument("--data-dir", type=Path, default=workloads.DEFAULT_DATA)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.sides = [s.strip() for s in args.sides.split(",") if s.strip()]
    unknown = set(args.sides) - set(SIDES)
    if unknown or "engine" not in args.sides:
        parser.error(f"--sides: needs engine, and only {', '.join(SIDES)} (got {args.sides})")
    return args


def _runners(
    args: argparse.Namespace, adapter: Any, files: list[Path]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(side -> zero-argument runner, what the last run of each side produced)."""
    items = sides.load_items(files)
    last: dict[str, Any] = {}

    def engine(off: str = "", model: Any = adapter, name: str = "engine"):  # type: ignore[no-untyped-def]
        """The engine, with the adapter switch ``off`` (share_prefix, pooled_last_layer) turned off."""
        previous = getattr(model, off, None)
        if off:
            setattr(model, off, False)
        try:
            seconds, scores, info = sides.engine(model, files)
        finally:
            if off:
                setattr(model, off, previous)
        last[name] = (scores, info)
        return seconds, scores

    def naive():  # type: ignore[no-untyped-def]
        seconds, scores = sides.naive(adapter, items)
        last["naive"] = (scores, None)
        return seconds, scores

    def forward():  # type: ignore[no-untyped-def]
        seconds, n = sides.forward_only(adapter, items, budget=1024)
        last["forward"] = (None, {"batches": n})
        return seconds, None

    runners = {"engine": engine, "naive": naive, "forward": forward}
    runners["unshared"] = lambda: engine(off="share_prefix", name="unshared")
    runners["unpooled"] = lambda: engine(off="pooled_last_layer", name="unpooled")
    if "bf16" in args.sides:
        low = bench_models.load(args.model, dtype="bfloat16")
        low.fingerprint()
        runners["bf16"] = lambda: engine(model=low, name="bf16")
    return {s: runners[s] for s in args.sides}, last


def _compare(args: argparse.Namespace, runs: dict[str, list[float]], last: dict[str, Any]) -> dict[str, Any]:
    best = {name: min(times) for name, times in runs.items()}
    engine_scores, engine_info = last["engine"]
    out: dict[str, Any] = {"seconds_best": {k: round(v, 3) for k, v in best.items()}}
    for name in best:
        if name == "engine":
            continue
        ratio = best[name] / best["engine"]
        out[f"{name}_over_engine"] = round(ratio, 3)
        scores = last[name][0]
        if scores is not None:
            out[f"max_abs_score_diff_{name}"] = sides.max_diff(engine_scores, scores)
    if "bf16" in last:
        moved = {k: round(v - engine_info["metric"][k], 4) for k, v in last["bf16"][1]["metric"].items()}
        out["bf16_metric_change"] = moved
        out["bf16_max_abs_metric_change"] = max((abs(v) for v in moved.values()), default=0.0)
        diffs = [
            abs(a - b)
            for sa, sb in zip(engine_scores, last["bf16"][0], strict=True)
            for ia, ib in zip(sa, sb, strict=True)
            for a, b in zip(ia, ib, strict=True)
        ]
        out["bf16_mean_abs_score_diff"] = sum(diffs) / len(diffs)
    out["engine_requests"] = engine_info["requests"]
    timing = engine_info["timing"]
    out["engine_batches"] = timing["batches"]
    out["engine_tokens_computed"] = (
        round(timing["tokens_per_second"] * timing["scoring_seconds"])
        if timing["tokens_per_second"]
        else None
    )
    out["engine_padding_efficiency"] = timing["padding_ratio"]
    return out


def main() -> None:
    args = _parse()
    torch.set_num_threads(args.threads)
    folder = Path(tempfile.mkdtemp(prefix="rmbench-bench-"))
    files = workloads.build(args.workload, folder, sample=args.sample, seed=args.seed, data_dir=args.data_dir)
    adapter = bench_models.load(args.model)
    adapter.fingerprint()  # hashes the weights once, outside every timed run
    before = workloads.machine()
    runners, last = _runners(args, adapter, files)
    runs = sides.alternate(runners, args.repeats)
    report = {
        "benchmark": "workload",
        "workload": args.workload,
        "workload_shape": workloads.describe(files),
        "model": bench_models.DESCRIPTIONS[args.model],
        "dtype": adapter.dtype,
        "prefix_sharing": adapter.share_prefix,
        "pooled_last_layer": getattr(adapter, "pooled_last_layer", False),
        "sample": args.sample,
        "seed": args.seed,
        **_compare(args, runs, last),
        "runs": runs,
        "machine_before": before,
        "machine_after": workloads.machine(),
        "command": "nice -n 10 python " + " ".join(shlex.quote(a) for a in sys.argv),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(
        json.dumps(
            {k: v for k, v in report.items() if k not in ("runs", "machine_before", "machine_after")},
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
