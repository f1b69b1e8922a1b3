"""``rmbench audit TASK|FILE``: can shallow cues solve the data? (quality gate of built-in tasks)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tabulate import tabulate

from rmbench.audit import audit_items, gate_failures
from rmbench.cli.common import add_task_options, registry_from
from rmbench.items import read_items


def register(parser: argparse.ArgumentParser) -> None:
    add_task_options(parser)
    parser.add_argument("targets", nargs="+", help="task names or item files")
    parser.add_argument("--subsets", default=None, help="glob over subset ids (tasks only)")
    parser.add_argument("--suite", choices=["builtin", "public", "all"], default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--gate", action="store_true", help="exit 1 if an in-distribution subset fails the quality gate"
    )
    parser.add_argument(
        "--json", dest="json_out", type=Path, default=None, help="also write the report as JSON"
    )
    parser.set_defaults(handler=run)


def _pct(est) -> str:
    return "n/a" if est.n == 0 else f"{est.value:.1%} [{est.ci_low:.1%}, {est.ci_high:.1%}]"


def run(args: argparse.Namespace) -> int:
    reports = []
    gated = []
    registry = None
    for target in args.targets:
        if Path(target).exists():
            reports.append(audit_items(target, read_items(target), seed=args.seed))
            continue
        registry = registry or registry_from(args)
        for sel in registry.select([target], args.subsets, args.suite):
            report = audit_items(
                sel.key, sel.task.load(sel.subset.id, data_dir=args.data_dir), seed=args.seed
            )
            reports.append(report)
            if sel.subset.role == "in_distribution" and sel.subset.suite == "builtin":
                gated.append(report)
    rows = [
        [
            r.name,
            r.n_items,
            _pct(r.length_baseline),
            _pct(r.artifact_probe),
            len(r.exact_duplicates),
            len(r.near_duplicates),
            len(r.missing_provenance),
        ]
        for r in reports
    ]
    print(
        tabulate(
            rows,
            headers=[
                "subset",
                "items",
                "length baseline",
                "artifact probe",
                "exact dup",
                "near dup",
                "no provenance",
            ],
        )
    )
    for r in reports:
        for group in r.exact_duplicates[:5]:
            print(f"  {r.name}: exact duplicates {', '.join(group)}")
        for a, b, j in r.near_duplicates[:5]:
            print(f"  {r.name}: near duplicates {a} ~ {b} (Jaccard {j})")
        if r.missing_provenance:
            print(
                f"  {r.name}: no label provenance on {', '.join(r.missing_provenance[:5])}{' ...' if len(r.missing_provenance) > 5 else ''}"
            )
    failures = [f for r in gated for f in gate_failures(r)]
    for f in failures:
        print(f"GATE FAILED: {f}")
    if args.json_out:
        from rmbench.items import atomic_write_text

        atomic_write_text(args.json_out, json.dumps([r.to_dict() for r in reports], indent=2) + "\n")
    return 1 if args.gate and failures else 0
