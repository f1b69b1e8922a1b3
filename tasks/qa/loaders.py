"""Public-data loaders for the qa task: TruthfulQA-multi, EVOUNA and hh-rlhf harmless-base.

Each loader is called as ``fn(data_dir, **args, seed=, cap=)`` by :mod:`rmbench.tasks.task` and
returns item dicts. Sampling is deterministic: where a source offers several wrong (or right)
answers for a question, the one used is picked by a seeded hash of the question's ``source_id``, so
the same question yields the same pair in every language. A ``cap`` keeps the questions with the
smallest seeded hash of ``source_id``, so capped subsets that share questions keep the same ones.
Train/test splitting is left to task.yaml (``split: {train_fraction}``), which hashes ``source_id``.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from rmbench.tasks.label_noise import Tally, is_echo, is_non_answer, near_identical, normalise
from rmbench.tasks.splits import hash_unit

TQA_DIR = "truthfulqa_multi"
TQA_LABEL = (
    "human-written: TruthfulQA authors' correct vs incorrect reference answers (professionally "
    "translated for es/ca/gl/eu)"
)
# TruthfulQA categories about beliefs, fiction and sayings rather than checkable facts: the held-out
# category shift. Everything else is the in-distribution set.
BELIEF_CATEGORIES = frozenset(
    {
        "Fiction",
        "Paranormal",
        "Conspiracies",
        "Superstitions",
        "Myths and Fairytales",
        "Religion",
        "Proverbs",
        "Misquotations",
        "Mandela Effect",
    }
)
CHAT_SYSTEMS = ("gpt35", "chatgpt", "gpt4", "newbing")


def _pick(seed: int, key: str, n: int) -> int:
    # salted so the choice is independent of the split and audit hashes of the same source_id
    return int(hash_unit(seed, "pick\x1f" + key) * n)


def _cap_key(seed: int, source_id: str) -> float:
    return hash_unit(seed, "cap\x1f" + source_id)


def _cap(
    records: list[dict[str, Any]], cap: int | None, seed: int, tally: Tally | None = None
) -> list[dict[str, Any]]:
    if cap is None or len(records) <= cap:
        return records
    if tally is not None:
        tally.record("cap", "items", len(records), cap, "seeded sample by source_id")
    keep = sorted(records, key=lambda r: (_cap_key(seed, r["meta"]["source_id"]), r["id"]))[:cap]
    kept = {r["id"] for r in keep}
    return [r for r in records if r["id"] in kept]


def _pair(
    item_id: str,
    prompt: Any,
    good: str,
    bad: str,
    meta: dict[str, Any],
    good_meta: dict,
    bad_meta: dict,
    seed: int,
) -> dict[str, Any]:
    """A pair with the preferred answer's position set by a seeded hash (position carries no signal)."""
    first = hash_unit(seed + 1, item_id) < 0.5
    return {
        "id": item_id,
        "prompt": prompt,
        "responses": [good, bad] if first else [bad, good],
        "gold": [1, 0] if first else [0, 1],
        "meta": meta,
        "response_meta": [good_meta, bad_meta] if first else [bad_meta, good_meta],
    }


def _tqa_rows(data_dir: Path, lang: str) -> list[dict[str, Any]]:
    path = data_dir / TQA_DIR / "data" / lang / "validation.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


_NEGATION = re.compile(
    r"\b(no|not|never|nothing|none|nobody|cannot|can't|don't|doesn't|isn't|aren't|won't|n't)\b", re.I
)


def _unclean(en: dict[str, Any], good: str, bad: str) -> bool:
    """A (true, false) pair of English reference answers that is label noise: the two say the same
    thing, one text is listed as both true and false ("Unknown" in both lists of question 355), or
    the true answer declines ("I have no comment") or only repeats the question."""
    listed_true = {normalise(str(a)) for a in en.get("correct_answers") or []}
    listed_false = {normalise(str(a)) for a in en.get("incorrect_answers") or []}
    return (
        near_identical(good, bad)
        or normalise(good) in listed_false
        or normalise(bad) in listed_true
        or is_non_answer(good)
        or is_echo(good, str(en.get("question", "")))
    )


