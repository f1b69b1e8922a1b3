r"""Metrics at scale: 100,000 items x 1,000 bootstrap resamples.

Compares rmbench's vectorised path (per-item values by broadcasting over items grouped by k,
chunked bootstrap of means) with a straightforward baseline (a Python loop over items and
pairs, and one `np.random.choice` + mean per resample), side by side on the same data, and
checks both give the same point estimate. Reports a speed ratio and peak memory, not a timed
assertion.

    python benchmarks/bench_metrics.py [--items 100000] [--resamples 1000] \
        [--out benchmarks/results/metrics.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import time
import tracemalloc
from pathlib import Path

import numpy as np

from rmbench.metrics import kendall_tau_b_per_item, mean_ci, pairwise_accuracy_per_item


def make_data(n: int, seed: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
    rng = np.random.default_rng(seed)
    ks = rng.choice([2, 2, 2, 4, 6], size=n)
    gold = [rng.integers(0, 5, size=k).astype(float) for k in ks]
    for g in gold:
        if np.ptp(g) == 0:
            g[0] += 1
    scores = [g + rng.normal(0, 2.0, size=len(g)) for g in gold]
    return scores, gold


def naive_accuracy(scores, gold, tie_credit=0.5) -> np.ndarray:
    out = []
    for s, g in zip(scores, gold, strict=True):
        credit = n = 0.0
        for a in range(len(g)):
            for b in range(len(g)):
                if g[a] > g[b]:
                    n += 1
                    credit += 1.0 if s[a] > s[b] else tie_credit if s[a] == s[b] else 0.0
        out.append(credit / n)
    return np.array(out)


def naive_bootstrap(values: np.ndarray, resamples: int, seed: int) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    means = [rng.choice(values, size=len(values), replace=True).mean() for _ in range(resamples)]
    return tuple(np.quantile(means, [0.025, 0.975]))


def timed(fn):
    tracemalloc.start()
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/metrics.json"))
    args = parser.parse_args()
    scores, gold = make_data(args.items, args.seed)

    def fast():
        acc = pairwise_accuracy_per_item(scores, gold)
        tau = kendall_tau_b_per_item(scores, gold)
        return mean_ci(acc, n_resamples=args.resamples, seed=args.seed), np.nanmean(tau)

    def slow():
        acc = naive_accuracy(scores, gold)
        return float(acc.mean()), naive_bootstrap(acc, args.resamples, args.seed)

    (est, _), t_fast, m_fast = timed(fast)
    (naive_mean, naive_ci), t_slow, m_slow = timed(slow)
    assert abs(est.value - naive_mean) < 1e-12, (est.value, naive_mean)
    result = {
        "items": args.items,
        "resamples": args.resamples,
        "seed": args.seed,
        "rmbench_seconds": round(t_fast, 3),
        "baseline_seconds": round(t_slow, 3),
        "speedup": round(t_slow / t_fast, 2),
        "rmbench_peak_mb": round(m_fast / 2**20, 1),
        "baseline_peak_mb": round(m_slow / 2**20, 1),
        "accuracy": est.value,
        "ci": [est.ci_low, est.ci_high],
        "baseline_ci": list(naive_ci),
        "machine": f"{platform.machine()} {platform.python_version()}",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
