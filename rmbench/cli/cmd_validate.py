"""``rmbench validate FILE...``: every problem in one pass, each with file, line and field."""

from __future__ import annotations

import argparse

from rmbench.items import iter_raw_records, validate_raw
from rmbench.items.validate import DEFAULT_MAX_RECORD_BYTES


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", help="JSONL, JSONL.gz, JSON, parquet, a datasets folder or hf:owner/name"
    )
    parser.add_argument("--pointwise", action="store_true", help="allow k = 1 (a rating subset)")
    parser.add_argument("--max-record-bytes", type=int, default=DEFAULT_MAX_RECORD_BYTES)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    failed = False
    for path in args.files:
        good, problems = validate_raw(
            iter_raw_records(path), pointwise=args.pointwise, max_record_bytes=args.max_record_bytes
        )
        for problem in problems:
            print(problem)
        if problems:
            failed = True
            print(f"{path}: {len(problems)} problem(s); {len(good)} valid record(s)")
        else:
            print(f"{path}: OK, {len(good)} item(s)")
    return 1 if failed else 0
