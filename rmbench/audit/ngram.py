"""A token trigram language model with interpolated Kneser-Ney smoothing (pure Python, no deps).

Why an n-gram model: it is the cheapest prompt-free fluency probe. Fit on held-out reference text
of the domain, it asks "does this response read like ordinary text/code of its kind?" without
seeing the prompt. If that alone orders the pairs, the rejected responses carry an unnatural
surface (a mutant like ``return -0``, a garbled word) that a reward model can learn as a shortcut.

Interpolated KN (Chen & Goodman 1998) with one absolute discount per order: the highest order uses
counts, the lower orders continuation counts (how many distinct contexts precede a token); the
unigram level is add-one smoothed over the vocabulary plus one unknown token, so every token has
a probability and unseen text is scored, not skipped.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

BOS, EOS = "<s>", "</s>"


class KneserNeyTrigram:
    def __init__(self, discount: float = 0.75):
        if not 0 < discount < 1:
            raise ValueError(f"discount must be in (0, 1), got {discount}")
        self.d = discount
        self.tri: Counter[tuple[str, str, str]] = Counter()
        self.ctx2: Counter[tuple[str, str]] = Counter()  # c(u v .)
        self.ctx2_types: Counter[tuple[str, str]] = Counter()  # N1+(u v .)
        self.cont2: Counter[tuple[str, str]] = Counter()  # N1+(. v w)
        self.cont2_ctx: Counter[str] = Counter()  # N1+(. v .)
        self.cont2_types: Counter[str] = Counter()  # N1+(v .) over continuation bigrams
        self.cont1: Counter[str] = Counter()  # N1+(. w)
        self.cont1_total = 0
        self.vocab: set[str] = set()
        self.n_tokens = 0

    def fit(self, documents: Iterable[Sequence[str]]) -> KneserNeyTrigram:
        for doc in documents:
            padded = [BOS, BOS, *doc, EOS]
            self.vocab.update(doc)
            self.n_tokens += len(doc) + 1
            for i in range(2, len(padded)):
                self.tri[(padded[i - 2], padded[i - 1], padded[i])] += 1
        self.vocab.add(EOS)
        bigram_types: set[tuple[str, str]] = set()
        for (u, v, w), c in self.tri.items():
            self.ctx2[(u, v)] += c
            self.ctx2_types[(u, v)] += 1
            self.cont2[(v, w)] += 1
            bigram_types.add((v, w))
        for (v, _w), c in self.cont2.items():
            self.cont2_ctx[v] += c
            self.cont2_types[v] += 1
        for _, w in bigram_types:
            self.cont1[w] += 1
        self.cont1_total = sum(self.cont1.values())
        return self

    def _p1(self, w: str) -> float:
        return (self.cont1.get(w, 0) + 1) / (self.cont1_total + len(self.vocab) + 1)

    def _p2(self, v: str, w: str) -> float:
        total = self.cont2_ctx.get(v, 0)
        if not total:
            return self._p1(w)
        count = self.cont2.get((v, w), 0)
        backoff = self.d * self.cont2_types[v] / total
        return max(count - self.d, 0.0) / total + backoff * self._p1(w)

    def prob(self, u: str, v: str, w: str) -> float:
        """P(w | u v)."""
        total = self.ctx2.get((u, v), 0)
        if not total:
            return self._p2(v, w)
        count = self.tri.get((u, v, w), 0)
        backoff = self.d * self.ctx2_types[(u, v)] / total
        return max(count - self.d, 0.0) / total + backoff * self._p2(v, w)

    def mean_logprob(self, doc: Sequence[str]) -> float:
        """Mean natural-log probability per token (end of text included), the length-fair score."""
        padded = [BOS, BOS, *doc, EOS]
        total = math.fsum(math.log(self.prob(*padded[i - 2 : i + 1])) for i in range(2, len(padded)))
        return total / (len(padded) - 2)

    def size(self) -> dict[str, int]:
        """How much text it learned from (recorded beside the probe's figure)."""
        return {"tokens": self.n_tokens, "vocabulary": len(self.vocab), "trigram_types": len(self.tri)}
