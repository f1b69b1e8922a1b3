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

from rmbench.audit.heuristics import HEURISTICS, ItemText, heuristic_scores
from rmbench.audit.lm_probes import ProbeScores, lm_logprob_probe, ngram_probe
from rmbench.audit.probe import artifact_probe_scores
from rmbench.items import Item
from rmbench.metrics import Estimate, mean_ci, pairwise_accuracy_per_item

FLAG_THRESHOLD = 0.65


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


def _from_probe(
    name: str, wins: str, probe: ProbeScores, items: Sequence[Item], seed: int, n_resamples: int
) -> HeuristicResult:
    if probe.scores is None:
        return HeuristicResult(name, wins, None, probe.note, probe.details)
    return HeuristicResult(name, wins, _estimate(items, probe.scores, seed, n_resamples), "", probe.details)


def run_panel(
    items: Sequence[Item],
    *,
    domain: str | None = None,
    data_dir: Path | None = None,
    lm_probe: str | None = None,
    seed: int = 0,
    n_resamples: int = 1000,
) -> list[HeuristicResult]:
    """Every heuristic of the panel on the items with k >= 2 (pointwise items have no pairs).

    ``lm_probe``: None skips the causal-LM probe; "smollm2" uses SmolLM2-135M; any other string is
    a model spec (``logprob:PATH``) scored prompt-free.
    """
    ranked = [it for it in items if it.k >= 2]
    if not ranked:
        note = "n/a: no item has two responses (pointwise subset)"
        names = [(h.name, h.wins) for h in HEURISTICS] + [
            ("response_probe", ""),
            ("ngram_lm", ""),
            ("smollm2", ""),
        ]
        return [HeuristicResult(n, w, None, note) for n, w in names]
    texts = [ItemText(it) for it in ranked]
    results = [
        HeuristicResult(h.name, h.wins, _estimate(ranked, heuristic_scores(h, texts), seed, n_resamples))
        for h in HEURISTICS
    ]
    probe = artifact_probe_scores(ranked, seed)
    results.append(
        _from_probe(
            "response_probe",
            "higher naive-Bayes score from response words (2-fold cross-fitted by source)",
            ProbeScores(probe, "" if probe else "skipped: too few sources to cross-fit"),
            ranked,
            seed,
            n_resamples,
        )
    )
    ngram = ngram_probe(ranked, domain, data_dir)
    results.append(
        _from_probe(
            "ngram_lm", "higher mean log-prob, reference trigram LM", ngram, ranked, seed, n_resamples
        )
    )
    if lm_probe is not None:
        lm = lm_logprob_probe(ranked, None if lm_probe == "smollm2" else lm_probe)
        results.append(
            _from_probe("smollm2", "higher mean log-prob, no prompt", lm, ranked, seed, n_resamples)
        )
    else:
        results.append(
            HeuristicResult(
                "smollm2", "higher mean log-prob, no prompt", None, "skipped: opt-in (--lm-probe)"
            )
        )
    return results
