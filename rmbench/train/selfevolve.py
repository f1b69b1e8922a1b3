"""Self-evolved rounds: the reward model labels unlabelled pairs, keeps its surest, and retrains.

Round 0 trains on the labelled pairs. Each later round scores every response pair of the
unlabelled pool (items whose gold was set aside), orders each pair the way the model does, keeps
the ``keep_fraction`` it separates most (largest |s_a - s_b|), and continues training on the
labelled pairs plus those pseudo-labels. Held-out accuracy after every round shows whether
self-labelling helps or drifts. The set-aside gold never reaches training: it is only used to
report how often the kept pseudo-labels agree with it, the other figure a researcher needs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from rmbench.items import Item
from rmbench.train.data import Pair, TrainingError, unordered_pairs
from rmbench.train.trainer import FitResult, RewardTrainer


@dataclass
class RoundReport:
    round: int
    labelled_pairs: int
    pseudo_pairs: int
    pseudo_agreement: float | None  # share of kept pseudo-labels matching the hidden gold (gold-ordered ones)
    heldout_accuracy: float | None
    steps: int
    seconds: float
    stopped: str
    planned_steps: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class PseudoPair:
    pair: Pair
    confidence: float
    agrees: bool | None  # None when the hidden gold ties the two responses


def pseudo_label(
    trainer: RewardTrainer, unlabelled: Sequence[Item], keep_fraction: float
) -> list[PseudoPair]:
    """The model's own verdicts on every response pair of ``unlabelled``, most confident first, cut to a
    share."""
    if not 0.0 < keep_fraction <= 1.0:
        raise TrainingError(f"keep fraction must be in (0, 1], got {keep_fraction}")
    scores = trainer.score_items(unlabelled)
    candidates: list[PseudoPair] = []
    for item, s in zip(unlabelled, scores, strict=True):
        for a, b in unordered_pairs(item):
            if s[a] == s[b]:
                continue
            hi, lo = (a, b) if s[a] > s[b] else (b, a)
            pair = Pair(item.prompt, item.responses[hi], item.responses[lo], item.id, item.source_id)
            gold_diff = item.gold[hi] - item.gold[lo]
            candidates.append(
                PseudoPair(pair, float(abs(s[a] - s[b])), None if gold_diff == 0 else gold_diff > 0)
            )
    candidates.sort(key=lambda c: (-c.confidence, c.pair.item_id, c.pair.chosen))
    return candidates[: max(1, round(keep_fraction * len(candidates)))] if candidates else []


def agreement(kept: Sequence[PseudoPair]) -> float | None:
    judged = [c.agrees for c in kept if c.agrees is not None]
    return float(np.mean(judged)) if judged else None


def stop_reason(fit: FitResult, max_minutes: float | None, patience: int) -> str:
    """Why a fit ended before its planned steps, in words for the console and the model card."""
    share = f"{fit.steps} of {fit.planned_steps} planned steps ({fit.steps / max(fit.planned_steps, 1):.0%})"
    if fit.stopped == "time_budget":
        return (
            f"STOPPED EARLY by the {max_minutes:g}-minute time budget after {share}, {fit.seconds:.0f} s; "
            f"the best held-out checkpoint so far (step {fit.best_step}) is kept. Raise --max-minutes "
            "(0: no limit) to train the full recipe."
        )
    if fit.stopped == "early_stopping":
        return (
            f"stopped early after {share}: the held-out loss did not improve for {patience} evaluations "
            f"(best at step {fit.best_step}, kept)"
        )
    return f"ran {share}"


def self_evolve(
    trainer: RewardTrainer,
    labelled: Sequence[Pair],
    unlabelled: Sequence[Item],
    heldout: Sequence[Item],
    rounds: int,
    keep_fraction: float = 0.5,
    out_dir: Path | None = None,
    progress: bool = True,
    log: Callable[[str], None] = print,
) -> tuple[list[RoundReport], list[FitResult]]:
    """Round 0 on ``labelled``, then ``rounds`` self-labelled rounds; one report per round."""
    reports: list[RoundReport] = []
    fits: list[FitResult] = []
    pseudo: list[PseudoPair] = []
    for r in range(rounds + 1):
        if r > 0:
            pseudo = pseudo_label(trainer, unlabelled, keep_fraction)
            if not pseudo:
                log(f"round {r}: the unlabelled pool gave no pairs; stopping")
                break
        fit = trainer.fit(
            [*labelled, *(c.pair for c in pseudo)], heldout, out_dir, progress, desc=f"round {r}"
        )
        acc = trainer.accuracy(heldout) if heldout else None
        reports.append(
            RoundReport(
                r,
                len(labelled),
                len(pseudo),
                agreement(pseudo) if pseudo else None,
                acc,
                fit.steps,
                fit.seconds,
                fit.stopped,
                fit.planned_steps,
            )
        )
        fits.append(fit)
        if fit.stopped != "completed":
            log(f"round {r}: {stop_reason(fit, trainer.config.max_minutes, trainer.config.patience)}")
        agree = reports[-1].pseudo_agreement
        log(
            f"round {r}: {len(labelled)} labelled + {len(pseudo)} self-labelled pairs"
            + (f" (agree with hidden gold {agree:.1%})" if agree is not None else "")
            + (f"; held-out accuracy {acc:.1%}" if acc is not None else "")
        )
    return reports, fits
