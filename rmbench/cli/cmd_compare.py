"""``rmbench compare A B``: is model A better than model B, subset by subset, on the very same items?

A leaderboard ranks; a researcher deciding whether a change helped needs the paired difference
per subset with its interval and p-value (paired bootstrap over items, as the leaderboard's groups
use). Only runs on the same task version and data are compared (the leaderboard's subset
fingerprint); a subset whose items or gold differ between the runs is refused by name, never
compared on a mismatched set.
"""

from __future__ import annotations

import argparse
import fnmatch
from pathlib import Path
from typing import Any

from rmbench.cli import CommandError


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run_a", type=Path, metavar="A", help="run folder of the model under test")
    parser.add_argument(
        "run_b", type=Path, metavar="B", help="run folder of the model it is compared with (e.g. length)"
    )
    parser.add_argument(
        "--subsets", nargs="+", default=None, help="globs over task/subset keys (default: all shared)"
    )
    parser.add_argument(
        "--tie-credit", type=float, default=0.5, help="credit of a model tie (default 0.5; 0 = RewardBench)"
    )
    parser.add_argument("--n-resamples", type=int, default=10000, help="bootstrap resamples (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    parser.set_defaults(handler=run)


def compare_runs(
    run_a: Any,
    run_b: Any,
    *,
    patterns: list[str] | None = None,
    tie_credit: float = 0.5,
    n_resamples: int = 10000,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """One row per shared pairwise or ranking subset: accuracy of A and B, A - B with CI and p-value."""
    import numpy as np

    from rmbench.metrics import paired_test, pairwise_accuracy_per_item
    from rmbench.report.run_info import fingerprint_conflicts, subset_fingerprint

    shared = sorted(set(run_a.summary.get("subsets", {})) & set(run_b.summary.get("subsets", {})))
    if patterns:
        shared = [k for k in shared if any(fnmatch.fnmatchcase(k, p) for p in patterns)]
    rows: list[dict[str, Any]] = []
    for key in shared:
        conflicts = [
            c
            for c in fingerprint_conflicts(subset_fingerprint(run_a, key), subset_fingerprint(run_b, key))
            if c != "items_hash"
        ]  # differing items get the more telling messages below
        if conflicts:
            raise CommandError(
                f"{key}: the runs differ in {', '.join(conflicts)}; compare runs made on the same data"
            )
        a_rows = {r.id: r for r in run_a.item_scores(key)}
        b_rows = {r.id: r for r in run_b.item_scores(key)}
        ids = sorted(set(a_rows) & set(b_rows))
        if len(ids) != len(a_rows) or len(ids) != len(b_rows):
            raise CommandError(
                f"{key}: the runs scored different items ({len(a_rows)} vs {len(b_rows)}, "
                f"{len(ids)} shared); compare runs made on the same data"
            )
        if any(a_rows[i].gold != b_rows[i].gold for i in ids):
            raise CommandError(f"{key}: the runs disagree on gold labels; compare runs made on the same data")
        if all(len(a_rows[i].gold) < 2 for i in ids):
            continue  # pointwise: no per-item accuracy to pair
        gold = [a_rows[i].gold for i in ids]
        acc_a = pairwise_accuracy_per_item([a_rows[i].scores for i in ids], gold, tie_credit)
        acc_b = pairwise_accuracy_per_item([b_rows[i].scores for i in ids], gold, tie_credit)
        test = paired_test(acc_a, acc_b, n_resamples=n_resamples, seed=seed)
        rows.append(
            {
                "subset": key,
                "items": test.n,
                "a": float(np.nanmean(acc_a)),
                "b": float(np.nanmean(acc_b)),
                "diff": test.difference,
                "ci_low": test.ci_low,
                "ci_high": test.ci_high,
                "p_value": test.p_value,
            }
        )
    return rows


def run(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from rmbench.report.run_folder import load_run
    from rmbench.report.run_info import model_label

    try:
        run_a, run_b = load_run(args.run_a), load_run(args.run_b)
    except (FileNotFoundError, ValueError) as exc:
        raise CommandError(str(exc)) from exc
    rows = compare_runs(
        run_a,
        run_b,
        patterns=args.subsets,
        tie_credit=args.tie_credit,
        n_resamples=args.n_resamples,
        seed=args.seed,
    )
    if not rows:
        raise CommandError(
            "the runs share no pairwise or ranking subset" + (" matching --subsets" if args.subsets else "")
        )
    a, b = model_label(run_a), model_label(run_b)
    print(f"A = {a}  ({args.run_a})\nB = {b}  ({args.run_b})")
    print(
        f"Pairwise accuracy in %; A - B in points with 95% paired-bootstrap interval over the same items "
        f"({args.n_resamples} resamples, seed {args.seed}); p: two-sided paired bootstrap p-value."
    )
    table = [
        [
            r["subset"],
            r["items"],
            f"{100 * r['a']:.1f}",
            f"{100 * r['b']:.1f}",
            f"{100 * r['diff']:+.1f} [{100 * r['ci_low']:+.1f}, {100 * r['ci_high']:+.1f}]",
            f"{r['p_value']:.4f}",
        ]
        for r in rows
    ]
    print(tabulate(table, headers=["subset", "items", "A", "B", "A - B (pt)", "p"], disable_numparse=True))
    return 0
