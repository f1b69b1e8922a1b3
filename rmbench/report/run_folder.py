"""The run folder: the contract between the engine (writes) and reports/leaderboards (read).

```
RUN/
  summary.json                  schema_version, manifest, subsets, tasks (see summary.py)
  scores/<task>/<subset>.jsonl  one line per item: id, source_id, gold, scores
```

Per-item scores are kept so leaderboards can run paired tests between models on the same items
without rescoring. Every file is written atomically; summary.json last, so a folder with a
summary is complete.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmbench.items import atomic_write_text
from rmbench.items.io import dumps_jsonl
from rmbench.report.summary import SUMMARY_SCHEMA_VERSION, SubsetScores, build_metrics

SUMMARY_FILE = "summary.json"
SCORES_DIR = "scores"


def _json(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False, allow_nan=True) + "\n"


def build_summary(
    manifest: dict[str, Any],
    subsets: Sequence[SubsetScores],
    *,
    tie_credit: float = 0.5,
    n_resamples: int = 1000,
    seed: int = 0,
) -> dict[str, Any]:
    """The summary.json document: the manifest (with the metric settings) and every figure."""
    return {
        "schema_version": SUMMARY_SCHEMA_VERSION,
        "manifest": {
            **manifest,
            "tie_credit": tie_credit,
            "n_resamples": n_resamples,
            "bootstrap_seed": seed,
        },
        **build_metrics(subsets, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed),
    }


def write_run(
    folder: str | Path,
    manifest: dict[str, Any],
    subsets: Sequence[SubsetScores],
    *,
    tie_credit: float = 0.5,
    n_resamples: int = 1000,
    seed: int = 0,
) -> dict[str, Any]:
    """Compute metrics and write a complete run folder; return the summary."""
    folder = Path(folder)
    for sub in subsets:
        rows = [
            {"id": it.id, "source_id": it.source_id, "gold": list(it.gold), "scores": [float(x) for x in s]}
            for it, s in zip(sub.items, sub.scores, strict=True)
        ]
        atomic_write_text(folder / SCORES_DIR / sub.task / f"{sub.subset}.jsonl", dumps_jsonl(rows))
    summary = build_summary(manifest, subsets, tie_credit=tie_credit, n_resamples=n_resamples, seed=seed)
    atomic_write_text(folder / SUMMARY_FILE, _json(summary))
    return summary


@dataclass
class ItemScores:
    id: str
    source_id: str
    gold: list[float]
    scores: list[float]


@dataclass
class Run:
    folder: Path
    summary: dict[str, Any]
    _scores: dict[str, list[ItemScores]] = field(default_factory=dict)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.summary.get("manifest", {})

    def item_scores(self, subset_key: str) -> list[ItemScores]:
        """Per-item scores of ``task/subset``, read on first use."""
        if subset_key not in self._scores:
            task, subset = subset_key.split("/", 1)
            path = self.folder / SCORES_DIR / task / f"{subset}.jsonl"
            rows = [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
            self._scores[subset_key] = [
                ItemScores(r["id"], r["source_id"], r["gold"], r["scores"]) for r in rows
            ]
        return self._scores[subset_key]


def load_run(folder: str | Path) -> Run:
    folder = Path(folder)
    path = folder / SUMMARY_FILE
    if not path.exists():
        raise FileNotFoundError(f"{folder}: not a run folder (no {SUMMARY_FILE}; was the run interrupted?)")
    summary = json.loads(path.read_text(encoding="utf-8"))
    version = summary.get("schema_version")
    if version != SUMMARY_SCHEMA_VERSION:
        raise ValueError(
            f"{path}: summary schema version {version}, this rmbench reads {SUMMARY_SCHEMA_VERSION}"
        )
    return Run(folder, summary)
