"""Find every problem in a stream of item records in one pass.

A bad file should cost its author one round trip, not one per defect, so validation never stops
at the first problem: it collects them all, each naming the file, line and field. ``validate``
and ``run`` both go through :class:`RecordValidator`, so what one refuses the other refuses.
Records are checked one at a time as they stream past; the only state kept across records is the
ids seen (for duplicates) and the kind of the file (pointwise or not).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from numbers import Real
from pathlib import Path
from typing import Any

from rmbench.items.schema import CHAT_ROLES, normalise_record

DEFAULT_MAX_RECORD_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64  # nesting of prompt/meta values: deeper is a generator bug, and breaks JSON writers
MAX_KEPT_PROBLEMS = 1000  # beyond this only a count is kept, so a junk file cannot exhaust memory

Add = Callable[[str, str], None]


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
    """Raised when a file or set of records holds invalid items; carries (the first) problems."""

    def __init__(self, problems: list[Problem], total: int | None = None):
        self.problems = problems
        total = max(total or 0, len(problems))
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {total - 50} more" if total > 50 else ""
        super().__init__(f"{total} problem(s) in item data:\n{shown}{more}")


@dataclass(slots=True)
class RawRecord:
    """One record as read from a file, before validation: where it came from and its bytes."""

    file: str
    line: int
    record: Any
    size: int = 0
    read_error: str | None = None
    plain: bool = False  # the reader saw the text: no lone surrogate or deep nesting is possible
    offset: int = -1  # byte offset of the record's line in an uncompressed JSONL file (else -1)


def _is_number(value: Any) -> bool:
    kind = type(value)
    if kind is float or kind is int:  # the common case, without the slow ABC check
        return True
    return isinstance(value, Real) and not isinstance(value, bool)


def _check_message(name: str, message: Any, add: Add) -> None:
    if not isinstance(message, dict):
        add(name, f"a chat message must be an object with role and content, got {type(message).__name__}")
        return
    role = message.get("role")
    if role is None:
        add(f"{name}.role", "missing")
    elif not isinstance(role, str):
        add(f"{name}.role", f"must be a string, got {type(role).__name__}")
    elif role not in CHAT_ROLES:
        add(f"{name}.role", f"unknown role {role!r} (expected one of {', '.join(sorted(CHAT_ROLES))})")
    content = message.get("content")
    if content is None:
        add(f"{name}.content", "missing")
    elif not isinstance(content, str):
        add(f"{name}.content", f"must be a string, got {type(content).__name__}")
    elif not content.strip():
        add(f"{name}.content", "empty")


def _check_prompt(prompt: Any, add: Add) -> None:
    if prompt is None:
        add("prompt", "missing")
    elif isinstance(prompt, str):
        if not prompt.strip():
            add("prompt", "empty")
    elif isinstance(prompt, list):
        if not prompt:
            add("prompt", "empty chat (no messages)")
        for j, message in enumerate(prompt):
            _check_message(f"prompt[{j}]", message, add)
    else:
        add("prompt", f"must be a string or a list of chat messages, got {type(prompt).__name__}")


def _check_id(item_id: Any, add: Add) -> None:
    if item_id is None:
        add("id", "missing")
    elif isinstance(item_id, bool) or not isinstance(item_id, (str, int)):
        add("id", f"must be a string or an integer, got {type(item_id).__name__}")
    elif not str(item_id).strip():
        add("id", "empty")


def _check_responses(responses: Any, pointwise: bool, add: Add) -> int | None:
    """The number of responses k, or None when there is no list to count."""
    if responses is None:
        add("responses", "missing (give 'responses' and 'gold', or 'chosen' and 'rejected')")
        return None
    if not isinstance(responses, list):
        add("responses", f"must be a list, got {type(responses).__name__}")
        return None
    k = len(responses)
    if k == 0:
        add("responses", "empty list")
    elif k < 2 and not pointwise:
        add(
            "responses",
            f"k = {k}: a pairwise or ranking item needs at least 2 responses (k = 1 only in pointwise "
            f"subsets)",
        )
    for j, response in enumerate(responses):
        if response is None:
            add(f"responses[{j}]", "missing")
        elif not isinstance(response, str):
            add(f"responses[{j}]", f"must be a string, got {type(response).__name__}")
        elif not response.strip():
            add(f"responses[{j}]", "empty")
    return k


def _finite(value: Any) -> float | None:
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        return None
    return number if math.isfinite(number) else None


def _check_gold(gold: Any, k: int | None, add: Add) -> list[float] | None:
    """The gold scores as floats when every one is a finite number, else None."""
    if gold is None:
        add("gold", "missing")
        return None
    if not isinstance(gold, list):
        add("gold", f"must be a list of numbers, got {type(gold).__name__}")
        return None
    values: list[float] = []
    for j, value in enumerate(gold):
        if not _is_number(value):
            add(f"gold[{j}]", f"must be a number, got {_short(value)}")
        elif (number := _finite(value)) is None:
            add(f"gold[{j}]", f"must be finite, got {_short(value)}")
        else:
            values.append(number)
    if k is not None and len(gold) != k:
        add("gold", f"has {len(gold)} values for {k} responses")
    if len(values) != len(gold):
        return None
    if len(values) >= 2 and len(set(values)) == 1:
        add("gold", "all gold scores are equal: the item orders nothing")
    return values


def _short(value: Any) -> str:
    text = (
        repr(value)
        if not isinstance(value, int) or abs(value) < 10**50
        else f"an integer of {len(str(abs(value)))} digits"
    )
    return text if len(text) <= 60 else text[:57] + "..."


def _check_distinct(responses: list[Any], gold: list[float], add: Add) -> None:
    """Identical responses with different gold contradict each other; all identical order nothing."""
    if len(responses) < 2 or not all(isinstance(r, str) for r in responses) or len(gold) != len(responses):
        return
    if len(set(responses)) == 1:
        add(
            "responses",
            f"all {len(responses)} responses are identical (chosen equal to rejected?): the item orders "
            f"nothing",
        )
        return
    first: dict[str, int] = {}
    for j, response in enumerate(responses):
        i = first.setdefault(response, j)
        if i != j and gold[i] != gold[j]:
            add(
                f"responses[{j}]",
                f"identical to responses[{i}] but gold differs ({gold[i]:g} vs {gold[j]:g})",
            )


def _check_response_meta(response_meta: Any, k: int | None, add: Add) -> None:
    if response_meta is None:
        return
    if not isinstance(response_meta, list):
        add("response_meta", f"must be a list of objects, got {type(response_meta).__name__}")
        return
    if k is not None and len(response_meta) != k:
        add("response_meta", f"has {len(response_meta)} entries for {k} responses")
    for j, entry in enumerate(response_meta):
        if not isinstance(entry, dict):
            add(f"response_meta[{j}]", f"must be an object, got {type(entry).__name__}")


def _check_text_and_depth(record: dict[str, Any], add: Add) -> None:
    """Every string must be valid Unicode (no lone surrogates, which cannot be written as UTF-8),
    and no value nested deeper than ``MAX_DEPTH``. Iterative, so depth cannot overflow the stack."""
    stack: list[tuple[Any, str, int]] = [(value, str(key), 1) for key, value in record.items()]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, str):
            _check_unicode(value, where, add)
        elif isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                add(where, f"nested deeper than {MAX_DEPTH} levels")
                continue
            if isinstance(value, dict):
                for key, inner in value.items():
                    _check_unicode(str(key), f"{where} (a key)", add)
                    stack.append((inner, f"{where}.{key}", depth + 1))
            else:
                stack.extend((inner, f"{where}[{j}]", depth + 1) for j, inner in enumerate(value))


def _check_unicode(text: str, where: str, add: Add) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = text[exc.start]
        add(
            where,
            f"holds a lone surrogate (\\u{ord(char):04x}) at character {exc.start}: not valid Unicode text",
        )


def check_record(rec: dict[str, Any], pointwise: bool, add: Add, plain: bool = False) -> None:
    """Every problem of one normalised record (none of the cross-record ones); ``plain``: its text
    was seen to hold no lone surrogate and no deep nesting (see ``readers.is_plain_json``)."""
    _check_id(rec.get("id"), add)
    _check_prompt(rec.get("prompt"), add)
    k = _check_responses(rec.get("responses"), pointwise, add)
    gold = _check_gold(rec.get("gold"), k, add)
    if k is not None and gold is not None:
        _check_distinct(rec["responses"], gold, add)
    _check_response_meta(rec.get("response_meta"), k, add)
    meta = rec.get("meta")
    if meta is not None and not isinstance(meta, dict):
        add("meta", f"must be an object, got {type(meta).__name__}")
    if not plain:
        _check_text_and_depth(rec, add)


class RecordValidator:
    """Checks the records of one source as they stream past; :meth:`finish` adds file-level problems.

    ``pointwise`` allows k = 1 (a rating subset), but a source is one kind throughout: pointwise
    (k = 1 everywhere) or pairwise/ranking (k >= 2 everywhere). A source mixing them has no single
    metric: its k = 1 items would be counted as items but never scored, so the mix is refused.
    """

    def __init__(self, *, pointwise: bool = False, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES):
        self.pointwise, self.max_record_bytes = pointwise, max_record_bytes
        self.first_seen: dict[str, int] = {}
        self.kind: tuple[int, int] | None = None  # (line, k) of the first record with responses
        self.ratings: set[float] = set()
        self.stems: dict[str, str] = {}
        self.file = ""

    def check(self, raw: RawRecord) -> tuple[dict[str, Any] | None, list[Problem]]:
        """The normalised record (None when it has problems) and its problems."""
        found: list[Problem] = []

        def add(field: str, message: str) -> None:
            found.append(Problem(raw.file, raw.line, field, message))

        self.file = raw.file
        if self.plain_pair(raw):
            record = raw.record
            rec = {
                "id": record["id"],
                "prompt": record["prompt"],
                "responses": [record["chosen"], record["rejected"]],
                "gold": [1, 0],
                "meta": {},
            }
            self._check_across(rec, raw.line, add)
            return (None, found) if found else (rec, [])
        if raw.read_error is not None:
            add("", raw.read_error)
        elif raw.size > self.max_record_bytes:
            add("", f"record is {raw.size:,} bytes, over the limit of {self.max_record_bytes:,}")
        elif not isinstance(raw.record, dict):
            add("", f"a record must be a JSON object, got {type(raw.record).__name__}")
        else:
            default_id = f"{self._stem(raw.file)}/{raw.line}" if raw.record.get("id") is None else None
            rec = normalise_record(raw.record, default_id=default_id)
            check_record(rec, self.pointwise, add, raw.plain)
            self._check_across(rec, raw.line, add)
            if not found:
                return rec, []
        return None, found

    def plain_pair(self, raw: RawRecord) -> bool:
        """Whether ``raw`` is ``{id, prompt, chosen, rejected}``, four non-blank strings with the two
        responses different, read as plain text: a record that has none of the problems
        :func:`check_record` looks for (only the checks across records remain), so it can skip
        normalising and checking, which cost more than parsing it."""
        record = raw.record
        if not raw.plain or raw.read_error is not None or raw.size > self.max_record_bytes:
            return False
        if type(record) is not dict or len(record) != 4:
            return False
        item_id, prompt = record.get("id"), record.get("prompt")
        chosen, rejected = record.get("chosen"), record.get("rejected")
        if not (
            type(item_id) is str and type(prompt) is str and type(chosen) is str and type(rejected) is str
        ):
            return False
        return bool(item_id.strip() and prompt.strip() and chosen.strip() and rejected.strip()) and (
            chosen != rejected
        )

    def across_pair(self, raw: RawRecord) -> list[Problem]:
        """The problems across records of a :meth:`plain_pair` record (its only possible ones):
        what :meth:`check` finds for it."""
        self.file = raw.file
        record = raw.record
        item_id = record["id"]
        settled = not self.pointwise or (self.kind is not None and self.kind[1] != 1)  # a k >= 2 file
        if settled and item_id not in self.first_seen:  # all that _check_across does with such a record
            self.first_seen[item_id] = raw.line
            return []
        found: list[Problem] = []

        def add(field: str, message: str) -> None:
            found.append(Problem(raw.file, raw.line, field, message))

        rec = {"id": item_id, "responses": [record["chosen"], record["rejected"]], "gold": [1, 0]}
        self._check_across(rec, raw.line, add)
        return found

    def _check_across(self, rec: dict[str, Any], line: int, add: Add) -> None:
        item_id = rec.get("id")
        if isinstance(item_id, (str, int)) and not isinstance(item_id, bool) and str(item_id).strip():
            key = str(item_id)
            if key in self.first_seen:
                add("id", f"duplicate id {key!r} (first on line {self.first_seen[key]})")
            else:
                self.first_seen[key] = line
        responses = rec.get("responses")
        if not self.pointwise or not isinstance(responses, list) or not responses:
            return
        if self.kind is None:
            self.kind = (line, len(responses))
        elif (len(responses) == 1) != (self.kind[1] == 1):
            add(
                "responses",
                f"k = {len(responses)}, but line {self.kind[0]} has k = {self.kind[1]}: a file is pointwise "
                "(k = 1 on every line) or pairwise/ranking (k >= 2 on every line), not both",
            )
        gold = rec.get("gold")
        if len(responses) == 1 and isinstance(gold, list) and len(gold) == 1 and _is_number(gold[0]):
            value = _finite(gold[0])
            if value is not None and len(self.ratings) < 2:
                self.ratings.add(value)

    def _stem(self, file: str) -> str:
        """The file's name without suffixes: the prefix of the ids given to pairs without one."""
        if file not in self.stems:
            self.stems[file] = Path(file).name.split(".")[0] or "items"
        return self.stems[file]

    def finish(self) -> list[Problem]:
        """Problems of the source as a whole (after its last record)."""
        if self.kind is not None and self.kind[1] == 1 and len(self.ratings) == 1:
            (value,) = self.ratings
            return [
                Problem(
                    self.file,
                    self.kind[0],
                    "gold",
                    f"every rating is {value:g}: a pointwise subset orders nothing",
                )
            ]
        return []


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
    validator = RecordValidator(pointwise=pointwise, max_record_bytes=max_record_bytes)
    good: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for raw in raw_records:
        record, found = validator.check(raw)
        if record is not None:
            good.append(record)
        problems.extend(found)
    problems.extend(validator.finish())
    return good, problems
