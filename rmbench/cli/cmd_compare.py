"""``rmbench compare A B``: is model A better than model B, subset by subset, on the very same items?

Paired cluster-bootstrap difference per subset with interval, p-value and Holm-adjusted p-value
across the compared subsets (:mod:`rmbench.report.compare`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

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


def run(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from rmbench.report.compare import ComparisonError, compare_runs
    from rmbench.report.format import figure_text
    from rmbench.results import RunFolderError, load_runs
    from rmbench.results.identity import model_label

    try:
        [run_a], [run_b] = load_runs([args.run_a]), load_runs([args.run_b])
        rows = compare_runs(
            run_a,
            run_b,
            patterns=args.subsets,
            tie_credit=args.tie_credit,
            n_resamples=args.n_resamples,
            seed=args.seed,
        )
    except (FileNotFoundError, RunFolderError, ComparisonError) as exc:
        raise CommandError(str(exc)) from exc
    if not rows:
        raise CommandError(
            "the runs share no pairwise or ranking subset" + (" matching --subsets" if args.subsets else "")
        )
    print(f"A = {model_label(run_a)}  ({args.run_a})\nB = {model_label(run_b)}  ({args.run_b})")
    print(
        f"Pairwise accuracy in %; A - B in points with 95% paired bootstrap interval resampling sources "
        f"({args.n_resamples} resamples, seed {args.seed}); p: two-sided; p (Holm): adjusted over the "
        f"{len(rows)} subsets compared."
    )
    table = [
        [
            r["subset"],
            f"{r['items']}/{r['clusters']}",
            f"{100 * r['a']:.1f}",
            f"{100 * r['b']:.1f}",
            figure_text({"value": r["diff"], "ci_low": r["ci_low"], "ci_high": r["ci_high"]}, signed=True),
            f"{r['p_value']:.4f}",
            f"{r['p_holm']:.4f}",
        ]
        for r in rows
    ]
    heads = ["subset", "items/clusters", "A", "B", "A - B (pt)", "p", "p (Holm)"]
    print(tabulate(table, headers=heads, disable_numparse=True))
    return 0
