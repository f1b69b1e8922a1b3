"""Turn human-scored MT segments (one source, several system translations) into rmbench items.

Shared by every public loader of this task, so that rankings, pairs, caps and prompts are made
the same way whatever the raw format. A :class:`Segment` is one source sentence with its scored
candidates; candidate texts that differ only in case, whitespace or punctuation are merged (their
scores averaged) so an item never asks a model to separate two copies of one translation (upstream
MQM has twins such as two outputs that differ by a quote mark, scored -5 and -0.5).

Crowd DA becomes pairs the way WMT's DARR relative rankings are made (:func:`darr_items`): two
translations of a segment form a pair only when each was rated by at least ``min_n`` raters and
their mean raw scores differ by more than 25 points; output that is no translation of the source
(a recurring hallucinated sentence, text that shares no words with the reference or any other
output) is left out, and so is any pair whose worse side is the reference itself.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from rmbench.tasks.label_noise import Tally, leave_one_out_agreement, normalise
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
    # crowd DA only: system -> (mean raw 0-100 score, number of ratings behind it)
    ratings: dict[str, tuple[float, int]] = field(default_factory=dict)
    # several raters per output (side-by-side MQM): system -> {rater: score}
    rater_scores: dict[str, dict[str, float]] = field(default_factory=dict)

    def rater_agreement(self, merged: Sequence[tuple[list[str], str, float]]) -> float | None:
        """Leave-one-rater-out pairwise accuracy over the merged outputs (None without rater scores):
        a merged output's score for a rater is the mean over its systems."""
        raters = sorted({r for scores in self.rater_scores.values() for r in scores})
        if len(raters) < 2:
            return None
        table = []
        for rater in raters:
            row = []
            for systems, _, _ in merged:
                values = [
                    self.rater_scores[s][rater] for s in systems if rater in self.rater_scores.get(s, {})
                ]
                if not values:
                    return None  # a rater who did not see every output cannot be compared on this item
                row.append(sum(values) / len(values))
            table.append(row)
        return leave_one_out_agreement(table)

    def merged(self) -> list[tuple[list[str], str, float]]:
        """Distinct texts (stripped, non-empty; equal up to case, whitespace and punctuation count as
        one, the first-seen spelling kept) with their systems and mean score, in first-seen order."""
        by_text: dict[str, tuple[str, list[tuple[str, float]]]] = {}
        for system, text, score in self.candidates:
            text = text.strip()
            if text:
                by_text.setdefault(normalise(text), (text, []))[1].append((system, score))
        return [
            ([s for s, _ in rows], text, sum(x for _, x in rows) / len(rows))
            for text, rows in by_text.values()
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


def _meta(segment: Segment, provenance: dict[str, Any], merged: Sequence | None = None) -> dict[str, Any]:
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
    if merged is not None and segment.rater_scores:
        meta["rater_agreement"] = segment.rater_agreement(merged)
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


def _tally_segments(segments: Sequence[Segment], tally: Tally | None) -> list[Segment]:
    """unique_sources() plus the tally rows every MQM item builder shares."""
    unique = unique_sources(segments)
    if tally is not None:
        tally.record(
            "repeated source line",
            "segments",
            len(segments),
            len(unique),
            "a source text met again "
            "(e.g. '(Applause)') would make duplicate items with contradictory scores: first kept",
        )
        exact = sum(len({t.strip() for _, t, _ in s.candidates if t.strip()}) for s in unique)
        tally.record(
            "punctuation twins merged",
            "distinct outputs",
            exact,
            sum(len(s.merged()) for s in unique),
            "outputs equal up to case, whitespace and punctuation are one response (mean score)",
        )
    return unique


def ranking_items(
    segments: Sequence[Segment],
    prefix: str,
    provenance: dict[str, Any],
    seed: int,
    score_name: str,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """One item per segment with >= 2 distinct candidates and not all scores tied."""
    items = []
    unique = _tally_segments(segments, tally)
    for segment in unique:
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
                "meta": _meta(segment, provenance, merged),
                "response_meta": [
                    {"systems": systems, score_name: round(score, 6)} for systems, _, score in merged
                ],
            }
        )
    if tally is not None:
        tally.record(
            "all scores tied",
            "segments",
            len(unique),
            len(items),
            "a segment whose distinct outputs all got the same score orders nothing",
        )
    return items


