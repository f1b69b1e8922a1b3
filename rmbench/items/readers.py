"""Stream the records of an item source, one at a time, each with the line (or row) it came from.

Nothing reads a file whole, so memory does not grow with the file: JSONL (plain or gzip) is read
line by line, and a line's length is known before it is parsed, so an oversized record is
refused without parsing it or holding more than the limit; a JSON array is decoded record by
record; parquet by record batch. Every failure to read (a missing, unreadable or non-regular
file, a truncated gzip stream, junk where a parquet file should be, JSON nested too deep) becomes
a :class:`RawRecord` carrying a ``read_error`` at the line where it happened, never an exception,
so ``validate`` and ``run`` report it the same way, with file and line.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from rmbench.items.validate import DEFAULT_MAX_RECORD_BYTES, MAX_DEPTH, RawRecord

HF_PREFIX = "hf:"
CHUNK = 1 << 20
DATASET_MARKERS = ("dataset_info.json", "state.json", "dataset_dict.json")
# what a broken compressed stream or a failing disk raises while a file is being read
_STREAM_ERRORS = (OSError, EOFError, zlib.error)


_DECODER = json.JSONDecoder()
_SURROGATE_ESCAPE = re.compile(r"\\u[dD]")


def _loads(text: str) -> Any:
    """``json.loads(text)``: one call of the C scanner when the text is exactly one JSON value (the
    common case), else json.loads itself, for its result or its error."""
    try:
        value, end = _DECODER.scan_once(text, 0)  # type: ignore[attr-defined]
        if end == len(text):
            return value
    except StopIteration:
        pass
    return json.loads(text)


def decode_json(text: str) -> tuple[Any, str | None]:
    """``(value, None)``, or ``(None, why)`` for text that is not JSON Python can hold."""
    try:
        return _loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON: {exc.msg} at column {exc.colno}"
    except RecursionError:
        return None, "invalid JSON: nested too deeply to read"
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        return None, f"invalid JSON: {exc}"


def _lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int, int]]:
    """(line number, bytes or None when over ``limit``, size, byte offset of the line): never holds
    more than ``limit`` + 1."""
    number = offset = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        start, offset = offset, offset + len(line)
        if line.endswith(b"\n") or len(line) <= limit:
            body = line.rstrip(b"\r\n")
            yield number, body, len(body), start
            continue
        size = len(line)
        while True:  # skip the rest of the oversized line without keeping it
            rest = handle.readline(CHUNK)
            offset += len(rest)
            size += len(rest.rstrip(b"\r\n"))
            if not rest or rest.endswith(b"\n"):
                break
        yield number, None, size, start


def _iter_json_lines(name: str, handle: IO[bytes], limit: int, offsets: bool = False) -> Iterator[RawRecord]:
    """Records of JSON lines; ``offsets``: give each its line's byte offset (a plain file's)."""
    seen_any, number = False, 0
    lines = _lines(handle, limit)
    while True:
        try:
            number, line, size, start = next(lines)
        except StopIteration:
            break
        except _STREAM_ERRORS as exc:
            yield RawRecord(name, number + 1, None, 0, f"unreadable from this line on: {_describe(exc)}")
            return
        if number == 1 and line is not None and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if line is not None and not line.strip():
            continue
        seen_any = True
        raw = _json_line(name, number, line, size, limit)
        if offsets:
            raw.offset = start
        yield raw
    if not seen_any:
        yield RawRecord(name, 1, None, 0, "no records: the file is empty or holds only whitespace")


def _json_line(name: str, number: int, line: bytes | None, size: int, limit: int) -> RawRecord:
    if line is None:
        return RawRecord(name, number, None, size, f"record is {size:,} bytes, over the limit of {limit:,}")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return RawRecord(name, number, None, size, f"undecodable bytes (not UTF-8) at byte {exc.start}")
    record, error = decode_json(text)
    return RawRecord(name, number, record, size, error, plain=error is None and is_plain_json(text))


def is_plain_json(text: str) -> bool:
    """True when JSON text can hold neither a lone surrogate (only a ``\\ud800``-style escape makes
    one) nor nesting deeper than ``MAX_DEPTH`` (too few brackets): validation may then skip its
    walk over every value, which costs more than parsing."""
    if "\\" in text and _SURROGATE_ESCAPE.search(text):  # one fast scan when there is no escape at all
        return False
    return text.count("[") + text.count("{") <= MAX_DEPTH


def _describe(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "the compressed stream is truncated (it ends before its end marker)"
    if isinstance(exc, gzip.BadGzipFile):
        return f"not a gzip file ({exc})"
    if isinstance(exc, zlib.error):
        return f"the compressed stream is corrupt ({exc})"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


class _ArrayStream:
    """A JSON array decoded one element at a time from a text stream, tracking line numbers."""

    def __init__(self, name: str, reader: IO[str], limit: int):
        self.name, self.reader, self.limit = name, reader, limit
        self.buf, self.pos, self.eof = "", 0, False
        self.line, self.mark = 1, 0  # the line of buf[mark]: newlines are counted once, as the cursor passes
        self.decoder = json.JSONDecoder()

    def line_at(self, pos: int) -> int:
        """The line of ``buf[pos]`` (``pos`` at or after the cursor's last mark)."""
        self.line += self.buf.count("\n", self.mark, pos)
        self.mark = pos
        return self.line

    def refill(self) -> bool:
        if self.eof:
            return False
        chunk = self.reader.read(CHUNK)
        self.line_at(self.pos)
        self.buf, self.pos, self.mark, self.eof = self.buf[self.pos :] + chunk, 0, 0, not chunk
        return bool(chunk)

    def skip_space(self) -> str:
        """The next non-blank character ('' at the end of the text)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf) or not self.refill():
                return self.buf[self.pos : self.pos + 1]

    def problem(self, message: str, size: int = 0) -> RawRecord:
        return RawRecord(self.name, self.line_at(self.pos), None, size, message)

    def value(self) -> RawRecord:
        """Decode the element at the cursor, reading on while it may be incomplete (up to the limit)."""
        while True:
            try:
                record, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if len(self.buf) - self.pos <= self.limit and self.refill():
                    continue
                if len(self.buf) - self.pos > self.limit:
                    return self.problem(f"record is over the limit of {self.limit:,} bytes", self.limit + 1)
                start = self.line_at(self.pos)
                message = f"invalid JSON: {exc.msg} (line {self.line_at(max(exc.pos, self.pos))})"
                return RawRecord(self.name, start, None, 0, message)
            except RecursionError:
                return self.problem("invalid JSON: nested too deeply to read")
            except ValueError as exc:
                return self.problem(f"invalid JSON: {exc}")
            size = len(self.buf[self.pos : end].encode("utf-8", "surrogatepass"))
            plain = is_plain_json(self.buf[self.pos : end])
            raw = RawRecord(self.name, self.line_at(self.pos), record, size, plain=plain)
            if size > self.limit:
                raw = self.problem(f"record is {size:,} bytes, over the limit of {self.limit:,}", size)
            self.pos = end
            return raw


def _iter_json_array(name: str, handle: IO[bytes], limit: int) -> Iterator[RawRecord]:
    stream = _ArrayStream(name, io.TextIOWrapper(handle, encoding="utf-8-sig"), limit)
    stream.skip_space()
    stream.pos += 1  # the opening bracket, seen by the caller
    count = 0
    while True:
        char = stream.skip_space()
        if char == "]":
            stream.pos += 1
            if stream.skip_space():
                yield stream.problem("invalid JSON: text after the closing bracket of the array")
            elif count == 0:
                yield stream.problem("no records: the array is empty")
            return
        if count:
            if char != ",":
                yield stream.problem(
                    "invalid JSON: expected ',' or ']' between records" if char else _UNCLOSED
                )
                return
            stream.pos += 1
            char = stream.skip_space()
        if not char:
            yield stream.problem(_UNCLOSED)
            return
        raw = stream.value()
        yield raw
        if raw.read_error is not None:
            return
        count += 1


_UNCLOSED = "invalid JSON: the file ends inside the array (truncated?)"


def raw_rows(name: str, rows: Iterable[Any]) -> Iterator[RawRecord]:
    """Rows (of parquet, a dataset or a loader) as raw records numbered from 1, with their JSON size."""
    for index, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            yield RawRecord(name, index, row, 0)
            continue
        record = dict(row)
        size = len(json.dumps(record, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass"))
        yield RawRecord(name, index, record, size)


def _guarded(name: str, rows: Iterable[dict[str, Any]], what: str) -> Iterator[RawRecord]:
    """Rows of a foreign format; any failure of its reader is a problem at the row it reached."""
    index = 0
    iterator = iter(raw_rows(name, rows))
    while True:
        try:
            raw = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # any failure of a third-party reader is bad input
            yield RawRecord(name, index + 1, None, 0, f"cannot read as {what}: {type(exc).__name__}: {exc}")
            return
        index = raw.line
        yield raw
    if index == 0:
        yield RawRecord(name, 1, None, 0, "no records: the file holds no rows")


def _parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as reader:
        for batch in reader.iter_batches(batch_size=1024):
            yield from batch.to_pylist()


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


def _unreadable(path: Path) -> str | None:
    """Why ``path`` cannot be read as an item file without blocking, or None."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "cannot read: no such file"
    except OSError as exc:
        return f"cannot read: {_describe(exc)}"
    if stat.S_ISDIR(info.st_mode):
        if any((path / marker).is_file() for marker in DATASET_MARKERS):
            return None
        return "a folder that is not a saved Hugging Face dataset (datasets.save_to_disk)"
    if not stat.S_ISREG(info.st_mode):
        kind = "a named pipe" if stat.S_ISFIFO(info.st_mode) else "a device, socket or other special file"
        return f"cannot read: not a regular file ({kind}); copy the data to a file first"
    if not os.access(path, os.R_OK):
        return "cannot read: permission denied"
    return None


def iter_raw_records(
    source: str | os.PathLike[str],
    split: str | None = None,
    *,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[RawRecord]:
    """Yield the raw records of any supported source, each with the line or row it came from."""
    spec = str(source)
    if spec.startswith(HF_PREFIX):
        yield from _guarded(spec, _hf_rows(spec, split), "a Hugging Face dataset")
        return
    path = Path(spec)
    problem = _unreadable(path)
    if problem is not None:
        yield RawRecord(spec, 1, None, 0, problem)
    elif path.is_dir():
        yield from _guarded(spec, _hf_rows(spec, split), "a saved Hugging Face dataset")
    elif path.suffix.lower() == ".parquet":
        yield from _guarded(spec, _parquet_rows(path), "parquet")
    else:
        yield from _iter_file(spec, path, max_record_bytes)


def _iter_file(name: str, path: Path, limit: int) -> Iterator[RawRecord]:
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
    except OSError as exc:
        yield RawRecord(name, 1, None, 0, f"cannot read: {_describe(exc)}")
        return
    with raw:
        handle = cast(IO[bytes], gzip.GzipFile(fileobj=raw) if path.suffix.lower() == ".gz" else raw)
        is_array = False
        if "".join(path.suffixes[-2:]).lower().endswith(".json"):
            try:
                is_array = handle.read(4096).lstrip(codecs.BOM_UTF8).lstrip()[:1] == b"["
                handle.seek(0)
            except _STREAM_ERRORS as exc:
                yield RawRecord(name, 1, None, 0, f"cannot read: {_describe(exc)}")
                return
        if is_array:
            yield from _array_guarded(name, handle, limit)
        else:
            yield from _iter_json_lines(name, handle, limit, offsets=handle is raw)


def _array_guarded(name: str, handle: IO[bytes], limit: int) -> Iterator[RawRecord]:
    records = _iter_json_array(name, handle, limit)
    last = 1
    while True:
        try:
            raw = next(records)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            yield RawRecord(
                name, last, None, 0, f"undecodable bytes (not UTF-8) near this line: {exc.reason}"
            )
            return
        except _STREAM_ERRORS as exc:
            yield RawRecord(name, last, None, 0, f"unreadable from this line on: {_describe(exc)}")
            return
        last = raw.line
        yield raw
