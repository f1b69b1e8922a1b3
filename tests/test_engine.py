"""The engine with a tiny random HF reward model: batch independence, dedup, cache, resume, OOM,
run folder."""

from __future__ import annotations

import json
import sqlite3

import pytest
from tiny_models import tiny_model_dir, write_chat_items

import rmbench
from rmbench.engine.batching import pack, sort_by_length
from rmbench.models.base import Prepared
from rmbench.models.hf import HFAdapter
from rmbench.results import load_run


@pytest.fixture(scope="module")
def tiny_rm():
    return tiny_model_dir("seqcls")


@pytest.fixture(scope="module")
def items_file(tmp_path_factory):
    return write_chat_items(tmp_path_factory.mktemp("items") / "chat.jsonl")


def _stable(summary: dict) -> dict:
    """The summary bar what depends on time and on the cache state."""
    out = json.loads(json.dumps(summary))
    for key in ("timing", "cache", "git_commit"):
        out["manifest"].pop(key)
    return out


def test_pack_respects_budget_and_order():
    prepared = sort_by_length([Prepared(str(i), n, None) for i, n in enumerate([5, 9, 3, 9, 2, 7, 30])])
    assert [p.n_tokens for p in prepared] == [30, 9, 9, 7, 5, 3, 2]
    batches = pack(prepared, budget=20)
    assert [[p.n_tokens for p in b] for b in batches] == [[30], [9, 9], [7, 5], [3, 2]]
    assert all(len(b) * max(p.n_tokens for p in b) <= 20 for b in batches[1:])
    assert [len(b) for b in pack(prepared, budget=1)] == [1] * 7


def test_scores_do_not_depend_on_the_batch(tiny_rm, items_file):
    adapter = HFAdapter(str(tiny_rm), max_length=64)
    runs = {
        budget: rmbench.evaluate(
            adapter, items=[items_file], batch_tokens=budget, cache=False, n_resamples=50
        )[0]
        for budget in (256, 4096, 1)
    }
    flat = {b: [s for scores in r.subsets[0].scores for s in scores] for b, r in runs.items()}
    assert runs[1].manifest["timing"]["batches"] == runs[1].manifest["requests"]["unique"] == 13
    assert runs[4096].manifest["timing"]["batches"] == 2  # the items sharing a prompt, then the rest
    assert runs[256].manifest["timing"]["batches"] > 1
    assert len(set(flat[1])) > 5  # the scores differ between requests, so the comparison means something
    for budget in (256, 4096):
        assert max(abs(a - b) for a, b in zip(flat[budget], flat[1], strict=True)) < 1e-4


def test_dedup_and_truncation_counts(tiny_rm, items_file):
    result = rmbench.evaluate(
        HFAdapter(str(tiny_rm), max_length=64), items=[items_file], cache=False, n_resamples=50
    )[0]
    assert result.manifest["requests"]["total"] == 15
    assert result.manifest["requests"]["unique"] == 13  # shared (prompt, response) pairs scored once
    sub = result.subsets[0]
    assert sub.truncated == 2 and sub.requests == 15  # both responses of the long-prompt item
    assert result.summary["subsets"]["items/chat"]["truncation_rate"] == pytest.approx(2 / 15)
    scores = {it.id: s for it, s in zip(sub.items, sub.scores, strict=True)}
    assert scores["a"][0] == scores["c"][0] == scores["d"][0]  # the same request, the same score


def test_killed_run_resumes_from_cache(tiny_rm, items_file, tmp_path):
    class Flaky(HFAdapter):
        def __init__(self, *a, fail_after=None, **kw):
            super().__init__(*a, **kw)
            self.fail_after, self.calls, self.seen = fail_after, 0, []

        def score_batch(self, batch):
            if self.fail_after is not None and self.calls >= self.fail_after:
                raise RuntimeError("killed")
            self.calls += 1
            self.seen.extend(p.key for p in batch)
            return super().score_batch(batch)

    reference = rmbench.evaluate(
        HFAdapter(str(tiny_rm), max_length=64),
        items=[items_file],
        batch_tokens=64,
        cache=tmp_path / "ref.sqlite",
        output=tmp_path / "ref",
        n_resamples=50,
    )[0]
    cache = tmp_path / "cache.sqlite"
    with pytest.raises(RuntimeError, match="killed"):
        rmbench.evaluate(
            Flaky(str(tiny_rm), max_length=64, fail_after=3),
            items=[items_file],
            batch_tokens=64,
            cache=cache,
            output=tmp_path / "runs",
            n_resamples=50,
        )
    assert not (tmp_path / "runs").exists() or not any((tmp_path / "runs").iterdir())  # nothing half-written
    with sqlite3.connect(cache) as db:
        cached_before = {row[0] for row in db.execute("SELECT request FROM scores")}
    assert 0 < len(cached_before) < 13
    again = Flaky(str(tiny_rm), max_length=64)
    resumed = rmbench.evaluate(
        again, items=[items_file], batch_tokens=64, cache=cache, output=tmp_path / "runs", n_resamples=50
    )[0]
    assert not set(again.seen) & cached_before  # no cached request rescored
    assert len(again.seen) == 13 - len(cached_before)
    assert resumed.manifest["cache"] == {
        "path": str(cache),
        "hits": len(cached_before),
        "scored": len(again.seen),
    }
    assert _stable(load_run(resumed.folder).summary) == _stable(load_run(reference.folder).summary)
    repeat = Flaky(str(tiny_rm), max_length=64)
    rmbench.evaluate(repeat, items=[items_file], cache=cache, n_resamples=50)
    assert repeat.seen == []  # a repeated run scores nothing


