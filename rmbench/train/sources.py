"""Gather the train splits of the selected subsets, and refuse any that leak into a test split.

The leakage check is deliberately wider than the selection: a training item may not share a
``source_id`` with the test split of ANY subset of the selected tasks, because a shifted twin of a
training question would otherwise be scored as if it were unseen. If a test split cannot be loaded
(e.g. its public data is missing) the check cannot be made, so training stops instead of assuming.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rmbench.items import Item
from rmbench.tasks import DataNotFoundError, LeakageError, TaskRegistry, check_disjoint
from rmbench.train.data import TrainingError, rankable


@dataclass
class TrainingSource:
    """The train-split items of a selection, and the test splits they were checked against."""

    items: list[Item]
    subsets: dict[str, int] = field(default_factory=dict)  # task/subset -> train items taken
    checked: dict[str, int] = field(default_factory=dict)  # task/subset -> test items checked against
    skipped: dict[str, str] = field(default_factory=dict)  # task/subset -> why it gave no pairs


def load_training_source(
    registry: TaskRegistry,
    tasks: Sequence[str],
    subsets: Sequence[str] | None = None,
    data_dir: Path | None = None,
) -> TrainingSource:
    """Train items of the selected subsets, checked disjoint from every test split of those tasks.

    Without ``subsets`` only in-distribution subsets are trained on: the shifted subsets are what the
    trained model's generalization gap is measured on, so training on their train splits would
    quietly remove the shift. Naming subsets (globs) picks exactly those, shifted ones included.

    Raises :class:`LeakageError` on an overlap and :class:`TrainingError` when nothing can be trained on.
    """
    selections = registry.select(list(tasks), list(subsets) if subsets else None, suite="all")
    if not subsets:
        selections = [sel for sel in selections if sel.subset.role == "in_distribution"]
    source = TrainingSource(items=[])
    seen_ids: set[str] = set()
    for sel in selections:
        items = sel.task.load(sel.subset.id, split="train", data_dir=data_dir)
        usable = rankable(items)
        if not usable:
            source.skipped[sel.key] = (
                "no train split" if not items else "no gold-ordered pairs (pointwise or tied)"
            )
            continue
        fresh = [it for it in usable if it.id not in seen_ids]
        seen_ids.update(it.id for it in fresh)
        source.items.extend(fresh)
        source.subsets[sel.key] = len(fresh)
    if not source.items:
        detail = "; ".join(f"{k}: {why}" for k, why in source.skipped.items()) or "nothing selected"
        raise TrainingError(f"no training items in tasks {', '.join(tasks)}: {detail}")
    source.checked = check_against_tests(registry, tasks, source.items, data_dir)
    return source


def check_against_tests(
    registry: TaskRegistry, tasks: Sequence[str], train: Sequence[Item], data_dir: Path | None
) -> dict[str, int]:
    """Check ``train`` against the test split of every subset of ``tasks``; returns what was checked."""
    tests: dict[str, list[Item]] = {}
    for name in tasks:
        task = registry.get(name)
        for subset in task.subsets:
            key = f"{name}/{subset.id}"
            try:
                tests[key] = task.load(subset.id, split="test", data_dir=data_dir)
            except DataNotFoundError as exc:
                raise LeakageError(
                    f"cannot check training data against the test split of {key}: {exc}. "
                    "Pass --data-dir so every test split of the selected tasks can be checked."
                ) from exc
    check_disjoint(train, tests)
    return {key: len(items) for key, items in tests.items()}
