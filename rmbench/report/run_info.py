"""What a run folder says about itself: which model, which task versions, which exact items.

Reports and leaderboards must never compare numbers made on different data. A subset's
*fingerprint* joins what the manifest records (task version, data hash where the engine writes
one) with a hash of the item ids and gold scores read back from the per-item score file, so two
runs are comparable on a subset only if they scored the very same items against the same gold,
whether or not the manifest says so.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from rmbench.report.run_folder import Run

_HASH_KEYS = ("data_hash", "items_hash", "content_hash", "hash")


def model_label(run: Run) -> str:
    """A short display name for the run's model (manifest ``model`` as text or {spec|name|id}); else the folder."""
    model = run.manifest.get("model")
    if isinstance(model, str) and model:
        return model
    if isinstance(model, dict):
        for key in ("label", "name", "spec", "id"):
            if model.get(key):
                return str(model[key])
    return run.folder.name


def model_kind(run: Run) -> str:
    """The adapter kind (``length``, ``random``, ``hf``, ...) as far as the manifest tells."""
    model = run.manifest.get("model")
    if isinstance(model, dict) and model.get("kind"):
        return str(model["kind"])
    label = model_label(run)
    return label.split(":", 1)[0] if ":" in label else label


def is_length_baseline(run: Run) -> bool:
    return model_kind(run) == "length"


def _task_entry(run: Run, task: str) -> dict[str, Any]:
    tasks = run.manifest.get("tasks")
    if isinstance(tasks, dict) and isinstance(tasks.get(task), dict):
        return tasks[task]
    if isinstance(tasks, list):
        for entry in tasks:
            if isinstance(entry, dict) and entry.get("name") == task:
                return entry
    return {}


def task_version(run: Run, task: str) -> str | None:
    version = _task_entry(run, task).get("version")
    return None if version is None else str(version)


def task_domain(run: Run, task: str) -> str | None:
    domain = _task_entry(run, task).get("domain")
    return None if domain is None else str(domain)


def manifest_data_hash(run: Run, key: str) -> str | None:
    """The data hash the engine recorded for ``task/subset``, wherever in the manifest it put it."""
    task, subset = key.split("/", 1)
    entry = _task_entry(run, task)
    subsets = entry.get("subsets")
    candidates: list[Any] = []
    if isinstance(subsets, dict):
        candidates.append(subsets.get(subset))
    elif isinstance(subsets, list):
        candidates.extend(s for s in subsets if isinstance(s, dict) and s.get("id") == subset)
    top = run.manifest.get("subsets")
    if isinstance(top, dict):
        candidates.append(top.get(key))
    for hashes in ("data_hashes", "hashes"):
        if isinstance(run.manifest.get(hashes), dict):
            candidates.append(run.manifest[hashes].get(key))
    for cand in candidates:
        if isinstance(cand, str) and cand:
            return cand
        if isinstance(cand, dict):
            for name in _HASH_KEYS:
                if cand.get(name):
                    return str(cand[name])
    return None


def items_hash(run: Run, key: str) -> str:
    """sha256 over the (id, source_id, gold) rows of the score file: the items actually scored."""
    rows = [[r.id, r.source_id, [float(g) for g in r.gold]] for r in run.item_scores(key)]
    return hashlib.sha256(json.dumps(rows, separators=(",", ":")).encode("utf-8")).hexdigest()


def subset_fingerprint(run: Run, key: str) -> dict[str, str | None]:
    """Everything that must agree before two runs' figures on ``key`` may share a table."""
    return {
        "task_version": task_version(run, key.split("/", 1)[0]),
        "data_hash": manifest_data_hash(run, key),
        "items_hash": items_hash(run, key),
    }


def fingerprint_id(fingerprint: dict[str, str | None]) -> str:
    """A short stable id of a fingerprint (for labelling variants kept apart)."""
    blob = json.dumps(fingerprint, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]


def fingerprint_conflicts(a: dict[str, str | None], b: dict[str, str | None]) -> list[str]:
    """Fields two fingerprints disagree on (a field one run does not record cannot conflict)."""
    return [
        k for k in sorted(set(a) | set(b)) if a.get(k) is not None and b.get(k) is not None and a[k] != b[k]
    ]
