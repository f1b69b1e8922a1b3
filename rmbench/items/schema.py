"""The one record every judgement is stored in.

An :class:`Item` is a prompt, k >= 1 responses and a gold score per response (higher is
better). Preference pairs, rankings and pointwise ratings are all items, so metrics, caching and
reporting need only one code path. Anything an RM must never see (a reference translation, unit
tests) lives in ``meta``; ``meta["source_id"]`` ties an item to its shifted twins.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from typing import Any

Message = dict[str, str]
Prompt = str | list[Message]

CHAT_ROLES = frozenset({"system", "user", "assistant", "tool", "developer"})


_NO_TEXTS = ()  # the responses slot of an item whose texts stay on disk (never shown)


def _shared(*args: Any, **kwargs: Any) -> None:
    raise TypeError("shared by many items read from one file: assign a new value instead of changing it")


class SharedList(list):
    """A list many items share (the gold ``[1.0, 0.0]`` of every pair of a large file): it reads as
    any list; changing it in place is an error. Copies and pickles are plain lists."""

    append = extend = insert = pop = remove = clear = sort = reverse = _shared
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _shared  # type: ignore[assignment]

    def __copy__(self) -> list[Any]:
        return list(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
        return list(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))


class SharedDict(dict):
    """A dict many items share (the empty ``meta`` of the pairs of a large file); see :class:`SharedList`."""

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _shared  # type: ignore[assignment]

    def __copy__(self) -> dict[str, Any]:
        return dict(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return dict(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (dict(self),))


class Item:
    """A prompt, k responses and one gold score per response, with ``meta`` and ``response_meta``.

    Built like a dataclass (``Item(id, prompt, responses, gold, meta, response_meta)``) and compared
    field by field. An item read from a large JSONL file may leave its texts on disk
    (:class:`rmbench.items.lazy.LineTexts`): ``prompt`` and ``responses`` are then read back when
    asked for, and what is needed of them without the texts (response lengths, the content hash,
    request hashes) was kept when the file was read. Setting either text keeps it in memory.
    Slots, not a dict per item: a million items are a million of these.
    """

    __slots__ = ("_prompt", "_responses", "_row", "_texts", "gold", "id", "meta", "response_meta")

    def __init__(
        self,
        id: str,
        prompt: Prompt,
        responses: list[str],
        gold: list[float],
        meta: dict[str, Any] | None = None,
        response_meta: list[dict[str, Any]] | None = None,
    ):
        self.id = id
        self._prompt, self._responses = prompt, responses
        self.gold = gold
        self.meta = {} if meta is None else meta
        self.response_meta = response_meta
        self._texts: Any = None  # a LineTexts holding this item's texts (None: they are in memory)
        self._row = -1

    @classmethod
    def backed(
        cls,
        id: str,
        gold: list[float],
        meta: dict[str, Any],
        response_meta: list[dict[str, Any]] | None,
        texts: Any,
        row: int,
    ) -> Item:
        """An item whose prompt and responses stay in ``texts`` (a LineTexts), at ``row``."""
        item = object.__new__(cls)  # the slots set directly: a million of these are made in a row
        item.id, item.gold, item.meta, item.response_meta = id, gold, meta, response_meta
        item._prompt, item._responses, item._texts, item._row = "", _NO_TEXTS, texts, row  # type: ignore[assignment]
        return item

    def _load(self) -> None:
        if self._texts is not None:
            self._prompt, self._responses = self._texts.texts(self._row)

    @property
    def prompt(self) -> Prompt:
        if self._texts is not None:
            return self._texts.texts(self._row)[0]
        return self._prompt

    @prompt.setter
    def prompt(self, value: Prompt) -> None:
        self._load()
        self._prompt, self._texts = value, None

    @property
    def responses(self) -> list[str]:
        if self._texts is not None:
            return self._texts.texts(self._row)[1]
        return self._responses

    @responses.setter
    def responses(self, value: list[str]) -> None:
        self._load()
        self._responses, self._texts = value, None

    def _fields(self) -> tuple[Any, ...]:
        return (self.id, self.prompt, self.responses, self.gold, self.meta, self.response_meta)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        names = ("id", "prompt", "responses", "gold", "meta", "response_meta")
        return f"Item({', '.join(f'{n}={v!r}' for n, v in zip(names, self._fields(), strict=True))})"

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles hold their texts
        return (Item, self._fields())

    @property
    def k(self) -> int:
        return len(self.gold) if self._texts is not None else len(self.responses)

    @property
    def source_id(self) -> str:
        """The key shared by an item and its shifted twins (falls back to the item id)."""
        if not self.meta and type(self.id) is str:
            return self.id
        return str(self.meta.get("source_id", self.id))

    @property
    def is_pointwise(self) -> bool:
        return self.k == 1

    @property
    def response_lengths(self) -> list[int]:
        """Each response's length in characters."""
        if self._texts is not None:
            return self._texts.lengths(self._row)
        return [len(r) for r in self.responses]

    def request_hashes(self) -> list[int]:
        """``hash((prompt_json(prompt), response))`` per response: equal for requests that are equal
        (within one process), so distinct requests can be counted without the texts, which an item
        read with its texts left on disk keeps these for."""
        if self._texts is not None:
            return self._texts.request_hashes(self._row)
        shared = prompt_json(self.prompt)
        return [hash((shared, r)) for r in self.responses]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "prompt": self.prompt,
            "responses": list(self.responses),
            "gold": list(self.gold),
            "meta": dict(self.meta),
        }
        if self.response_meta is not None:
            out["response_meta"] = [dict(m) for m in self.response_meta]
        return out

    def content_hash(self) -> str:
        """Stable hash of what the item asks a model to judge (used for data hashes in manifests):
        sha256 of ``json.dumps([prompt, responses, gold], ensure_ascii=False, sort_keys=True)``."""
        if self._texts is not None:
            return self._texts.content_digest(self._row).hex()
        return content_digest(self.prompt, self.responses, self.gold).hex()


