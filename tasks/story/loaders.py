"""Public story-writing judgements as rmbench items.

- creativity_eval (salesforce/creativity_eval @ fced0ab, BSD-3-Clause): 201 literary-writing
  instructions x 3 responses (AI-generated, AI-edited, writer-edited), each set ranked 1-3 by three
  professional writers (Chakrabarty et al., CHI 2025); the LAMP expert-edit pairs and the 1-10
  scored paragraphs of the WritingRewards release (Chakrabarty et al., 2025).
- WritingPreferenceBench (WritingPreferenceBench/Writing-Preference-Bench @ c6ac582, ODC-BY):
  204 Chinese writing prompts over 51 genre tags, ~19 LLM responses each with one expert 0-3 score.

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
            mean_rank = [sum(col) / len(col) for col in zip(*table, strict=True)]
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


def lamp_pairs(data_dir: Path, seed: int = 0, cap: int | None = None, split: str = "test") -> list[dict]:
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
    for pair in sorted(pairs.values(), key=lambda p: hashlib.sha256(p["better"].encode()).hexdigest()):
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
        if key in seen:
            continue
        seen.add(key)
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


def wpb_zh(
    data_dir: Path,
    seed: int = 0,
    cap: int | None = None,
    split: str = "test",
    genre: str = "fiction",
    max_responses: int | None = None,
) -> list[dict]:
    """One ranking item per prompt: all scored responses, gold = the expert's 0-3 score.

    ``genre``: ``fiction`` (narrative genre tags) or ``other`` (the remaining tags). Prompts whose
    responses all got the same score carry no ranking and are skipped.
    """
    if genre not in ("fiction", "other"):
        raise ValueError(f"genre must be 'fiction' or 'other', got {genre!r}")
    if split != "test":
        return []
    path = Path(data_dir) / WPB_FILE
    records = []
    for n, row in _read_jsonl(path):
        tag = row.get("tag", "")
        if (tag in WPB_FICTION_TAGS) != (genre == "fiction"):
            continue
        cands = [c for c in row.get("candidates", []) if str(c.get("response", "")).strip()]
        for c in cands:
            if not isinstance(c.get("human_score"), (int, float)):
                raise StoryDataError(
                    f"{path}: line {n}: field candidates.human_score missing for model {c.get('model')}"
                )
        # identical responses from two models would be scored twice; keep the first
        unique, seen = [], set()
        for c in cands:
            if c["response"] not in seen:
                seen.add(c["response"])
                unique.append(c)
        if max_responses is not None and len(unique) > max_responses:
            rng = random.Random(f"{seed}:{row['prompt_id']}")
            unique = rng.sample(unique, max_responses)
        if len({c["human_score"] for c in unique}) < 2:
            continue
        responses, gold, models = _shuffled(
            row["prompt_id"],
            seed,
            [c["response"] for c in unique],
            [float(c["human_score"]) for c in unique],
            [c["model"] for c in unique],
        )
        records.append(
            {
                "id": f"story/wpb_zh_{genre}/{row['prompt_id']}",
                "prompt": row["prompt"],
                "responses": responses,
                "gold": gold,
                "meta": {
                    "source": "WritingPreferenceBench",
                    "source_id": f"wpb/{row['prompt_id']}",
                    "language": "zh",
                    "tag": tag,
                    "genre_group": genre,
                    "label_source": "one expert writing-quality score 0-3 per response (WritingPreferenceBench)",
                },
                "response_meta": [
                    {"model": m, "reason": f"expert score {g:g} of 3"}
                    for m, g in zip(models, gold, strict=True)
                ],
            }
        )
    return _cap(records, cap, seed)
