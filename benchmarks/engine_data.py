"""Real items for the engine benchmarks: preference pairs from the WMT21 en-de MQM rankings.

Each newstest2021 segment has ~13 system translations with expert MQM scores. Neighbouring
candidates (in file order) with different MQM form a pair, so most translations appear in two
pairs, as responses are shared between items in real suites. The prompt asks for the German
translation of the source. Segments are taken in file order until ``min_responses`` distinct
(prompt, response) texts are reached.

Data: ../shared/data/_derived/mqm_newstest2021_ende_joined.jsonl (MQM scores from
google/wmt-mqm-human-evaluation, Apache-2.0; texts from wmt-conference/wmt21-news-systems,
WMT21 research-use terms).
"""

from __future__ import annotations

import json
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MQM_FILE = "_derived/mqm_newstest2021_ende_joined.jsonl"


def mqm_pairs(data_dir: Path = DEFAULT_DATA, min_responses: int = 2000) -> list[dict]:
    """Pair records ({id, prompt, responses, gold, meta}) with at least ``min_responses`` distinct responses."""
    path = Path(data_dir) / MQM_FILE
    if not path.is_file():
        raise SystemExit(f"{path} not found: pass --data-dir pointing at the shared data copy")
    records: list[dict] = []
    distinct: set[tuple[str, str]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        seg = json.loads(line)
        prompt = f"Translate into German:\n{seg['source']}"
        cands = seg["candidates"]
        for i in range(len(cands) - 1):
            a, b = cands[i], cands[i + 1]
            if a["mqm"] == b["mqm"] or a["text"] == b["text"]:
                continue
            better, worse = (a, b) if a["mqm"] > b["mqm"] else (b, a)
            records.append(
                {
                    "id": f"ende/{seg['seg_id']}/{i}",
                    "prompt": prompt,
                    "responses": [better["text"], worse["text"]],
                    "gold": [1, 0],
                    "meta": {
                        "source_id": f"ende/{seg['seg_id']}",
                        "systems": [better["system"], worse["system"]],
                    },
                }
            )
            distinct.update({(prompt, better["text"]), (prompt, worse["text"])})
        if len(distinct) >= min_responses:
            break
    return records


def write_items(records: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def machine() -> dict:
    import os
    import platform

    import torch

    return {
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "load_average": os.getloadavg(),
        "cuda": torch.cuda.get_device_name() if torch.cuda.is_available() else None,
    }