def pair_items(
    segments: Sequence[Segment],
    prefix: str,
    provenance: dict[str, Any],
    seed: int,
    score_name: str,
    min_gap: float,
    per_segment: int,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """Up to ``per_segment`` seeded pairs per segment whose scores differ by at least ``min_gap``."""
    items = []
    n_all = n_gap = 0
    for segment in _tally_segments(segments, tally):
        merged = segment.merged()
        n_all += len(merged) * (len(merged) - 1) // 2
        pairs = [(a, b) for a, b in combinations(merged, 2) if abs(a[2] - b[2]) >= min_gap]
        n_gap += len(pairs)
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
    if tally is not None:
        tally.record(
            f"{score_name} gap >= {min_gap:g}",
            "pairs",
            n_all,
            n_gap,
            "a smaller gap is within one minor error: the order is not a clear preference",
        )
        tally.record(
            f"{per_segment} per segment",
            "pairs",
            n_gap,
            len(items),
            "seeded sample, so that every segment weighs about the same",
        )
    return items


# ---------------------------------------------------------------- crowd DA as DARR pairs
_SENTENCE_END = re.compile(r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<=[.!?])\s+")
_WORDS = re.compile(r"\w+")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def recurring_sentences(segments: Iterable[Segment], min_sources: int = 5, min_words: int = 4) -> set[str]:
    """Sentences of ``min_words`` words or more that outputs repeat for ``min_sources`` different
    source texts without the reference having them: hallucinated boilerplate such as "Never miss
    important updates!", which one ha-en system put in front of 191 translations."""
    seen: dict[str, set[str]] = defaultdict(set)
    for segment in segments:
        reference = segment.reference or ""
        for _, text, _ in segment.candidates:
            for sentence in sentences(text):
                if len(_WORDS.findall(sentence)) >= min_words and sentence not in reference:
                    seen[sentence].add(segment.source_text)
    return {sentence for sentence, sources in seen.items() if len(sources) >= min_sources}


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.casefold()))


def is_detached(text: str, others: Iterable[str], min_words: int = 4, max_overlap: float = 0.2) -> bool:
    """Output of ``min_words`` words or more sharing under ``max_overlap`` word F1 with the reference
    and with every other output: word salad or a translation of another sentence, not a rendering
    of this source (WMT22 ja-en system AIST gives such text for 1,817 of 2,008 segments)."""
    mine = _words(text)
    if len(mine) < min_words:
        return False
    for other in others:
        theirs = _words(other)
        if theirs and 2 * len(mine & theirs) / (len(mine) + len(theirs)) >= max_overlap:
            return False
    return True


def broken_systems(segments: Iterable[Segment], share: float = 0.5) -> set[str]:
    """Systems whose output is detached (:func:`is_detached`) on more than ``share`` of their segments:
    a broken submission (WMT22 ja-en AIST) whose every output is noise, including the ones that
    happen to share a few function words with the reference."""
    detached: dict[str, list[bool]] = defaultdict(list)
    for segment in segments:
        texts = [(system, text.strip()) for system, text, _ in segment.candidates if text.strip()]
        for system, text in texts:
            others = [segment.reference or ""] + [t for s, t in texts if s != system]
            detached[system].append(is_detached(text, others))
    return {system for system, flags in detached.items() if sum(flags) > share * len(flags)}


@dataclass
class _DaOutput:
    systems: list[str]
    text: str
    raw: float  # rating-weighted mean raw score, 0-100
    z: float
    n: int


def _da_outputs(segment: Segment) -> list[_DaOutput]:
    """Rated outputs with punctuation twins merged: raw and z averaged weighted by ratings, N summed."""
    groups: dict[str, list[tuple[str, str, float, float, int]]] = {}
    for system, text, z in segment.candidates:
        if text.strip():
            raw, n = segment.ratings[system]
            groups.setdefault(normalise(text), []).append((system, text.strip(), z, raw, n))
    out = []
    for rows in groups.values():
        n = sum(r[4] for r in rows)
        out.append(
            _DaOutput(
                systems=[r[0] for r in rows],
                text=rows[0][1],
                raw=sum(r[3] * r[4] for r in rows) / n,
                z=sum(r[2] * r[4] for r in rows) / n,
                n=n,
            )
        )
    return out


def _clean_outputs(
    segment: Segment, boilerplate: set[str], broken: set[str], counts: dict[str, int], min_n: int
) -> list[_DaOutput]:
    """A segment's outputs less broken systems, hallucinations, detached text and outputs with too
    few ratings."""
    outputs = _da_outputs(segment)
    counts["rated"] += len({t.strip() for _, t, _ in segment.candidates if t.strip()})
    counts["merged"] += len(outputs)
    outputs = [o for o in outputs if not set(o.systems) <= broken]
    counts["broken"] += len(outputs)
    outputs = [o for o in outputs if not set(sentences(o.text)) & boilerplate]
    counts["boilerplate"] += len(outputs)
    texts = [o.text for o in outputs]
    outputs = [
        o
        for i, o in enumerate(outputs)
        if not is_detached(o.text, [segment.reference or "", *texts[:i], *texts[i + 1 :]])
    ]
    counts["detached"] += len(outputs)
    outputs = [o for o in outputs if o.n >= min_n]
    counts["min_n"] += len(outputs)
    return outputs


