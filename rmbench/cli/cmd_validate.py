"""``rmbench validate FILE...``: every problem in one pass, each with file, line and field.

It reads files exactly as ``rmbench run --items`` does (same reader, same checks, same size
limit), so a file that validates is a file that runs. Exit status 2 when any file has a problem.
"""

from __future__ import annotations

import argparse

from rmbench.items import iter_raw_records
from rmbench.items.validate import DEFAULT_MAX_RECORD_BYTES, RecordValidator


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", help="JSONL, JSONL.gz, JSON, parquet, a datasets folder or hf:owner/name"
    )
    parser.add_argument(
        "--pairwise",
        action="store_true",
        help="refuse k = 1, as a task subset that is not pointwise does (default: as `run --items`, "
        "a file may be pointwise when every item has k = 1)",
    )
    parser.add_argument("--pointwise", action="store_true", help=argparse.SUPPRESS)  # the old default
    parser.add_argument("--max-record-bytes", type=int, default=DEFAULT_MAX_RECORD_BYTES)
    parser.set_defaults(handler=run)


def _validate_one(path: str, pointwise: bool, max_record_bytes: int) -> bool:
    """Print every problem of one file as it is found (nothing kept), then a summary line."""
    validator = RecordValidator(pointwise=pointwise, max_record_bytes=max_record_bytes)
    n_good = n_problems = 0
    for raw in iter_raw_records(path, max_record_bytes=max_record_bytes):
        record, problems = validator.check(raw)
        n_good += record is not None
        n_problems += len(problems)
        for problem in problems:
            print(problem)
    for problem in validator.finish():
        n_problems += 1
        print(problem)
    if n_problems:
        print(f"{path}: {n_problems} problem(s); {n_good} valid record(s)")
    else:
        print(f"{path}: OK, {n_good} item(s)")
    return n_problems == 0


def run(args: argparse.Namespace) -> int:
    results = [_validate_one(path, not args.pairwise, args.max_record_bytes) for path in args.files]
    return 0 if all(results) else 2
