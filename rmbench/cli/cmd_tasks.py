"""``rmbench tasks``: what can be run, read from task.yaml files alone (no data file is opened)."""

from __future__ import annotations

import argparse

from tabulate import tabulate

from rmbench.cli.common import add_task_options, registry_from


def register(parser: argparse.ArgumentParser) -> None:
    add_task_options(parser)
    parser.add_argument("names", nargs="*", help="tasks to show (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print each task's data card")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    registry = registry_from(args)
    names = args.names or registry.names()
    for name in names:
        task = registry.get(name)
        cfg = task.config
        print(f"{cfg.name} v{cfg.version}  [{cfg.domain}]  license: {cfg.license}")
        if cfg.description:
            print(f"  {cfg.description.splitlines()[0]}")
        rows = []
        for s in cfg.subsets:
            source = s.source_kind
            if s.public is not None and s.public.opt_in:
                source += " (opt-in)"
            rows.append(
                [
                    s.id,
                    s.role,
                    s.axis or (f"{s.attack} ({s.side})" if s.attack else ""),
                    s.against or "",
                    s.kind,
                    s.suite,
                    source,
                    "?" if s.count is None else s.count,
                    s.train_count or "",
                ]
            )
        print(
            tabulate(
                rows,
                headers=[
                    "subset",
                    "role",
                    "axis / attack",
                    "against",
                    "kind",
                    "suite",
                    "source",
                    "test",
                    "train",
                ],
            )
        )
        if args.verbose:
            print()
            print(task.data_card())
        print()
    return 0
