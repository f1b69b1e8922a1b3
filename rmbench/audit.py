"""Data audit: does a subset measure what it claims, or can shallow cues solve it?

Run before trusting a subset (and as the quality gate of built-in data):
- the ``length`` baseline: if "longer wins" scores far from 50%, length gives labels away;
- a response-only artifact probe: a bag-of-words model that never sees the prompt, trained on
  half the items (split by ``source_id``) and tested on the other half. Near 50% means the
  label lives in the relation between prompt and response; near 100% means a word gives it away;
- exact and near-duplicate items (MinHash over character 5-grams, verified by exact Jaccard);
- items without label provenance: a ``flaw`` or ``reason`` on each non-best response, or a
  ``meta.label_source`` for human-labelled public data.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rmbench.items import Item, prompt_text
from rmbench.metrics import Estimate, mean_ci, pairwise_accuracy_per_item
from rmbench.tasks.splits import hash_unit

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def tokens(text: str) -> set[str]:
    """Lower-cased words; CJK runs become single characters (no spaces to split on)."""
    out: set[str] = set()
    for word in _WORD.findall(text.lower()):
        if _CJK.search(word):
            out.update(ch for ch in word)
        else:
            out.add(word)
    return out


def length_baseline(items: Sequence[Item], seed: int = 0) -> Estimate:
    """Pairwise accuracy of "the longer response is better" (characters; ties earn half)."""
    ranked = [it for it in items if it.k >= 2]
    scores = [[len(r) for r in it.responses] for it in ranked]
    per_item = pairwise_accuracy_per_item(scores, [it.gold for it in ranked])
    return mean_ci(per_item, seed=seed)


def artifact_probe(items: Sequence[Item], seed: int = 0, smoothing: float = 1.0) -> Estimate:
    """Held-out pairwise accuracy of a response-only naive-Bayes log-count-ratio probe."""
    ranked = [it for it in items if it.k >= 2]
    train = [it for it in ranked if hash_unit(seed, it.source_id) < 0.5]
    test = [it for it in ranked if hash_unit(seed, it.source_id) >= 0.5]
    if not train or not test:
        return Estimate(float("nan"), float("nan"), float("nan"), 0)
    positive: Counter[str] = Counter()
    negative: Counter[str] = Counter()
    n_pos = n_neg = 0
    for item in train:
        top = max(item.gold)
        for response, g in zip(item.responses, item.gold, strict=True):
            if g == top:
                positive.update(tokens(response))
                n_pos += 1
            else:
                negative.update(tokens(response))
                n_neg += 1
    vocab = set(positive) | set(negative)
    weight = {
        w: math.log((positive[w] + smoothing) / (n_pos + 2 * smoothing))
        - math.log((negative[w] + smoothing) / (n_neg + 2 * smoothing))
        for w in vocab
    }
    # fsum: exact, so the score (and near-ties) do not depend on set iteration order / PYTHONHASHSEED.
    scores = [[math.fsum(weight.get(w, 0.0) for w in tokens(r)) for r in it.responses] for it in test]
    per_item = pairwise_accuracy_per_item(scores, [it.gold for it in test])
    return mean_ci(per_item, seed=seed)


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def _item_text(item: Item) -> str:
    return _normalised(prompt_text(item.prompt) + "\n" + "\n".join(item.responses))


def _shingles(text: str, n: int = 5) -> set[str]:
    return {text[i : i + n] for i in range(max(1, len(text) - n + 1))}


def _minhash(shingles: set[str], num_perm: int) -> np.ndarray:
    hashes = np.array(
        [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles],
        dtype=np.uint64,
    )
    rng = np.random.default_rng(12345)
    a = rng.integers(1, 2**61 - 1, size=num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**61 - 1, size=num_perm, dtype=np.uint64)
    with np.errstate(over="ignore"):
        return (hashes[None, :] * a[:, None] + b[:, None]).min(axis=1)


def find_duplicates(
    items: Sequence[Item], threshold: float = 0.85, num_perm: int = 64, bands: int = 16
) -> dict[str, list]:
    """Exact duplicates (same normalised prompt and responses) and near-duplicate pairs."""
    exact: dict[str, list[str]] = defaultdict(list)
    texts = [_item_text(it) for it in items]
    for item, text in zip(items, texts, strict=True):
        exact[hashlib.sha256(text.encode()).hexdigest()].append(item.id)
    exact_groups = [ids for ids in exact.values() if len(ids) > 1]
    exact_ids = {i for g in exact_groups for i in g}

    shingles = [_shingles(t) for t in texts]
    rows = num_perm // bands
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for idx, sh in enumerate(shingles):
        if items[idx].id in exact_ids:
            continue
        signature = _minhash(sh, num_perm)
        for band in range(bands):
            buckets[(band, signature[band * rows : (band + 1) * rows].tobytes())].append(idx)
    candidates = {
        (a, b) for group in buckets.values() if len(group) > 1 for a in group for b in group if a < b
    }
    near = []
    for a, b in sorted(candidates):
        jaccard = len(shingles[a] & shingles[b]) / len(shingles[a] | shingles[b])
        if jaccard >= threshold:
            near.append((items[a].id, items[b].id, round(jaccard, 3)))
    return {"exact": exact_groups, "near": near}


def missing_provenance(items: Sequence[Item]) -> list[str]:
    """Ids of items whose label says nowhere why it holds."""
    missing = []
    for item in items:
        if item.meta.get("label_source"):
            continue
        rm = item.response_meta
        if not rm or len(rm) != item.k:
            missing.append(item.id)
            continue
        top = max(item.gold)
        if any(
            g < top and not (m.get("flaw") or m.get("reason")) for g, m in zip(item.gold, rm, strict=True)
        ):
            missing.append(item.id)
    return missing


@dataclass
class AuditReport:
    name: str
    n_items: int
    length_baseline: Estimate
    artifact_probe: Estimate
    exact_duplicates: list[list[str]] = field(default_factory=list)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    missing_provenance: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "n_items": self.n_items,
            "length_baseline": self.length_baseline.to_dict(),
            "artifact_probe": self.artifact_probe.to_dict(),
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": [list(x) for x in self.near_duplicates],
            "missing_provenance": self.missing_provenance,
        }


def audit_items(name: str, items: Sequence[Item], seed: int = 0) -> AuditReport:
    duplicates = find_duplicates(items)
    return AuditReport(
        name=name,
        n_items=len(items),
        length_baseline=length_baseline(items, seed),
        artifact_probe=artifact_probe(items, seed),
        exact_duplicates=duplicates["exact"],
        near_duplicates=duplicates["near"],
        missing_provenance=missing_provenance(items),
    )


GATE_LENGTH = (0.40, 0.60)
GATE_PROBE = 0.65


def gate_failures(report: AuditReport) -> list[str]:
    """The built-in quality gate for in-distribution subsets (length 40-60%, probe <= 65%)."""
    problems = []
    lb = report.length_baseline.value
    if not (GATE_LENGTH[0] <= lb <= GATE_LENGTH[1]):
        problems.append(
            f"{report.name}: length baseline {lb:.1%} outside {GATE_LENGTH[0]:.0%}-{GATE_LENGTH[1]:.0%}"
        )
    if report.artifact_probe.value > GATE_PROBE:
        problems.append(
            f"{report.name}: artifact probe {report.artifact_probe.value:.1%} above {GATE_PROBE:.0%}"
        )
    return problems
