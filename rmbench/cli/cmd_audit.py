"""``rmbench audit TASK|FILE``: can shallow cues solve the data? (quality gate of built-in tasks)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rmbench.audit import audit_items, gate_failures
from rmbench.audit.render import console_table, detail_lines, markdown_table
from rmbench.cli.common import add_task_options, registry_from
from rmbench.items import atomic_write_text, read_items
from rmbench.tasks.task import default_data_dir

DOMAINS = ("code", "customer_service", "qa", "story", "translation")


def register(parser: argparse.ArgumentParser) -> None:
    add_task_options(parser)
    parser.add_argument("targets", nargs="+", help="task names or item files")
    parser.add_argument("--subsets", default=None, help="glob over subset ids (tasks only)")
    parser.add_argument("--suite", choices=["builtin", "public", "all"], default=None)
    parser.add_argument(
        "--domain",
        choices=DOMAINS,
        default=None,
        help="domain of item files (picks the n-gram probe's reference corpus; tasks know their own)",
    )
    parser.add_argument(
        "--lm-probe",
        nargs="?",
        const="smollm2",
        default=None,
        metavar="SPEC",
        help="also score responses prompt-free with a causal LM (default SmolLM2-135M; slow on CPU)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples per interval")
    parser.add_argument(
        "--gate", action="store_true", help="exit 1 if an in-distribution subset fails the quality gate"
    )
    parser.add_argument(
        "--fail-on-flag",
        action="store_true",
        help="exit 1 if any panel heuristic of an audited subset exceeds the flag threshold",
    )
    parser.add_argument(
        "--json", dest="json_out", type=Path, default=None, help="also write the report as JSON"
    )
    parser.add_argument(
        "--markdown", action="store_true", help="print the panel as a markdown table (for data cards)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    data_dir = args.data_dir or default_data_dir()
    options = {
        "data_dir": data_dir,
        "lm_probe": args.lm_probe,
        "seed": args.seed,
        "n_resamples": args.resamples,
    }
    reports = []
    gated = []
    registry = None
    for target in args.targets:
        if Path(target).exists():
            items = read_items(target, pointwise=True)
            reports.append(audit_items(target, items, domain=args.domain, **options))
            continue
        registry = registry or registry_from(args)
        for sel in registry.select([target], args.subsets, args.suite):
            items = sel.task.load(sel.subset.id, data_dir=data_dir)
            report = audit_items(sel.key, items, domain=sel.task.config.domain, **options)
            reports.append(report)
            if sel.subset.role == "in_distribution" and sel.subset.suite == "builtin":
                gated.append(report)
    print(markdown_table(reports) if args.markdown else console_table(reports))
    for report in reports:
        for line in detail_lines(report):
            print(line)
    failures = [f for r in gated for f in gate_failures(r)]
    for f in failures:
        print(f"GATE FAILED: {f}")
    if args.json_out:
        atomic_write_text(args.json_out, json.dumps([r.to_dict() for r in reports], indent=2) + "\n")
    if args.gate and failures:
        return 1
    return 1 if args.fail_on_flag and any(r.flagged for r in reports) else 0
