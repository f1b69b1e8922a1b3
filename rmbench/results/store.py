"""The run folder: the contract between the engine (writes) and reports and leaderboards (read).

```
RUN/
  summary.json     schema, schema_version, manifest, subsets, tasks (strict JSON: null, never NaN)
  scores.parquet   one row per item: task, subset, id, source_id, cluster, gold[], scores[] (zstd)
```

Per-item scores are kept so leaderboards can recompute every figure and pair models on the same
items without rescoring; columnar and compressed because the committed leaderboard holds dozens
of runs. summary.json is written last, so a folder with a summary is complete. Older run folders
(schema 1: ``scores/<task>/<subset>.jsonl``) are read through :func:`migrate_v1`, the one place
that knows an older shape.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmbench.items import atomic_write_text
from rmbench.items.io import atomic_write_bytes
from rmbench.metrics.item_metrics import FlatRows
from rmbench.results.subsets import SubsetScores
from rmbench.results.summary import build_metrics

SCHEMA = "rmbench.run"
SCHEMA_VERSION = 2
SUMMARY_FILE = "summary.json"
SCORES_FILE = "scores.parquet"
V1_SCORES_DIR = "scores"


class RunFolderError(ValueError):
    """A folder that is not a readable run folder (the message names it and what is wrong)."""


def strict(value: Any) -> Any:
    """``value`` with every non-finite float replaced by None: summary.json is strict JSON."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: strict(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [strict(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return strict(value.item())
    return value


