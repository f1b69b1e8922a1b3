"""Read and write item files: JSONL, JSONL.gz, JSON arrays, parquet and Hugging Face datasets.

Readers yield :class:`RawRecord` with the line (or row) each record came from, so validation
can point at it. Writers are atomic: a crash never leaves half a file behind.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rmbench.items.lazy import LineTexts
from rmbench.items.readers import HF_PREFIX, iter_raw_records, raw_rows
from rmbench.items.schema import Item, SharedDict, SharedList, item_from_record
from rmbench.items.validate import (
    DEFAULT_MAX_RECORD_BYTES,
    MAX_KEPT_PROBLEMS,
    ItemValidationError,
    Problem,
    RawRecord,
    RecordValidator,
)

__all__ = ["HF_PREFIX", "items_from_records", "iter_raw_records", "read_items", "write_items"]


def _validated_items(
    raw_records: Iterable[RawRecord],
    *,
    pointwise: bool,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    texts: LineTexts | None = None,
) -> list[Item]:
    """Items of a record stream, each built as its record passes (no second copy of the data);
    raise :class:`ItemValidationError` with every problem (the first thousand kept in full).
    ``texts``: leave the texts of records with a byte offset there (see :mod:`rmbench.items.lazy`)."""
    validator = RecordValidator(pointwise=pointwise, max_record_bytes=max_record_bytes)
    items: list[Item] = []
    problems: list[Problem] = []
    total = 0
    numbers: dict[float, float] = {}  # one float object per distinct gold value, not one per item
    for raw in raw_records:
        if validator.plain_pair(raw):  # the common case, without building the normalised record
            found = validator.across_pair(raw)
            if not found and not total:
                items.append(_pair_item(raw, texts))
        else:
            record, found = validator.check(raw)
            if record is not None and not total:
                items.append(_item(record, raw.offset, texts, numbers))
        total += len(found)
        problems.extend(found[: max(0, MAX_KEPT_PROBLEMS - len(problems))])
    found = validator.finish()
    problems.extend(found)
    total += len(found)
    if total:
        raise ItemValidationError(problems, total)
    return items


_ONE, _ZERO = 1.0, 0.0
_PAIR_GOLD, _NO_META = SharedList([_ONE, _ZERO]), SharedDict()  # shared by the pairs of lazy files


def _pair_item(raw: RawRecord, texts: LineTexts | None) -> Item:
    """The item of a record that passed :meth:`RecordValidator.plain_pair`: what
    ``item_from_record(normalise_record(record))`` gives, built directly. Left on disk, its texts
    come with a gold and a meta shared with the other pairs (read-only: ~170 bytes less a pair)."""
    record = raw.record
    item_id, prompt, chosen, rejected = record["id"], record["prompt"], record["chosen"], record["rejected"]
    if texts is None or raw.offset < 0:
        return Item(item_id, prompt, [chosen, rejected], [_ONE, _ZERO], {})
    row = texts.add_pair(raw.offset, prompt, chosen, rejected)
    return Item.backed(item_id, _PAIR_GOLD, _NO_META, None, texts, row)


def _item(record: dict[str, Any], offset: int, texts: LineTexts | None, numbers: dict[float, float]) -> Item:
    if texts is None or offset < 0:
        return item_from_record(record)
    gold = [float(g) for g in record["gold"]]
    if len(numbers) < 1000:  # (-0.0 equals 0.0 as a key: never shared, its sign is part of the hash)
        gold = [numbers.setdefault(g, g) if g or math.copysign(1.0, g) > 0 else g for g in gold]
    responses = [str(r) for r in record["responses"]]
    row = texts.add(offset, record["prompt"], responses, gold)
    response_meta = record.get("response_meta")
    return Item.backed(
        str(record["id"]),
        gold,
        dict(record.get("meta") or {}),
        [dict(m or {}) for m in response_meta] if response_meta else None,
        texts,
        row,
    )


def read_items(
    source: str | os.PathLike[str],
    *,
    pointwise: bool = False,
    split: str | None = None,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    lazy_texts: bool = False,
) -> list[Item]:
    """Read and validate items, streaming; raise :class:`ItemValidationError` listing every problem.

    ``pointwise`` allows a file whose items all have k = 1 (a rating subset); a file never mixes
    k = 1 with k >= 2. ``lazy_texts``: the prompts and responses of an uncompressed JSONL file stay
    on disk and are read back when asked for (see :mod:`rmbench.items.lazy`; the file must then stay
    in place while the items are used): a large file's items then take a fraction of the memory.
    Its plain pairs then share one read-only gold list and empty meta (copy an item to change them).
    """
    raw = iter_raw_records(source, split, max_record_bytes=max_record_bytes)
    texts = LineTexts(source) if lazy_texts and not str(source).startswith(HF_PREFIX) else None
    return _validated_items(raw, pointwise=pointwise, max_record_bytes=max_record_bytes, texts=texts)


def items_from_records(
    records: Iterable[dict[str, Any]], *, name: str = "<records>", pointwise: bool = False
) -> list[Item]:
    """Validate in-memory records (e.g. built by a loader) into items, with the same checks as files."""
    return _validated_items(raw_rows(name, records), pointwise=pointwise)


def current_umask() -> int:
    """The process umask (read by setting and restoring it: POSIX has no getter)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a file so that readers see the old content or the new, never a torn one.

    The temporary file mkstemp makes is private (0600); the result gets the mode a plain ``open``
    would have given it (0666 less the umask), so shared run folders stay readable.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def dumps_jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def write_items(path: str | os.PathLike[str], items: Iterable[Item]) -> None:
    """Write items as JSONL (gzip-compressed when the name ends in .gz), atomically."""
    text = dumps_jsonl(item.to_dict() for item in items)
    data = text.encode("utf-8")
    if str(path).endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    atomic_write_bytes(path, data)
