"""Public story-writing judgements as rmbench items.

- creativity_eval (salesforce/creativity_eval @ fced0ab, BSD-3-Clause): 201 literary-writing
  instructions x 3 responses (AI-generated, AI-edited, writer-edited), each set ranked 1-3 by three
  professional writers (Chakrabarty et al., CHI 2025); the LAMP expert-edit pairs and the 1-10
  scored paragraphs of the WritingRewards release (Chakrabarty et al., 2025).
- WritingPreferenceBench (WritingPreferenceBench/Writing-Preference-Bench @ c6ac582, ODC-BY):
  204 Chinese writing prompts over 51 genre tags, ~19 LLM responses each with one expert 0-3 score.
  One rater on a 4-point scale: a one-point difference is within that rater's noise, so only pairs
  two or more points apart are used. Functional writing (product manuals, interview question
  lists, meeting minutes, lab reports, cover letters, ads...) is not story writing, and no other
  rmbench domain judges it (qa is answers checked against evidence; these have no evidence and no
  correctness label): those 23 tags are left out, counted in the data card.

Loaders are called as ``fn(data_dir, seed=, cap=, split=)`` and return item dicts. Sampling under a
cap is a seeded hash of the item's source id, so it does not depend on file order.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from rmbench.tasks.label_noise import Tally, leave_one_out_agreement, near_identical, normalise

CREATIVITY = "creativity_eval"
RANKING_DIR = f"{CREATIVITY}/Writing_Alignment/preference_ranking"
LAMP_PAIR_FILES = tuple(
    f"{CREATIVITY}/WritingRewards/training/Llama/data/lamp-{p}/test_dataset.json" for p in ("P", "PR")
)
LAMP_VAL = f"{CREATIVITY}/WritingRewards/content_quality_experiment/lamp_PRE_val.json"
WPB_FILE = "writing_preference_bench_zh/wpb_zh_multicandidate.jsonl"

# WritingPreferenceBench genre tags that are narrative fiction (the rest: poetry, essays, letters,
# scripts, marketing, "abstract literature" memes, reports ...).
WPB_FICTION_TAGS = frozenset(
    {
        "悬疑-推理故事",
        "仙侠小说",
        "小说-故事",
        "童话-寓言",
        "日常故事",
        "科幻故事",
        "体育小说",
        "历史故事",
        "玄幻小说",
        "军事小说",
        "古装小说",
        "武侠小说",
        "游戏小说",
        "情感故事",
        "奇幻-魔幻故事",
    }
)
# Imaginative writing that is not narrative fiction: poetry, prose essays, scripts, role play and the
# internet "abstract literature" family (wpb_zh_literary). Every other tag is functional writing.
WPB_LITERARY_TAGS = frozenset(
    {
        "诗歌",
        "散文",
        "剧本-脚本",
        "角色扮演",
        "互联网黑话体系",
        "亚文化身份认同表达",
        "抽象文学-亚文化",
        "反主流消费文化抽象",
        "跨国-跨语言抽象文学",
        "电竞-游戏抽象文学",
        "嘻哈-说唱文化抽象文学",
        "饭圈抽象文学",
        "二次元抽象文学-同人创作",
    }
)
WPB_GENRES = {"fiction": WPB_FICTION_TAGS, "literary": WPB_LITERARY_TAGS}


class StoryDataError(ValueError):
    """A public file that does not look like the documented upstream format (names file and field)."""


def _hash_unit(seed: int, key: str) -> float:
    digest = hashlib.sha256(f"{seed}\x1f{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _cap(records: list[dict], cap: int | None, seed: int) -> list[dict]:
    if cap is None or len(records) <= cap:
        return records
    keep = sorted(records, key=lambda r: _hash_unit(seed, r["meta"]["source_id"]))[:cap]
    ids = {id(r) for r in keep}
    return [r for r in records if id(r) in ids]


def _shuffled(item_key: str, seed: int, *columns: list) -> list[list]:
    """The same seeded permutation applied to parallel lists (response order carries no signal)."""
    order = list(range(len(columns[0])))
    random.Random(f"{seed}:{item_key}").shuffle(order)
    return [[col[i] for i in order] for col in columns]


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise StoryDataError(f"{path}: line {exc.lineno}: invalid JSON ({exc.msg})") from exc


def _read_jsonl(path: Path) -> Iterable[tuple[int, dict]]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise StoryDataError(f"{path}: line {n}: invalid JSON ({exc.msg})") from exc


# ------------------------------------------------------------------ creativity_eval rankings

ORIGINS = ("AI-generated", "AI-edited", "Human-edited")


def kendall_w(rankings: list[list[float]]) -> float:
    """Kendall's coefficient of concordance of m raters over n objects (no tie correction)."""
    m, n = len(rankings), len(rankings[0])
    if m < 2 or n < 2:
        return float("nan")
    sums = [sum(r[j] for r in rankings) for j in range(n)]
    mean = sum(sums) / n
    s = sum((x - mean) ** 2 for x in sums)
    return 12 * s / (m**2 * (n**3 - n))


