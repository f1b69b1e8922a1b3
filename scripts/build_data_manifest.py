"""Write each built-in task's data_files.yaml: every file its public loaders read, pinned upstream.

    python scripts/build_data_manifest.py --data-dir ../shared/data --repos DIR [--tasks qa ...]

How each entry is found and checked (so the manifest is evidence, not a guess):

- The files: every public subset is loaded (test and train splits) with an audit hook recording
  each file opened under ``--data-dir``; loader caches are cleared between subsets so ``used_by``
  is complete. Derive steps are traced the same way to find their inputs.
- sha256 and size: computed from the ``--data-dir`` copy.
- url: ``raw.githubusercontent.com/<repo>/<full commit>/<path>`` from the table below. With
  ``--repos DIR`` (git clones or bare snapshots named ``owner+name``, e.g. from a mirror) every url
  is checked: the git blob at that commit must equal the local file, byte for byte.
- A local file that differs from its upstream is pinned as a derived file: the upstream file goes
  to ``_upstream/<path>`` (its sha256 computed from the git blob) and the task's derive step must
  rebuild the local copy exactly; the script runs the step and refuses a mismatch.
- A file with no reproducible recipe is ``manual`` with the reason (MANUAL below).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from rmbench.tasks import Task, TaskRegistry
from rmbench.tasks.datafiles import MANIFEST_FILE
from rmbench.tasks.task import resolve_loader

# Top folder of the data dir -> (GitHub repository, full commit of the task.yaml's pin).
SOURCES = {
    "truthfulqa_multi": ("hitz-zentroa/truthfulqa-multi", "11fe747386ff73f332c16fb7e05a924283212c0d"),
    "evouna_qa_eval": ("wangcunxiang/QA-Eval", "90007d39d4ef0720984f80d56a586c66d6241e70"),
    "hh_rlhf": ("anthropics/hh-rlhf", "354e5c3cb8960630860dd5774a6ac2a58313bf4d"),
    "tau_bench": ("sierra-research/tau-bench", "59a200c6d575d595120f1cb70fea53cef0632f6b"),
    "stc3_helpdesk_quality": ("SB233/stc3-dataset", "90da527709dab26a4912a70746c09da06518d46b"),
    "creativity_eval": ("salesforce/creativity_eval", "fced0ab2d3068244152d1302a8bd8e9f538440f5"),
    "writing_preference_bench_zh": (
        "WritingPreferenceBench/Writing-Preference-Bench",
        "c6ac5821582e77fb34d27f6b54aac937904ee112",
    ),
    "wmt_mqm_google": ("google/wmt-mqm-human-evaluation", "7fadea281aff8db61cc72fc3d469a4dca78b82a6"),
    "wmt21_news_da": ("wmt-conference/wmt21-news-systems", "f41750dadbf2ba6ab01ca5380347d253298a3427"),
    "wmt22_general_da": ("wmt-conference/wmt22-news-systems", "20240a2e96a50e823ea8cdf37fd8af52547146e3"),
    "humanevalpack": ("bigcode-project/octopack", "e17a8f6470264286bc6a52eb8263582083bf3bf6"),
    "openai_human_eval": ("openai/human-eval", "6d43fb980f9fee3c892a914eda09951f772ad10d"),
    "mbpp": ("patdfb/TPC-EES", "30c8c572bfcd0fc5fa537210710d7fde134e4868"),
    "rm_bench_code": ("THU-KEG/RM-Bench", "73c52d7b27b361621361ec959ac6c0eb9bb7a689"),
}
NOTES = {
    "mbpp": "a third-party copy of google-research/google-research mbpp/ (see the data card); "
    "206 characters longer than the file at google-research@2251e8c6",
}
# Local files made by a derive step of the task folder from other files of the data dir.
DERIVED = {
    "_derived/mqm_newstest2021_ende_joined.jsonl": ("derive.py:mqm_newstest2021_joined", {"lp": "en-de"}),
    "_derived/mqm_newstest2021_zhen_joined.jsonl": ("derive.py:mqm_newstest2021_joined", {"lp": "zh-en"}),
}
# Local copies that differ from upstream by a dropped JSON field: (path prefix, field).
STRIPPED = {"creativity_eval/Writing_Alignment/": "Human-Written"}
MANUAL = {
    "writing_preference_bench_zh/wpb_zh_multicandidate.jsonl": (
        "not an upstream file: a join of WritingPreferenceBench/Writing-Preference-Bench@c6ac582's "
        "per-model outputs ('model results/*/writer#v1.json') with its expert scores "
        "('model results/score/*.json') whose exact recipe was not recorded, and which could not be "
        "re-made offline (one of the output files is over the 4 MiB limit of the copy rmbench was "
        "built from). Get it from a data folder that has it (rmbench data fetch story --mirror "
        "DIR_OR_URL) or pass --data-dir"
    ),
}


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Tracer:
    """Files opened under ``root`` while active (one audit hook for the process, switched on and off)."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.seen: list[str] | None = None
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.seen is None or event != "open" or not isinstance(args[0], (str, Path)):
            return
        path = Path(args[0]).resolve()
        if path.is_relative_to(self.root) and path.is_file():
            rel = path.relative_to(self.root).as_posix()
            if rel not in self.seen:
                self.seen.append(rel)

    @contextmanager
    def record(self) -> Iterator[list[str]]:
        self.seen = []
        try:
            yield self.seen
        finally:
            self.seen = None


