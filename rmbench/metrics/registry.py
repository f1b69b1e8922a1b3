"""The metric registry: every figure rmbench reports is one registered :class:`Metric`.

Summaries, the console report, the leaderboard and the Hugging Face ``evaluate`` wrappers iterate
this registry instead of naming metrics, so a new metric is one file with one :func:`register`
call (see ``rmbench/metrics/builtin.py`` for the built-in ones) and shows up everywhere.

A metric is either *per item* (a value per item, averaged over items; intervals resample clusters
of items) or *across items* (one statistic over all items, e.g. the correlation of a pointwise
subset's ratings with gold; intervals recompute it on resampled clusters). ``kinds`` says which
subset kinds it applies to; ``primary_for`` which kinds it is the headline of (exactly one metric
per kind). ``chance`` is the value a model that orders responses at random expects on the given
gold scores: printed beside every figure so a reader sees how far above chance it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

PerItem = Callable[[Sequence[Sequence[float]], Sequence[Sequence[float]], float], np.ndarray]
Across = Callable[[np.ndarray, np.ndarray], float]
Chance = Callable[[Sequence[Sequence[float]]], float]
SUBSET_KINDS = ("pairwise", "ranking", "pointwise")
FORMATS = ("percent", "correlation")


@dataclass(frozen=True)
class Metric:
    name: str
    label: str  # short column header, e.g. "accuracy"
    description: str
    kinds: tuple[str, ...]
    fmt: str = "percent"  # percent: a share in [0, 1]; correlation: a value in [-1, 1]
    per_item: PerItem | None = None  # (scores, gold, tie_credit) -> per-item values (NaN: undefined)
    across: Across | None = None  # (model scores, gold) over items -> one value (pointwise subsets)
    chance: Chance = field(default=lambda gold: 0.0)
    primary_for: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if (self.per_item is None) == (self.across is None):
            raise ValueError(f"metric {self.name!r}: give exactly one of per_item and across")
        bad = [k for k in (*self.kinds, *self.primary_for) if k not in SUBSET_KINDS]
        if bad or self.fmt not in FORMATS:
            raise ValueError(f"metric {self.name!r}: unknown kind(s) {bad} or format {self.fmt!r}")

    def applies_to(self, kind: str) -> bool:
        return kind in self.kinds


METRICS: dict[str, Metric] = {}


def register(metric: Metric, *, replace: bool = False) -> Metric:
    """Add a metric; registering a name twice is an error unless ``replace`` (e.g. in a test)."""
    if metric.name in METRICS and not replace:
        raise ValueError(f"metric {metric.name!r} is already registered")
    for kind in metric.primary_for:
        other = next((m for m in METRICS.values() if kind in m.primary_for and m.name != metric.name), None)
        if other is not None:
            raise ValueError(f"{kind} subsets already have primary metric {other.name!r}")
    METRICS[metric.name] = metric
    return metric


def unregister(name: str) -> None:
    METRICS.pop(name, None)


def metrics_for(kind: str) -> list[Metric]:
    """Registered metrics that apply to a subset kind, primary first, then by registration order."""
    _load_builtin()
    found = [m for m in METRICS.values() if m.applies_to(kind)]
    return sorted(found, key=lambda m: kind not in m.primary_for)


def primary_metric(kind: str) -> Metric:
    _load_builtin()
    for metric in METRICS.values():
        if kind in metric.primary_for:
            return metric
    raise KeyError(f"no primary metric for {kind} subsets")


def get_metric(name: str) -> Metric:
    _load_builtin()
    try:
        return METRICS[name]
    except KeyError:
        raise KeyError(f"unknown metric {name!r} (known: {', '.join(METRICS)})") from None


def all_metrics() -> list[Metric]:
    _load_builtin()
    return list(METRICS.values())


def _load_builtin() -> None:
    from rmbench.metrics import builtin  # noqa: F401  (registers on import)
