"""Duplicates that make a subset noisy: repeated items, conflicting labels, near-identical pairs.

- Exact / near-duplicate items: the same prompt and responses twice (MinHash over character
  5-grams, verified by exact Jaccard), which over-weights one source.
- Conflicting duplicates: the same prompt and the same two responses ordered differently by gold
  in different items (one says A > B, another B > A, or one ties them). No model can get both.
- Near-duplicate pairs: two responses of one item with different gold that are identical
  (whitespace aside), identical but for case and punctuation, or nearly so. The first two kinds
  are label noise by definition; ``near`` (at most :data:`NEAR_EDIT` of the characters edited)
  is either noise in human-rated data or, in constructed data, the intended minimal pair - the
  list lets a reader tell which. Why 5%: it is about one word of a sentence or one token of a line
  of code, too small a change for a crowd rater to judge reliably, and two full sentences that
  differ by more are rarely "the same text" to a reader.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from rmbench.audit.text import normalise_space, strip_punctuation
from rmbench.items import Item, prompt_text

NEAR_EDIT = 0.05


def _item_text(item: Item) -> str:
    return normalise_space((prompt_text(item.prompt) + "\n" + "\n".join(item.responses)).lower())


def _shingles(text: str, n: int = 5) -> np.ndarray:
    """Sorted distinct 64-bit hashes of the character n-grams (a polynomial hash over code points)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < n:
        codes = np.concatenate([codes, np.zeros(n - len(codes), np.uint64)])
    out = np.zeros(len(codes) - n + 1, np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            out = out * np.uint64(1_000_003) + codes[k : len(codes) - n + 1 + k]
    return np.unique(out)


def _minhash(shingles: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (shingles[None, :] * a[:, None] + b[:, None]).min(axis=1)


def find_duplicates(
    items: Sequence[Item], threshold: float = 0.85, num_perm: int = 64, bands: int = 16
) -> dict[str, list]:
    """Exact duplicate items (same normalised prompt and responses) and near-duplicate item pairs.

    Near: MinHash over character 5-grams for candidates, then the exact Jaccard of the 5-gram
    hash sets >= ``threshold``.
    """
    exact: dict[str, list[str]] = defaultdict(list)
    texts = [_item_text(it) for it in items]
    for item, text in zip(items, texts, strict=True):
        exact[hashlib.sha256(text.encode()).hexdigest()].append(item.id)
    exact_groups = [ids for ids in exact.values() if len(ids) > 1]
    exact_ids = {i for g in exact_groups for i in g}

    shingles = [_shingles(t) for t in texts]
    rng = np.random.default_rng(12345)
    a = rng.integers(1, 2**61 - 1, size=num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**61 - 1, size=num_perm, dtype=np.uint64)
    rows = num_perm // bands
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for idx, sh in enumerate(shingles):
        if items[idx].id in exact_ids:
            continue
        signature = _minhash(sh, a, b)
        for band in range(bands):
            buckets[(band, signature[band * rows : (band + 1) * rows].tobytes())].append(idx)
    candidates = {
        (i, j) for group in buckets.values() if len(group) > 1 for i in group for j in group if i < j
    }
    near = []
    for i, j in sorted(candidates):
        shared = len(np.intersect1d(shingles[i], shingles[j], assume_unique=True))
        jaccard = shared / (len(shingles[i]) + len(shingles[j]) - shared)
        if jaccard >= threshold:
            near.append((items[i].id, items[j].id, round(jaccard, 3)))
    return {"exact": exact_groups, "near": near}


@dataclass(frozen=True)
class Conflict:
    """One prompt + response pair that different items order differently."""

    ids: tuple[str, ...]  # every item holding the pair
    kind: str  # "opposite" (A > B and B > A) or "different" (ordered in one, tied in another)
    prompt: str  # the start of the prompt, for reading the list

    def to_dict(self) -> dict[str, object]:
        return {"ids": list(self.ids), "kind": self.kind, "prompt": self.prompt}


def conflicting_duplicates(items: Sequence[Item]) -> list[Conflict]:
    """Response pairs (same prompt, same two texts, whitespace aside) with disagreeing gold."""
    signs: dict[tuple[str, str, str], dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        prompt = normalise_space(prompt_text(item.prompt))
        texts = [normalise_space(r) for r in item.responses]
        for i in range(item.k):
            for j in range(i + 1, item.k):
                if texts[i] == texts[j]:
                    continue  # an identical pair is a near-duplicate pair, not a cross-item conflict
                a, b = (i, j) if texts[i] < texts[j] else (j, i)
                diff = item.gold[a] - item.gold[b]
                signs[(prompt, texts[a], texts[b])][int(np.sign(diff))].append(item.id)
    out = []
    for (prompt, _, _), by_sign in signs.items():
        if len(by_sign) < 2:
            continue
        ids = tuple(dict.fromkeys(i for sign in sorted(by_sign) for i in by_sign[sign]))
        kind = "opposite" if 1 in by_sign and -1 in by_sign else "different"
        out.append(Conflict(ids, kind, prompt[:80]))
    return out


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (numpy rows; the insertion chain via a running minimum)."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    offsets = np.arange(len(b) + 1)
    row = offsets.copy()
    for ch in a.encode("utf-32-le").decode("utf-32-le"):
        cost = (bb != ord(ch)).astype(np.int64)
        best = np.empty_like(row)
        best[0] = row[0] + 1
        best[1:] = np.minimum(row[1:] + 1, row[:-1] + cost)
        row = np.minimum.accumulate(best - offsets) + offsets
    return int(row[-1])


def _near_kind(a: str, b: str, code: bool) -> tuple[str, float] | None:
    na, nb = normalise_space(a), normalise_space(b)
    if na == nb:
        return "identical", 1.0
    if not code and strip_punctuation(na) == strip_punctuation(nb):
        return "punctuation", 1.0
    longest = max(len(na), len(nb))
    budget = NEAR_EDIT * longest
    if abs(len(na) - len(nb)) > budget:
        return None
    # Every character of one text missing from the other costs at least half an edit: a cheap bound.
    if sum(((Counter(na) - Counter(nb)) + (Counter(nb) - Counter(na))).values()) / 2 > budget:
        return None
    distance = edit_distance(na, nb)
    if distance > budget:
        return None
    return "near", round(1 - distance / longest, 4)


@dataclass(frozen=True)
class NearPair:
    item_id: str
    first: int  # response indices within the item
    second: int
    kind: str  # identical | punctuation | near
    similarity: float  # 1 - normalised edit distance
    gold_gap: float  # |gold difference|: a large gap on a tiny edit is the suspicious case

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.item_id,
            "responses": [self.first, self.second],
            "kind": self.kind,
            "similarity": self.similarity,
            "gold_gap": self.gold_gap,
        }


def near_duplicate_pairs(items: Sequence[Item], code: bool = False) -> list[NearPair]:
    """Gold-ordered response pairs within an item that are identical or nearly so.

    ``code``: punctuation is syntax (``+=`` vs ``-=``, ``x[1:]`` vs ``x[:1]``), so no
    "punctuation" tier; such pairs are judged by edit distance like any other.
    """
    out = []
    for item in items:
        for i in range(item.k):
            for j in range(i + 1, item.k):
                if item.gold[i] == item.gold[j]:
                    continue
                found = _near_kind(item.responses[i], item.responses[j], code)
                if found is not None:
                    out.append(NearPair(item.id, i, j, *found, abs(item.gold[i] - item.gold[j])))
    return out
