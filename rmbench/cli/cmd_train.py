"""``rmbench train``: train a Bradley-Terry baseline reward model on tasks' train splits.

Items with k > 2 expand to their gold-ordered pairs; a held-out slice of the train split (by
``source_id``) drives early stopping; anything sharing a ``source_id`` with a test split of the
selected tasks is refused. The output is a plain Hugging Face sequence-classification checkpoint
with its tokenizer and a model card, loadable by ``--model hf:DIR`` and by transformers alone.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from rmbench.cli import CommandError
from rmbench.cli.common import add_task_options

# Used when neither a flag nor the preset gives a value.
DEFAULTS: dict[str, Any] = {
    "epochs": 1.0,
    "lr": 2e-5,
    "batch_size": 8,
    "max_length": 512,
    "margin": 0.0,
    "seed": 0,
    "freeze_layers": 0,
    "heldout_fraction": 0.1,
    "max_pairs": None,
    "max_pairs_per_item": None,
    "max_heldout_items": None,
    "max_minutes": None,
    "eval_every": None,
    "patience": 3,
    "head_lr_multiplier": 1.0,
}


def register(parser: argparse.ArgumentParser) -> None:
    add_task_options(parser)
    _add_data_options(parser)
    recipe = parser.add_argument_group("recipe")
    _add_optimisation_options(recipe)
    _add_stopping_options(recipe)
    _add_self_evolve_options(parser.add_argument_group("self-evolved rounds"))
    _add_runtime_options(parser.add_argument_group("runtime"))
    parser.set_defaults(handler=run)


def _add_data_options(parser: argparse.ArgumentParser) -> None:
    """The base model, the training data and the output folder."""
    parser.add_argument(
        "--base", default=None, help="base model: a local folder or hub id (or give --preset)"
    )
    # No choices=: listing them would import rmbench.train (and torch) for every rmbench command.
    parser.add_argument(
        "--preset",
        default=None,
        help="a named recipe: minilm (all-MiniLM-L6-v2 sized for < 20 min on 2 CPU cores, with a 15-minute "
        "training budget: see --max-minutes), or "
        "minilm-qa, minilm-translation, minilm-code, minilm-all (the same, with the training data fixed)",
    )
    parser.add_argument(
        "--tasks",
        nargs="+",
        default=None,
        help="tasks whose train splits to use (space or comma separated; a minilm-* preset gives them)",
    )
    parser.add_argument(
        "--subsets",
        nargs="+",
        default=None,
        help="globs over subset ids (default: the in-distribution subsets with a train split)",
    )
    parser.add_argument(
        "--out", type=Path, required=True, help="output folder for the checkpoint, tokenizer and model card"
    )
    parser.add_argument("--overwrite", action="store_true", help="allow a non-empty --out")


def _add_optimisation_options(g: argparse._ArgumentGroup) -> None:
    """Recipe settings of the optimisation; None means: the preset's value, else ``DEFAULTS``."""
    g.add_argument(
        "--epochs", type=float, default=None, help=f"passes over the pairs (default {DEFAULTS['epochs']})"
    )
    g.add_argument("--lr", type=float, default=None, help=f"AdamW learning rate (default {DEFAULTS['lr']})")
    g.add_argument(
        "--batch-size", type=int, default=None, help=f"pairs per step (default {DEFAULTS['batch_size']})"
    )
    g.add_argument(
        "--max-length",
        type=int,
        default=None,
        help=f"tokens per input, left-truncated (default {DEFAULTS['max_length']})",
    )
    g.add_argument(
        "--head-lr-multiplier",
        type=float,
        default=None,
        help="learning rate of the new score head relative to --lr (default 1)",
    )
    g.add_argument(
        "--margin",
        type=float,
        default=None,
        help="BT margin: loss -log sigmoid(s_c - s_r - margin) (default 0)",
    )
    g.add_argument(
        "--seed", type=int, default=None, help="seed for slices, head init and batch order (default 0)"
    )
    g.add_argument(
        "--freeze-layers",
        type=int,
        default=None,
        help="freeze embeddings and the lowest N layers (default 0)",
    )


def _add_stopping_options(g: argparse._ArgumentGroup) -> None:
    """Recipe settings of the data slices, caps, evaluation and stopping (None: preset, else ``DEFAULTS``)."""
    g.add_argument(
        "--heldout-fraction",
        type=float,
        default=None,
        help="share of train source_ids held out (default 0.1)",
    )
    g.add_argument("--max-pairs", type=int, default=None, help="cap on training pairs (seeded sample)")
    g.add_argument(
        "--max-pairs-per-item", type=int, default=None, help="cap on pairs drawn from one ranking item"
    )
    g.add_argument(
        "--max-heldout-items", type=int, default=None, help="cap on held-out items (evaluation cost)"
    )
    g.add_argument(
        "--max-minutes",
        type=float,
        default=None,
        metavar="M",
        help="time budget: training of a round stops after M minutes, says so on the console and in the "
        "model card, and keeps the best checkpoint so far (default: no limit; the minilm presets: 15; "
        "0: no limit)",
    )
    g.add_argument(
        "--eval-every",
        type=int,
        default=None,
        help="steps between held-out evaluations (default 4 per epoch)",
    )
    g.add_argument(
        "--patience",
        type=int,
        default=None,
        help="evaluations without improvement before stopping (default 3)",
    )