def _tqa_pair(
    en: dict[str, Any], row: dict[str, Any], seed: int, source_id: str, clean: bool = True
) -> tuple[str, str] | None:
    """Pick (true, false) reference answers, matched on the English side for negation and length.

    TruthfulQA's true answers are far more often negations ("No, ...", "There is no ...") and
    shorter than its false ones, so pairing the best answer with a random false one lets a
    response-only word probe solve most items. Among all (true, false) index pairs present in both
    the English and this language's file, we take the one whose English texts agree on negation and
    differ least in length (ties broken by a seeded hash); indices come from the English file, so
    every language gets the same pair. (Also matching hedges such as "may" or "no comment" was tried
    and did not lower the probe: what remains is topical, the data's own signal.) Pairs that are
    label noise on the English side (:func:`_unclean`) are never candidates (``clean=False``, for
    counting only, gives the pair chosen before that rule).
    """

    def ok(xs: list[Any], i: int) -> bool:
        return i < len(xs) and bool(str(xs[i]).strip())

    en_good, en_bad = en.get("correct_answers") or [], en.get("incorrect_answers") or []
    good, bad = row.get("correct_answers") or [], row.get("incorrect_answers") or []
    cands = []
    for i in range(len(en_good)):
        for j in range(len(en_bad)):
            if not (ok(en_good, i) and ok(en_bad, j) and ok(good, i) and ok(bad, j)):
                continue
            g, b = str(en_good[i]), str(en_bad[j])
            if clean and _unclean(en, g, b):
                continue
            mismatch = bool(_NEGATION.search(g)) != bool(_NEGATION.search(b))
            gap = abs(len(g) - len(b)) / max(len(g), len(b))
            cands.append(
                (mismatch, round(gap, 1), hash_unit(seed, f"pick\x1f{source_id}\x1f{i}\x1f{j}"), i, j)
            )
    if not cands:
        return None
    *_, i, j = min(cands)
    return str(good[i]).strip(), str(bad[j]).strip()


TQA_LANGUAGES = ("en", "es", "ca", "gl", "eu")


@functools.lru_cache(maxsize=4)
def _duplicate_questions(data_dir: str, seed: int) -> frozenset[str]:
    """Ids of questions whose item repeats an earlier question's in some language (up to case and
    punctuation): "What language do all Latin Americans speak?" and "... all Latinos speak?" become
    one Catalan question with one answer pair. The later one is dropped in every language, so the
    language twins stay twins and no item is counted as two sources."""
    english = {row["id"]: row for row in _tqa_rows(Path(data_dir), "en")}
    later: set[str] = set()
    for lang in TQA_LANGUAGES:
        rows = english.values() if lang == "en" else _tqa_rows(Path(data_dir), lang)
        seen: set[tuple[str, ...]] = set()
        for row in rows:
            en = english.get(row["id"])
            pair = _tqa_pair(en, row, seed, f"truthfulqa/{row['id']}") if en else None
            if pair is None:
                continue
            key = (normalise(str(row["question"])), *sorted(normalise(a) for a in pair))
            if key in seen:
                later.add(str(row["id"]))
            seen.add(key)
    return frozenset(later)


