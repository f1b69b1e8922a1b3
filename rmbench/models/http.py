"""``http:URL``: a reward model or judge served by vLLM or an OpenAI-compatible server.

``--model-arg api=...`` picks the endpoint:

- ``pooling`` (default): vLLM ``POST /pooling`` with the chat (prompt + response as assistant
  turn), as vLLM serves reward models; the score is the last value of the returned data.
- ``score``: vLLM ``POST /score`` (cross-encoder / score models) with ``text_1`` = prompt,
  ``text_2`` = response.
- ``chat``: ``POST /v1/chat/completions`` as a pairwise judge, exactly like the ``judge`` kind
  (both orders, round robin): one token at temperature 0 with ``top_logprobs``, P(A wins) =
  P("A") / (P("A") + P("B")).

Requests run on a bounded thread pool (``concurrency``, default 8). Connection errors, timeouts,
429 and 5xx are retried with exponential backoff (``retries``, ``backoff`` seconds); when the
server stays unreachable the run stops with a :class:`ConnectionError` naming the URL, before any
run folder is written. ``model`` names the served model; ``api_key`` is sent as a bearer token.
"""

from __future__ import annotations

import json
import math
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from rmbench.items import Item
from rmbench.items.schema import prompt_as_messages, prompt_text
from rmbench.models.base import Adapter, Prepared, Request
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
        url = self.root + path
        data = json.dumps(body).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                with urllib.request.urlopen(
                    urllib.request.Request(url, data, headers), timeout=self.timeout
                ) as resp:
                    return json.loads(resp.read().decode("utf-8"))
            except urllib.error.HTTPError as exc:
                text = exc.read().decode("utf-8", "replace")[:300]
                if exc.code not in RETRY_STATUS:
                    raise ValueError(f"http model {url}: HTTP {exc.code}: {text}") from None
                last = f"HTTP {exc.code}: {text}"
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
                last = str(getattr(exc, "reason", exc))
        raise ConnectionError(f"http model {url}: unreachable after {self.retries + 1} tries ({last})")

    def _parse(self, reply: Any) -> float:
        if self.api == "pooling":
            value = reply["data"][0]["data"]
            while isinstance(value, list):
                value = value[-1]
            return float(value)
        if self.api == "score":
            return float(reply["data"][0]["score"])
        content = reply["choices"][0]["logprobs"]["content"][0]
        probs = {"A": 0.0, "B": 0.0}
        for entry in [content, *content.get("top_logprobs", [])]:
            token = str(entry.get("token", "")).strip()
            if token in probs:
                probs[token] = max(probs[token], math.exp(float(entry["logprob"])))
        total = probs["A"] + probs["B"]
        return probs["A"] / total if total > 0 else 0.5

    def _score_one(self, r: Request) -> float:
        path, body = self._body(r)
        return self._parse(self._post(path, body))

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        return list(self._pool.map(self._score_one, [p.payload for p in batch]))

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