def darr_items(
    segments: Sequence[Segment],
    prefix: str,
    provenance: dict[str, Any],
    seed: int,
    min_n: int = 2,
    min_raw_gap: float = 25.0,
    per_segment: int = 2,
    domain: str | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """DARR-style pairs from crowd DA: both outputs rated by >= ``min_n`` raters, mean raw scores more
    than ``min_raw_gap`` points apart, the worse one not the reference; ``per_segment`` seeded pairs
    per segment. Boilerplate and broken systems are found over all ``segments`` before ``domain``
    narrows them."""
    boilerplate = recurring_sentences(segments)
    broken = broken_systems(segments)
    chosen = [s for s in unique_sources(segments) if domain is None or s.meta.get("domain") == domain]
    counts: dict[str, int] = defaultdict(int)
    items = []
    for segment in chosen:
        outputs = _clean_outputs(segment, boilerplate, broken, counts, min_n)
        pairs = list(combinations(outputs, 2))
        counts["pairs"] += len(pairs)
        pairs = [(a, b) if a.raw > b.raw else (b, a) for a, b in pairs if abs(a.raw - b.raw) > min_raw_gap]
        counts["gap"] += len(pairs)
        reference = normalise(segment.reference or "")
        pairs = [(a, b) for a, b in pairs if normalise(b.text) != reference]
        counts["reference"] += len(pairs)
        rng = random.Random(f"{seed}:{segment.source_id}")
        for n, (better, worse) in enumerate(rng.sample(pairs, k=min(per_segment, len(pairs)))):
            items.append(_darr_item(segment, prefix, provenance, rng, n, better, worse))
    if tally is not None:
        _darr_tally(tally, len(segments), len(chosen), counts, len(items), min_n, min_raw_gap, per_segment)
    return items


def _darr_item(
    segment: Segment,
    prefix: str,
    provenance: dict[str, Any],
    rng: random.Random,
    n: int,
    better: _DaOutput,
    worse: _DaOutput,
) -> dict[str, Any]:
    order = [better, worse]
    rng.shuffle(order)
    gap = better.raw - worse.raw
    return {
        "id": f"{prefix}/{segment.source_id}/{n}",
        "prompt": chat_prompt(segment),
        "responses": [o.text for o in order],
        "gold": [1.0 if o is better else 0.0 for o in order],
        "meta": {**_meta(segment, provenance), "score_gap": round(gap, 4)},
        "response_meta": [
            {
                "systems": o.systems,
                "raw": round(o.raw, 4),
                "z": round(o.z, 6),
                "ratings": o.n,
                **(
                    {"reason": f"mean raw DA {gap:.1f} points higher"}
                    if o is better
                    else {"flaw": f"mean raw DA {gap:.1f} points lower"}
                ),
            }
            for o in order
        ],
    }


def _darr_tally(
    tally: Tally,
    n_segments: int,
    n_chosen: int,
    c: dict[str, int],
    n_items: int,
    min_n: int,
    min_raw_gap: float,
    per_segment: int,
) -> None:
    tally.record(
        "repeated source line / domain",
        "segments",
        n_segments,
        n_chosen,
        "one segment per source text; only the subset's domain",
    )
    tally.record(
        "punctuation twins merged",
        "outputs",
        c["rated"],
        c["merged"],
        "outputs equal up to case, whitespace and punctuation are one (rating-weighted mean)",
    )
    tally.record(
        "broken system",
        "outputs",
        c["merged"],
        c["broken"],
        "a system whose output is detached (below) on most segments: all its outputs are noise",
    )
    tally.record(
        "recurring hallucinated sentence",
        "outputs",
        c["broken"],
        c["boilerplate"],
        "a sentence of 4+ words that outputs repeat for 5+ other sources (not in the reference)",
    )
    tally.record(
        "detached output",
        "outputs",
        c["boilerplate"],
        c["detached"],
        "4+ words sharing < 0.2 word F1 with the reference and every other output",
    )
    tally.record(
        f"N >= {min_n} ratings",
        "outputs",
        c["detached"],
        c["min_n"],
        "a single crowd rating is too noisy to order two outputs (DARR uses averaged scores)",
    )
    tally.record(
        f"raw gap > {min_raw_gap:g}",
        "pairs",
        c["pairs"],
        c["gap"],
        "WMT DARR: only pairs whose mean raw scores differ by more than 25 of 100 points",
    )
    tally.record(
        "worse side is the reference",
        "pairs",
        c["gap"],
        c["reference"],
        "raters compared with this very reference: scoring its copy lower is rater noise",
    )
    tally.record(
        f"{per_segment} per segment",
        "pairs",
        c["reference"],
        n_items,
        "seeded sample, so that every segment weighs about the same",
    )