def test_oom_halves_the_budget_and_retries(tiny_rm, items_file):
    import torch

    class SmallMemory(HFAdapter):
        def score_batch(self, batch):
            if len(batch) * max(p.n_tokens for p in batch) > 100:
                raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
            return super().score_batch(batch)

    plain = rmbench.evaluate(
        HFAdapter(str(tiny_rm), max_length=64), items=[items_file], cache=False, n_resamples=50
    )[0]
    result = rmbench.evaluate(
        SmallMemory(str(tiny_rm), max_length=64, share_prefix="false"),  # the memory model assumes full rows
        items=[items_file],
        batch_tokens=4096,
        cache=False,
        n_resamples=50,
    )[0]
    timing = result.manifest["timing"]
    assert timing["oom_retries"] == 6 and timing["final_batch_tokens"] == 64
    flat = [x for s in result.subsets[0].scores for x in s]
    assert flat == pytest.approx([x for s in plain.subsets[0].scores for x in s], abs=1e-4)


def test_run_folder_and_manifest(tiny_rm, items_file, tmp_path):
    result = rmbench.evaluate(
        f"hf:{tiny_rm}",
        items=[items_file],
        output=tmp_path,
        cache=tmp_path / "c.sqlite",
        seed=3,
        n_resamples=50,
    )[0]
    [folder] = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert folder == result.folder and folder.name.startswith("hf-seqcls-custom-")
    run = load_run(folder)
    assert run.summary == result.summary
    m = run.manifest
    assert (
        m["model"]["fingerprint"] == result.manifest["model"]["fingerprint"]
        and len(m["model"]["fingerprint"]) == 32
    )
    assert (
        m["dtype"] == "float32"
        and m["device"] == "cpu"
        and m["seeds"] == {"seed": 3, "sample_seed": None}
        and m["metric_settings"]["bootstrap_seed"] == 3
    )
    assert m["libraries"]["torch"] and m["rmbench_version"] == rmbench.__version__
    assert (
        m["tasks"]["items"]["subsets"]["chat"]["n_items"] == 6
        and len(m["tasks"]["items"]["subsets"]["chat"]["data_hash"]) == 32
    )
    assert 0 <= m["tie_rate"] <= 1 and m["truncation_rate"] > 0
    assert m["timing"]["requests_per_second"] > 0 and m["timing"]["peak_memory"]["host_rss_mb"] > 0
    assert run.item_scores("items/chat").ids == list("abcdef")
    assert (
        m["tasks"]["items"]["domain"] == "items" and run.summary["subsets"]["items/chat"]["domain"] == "items"
    )


def test_reference_baselines_skip_subsets_without_references(tmp_path, items_file):
    with_ref = tmp_path / "mt.jsonl"
    rows = [
        {
            "id": f"m{i}",
            "prompt": "translate",
            "responses": ["the cat sat on the mat", "a dog"],
            "gold": [1, 0],
            "meta": {"reference": "the cat sat on the mat"},
        }
        for i in range(3)
    ]
    with_ref.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = rmbench.evaluate("chrf", items=[with_ref, items_file], cache=False, n_resamples=50)[0]
    assert result.skipped == {"items/chat": "no meta.reference (reference-based baseline)"}
    assert [s.key for s in result.subsets] == ["items/mt"]
    assert result.metric("items/mt") == 1.0


def test_builtin_suite_with_cheap_models(tmp_path):
    results = rmbench.evaluate(
        ["length", "random"], tasks=["demo"], limit=5, output=tmp_path, cache=False, n_resamples=50
    )
    assert [r.name for r in results] == ["length", "random"]
    for r in results:
        assert set(r.summary["subsets"]) == {
            "demo/facts_en",
            "demo/facts_es",
            "demo/facts_en_markdown",
            "demo/facts_en_markdown_chosen",
        }
        assert load_run(r.folder).summary["tasks"]["demo"]["gaps"]
        assert r.folder.name.startswith(f"{r.name}-custom-l5-")


@pytest.mark.slow
def test_run_without_model_scores_the_reference_panel(tmp_path, items_file):
    from rmbench.cli import main

    mt = tmp_path / "mt.jsonl"
    mt.write_text(
        json.dumps(
            {
                "id": "m",
                "prompt": "translate: le chat",
                "responses": ["the cat", "a dog"],
                "gold": [1, 0],
                "meta": {"reference": "the cat"},
            }
        )
        + "\n"
    )
    out = tmp_path / "runs"
    quick = ["run", "--items", str(items_file), "--output", str(out), "--no-cache", "--n-resamples", "20"]
    assert main(quick) == 0
    assert sorted(p.name.split("-custom-")[0] for p in out.iterdir()) == ["length", "random"]  # no references
    assert main([*quick, "--panel", "full"]) == 0
    assert sorted(p.name.split("-custom-")[0] for p in out.iterdir()) == [
        "embed-all-MiniLM-L6-v2",
        "length",
        "random",
    ]  # the full panel adds MiniLM; length and random are the same runs (same folders)
    embed = load_run(next(out.glob("embed-all-MiniLM-L6-v2-*")))
    assert embed.manifest["model"]["kind"] == "embed" and embed.manifest["model"]["max_length"] == 256
    assert main(["run", "--items", str(mt), "--output", str(out), "--no-cache", "--n-resamples", "20"]) == 0
    chrf = load_run(next(out.glob("chrf-*")))
    assert chrf.summary["subsets"]["items/mt"]["metrics"]["pairwise_accuracy"]["value"] == 1.0
