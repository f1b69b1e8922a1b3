"""``rmbench run``: score a reward model on tasks and item files; writes one run folder per model.

With no ``--model``, scores the offline reference panel on the built-in suite: length, random and
chrF where references exist (``--panel full`` adds MiniLM embedding similarity, which costs minutes
on a CPU). Under ``torchrun`` the distinct
requests are sharded across ranks and rank 0 writes the run folder.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rmbench.cli.common import add_task_options

if TYPE_CHECKING:
    from rmbench.engine.run import RunResult


def _positive(value: str) -> int:
    """A count of items or tokens: refused by argparse (exit 2, a clear message) unless >= 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def _budget(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        return _positive(value)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"expected a positive integer or 'auto', got {value!r}") from None


def register(parser: argparse.ArgumentParser) -> None:  # long: one statement per command-line option
    from rmbench.models.registry import model_help

    add_task_options(parser)
    parser.add_argument(
        "--model",
        action="append",
        default=None,
        metavar="KIND:ARG",
        help=model_help(),
    )
    parser.add_argument(
        "--model-arg",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="adapter option, e.g. ref=PATH for dpo, api=score for http, num_labels=1 for hf",
    )
    parser.add_argument("--tasks", nargs="+", default=None, help="task names (default: all)")
    parser.add_argument("--subsets", nargs="+", default=None, help="globs over subset ids or task/subset")
    parser.add_argument(
        "--items",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="an item file scored as an ad-hoc subset (repeatable; no task.yaml needed)",
    )
    parser.add_argument(
        "--suite",
        choices=["builtin", "public", "all"],
        default=None,
        help="which subsets by data source (default: builtin, or all when --subsets is given)",
    )
    parser.add_argument(
        "--limit", type=_positive, default=None, help="score only the first N items of each subset"
    )
    parser.add_argument(
        "--sample",
        type=_positive,
        default=None,
        metavar="N",
        help="score a seeded sample of N items per subset, drawn by source so shifted twins stay paired",
    )
    parser.add_argument(
        "--sample-seed", type=int, default=0, help="seed of --sample (default 0; recorded in the manifest)"
    )
    parser.add_argument(
        "--batch-tokens",
        type=_budget,
        default="auto",
        metavar="N|auto",
        help="padded tokens per batch (auto: probe on CUDA, 1024 on CPU)",
    )
    parser.add_argument("--device", default=None, help="cpu, cuda, cuda:N (default: cuda when available)")
    parser.add_argument(
        "--dtype", default=None, help="float32, bfloat16, float16 (default: bf16 on GPU, fp32 on CPU)"
    )
    parser.add_argument("--device-map", default=None, help="'auto' to spread one large model over the GPUs")
    parser.add_argument(
        "--max-length", type=int, default=None, help="max tokens per request (prompt cut from the left)"
    )
    parser.add_argument(
        "--output", type=Path, default=Path("runs"), help="parent folder of run folders (default: runs)"
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of random baselines, new heads and bootstrap"
    )
    parser.add_argument(
        "--cache", type=Path, default=None, help="score cache file (default: ~/.cache/rmbench/scores.sqlite)"
    )
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the score cache")
    parser.add_argument("--n-resamples", type=int, default=1000, help="bootstrap resamples for the intervals")
    parser.add_argument(
        "--panel",
        choices=["quick", "full"],
        default="quick",
        help="with no --model: quick = length, random, chrF (seconds); full = also MiniLM embeddings "
        "(minutes on a CPU; the time is estimated before it starts)",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="hide the progress bar and the loading messages"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from rmbench.engine import shard
    from rmbench.engine.run import RunOptions, evaluate
    from rmbench.models.registry import parse_model_args
    from rmbench.results import RunFolderLockedError, RunNameError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    model_args = parse_model_args(args.model_arg)
    if args.device_map:
        model_args["device_map"] = args.device_map
    cache = False if args.no_cache else (args.cache or True)
    try:
        results = evaluate(
            args.model,
            RunOptions(
                tasks=args.tasks,
                subsets=args.subsets,
                items=args.items,
                suite=args.suite,
                data_dir=args.data_dir,
                task_dirs=args.task_dir,
                limit=args.limit,
                sample=args.sample,
                sample_seed=args.sample_seed,
                batch_tokens=args.batch_tokens,
                device=args.device,
                dtype=args.dtype,
                max_length=args.max_length,
                model_args=model_args,
                output=args.output,
                seed=args.seed,
                cache=cache,
                progress=not args.no_progress and sys.stderr.isatty(),
                n_resamples=args.n_resamples,
                panel=args.panel,
                announce=not args.no_progress,
            ),
        )
    except ConnectionError as exc:
        print(f"rmbench run: error: {exc}", file=sys.stderr)
        return 3
    except (RunFolderLockedError, RunNameError) as exc:
        print(f"rmbench run: error: {exc}", file=sys.stderr)
        return 2
    finally:
        shard.finish()
    for result in results:
        _print_result(result)
    if results and all(r.folder is not None for r in results):
        _print_compact(results, args.output)
    return 0


def _print_result(result: RunResult) -> None:
    timing = result.manifest["timing"]
    print(
        f"{result.name}: {result.folder}  ({timing['wall_seconds']:.1f}s, "
        f"{result.manifest['cache']['hits']} cached, {result.manifest['cache']['scored']} scored)"
    )
    by_reason: dict[str, list[str]] = {}
    for key, reason in result.skipped.items():
        by_reason.setdefault(reason, []).append(key)
    for reason, keys in by_reason.items():  # one line per reason: a baseline may skip most subsets
        shown = ", ".join(keys) if len(keys) <= 3 else f"{', '.join(keys[:2])} and {len(keys) - 2} more"
        print(f"  skipped ({reason}): {shown}")


def _print_compact(results: list[RunResult], output: Path) -> None:
    """One line per model (overall, in-distribution, shifted, gap, per domain) and where the rest is."""
    from rmbench.report.compact import compact_tables
    from rmbench.report.leaderboard import LeaderboardError, build_headline
    from rmbench.results import written_run

    try:
        runs = [written_run(r.folder, r.subsets) for r in results if r.folder is not None]
        doc = build_headline(runs, keep_apart=True)
    except LeaderboardError as exc:  # e.g. the same display name twice: the per-run lines above still hold
        print(f"(no summary table: {exc})")
        return
    if doc["tables"]["overall"]:
        print()
        print("Pairwise accuracy in % [95% interval, sources resampled]; natural shifts only, attacks apart:")
        print(compact_tables(doc))
    print(
        f"\nFull report: rmbench report {results[0].folder}   Robustness, subsets, paired tests: "
        f"rmbench leaderboard {output} --out board"
    )
