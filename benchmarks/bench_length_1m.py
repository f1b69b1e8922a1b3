r"""CPU time and peak memory of ``rmbench run --model length`` on 1,000,000 preference pairs.

A model that costs nothing exposes what the engine itself costs per request: reading and
validating items, request keys and dedup, batching, mapping scores back, metrics and the run
folder. The pairs are generated here (seeded): ``{id, prompt, chosen, rejected}`` records whose
prompt has 8-40 words and responses 4-60 words from a 5,000-word vocabulary (~560 bytes a
line, ~560 MB for a million). The command runs under ``/usr/bin/time -v`` (user + system
seconds, maximum resident set size), niced, exactly as a user would type it.

    python benchmarks/bench_length_1m.py [--pairs 1000000] [--stages] [--only-stages] \
        [--out benchmarks/results/length_1m.json]

``--stages`` then repeats the run stage by stage in a second process (CPU seconds and memory
after each), to show which part of the code the time and memory go to; ``--only-stages`` skips the
timed command (for iterating at a smaller ``--pairs``, not for results).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import workloads

REPO = Path(__file__).resolve().parents[1]


def write_pairs(path: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(5000)]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            prompt = " ".join(rng.choices(vocab, k=rng.randint(8, 40)))
            chosen = " ".join(rng.choices(vocab, k=rng.randint(4, 60)))
            rejected = " ".join(rng.choices(vocab, k=rng.randint(4, 60)))
            handle.write(
                json.dumps({"id": f"p{i}", "prompt": prompt, "chosen": chosen, "rejected": rejected}) + "\n"
            )


def time_v(command: list[str]) -> dict[str, float]:
    """Run ``command`` under /usr/bin/time -v; its CPU seconds, peak RSS and wall time."""
    proc = subprocess.run(
        ["/usr/bin/time", "-v", *command],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")

    def field(name: str) -> str:
        match = re.search(rf"{re.escape(name)}: (.+)", proc.stderr)
        if not match:
            raise SystemExit(f"/usr/bin/time -v printed no {name!r}:\n{proc.stderr}")
        return match.group(1).strip()

    user, system = float(field("User time (seconds)")), float(field("System time (seconds)"))
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    return {
        "cpu_seconds": round(user + system, 2),
        "user_seconds": user,
        "system_seconds": system,
        "wall_seconds": round(sum(float(x) * 60**i for i, x in enumerate(reversed(wall))), 2),
        "max_rss_mb": round(int(field("Maximum resident set size (kbytes)")) / 1024, 1),
        "stdout": proc.stdout.strip().splitlines()[:4],
    }


def _meter() -> tuple[list[dict[str, float]], Any]:
    """A list of stage figures and ``mark(stage)``, which appends the CPU seconds since the last
    mark (the first from the start of the process) and the resident memory now and at its peak
    (VmRSS, VmHWM: ru_maxrss would carry the parent's peak over the exec)."""
    import time

    out: list[dict[str, float]] = []
    last = [0.0]

    def mark(stage: str) -> None:
        now = time.process_time()
        status = Path("/proc/self/status").read_text()
        rss, peak = (int(status.split(f"{f}:")[1].split()[0]) / 1024 for f in ("VmRSS", "VmHWM"))
        out.append(
            {
                "stage": stage,
                "cpu_seconds": round(now - last[0], 2),
                "rss_mb": round(rss),
                "peak_mb": round(peak),
            }
        )
        print(out[-1], flush=True)
        last[0] = now

    return out, mark


def stages(items: Path) -> list[dict[str, float]]:
    """CPU seconds and memory after each stage of the same run, in one process: where the time goes.

    Calls the functions ``rmbench run`` calls, in its order (this mirrors engine/run.py's
    score_model and cli/cmd_run.py and must follow them when they change)."""
    from rmbench.engine import run as engine_run
    from rmbench.engine.loading import load_subsets
    from rmbench.models import load_adapter
    from rmbench.report.compact import compact_tables
    from rmbench.report.leaderboard import build_headline
    from rmbench.results import write_run, written_run

    out, mark = _meter()
    options = engine_run.RunOptions(items=[items], cache=False)
    adapter = load_adapter("length")
    mark("start, imports, adapter")
    subsets = load_subsets(items=[items])
    mark("read + validate items (items/, engine/loading)")
    kept, skipped = engine_run._supported(adapter, subsets)
    scored = engine_run._score_direct(adapter, kept) or engine_run._score_requests(adapter, kept, options)
    mark("score: lengths from the items, request count (engine/run, engine/requests)")
    results, adapter_stats, table, stats = scored
    manifest = engine_run._manifest(
        adapter, options, subsets, kept, skipped, table, stats, None, results, adapter_stats, "", 0.0
    )
    mark("manifest: data hash, tie rate (engine/manifest, engine/run)")
    with tempfile.TemporaryDirectory(prefix="rmbench-length-run-") as tmp:
        folder = Path(tmp) / "run"
        write_run(folder, manifest, results, n_resamples=1000)
        mark("metrics + bootstrap + run folder (metrics/, results/)")
        compact_tables(build_headline([written_run(folder, results)], keep_apart=True))
        mark("compact table printed by the CLI (report/leaderboard)")
    return out


def stages_in_child(items: Path) -> list[dict[str, float]]:
    """:func:`stages` in a fresh, niced process that imports what ``rmbench run`` imports and no more
    (this script's own imports, torch among them, would inflate its memory figures)."""
    command = ["nice", "-n", "10", sys.executable, __file__, "--stages-of", str(items)]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)}  # this checkout's rmbench
    proc = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"stages failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    print(proc.stdout, end="", flush=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "length_1m.json")
    parser.add_argument(
        "--stages", action="store_true", help="also time each stage in-process (a second run)"
    )
    parser.add_argument(
        "--only-stages", action="store_true", help="skip the timed CLI run (while iterating; not for results)"
    )
    parser.add_argument("--stages-of", type=Path, help=argparse.SUPPRESS)  # the child process of --stages
    args = parser.parse_args()
    if args.stages_of is not None:
        print(json.dumps(stages(args.stages_of)))
        return
    work = Path(tempfile.mkdtemp(prefix="rmbench-length-"))
    try:
        report = measure(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps({k: v for k, v in report.items() if not k.startswith("machine")}, indent=2))


def measure(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    items = work / "pairs.jsonl"
    write_pairs(items, args.pairs, args.seed)
    command = [
        "nice", "-n", "10", sys.executable, "-m", "rmbench", "run", "--model", "length",
        "--items", str(items), "--output", str(work / "runs"), "--no-progress",
    ]  # fmt: skip
    before = workloads.machine()
    figures = {} if args.only_stages else time_v(command)
    if args.stages:
        figures["stages"] = stages_in_child(items)
    report: dict[str, Any] = {
        "benchmark": "length_1m",
        "pairs": args.pairs,
        "seed": args.seed,
        "file_mb": round(items.stat().st_size / 2**20, 1),
        **figures,
        "targets": {"cpu_seconds": 60, "max_rss_mb": 1024},
        "machine_before": before,
        "machine_after": workloads.machine(),
        "command": " ".join([*command[:-5], "--items", "PAIRS.jsonl", "--output", "RUNS", "--no-progress"]),
        "reproduce": f"python benchmarks/bench_length_1m.py --pairs {args.pairs} --seed {args.seed}"
        + (" --stages" if args.stages else ""),
    }
    return report


if __name__ == "__main__":
    main()
