"""``rmbench data``: fetch public datasets into the data cache (pinned upstream, sha256-checked), or check it.

``rmbench data fetch [TASK ...]`` downloads what the public subsets' loaders read, as listed in each
task's ``data_files.yaml``, into the data folder that ``--suite public`` reads when no ``--data-dir``
is given (``$RMBENCH_DATA_DIR``, else ``~/.cache/rmbench/data``). ``rmbench data status`` says what
is there. Files are checked by sha256 before they get their final name; an interrupted download is
resumed by running the same command again.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from rmbench.cli import CommandError
from rmbench.cli.common import add_task_options, registry_from
from rmbench.tasks import Task, TaskRegistry
from rmbench.tasks.datafiles import DataFile, default_data_dir, needed_files, read_data_files

GIVE_UP_AFTER = 3  # consecutive failures: the network (or the mirror) is down, not one file


def register(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    fetch = sub.add_parser("fetch", help="download (or derive) the public data of tasks, checked by sha256")
    status = sub.add_parser(
        "status", help="which public data files are in the data folder, checked by sha256"
    )
    for p in (fetch, status):
        add_task_options(p)
        p.add_argument(
            "tasks", nargs="*", metavar="TASK", help="tasks (default: every task with public data)"
        )
        p.add_argument("--subsets", nargs="+", default=None, help="globs over subset ids (task/subset)")
    fetch.add_argument(
        "--mirror",
        default=os.environ.get("RMBENCH_DATA_MIRROR") or None,
        metavar="URL_OR_DIR",
        help="fetch every file from URL/<path> (a server or folder laid out like a data folder) instead of "
        "upstream; still checked by sha256 (default: $RMBENCH_DATA_MIRROR)",
    )
    fetch.add_argument("--retries", type=int, default=2, help="retries per file on network errors (resuming)")
    fetch.set_defaults(handler=run_fetch)
    status.set_defaults(handler=run_status)


def _data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else default_data_dir()


def _plan(registry: TaskRegistry, args: argparse.Namespace) -> list[tuple[Task, list[DataFile]]]:
    """(task, the files its selected public subsets read) per task, with a clear error for the uncovered."""
    selected = registry.select(args.tasks or None, args.subsets, suite="public")
    by_task: dict[str, tuple[Task, list[str]]] = {}
    for sel in selected:
        by_task.setdefault(sel.task.name, (sel.task, []))[1].append(sel.subset.id)
    if not by_task:
        raise CommandError("no public subset selected (rmbench tasks lists them)")
    plan = []
    for task, subset_ids in by_task.values():
        entries = read_data_files(task.folder)
        covered = {s for e in entries for s in e.used_by}
        uncovered = [s for s in subset_ids if s not in covered]
        if uncovered:
            print(
                f"{task.name}: no data_files.yaml entry for {', '.join(uncovered)}: their data cannot be "
                f"fetched; pass --data-dir to a folder holding a copy",
                file=sys.stderr,
            )
        files = needed_files(entries, subset_ids)
        if files:
            plan.append((task, files))
    return plan


def run_fetch(args: argparse.Namespace) -> int:
    from rmbench.tasks.fetch import Fetcher

    root = _data_dir(args)
    print(f"data folder: {root}" + (f" (from mirror {args.mirror})" if args.mirror else ""), file=sys.stderr)
    failed, manual, counts, streak = [], [], Counter[str](), 0
    for task, files in _plan(registry_from(args), args):
        fetcher = Fetcher(task, root, mirror=args.mirror, retries=args.retries)
        for entry in files:
            result = fetcher.fetch(entry)
            counts[result.status] += 1
            if result.status == "failed":
                failed.append(result)
                print(f"  {result.detail}", file=sys.stderr)
            elif result.status == "manual":
                manual.append((task.name, result))
            streak = streak + 1 if result.status == "failed" else 0
            if streak >= GIVE_UP_AFTER:
                raise CommandError(
                    f"{GIVE_UP_AFTER} files in a row could not be fetched (last: {result.detail}); stopped. "
                    "Check the network (or --mirror), then run the same command again to resume"
                )
    shown = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    print(f"{sum(counts.values())} files: {shown}; data folder {root}")
    for name, result in manual:
        print(f"not fetched: {name}: {result.path}: {result.detail}")
    if failed:
        raise CommandError(
            f"{len(failed)} file(s) could not be fetched (see above); what arrived whole is kept: "
            "run the same command again to resume"
        )
    return 1 if manual else 0


def run_status(args: argparse.Namespace) -> int:
    from rmbench.tasks.fetch import is_present

    root = _data_dir(args)
    missing = 0
    for task, files in _plan(registry_from(args), args):
        absent = [e for e in files if not is_present(root, e)]
        missing += len(absent)
        print(f"{task.name}: {len(files) - len(absent)} of {len(files)} files present (sha256 checked)")
        for e in absent:
            why = "wrong size or sha256" if (root / e.path).exists() else "missing"
            how = "manual: " + e.manual.split(".")[0] if e.manual else f"rmbench data fetch {task.name}"
            print(f"  {why}: {e.path}  ({how})")
    print(f"data folder: {root}")
    return 1 if missing else 0
