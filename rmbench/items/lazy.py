"""The texts of a JSONL item file, left on disk: items keep their place and read them back on demand.

A million pairs are ~600 MB of text, and held as Python strings (49 bytes of overhead each) they
are most of a run's memory, although a cheap model (``length``) never looks at them after the
file is read. So :func:`rmbench.items.read_items` can keep, per item, only its line's byte offset
and what is needed without the texts, packed in flat arrays (~80 bytes a pair): each response's
length, the digest of the item's content (its data-hash contribution) and a hash of each (prompt,
response) request (to count distinct requests). ``item.prompt`` and ``item.responses`` then read
the line again; the record read back must hash to the digest kept, so a file changed during the run
is an error (:class:`FileChangedError`), never silently different texts. The file must stay where it is for as
long as its items are used.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import threading
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np

from rmbench.items.schema import Item, Prompt, content_digest, normalise_record, prompt_json

DIGEST = 32  # bytes of a sha256 digest
PAIR_CONTENT = "[{}, [{}, {}], [1.0, 0.0]]"  # content_json of a pair with a string prompt
PROMPT_JSON = '[{{"content": {}, "role": "user"}}]'  # prompt_json of a string prompt
_encode_str = json.encoder.encode_basestring


class FileChangedError(RuntimeError):
    """An item file changed (or went away) after it was read, while its items still needed it."""


class LineTexts:
    """Texts of the records of one JSONL file (not compressed), by row, read back on demand."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.offsets = array("q")  # byte offset of each row's line
        self.first = array("q")  # index of each row's first response in ``sizes`` and ``keys``
        self.sizes = array("q")  # length in characters of every response, row after row
        self.content = bytearray()  # DIGEST bytes per row: sha256 of its content JSON
        self.pairs = array("q")  # per response: Item.request_hashes
        self._handle: IO[bytes] | None = None
        self._lock = threading.Lock()
        self._last: tuple[int, tuple[Prompt, list[str]] | None] = (-1, None)

    def __len__(self) -> int:
        return len(self.offsets)

    def add(self, offset: int, prompt: Prompt, responses: list[str], gold: list[float]) -> int:
        """Keep what a record's item needs without its texts; the row it can read them back from."""
        row = len(self.offsets)
        self.offsets.append(offset)
        self.first.append(len(self.sizes))
        self.sizes.extend([len(r) for r in responses])
        self.content += content_digest(prompt, responses, gold)
        shared = prompt_json(prompt)
        self.pairs.extend([hash((shared, r)) for r in responses])
        return row

    def add_pair(self, offset: int, prompt: str, chosen: str, rejected: str) -> int:
        """:meth:`add` of a pair (string prompt, gold [1, 0]), each text encoded once."""
        row = len(self.offsets)
        self.offsets.append(offset)
        self.first.append(len(self.sizes))
        self.sizes.extend((len(chosen), len(rejected)))
        texts = _encode_str(prompt), _encode_str(chosen), _encode_str(rejected)
        self.content += hashlib.sha256(PAIR_CONTENT.format(*texts).encode("utf-8")).digest()
        shared = PROMPT_JSON.format(texts[0])
        self.pairs.extend((hash((shared, chosen)), hash((shared, rejected))))
        return row

    def _span(self, row: int) -> tuple[int, int]:
        start = self.first[row]
        return start, self.first[row + 1] if row + 1 < len(self.first) else len(self.sizes)

    def lengths(self, row: int) -> list[int]:
        start, stop = self._span(row)
        return self.sizes[start:stop].tolist()

    def request_hashes(self, row: int) -> list[int]:
        start, stop = self._span(row)
        return self.pairs[start:stop].tolist()

    def content_digest(self, row: int) -> bytes:
        return bytes(self.content[row * DIGEST : (row + 1) * DIGEST])

    def texts(self, row: int) -> tuple[Prompt, list[str]]:
        """The row's prompt and responses, read back from the file and checked against its digest."""
        with self._lock:
            if self._last[0] == row and self._last[1] is not None:
                return self._last[1]
            record = self._read(row)
            prompt, responses = record.get("prompt"), record.get("responses")
            if not isinstance(prompt, (str, list)) or not isinstance(responses, list):
                raise self._changed(row)
            if not all(isinstance(r, str) for r in responses):
                raise self._changed(row)
            gold = [float(g) for g in record.get("gold") or []]
            if content_digest(prompt, responses, gold) != self.content_digest(row):
                raise self._changed(row)
            self._last = (row, (prompt, responses))
            return prompt, responses

    def _read(self, row: int) -> dict[str, Any]:
        try:
            if self._handle is None:
                self._handle = open(self.path, "rb")  # noqa: SIM115 - kept open while items need it
            self._handle.seek(self.offsets[row])
            line = self._handle.readline()
            if self.offsets[row] == 0 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            record = json.loads(line.decode("utf-8"))
        except (OSError, ValueError) as exc:
            raise self._changed(row) from exc
        if not isinstance(record, dict):
            raise self._changed(row)
        return normalise_record(record, default_id="")

    def _changed(self, row: int) -> FileChangedError:
        return FileChangedError(
            f"{self.path}: the record at byte {self.offsets[row]} is not the one read before: the file "
            "changed or went away while its items were in use (keep item files in place during a run)"
        )

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __getstate__(self) -> None:
        raise TypeError("LineTexts cannot be pickled (copy or pickle the items: they take their texts)")


