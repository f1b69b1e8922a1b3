"""The three workloads the engine is measured on, as item files both sides of a comparison read.

- ``suite``: the whole built-in suite (every built-in subset of every task: QA passages,
  customer-service policies, stories, code, translation; derived twins included, so the same
  prompt and response recur across subsets as they do in a real run). ``sample`` keeps that many
  items per subset, drawn by source with rmbench's own sampler so twins stay paired.
- ``mqm``: WMT21 en-de MQM rankings (one item per newstest2021 segment, the ~12 system
  translations with their MQM scores, identical translations merged with their mean score): even
  lengths, few duplicates. Read from ../shared/data/_derived/mqm_newstest2021_ende_joined.jsonl.
- ``prompt_heavy``: the k = 4 ranking subsets of QA (grounded passages) and customer service
  (policy documents + dialogue): long prompts, short responses.

Each workload is written as one JSONL file per subset, so the engine side is the public
``rmbench.evaluate(model, items=files)`` and the naive side reads exactly the same items.
"""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MQM_FILE = "_derived/mqm_newstest2021_ende_joined.jsonl"
PROMPT_HEAVY = ("qa/grounded_ranking", "customer_service/retail_rank")


def _write(folder: Path, name: str, items: list[Any]) -> Path:
    path = folder / f"{name.replace('/', '__')}.jsonl"
    rows = [it.to_dict() if hasattr(it, "to_dict") else it for it in items]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _subsets(folder: Path, subsets: list[str] | None, sample: int | None, seed: int) -> list[Path]:
    from rmbench.engine.run import load_subsets

    loaded = load_subsets(subsets=subsets, suite="builtin", sample=sample, sample_seed=seed)
    return [_write(folder, s.key, s.items) for s in loaded if s.items]


def suite(
    folder: Path, sample: int | None = None, seed: int = 0, subsets: list[str] | None = None
) -> list[Path]:
    """Every built-in subset (``sample`` items of each, or all); ``subsets`` narrows it (smoke runs)."""
    return _subsets(folder, subsets, sample, seed)


def prompt_heavy(folder: Path, sample: int | None = None, seed: int = 0) -> list[Path]:
    """The k = 4 QA and customer-service rankings."""
    return _subsets(folder, list(PROMPT_HEAVY), sample, seed)


def _merge_identical(cands: list[dict[str, Any]]) -> list[tuple[str, float, list[str]]]:
    """(text, mean MQM, systems) per distinct translation, first-seen order: systems that wrote
    the same text get one response, as rmbench's own MQM loader does (an item may not hold one
    text under two golds)."""
    merged: dict[str, list[Any]] = {}
    for c in cands:
        merged.setdefault(c["text"], []).append(c)
    return [
        (text, sum(c["mqm"] for c in group) / len(group), [c["system"] for c in group])
        for text, group in merged.items()
    ]


def mqm(folder: Path, segments: int | None = None, data_dir: Path = DEFAULT_DATA) -> list[Path]:
    """One ranking item per WMT21 en-de segment (the first ``segments`` whose distinct
    translations' MQM scores differ), gold = MQM (mean over systems with the same text)."""
    path = Path(data_dir) / MQM_FILE
    if not path.is_file():
        raise SystemExit(f"{path} not found: pass --data-dir pointing at the shared data copy")
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            seg = json.loads(line)
            cands = _merge_identical(seg["candidates"])
            if len({round(score, 9) for _, score, _ in cands}) < 2:  # the item would order nothing
                continue
            records.append(
                {
                    "id": f"ende/{seg['seg_id']}",
                    "prompt": f"Translate into German:\n{seg['source']}",
                    "responses": [text for text, _, _ in cands],
                    "gold": [round(score, 6) for _, score, _ in cands],
                    "meta": {"source_id": f"ende/{seg['seg_id']}", "systems": [s for _, _, s in cands]},
                }
            )
            if segments is not None and len(records) >= segments:
                break
    return [_write(folder, "mqm_ende", records)]


def build(
    name: str,
    folder: Path,
    *,
    sample: int | None,
    seed: int,
    data_dir: Path = DEFAULT_DATA,
    subsets: list[str] | None = None,
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    if name == "suite":
        return suite(folder, sample, seed, subsets)
    if name == "prompt_heavy":
        return prompt_heavy(folder, sample, seed)
    if name == "mqm":
        return mqm(folder, sample, data_dir)
    raise SystemExit(f"unknown workload {name!r}: suite, mqm or prompt_heavy")


def describe(files: list[Path]) -> dict[str, Any]:
    """Items, responses and distinct (prompt, response) texts of a workload."""
    from rmbench.items import read_items
    from rmbench.models.base import Request

    items = [it for f in files for it in read_items(f, pointwise=True)]
    keys = {Request(it.prompt, r).key() for it in items for r in it.responses}
    responses = sum(it.k for it in items)
    return {
        "subsets": len(files),
        "items": len(items),
        "responses": responses,
        "distinct_requests": len(keys),
        "duplicate_share": round(1 - len(keys) / responses, 4) if responses else 0.0,
    }


def machine() -> dict[str, Any]:
    """Where a figure was measured, and how busy the machine was (load average) when it was."""
    import torch

    return {
        "platform": platform.platform(),
        "processor": _cpu_name(),
        "cpus": os.cpu_count(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cuda": torch.cuda.get_device_name() if torch.cuda.is_available() else None,
    }


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()
