"""A prompt-free token n-gram language model of code, fit on public reference solutions.

It is the cheapest "does this look like ordinary code?" probe: if it prefers the passing program
of a pair far more often than chance, the negatives are recognisable by their surface (an odd
token sequence, a mutated literal) without reading the task. It is fit on held-out public text,
never on rmbench's own programs: HumanEval canonical solutions and MBPP code for Python,
HumanEvalPack's JavaScript canonical solutions for JavaScript.

Interpolated Kneser-Ney with one discount; unseen words get the mass of an unknown-word slot.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

_TOKEN = re.compile(
    r"[A-Za-z_]\w*|\d+(?:\.\d+)?|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`[^`]*`"
    r"|===|!==|\*\*=|//=|>>=|<<=|=>|==|!=|<=|>=|//|\*\*|\+=|-=|\*=|/=|%=|&&|\|\||\+\+|--|->|\n|\S"
)
BOS, EOS, UNK = "<s>", "</s>", "<unk>"


def code_tokens(code: str) -> list[str]:
    """Identifiers, literals, operators and newlines (indentation is dropped, line breaks kept)."""
    return _TOKEN.findall(code.strip("\n"))


class KneserNey:
    """An interpolated Kneser-Ney n-gram model over ``code_tokens``."""

    def __init__(self, texts: Iterable[str], order: int = 3, discount: float = 0.75):
        self.order, self.d = order, discount
        self.counts: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(order + 1)]
        for text in texts:
            seq = [BOS] * (order - 1) + code_tokens(text) + [EOS]
            for n in range(1, order + 1):
                for i in range(len(seq) - n + 1):
                    self.counts[n][tuple(seq[i : i + n])] += 1
        # continuation counts: in how many distinct contexts each lower-order n-gram appears
        self.cont: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(order)]
        for n in range(2, order + 1):
            for gram in self.counts[n]:
                self.cont[n - 1][gram[1:]] += 1
        self.ctx_total: list[dict[tuple[str, ...], float]] = [defaultdict(float) for _ in range(order + 1)]
        self.ctx_types: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(order + 1)]
        for n in range(1, order + 1):
            source = self.counts[n] if n == order else self.cont[n]
            for gram, c in source.items():
                self.ctx_total[n][gram[:-1]] += c
                self.ctx_types[n][gram[:-1]] += 1
        self.vocab = {g[0] for g in self.counts[1]}

    def _prob(self, gram: tuple[str, ...]) -> float:
        n = len(gram)
        if n == 1:
            total = self.ctx_total[1][()]
            return (self.cont[1][gram] + 1.0) / (total + len(self.vocab) + 1.0)
        source = self.counts[n] if n == self.order else self.cont[n]
        total = self.ctx_total[n].get(gram[:-1], 0.0)
        lower = self._prob(gram[1:])
        if total == 0:
            return lower
        gamma = self.d * self.ctx_types[n][gram[:-1]] / total
        return max(source[gram] - self.d, 0.0) / total + gamma * lower

    def mean_logprob(self, code: str) -> float:
        """Mean natural-log probability per token (end of text included)."""
        toks = [t if t in self.vocab else UNK for t in code_tokens(code)]
        seq = [BOS] * (self.order - 1) + toks + [EOS]
        logps = [
            math.log(self._prob(tuple(seq[i - self.order + 1 : i + 1])))
            for i in range(self.order - 1, len(seq))
        ]
        return math.fsum(logps) / len(logps)


def reference_corpus(data_dir: Path, language: str) -> list[str]:
    """Public reference programs: HumanEval + MBPP (Python) or HumanEvalPack JS (JavaScript)."""
    if language == "python":
        texts = []
        with gzip.open(data_dir / "openai_human_eval" / "data" / "HumanEval.jsonl.gz", "rt") as handle:
            for line in handle:
                row = json.loads(line)
                header = [ln for ln in row["prompt"].split("\n") if ln.startswith("def ")][-1]
                texts.append(header + "\n" + row["canonical_solution"])
        with open(data_dir / "mbpp" / "mbpp" / "mbpp.jsonl", encoding="utf-8") as handle:
            texts += [json.loads(line)["code"].replace("\r\n", "\n") for line in handle if line.strip()]
        return texts
    path = data_dir / "humanevalpack/evaluation/create/humaneval-x/data/js/data/humanevalpack.jsonl"
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [row["declaration"] + row["canonical_solution"] for row in rows]
