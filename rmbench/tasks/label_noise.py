"""Label-noise checks shared by the public loaders, and the rater-agreement ceiling.

Public human labels carry noise a hostile reviewer finds in minutes: two copies of one answer
labelled better and worse, an "Unknown" preferred to an answer, an answer that only repeats the
question, two translations that differ by a quote mark scored 4.5 points apart. The loaders drop
or merge such cases with the predicates here, and count every drop in a :class:`Tally`, so each
data card can say how many items each filter removed and why (``python -m rmbench.tasks.label_noise``
prints those tables).

The predicates look at texts only, never at labels, except where a filter is about labels by
definition (a score gap). A filter that kept only the pairs a heuristic gets right would make the
benchmark easier for that heuristic; one that reads the texts alone cannot.

Where a source has several raters, :func:`leave_one_out_agreement` and :func:`rater_split` give the
noise ceiling in the metric a model gets: pairwise accuracy of one rater against the consensus of
the others (ranking and pairwise subsets), or one rater's score beside the others' mean (pointwise
subsets, Kendall tau-b across items).
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from rmbench.metrics.item_metrics import pairwise_accuracy_per_item
from rmbench.tasks.splits import hash_unit


def normalise(text: str) -> str:
    """Text with case, whitespace, punctuation and symbols removed: two strings that differ only in
    those say the same thing (NFKC first, so full-width and half-width forms compare equal). The same
    rule as the audit's "punctuation-only" pairs (rmbench.audit.text.strip_punctuation). Not for code,
    where punctuation is syntax."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and unicodedata.category(ch)[0] not in "PS")


def near_identical(a: str, b: str) -> bool:
    """True when two responses differ only in case, whitespace, punctuation or symbols ("~")."""
    return normalise(a) == normalise(b)


# Answers that decline to answer. Matched on the whole normalised answer, so "I have no comment on
# that, but X" is not one. English only: translated TruthfulQA pairs are chosen on the English side.
NON_ANSWERS = frozenset(
    normalise(text)
    for text in (
        "Unknown",
        "I have no comment",
        "No comment",
        "I don't know",
        "I do not know",
        "I'm not sure",
        "I am not sure",
        "Not sure",
        "No idea",
        "I have no idea",
        "I can't answer that",
        "I cannot answer that",
        "I can't say",
        "I cannot say",
        "It is unknown",
        "Nobody knows",
    )
)
_WORD = re.compile(r"\w+", re.UNICODE)


def is_non_answer(text: str) -> bool:
    """An answer that declines to answer ("Unknown", "I have no comment.")."""
    return normalise(text) in NON_ANSWERS


def is_echo(answer: str, question: str, min_cover: float = 0.5) -> bool:
    """An answer whose words all come from the question and restate at least ``min_cover`` of them
    ("the force that held off the Persian army at Thermopylae"): it repeats, it does not answer.
    A short choice answer ("Harvard", to "Harvard or Yale?") covers too little of the question."""
    words = set(_WORD.findall(answer.casefold()))
    asked = set(_WORD.findall(question.casefold()))
    return bool(words) and words <= asked and len(words) >= min_cover * len(asked)


@dataclass
class Tally:
    """Counts of what each filter kept, in order, for a data card: (unit, before, after, why)."""

    rows: list[tuple[str, str, int, int, str]] = field(default_factory=list)

    def record(self, name: str, unit: str, before: int, after: int, why: str) -> None:
        self.rows.append((name, unit, before, after, why))

    def markdown(self) -> str:
        lines = ["| filter | unit | before | after | why |", "|---|---|---:|---:|---|"]
        lines += [f"| {n} | {u} | {b} | {a} | {w} |" for n, u, b, a, w in self.rows]
        return "\n".join(lines)


def leave_one_out_agreement(ratings: Sequence[Sequence[float]]) -> float | None:
    """Pairwise accuracy (tie credit 0.5) of one rater's scores against the mean of the other raters,
    averaged over the raters held out in turn; ``ratings[r][j]`` is rater r's score of response j
    (higher is better). None when no held-out rater faces an ordered pair."""
    table = np.asarray(ratings, dtype=float)
    if table.ndim != 2 or table.shape[0] < 2:
        raise ValueError(f"need a raters x responses table with >= 2 raters, got shape {table.shape}")
    values = []
    for held in range(table.shape[0]):
        others = np.delete(table, held, axis=0).mean(axis=0)
        value = pairwise_accuracy_per_item([table[held]], [others])[0]
        if not np.isnan(value):
            values.append(float(value))
    return round(float(np.mean(values)), 6) if values else None


