"""``rmbench report RUN``: print a run's figures with intervals, gaps, diagnostics and flags."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "runs", nargs="+", type=Path, metavar="RUN", help="run folder(s) written by `rmbench run`"
    )
    parser.add_argument(
        "--length-run",
        type=Path,
        default=None,
        metavar="RUN",
        help="run folder of the `length` baseline on the same subsets: flags subsets where the "
        "model does no better (default: a `length` run among RUNs, else a sibling folder "
        "`length` beside RUN, as `rmbench run` writes them)",
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


def sibling_length_run(folder: Path):
    """The ``length`` baseline's run folder beside ``folder`` (same parent), if there is one."""
    from rmbench.report.run_folder import SUMMARY_FILE, load_run
    from rmbench.report.run_info import is_length_baseline

    candidate = folder.parent / "length"
    if (candidate / SUMMARY_FILE).exists():
        try:
            run = load_run(candidate)
        except ValueError:  # another schema version: not usable as a baseline
            return None
        return run if is_length_baseline(run) else None
    return None


def run(args: argparse.Namespace) -> int:
    from rmbench.report.console import find_flags, render_report
    from rmbench.report.run_folder import load_run
    from rmbench.report.run_info import is_length_baseline

    runs = [load_run(folder) for folder in args.runs]
    length_run = (
        load_run(args.length_run)
        if args.length_run
        else next((r for r in runs if is_length_baseline(r)), None)
    )
    if length_run is None:
        length_run = sibling_length_run(args.runs[0])
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
