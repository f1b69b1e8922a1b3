"""Options shared by several sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmbench.tasks import TaskRegistry


def add_task_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--task-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="extra folder of task.yaml tasks (repeatable)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder with local copies of public datasets (or set RMBENCH_DATA_DIR)",
    )


def registry_from(args: argparse.Namespace) -> TaskRegistry:
    return TaskRegistry(args.task_dir)
