"""The artifact panel: every shallow heuristic and probe, scored with the metric a model gets.

Each heuristic gives every response a score; the panel reports its pairwise accuracy over the
gold-ordered pairs of each item (pairs directly, rankings over their ordered pairs; ties earn
half), macro-averaged over items, with a 95% cluster-bootstrap interval over ``source_id``.

A cue works in either direction: a rule at 30% is a 70% rule inverted. So the figure compared with
the flag threshold is the direction-free ``max(a, 1 - a)``; a subset where any heuristic's
direction-free accuracy exceeds :data:`FLAG_THRESHOLD` is flagged.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.stats import kendalltau

from rmbench.audit.heuristics import HEURISTICS, ItemText, heuristic_scores
from rmbench.audit.lm_probes import ProbeScores, lm_logprob_probe, ngram_probe
from rmbench.audit.probe import artifact_probe_scores
from rmbench.items import Item
from rmbench.metrics import Estimate, mean_ci, pairwise_accuracy_per_item, statistic_ci

FLAG_THRESHOLD = 0.65
PROBE_WINS = "higher naive-Bayes score from response words (2-fold cross-fitted by source)"


@dataclass
class HeuristicResult:
    name: str
    wins: str  # what the rule prefers, in words
    estimate: Estimate | None  # None when the heuristic was skipped
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def value(self) -> float:
        return self.estimate.value if self.estimate is not None and self.estimate.n else float("nan")

    @property
    def direction_free(self) -> float:
        v = self.value
        return max(v, 1 - v) if not math.isnan(v) else float("nan")

    @property
    def flagged(self) -> bool:
        return not math.isnan(self.direction_free) and self.direction_free > FLAG_THRESHOLD

    def to_dict(self) -> dict[str, Any]:
        est = self.estimate if self.estimate is not None and self.estimate.n > 0 else None
        return {
            "heuristic": self.name,
            "wins": self.wins,
            "value": est.value if est else None,
            "ci_low": est.ci_low if est else None,
            "ci_high": est.ci_high if est else None,
            "n": est.n if est else 0,
            "n_clusters": est.n_clusters if est else 0,
            "direction_free": self.direction_free if est else None,
            "flagged": self.flagged,
            "note": self.note,
            **({"details": self.details} if self.details else {}),
        }


def _estimate(
    items: Sequence[Item], scores: Sequence[Sequence[float]], seed: int, n_resamples: int
) -> Estimate:
    per_item = pairwise_accuracy_per_item(scores, [it.gold for it in items])
    return mean_ci(per_item, [it.source_id for it in items], seed=seed, n_resamples=n_resamples)


def _tie_pairs(values: np.ndarray) -> int:
    _, counts = np.unique(values, return_counts=True)
    return int((counts * (counts - 1) // 2).sum())


def concordance(scores: np.ndarray, gold: np.ndarray) -> float:
    """Pairwise accuracy over item pairs with different gold (ties in score earn 1/2), O(n log n).

    The pointwise analogue of pairwise accuracy (Harrell's C): with S = concordant - discordant
    pairs and N the pairs untied in gold, C = 1/2 + S / (2N); S comes from Kendall's tau-b.
    """
    n0 = len(scores) * (len(scores) - 1) // 2
    n1, n2 = _tie_pairs(scores), _tie_pairs(gold)
    untied = n0 - n2
    if untied == 0:
        return float("nan")
    if n1 == n0:
        return 0.5
    tau = kendalltau(scores, gold).statistic
    return 0.5 + float(tau) * math.sqrt((n0 - n1) * (n0 - n2)) / (2 * untied)


def _concordance_estimate(
    items: Sequence[Item], scores: Sequence[Sequence[float]], seed: int, n_resamples: int
) -> Estimate:
    s = np.array([row[0] for row in scores], float)
    g = np.array([it.gold[0] for it in items], float)
    return statistic_ci(
        len(items),
        lambda idx: concordance(s[idx], g[idx]),
        [it.source_id for it in items],
        n_resamples=n_resamples,
        seed=seed,
    )


def run_panel(
    items: Sequence[Item],
    *,
    domain: str | None = None,
    data_dir: Path | None = None,
    lm_probe: str | None = None,
    seed: int = 0,
    n_resamples: int = 1000,
) -> list[HeuristicResult]:
    """Every heuristic of the panel, as pairwise accuracy over each item's gold-ordered pairs.

    Items with one response (a pointwise subset, when no item has two) are scored over pairs of
    items instead (:func:`concordance`): a cue that tracks the gold rating across dialogues is a
    leak just as one that orders responses. ``lm_probe``: None skips the causal-LM probe;
    "smollm2" uses SmolLM2-135M; any other string is a model spec (``logprob:PATH``).
    """
    ranked = [it for it in items if it.k >= 2]
    pointwise = not ranked
    scored = ranked or [it for it in items if it.k == 1]
    measure = _concordance_estimate if pointwise else _estimate
    note = "over pairs of items (pointwise subset)" if pointwise else ""

    def result(name: str, wins: str, probe: ProbeScores) -> HeuristicResult:
        if probe.scores is None or not scored:
            return HeuristicResult(name, wins, None, probe.note or "n/a: no items", probe.details)
        estimate = measure(scored, probe.scores, seed, n_resamples)
        return HeuristicResult(name, wins, estimate, note, probe.details)

    texts = [ItemText(it) for it in scored]
    results = [result(h.name, h.wins, ProbeScores(heuristic_scores(h, texts))) for h in HEURISTICS]
    probe = None if pointwise else artifact_probe_scores(scored, seed)
    why = "n/a: pointwise (no chosen and rejected to learn from)" if pointwise else "skipped: too few sources"
    results.append(result("response_probe", PROBE_WINS, ProbeScores(probe, "" if probe else why)))
    ngram = ngram_probe(scored, domain, data_dir)
    results.append(result("ngram_lm", "higher mean log-prob, reference trigram LM", ngram))
    if lm_probe is not None and scored:
        lm = lm_logprob_probe(scored, None if lm_probe == "smollm2" else lm_probe)
    else:
        lm = ProbeScores(None, "skipped: opt-in (--lm-probe)")
    results.append(result("smollm2", "higher mean log-prob, no prompt", lm))
    return results