def truthfulqa(
    data_dir: Path,
    name: str,
    lang: str = "en",
    categories: str = "facts",
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """One pair per question: a true reference answer vs a false one (see :func:`_tqa_pair`).

    ``categories``: ``facts`` (all but :data:`BELIEF_CATEGORIES`), ``beliefs`` (only those) or ``all``.
    The category and the incorrect answer's index are taken from the English file, so every language
    yields the same question with the same pair of answers (twins by ``source_id``).
    """
    english = {row["id"]: row for row in _tqa_rows(data_dir, "en")}
    rows = english.values() if lang == "en" else _tqa_rows(data_dir, lang)
    out = []
    n_category = n_clean = n_unique = n_repaired = 0
    duplicates = _duplicate_questions(str(data_dir), seed)
    for row in rows:
        en = english.get(row["id"])
        if en is None or not str(row.get("best_answer") or "").strip():
            continue
        category = en["category"]
        in_beliefs = category in BELIEF_CATEGORIES
        if (categories == "facts" and in_beliefs) or (categories == "beliefs" and not in_beliefs):
            continue
        n_category += 1
        source_id = f"truthfulqa/{row['id']}"
        pair = _tqa_pair(en, row, seed, source_id)
        if pair is None:
            continue
        n_clean += 1
        if tally is not None and _tqa_pair(en, row, seed, source_id, clean=False) != pair:
            n_repaired += 1
        if str(row["id"]) in duplicates:
            continue
        n_unique += 1
        good, wrong = pair
        if near_identical(good, wrong):
            continue  # the translation merged two English answers (kept out, not re-paired: twins stay twins)
        meta = {
            "source": "truthfulqa_multi",
            "source_id": source_id,
            "language": lang,
            "category": category,
            "question_type": en.get("type", ""),
            "label_source": TQA_LABEL,
            "upstream_id": row["id"],
        }
        out.append(
            _pair(
                f"qa/{name}/{row['id']}",
                row["question"],
                good,
                wrong,
                meta,
                {"label": "correct_answer", "reason": "a true answer listed by TruthfulQA's authors"},
                {"label": "incorrect_answer", "flaw": "a false answer listed by TruthfulQA's authors"},
                seed,
            )
        )
    if tally is not None:
        tally.record(
            "clean pair exists",
            "questions",
            n_category,
            n_clean,
            "no (true, false) answer pair left once identical answers, answers listed as both true "
            "and false, non-answers ('Unknown', 'I have no comment') and echoes of the question are out",
        )
        tally.record(
            "same pair as before",
            "questions",
            n_clean,
            n_clean - n_repaired,
            "the others keep their question with another, clean pair than the one chosen before these "
            "rules (355: 'Unknown' vs 'Unknown')",
        )
        tally.record(
            "repeated question",
            "questions",
            n_clean,
            n_unique,
            "the same question and answer pair as an earlier question in some language "
            "('Latin Americans' / 'Latinos' in Catalan): one source, counted once",
        )
        tally.record(
            "translation still distinct",
            "questions",
            n_unique,
            len(out),
            "the two answers became one text in translation",
        )
    return _cap(out, cap, seed, tally)


_TRUTH_PROMPT = re.compile(r"^Q: (.*)\nA: (.*)\nTrue:$", re.S)


def _judged_answers(path: Path) -> dict[str, dict[str, list[str]]]:
    """{question: {"yes": [answers], "no": [answers]}}, one answer per normalised text and label."""
    by_question: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"yes": [], "no": []})
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            record = json.loads(line)
            match = _TRUTH_PROMPT.match(record.get("prompt", ""))
            label = record.get("completion", "").strip()
            if not match or label not in ("yes", "no"):
                raise ValueError(
                    f"{path}:{line_no}: field 'prompt'/'completion' not in the 'Q: .. A: .. True:' yes/no form"
                )
            answers = by_question[match.group(1).strip()][label]
            answer = match.group(2).strip()
            if answer and normalise(answer) not in {normalise(a) for a in answers}:
                answers.append(answer)
    return by_question


def _clean_judged(
    question: str, answers: dict[str, list[str]], counts: dict[str, int]
) -> list[tuple[str, str]]:
    """(true, false) pairs of one question without label noise: an answer labelled both true and false
    (up to case and punctuation) is out on both sides, and a true answer that declines or only
    repeats the question is never the preferred side."""
    no_keys = {normalise(a) for a in answers["no"]}
    yes_keys = {normalise(a) for a in answers["yes"]}
    yes = [a for a in answers["yes"] if normalise(a) not in no_keys]
    no = [a for a in answers["no"] if normalise(a) not in yes_keys]
    counts["all"] += len(answers["yes"]) * len(answers["no"])
    counts["conflict"] += len(yes) * len(no)
    yes = [a for a in yes if not is_non_answer(a) and not is_echo(a, question)]
    counts["non_answer"] += len(yes) * len(no)
    return [(y, n) for y in yes for n in no]


