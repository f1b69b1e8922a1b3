"""Every built-in domain task gives identical summaries when a fixed tiny model scores it twice.

Cross-task check (the domain tasks' own tests cover their data): loading, deriving, rendering,
scoring and metrics must all be deterministic, with the score cache off so both runs compute.
"""

from __future__ import annotations

import json

import pytest

import rmbench
from rmbench.tasks import TaskRegistry
from tests.tiny_models import tiny_model_dir

DOMAIN_TASKS = ["code", "customer_service", "qa", "story", "translation"]


def _stable(summary: dict) -> dict:
    out = json.loads(json.dumps(summary))
    for key in ("timing", "cache", "git_commit"):
        out["manifest"].pop(key, None)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("task", DOMAIN_TASKS)
def test_fixed_tiny_model_gives_identical_summaries(task: str):
    assert task in TaskRegistry().names()
    model = f"hf:{tiny_model_dir('seqcls')}"
    runs = [
        rmbench.evaluate(
            model, tasks=[task], sample=6, cache=False, n_resamples=100, device="cpu", output=None
        )[0]
        for _ in range(2)
    ]
    first, second = (_stable(r.summary) for r in runs)
    assert first == second
    builtin = [s.id for s in TaskRegistry().get(task).subsets if s.suite == "builtin"]
    assert sorted(first["subsets"]) == sorted(f"{task}/{s}" for s in builtin)
    # Scores are real numbers that vary across responses (a constant model would hide nondeterminism).
    scores = [s for sub in runs[0].subsets for item_scores in sub.scores for s in item_scores]
    assert len(set(scores)) > 10
