"""What every model adapter is: requests in, one float per request out.

The engine never knows what kind of model it drives. An adapter says which requests an item
needs (one per response for a reward model, one per ordered pair for a pairwise judge), how to
prepare them (tokenise once, report a length and whether a prompt was truncated), how to score a
batch of prepared requests, and how to turn request scores back into one score per response.
A score must depend only on its request, never on the batch it was computed in: that is what
makes dedup, caching, sharding and token-budget batching safe.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rmbench.items import Item
from rmbench.items.schema import Prompt, prompt_json, request_json

_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_encode_str = json.encoder.encode_basestring  # what _encode does with a str, without its dispatch


class ScoreError(ValueError):
    """A model gave something that is not a score (not a finite number, a malformed or refused reply)."""


def _encode_value(value: Any) -> str:
    if value is None:
        return "null"
    return _encode_str(value) if isinstance(value, str) else _encode(value)


@dataclass(slots=True)
class Request:
    """One unit of scoring work, identified by a hash of everything the model sees.

    Treat as immutable (the key is memoised). Not ``frozen``: a frozen dataclass takes five
    times as long to build, and a large suite builds millions of requests.
    """

    prompt: Prompt
    response: str
    other: str | None = None  # the second response of a pairwise comparison (shown as "B")
    reference: tuple[str, ...] | None = None  # for reference-based baselines (chrF, BLEU) only
    _key: str | None = field(default=None, init=False, repr=False, compare=False)

    def key(self, prompt_key: str | None = None) -> str:
        """SHA-256 of ``[prompt messages, response, other, reference]`` as JSON (keys sorted).

        The bytes are exactly those of ``json.dumps([...], ensure_ascii=False, sort_keys=True)``,
        built from parts so that an item's prompt is encoded once (``prompt_key``, from
        :func:`prompt_json`); cached scores stay valid across versions. Memoised on the request.
        """
        if self._key is None:
            self._key = request_key(
                prompt_key if prompt_key is not None else prompt_json(self.prompt),
                self.response,
                self.other,
                self.reference,
            )
        return self._key


def response_key(prompt_key: str, response: str) -> str:
    """:func:`request_key` of a plain (prompt, response) request, the common case, without the dispatch."""
    return hashlib.sha256(request_json(prompt_key, response).encode("utf-8")).hexdigest()


def request_key(
    prompt_key: str, response: str, other: str | None = None, reference: tuple[str, ...] | None = None
) -> str:
    """The key of ``Request(prompt, response, other, reference)`` from the prompt's :func:`prompt_json`."""
    blob = f"[{prompt_key}, {_encode_value(response)}, {_encode_value(other)}, {_encode_value(reference)}]"
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Prepared:
    """A request after the model-specific preparation (usually tokenisation).

    ``shared``/``group``: a causal model can compute the first ``shared`` tokens once for all
    requests of the same ``group`` (their token ids agree exactly up to there): the prompt of an
    item's k responses. 0/None: scored on its own. The engine keeps a group in one batch.
    """

    key: str
    n_tokens: int  # padded cost of this request in a batch; 1 for models without tokens
    payload: Any
    truncated: bool = False
    shared: int = 0
    group: Any = None


def item_reference(item: Item) -> tuple[str, ...] | None:
    """``meta.reference`` as a tuple of strings (one or several references), or None."""
    ref = item.meta.get("reference")
    if ref is None or ref == "" or ref == []:
        return None
    return tuple(str(r) for r in ref) if isinstance(ref, (list, tuple)) else (str(ref),)