def dumps_json(obj: Any) -> str:
    return json.dumps(strict(obj), indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def build_summary(
    manifest: dict[str, Any],
    subsets: Sequence[SubsetScores],
    *,
    tie_credit: float = 0.5,
    n_resamples: int = 1000,
    seed: int = 0,
    ceiling_notes: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The summary.json document: the manifest (with the metric settings) and every figure."""
    settings = {"tie_credit": tie_credit, "n_resamples": n_resamples, "bootstrap_seed": seed}
    return strict(
        {
            "schema": SCHEMA,
            "schema_version": SCHEMA_VERSION,
            "manifest": {**manifest, "metric_settings": settings},
            **build_metrics(
                subsets,
                tie_credit=tie_credit,
                n_resamples=n_resamples,
                seed=seed,
                ceiling_notes=ceiling_notes,
            ),
        }
    )


ZSTD_LEVEL = 19  # the committed leaderboard holds dozens of runs: small files matter there
ZSTD_LEVEL_LARGE = 1  # level 19 costs ~20 CPU-seconds per million rows for files ~15% smaller
LARGE_TABLE_ROWS = 100_000


def _list_column(parts: Sequence[FlatRows]) -> Any:
    """A list<double> column from the rows of every subset, through one flat array."""
    import numpy as np
    import pyarrow as pa

    sizes = np.concatenate([np.zeros(0, np.int64), *(p.sizes for p in parts)])
    offsets = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).astype(np.int32)
    flat = np.concatenate([np.zeros(0), *(p.flat.astype(float) for p in parts)])
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), pa.array(flat, pa.float64()))


def scores_table(subsets: Sequence[SubsetScores]) -> bytes:
    """The per-item scores of every subset as one zstd-compressed parquet file (bytes)."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    for sub in subsets:
        if len(sub.scores) != len(sub.items) or len(sub.clusters) != len(sub.items):
            raise ValueError(f"{sub.key}: {len(sub.items)} items, {len(sub.scores)} score lists")
    columns = {  # each column becomes an arrow array before the next is listed (a million rows each)
        "task": lambda: [task for sub in subsets for task in [sub.task] * len(sub.items)],
        "subset": lambda: [name for sub in subsets for name in [sub.subset] * len(sub.items)],
        "id": lambda: [item.id for sub in subsets for item in sub.items],
        "source_id": lambda: [s for sub in subsets for s in sub.source_ids],
        "cluster": lambda: [c for sub in subsets for c in sub.clusters],
    }
    arrays = [pa.array(listed(), pa.string()) for listed in columns.values()]
    arrays.append(_list_column([sub.flat_gold for sub in subsets]))
    arrays.append(_list_column([sub.flat_scores for sub in subsets]))
    schema = pa.schema(
        [(n, pa.string()) for n in columns]
        + [("gold", pa.list_(pa.float64())), ("scores", pa.list_(pa.float64()))]
    )
    table = pa.Table.from_arrays(arrays, schema=schema)
    level = ZSTD_LEVEL if table.num_rows <= LARGE_TABLE_ROWS else ZSTD_LEVEL_LARGE
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd", compression_level=level, use_dictionary=["task", "subset"])
    del table, arrays
    pa.default_memory_pool().release_unused()  # arrow's allocator keeps freed pages: hand them back
    return buf.getvalue()


def write_run(
    folder: str | Path, manifest: dict[str, Any], subsets: Sequence[SubsetScores], **settings: Any
) -> dict[str, Any]:
    """Compute the figures and write a complete run folder (scores first, summary last)."""
    folder = Path(folder)
    atomic_write_bytes(folder / SCORES_FILE, scores_table(subsets))
    summary = build_summary(manifest, subsets, **settings)
    atomic_write_text(folder / SUMMARY_FILE, dumps_json(summary))
    return summary


@dataclass
class SubsetRows:
    """One subset's per-item rows as read back: what every recomputed figure starts from."""

    ids: list[str]
    source_ids: list[str]
    clusters: list[str]
    gold: list[list[float]]
    scores: list[list[float]]

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def rows(self) -> tuple[list[list[float]], list[list[float]], list[str]]:
        return self.scores, self.gold, self.clusters


@dataclass
class Run:
    folder: Path
    summary: dict[str, Any]
    _rows: dict[str, SubsetRows] | None = field(default=None, repr=False)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.summary.get("manifest", {})

    @property
    def subsets(self) -> dict[str, dict[str, Any]]:
        return self.summary.get("subsets", {})

    def item_scores(self, subset_key: str) -> SubsetRows:
        """Per-item rows of ``task/subset`` (the score file is read on first use)."""
        if self._rows is None:
            self._rows = _read_rows(self.folder)
        if subset_key not in self._rows:
            raise RunFolderError(f"{self.folder}: no scores for subset {subset_key}")
        return self._rows[subset_key]


def written_run(folder: str | Path, subsets: Sequence[SubsetScores]) -> Run:
    """The run folder just written from ``subsets``, its per-item rows taken from them rather than
    read back from its score file: the same rows (what :func:`scores_table` wrote), without the
    seconds and the memory that reading a million rows back costs."""
    run = load_run(folder)
    run._rows = {
        sub.key: SubsetRows(
            [it.id for it in sub.items],
            sub.source_ids,
            sub.clusters,
            sub.flat_gold,  # type: ignore[arg-type]  # rows that read as the file's lists
            sub.flat_scores,  # type: ignore[arg-type]
        )
        for sub in subsets
    }
    return run


def _read_rows(folder: Path) -> dict[str, SubsetRows]:
    path = folder / SCORES_FILE
    if not path.exists():
        return _read_rows_v1(folder)
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path).to_pydict()
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise RunFolderError(f"{path}: unreadable score file ({exc})") from exc
    out: dict[str, SubsetRows] = {}
    for i, (task, subset) in enumerate(zip(table["task"], table["subset"], strict=True)):
        rows = out.setdefault(f"{task}/{subset}", SubsetRows([], [], [], [], []))
        rows.ids.append(table["id"][i])
        rows.source_ids.append(table["source_id"][i])
        rows.clusters.append(table["cluster"][i])
        rows.gold.append(table["gold"][i])
        rows.scores.append(table["scores"][i])
    return out


def _read_rows_v1(folder: Path) -> dict[str, SubsetRows]:
    out: dict[str, SubsetRows] = {}
    for path in sorted((folder / V1_SCORES_DIR).glob("*/*.jsonl")):
        rows = SubsetRows([], [], [], [], [])
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.ids.append(r["id"])
                rows.source_ids.append(r["source_id"])
                rows.clusters.append(r["source_id"])
                rows.gold.append(r["gold"])
                rows.scores.append(r["scores"])
        out[f"{path.parent.name}/{path.stem}"] = rows
    return out


_V1_POINTWISE = {
    "kendall_tau_b": "kendall_tau_b_across",
    "spearman": "spearman_across",
    "pearson": "pearson_across",
}


def migrate_v1(summary: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 summary in today's shape: the fields readers need, filled as v1 meant them.

    v1 had no robustness role, no domain per subset and resampled items, not clusters; its figures
    are kept as written (readers that recompute, like the leaderboard, recompute them anyway).
    """
    manifest = dict(summary.get("manifest", {}))
    tasks_manifest: dict[str, Any] = manifest["tasks"] if isinstance(manifest.get("tasks"), dict) else {}
    subsets = {}
    for key, sub in summary.get("subsets", {}).items():
        task = sub.get("task", key.split("/", 1)[0])
        domain = (tasks_manifest.get(task) or {}).get("domain") or task
        entry = {
            "domain": domain,
            "attack": None,
            "side": None,
            "cluster_by": "source_id",
            "gap_mode": "auto",
            **sub,
        }
        if sub.get("primary_metric") == "kendall_tau_b":
            entry["primary_metric"] = "kendall_tau_b_across"
            entry["metrics"] = {_V1_POINTWISE.get(k, k): v for k, v in sub.get("metrics", {}).items()}
        entry.setdefault(
            "metric_kind",
            "pointwise" if sub.get("primary_metric") == "kendall_tau_b" else sub.get("kind", "pairwise"),
        )
        subsets[key] = entry
    return {
        **summary,
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "migrated_from": 1,
        "manifest": manifest,
        "subsets": subsets,
    }


def load_run(folder: str | Path) -> Run:
    """Read a run folder of this schema or an older one (migrated in memory, never rewritten)."""
    folder = Path(folder)
    path = folder / SUMMARY_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{folder}: not a run folder (no {SUMMARY_FILE}; was the run interrupted?)")
    try:
        summary = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RunFolderError(f"{path}: not valid JSON ({exc})") from exc
    version = summary.get("schema_version") if isinstance(summary, dict) else None
    if version == 1:
        summary = migrate_v1(summary)
    elif version != SCHEMA_VERSION:
        raise RunFolderError(
            f"{path}: run schema version {version}; this rmbench reads 1 and {SCHEMA_VERSION}"
        )
    return Run(folder, summary)


def is_run_folder(folder: str | Path) -> bool:
    return (Path(folder) / SUMMARY_FILE).is_file()


def find_runs(paths: Sequence[str | Path]) -> list[Path]:
    """Run folders among ``paths``: each path is a run folder or a folder of run folders."""
    found: list[Path] = []
    for p in map(Path, paths):
        if is_run_folder(p):
            found.append(p)
        elif p.is_dir():
            found.extend(sorted(c for c in p.iterdir() if is_run_folder(c)))
        else:
            raise FileNotFoundError(f"{p}: no such run folder")
    return found
