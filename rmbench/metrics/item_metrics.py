"""Per-item metric values: the unit every interval, gap and paired test resamples over.

Pure numpy: inputs are per-item arrays of model scores and gold scores (higher is better).
Items are grouped by k and handled with broadcasting, so 100,000 items take well under a second.

Conventions (each documented because benchmarks disagree on them):
- A model tie on a gold-ordered pair earns ``tie_credit`` (0.5 by default: a tie is a coin
  flip's worth; RewardBench counts it wrong, which ``tie_credit=0`` reproduces).
- Gold ties are not pairs: only responses with different gold scores are compared.
- An item whose model scores are all equal gets rank correlation 0 (it orders nothing), not NaN.
- Best-of-N gives 1/m credit for m responses tied at the top score (RewardBench's tie handling).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Any

import numpy as np
from scipy.stats import rankdata

ArrayList = Sequence[Sequence[float] | np.ndarray]


class FlatRows(Sequence[Any]):
    """Rows of numbers held as one flat array and each row's size (e.g. a million items' scores or
    response lengths, without a list and a float object per value). Row i reads as a list (of
    Python numbers), and rows compare equal to a sequence of equal lists; the metrics read the
    flat array itself."""

    def __init__(self, flat: np.ndarray, sizes: np.ndarray):
        self.flat, self.sizes = np.asarray(flat), np.asarray(sizes, np.int64)
        if int(self.sizes.sum()) != len(self.flat):
            raise ValueError(f"rows of {int(self.sizes.sum())} values in all, {len(self.flat)} given")
        self._starts: np.ndarray | None = None

    @property
    def starts(self) -> np.ndarray:
        if self._starts is None:
            self._starts = np.cumsum(self.sizes) - self.sizes
        return self._starts

    def __len__(self) -> int:
        return len(self.sizes)

    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        start = int(self.starts[i])
        return self.flat[start : start + int(self.sizes[i])].tolist()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return False
        return all(a == list(b) for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"FlatRows({len(self)} rows, {len(self.flat)} values)"


def row_sizes(rows: ArrayList) -> np.ndarray:
    if isinstance(rows, FlatRows):
        return rows.sizes
    return np.fromiter(map(len, rows), np.int64, count=len(rows))


def flat_values(rows: ArrayList, total: int) -> np.ndarray:
    if isinstance(rows, FlatRows):
        return rows.flat.astype(float)
    return np.fromiter(chain.from_iterable(rows), float, count=total)


GROUP_CELLS = 1 << 20  # items x k x k cells of one group: the pair arrays callers build stay ~8 MB


def grouped(*columns: ArrayList) -> Iterator[tuple[np.ndarray, ...]]:
    """Per response count k (in order of first appearance): the indices of the items with k
    responses and, for each column (e.g. scores, gold), their values as an (items, k) float array;
    a large group comes in chunks of items, so memory stays bounded.

    Built from one flat array per column, so a million items cost a fraction of a second. Every
    column must give each item as many values as the first column does."""
    ks = row_sizes(columns[0])
    if any(len(col) != len(ks) or not (row_sizes(col) == ks).all() for col in columns):
        raise ValueError("an item has a different number of values in two columns")
    flats = [flat_values(col, int(ks.sum())) for col in columns]
    starts = np.cumsum(ks) - ks
    sizes, first = np.unique(ks, return_index=True)
    for k in sizes[np.argsort(first)]:
        every = np.flatnonzero(ks == k)
        step = max(1, GROUP_CELLS // max(int(k) * int(k), 1))  # callers build (items, k, k) arrays
        for start in range(0, len(every), step):
            index = every[start : start + step]
            cells = starts[index][:, None] + np.arange(k)
            yield (index, *(f[cells] for f in flats))


def _groups(scores: ArrayList, gold: ArrayList) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    if len(scores) != len(gold):
        raise ValueError(f"{len(scores)} score arrays for {len(gold)} gold arrays")
    mismatch = np.flatnonzero(row_sizes(scores) != row_sizes(gold))
    if len(mismatch):
        i = int(mismatch[0])
        raise ValueError(f"item {i}: {len(scores[i])} scores for {len(gold[i])} gold values")
    yield from grouped(scores, gold)  # type: ignore[misc]


def _pair_diffs(matrix: np.ndarray) -> np.ndarray:
    return matrix[:, :, None] - matrix[:, None, :]


def pairwise_accuracy_per_item(scores: ArrayList, gold: ArrayList, tie_credit: float = 0.5) -> np.ndarray:
    """Share of gold-ordered pairs (g_a > g_b) the model orders the same way; NaN if none."""
    out = np.full(len(gold), np.nan)
    for index, s, g in _groups(scores, gold):
        ordered = _pair_diffs(g) > 0
        ds = _pair_diffs(s)
        credit = np.where(ds > 0, 1.0, np.where(ds == 0, tie_credit, 0.0))
        n = ordered.sum(axis=(1, 2))
        with np.errstate(invalid="ignore", divide="ignore"):
            out[index] = np.where(n > 0, (credit * ordered).sum(axis=(1, 2)) / n, np.nan)
    return out


def bt_loss_per_item(scores: ArrayList, gold: ArrayList) -> np.ndarray:
    """Mean Bradley-Terry loss -log sigmoid(s_a - s_b) over gold-ordered pairs (g_a > g_b); NaN if none.

    The training objective as a per-item figure: unlike accuracy it is continuous, so it can rank
    checkpoints on a held-out slice of a few dozen items.
    """
    out = np.full(len(gold), np.nan)
    for index, s, g in _groups(scores, gold):
        ordered = _pair_diffs(g) > 0
        loss = np.logaddexp(0.0, -_pair_diffs(s))
        n = ordered.sum(axis=(1, 2))
        with np.errstate(invalid="ignore", divide="ignore"):
            out[index] = np.where(n > 0, (loss * ordered).sum(axis=(1, 2)) / n, np.nan)
    return out


def tie_rate_per_item(scores: ArrayList, gold: ArrayList) -> np.ndarray:
    """Share of gold-ordered pairs the model scores exactly equal."""
    out = np.full(len(gold), np.nan)
    for index, s, g in _groups(scores, gold):
        ordered = _pair_diffs(g) > 0
        n = ordered.sum(axis=(1, 2))
        ties = ((_pair_diffs(s) == 0) & ordered).sum(axis=(1, 2))
        with np.errstate(invalid="ignore", divide="ignore"):
            out[index] = np.where(n > 0, ties / n, np.nan)
    return out


def kendall_tau_b_per_item(scores: ArrayList, gold: ArrayList) -> np.ndarray:
    """Kendall tau-b per item with k >= 3 (NaN for k < 3 or constant gold; 0 for constant scores)."""
    out = np.full(len(gold), np.nan)
    for index, s, g in _groups(scores, gold):
        k = s.shape[1]
        if k < 3:
            continue
        upper = np.triu(np.ones((k, k), bool), 1)
        sx = np.sign(_pair_diffs(s))[:, upper]
        sy = np.sign(_pair_diffs(g))[:, upper]
        n0 = upper.sum()
        n1 = (sx == 0).sum(axis=1)
        n2 = (sy == 0).sum(axis=1)
        denominator = np.sqrt((n0 - n1) * (n0 - n2).astype(float))
        numerator = (sx * sy).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            tau = numerator / denominator
        tau = np.where(n1 == n0, 0.0, tau)
        out[index] = np.where(n2 == n0, np.nan, tau)
    return out


def spearman_per_item(scores: ArrayList, gold: ArrayList) -> np.ndarray:
    """Spearman rho per item with k >= 3 (average ranks for ties; same NaN/0 rules as tau-b)."""
    out = np.full(len(gold), np.nan)
    for index, s, g in _groups(scores, gold):
        if s.shape[1] < 3:
            continue
        rs = rankdata(s, axis=1)
        rg = rankdata(g, axis=1)
        rs -= rs.mean(axis=1, keepdims=True)
        rg -= rg.mean(axis=1, keepdims=True)
        ss = np.sqrt((rs**2).sum(axis=1))
        sg = np.sqrt((rg**2).sum(axis=1))
        with np.errstate(invalid="ignore", divide="ignore"):
            rho = (rs * rg).sum(axis=1) / (ss * sg)
        rho = np.where(ss == 0, 0.0, rho)
        out[index] = np.where(sg == 0, np.nan, rho)
    return out


def best_of_n_per_item(scores: ArrayList, gold: ArrayList) -> np.ndarray:
    """1 if the top-scored response is gold-best; 1/m credit shares among m tied top scores."""
    out = np.full(len(gold), np.nan)
    for index, s, g in _groups(scores, gold):
        if s.shape[1] < 2:
            continue
        top = s == s.max(axis=1, keepdims=True)
        best = g == g.max(axis=1, keepdims=True)
        out[index] = (top & best).sum(axis=1) / top.sum(axis=1)
    return out


def verdict_per_item(scores: ArrayList, gold: ArrayList) -> np.ndarray:
    """+1 if the model mostly agrees with gold on the item, -1 if it mostly disagrees, 0 if even.

    For a pair this is simply right / tie / wrong; flip rates compare these across twins.
    """
    accuracy = pairwise_accuracy_per_item(scores, gold, tie_credit=0.5)
    return np.sign(accuracy - 0.5)
