"""Read and write item files: JSONL, JSONL.gz, JSON arrays, parquet and Hugging Face datasets.

Readers yield :class:`RawRecord` with the line (or row) each record came from, so validation
can point at it. Writers are atomic: a crash never leaves half a file behind.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rmbench.items.schema import Item, item_from_record
from rmbench.items.validate import (
    DEFAULT_MAX_RECORD_BYTES,
    ItemValidationError,
    RawRecord,
    validate_raw,
)

HF_PREFIX = "hf:"


def _iter_json_lines(path: Path, data: bytes) -> Iterator[RawRecord]:
    name = str(path)
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RawRecord(
                name, number, None, len(line), f"undecodable bytes (not UTF-8) at byte {exc.start}"
            )
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield RawRecord(name, number, None, len(line), f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield RawRecord(name, number, record, len(line))


def _iter_json_array(path: Path, data: bytes) -> Iterator[RawRecord]:
    name = str(path)
    try:
        records = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        yield RawRecord(name, 1, None, len(data), f"undecodable bytes (not UTF-8) at byte {exc.start}")
        return
    except json.JSONDecodeError as exc:
        yield RawRecord(name, exc.lineno, None, len(data), f"invalid JSON: {exc.msg} at column {exc.colno}")
        return
    if not isinstance(records, list):
        yield RawRecord(name, 1, None, len(data), "a .json item file must hold a list of records")
        return
    for index, record in enumerate(records, start=1):
        size = len(json.dumps(record, ensure_ascii=False).encode("utf-8"))
        yield RawRecord(name, index, record, size)


def _iter_rows(name: str, rows: Iterable[dict[str, Any]]) -> Iterator[RawRecord]:
    for index, row in enumerate(rows, start=1):
        record = dict(row)
        size = len(json.dumps(record, ensure_ascii=False, default=str).encode("utf-8"))
        yield RawRecord(name, index, record, size)


def _parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    yield from table.to_pylist()


def _hf_rows(spec: str, split: str | None) -> Iterator[dict[str, Any]]:
    """Rows of a Hugging Face dataset: a ``save_to_disk`` folder, or ``hf:owner/name[@split]``."""
    try:
        import datasets
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("reading Hugging Face datasets needs `pip install rmbench[hf]`") from exc
    if spec.startswith(HF_PREFIX):
        name = spec[len(HF_PREFIX) :]
        if "@" in name:
            name, split = name.split("@", 1)
        dataset = datasets.load_dataset(name, split=split or "test")
    else:
        dataset = datasets.load_from_disk(spec)
        if isinstance(dataset, datasets.DatasetDict):
            dataset = dataset[split or "test"]
    yield from dataset


def iter_raw_records(source: str | os.PathLike[str], split: str | None = None) -> Iterator[RawRecord]:
    """Yield the raw records of any supported source, each with the line or row it came from."""
    spec = str(source)
    if spec.startswith(HF_PREFIX):
        yield from _iter_rows(spec, _hf_rows(spec, split))
        return
    path = Path(spec)
    if path.is_dir():
        yield from _iter_rows(spec, _hf_rows(spec, split))
        return
    if not path.exists():
        raise FileNotFoundError(f"item file not found: {path}")
    suffixes = "".join(path.suffixes[-2:]).lower()
    if path.suffix.lower() == ".parquet":
        yield from _iter_rows(spec, _parquet_rows(path))
        return
    data = gzip.decompress(path.read_bytes()) if path.suffix.lower() == ".gz" else path.read_bytes()
    if suffixes.endswith(".json") and data.lstrip()[:1] == b"[":
        yield from _iter_json_array(path, data)
    else:
        yield from _iter_json_lines(path, data)


def read_items(
    source: str | os.PathLike[str],
    *,
    pointwise: bool = False,
    split: str | None = None,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> list[Item]:
    """Read and validate items; raise :class:`ItemValidationError` listing every problem."""
    good, problems = validate_raw(
        iter_raw_records(source, split), pointwise=pointwise, max_record_bytes=max_record_bytes
    )
    if problems:
        raise ItemValidationError(problems)
    return [item_from_record(rec) for rec in good]


def items_from_records(
    records: Iterable[dict[str, Any]], *, name: str = "<records>", pointwise: bool = False
) -> list[Item]:
    """Validate in-memory records (e.g. built by a loader) into items, with the same checks as files."""
    good, problems = validate_raw(_iter_rows(name, records), pointwise=pointwise)
    if problems:
        raise ItemValidationError(problems)
    return [item_from_record(rec) for rec in good]


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