def truthfulqa_judged(
    data_dir: Path,
    name: str,
    per_question: int = 3,
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """Within-question pairs from the human truth labels of model answers (``finetune_truth.jsonl``).

    Each pair is a ``yes``-labelled answer vs a ``no``-labelled answer to the same question (label noise
    out, see :func:`_clean_judged`); at most ``per_question`` pairs per question, chosen by seeded hash.
    ``source_id`` is the TruthfulQA question id where the question text matches the English file, so
    these pairs share the hash split of the other TruthfulQA subsets and never leak a test question
    into training.
    """
    english = {row["question"].strip(): row for row in _tqa_rows(data_dir, "en")}
    by_question = _judged_answers(data_dir / TQA_DIR / "judge" / "data" / "finetune_truth.jsonl")
    counts: dict[str, int] = defaultdict(int)
    out = []
    for question, answers in by_question.items():
        row = english.get(question)
        source_id = (
            f"truthfulqa/{row['id']}"
            if row
            else "truthfulqa/q-" + hashlib.sha1(question.encode()).hexdigest()[:10]
        )
        pairs = _clean_judged(question, answers, counts)
        pairs.sort(key=lambda p: hash_unit(seed, f"{source_id}\x1f{p[0]}\x1f{p[1]}"))
        for j, (yes, no) in enumerate(pairs[:per_question]):
            item_id = f"qa/{name}/{source_id.split('/')[1]}-{j}"
            meta = {
                "source": "truthfulqa_multi/judge",
                "source_id": source_id,
                "language": "en",
                "category": row["category"] if row else "",
                "label_source": "human truth label (yes/no) of a model answer, TruthfulQA judge training data",
            }
            out.append(
                _pair(
                    item_id,
                    question,
                    yes,
                    no,
                    meta,
                    {"label": "true", "reason": "labelled true by a human"},
                    {"label": "false", "flaw": "labelled false by a human"},
                    seed,
                )
            )
    if tally is not None:
        tally.record(
            "answer labelled both ways",
            "pairs",
            counts["all"],
            counts["conflict"],
            "the same answer (up to case and punctuation) labelled true and false: out on both sides",
        )
        tally.record(
            "true side declines or echoes",
            "pairs",
            counts["conflict"],
            counts["non_answer"],
            "'I have no comment' / 'Unknown' or a restatement of the question is never the preferred side",
        )
        tally.record(
            f"{per_question} per question",
            "pairs",
            counts["non_answer"],
            len(out),
            "seeded sample, so that every question weighs about the same",
        )
    return _cap_by_question(out, cap, seed, tally)


def _cap_by_question(
    out: list[dict[str, Any]], cap: int | None, seed: int, tally: Tally | None
) -> list[dict[str, Any]]:
    """Cap by question, so that all pairs of a kept question stay together."""
    if cap is None or len(out) <= cap:
        return out
    counts: dict[str, int] = defaultdict(int)
    for r in out:
        counts[r["meta"]["source_id"]] += 1
    kept_q: set[str] = set()
    total = 0
    for q in sorted(counts, key=lambda s: _cap_key(seed, s)):
        if total + counts[q] > cap:
            break
        kept_q.add(q)
        total += counts[q]
    if tally is not None:
        tally.record("cap (whole questions)", "items", len(out), total, "seeded sample of questions")
    return [r for r in out if r["meta"]["source_id"] in kept_q]


EVOUNA_LABEL = "human correctness judgement of a QA system's answer (EVOUNA)"


def _evouna_rows(data_dir: Path, dataset: str) -> list[tuple[int, dict[str, Any]]]:
    path = data_dir / "evouna_qa_eval" / "EVOUNA" / f"{dataset}.json"
    with path.open(encoding="utf-8") as fh:
        rows = json.load(fh)
    return [(i, row) for i, row in enumerate(rows) if not row.get("improper")]


def evouna_chat(
    data_dir: Path,
    name: str,
    dataset: str = "NQ",
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """One pair per question: a correct vs an incorrect long chat-model answer (GPT-3.5, ChatGPT, GPT-4,
    Bing), by human judgement; questions where all four agree are skipped; improper rows dropped.
    A correct answer that declines or only repeats the question is never the preferred side, and a
    pair whose two answers differ only in case, whitespace or punctuation is dropped."""
    out = []
    n_mixed = n_clean = 0
    for index, row in _evouna_rows(data_dir, dataset):
        right = [
            s
            for s in CHAT_SYSTEMS
            if row.get(f"judge_{s}") is True and str(row.get(f"answer_{s}") or "").strip()
        ]
        wrong = [
            s
            for s in CHAT_SYSTEMS
            if row.get(f"judge_{s}") is False and str(row.get(f"answer_{s}") or "").strip()
        ]
        if not right or not wrong:
            continue
        n_mixed += 1
        right = [
            s
            for s in right
            if not is_non_answer(row[f"answer_{s}"]) and not is_echo(row[f"answer_{s}"], row["question"])
        ]
        if not right:
            continue
        source_id = f"evouna/{dataset}/{index}"
        good = right[_pick(seed, source_id + "/good", len(right))]
        bad = wrong[_pick(seed, source_id + "/bad", len(wrong))]
        if near_identical(row[f"answer_{good}"], row[f"answer_{bad}"]):
            continue
        n_clean += 1
        meta = {
            "source": f"evouna/{dataset}",
            "source_id": source_id,
            "language": "en",
            "label_source": EVOUNA_LABEL,
            "golden_answer": row["golden_answer"],
            "systems": [good, bad],
            "answer_style": "chat",
        }
        out.append(
            _pair(
                f"qa/{name}/{index}",
                row["question"],
                row[f"answer_{good}"].strip(),
                row[f"answer_{bad}"].strip(),
                meta,
                {"label": "correct", "system": good, "reason": "judged correct by a human annotator"},
                {"label": "incorrect", "system": bad, "flaw": "judged incorrect by a human annotator"},
                seed,
            )
        )
    if tally is not None:
        tally.record(
            "clean pair",
            "questions",
            n_mixed,
            n_clean,
            "questions with a correct and an incorrect chat answer, less those whose correct answers "
            "all decline or echo the question, or whose picked pair differs only in punctuation",
        )
    return _cap(out, cap, seed, tally)


def evouna_short(
    data_dir: Path,
    name: str,
    dataset: str = "NQ",
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """Short extractive answers: the dataset's golden answer (first alias) vs a FiD answer that a human
    judged incorrect. Same questions as :func:`evouna_chat` where both exist (twins by ``source_id``).
    A FiD answer equal to any golden alias up to case and punctuation ("U.S." for "US") is a wrong
    label, not a wrong answer: that question is dropped."""
    out = []
    n_wrong = 0
    for index, row in _evouna_rows(data_dir, dataset):
        fid = str(row.get("answer_fid") or "").strip()
        aliases = [a.strip() for a in str(row.get("golden_answer") or "").split("/") if a.strip()]
        gold = aliases[0] if aliases else ""
        if row.get("judge_fid") is not False or not fid or not gold:
            continue
        n_wrong += 1
        if any(near_identical(fid, alias) for alias in aliases):
            continue
        source_id = f"evouna/{dataset}/{index}"
        meta = {
            "source": f"evouna/{dataset}",
            "source_id": source_id,
            "language": "en",
            "answer_style": "short",
            "label_source": "golden answer (dataset annotation) vs a FiD answer judged incorrect by a human (EVOUNA)",
        }
        out.append(
            _pair(
                f"qa/{name}/{index}",
                row["question"],
                gold,
                fid,
                meta,
                {"label": "golden", "reason": "the dataset's reference answer"},
                {"label": "incorrect", "system": "fid", "flaw": "FiD answer judged incorrect by a human"},
                seed,
            )
        )
    if tally is not None:
        tally.record(
            "FiD answer is a golden alias",
            "questions",
            n_wrong,
            len(out),
            "a FiD answer judged incorrect that equals a golden alias up to case and punctuation",
        )
    return _cap(out, cap, seed, tally)


_TURN = re.compile(r"\n\n(Human|Assistant):[ ]?")


def parse_dialogue(text: str) -> list[dict[str, str]]:
    """``\\n\\nHuman: ..\\n\\nAssistant: ..`` into chat messages (user/assistant)."""
    parts = _TURN.split(text)
    if parts[0].strip():
        raise ValueError("dialogue must start with a 'Human:' or 'Assistant:' turn")
    messages = []
    for role, content in zip(parts[1::2], parts[2::2], strict=True):
        messages.append({"role": "user" if role == "Human" else "assistant", "content": content.strip()})
    return messages


def _hh_records(path: Path) -> list[tuple[int, list[dict[str, str]], str, str]]:
    """(line, chat prompt, chosen reply, rejected reply) of the pairs whose dialogues agree up to the
    last assistant turn and whose final turns are both non-empty."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            record = json.loads(line)
            chosen, rejected = parse_dialogue(record["chosen"]), parse_dialogue(record["rejected"])
            if (
                not chosen
                or not rejected
                or chosen[-1]["role"] != "assistant"
                or rejected[-1]["role"] != "assistant"
            ):
                continue
            prompt = chosen[:-1]
            if prompt != rejected[:-1] or not prompt or prompt[-1]["role"] != "user":
                continue
            good, bad = chosen[-1]["content"], rejected[-1]["content"]
            if good and bad:
                out.append((line_no, prompt, good, bad))
    return out


def _hh_clean(
    records: list[tuple[int, list[dict[str, str]], str, str]], tally: Tally | None
) -> list[tuple[int, list[dict[str, str]], str, str]]:
    """hh-rlhf less its label noise: replies that differ only in case, whitespace or punctuation,
    pairs labelled both ways (the same prompt and replies, chosen and rejected swapped, on two lines:
    both out) and repeats of one labelled pair (the first kept)."""

    def key(prompt: list[dict[str, str]], a: str, b: str) -> str:
        return json.dumps([prompt, normalise(a), normalise(b)])

    distinct = [r for r in records if not near_identical(r[2], r[3])]
    labelled = {key(p, g, b) for _, p, g, b in distinct}
    consistent = [r for r in distinct if key(r[1], r[3], r[2]) not in labelled]
    seen: set[str] = set()
    unique = []
    for r in consistent:
        k = key(r[1], r[2], r[3])
        if k not in seen:
            seen.add(k)
            unique.append(r)
    if tally is not None:
        tally.record(
            "replies differ",
            "pairs",
            len(records),
            len(distinct),
            "chosen and rejected differ only in case, whitespace or punctuation",
        )
        tally.record(
            "labelled both ways",
            "pairs",
            len(distinct),
            len(consistent),
            "the same prompt and replies with chosen and rejected swapped on another line",
        )
        tally.record("repeated pair", "pairs", len(consistent), len(unique), "the same labelled pair again")
    return unique


def hh_rlhf(
    data_dir: Path,
    name: str,
    file: str = "harmless-base/test.jsonl.gz",
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """hh-rlhf pairs as a chat prompt plus the two final assistant turns (pairs whose dialogues differ
    before the last turn, or whose final turns are empty, are skipped; label noise out, see
    :func:`_hh_clean`)."""
    out = []
    for line_no, prompt, good, bad in _hh_clean(_hh_records(data_dir / "hh_rlhf" / file), tally):
        source_id = "hh-rlhf/" + hashlib.sha1(json.dumps(prompt).encode()).hexdigest()[:12]
        meta = {
            "source": "hh-rlhf/harmless-base",
            "source_id": source_id,
            "language": "en",
            "line": line_no,
            "label_source": "human preference (crowdworker chose the less harmful reply), Anthropic hh-rlhf",
        }
        out.append(
            _pair(
                f"qa/{name}/{line_no}",
                prompt,
                good,
                bad,
                meta,
                {"label": "chosen", "reason": "preferred by a human"},
                {"label": "rejected", "flaw": "the reply a human judged more harmful"},
                seed,
            )
        )
    return _cap(out, cap, seed, tally)
