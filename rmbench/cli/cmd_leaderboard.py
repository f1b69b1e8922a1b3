"""``rmbench leaderboard RUN... --out DIR``: tables, CSV, JSON and a static page from run folders."""

from __future__ import annotations

import argparse
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
    parser.add_argument("--title", default="rmbench leaderboard")
    parser.add_argument(
        "--preamble",
        type=Path,
        default=None,
        metavar="FILE",
        help="Markdown to put under the title of README.md (e.g. how to rebuild)",
    )
    parser.set_defaults(handler=run)


def expand_runs(paths: list[Path]) -> list[Path]:
    """Run folders as given; a folder without summary.json stands for the run folders inside it."""
    from rmbench.report.run_folder import SUMMARY_FILE

    out: list[Path] = []
    for p in paths:
        if (p / SUMMARY_FILE).exists():
            out.append(p)
        elif p.is_dir() and (inner := sorted(d for d in p.iterdir() if (d / SUMMARY_FILE).exists())):
            out.extend(inner)
        else:
            raise CommandError(f"{p}: not a run folder (no {SUMMARY_FILE}) and holds none")
    return out


def run(args: argparse.Namespace) -> int:
    from rmbench.report.leaderboard import LeaderboardError, build_leaderboard
    from rmbench.report.leaderboard_files import write_leaderboard
    from rmbench.report.run_folder import load_run

    runs = [load_run(p) for p in expand_runs(args.runs)]
    try:
        doc = build_leaderboard(
            runs,
            keep_apart=args.keep_apart,
            exclude=args.exclude,
            tie_credit=args.tie_credit,
            n_resamples=args.resamples,
            seed=args.seed,
            alpha=args.alpha,
        )
    except LeaderboardError as exc:
        raise CommandError(str(exc)) from exc
    preamble = args.preamble.read_text(encoding="utf-8") if args.preamble else ""
    for path in write_leaderboard(doc, args.out, title=args.title, preamble=preamble):
        print(path)
    top = doc["tables"]["overall"][:5]
    for row in top:
        value = "n/a" if row["value"] is None else f"{100 * row['value']:.1f}%"
        print(f"  {row['rank']}. {row['model']}  {value}  (group {row.get('group') or '-'})")
    return 0
