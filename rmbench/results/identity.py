"""What a run says about itself: which model, and exactly which items each subset scored.

Reports, comparisons and leaderboards must never set numbers made on different data side by side.
A subset's *fingerprint* joins what the manifest records (task version, data hash) with a hash of
the item ids, sources and gold read back from the score file, so two runs are comparable on a
subset only if they scored the very same items against the same gold, whatever the manifest says.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from typing import Any

from rmbench.results.store import Run


def model_label(run: Run) -> str:
    """The run's display name (manifest ``model.name``, else its spec, else the folder name)."""
    model = run.manifest.get("model")
    if isinstance(model, dict):
        for key in ("label", "name", "spec"):
            if model.get(key):
                return str(model[key])
    return run.folder.name


def model_kind(run: Run) -> str:
    """The adapter kind (``length``, ``random``, ``hf``, ...)."""
    model = run.manifest.get("model")
    if isinstance(model, dict) and model.get("kind"):
        return str(model["kind"])
    return "unknown"


def is_length_baseline(run: Run) -> bool:
    return model_kind(run) == "length"


def _task_entry(run: Run, task: str) -> dict[str, Any]:
    tasks = run.manifest.get("tasks")
    entry = tasks.get(task) if isinstance(tasks, dict) else None
    return entry if isinstance(entry, dict) else {}


def task_version(run: Run, task: str) -> str | None:
    version = _task_entry(run, task).get("version")
    return None if version in (None, "") else str(version)


def manifest_data_hash(run: Run, key: str) -> str | None:
    task, subset = key.split("/", 1)
    entry = (_task_entry(run, task).get("subsets") or {}).get(subset)
    return str(entry["data_hash"]) if isinstance(entry, dict) and entry.get("data_hash") else None


_ascii = json.encoder.encode_basestring_ascii


def _row_json(item_id: Any, source_id: Any, gold: Sequence[float]) -> str:
    """``json.dumps([item_id, source_id, gold floats], separators=(",", ":"))``, without its dispatch."""
    values = [float(g) for g in gold]
    if type(item_id) is not str or type(source_id) is not str or not all(map(math.isfinite, values)):
        return json.dumps([item_id, source_id, values], separators=(",", ":"))
    return f"[{_ascii(item_id)},{_ascii(source_id)},[{','.join(map(float.__repr__, values))}]]"


def rows_hash(run: Run, key: str) -> str:
    """sha256 over the (id, source_id, gold) rows of the score file: the items actually scored.

    The bytes hashed are those of ``json.dumps([[id, source_id, gold], ...], separators=(",", ":"))``,
    fed in chunks of rows (no string of a million rows is built)."""
    rows = run.item_scores(key)
    if not (len(rows.ids) == len(rows.source_ids) == len(rows.gold)):
        raise ValueError(f"{key}: score file columns of different lengths")
    digest = hashlib.sha256(b"[")
    step = 10_000
    for start in range(0, len(rows.ids), step):
        stop = start + step
        triples = zip(rows.ids[start:stop], rows.source_ids[start:stop], rows.gold[start:stop], strict=True)
        text = ",".join(_row_json(i, s, g) for i, s, g in triples)
        digest.update(("," if start else "").encode() + text.encode("utf-8"))
    digest.update(b"]")
    return digest.hexdigest()


def subset_fingerprint(run: Run, key: str, *, items_hash: bool = True) -> dict[str, str | None]:
    """Everything that must agree before two runs' figures on ``key`` may share a table
    (``items_hash=False``: all but the hash of the rows, None then)."""
    return {
        "task_version": task_version(run, key.split("/", 1)[0]),
        "data_hash": manifest_data_hash(run, key),
        "items_hash": rows_hash(run, key) if items_hash else None,
    }


def fingerprint_id(fingerprint: dict[str, str | None]) -> str:
    """A short stable id of a fingerprint (for labelling variants kept apart)."""
    return hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode("utf-8")).hexdigest()[:8]


def fingerprint_conflicts(a: dict[str, str | None], b: dict[str, str | None]) -> list[str]:
    """Fields two fingerprints disagree on (a field one run does not record cannot conflict)."""
    return [
        k for k in sorted(set(a) | set(b)) if a.get(k) is not None and b.get(k) is not None and a[k] != b[k]
    ]
