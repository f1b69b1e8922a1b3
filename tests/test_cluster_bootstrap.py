"""Why intervals resample clusters: a simulation where items share their source's luck.

30 sources of 10 items each; within a source every item's chosen response shares one random score
(think: the reference answer all mutants of a problem are compared with), so a chance-level model
is right on all 10 or on none. The true accuracy is 50%. A 95% interval should miss 50% in about
5% of trials. Item-level resampling treats the 300 items as independent and misses far more
often; resampling the 30 sources is calibrated.
"""

from __future__ import annotations

import numpy as np
import pytest

from rmbench.metrics import generalization_gap, mean_ci, paired_test
from rmbench.metrics.bootstrap import detectable_difference, holm, statistic_ci
from rmbench.metrics.clusters import Clusters, cluster_mean_resamples, resample_counts

N_SOURCES, PER_SOURCE, TRIALS = 30, 10, 2000


def _trial(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    chosen = np.repeat(rng.normal(size=N_SOURCES), PER_SOURCE)  # shared within a source
    rejected = rng.normal(size=N_SOURCES * PER_SOURCE) * 0.05 + np.repeat(
        rng.normal(size=N_SOURCES), PER_SOURCE
    )
    correct = (chosen > rejected).astype(float)
    keys = np.repeat([f"s{i}" for i in range(N_SOURCES)], PER_SOURCE)
    return correct, keys


def test_item_intervals_miss_on_clustered_data_and_cluster_intervals_do_not():
    rng = np.random.default_rng(2026)
    misses_items = misses_clusters = 0
    for t in range(TRIALS):
        correct, keys = _trial(rng)
        items = mean_ci(correct, None, n_resamples=400, seed=t)
        clusters = mean_ci(correct, keys, n_resamples=400, seed=t)
        misses_items += not (items.ci_low <= 0.5 <= items.ci_high)
        misses_clusters += not (clusters.ci_low <= 0.5 <= clusters.ci_high)
        assert clusters.n_clusters == N_SOURCES and items.n_clusters == N_SOURCES * PER_SOURCE
    rate_items, rate_clusters = misses_items / TRIALS, misses_clusters / TRIALS
    assert rate_items > 0.3, rate_items  # the problem: item intervals are far too narrow
    assert 0.03 <= rate_clusters <= 0.07, rate_clusters  # the fix: calibrated


def test_resample_counts_are_deterministic_and_draw_every_cluster_count_times():
    a = np.vstack(list(resample_counts(7, 50, seed=3)))
    b = np.vstack(list(resample_counts(7, 50, seed=3)))
    assert a.shape == (50, 7) and np.array_equal(a, b)
    assert np.all(a.sum(axis=1) == 7)
    assert not np.array_equal(a, np.vstack(list(resample_counts(7, 50, seed=4))))


def test_cluster_mean_is_a_ratio_over_drawn_items():
    # two clusters: a holds [1, 1, 1] and b holds [0]; a resample drawing a twice gives 6/6 = 1
    values, keys = np.array([1.0, 1.0, 1.0, 0.0]), ["a", "a", "a", "b"]
    c = Clusters.of(keys)
    samples = cluster_mean_resamples(values, c, 200, seed=0)
    assert set(np.round(samples, 6)) <= {1.0, 0.0, 0.75}
    est = mean_ci(values, keys, n_resamples=200)
    assert est.value == 0.75 and est.n == 4 and est.n_clusters == 2


def test_nan_items_are_dropped_before_counting():
    est = mean_ci([1.0, np.nan, 0.0, 1.0], ["a", "b", "b", "c"])
    assert (est.n, est.n_clusters) == (3, 3)


def test_paired_gap_moves_shared_sources_together():
    rng = np.random.default_rng(0)
    keys = np.repeat([f"s{i}" for i in range(40)], 5)
    difficulty = np.repeat(rng.uniform(0, 1, 40), 5)
    base = (rng.uniform(size=200) < difficulty).astype(float)
    shifted = (rng.uniform(size=200) < difficulty * 0.9).astype(float)
    paired = generalization_gap(base, keys, shifted, keys)
    independent = generalization_gap(base, keys, shifted, keys, mode="independent")
    assert paired.mode == "paired" and paired.n_pairs == 40
    assert independent.mode == "independent"
    assert paired.value == pytest.approx(base.mean() - shifted.mean())
    assert (paired.ci_high - paired.ci_low) < 0.8 * (independent.ci_high - independent.ci_low)


def test_paired_test_over_clusters_is_wider_than_over_items():
    rng = np.random.default_rng(1)
    keys = np.repeat([f"s{i}" for i in range(20)], 10)
    a = np.repeat(rng.integers(0, 2, 20), 10).astype(float)
    b = np.repeat(rng.integers(0, 2, 20), 10).astype(float)
    by_item, by_cluster = paired_test(a, b), paired_test(a, b, keys)
    assert by_cluster.n_clusters == 20 and by_item.n_clusters == 200
    assert (by_cluster.ci_high - by_cluster.ci_low) > 2 * (by_item.ci_high - by_item.ci_low)


def test_statistic_ci_repeats_whole_clusters():
    keys = ["a", "a", "b", "b", "c", "c"]
    est = statistic_ci(6, lambda i: float(np.sum(i % 2 == 0) == np.sum(i % 2 == 1)), keys, n_resamples=100)
    assert est.n_clusters == 3 and est.ci_low == 1.0  # every resample holds whole clusters


def test_holm_by_hand():
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    out = holm([0.2, float("nan")])
    assert out[0] == pytest.approx(0.2) and np.isnan(out[1])


def test_detectable_difference_shrinks_with_clusters():
    # (1.96 + 0.84) * sqrt(0.5 / C)
    assert detectable_difference(50) == pytest.approx(2.8016 * np.sqrt(0.01), rel=1e-3)
    assert detectable_difference(20) > 0.4 > detectable_difference(240)


def test_a_paired_gap_on_one_item_does_not_crash(tmp_path):  # type: ignore[no-untyped-def]
    """Formerly: ``gap: paired`` with ``--limit 1`` crashed after all the scoring was done."""
    import json
    import textwrap

    import rmbench

    folder = tmp_path / "tiny"
    (folder / "data").mkdir(parents=True)
    row = {
        "id": "a",
        "prompt": "Q",
        "responses": ["good answer", "bad"],
        "gold": [1, 0],
        "meta": {"source_id": "s"},
    }
    (folder / "data" / "x.jsonl").write_text(json.dumps(row) + "\n" + json.dumps({**row, "id": "b"}) + "\n")
    (folder / "task.yaml").write_text(
        textwrap.dedent("""
        name: tiny
        domain: qa
        version: "1"
        license: MIT
        subsets:
          - {id: base, role: in_distribution, source: {builtin: data/x.jsonl}}
          - id: twin
            role: shifted
            axis: style
            against: base
            gap: paired
            source: {builtin: data/x.jsonl}
    """)
    )
    [result] = rmbench.evaluate(
        "length", tasks=["tiny"], task_dirs=[tmp_path], limit=1, cache=False, n_resamples=20
    )
    [gap] = result.summary["tasks"]["tiny"]["gaps"]
    assert gap["gap"]["value"] == 0.0 and gap["gap"]["mode"] == "paired" and gap["gap"]["n_pairs"] == 1
