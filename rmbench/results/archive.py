"""A suite archive: many run folders packed into two compressed files, for committing results.

```
ARCHIVE/
  summaries.json.gz   {run folder name: summary.json document}
  scores.parquet      one row per item (task, subset, id, source_id, cluster, gold) and one score
                      column per run (null where that run did not score the item), zstd
```

Runs of one suite score mostly the same items, so the item columns are stored once instead of once
per run, and scores are stored as float32 when that is lossless for the whole run (model outputs
usually are float32), else float64. Reading an archive gives the same :class:`Run` objects as the
folders it was packed from; packing is deterministic (sorted keys, gzip without a timestamp), so
the same runs give the same bytes.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rmbench.items.io import atomic_write_bytes
from rmbench.results.store import Run, RunFolderError, SubsetRows, strict

SUMMARIES = "summaries.json.gz"
SCORES = "scores.parquet"
_ITEM_COLUMNS = ("task", "subset", "id", "source_id", "cluster", "gold")


def is_archive(folder: str | Path) -> bool:
    return (Path(folder) / SUMMARIES).is_file() and (Path(folder) / SCORES).is_file()


def _row_key(subset_key: str, rows: SubsetRows, i: int) -> tuple:
    task, subset = subset_key.split("/", 1)
    return (task, subset, rows.ids[i], rows.source_ids[i], rows.clusters[i], tuple(map(float, rows.gold[i])))


def _item_rows(runs: Sequence[Run]) -> list[tuple]:
    """Every distinct item row, in the order the runs (by name) scored them: unpacking gives each run
    its rows in its own order, so fingerprints and figures are those of the folder it came from."""
    keys: dict[tuple, None] = {}
    for run in runs:
        for subset_key in sorted(run.subsets):
            rows = run.item_scores(subset_key)
            for i in range(len(rows)):
                keys.setdefault(_row_key(subset_key, rows, i), None)
    return list(keys)


def pack(runs: Sequence[Run], folder: str | Path) -> Path:
    """Write ``runs`` (distinct folder names) as one archive in ``folder``; return it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    names = [run.folder.name for run in runs]
    if len(set(names)) != len(names):
        raise RunFolderError(f"runs to pack must have distinct folder names, got {sorted(names)}")
    runs = sorted(runs, key=lambda r: r.folder.name)
    items = _item_rows(runs)
    position = {key: i for i, key in enumerate(items)}
    columns: dict[str, Any] = {name: [row[j] for row in items] for j, name in enumerate(_ITEM_COLUMNS[:5])}
    columns["gold"] = [list(row[5]) for row in items]
    fields = [(n, pa.string()) for n in _ITEM_COLUMNS[:5]] + [("gold", pa.list_(pa.float64()))]
    for run in runs:
        scores: list[list[float] | None] = [None] * len(items)
        for subset_key in run.subsets:
            rows = run.item_scores(subset_key)
            for i in range(len(rows)):
                scores[position[_row_key(subset_key, rows, i)]] = [float(x) for x in rows.scores[i]]
        flat = np.array([x for s in scores if s is not None for x in s], dtype=np.float64)
        lossless = bool(np.array_equal(flat.astype(np.float32).astype(np.float64), flat, equal_nan=True))
        columns[f"scores:{run.folder.name}"] = scores
        fields.append((f"scores:{run.folder.name}", pa.list_(pa.float32() if lossless else pa.float64())))
    table = pa.table(columns, schema=pa.schema(fields))
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd", compression_level=19, use_dictionary=["task", "subset"])
    summaries = {run.folder.name: strict(run.summary) for run in runs}
    blob = json.dumps(summaries, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    atomic_write_bytes(folder / SCORES, buf.getvalue())
    atomic_write_bytes(folder / SUMMARIES, gzip.compress(blob.encode("utf-8"), mtime=0))
    return folder


def load_archive(folder: str | Path) -> list[Run]:
    """The runs packed in an archive, each as if read from its own folder (``ARCHIVE/<run name>``)."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    try:
        summaries = json.loads(gzip.decompress((folder / SUMMARIES).read_bytes()).decode("utf-8"))
        table = pq.read_table(folder / SCORES).to_pydict()
    except (OSError, ValueError) as exc:
        raise RunFolderError(f"{folder}: unreadable run archive ({exc})") from exc
    runs = []
    for name, summary in summaries.items():
        column = table[f"scores:{name}"]
        rows: dict[str, SubsetRows] = {}
        for i, scores in enumerate(column):
            if scores is None:
                continue
            key = f"{table['task'][i]}/{table['subset'][i]}"
            r = rows.setdefault(key, SubsetRows([], [], [], [], []))
            r.ids.append(table["id"][i])
            r.source_ids.append(table["source_id"][i])
            r.clusters.append(table["cluster"][i])
            r.gold.append(table["gold"][i])
            r.scores.append([float(x) for x in scores])
        for key in summary.get("subsets", {}):
            rows.setdefault(key, SubsetRows([], [], [], [], []))
        runs.append(Run(folder / name, summary, _rows=rows))
    return runs


def load_runs(paths: Sequence[str | Path]) -> list[Run]:
    """Runs from any mix of: a run folder, a folder of run folders, an archive (all its runs), or
    ``ARCHIVE/<run name>`` (one run of an archive)."""
    from rmbench.results.store import find_runs, is_run_folder, load_run

    runs: list[Run] = []
    for p in map(Path, paths):
        if is_run_folder(p):
            runs.append(load_run(p))
        elif is_archive(p):
            runs += load_archive(p)
        elif is_archive(p.parent):
            found = [r for r in load_archive(p.parent) if r.folder.name == p.name]
            if not found:
                raise FileNotFoundError(f"{p}: no run {p.name!r} in the archive {p.parent}")
            runs += found
        elif p.is_dir():
            runs += [load_run(f) for f in find_runs([p])]
            for child in sorted(c for c in p.iterdir() if is_archive(c)):
                runs += load_archive(child)
        else:
            raise FileNotFoundError(f"{p}: no such run folder")
    return runs
