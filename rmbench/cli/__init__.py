"""The ``rmbench`` command. Each sub-command is one module ``cmd_<name>.py`` in this package with a
docstring (its help line) and ``register(parser)``: a new command is one new file.

Only the module of the command being run is imported, so ``rmbench tasks`` does not pay for torch.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.util
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path

from rmbench import __version__

ORDER = ["run", "report", "leaderboard", "tasks", "validate", "audit", "train"]


def _commands() -> dict[str, str]:
    """Command name -> module name, found by file name (cmd_*.py), in a stable order."""
    names = sorted(m.name[4:] for m in pkgutil.iter_modules(__path__) if m.name.startswith("cmd_"))
    names.sort(key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))
    return {n: f"rmbench.cli.cmd_{n}" for n in names}


def _help_line(module_name: str) -> str:
    spec = importlib.util.find_spec(module_name)
    if spec is None or spec.origin is None:
        return ""
    doc = ast.get_docstring(ast.parse(Path(spec.origin).read_text(encoding="utf-8"))) or ""
    return doc.strip().splitlines()[0].split(": ", 1)[-1] if doc else ""


INTERRUPTED = {
    "run": "Every score finished so far is in the score cache and no run folder was half-written: "
    "run the same command again to resume (only what is missing is scored).",
    "train": "No checkpoint was written; run the same command again to start over.",
    "data": "Files checked so far are kept, a partial download as NAME.part: run the same command again "
    "to resume.",
}


class CommandError(Exception):
    """An error to show the user as one clean line (no traceback), exiting with status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rmbench", description="Benchmark and evaluate reward models.")
    parser.add_argument("--version", action="version", version=f"rmbench {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands = _commands()
    wanted = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] in commands else None
    for name, module_name in commands.items():
        help_text = _help_line(module_name)
        if wanted is not None and name != wanted:
            sub.add_parser(name, help=help_text)
            continue
        module = importlib.import_module(module_name)
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
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(
            f"\nrmbench {args.command}: interrupted. {INTERRUPTED.get(args.command, '')}".rstrip(),
            file=sys.stderr,
        )
        return 130
    except (CommandError, OSError, KeyError, ValueError) as exc:
        from rmbench.items import ItemValidationError
        from rmbench.models.base import ScoreError
        from rmbench.tasks import TaskConfigError, UnknownNameError

        shown = (CommandError, OSError, UnknownNameError, TaskConfigError, ItemValidationError, ScoreError)
        if isinstance(exc, shown):
            print(f"rmbench {args.command}: error: {_describe(exc)}", file=sys.stderr)
            return 2
        raise


def _describe(exc: BaseException) -> str:
    """One line for the user; an OS error names the file it was about."""
    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)
