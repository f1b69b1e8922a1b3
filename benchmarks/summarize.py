"""Print the Markdown table of benchmarks/results/*.json (workload comparisons) for the README.

python benchmarks/summarize.py
"""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
MODELS = {
    "all-MiniLM": "MiniLM-L6 cls",
    "SmolLM2-135M-Instruct (GGUF Q4_1, de-quantised) +": "SmolLM2-135M cls",
    "small Llama": "small Llama cls",
}


def _model(description: str) -> str:
    for prefix, short in MODELS.items():
        if description.startswith(prefix):
            return short
    return "SmolLM2-135M logprob" if "logprob" in description else description


def _row(name: str, r: dict) -> str:
    shape = r["workload_shape"]
    best = r["seconds_best"]
    others = [side for side in best if side != "engine"]  # in the order they ran
    ratios = ", ".join(f"{side} {r[f'{side}_over_engine']:.2f}x" for side in others)
    compared = [side for side in others if f"max_abs_score_diff_{side}" in r]
    diffs = ", ".join(f"{side} {r[f'max_abs_score_diff_{side}']:.1e}" for side in compared)
    load = r["machine_before"]["load_average"][0], r["machine_after"]["load_average"][0]
    return (
        f"| {r['workload']} | {_model(r['model'])} | {shape['items']} items, {shape['responses']} responses, "
        f"{shape['duplicate_share']:.0%} dup. | {best['engine']:.0f} | {ratios} | {diffs} | "
        f"{load[0]:.0f} / {load[1]:.0f} | `{name}` |"
    )


def main() -> None:
    print(
        "| workload | model | size | engine s (best) | other side's time / engine's | max abs score diff "
        "| load before / after | file |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for path in sorted(RESULTS.glob("*.json")):
        report = json.loads(path.read_text())
        if report.get("benchmark") == "workload":
            print(_row(path.name, report))


if __name__ == "__main__":
    main()
