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
from dataclasses import dataclass, field
from typing import Any

Message = dict[str, str]
Prompt = str | list[Message]

CHAT_ROLES = frozenset({"system", "user", "assistant", "tool", "developer"})


@dataclass
class Item:
    id: str
    prompt: Prompt
    responses: list[str]
    gold: list[float]
    meta: dict[str, Any] = field(default_factory=dict)
    response_meta: list[dict[str, Any]] | None = None

    @property
    def k(self) -> int:
        return len(self.responses)

    @property
    def source_id(self) -> str:
        """The key shared by an item and its shifted twins (falls back to the item id)."""
        return str(self.meta.get("source_id", self.id))

    @property
    def is_pointwise(self) -> bool:
        return self.k == 1

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
        return hashlib.sha256(content_json(self.prompt, self.responses, self.gold).encode("utf-8")).hexdigest()


_encode_str = json.encoder.encode_basestring  # type: ignore[attr-defined]  # what ensure_ascii=False uses


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
