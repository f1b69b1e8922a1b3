"""``rmbench leaderboard RUN... --out DIR``: tables, CSV, JSON and a static page from run folders."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rmbench.cli import CommandError


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "runs",
        nargs="+",
        type=Path,
        metavar="RUN",
        help="run folders (a folder holding run folders is expanded to them, sorted by name)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="where to write README.md, leaderboard.csv, leaderboard.json and index.html",
    )
    parser.add_argument(
        "--keep-apart",
        action="store_true",
        help="list subsets scored on different task versions or data as separate variants "
        "(default: refuse to build)",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="leave out subsets whose task/subset key matches (repeatable), e.g. 'demo/*'",
    )
    parser.add_argument(
        "--tie-credit", type=float, default=0.5, help="credit of a model tie (0 = RewardBench)"
    )
    parser.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    parser.add_argument("--alpha", type=float, default=0.05, help="significance level of the paired tests")
    parser.add_argument(
        "--audit",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="JSON of `rmbench audit --json` for these subsets: flag subsets a surface cue passes "
        "(repeatable)",
    )
    parser.add_argument("--title", default="rmbench leaderboard")
    parser.add_argument(
        "--preamble",
        type=Path,
        default=None,
        metavar="FILE",
        help="Markdown to put under the title of README.md (e.g. how to rebuild)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from rmbench.report.leaderboard import LeaderboardError, build_leaderboard
    from rmbench.report.leaderboard_files import write_leaderboard
    from rmbench.results import RunFolderError, load_runs

    try:
        runs = load_runs(args.runs)
        if not runs:
            raise CommandError(f"no run folder in {', '.join(map(str, args.runs))}")
        audit = [entry for path in args.audit for entry in json.loads(path.read_text(encoding="utf-8"))]
        doc = build_leaderboard(
            runs,
            keep_apart=args.keep_apart,
            exclude=args.exclude,
            tie_credit=args.tie_credit,
            n_resamples=args.resamples,
            seed=args.seed,
            alpha=args.alpha,
            audit=audit,
        )
    except (LeaderboardError, RunFolderError) as exc:
        raise CommandError(str(exc)) from exc
    preamble = args.preamble.read_text(encoding="utf-8") if args.preamble else ""
    for path in write_leaderboard(doc, args.out, title=args.title, preamble=preamble):
        print(path)
    for row in doc["tables"]["overall"][:5]:
        value = "n/a" if row["value"] is None else f"{100 * row['value']:.1f}%"
        print(f"  {row['rank']}. {row['model']}  {value}  (group {row.get('group') or '-'})")
    return 0