def clear_loader_caches(task: Task) -> None:
    prefix = f"rmbench_task_{task.name}."
    for name, module in list(sys.modules.items()):
        if name.startswith(prefix):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def trace_subsets(task: Task, data_dir: Path, tracer: Tracer) -> dict[str, list[str]]:
    """file -> subset ids whose loaders read it."""
    used: dict[str, list[str]] = {}
    for subset in task.subsets:
        if subset.public is None:
            continue
        clear_loader_caches(task)
        fresh = Task(task.config)
        with tracer.record() as seen:
            for split in ("test", "train"):
                fresh.load(subset.id, split, data_dir)
        for rel in seen:
            used.setdefault(rel, []).append(subset.id)
        print(f"  {task.name}/{subset.id}: {len(seen)} files", file=sys.stderr)
    return used


class Upstream:
    """Blobs of the pinned commits, read from local clones (``DIR/owner+name``)."""

    def __init__(self, repos: Path | None):
        self.repos = repos

    def where(self, rel: str) -> tuple[str, str, str]:
        top, _, inner = rel.partition("/")
        if top not in SOURCES:
            raise SystemExit(f"{rel}: no upstream known for folder {top!r}: add it to SOURCES")
        repo, commit = SOURCES[top]
        return repo, commit, inner

    def url(self, rel: str) -> str:
        repo, commit, inner = self.where(rel)
        return f"https://raw.githubusercontent.com/{repo}/{commit}/{urllib.parse.quote(inner)}"

    def blob(self, rel: str) -> bytes | None:
        if self.repos is None:
            return None
        repo, commit, inner = self.where(rel)
        git = self.repos / repo.replace("/", "+")
        for candidate in (git / "repo" / ".git", git / "repo", git / ".git", git):
            if candidate.exists():
                git = candidate
                break
        out = subprocess.run(["git", "--git-dir", str(git), "show", f"{commit}:{inner}"], capture_output=True)
        if out.returncode:
            raise SystemExit(f"{rel}: not at {repo}@{commit[:7]}:{inner} ({out.stderr.decode().strip()})")
        return out.stdout


def download_entry(rel: str, data: bytes, upstream: Upstream, used_by: list[str]) -> dict[str, Any]:
    top = rel.partition("/")[0]
    entry: dict[str, Any] = {"path": rel, "sha256": sha256_bytes(data), "size": len(data)}
    entry["url"] = upstream.url(rel.removeprefix("_upstream/"))
    if used_by:
        entry["used_by"] = used_by
    if top in NOTES:
        entry["note"] = NOTES[top]
    return entry