NEAR_TWIN_RATIO = 0.98


def _tie_near_twins(texts: list[str], mean_rank: list[float]) -> list[float]:
    """Mean ranks with near-identical texts (character similarity >= 0.98: batch6_32's AI edit
    changed two words) tied at their mean: which of two such copies the writers ranked higher is
    noise, so no model is asked to order them (gold ties are no pair)."""
    out = list(mean_rank)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if SequenceMatcher(None, texts[i], texts[j]).ratio() >= NEAR_TWIN_RATIO:
                out[i] = out[j] = (mean_rank[i] + mean_rank[j]) / 2
    return out


def creativity_rankings(
    data_dir: Path, seed: int = 0, cap: int | None = None, split: str = "test"
) -> list[dict]:
    """One ranking item per (batch, instruction) ranked by all three writers; gold = -(mean rank).

    The texts come from the annotators' own files (``<annotator>.json``: responses in the order
    that writer saw them, with the origin mapping); all three writers must have seen the same text
    for each origin. ``batch*.json`` adds genre and generator where its id matches.
    """
    root = Path(data_dir) / RANKING_DIR
    if split != "test":
        return []
    records = []
    for batch_dir in sorted(root.glob("batch*"), key=lambda p: int(p.name[5:])):
        batch = {x["id"]: x for x in _read_json(batch_dir / f"{batch_dir.name}.json")}
        seen: dict[int, dict] = {}  # instruction_id -> {instruction, texts by origin, upstream id, ranks}
        for rank_file in sorted(batch_dir.glob("*_rankings.json")):
            annotator = rank_file.name[: -len("_rankings.json")]
            shown_path = batch_dir / f"{annotator}.json"
            by_instruction = {x["instruction_id"]: x for x in _read_json(shown_path)}
            for n, row in enumerate(_read_json(rank_file)):
                item = by_instruction.get(row["instruction_id"])
                if item is None:
                    raise StoryDataError(
                        f"{rank_file}: entry {n}: instruction_id {row['instruction_id']} not in {shown_path.name}"
                    )
                texts = {}
                for label, origin in item["mapping"].items():
                    if origin not in ORIGINS:
                        raise StoryDataError(
                            f"{shown_path}: instruction {row['instruction_id']}: field mapping: unknown origin {origin!r}"
                        )
                    texts[origin] = item["responses"][int(label.split()[-1]) - 1]
                entry = seen.setdefault(
                    row["instruction_id"],
                    {
                        "instruction": item["instruction"],
                        "texts": texts,
                        "upstream_id": item.get("id", ""),
                        "ranks": {},
                    },
                )
                for origin, text in texts.items():
                    if _norm(text) != _norm(entry["texts"][origin]):
                        # upstream has a few one-character variants between annotators' copies: keep the
                        # first copy, fail on anything larger than a trivial edit
                        if SequenceMatcher(None, text, entry["texts"][origin]).ratio() < 0.95:
                            raise StoryDataError(
                                f"{shown_path}: instruction {row['instruction_id']}: the "
                                f"{origin} text differs between annotators"
                            )
                        entry["variants"] = True
                rank_of_origin = {}
                for r in (1, 2, 3):
                    label = row[f"rank_{r}"]
                    if label not in item["mapping"]:
                        raise StoryDataError(
                            f"{rank_file}: entry {n}: field rank_{r}: unknown response {label!r}"
                        )
                    rank_of_origin[item["mapping"][label]] = r
                entry["ranks"][annotator] = [rank_of_origin[o] for o in ORIGINS]
        for instruction_id, entry in sorted(seen.items()):
            if len(entry["ranks"]) < 3:
                continue
            key = f"{batch_dir.name}_{instruction_id}"
            annotators = sorted(entry["ranks"])
            table = [entry["ranks"][a] for a in annotators]
            mean_rank = _tie_near_twins(
                [entry["texts"][o] for o in ORIGINS],
                [sum(col) / len(col) for col in zip(*table, strict=True)],
            )
            tops = [row.index(1) for row in table]
            upstream = batch.get(entry["upstream_id"], {})
            responses, gold, origins, per_response = _shuffled(
                key,
                seed,
                [entry["texts"][o] for o in ORIGINS],
                [-r for r in mean_rank],
                list(ORIGINS),
                [[row[j] for row in table] for j in range(3)],
            )
            records.append(
                {
                    "id": f"story/creativity_rank/{key}",
                    "prompt": entry["instruction"],
                    "responses": responses,
                    "gold": gold,
                    "meta": {
                        "source": "creativity_eval",
                        "source_id": f"creativity_eval/{key}",
                        "language": "en",
                        "upstream_id": entry["upstream_id"],
                        "text_variants": bool(entry.get("variants")),
                        "genre": upstream.get("type", ""),
                        "generator": upstream.get("source", ""),
                        "batch": batch_dir.name,
                        "label_source": "3 professional writers each ranked the 3 responses 1-3; gold = -(mean rank)",
                        "annotators": annotators,
                        "kendall_w": round(kendall_w(table), 4),
                        # noise ceiling: each writer against the other two, in the metric a model gets
                        "rater_agreement": leave_one_out_agreement([[-r for r in row] for row in table]),
                        "top_agreement": max(tops.count(t) for t in set(tops)) / len(tops),
                    },
                    "response_meta": [
                        {"origin": o, "ranks": r, "reason": f"mean rank {sum(r) / len(r):.2f} of 3 writers"}
                        for o, r in zip(origins, per_response, strict=True)
                    ],
                }
            )
    return _cap(records, cap, seed)