def _add_self_evolve_options(s: argparse._ArgumentGroup) -> None:
    s.add_argument(
        "--self-evolve", type=int, default=0, metavar="N", help="rounds of self-labelling after the first fit"
    )
    s.add_argument(
        "--unlabelled-fraction",
        type=float,
        default=0.5,
        help="share of train source_ids whose gold is set aside",
    )
    s.add_argument(
        "--keep-fraction", type=float, default=0.5, help="share of self-labelled pairs kept (most confident)"
    )


def _add_runtime_options(r: argparse._ArgumentGroup) -> None:
    r.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    r.add_argument("--device", default=None, help="cpu or cuda (default: cuda when available)")
    r.add_argument("--no-progress", action="store_true", help="no progress bar")


def resolve_options(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    """(base, settings): explicit flags, then the preset, then the defaults."""
    from rmbench.train.presets import get_preset

    preset = get_preset(args.preset) if args.preset else None
    settings = dict(DEFAULTS)
    if preset is not None:
        settings.update(preset.options)
    for key in DEFAULTS:
        value = getattr(args, key, None)
        if value is not None:
            settings[key] = value
    if not settings["max_minutes"]:  # 0 lifts a preset's budget
        settings["max_minutes"] = None
    base = args.base or (preset.base() if preset else None)
    if not base:
        raise CommandError("give --base MODEL or --preset NAME")
    return base, settings


def resolve_data(args: argparse.Namespace) -> tuple[list[str], list[str] | None]:
    """(tasks, subsets): the flags when given, else the preset's training data."""
    from rmbench.train.presets import get_preset

    preset = get_preset(args.preset) if args.preset else None
    tasks = _split_names(args.tasks) or (list(preset.tasks) if preset else [])
    if not tasks:
        raise CommandError("give --tasks (or a preset that names its training data, e.g. --preset minilm-qa)")
    subsets = _split_names(args.subsets)
    if subsets is None and preset is not None and preset.subsets and args.tasks is None:
        subsets = list(preset.subsets)
    return tasks, subsets


def _split_names(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [name for value in values for name in value.split(",") if name]


def run(args: argparse.Namespace) -> int:
    from rmbench.tasks import LeakageError
    from rmbench.train import TrainConfig, TrainingError, TrainOptions, train_reward_model
    from rmbench.train.presets import get_preset

    try:
        base, s = resolve_options(args)
        tasks, subsets = resolve_data(args)
        config = TrainConfig(
            epochs=s["epochs"],
            lr=s["lr"],
            batch_size=s["batch_size"],
            max_length=s["max_length"],
            margin=s["margin"],
            seed=s["seed"],
            freeze_layers=s["freeze_layers"],
            eval_every=s["eval_every"],
            patience=s["patience"],
            max_minutes=s["max_minutes"],
            head_lr_multiplier=s["head_lr_multiplier"],
        )
        options = TrainOptions(
            base=base,
            tasks=tasks,
            out=args.out,
            config=config,
            subsets=subsets,
            data_dir=args.data_dir,
            task_dirs=args.task_dir,
            heldout_fraction=s["heldout_fraction"],
            max_pairs=s["max_pairs"],
            max_pairs_per_item=s["max_pairs_per_item"],
            max_heldout_items=s["max_heldout_items"],
            self_evolve=args.self_evolve,
            unlabelled_fraction=args.unlabelled_fraction,
            keep_fraction=args.keep_fraction,
            threads=args.threads,
            device=args.device,
            overwrite=args.overwrite,
            progress=not args.no_progress,
            preset=args.preset,
            base_hub_id=get_preset(args.preset).hub_id if args.preset and not args.base else "",
            command=shlex.join(["rmbench", *sys.argv[1:]]),
        )
        summary = train_reward_model(options)
    except (LeakageError, TrainingError) as exc:
        raise CommandError(str(exc)) from exc
    final = summary["result"]["final_accuracy"]
    shown = "n/a (no held-out slice)" if final is None else f"{final:.1%}"
    print(f"saved {args.out} (held-out accuracy {shown}; model card {args.out / 'README.md'})")
    cut = [r for r in summary["result"]["rounds"] if r["stopped"] == "time_budget"]
    if cut:
        done = sum(r["steps"] for r in cut)
        planned = sum(r["planned_steps"] for r in cut)
        print(
            f"NOTE: training stopped early at the {summary['recipe']['max_minutes']:g}-minute time budget "
            f"({done} of {planned} planned steps, {done / max(planned, 1):.0%}); the card says so. "
            "--max-minutes 0 trains the full recipe."
        )
    return 0
