"""``rmbench report RUN``: print a run's figures with intervals, gaps, diagnostics and flags."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmbench.results import Run


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "runs",
        nargs="+",
        type=Path,
        metavar="RUN",
        help="run folder(s) written by `rmbench run`, or folders of run folders",
    )
    parser.add_argument(
        "--length-run",
        type=Path,
        default=None,
        metavar="RUN",
        help="run folder of the `length` baseline on the same subsets: flags subsets where the "
        "model does no better (default: a `length` run among RUNs, else a length run beside RUN "
        "with the same selection of items)",
    )
    parser.add_argument(
        "--flags-json",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write the flags as JSON (a list per run)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 if any run has a flag")
    parser.set_defaults(handler=run)


def sibling_length_run(target: Run) -> Run | None:
    """A ``length`` baseline run beside ``target`` (same parent folder or archive) on the same selection."""
    from rmbench.results import RunFolderError, load_runs
    from rmbench.results.identity import is_length_baseline

    try:
        siblings = load_runs([target.folder.parent])
    except (FileNotFoundError, RunFolderError):
        return None
    for run in siblings:
        same = run.manifest.get("selection") == target.manifest.get("selection")
        if is_length_baseline(run) and same and set(target.subsets) <= set(run.subsets):
            return run
    return None


def run(args: argparse.Namespace) -> int:
    from rmbench.cli import CommandError
    from rmbench.report.console import find_flags, render_report
    from rmbench.results import RunFolderError, load_runs
    from rmbench.results.identity import is_length_baseline

    try:
        runs = load_runs(args.runs)
        length_run = load_runs([args.length_run])[0] if args.length_run else None
    except RunFolderError as exc:
        raise CommandError(str(exc)) from exc
    if not runs:
        raise CommandError(f"no run folder in {', '.join(map(str, args.runs))}")
    length_run = length_run or next((r for r in runs if is_length_baseline(r)), None)
    if length_run is None:
        length_run = sibling_length_run(runs[0])
    all_flags: dict[str, list[dict[str, str]]] = {}
    for i, r in enumerate(runs):
        if i:
            print()
        baseline = (
            length_run
            if length_run is not None and length_run.folder.resolve() != r.folder.resolve()
            else None
        )
        print(render_report(r, baseline), end="")
        all_flags[str(r.folder)] = [vars(f) for f in find_flags(r, baseline)]
    if args.flags_json:
        from rmbench.items import atomic_write_text

        atomic_write_text(args.flags_json, json.dumps(all_flags, indent=2, sort_keys=True) + "\n")
    if args.strict and any(all_flags.values()):
        return 1
    return 0
