"""Turn human-scored MT segments (one source, several system translations) into rmbench items.

Shared by every public loader of this task, so that rankings, pairs, caps and prompts are made
the same way whatever the raw format. A :class:`Segment` is one source sentence with its scored
candidates; identical candidate texts are merged (their scores averaged) so an item never asks a
model to separate two copies of the same string.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from rmbench.tasks.splits import hash_unit

LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "zh": "Chinese",
    "ja": "Japanese",
    "ha": "Hausa",
    "is": "Icelandic",
    "es": "Spanish",
    "fr": "French",
}
PROMPT = "Translate the following {src} text into {tgt}. Reply with the translation only.\n\n{source}"


@dataclass
class Segment:
    """One source segment and its human-scored candidate translations (higher score is better)."""

    source_id: str
    source_text: str
    language_pair: str  # "en-de"
    candidates: list[tuple[str, str, float]]  # (system, text, score)
    reference: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def merged(self) -> list[tuple[list[str], str, float]]:
        """Distinct texts (stripped, non-empty) with their systems and mean score, in first-seen order."""
        by_text: dict[str, list[tuple[str, float]]] = {}
        for system, text, score in self.candidates:
            text = text.strip()
            if text:
                by_text.setdefault(text, []).append((system, score))
        return [
            ([s for s, _ in rows], text, sum(x for _, x in rows) / len(rows))
            for text, rows in by_text.items()
        ]


def chat_prompt(segment: Segment) -> list[dict[str, str]]:
    src, tgt = segment.language_pair.split("-")
    return [
        {
            "role": "user",
            "content": PROMPT.format(
                src=LANGUAGE_NAMES[src], tgt=LANGUAGE_NAMES[tgt], source=segment.source_text
            ),
        }
    ]


def _meta(segment: Segment, provenance: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {
        **provenance,
        "source_id": segment.source_id,
        "source_text": segment.source_text,
        "language_pair": segment.language_pair,
        "target_language": segment.language_pair.split("-")[1],
        **segment.meta,
    }
    if segment.reference:
        meta["reference"] = segment.reference
    return meta


def sample_segments(segments: Sequence[Segment], cap: int | None, seed: int) -> list[Segment]:
    """A seeded, order-preserving sample of at most ``cap`` segments (keyed by source_id, so stable)."""
    if cap is None or len(segments) <= cap:
        return list(segments)
    keep = set(sorted((s.source_id for s in segments), key=lambda sid: hash_unit(seed, sid))[:cap])
    return [s for s in segments if s.source_id in keep]


def unique_sources(segments: Iterable[Segment]) -> list[Segment]:
    """Keep the first segment of each source text: repeated lines ("(Applause)") would make exact
    duplicate items, often with contradictory scores."""
    seen: set[str] = set()
    out = []
    for segment in segments:
        if segment.source_text not in seen:
            seen.add(segment.source_text)
            out.append(segment)
    return out


def ranking_items(
    segments: Iterable[Segment], prefix: str, provenance: dict[str, Any], seed: int, score_name: str
) -> list[dict[str, Any]]:
    """One item per segment with >= 2 distinct candidates and not all scores tied."""
    items = []
    for segment in unique_sources(segments):
        merged = segment.merged()
        if len(merged) < 2 or len({round(score, 9) for _, _, score in merged}) < 2:
            continue
        random.Random(f"{seed}:{segment.source_id}").shuffle(merged)
        items.append(
            {
                "id": f"{prefix}/{segment.source_id}",
                "prompt": chat_prompt(segment),
                "responses": [text for _, text, _ in merged],
                "gold": [round(score, 6) for _, _, score in merged],
                "meta": _meta(segment, provenance),
                "response_meta": [
                    {"systems": systems, score_name: round(score, 6)} for systems, _, score in merged
                ],
            }
        )
    return items


def pair_items(
    segments: Iterable[Segment],
    prefix: str,
    provenance: dict[str, Any],
    seed: int,
    score_name: str,
    min_gap: float,
    per_segment: int,
) -> list[dict[str, Any]]:
    """Up to ``per_segment`` seeded pairs per segment whose scores differ by at least ``min_gap``."""
    items = []
    for segment in unique_sources(segments):
        merged = segment.merged()
        pairs = [(a, b) for a, b in combinations(merged, 2) if abs(a[2] - b[2]) >= min_gap]
        rng = random.Random(f"{seed}:{segment.source_id}")
        for n, (a, b) in enumerate(rng.sample(pairs, k=min(per_segment, len(pairs)))):
            better, worse = (a, b) if a[2] > b[2] else (b, a)
            order = [better, worse]
            rng.shuffle(order)
            gap = better[2] - worse[2]
            metas = [
                {
                    "systems": systems,
                    score_name: round(score, 6),
                    **(
                        {"reason": f"higher human {score_name} (gap {gap:.2f})"}
                        if (systems, text, score) == better
                        else {"flaw": f"lower human {score_name} (gap {gap:.2f})"}
                    ),
                }
                for systems, text, score in order
            ]
            items.append(
                {
                    "id": f"{prefix}/{segment.source_id}/{n}",
                    "prompt": chat_prompt(segment),
                    "responses": [text for _, text, _ in order],
                    "gold": [1.0 if item is better else 0.0 for item in order],
                    "meta": {**_meta(segment, provenance), "score_gap": round(gap, 6)},
                    "response_meta": metas,
                }
            )
    return items