def _per_response(items: Sequence[Item], column: str) -> tuple[np.ndarray, np.ndarray]:
    """A per-response ``column`` of LineTexts (``sizes``: lengths, ``pairs``: request hashes) for
    every response of ``items``, as one flat int64 array, and each item's number of responses.
    Items whose texts stay on disk are gathered from their file's arrays, the others asked."""
    sizes = np.fromiter((it.k for it in items), np.int64, count=len(items))
    flat = np.empty(int(sizes.sum()), np.int64)
    starts = np.cumsum(sizes) - sizes
    backed: dict[int, tuple[LineTexts, list[int]]] = {}
    one = items[0]._texts if items else None
    if one is not None and all(it._texts is one for it in items):  # the usual case: one file
        backed[id(one)] = (one, range(len(items)))  # type: ignore[assignment]
    else:
        for i, it in enumerate(items):
            if it._texts is None:
                values = it.response_lengths if column == "sizes" else it.request_hashes()
                flat[starts[i] : starts[i] + sizes[i]] = values
            else:
                backed.setdefault(id(it._texts), (it._texts, []))[1].append(i)
    for texts, positions in backed.values():
        at = np.arange(len(items)) if isinstance(positions, range) else np.asarray(positions, np.int64)
        rows = np.fromiter((items[i]._row for i in positions), np.int64, count=len(positions))
        first = np.frombuffer(texts.first, np.int64)[rows]
        offset = np.repeat(first - starts[at], sizes[at])  # file index minus flat index, per response
        where = np.repeat(starts[at], sizes[at]) + _ranks(sizes[at])
        flat[where] = np.frombuffer(getattr(texts, column), np.int64)[where + offset]
    return flat, sizes


def lengths_of(items: Sequence[Item]) -> tuple[np.ndarray, np.ndarray]:
    """Every response's length in characters, as one flat array, and each item's number of
    responses: for a million items without a list per item."""
    return _per_response(items, "sizes")


def request_hashes_of(items: Sequence[Item]) -> tuple[np.ndarray, np.ndarray]:
    """:meth:`Item.request_hashes` of every response of ``items``, as one flat array, and each
    item's number of responses."""
    return _per_response(items, "pairs")


def content_digests(items: Sequence[Item]) -> bytes:
    """The sha256 digests of :meth:`Item.content_hash`, concatenated in order (32 bytes an item)."""
    out = bytearray()
    for it in items:
        texts = it._texts
        out += texts.content_digest(it._row) if texts is not None else bytes.fromhex(it.content_hash())
    return bytes(out)


def _ranks(sizes: np.ndarray) -> np.ndarray:
    """0, 1, ..., size - 1 for each size in turn."""
    return np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