# ------------------------------------------------------------------ LAMP pairs and scores

_PAIR = re.compile(r"Paragraph 1:\n(.*?)\n\nParagraph 2:\n(.*?)\n\nYou must produce", re.S)


def _norm(text: str) -> str:
    return " ".join(text.split())


def lamp_pairs(
    data_dir: Path, seed: int = 0, cap: int | None = None, split: str = "test", tally: Tally | None = None
) -> list[dict]:
    """Expert-edit preference pairs from the LAMP test files and validation file, deduplicated.

    The upstream records carry no writing instruction, only the two paragraphs (and, in the
    validation file, the genre), so the prompt is a neutral request for a paragraph of that genre.
    """
    if split != "test":
        return []
    data_dir = Path(data_dir)
    pairs: dict[frozenset, dict] = {}

    def add(p1: str, p2: str, pref: str, genre: str, where: str) -> None:
        if pref not in ("1", "2"):
            raise StoryDataError(f"{where}: field preference: expected '1' or '2', got {pref!r}")
        better, worse = (p1, p2) if pref == "1" else (p2, p1)
        key = frozenset((_norm(p1), _norm(p2)))
        old = pairs.get(key)
        if old is not None:
            if _norm(old["better"]) != _norm(better):
                raise StoryDataError(f"{where}: the same pair is labelled both ways across LAMP files")
            old["files"].append(where.split(":")[0])
            old["genre"] = old["genre"] or genre
            return
        pairs[key] = {
            "better": better.strip(),
            "worse": worse.strip(),
            "genre": genre,
            "files": [where.split(":")[0]],
        }

    for rel in LAMP_PAIR_FILES:
        for n, row in _read_jsonl(data_dir / rel):
            content = row["messages"][1]["content"]
            m = _PAIR.search(content)
            if m is None:
                continue  # a 1-10 scoring example (lamp-PR mixes both)
            answer = json.loads(row["messages"][2]["content"])
            add(m.group(1), m.group(2), str(answer.get("preference")), "", f"{rel}:{n}")
    for n, row in enumerate(_read_json(data_dir / LAMP_VAL)):
        if row.get("sample_type") == "pairwise":
            add(
                row["paragraph1"],
                row["paragraph2"],
                str(row["reference_preference"]),
                row.get("type", ""),
                f"{LAMP_VAL}:{n}",
            )
    records = []
    distinct = [p for p in pairs.values() if not near_identical(p["better"], p["worse"])]
    if tally is not None:
        tally.record(
            "paragraphs differ",
            "pairs",
            len(pairs),
            len(distinct),
            "the edit changed only case, whitespace or punctuation: no preference to learn",
        )
    for pair in sorted(distinct, key=lambda p: hashlib.sha256(p["better"].encode()).hexdigest()):
        key = hashlib.sha256((pair["better"] + "\x1f" + pair["worse"]).encode()).hexdigest()[:16]
        genre = pair["genre"] or "literary creative writing"
        responses, gold, rmeta = _shuffled(
            key,
            seed,
            [pair["better"], pair["worse"]],
            [1, 0],
            [
                {
                    "label": "preferred",
                    "reason": "the expert-edited / higher-quality paragraph of the LAMP pair",
                },
                {
                    "label": "rejected",
                    "flaw": "lower writing quality per LAMP expert edits (idiosyncrasies left in)",
                },
            ],
        )
        records.append(
            {
                "id": f"story/lamp_pairs/{key}",
                "prompt": f"Write a paragraph of {genre.lower()}.",
                "responses": responses,
                "gold": gold,
                "meta": {
                    "source": "creativity_eval/LAMP",
                    "source_id": f"lamp/{key}",
                    "language": "en",
                    "genre": pair["genre"],
                    "files": sorted(set(pair["files"])),
                    "label_source": "LAMP expert edits: writers edited LLM paragraphs; the pair's preference is "
                    "the WritingRewards reference label (edited / better-scored paragraph)",
                },
                "response_meta": rmeta,
            }
        )
    return _cap(records, cap, seed)


