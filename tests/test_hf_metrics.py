"""rmbench's metrics as ``evaluate.Metric`` modules agree exactly with the plain functions."""

from __future__ import annotations

import numpy as np
import pytest

evaluate = pytest.importorskip("evaluate", reason="evaluate not installed (pip install -e '.[hf]')")

from rmbench.hf_metrics import BestOfN, KendallTauB, PairwiseAccuracy, SpearmanPerItem, combined  # noqa: E402
from rmbench.metrics import (  # noqa: E402
    best_of_n_per_item,
    kendall_tau_b_per_item,
    mean_ci,
    pairwise_accuracy_per_item,
    spearman_per_item,
)


@pytest.fixture(scope="module")
def data() -> tuple[list[list[float]], list[list[float]]]:
    """200 items of k = 2..5 with model ties (rounded scores) and gold ties (integer gold in 0..2)."""
    rng = np.random.default_rng(7)
    preds, refs = [], []
    for _ in range(200):
        k = int(rng.integers(2, 6))
        gold = rng.integers(0, 3, k).astype(float)
        preds.append(np.round(gold + rng.normal(0, 1.0, k), 0).tolist())
        refs.append(gold.tolist())
    return preds, refs


def nanmean(values: np.ndarray) -> float:
    return float(np.nanmean(values))


@pytest.mark.parametrize(
    ("metric", "name", "plain"),
    [
        (PairwiseAccuracy, "pairwise_accuracy", lambda p, r: pairwise_accuracy_per_item(p, r, 0.5)),
        (KendallTauB, "kendall_tau_b", kendall_tau_b_per_item),
        (SpearmanPerItem, "spearman", spearman_per_item),
        (BestOfN, "best_of_n", best_of_n_per_item),
    ],
)
def test_matches_plain_functions(metric, name, plain, data) -> None:
    preds, refs = data
    expected = plain(preds, refs)
    out = metric().compute(predictions=preds, references=refs)
    assert out[name] == pytest.approx(nanmean(expected), abs=1e-12)
    assert out[f"{name}_n"] == int((~np.isnan(expected)).sum())
    # streaming in batches gives the same figure
    m = metric()
    for start in range(0, len(preds), 64):
        m.add_batch(predictions=preds[start : start + 64], references=refs[start : start + 64])
    assert m.compute()[name] == pytest.approx(out[name], abs=1e-12)


def test_tie_credit_and_interval(data) -> None:
    preds, refs = data
    rewardbench = PairwiseAccuracy(tie_credit=0.0).compute(predictions=preds, references=refs)
    default = PairwiseAccuracy().compute(predictions=preds, references=refs)
    assert rewardbench["pairwise_accuracy"] == pytest.approx(
        nanmean(pairwise_accuracy_per_item(preds, refs, 0.0))
    )
    assert rewardbench["pairwise_accuracy"] < default["pairwise_accuracy"]  # the rounded scores tie often
    with_ci = PairwiseAccuracy(confidence=True, n_resamples=200, seed=3).compute(
        predictions=preds, references=refs
    )
    est = mean_ci(pairwise_accuracy_per_item(preds, refs, 0.5), n_resamples=200, seed=3)
    assert (with_ci["pairwise_accuracy_ci_low"], with_ci["pairwise_accuracy_ci_high"]) == (
        est.ci_low,
        est.ci_high,
    )


def test_evaluate_combine(data) -> None:
    preds, refs = data
    out = evaluate.combine([PairwiseAccuracy(), KendallTauB(), SpearmanPerItem(), BestOfN()]).compute(
        predictions=preds, references=refs
    )
    assert set(out) == {
        "pairwise_accuracy",
        "pairwise_accuracy_n",
        "kendall_tau_b",
        "kendall_tau_b_n",
        "spearman",
        "spearman_n",
        "best_of_n",
        "best_of_n_n",
    }
    assert out["kendall_tau_b"] == pytest.approx(nanmean(kendall_tau_b_per_item(preds, refs)))
    assert combined(tie_credit=0.0).compute(predictions=preds, references=refs)[
        "pairwise_accuracy"
    ] == pytest.approx(nanmean(pairwise_accuracy_per_item(preds, refs, 0.0)))


def test_hand_computed_example() -> None:
    out = evaluate.combine([PairwiseAccuracy(), KendallTauB()]).compute(
        predictions=[[0.9, 0.1, 0.5], [1.0, 2.0]], references=[[2, 0, 1], [1, 0]]
    )
    assert out == {
        "pairwise_accuracy": 0.5,
        "pairwise_accuracy_n": 2,
        "kendall_tau_b": 1.0,
        "kendall_tau_b_n": 1,
    }
