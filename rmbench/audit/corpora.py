"""Held-out reference text per domain and language, for the prompt-free n-gram probe.

The probe must learn what ordinary text of the domain looks like from text that is NOT the subset
being audited: otherwise it would recognise the chosen responses instead of judging fluency. Two
guards: each domain reads other public sources (code: HumanEval and MBPP solutions; translation:
WMT references in the target language; qa: TruthfulQA and EVOUNA answers; story: creativity_eval
texts; customer service: tau-bench agent turns and policies, ABCD guidelines), and
:func:`overlapping_documents` drops every document that overlaps the audited items (a public subset
built from the same source, a mutant of a canonical solution).

Overlap rule: a document of >= 6 tokens is dropped when at least half of its token 6-grams occur
in the audited prompts or responses. A single-token mutant breaks at most 6 of a program's
6-grams, so a program whose mutant is audited shares nearly all of its 6-grams and is dropped,
while unrelated text shares few (measured: see tests/test_audit.py). A shorter document is
dropped when it equals an audited response token for token.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rmbench.audit.text import lm_tokens
from rmbench.items import Item, prompt_text

OVERLAP_N = 6
OVERLAP_SHARE = 0.5

Document = tuple[str, str]  # (id, text)
Builder = Callable[[Path], Iterator[Document]]


@dataclass(eq=False)  # hashed by identity: cached corpora key the fitted models
class Corpus:
    """Reference documents of one (domain, language), tokenised once for fitting and overlap checks."""

    key: str  # "code/python"
    sources: str  # where the text comes from, in words
    ids: list[str]
    tokens: list[list[str]]

    @cached_property
    def shingles(self) -> list[list[int]]:
        """Per document its token 6-gram hashes (empty for documents shorter than 6 tokens)."""
        return [_grams(toks) for toks in self.tokens]

    def describe(self, excluded: Sequence[str] = ()) -> dict[str, object]:
        return {
            "key": self.key,
            "sources": self.sources,
            "documents": len(self.ids) - len(excluded),
            "excluded_as_overlapping": len(excluded),
        }


def _grams(toks: Sequence[str]) -> list[int]:
    return [hash(tuple(toks[i : i + OVERLAP_N])) for i in range(len(toks) - OVERLAP_N + 1)]


def _jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _humaneval(root: Path) -> Iterator[Document]:
    for row in _jsonl(root / "openai_human_eval/data/HumanEval.jsonl.gz"):
        yield f"humaneval:{row['task_id']}", row["prompt"] + row["canonical_solution"]


def _mbpp(root: Path) -> Iterator[Document]:
    for row in _jsonl(root / "mbpp/mbpp/mbpp.jsonl"):
        yield f"mbpp:{row['task_id']}", row["code"]


def _humanevalpack(language: str) -> Builder:
    def read(root: Path) -> Iterator[Document]:
        path = root / f"humanevalpack/evaluation/create/humaneval-x/data/{language}/data/humanevalpack.jsonl"
        for row in _jsonl(path):
            yield f"hep-{language}:{row['task_id']}", row["declaration"] + row["canonical_solution"]

    return read


def _wmt_references(target: str) -> Builder:
    def read(root: Path) -> Iterator[Document]:
        for path in sorted((root / "wmt21_news_da/txt/references").glob(f"newstest2021.*-{target}.ref.*")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    yield f"{path.name}:{n}", line

    return read


def _truthfulqa(language: str) -> Builder:
    def read(root: Path) -> Iterator[Document]:
        rows = json.loads((root / f"truthfulqa_multi/data/{language}/validation.json").read_text("utf-8"))
        for row in rows:
            answers = [
                row.get("best_answer"),
                *row.get("correct_answers", []),
                *row.get("incorrect_answers", []),
            ]
            for n, answer in enumerate(dict.fromkeys(a for a in answers if a)):
                yield f"tqa-{language}:{row['id']}:{n}", answer

    return read


def _evouna(root: Path) -> Iterator[Document]:
    for name in ("NQ", "TQ"):
        rows = json.loads((root / f"evouna_qa_eval/EVOUNA/{name}.json").read_text("utf-8"))
        for i, row in enumerate(rows):
            for key in ("golden_answer", "answer_fid", "answer_gpt35", "answer_chatgpt", "answer_gpt4"):
                if isinstance(row.get(key), str) and row[key].strip():
                    yield f"evouna-{name}:{i}:{key}", row[key]


def _creativity(root: Path) -> Iterator[Document]:
    base = root / "creativity_eval/Writing_Alignment"
    paths = sorted(base.glob("preference_ranking/batch*/batch*.json")) + sorted(
        base.glob("LAMP/reannotation/W*_edits.json")
    )
    for path in paths:
        for i, row in enumerate(json.loads(path.read_text("utf-8"))):
            for key in ("preedit", "postedit", "AI-edited"):
                if isinstance(row.get(key), str) and row[key].strip():
                    yield f"{path.parent.name}/{path.name}:{i}:{key}", row[key]


def _customer_service(root: Path) -> Iterator[Document]:
    tau = root / "tau_bench"
    for t, traj in enumerate(json.loads((tau / "historical_trajectories/gpt-4o-airline.json").read_text())):
        for m, message in enumerate(traj["traj"]):
            if message.get("role") == "assistant" and isinstance(message.get("content"), str):
                yield f"tau-airline:{t}:{m}", message["content"]
    for path in sorted((tau / "few_shot_data").glob("*.jsonl")):
        for r, row in enumerate(_jsonl(path)):
            for m, line in enumerate(row.get("messages_display", "").split("\n")):
                if line.startswith("assistant: ") and line != "assistant: None":
                    yield f"{path.stem}:{r}:{m}", line[len("assistant: ") :]
    for path in sorted((tau / "tau_bench/envs").glob("*/wiki.md")):
        for p, paragraph in enumerate(path.read_text("utf-8").split("\n\n")):
            if paragraph.strip():
                yield f"tau-wiki-{path.parent.name}:{p}", paragraph
    yield from _abcd_guidelines(json.loads((root / "abcd/data/guidelines.json").read_text("utf-8")))


def _abcd_guidelines(node: object, path: str = "abcd") -> Iterator[Document]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _abcd_guidelines(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _abcd_guidelines(value, f"{path}/{i}")
    elif isinstance(node, str) and len(node.split()) >= 6:
        yield path, node


# (domain, language) -> (sources in words, builders). Languages are ISO codes; code uses its names.
CORPORA: dict[tuple[str, str], tuple[str, tuple[Builder, ...]]] = {
    ("code", "python"): ("HumanEval canonical solutions + MBPP code", (_humaneval, _mbpp)),
    **{
        ("code", lang): (f"HumanEvalPack {lang} canonical solutions", (_humanevalpack(folder),))
        for lang, folder in [
            ("javascript", "js"),
            ("java", "java"),
            ("go", "go"),
            ("cpp", "cpp"),
            ("rust", "rust"),
        ]
    },
    ("translation", "de"): ("WMT21 newstest en-de references (A, C, D)", (_wmt_references("de"),)),
    ("translation", "en"): ("WMT21 newstest into-English references", (_wmt_references("en"),)),
    ("translation", "es"): ("TruthfulQA-multi es answers (general Spanish)", (_truthfulqa("es"),)),
    ("qa", "en"): ("TruthfulQA en answers + EVOUNA NQ/TQ answers", (_truthfulqa("en"), _evouna)),
    **{
        ("qa", lang): (f"TruthfulQA-multi {lang} answers", (_truthfulqa(lang),))
        for lang in ("es", "ca", "gl", "eu")
    },
    ("story", "en"): ("creativity_eval Writing_Alignment texts (pre/post/AI edits)", (_creativity,)),
    ("customer_service", "en"): (
        "tau-bench agent turns and policies + ABCD guidelines",
        (_customer_service,),
    ),
}
LANGUAGE_ALIASES = {"js": "javascript", "c++": "cpp", "python3": "python"}


def load_corpus(domain: str, language: str, data_dir: Path) -> Corpus | None:
    """The reference corpus of (domain, language), or None where the project has none."""
    entry = CORPORA.get((domain, LANGUAGE_ALIASES.get(language, language)))
    if entry is None:
        return None
    sources, builders = entry
    documents = [doc for build in builders for doc in build(data_dir)]
    return Corpus(
        f"{domain}/{language}", sources, [i for i, _ in documents], [lm_tokens(t) for _, t in documents]
    )


def _audited_texts(items: Sequence[Item]) -> Iterator[str]:
    for item in items:
        yield prompt_text(item.prompt)
        yield from item.responses


def overlapping_documents(corpus: Corpus, items: Sequence[Item]) -> list[str]:
    """Ids of the corpus documents that overlap the audited items (the rule is in the module doc)."""
    grams: set[int] = set()
    exact: set[tuple[str, ...]] = set()
    for text in _audited_texts(items):
        toks = lm_tokens(text)
        exact.add(tuple(toks))
        grams.update(_grams(toks))
    excluded = []
    for doc_id, toks, own in zip(corpus.ids, corpus.tokens, corpus.shingles, strict=True):
        if len(toks) < OVERLAP_N:
            overlapping = tuple(toks) in exact
        else:
            overlapping = sum(g in grams for g in own) >= OVERLAP_SHARE * len(own)
        if overlapping:
            excluded.append(doc_id)
    return excluded