def lamp_scored(data_dir: Path, seed: int = 0, cap: int | None = None, split: str = "test") -> list[dict]:
    """Pointwise: each scored paragraph of lamp_PRE_val with its edit-based quality z-score."""
    if split != "test":
        return []
    path = Path(data_dir) / LAMP_VAL
    records, seen = [], set()
    for n, row in enumerate(_read_json(path)):
        if row.get("sample_type") != "reward":
            continue
        try:
            score = float(row["zscore"])
        except (KeyError, ValueError) as exc:
            raise StoryDataError(f"{path}: entry {n}: field zscore: {exc}") from exc
        text = row["paragraph"].strip()
        key = hashlib.sha256(_norm(text).encode()).hexdigest()[:16]
        if normalise(text) in seen:
            continue  # the same paragraph again (up to case, whitespace and punctuation)
        seen.add(normalise(text))
        genre = row.get("type") or "literary creative writing"
        records.append(
            {
                "id": f"story/lamp_scored/{key}",
                "prompt": f"Write a paragraph of {genre.lower()}.",
                "responses": [text],
                "gold": [score],
                "meta": {
                    "source": "creativity_eval/LAMP",
                    "source_id": f"lamp/{key}",
                    "language": "en",
                    "genre": genre,
                    "writer_batch": row.get("original_id", ""),
                    "score_1_10": json.loads(row["output"])["score"],
                    "generator": row.get("source", ""),
                    "label_source": "edit-based writing-quality score of the WritingRewards validation set "
                    "(z-score derived from expert edits; 1-10 rounded form in score_1_10)",
                },
                "response_meta": [{"reason": f"quality score {score:.2f}"}],
            }
        )
    return _cap(records, cap, seed)


# ------------------------------------------------------------------ WritingPreferenceBench (Chinese)


def _wpb_candidates(row: dict, path: Path, n: int) -> tuple[list[dict], int]:
    """Scored responses with near-identical ones (up to case, whitespace, punctuation) merged: kept
    once when they share a score, dropped when the one rater scored two copies differently."""
    cands = [c for c in row.get("candidates", []) if str(c.get("response", "")).strip()]
    for c in cands:
        if not isinstance(c.get("human_score"), (int, float)):
            raise StoryDataError(
                f"{path}: line {n}: field candidates.human_score missing for model {c.get('model')}"
            )
    groups: dict[str, list[dict]] = {}
    for c in cands:
        groups.setdefault(normalise(c["response"]), []).append(c)
    unique = [g[0] for g in groups.values() if len({c["human_score"] for c in g}) == 1]
    return unique, len(cands)


def _wpb_pairs(unique: list[dict], min_gap: float, per_prompt: int, seed: int, prompt_id: str) -> list[tuple]:
    """Up to ``per_prompt`` (better, worse) pairs ``min_gap`` or more points apart, closest in length
    first (seeded ties): the expert's scores favour longer answers, and picking pairs by how alike
    their lengths are (not by which side is longer) keeps that out of the label."""
    pairs = []
    for i, a in enumerate(unique):
        for b in unique[i + 1 :]:
            if abs(a["human_score"] - b["human_score"]) >= min_gap:
                la, lb = len(a["response"]), len(b["response"])
                key = _hash_unit(seed, f"{prompt_id}\x1f{a['model']}\x1f{b['model']}")
                better, worse = (a, b) if a["human_score"] > b["human_score"] else (b, a)
                pairs.append((round(abs(la - lb) / max(la, lb), 1), key, better, worse))
    pairs.sort(key=lambda p: (p[0], p[1]))
    return [(better, worse) for _, _, better, worse in pairs[:per_prompt]]