def rater_split(scores: Sequence[float], seed: int, key: str) -> list[float]:
    """[one rater's score, mean of the other raters] for a pointwise item; the held-out rater is
    picked by a seeded hash of ``key``, so every item holds out a different annotator at random."""
    if len(scores) < 2:
        raise ValueError(f"{key}: a rater split needs >= 2 scores, got {len(scores)}")
    held = int(hash_unit(seed, "rater\x1f" + key) * len(scores))
    rest = [s for i, s in enumerate(scores) if i != held]
    return [float(scores[held]), round(sum(rest) / len(rest), 6)]


def filter_table(task: Any, data_dir: Path) -> str:
    """The markdown filter table of one task's public subsets whose loaders take a ``tally`` (the
    table in its data card), followed by what each filter is for."""
    from rmbench.tasks.task import resolve_loader

    rows: list[str] = []
    why: dict[str, str] = {}
    for subset in task.subsets:
        public = subset.public
        if public is None:
            continue
        loader = resolve_loader(task.config, public.loader)
        params = inspect.signature(loader).parameters
        if "tally" not in params:
            continue
        kwargs = dict(public.args)
        for name, value in (("seed", public.seed), ("cap", public.cap), ("split", "test")):
            if name in params:
                kwargs[name] = value
        tally = Tally()
        loader(data_dir, tally=tally, **kwargs)
        for filt, unit, before, after, reason in tally.rows:
            rows.append(f"| {subset.id} | {filt} | {unit} | {before} | {after} |")
            why.setdefault(filt, reason)
    head = "| subset | filter | unit | before | after |\n|---|---|---|---:|---:|\n"
    return head + "\n".join(rows) + "\n\n" + "\n".join(f"- **{f}**: {r}" for f, r in why.items())


def _main(argv: Sequence[str] | None = None) -> int:
    """Print, per task, the filter table of every public subset whose loader takes a ``tally``
    (the tables in the data cards), or with --ceilings each public subset's rater ceiling."""
    import argparse

    from rmbench.tasks.registry import TaskRegistry

    parser = argparse.ArgumentParser(prog="python -m rmbench.tasks.label_noise", description=_main.__doc__)
    parser.add_argument("data_dir", type=Path, help="folder of the public data copies (../shared/data)")
    parser.add_argument("--task", action="append", help="only these tasks (repeatable)")
    parser.add_argument("--ceilings", action="store_true", help="print each public subset's rater ceiling")
    args = parser.parse_args(argv)
    if args.ceilings:
        _print_ceilings(args.data_dir, args.task)
        return 0
    registry = TaskRegistry()
    for name in args.task or registry.names():
        print(f"\n{name}:\n\n{filter_table(registry.get(name), args.data_dir)}")
    return 0


def _print_ceilings(data_dir: Path, only: Sequence[str] | None) -> None:
    """Per public subset (test split): the mean of meta.rater_agreement with its cluster interval, or
    Kendall tau-b between the two columns of meta.rater_split, or the ceiling_note."""
    from rmbench.metrics import mean_ci
    from rmbench.metrics.correlation import kendall_tau_b
    from rmbench.tasks.registry import TaskRegistry

    registry = TaskRegistry()
    print("| subset | ceiling | how |\n|---|---|---|")
    for name in only or registry.names():
        task = registry.get(name)
        for subset in task.subsets:
            if subset.public is None or subset.public.opt_in:
                continue
            items = task.load(subset.id, "test", data_dir)
            if items and "rater_agreement" in items[0].meta:
                est = mean_ci(
                    [
                        np.nan if it.meta["rater_agreement"] is None else it.meta["rater_agreement"]
                        for it in items
                    ],
                    [it.source_id for it in items],
                    n_resamples=1000,
                    seed=0,
                )
                figure = f"{100 * est.value:.1f}% [{100 * est.ci_low:.1f}, {100 * est.ci_high:.1f}]"
                how = "pairwise accuracy of each rater against the others' mean (held out in turn)"
            elif items and "rater_split" in items[0].meta:
                held, rest = np.array([it.meta["rater_split"] for it in items], float).T
                figure = f"tau-b {kendall_tau_b(held, rest):.3f}"
                how = "Kendall tau-b across items: one annotator vs the other annotators' mean"
            else:
                figure, how = "none", subset.ceiling_note
            print(f"| {name}/{subset.id} | {figure} | {how} |")


if __name__ == "__main__":
    raise SystemExit(_main())
