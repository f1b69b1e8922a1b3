"""``http:URL``: a reward model or judge served by vLLM or an OpenAI-compatible server.

``--model-arg api=...`` picks the endpoint:

- ``pooling`` (default): vLLM ``POST /pooling`` with the chat (prompt + response as assistant
  turn), as vLLM serves reward models; the score is the last value of the returned data.
- ``score``: vLLM ``POST /score`` (cross-encoder / score models) with ``text_1`` = prompt,
  ``text_2`` = response.
- ``chat``: ``POST /v1/chat/completions`` as a pairwise judge, exactly like the ``judge`` kind
  (both orders, round robin): one token at temperature 0 with ``top_logprobs``, P(A wins) =
  P("A") / (P("A") + P("B")).

Requests run on a bounded thread pool (``concurrency``, default 8). Only what may pass on a
second try is retried, with exponential backoff (``retries``, ``backoff`` seconds) and the
server's Retry-After: no connection, a reset, a timeout, a truncated body, 408, 429, 5xx. A 400
(or any other 4xx), a reply that is not JSON, a missing field or a score that is not a finite
number stops the run at once with a :class:`ScoreError` naming the URL and the reply. Each reply
is handed to the engine as it arrives and cached there, so when a request fails for good (a
:class:`ConnectionError` after the retries) every score received before is kept, and the error
says how many; no run folder is written. ``model`` names the served model; ``api_key`` is sent as a
bearer token.
"""

from __future__ import annotations

import http.client
import json
import math
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from rmbench.items import Item
from rmbench.items.schema import prompt_as_messages, prompt_text
from rmbench.models.base import Adapter, Prepared, Request, ScoreError
from rmbench.models.judge import JUDGE_TEMPLATE, consistency, ordered_pairs, win_scores

APIS = ("pooling", "score", "chat")
RETRY_STATUS = {408, 429, 500, 502, 503, 504}


