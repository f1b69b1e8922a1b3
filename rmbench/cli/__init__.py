"""The ``rmbench`` command. Each sub-command is one module here with ``register(subparsers)``.

Modules are imported lazily by name so ``rmbench tasks`` does not pay for torch.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from rmbench import __version__

COMMANDS = {
    "tasks": "list tasks, subsets, roles, axes and counts",
    "validate": "check item files and list every problem",
    "audit": "length baseline, artifact probe, duplicates and provenance per subset",
}


class CommandError(Exception):
    """An error to show the user as one clean line (no traceback), exiting with status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rmbench", description="Benchmark and evaluate reward models.")
    parser.add_argument("--version", action="version", version=f"rmbench {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] in COMMANDS else None
    for name, help_text in COMMANDS.items():
        if wanted is not None and name != wanted:
            sub.add_parser(name, help=help_text)
            continue
        module = importlib.import_module(f"rmbench.cli.cmd_{name}")
        module.register(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is not None:
        sys.argv = ["rmbench", *argv]
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:])
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except (CommandError, FileNotFoundError, KeyError, ValueError) as exc:
        from rmbench.items import ItemValidationError
        from rmbench.tasks import TaskConfigError, UnknownNameError

        if isinstance(exc, (CommandError, FileNotFoundError, UnknownNameError, TaskConfigError, ItemValidationError)):
            print(f"rmbench {args.command}: error: {exc}", file=sys.stderr)
            return 2
        raise
