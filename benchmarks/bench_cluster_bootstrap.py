"""The cluster bootstrap at scale: 100,000 items in 20,000 clusters x 1,000 resamples.

Side by side on the same data: rmbench's vectorised path (per-cluster sums, draw counts per
resample in chunks, one matrix product) against a straightforward loop (per resample, draw
clusters with ``rng.choice`` and average the items of the drawn clusters). Both estimate the
same interval; the figures reported are wall time of each, their ratio, peak memory, and the
two intervals (close, not equal: different random draws).

    python benchmarks/bench_cluster_bootstrap.py [--items 100000] [--clusters 20000] [--resamples 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
import tracemalloc
from pathlib import Path

import numpy as np

from rmbench.metrics import mean_ci


def make_data(items: int, clusters: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, clusters, size=items)
    keys[:clusters] = np.arange(clusters)  # every cluster holds at least one item
    skill = rng.uniform(0.3, 0.9, size=clusters)
    values = (rng.uniform(size=items) < skill[keys]).astype(float)
    return values, keys.astype(str)


def naive(values: np.ndarray, keys: np.ndarray, resamples: int, seed: int) -> tuple[float, float]:
    names, index = np.unique(keys, return_inverse=True)
    members = [np.flatnonzero(index == c) for c in range(len(names))] if len(names) <= 2000 else None
    order = np.argsort(index, kind="stable")
    bounds = np.searchsorted(index[order], np.arange(len(names) + 1))
    rng = np.random.default_rng(seed)
    means = []
    for _ in range(resamples):
        drawn = rng.choice(len(names), size=len(names), replace=True)
        if members is not None:
            picked = np.concatenate([members[c] for c in drawn])
        else:
            picked = np.concatenate([order[bounds[c] : bounds[c + 1]] for c in drawn])
        means.append(values[picked].mean())
    lo, hi = np.quantile(means, [0.025, 0.975])
    return float(lo), float(hi)


def timed(fn):  # type: ignore[no-untyped-def]
    tracemalloc.start()
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--clusters", type=int, default=20_000)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--naive-resamples", type=int, default=100, help="the loop is slow: time fewer and scale"
    )
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/cluster_bootstrap.json"))
    args = parser.parse_args()
    values, keys = make_data(args.items, args.clusters, args.seed)
    fast, fast_s, fast_mb = timed(lambda: mean_ci(values, keys, n_resamples=args.resamples, seed=args.seed))
    slow, slow_s, slow_mb = timed(lambda: naive(values, keys, args.naive_resamples, args.seed))
    slow_scaled = slow_s * args.resamples / args.naive_resamples
    result = {
        "workload": {
            "items": args.items,
            "clusters": args.clusters,
            "resamples": args.resamples,
            "seed": args.seed,
        },
        "rmbench": {
            "seconds": round(fast_s, 3),
            "peak_mb": round(fast_mb, 1),
            "interval": [fast.ci_low, fast.ci_high],
            "value": fast.value,
            "n_clusters": fast.n_clusters,
        },
        "naive_loop": {
            "seconds_for_resamples": round(slow_s, 3),
            "resamples_timed": args.naive_resamples,
            "seconds_scaled_to_all": round(slow_scaled, 3),
            "peak_mb": round(slow_mb, 1),
            "interval": list(slow),
        },
        "speedup": round(slow_scaled / fast_s, 1),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "load_avg": os.getloadavg()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