def derived_entry(
    task: Task, rel: str, local: bytes, step: str, args: dict[str, Any], run_dir: Path, tracer: Tracer
) -> tuple[dict[str, Any], list[str]]:
    """Run the step over ``run_dir``, check it rebuilds ``local`` exactly; (entry, the inputs it read)."""
    fn: Callable[..., None] = resolve_loader(task.config, step)
    with tempfile.TemporaryDirectory() as tmp, tracer.record() as seen:
        out = Path(tmp) / "out"
        fn(run_dir, out, **args)
        made = out.read_bytes()
    if made != local:
        raise SystemExit(
            f"{rel}: {step}({args}) does not rebuild the local copy (sha256 {sha256_bytes(made)})"
        )
    entry = {"path": rel, "sha256": sha256_bytes(local), "size": len(local), "derive": step}
    entry.update({"args": args, "inputs": list(seen)})
    return entry, list(seen)


def build_task(task: Task, data_dir: Path, upstream: Upstream, tracer: Tracer) -> list[dict[str, Any]]:
    used = trace_subsets(task, data_dir, tracer)
    entries: list[dict[str, Any]] = []
    inputs: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as overlay_tmp:
        overlay = Path(overlay_tmp)
        for rel, used_by in used.items():
            local = (data_dir / rel).read_bytes()
            if rel in MANUAL:
                entry = {
                    "path": rel,
                    "sha256": sha256_bytes(local),
                    "size": len(local),
                    "manual": MANUAL[rel],
                }
                entries.append({**entry, "used_by": used_by})
            elif rel in DERIVED:
                entry, needs = derived_entry(task, rel, local, *DERIVED[rel], data_dir, tracer)
                entries.append({**entry, "used_by": used_by})
                inputs.update({p: (data_dir / p).read_bytes() for p in needs})
            else:
                blob = upstream.blob(rel)
                field = next((f for p, f in STRIPPED.items() if rel.startswith(p)), None)
                if blob is None or blob == local:
                    entries.append(download_entry(rel, local, upstream, used_by))
                elif field is None:
                    raise SystemExit(
                        f"{rel}: the local copy differs from its upstream and no recipe explains it"
                    )
                else:
                    source = f"_upstream/{rel}"
                    (overlay / source).parent.mkdir(parents=True, exist_ok=True)
                    (overlay / source).write_bytes(blob)
                    args = {"source": source, "field": field}
                    entry, _ = derived_entry(
                        task, rel, local, "derive.py:drop_json_field", args, overlay, tracer
                    )
                    entries.append({**entry, "inputs": [source], "used_by": used_by})
                    inputs[source] = blob
    listed = {e["path"] for e in entries}
    for rel, data in inputs.items():
        if rel not in listed:
            if not rel.startswith("_upstream/"):
                blob = upstream.blob(rel)
                if blob is not None and blob != data:
                    raise SystemExit(f"{rel}: the local copy differs from its upstream")
            entries.append(download_entry(rel, data, upstream, []))
    return entries


HEADER = """\
# Public data files the {task} task's loaders read, each pinned to its upstream, with the sha256
# and size of the copy rmbench was built and tested with. `rmbench data fetch {task}` downloads
# (or derives) them into the data folder; `used_by` lists the subsets that read a file.
# Written by scripts/build_data_manifest.py (which traced the loaders and checked every url
# against the upstream git blob): edit that script, not this file.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--repos", type=Path, default=None, help="folder of git clones named owner+name")
    parser.add_argument("--tasks", nargs="*", default=None)
    args = parser.parse_args()
    if args.repos is None:
        print("warning: no --repos: urls are not checked against the upstream blobs", file=sys.stderr)
    registry = TaskRegistry(entry_points=False)
    tracer = Tracer(args.data_dir)
    upstream = Upstream(args.repos)
    for name in args.tasks or registry.names():
        task = registry.get(name)
        if not any(s.public is not None for s in task.subsets):
            continue
        print(f"{name}:", file=sys.stderr)
        entries = build_task(task, args.data_dir, upstream, tracer)
        text = HEADER.format(task=name) + yaml.safe_dump(
            {"files": entries}, sort_keys=False, allow_unicode=True, width=100
        )
        (task.folder / MANIFEST_FILE).write_text(text, encoding="utf-8")
        print(f"  wrote {task.folder / MANIFEST_FILE}: {len(entries)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
