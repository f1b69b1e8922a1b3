r"""The audit panel at scale: how long each part takes on one subset of a few thousand items.

Times the content-blind heuristics (all of them, with their cluster bootstrap), the response-only
probe, the n-gram probe (corpus read, overlap check and fit included on first use, then cached),
and the duplicate checks, on one subset (default: qa/tqa_judged, 2,046 public TruthfulQA pairs).
CPU time is reported beside wall time because the machine may be shared.

    python benchmarks/bench_audit.py --data-dir ../shared/data [--subset qa/tqa_judged] \
        [--out benchmarks/results/audit.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rmbench.audit.duplicates import conflicting_duplicates, find_duplicates, near_duplicate_pairs
from rmbench.audit.heuristics import HEURISTICS, ItemText, heuristic_scores
from rmbench.audit.lm_probes import ngram_probe
from rmbench.audit.panel import run_panel
from rmbench.audit.probe import artifact_probe_scores
from rmbench.tasks import TaskRegistry


def timed(fn: Callable[[], Any]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return {"wall_s": round(time.perf_counter() - wall, 3), "cpu_s": round(time.process_time() - cpu, 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subset", default="qa/tqa_judged")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    task_name, subset_id = args.subset.split("/")
    task = TaskRegistry().get(task_name)
    items = task.load(subset_id, data_dir=args.data_dir)
    texts = [ItemText(it) for it in items]
    domain = task.config.domain
    figures = {
        "subset": args.subset,
        "items": len(items),
        "responses": sum(it.k for it in items),
        "heuristic_scores": timed(lambda: [heuristic_scores(h, texts) for h in HEURISTICS]),
        "response_probe": timed(lambda: artifact_probe_scores(items)),
        "ngram_probe_first": timed(lambda: ngram_probe(items, domain, args.data_dir)),
        "ngram_probe_cached_fit": timed(lambda: ngram_probe(items, domain, args.data_dir)),
        "whole_panel_1000_resamples": timed(lambda: run_panel(items, domain=domain, data_dir=args.data_dir)),
        "duplicates": timed(
            lambda: (find_duplicates(items), conflicting_duplicates(items), near_duplicate_pairs(items))
        ),
        "machine": platform.platform(),
        "python": platform.python_version(),
    }
    print(json.dumps(figures, indent=2))
    if args.out:
        args.out.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