class HTTPAdapter(Adapter):
    kind = "http"

    def __init__(self, arg: str = "", **options: Any):
        super().__init__(arg, **options)
        if not arg.startswith(("http://", "https://")):
            raise ValueError(f"http model {arg!r}: expected a URL like http://127.0.0.1:8000")
        self.api = self.option("api", "pooling")
        if self.api not in APIS:
            raise ValueError(f"http: api must be one of {', '.join(APIS)}, got {self.api!r}")
        self.served_model = self.option("model", "")
        self.concurrency = self.option("concurrency", 8, int)
        self.retries = self.option("retries", 4, int)
        self.backoff = self.option("backoff", 0.5, float)
        self.timeout = self.option("timeout", 120.0, float)
        self._api_key = self._options.pop("api_key", None)  # a secret: not in settings or the manifest
        self.check_options()
        for volatile in ("concurrency", "retries", "backoff", "timeout"):  # do not change scores
            self.settings.pop(volatile)
        self.root = arg.rstrip("/").removesuffix("/v1")
        self.unsupported_reason = "a pairwise judge needs k >= 2 responses" if self.api == "chat" else ""
        self._pool = ThreadPoolExecutor(max_workers=max(1, self.concurrency))

    @property
    def name(self) -> str:
        if self._name:
            return self._name
        label = self.served_model or self.root.split("//", 1)[-1]
        return "http-" + "".join(c if c.isalnum() or c in "-_." else "_" for c in label)

    # -- items -------------------------------------------------------------------------------------
    def supports(self, item: Item) -> bool:
        return item.k >= 2 if self.api == "chat" else True

    def item_requests(self, item: Item) -> list[Request]:
        if self.api != "chat":
            return super().item_requests(item)
        return [
            Request(item.prompt, item.responses[a], other=item.responses[b]) for a, b in ordered_pairs(item.k)
        ]

    def item_scores(self, item: Item, request_scores: Sequence[float]) -> list[float]:
        return (
            win_scores(item.k, request_scores)
            if self.api == "chat"
            else super().item_scores(item, request_scores)
        )

    def subset_stats(
        self, items: Sequence[Item], request_scores: Sequence[Sequence[float]]
    ) -> dict[str, Any]:
        if self.api != "chat":
            return {}
        pairs = [consistency(it.k, s) for it, s in zip(items, request_scores, strict=True)]
        total = sum(t for _, t in pairs)
        return {"position_consistency": sum(a for a, _ in pairs) / total if total else None, "pairs": total}

    # -- wire --------------------------------------------------------------------------------------
    def _body(self, r: Request) -> tuple[str, dict[str, Any]]:
        model = {"model": self.served_model} if self.served_model else {}
        if self.api == "pooling":
            messages = [*prompt_as_messages(r.prompt), {"role": "assistant", "content": r.response}]
            return "/pooling", {**model, "messages": messages}
        if self.api == "score":
            return "/score", {**model, "text_1": prompt_text(r.prompt), "text_2": r.response}
        content = JUDGE_TEMPLATE.format(question=prompt_text(r.prompt), a=r.response, b=r.other)
        return "/v1/chat/completions", {
            **model,
            "messages": [{"role": "user", "content": content}],
            "max_tokens": 1,
            "temperature": 0,
            "logprobs": True,
            "top_logprobs": 20,
        }

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        """The decoded JSON reply. Retries what may pass on a second try (no connection, a reset,
        a timeout, a truncated body, 408, 429, 5xx), honouring Retry-After; anything else (400,
        404, a reply that is not JSON) is a :class:`ScoreError` at once."""
        url = self.root + path
        data = json.dumps(body).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        last, wait = "", 0.0
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(max(self.backoff * 2 ** (attempt - 1), wait))
            wait = 0.0
            try:
                with urllib.request.urlopen(
                    urllib.request.Request(url, data, headers), timeout=self.timeout
                ) as resp:
                    raw = resp.read()
            except urllib.error.HTTPError as exc:
                text = _read_error_body(exc)
                if exc.code not in RETRY_STATUS and exc.code < 500:
                    raise ScoreError(f"http model {url}: HTTP {exc.code} (not retried): {text}") from None
                last, wait = f"HTTP {exc.code}: {text}", _retry_after(exc)
                continue
            except (OSError, http.client.HTTPException) as exc:  # URLError, reset, timeout, truncated body
                last = _transport_error(exc)
                continue
            return _decode_reply(url, raw)
        raise ConnectionError(f"http model {url}: unreachable after {self.retries + 1} tries ({last})")

    def _parse(self, reply: Any) -> float:
        try:
            if self.api == "pooling":
                value = reply["data"][0]["data"]
                while isinstance(value, list) and value:
                    value = value[-1]
                return _number(value, "data[0].data")
            if self.api == "score":
                return _number(reply["data"][0]["score"], "data[0].score")
            return self._judge_probability(reply["choices"][0]["logprobs"]["content"][0])
        except (KeyError, IndexError, TypeError, AttributeError) as exc:
            raise ScoreError(
                f"the reply lacks the field the {self.api} API promises ({exc!r}): {_clip(reply)}"
            ) from None

    @staticmethod
    def _judge_probability(content: dict[str, Any]) -> float:
        probs = {"A": 0.0, "B": 0.0}
        for entry in [content, *content.get("top_logprobs", [])]:
            token = str(entry.get("token", "")).strip()
            if token in probs:
                logprob = _number(entry["logprob"], "logprob")
                if logprob > 1e-6:
                    raise ScoreError(
                        f"logprob {logprob!r} of token {token!r} is above 0: not a log-probability"
                    )
                probs[token] = max(probs[token], math.exp(min(logprob, 0.0)))
        total = probs["A"] + probs["B"]
        return probs["A"] / total if total > 0 else 0.5

    def _score_one(self, r: Request) -> float:
        path, body = self._body(r)
        reply = self._post(path, body)
        try:
            return self._parse(reply)
        except ScoreError as exc:
            raise ScoreError(f"http model {self.root + path}: {exc}") from None

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        scores: dict[int, float] = {}
        for chunk in self.score_chunks(batch):
            scores.update(chunk)
        return [scores[i] for i in range(len(batch))]

    def score_chunks(self, batch: Sequence[Prepared]) -> Iterator[list[tuple[int, float]]]:
        """Each reply as it arrives, so the engine caches it at once. On the first failure the
        requests not yet sent are cancelled, those in flight are awaited (and handed over), and
        the error says how many replies of the batch were kept."""
        futures = {self._pool.submit(self._score_one, p.payload): i for i, p in enumerate(batch)}
        failure: BaseException | None = None
        kept = 0
        try:
            for future in as_completed(futures):
                if future.cancelled():
                    continue
                error = future.exception()
                if error is None:
                    kept += 1
                    yield [(futures[future], future.result())]
                elif failure is None:
                    failure = error
                    for other in futures:
                        other.cancel()
        finally:
            for other in futures:
                other.cancel()
        if failure is not None:
            note = f" ({kept} of {len(batch)} replies of this batch were received and kept)"
            if isinstance(failure, ConnectionError):
                raise ConnectionError(f"{failure}{note}") from None
            if isinstance(failure, ScoreError):
                raise ScoreError(f"{failure}{note}") from None
            raise failure

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _clip(value: Any, limit: int = 300) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= limit else text[:limit] + "..."


def _number(value: Any, field: str) -> float:
    """A JSON number that is finite; a string, a bool, null or NaN/Infinity is a :class:`ScoreError`."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            if math.isfinite(value):
                return float(value)
        except OverflowError:
            pass
    raise ScoreError(f"{field} is {_clip(repr(value), 80)}, not a finite number")


def _decode_reply(url: str, raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ScoreError(
            f"http model {url}: the reply is not JSON ({exc}): {_clip(raw.decode('utf-8', 'replace'))}"
        ) from None


def _read_error_body(exc: urllib.error.HTTPError) -> str:
    try:
        return exc.read().decode("utf-8", "replace")[:300]
    except (OSError, http.client.HTTPException):
        return "(no readable body)"


def _retry_after(exc: urllib.error.HTTPError) -> float:
    """Seconds the server asked us to wait (Retry-After in seconds), capped at a minute."""
    try:
        return min(60.0, max(0.0, float(exc.headers.get("Retry-After", 0))))
    except (TypeError, ValueError):
        return 0.0


def _transport_error(exc: BaseException) -> str:
    if isinstance(exc, http.client.IncompleteRead):
        return f"truncated body: {len(exc.partial)} bytes received, more expected"
    reason = getattr(exc, "reason", None)
    return f"{type(exc).__name__}: {reason or exc}"