_encode_str = json.encoder.encode_basestring  # what ensure_ascii=False uses


def _number_json(value: Any) -> str | None:
    kind = type(value)
    if kind is float:
        return float.__repr__(value) if math.isfinite(value) else None
    return int.__repr__(value) if kind is int else None


def content_json(prompt: Prompt, responses: Sequence[str], gold: Sequence[float]) -> str:
    """``json.dumps([prompt, responses, gold], ensure_ascii=False, sort_keys=True)``, built directly
    for the common case (a string prompt, string responses, plain numbers): the same text, without
    the encoder's dispatch per value (it is hashed once per item in every run)."""
    numbers = [_number_json(g) for g in gold]
    if type(prompt) is not str or not all(type(r) is str for r in responses) or None in numbers:
        return json.dumps([prompt, responses, gold], ensure_ascii=False, sort_keys=True)
    texts = ", ".join(map(_encode_str, responses))
    return f"[{_encode_str(prompt)}, [{texts}], [{', '.join(numbers)}]]"  # type: ignore[arg-type]


def content_digest(prompt: Prompt, responses: Sequence[str], gold: Sequence[float]) -> bytes:
    return hashlib.sha256(content_json(prompt, responses, gold).encode("utf-8")).digest()


_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def prompt_json(prompt: Prompt) -> str:
    """The prompt as a request key sees it (chat messages, keys sorted), as JSON.

    A plain string is one user turn, so both spellings of the same prompt give the same key.
    """
    if isinstance(prompt, str):
        return '[{"content": ' + _encode_str(prompt) + ', "role": "user"}]'
    return _encode(prompt_as_messages(prompt))


def request_json(prompt_key: str, response: str) -> str:
    """The JSON a plain (prompt, response) request's key hashes, from the prompt's :func:`prompt_json`:
    ``json.dumps([messages, response, None, None], ensure_ascii=False, sort_keys=True)``."""
    return f"[{prompt_key}, {_encode_str(response)}, null, null]"


def prompt_as_messages(prompt: Prompt) -> list[Message]:
    """A prompt as chat messages: a plain string is one user turn."""
    if isinstance(prompt, str):
        return [{"role": "user", "content": prompt}]
    return [dict(m) for m in prompt]


def prompt_text(prompt: Prompt) -> str:
    """A readable flat rendering of a prompt (for baselines, audit and display, not for RMs)."""
    if isinstance(prompt, str):
        return prompt
    return "\n".join(f"{m.get('role', '')}: {m.get('content', '')}" for m in prompt)


def last_user_text(prompt: Prompt) -> str:
    """The final user turn: what an embedding baseline compares responses against."""
    if isinstance(prompt, str):
        return prompt
    for message in reversed(prompt):
        if message.get("role") == "user":
            return str(message.get("content", ""))
    return prompt_text(prompt)


def normalise_record(record: dict[str, Any], default_id: str | None = None) -> dict[str, Any]:
    """Turn the familiar ``{prompt, chosen, rejected}`` pair form into the item form.

    Records already in item form pass through unchanged. Extra top-level keys of a pair record
    are kept in ``meta`` so nothing the source carried is lost. A pair without an ``id`` gets
    ``default_id`` (readers pass file stem + line: deterministic, and unique within a file). A
    ``meta`` that is not an object is left as it is, for validation to report.
    """
    if "responses" in record or not ("chosen" in record and "rejected" in record):
        return record
    known = {"id", "prompt", "chosen", "rejected", "meta", "response_meta"}
    meta = record.get("meta")
    if meta is None:
        meta = {}
    if isinstance(meta, dict):
        meta = dict(meta)
        for key, value in record.items():
            if key not in known:
                meta.setdefault(key, value)
    item_id = record.get("id")
    out = {
        "id": default_id if item_id is None else item_id,
        "prompt": record.get("prompt"),
        "responses": [record.get("chosen"), record.get("rejected")],
        "gold": [1, 0],
        "meta": meta,
    }
    if "response_meta" in record:
        out["response_meta"] = record["response_meta"]
    return out


def item_from_record(record: dict[str, Any]) -> Item:
    """Build an :class:`Item` from an already validated, normalised record."""
    return Item(
        id=str(record["id"]),
        prompt=record["prompt"],
        responses=[str(r) for r in record["responses"]],
        gold=[float(g) for g in record["gold"]],
        meta=dict(record.get("meta") or {}),
        response_meta=[dict(m or {}) for m in record["response_meta"]]
        if record.get("response_meta")
        else None,
    )