def wpb_zh(
    data_dir: Path,
    seed: int = 0,
    cap: int | None = None,
    split: str = "test",
    genre: str = "fiction",
    min_gap: float = 2.0,
    per_prompt: int = 6,
    tally: Tally | None = None,
) -> list[dict]:
    """Pairs of responses to one prompt whose expert scores (0-3) differ by ``min_gap`` or more.

    ``genre``: ``fiction`` (narrative tags) or ``literary`` (poetry, prose, scripts, role play,
    "abstract literature"); the functional-writing tags belong to neither and are left out.
    """
    if genre not in WPB_GENRES:
        raise ValueError(f"genre must be one of {sorted(WPB_GENRES)}, got {genre!r}")
    if split != "test":
        return []
    path = Path(data_dir) / WPB_FILE
    records = []
    counts = {"prompts": 0, "genre": 0, "responses": 0, "unique": 0, "pairs": 0, "gap": 0}
    for n, row in _read_jsonl(path):
        counts["prompts"] += 1
        if row.get("tag", "") not in WPB_GENRES[genre]:
            continue
        counts["genre"] += 1
        unique, n_responses = _wpb_candidates(row, path, n)
        counts["responses"] += n_responses
        counts["unique"] += len(unique)
        scores = [c["human_score"] for c in unique]
        counts["pairs"] += sum(1 for i, x in enumerate(scores) for y in scores[i + 1 :] if x != y)
        counts["gap"] += sum(
            1 for i, x in enumerate(scores) for y in scores[i + 1 :] if abs(x - y) >= min_gap
        )
        for j, (better, worse) in enumerate(_wpb_pairs(unique, min_gap, per_prompt, seed, row["prompt_id"])):
            records.append(_wpb_item(row, genre, j, better, worse, seed))
    if tally is not None:
        _wpb_tally(tally, genre, counts, len(records), min_gap, per_prompt)
    return _cap(records, cap, seed)


def _wpb_item(row: dict, genre: str, j: int, better: dict, worse: dict, seed: int) -> dict:
    gap = better["human_score"] - worse["human_score"]
    key = f"{row['prompt_id']}/{j}"
    responses, gold, rmeta = _shuffled(
        key,
        seed,
        [better["response"], worse["response"]],
        [1, 0],
        [
            {
                "model": better["model"],
                "score": better["human_score"],
                "reason": f"expert score {better['human_score']:g} of 3",
            },
            {
                "model": worse["model"],
                "score": worse["human_score"],
                "flaw": f"expert score {worse['human_score']:g} of 3",
            },
        ],
    )
    return {
        "id": f"story/wpb_zh_{genre}/{key}",
        "prompt": row["prompt"],
        "responses": responses,
        "gold": gold,
        "meta": {
            "source": "WritingPreferenceBench",
            "source_id": f"wpb/{row['prompt_id']}",
            "language": "zh",
            "tag": row.get("tag", ""),
            "genre_group": genre,
            "score_gap": gap,
            "label_source": "one expert writing-quality score 0-3 per response (WritingPreferenceBench); "
            "pairs scored >= 2 points apart",
        },
        "response_meta": rmeta,
    }


def _wpb_tally(
    tally: Tally, genre: str, c: dict[str, int], n_items: int, min_gap: float, per_prompt: int
) -> None:
    tally.record(
        f"{genre} tags",
        "prompts",
        c["prompts"],
        c["genre"],
        "functional writing (manuals, interview questions, minutes, reports, letters, ads...) is in "
        "no rmbench domain: left out; the other genre group is its own subset",
    )
    tally.record(
        "near-identical responses",
        "responses",
        c["responses"],
        c["unique"],
        "copies up to case, whitespace and punctuation: one kept, or none if scored differently",
    )
    tally.record(
        f"score gap >= {min_gap:g}",
        "pairs",
        c["pairs"],
        c["gap"],
        "one rater on a 0-3 scale: a one-point difference is within that rater's noise",
    )
    tally.record(
        f"{per_prompt} per prompt, closest lengths",
        "pairs",
        c["gap"],
        n_items,
        "every prompt weighs about the same; length-matched so length does not carry the label",
    )