class Adapter(ABC):
    """Base class of all model adapters (see the module docstring for the contract)."""

    kind: str = ""
    #: why an item is not supported (shown in the manifest when a subset is skipped)
    unsupported_reason: str = ""
    #: False for adapters whose scores cost less than a cache round trip (length, random)
    cacheable: bool = True

    def __init__(
        self,
        arg: str = "",
        *,
        device: str | None = None,
        dtype: str | None = None,
        max_length: int | None = None,
        seed: int = 0,
        name: str | None = None,
        **options: Any,
    ):
        self.arg = str(arg)
        self.requested_device = device
        self.requested_dtype = dtype
        self.max_length = int(max_length) if max_length is not None else None
        self.seed = int(seed)
        self._name = name
        self._options = dict(options)
        self.settings: dict[str, Any] = {}  # options that change scores (fingerprint, manifest)
        self.device = "cpu"
        self.dtype = "n/a"

    def option(self, key: str, default: Any = None, cast: Any = None) -> Any:
        """Take an adapter-specific option (``--model-arg KEY=VALUE``), recording it in ``settings``."""
        value = self._options.pop(key, default)
        if cast is not None and value is not None:
            try:
                value = cast(value)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"--model-arg {key}={value!r} for {self.kind}: {exc}") from exc
        self.settings[key] = value
        return value

    def check_options(self) -> None:
        """Unknown options are an error, not silently ignored."""
        if self._options:
            raise ValueError(
                f"model kind {self.kind!r} does not take option(s) {', '.join(sorted(self._options))}"
            )

    @property
    def spec(self) -> str:
        return f"{self.kind}:{self.arg}" if self.arg else self.kind

    @property
    def name(self) -> str:
        """A short name used as run folder name."""
        if self._name:
            return self._name
        tail = self.arg.rstrip("/").replace("\\", "/").split("/")[-1] if self.arg else ""
        raw = f"{self.kind}-{tail}" if tail else self.kind
        return "".join(c if c.isalnum() or c in "-_." else "_" for c in raw)

    def describe(self) -> dict[str, Any]:
        """Settings that change scores; part of the fingerprint and the manifest."""
        return {
            "kind": self.kind,
            "arg": self.arg,
            "settings": {k: str(v) for k, v in sorted(self.settings.items())},
        }

    def content_hash(self) -> str:
        """Hash of the model's weights/code, when it has any (overridden by adapters)."""
        return ""

    def fingerprint(self) -> str:
        """Cache key of the model: settings + content. Computed once."""
        if not hasattr(self, "_fingerprint"):
            blob = json.dumps({"describe": self.describe(), "content": self.content_hash()}, sort_keys=True)
            self._fingerprint = hashlib.sha256(blob.encode()).hexdigest()[:32]
        return self._fingerprint

    # -- items <-> requests -------------------------------------------------------------------------
    def supports(self, item: Item) -> bool:
        return True

    def item_requests(self, item: Item) -> list[Request]:
        return [Request(item.prompt, r) for r in item.responses]

    def direct_scores(self, items: Sequence[Item]) -> Sequence[Sequence[float]] | None:
        """Per item, one score per response, straight from the items, or None (the default): the
        items go through requests. For adapters whose score is a function of one response that
        costs less than a request key (``length``): no requests, batches or cache, and an item
        whose texts stay on disk is not read back."""
        return None

    def item_scores(self, item: Item, request_scores: Sequence[float]) -> list[float]:
        return [float(s) for s in request_scores]

    def subset_stats(
        self, items: Sequence[Item], request_scores: Sequence[Sequence[float]]
    ) -> dict[str, Any]:
        """Adapter-specific figures of one subset for the manifest (e.g. judge position consistency)."""
        return {}

    # -- scoring ------------------------------------------------------------------------------------
    def prepare(self, requests: Sequence[Request]) -> list[Prepared]:
        return [Prepared(r.key(), 1, r) for r in requests]

    @abstractmethod
    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        """One float per prepared request, independent of the other members of the batch."""

    def score_chunks(self, batch: Sequence[Prepared]) -> Iterator[list[tuple[int, float]]]:
        """Scores as ``(index in batch, score)`` chunks, handed over as they are ready.

        The engine caches each chunk as it comes, so an adapter whose requests finish one by one
        (http) loses nothing it received when a later request fails or the run is interrupted.
        The default is one chunk: the whole batch, or nothing when the count is wrong.
        """
        scores = self.score_batch(batch)
        if len(scores) != len(batch):
            raise ScoreError(f"adapter {self.spec} returned {len(scores)} scores for {len(batch)} requests")
        yield list(enumerate(scores))

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release resources (threads, sessions)."""
