"""Metrics against hand-computed values."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import kendalltau, spearmanr

from rmbench.metrics import (
    best_of_n_per_item,
    flip_rate,
    generalization_gap,
    kendall_tau_b,
    kendall_tau_b_per_item,
    length_bias,
    mean_ci,
    paired_test,
    pairwise_accuracy_per_item,
    spearman_per_item,
    spearman_rho,
    tie_rate_per_item,
    verdict_per_item,
)


def test_model_tie_default_half_credit_vs_rewardbench_zero():
    scores, gold = [[0.3, 0.3]], [[1, 0]]
    assert pairwise_accuracy_per_item(scores, gold)[0] == 0.5
    assert pairwise_accuracy_per_item(scores, gold, tie_credit=0.0)[0] == 0.0
    assert tie_rate_per_item(scores, gold)[0] == 1.0


def test_gold_ties_are_not_pairs():
    gold = [[2, 1, 1]] * 3
    acc = pairwise_accuracy_per_item([[3, 2, 1], [1, 2, 3], [2, 3, 1]], gold)
    np.testing.assert_allclose(acc, [1.0, 0.0, 0.5])


def test_ranking_item_by_hand():
    scores, gold = [[4, 1, 3, 2]], [[3, 2, 1, 0]]
    assert pairwise_accuracy_per_item(scores, gold)[0] == pytest.approx(4 / 6)
    assert kendall_tau_b_per_item(scores, gold)[0] == pytest.approx(1 / 3)
    assert spearman_per_item(scores, gold)[0] == pytest.approx(0.4)
    assert best_of_n_per_item(scores, gold)[0] == 1.0


def test_rank_correlations_match_scipy_with_ties():
    rng = np.random.default_rng(3)
    scores = rng.integers(0, 4, size=(50, 6)).astype(float)
    gold = rng.integers(0, 3, size=(50, 6)).astype(float)
    gold[:, 0] = 5  # never constant
    taus = kendall_tau_b_per_item(list(scores), list(gold))
    rhos = spearman_per_item(list(scores), list(gold))
    for s, g, tau, rho in zip(scores, gold, taus, rhos, strict=True):
        if np.ptp(s) == 0:
            assert tau == 0.0 and rho == 0.0
            continue
        assert tau == pytest.approx(kendalltau(s, g, variant="b").statistic)
        assert rho == pytest.approx(spearmanr(s, g).statistic)


def test_constant_model_scores():
    scores, gold = [[1, 1, 1]], [[0, 1, 2]]
    assert pairwise_accuracy_per_item(scores, gold)[0] == 0.5
    assert kendall_tau_b_per_item(scores, gold)[0] == 0.0
    assert spearman_per_item(scores, gold)[0] == 0.0
    assert best_of_n_per_item(scores, gold)[0] == pytest.approx(1 / 3)


def test_pairs_have_no_rank_correlation_and_mixed_k_are_grouped():
    acc = pairwise_accuracy_per_item([[1, 0], [0, 1, 2]], [[1, 0], [2, 1, 0]])
    np.testing.assert_allclose(acc, [1.0, 0.0])
    tau = kendall_tau_b_per_item([[1, 0], [0, 1, 2]], [[1, 0], [2, 1, 0]])
    assert np.isnan(tau[0]) and tau[1] == -1.0


def test_best_of_n_tied_tops_share_credit():
    assert best_of_n_per_item([[2, 2, 0, 1]], [[1, 0, 0, 0]])[0] == 0.5
    assert best_of_n_per_item([[2, 2, 2, 2]], [[1, 1, 0, 0]])[0] == 0.5


def test_pointwise_correlations_by_hand():
    x, y = np.array([1, 2, 3, 4.0]), np.array([1, 3, 2, 4.0])
    assert kendall_tau_b(x, y) == pytest.approx(4 / 6)
    assert spearman_rho(x, y) == pytest.approx(0.8)
    assert kendall_tau_b(np.ones(4), y) == 0.0


def test_bootstrap_interval_is_seeded_and_brackets_mean():
    values = np.r_[np.ones(70), np.zeros(30)]
    a = mean_ci(values, seed=1)
    b = mean_ci(values, seed=1)
    assert a == b
    assert a.value == pytest.approx(0.7) and a.n == 100
    assert a.ci_low < 0.7 < a.ci_high
    # Binomial standard error is ~0.046, so the 95% interval is ~+-0.09.
    assert 0.15 < a.ci_high - a.ci_low < 0.22
    assert mean_ci(values, seed=2) != a


def test_paired_gap_is_narrower_than_independent():
    rng = np.random.default_rng(0)
    difficulty = rng.uniform(0.1, 0.9, size=300)
    keys = [f"s{i}" for i in range(300)]
    base = difficulty + rng.normal(0, 0.02, 300)
    shifted = difficulty - 0.1 + rng.normal(0, 0.02, 300)
    paired = generalization_gap(base, keys, shifted, keys, mode="auto")
    independent = generalization_gap(base, keys, shifted, keys, mode="independent")
    assert paired.mode == "paired" and paired.n_pairs == 300
    assert paired.value == pytest.approx(independent.value)
    assert paired.value == pytest.approx(0.1, abs=0.01)
    assert (paired.ci_high - paired.ci_low) < 0.25 * (independent.ci_high - independent.ci_low)
    assert paired.ci_low < 0.1 < paired.ci_high


def test_gap_without_twins_is_independent():
    gap = generalization_gap([1, 1, 0, 1], ["a", "b", "c", "d"], [0, 0, 1], ["x", "y", "z"])
    assert gap.mode == "independent"
    assert gap.value == pytest.approx(0.75 - 1 / 3)


def test_flip_rate_by_hand():
    base = verdict_per_item([[1, 0], [1, 0], [0, 1], [1, 1]], [[1, 0]] * 4)
    shifted = verdict_per_item([[1, 0], [0, 1], [0, 1], [0, 1]], [[1, 0]] * 4)
    est = flip_rate(base, list("abcd"), shifted, list("abcd"))
    # verdicts: a +1/+1, b +1/-1 (flip), c -1/-1, d 0/-1 (flip)
    assert est.value == 0.5 and est.n == 4


def test_paired_test_separates_models():
    rng = np.random.default_rng(5)
    good = (rng.random(400) < 0.8).astype(float)
    bad = (rng.random(400) < 0.6).astype(float)
    result = paired_test(good, bad)
    assert result.difference == pytest.approx(good.mean() - bad.mean())
    assert result.p_value < 0.01
    same = paired_test(good, good)
    assert same.difference == 0.0 and same.p_value == 1.0


def test_length_bias_by_hand():
    # Two pairs: the better response is longer in one, shorter in the other; model always prefers longer.
    scores = [[10, 5], [5, 10]]
    gold = [[1, 0], [1, 0]]
    lengths = [[10, 5], [5, 10]]
    bias = length_bias(scores, gold, lengths)
    assert bias["prefers_longer"] == 1.0
    assert bias["acc_chosen_longer"] == 1.0
    assert bias["acc_chosen_shorter"] == 0.0
    assert bias["pairs_chosen_shorter"] == 1 and bias["pairs_chosen_longer"] == 1


@pytest.mark.parametrize("n_items", [30, 240])
def test_bootstrap_interval_of_a_chance_model_covers_half_about_95_percent_of_the_time(n_items):
    """The leaderboard's random-baseline check, done properly: a calibrated 95% interval misses the true
    50% on about 1 subset in 20, so over many simulated subsets the miss rate must sit near 5%, not at 0
    (intervals too wide) or well above (too narrow). The committed built-in cut uses 30 items per subset."""
    from rmbench.metrics.bootstrap import bootstrap_means, percentile_interval

    rng = np.random.default_rng(12345)
    trials, misses = 1500, 0
    for t in range(trials):
        correct = (rng.random(n_items) < 0.5).astype(float)  # a chance model's per-item accuracy
        lo, hi = percentile_interval(bootstrap_means(correct, 1000, np.random.default_rng(t)), 0.95)
        misses += not lo <= 0.5 <= hi
    assert 0.025 <= misses / trials <= 0.075, misses / trials  # 5% +- about 4.5 binomial sd


def test_bt_loss_per_item_by_hand():
    from rmbench.metrics import bt_loss_per_item

    loss = bt_loss_per_item([[1.0, 0.0, 0.0], [0.0, 2.0], [5.0, 1.0]], [[2, 1, 0], [0, 1], [1, 1]])
    assert loss[0] == pytest.approx((2 * np.log1p(np.exp(-1.0)) + np.log(2.0)) / 3)  # margins 1, 1, 0
    assert loss[1] == pytest.approx(np.log1p(np.exp(-2.0)))
    assert np.isnan(loss[2])  # gold tie: no ordered pair
