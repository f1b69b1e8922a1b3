"""Synthetic run folders for report and leaderboard tests (and a check that they are what they claim).

Tests build them here with the engine's own writer (``rmbench.results.write_run``) from real items
(the demo task, plus a small generated ``synth`` task for rankings, pointwise ratings and a second
domain) and deterministic synthetic scorers:

- ``length``: score = len(response) (the length baseline),
- ``random``: seeded uniform noise,
- ``good``: gold + small seeded noise (near perfect),
- ``noisy``: gold + large seeded noise (better than chance, worse than ``good``),
- ``constant``: 0 for everything (all ties).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from rmbench.audit import length_baseline
from rmbench.items import Item
from rmbench.results import SubsetScores, load_run, write_run
from rmbench.tasks import TaskRegistry

Scorer = Callable[[Item, np.random.Generator], list[float]]

SCORERS: dict[str, Scorer] = {
    "length": lambda it, rng: [float(len(r)) for r in it.responses],
    "random": lambda it, rng: rng.random(it.k).tolist(),
    "good": lambda it, rng: (np.asarray(it.gold, float) + rng.normal(0, 0.15, it.k)).tolist(),
    "noisy": lambda it, rng: (np.asarray(it.gold, float) + rng.normal(0, 1.2, it.k)).tolist(),
    "constant": lambda it, rng: [0.0] * it.k,
}


def _words(rng: np.random.Generator, n: int) -> str:
    vocab = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota", "kappa"]
    return " ".join(vocab[int(i)] for i in rng.integers(0, len(vocab), n))


def synth_items() -> dict[str, list[Item]]:
    """A second task: 40 pairs where the better response is mostly the longer (30 of 40), 60 rankings
    (k=4), their 60 longer-prompt twins, and 50 pointwise ratings."""
    rng = np.random.default_rng(1234)
    pairs, rank, rank_long, ratings = [], [], [], []
    for i in range(40):
        short, long = _words(rng, 4), _words(rng, 9)
        better_is_long = i < 30
        responses, gold = ([long, short], [1.0, 0.0]) if better_is_long else ([long, short], [0.0, 1.0])
        pairs.append(Item(f"synth/pairs/{i}", f"pair {i}", responses, gold, {"source_id": f"synth/p{i}"}))
    for i in range(60):
        gold = rng.permutation(4).astype(float).tolist()
        responses = [_words(rng, int(n)) for n in rng.integers(3, 12, 4)]
        meta = {"source_id": f"synth/{i}"}
        rank.append(Item(f"synth/rank/{i}", f"question {i}", responses, gold, dict(meta)))
        rank_long.append(
            Item(f"synth/rank_long/{i}", f"question {i} " + _words(rng, 30), responses, gold, dict(meta))
        )
    for i in range(50):
        ratings.append(
            Item(
                f"synth/ratings/{i}",
                f"dialogue {i}",
                [_words(rng, int(rng.integers(3, 12)))],
                [float(rng.integers(1, 6))],
                {"source_id": f"synth/r{i}"},
            )
        )
    return {"pairs": pairs, "rank": rank, "rank_long": rank_long, "ratings": ratings}


def _place(task: str, subset: str, domain: str, role: str, kind: str, **extra: str | None) -> dict:
    return {"task": task, "subset": subset, "domain": domain, "role": role, "kind": kind, **extra}


def subset_items() -> list[tuple[dict, list[Item]]]:
    """(subset place, items) for every subset the synthetic runs score."""
    demo = TaskRegistry().get("demo")
    out = []
    for sub in demo.subsets:
        place = _place(
            "demo",
            sub.id,
            "qa",
            sub.role,
            sub.kind,
            axis=sub.axis,
            against=sub.against,
            attack=sub.attack,
            side=sub.side,
            gap_mode=sub.gap,
        )
        out.append((place, demo.load(sub.id)))
    synth = synth_items()
    out.append((_place("synth", "pairs", "code", "in_distribution", "pairwise"), synth["pairs"]))
    out.append((_place("synth", "rank", "code", "in_distribution", "ranking"), synth["rank"]))
    out.append(
        (
            _place("synth", "rank_long", "code", "shifted", "ranking", axis="length", against="rank"),
            synth["rank_long"],
        )
    )
    out.append((_place("synth", "ratings", "code", "in_distribution", "pointwise"), synth["ratings"]))
    return out


def manifest_for(model: str, extra: dict | None = None) -> dict:
    return {
        "model": {"spec": model, "kind": model, "name": model},
        "tasks": {"demo": {"version": "1.0", "domain": "qa"}, "synth": {"version": "0.1", "domain": "code"}},
        "seeds": {"seed": 0},
        **(extra or {}),
    }


def write_synthetic_run(
    folder: Path,
    model: str,
    *,
    seed: int = 0,
    truncated: float = 0.0,
    subsets: Sequence[str] | None = None,
    n_resamples: int = 50,
    manifest_extra: dict | None = None,
) -> Path:
    """Score every synthetic subset with ``model`` (a key of SCORERS) and write a run folder."""
    scored = []
    for desc, items in subset_items():
        key = f"{desc['task']}/{desc['subset']}"
        if subsets is not None and key not in subsets:
            continue
        # one stream per subset: a subset's scores do not change when other subsets are added or left out
        rng = np.random.default_rng([seed, zlib.crc32(key.encode())])
        scores = [SCORERS[model](it, rng) for it in items]
        n_requests = sum(it.k for it in items)
        scored.append(
            SubsetScores(
                **desc,
                items=items,
                scores=scores,
                truncated=round(truncated * n_requests),
                requests=n_requests,
            )
        )
    write_run(folder, manifest_for(model, manifest_extra), scored, n_resamples=n_resamples)
    return folder


def write_all_models(root: Path, models: Sequence[str] = ("good", "noisy", "length", "random")) -> list[Path]:
    return [write_synthetic_run(root / m, m, seed=i) for i, m in enumerate(models)]


def test_length_run_matches_audit_length_baseline(tmp_path: Path) -> None:
    run = load_run(
        write_synthetic_run(
            tmp_path / "length", "length", subsets=["demo/facts_en", "demo/facts_en_markdown", "synth/pairs"]
        )
    )
    for subset in ("facts_en", "facts_en_markdown"):
        items = TaskRegistry().get("demo").load(subset)
        figure = run.summary["subsets"][f"demo/{subset}"]["metrics"]["pairwise_accuracy"]
        assert figure["value"] == length_baseline(items).value
    assert run.summary["subsets"]["synth/pairs"]["metrics"]["pairwise_accuracy"]["value"] == 0.75  # 30 of 40
    # markdown makes the rejected answers longer, so length is always wrong there
    assert run.summary["subsets"]["demo/facts_en_markdown"]["metrics"]["pairwise_accuracy"]["value"] == 0.0


def test_synthetic_models_are_ordered(tmp_path: Path) -> None:
    accs = {}
    for i, m in enumerate(("good", "noisy", "random")):
        run = load_run(write_synthetic_run(tmp_path / m, m, seed=i, subsets=["synth/rank"]))
        accs[m] = run.summary["subsets"]["synth/rank"]["metrics"]["pairwise_accuracy"]["value"]
    assert accs["good"] > 0.95
    assert 0.55 < accs["noisy"] < 0.9
    assert 0.35 < accs["random"] < 0.65


def edit_scores(folder: Path, subset_key: str, edit: Callable[[list[dict]], list[dict]]) -> None:
    """Rewrite one subset's per-item rows in a run folder's score file (to fake a damaged or
    different run)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = folder / "scores.parquet"
    schema = pq.read_schema(path)
    table = pq.read_table(path).to_pylist()
    task, subset = subset_key.split("/", 1)
    mine = [r for r in table if (r["task"], r["subset"]) == (task, subset)]
    rest = [r for r in table if (r["task"], r["subset"]) != (task, subset)]
    pq.write_table(pa.Table.from_pylist(rest + edit(mine), schema=schema), path)
