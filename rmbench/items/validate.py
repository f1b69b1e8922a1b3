"""Find every problem in a batch of item records in one pass.

A bad file should cost its author one round trip, not one per defect, so validation never stops
at the first problem: it collects them all, each naming the file, line and field.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from numbers import Real
from typing import Any

from rmbench.items.schema import CHAT_ROLES, normalise_record

DEFAULT_MAX_RECORD_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ItemValidationError(ValueError):
    """Raised when a file or set of records holds invalid items; carries all of the problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in item data:\n{shown}{more}")


@dataclass
class RawRecord:
    """One record as read from a file, before validation: where it came from and its bytes."""

    file: str
    line: int
    record: Any
    size: int = 0
    read_error: str | None = None


def _is_number(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _check_prompt(prompt: Any, add) -> None:
    if prompt is None:
        add("prompt", "missing")
    elif isinstance(prompt, str):
        if not prompt.strip():
            add("prompt", "empty")
    elif isinstance(prompt, list):
        if not prompt:
            add("prompt", "empty chat (no messages)")
        for j, message in enumerate(prompt):
            name = f"prompt[{j}]"
            if not isinstance(message, dict):
                add(
                    name,
                    f"a chat message must be an object with role and content, got {type(message).__name__}",
                )
                continue
            role = message.get("role")
            if role is None:
                add(f"{name}.role", "missing")
            elif role not in CHAT_ROLES:
                add(
                    f"{name}.role", f"unknown role {role!r} (expected one of {', '.join(sorted(CHAT_ROLES))})"
                )
            content = message.get("content")
            if content is None:
                add(f"{name}.content", "missing")
            elif not isinstance(content, str):
                add(f"{name}.content", f"must be a string, got {type(content).__name__}")
            elif not content.strip():
                add(f"{name}.content", "empty")
    else:
        add("prompt", f"must be a string or a list of chat messages, got {type(prompt).__name__}")


def _check_record(rec: dict[str, Any], pointwise: bool, add) -> None:
    item_id = rec.get("id")
    if item_id is None:
        add("id", "missing")
    elif not isinstance(item_id, (str, int)) or not str(item_id).strip():
        add("id", "empty or not a string")
    _check_prompt(rec.get("prompt"), add)

    responses = rec.get("responses")
    k = None
    if responses is None:
        add("responses", "missing (give 'responses' and 'gold', or 'chosen' and 'rejected')")
    elif not isinstance(responses, list):
        add("responses", f"must be a list, got {type(responses).__name__}")
    else:
        k = len(responses)
        if k == 0:
            add("responses", "empty list")
        elif k < 2 and not pointwise:
            add(
                "responses",
                f"k = {k}: a pairwise or ranking item needs at least 2 responses (k = 1 only in pointwise subsets)",
            )
        for j, response in enumerate(responses):
            if response is None:
                add(f"responses[{j}]", "missing")
            elif not isinstance(response, str):
                add(f"responses[{j}]", f"must be a string, got {type(response).__name__}")
            elif not response.strip():
                add(f"responses[{j}]", "empty")

    gold = rec.get("gold")
    if gold is None:
        add("gold", "missing")
    elif not isinstance(gold, list):
        add("gold", f"must be a list of numbers, got {type(gold).__name__}")
    else:
        finite = []
        for j, value in enumerate(gold):
            if not _is_number(value):
                add(f"gold[{j}]", f"must be a number, got {value!r}")
            elif not math.isfinite(float(value)):
                add(f"gold[{j}]", f"must be finite, got {value!r}")
            else:
                finite.append(float(value))
        if k is not None and len(gold) != k:
            add("gold", f"has {len(gold)} values for {k} responses")
        if len(finite) == len(gold) and len(gold) >= 2 and len(set(finite)) == 1:
            add("gold", "all gold scores are equal: the item orders nothing")

    response_meta = rec.get("response_meta")
    if response_meta is not None:
        if not isinstance(response_meta, list):
            add("response_meta", f"must be a list of objects, got {type(response_meta).__name__}")
        else:
            if k is not None and len(response_meta) != k:
                add("response_meta", f"has {len(response_meta)} entries for {k} responses")
            for j, entry in enumerate(response_meta):
                if not isinstance(entry, dict):
                    add(f"response_meta[{j}]", f"must be an object, got {type(entry).__name__}")
    meta = rec.get("meta")
    if meta is not None and not isinstance(meta, dict):
        add("meta", f"must be an object, got {type(meta).__name__}")


def validate_raw(
    raw_records: Iterable[RawRecord],
    *,
    pointwise: bool = False,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Normalise and check records; return the good records and every problem found.

    ``pointwise`` allows k = 1 (a rating subset). Records with problems are left out of the
    returned list, but all of their problems are reported.
    """
    good: list[dict[str, Any]] = []
    problems: list[Problem] = []
    first_seen: dict[str, int] = {}
    for raw in raw_records:
        found: list[Problem] = []

        def add(field: str, message: str, raw=raw, found=found) -> None:
            found.append(Problem(raw.file, raw.line, field, message))

        if raw.read_error is not None:
            add("", raw.read_error)
        elif raw.size > max_record_bytes:
            add("", f"record is {raw.size:,} bytes, over the limit of {max_record_bytes:,}")
        elif not isinstance(raw.record, dict):
            add("", f"a record must be a JSON object, got {type(raw.record).__name__}")
        else:
            rec = normalise_record(raw.record)
            _check_record(rec, pointwise, add)
            item_id = rec.get("id")
            if item_id is not None and str(item_id).strip():
                key = str(item_id)
                if key in first_seen:
                    add("id", f"duplicate id {key!r} (first on line {first_seen[key]})")
                else:
                    first_seen[key] = raw.line
            if not found:
                good.append(rec)
        problems.extend(found)
    return good, problems
