"""One training run end to end: select and check data, slice it, train (with self-evolved rounds), write.

The output folder is a standard Hugging Face sequence-classification checkpoint with its tokenizer,
a model card (README.md) and ``rmbench_train.json`` (the machine-readable record of data, recipe,
seed and per-round held-out accuracy).
"""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from rmbench import __version__
from rmbench.items import Item, atomic_write_text
from rmbench.metrics import mean_ci
from rmbench.tasks import TaskRegistry
from rmbench.train.card import model_card
from rmbench.train.data import Pair, TrainingError, cap_pairs, gold_pairs, slice_by_source
from rmbench.train.model import count_parameters, freeze_layers, load_reward_model
from rmbench.train.render import describe_rendering, usage_snippet
from rmbench.train.selfevolve import self_evolve
from rmbench.train.sources import TrainingSource, load_training_source
from rmbench.train.trainer import RewardTrainer, TrainConfig

SUMMARY_FILE = "rmbench_train.json"


@dataclass
class TrainOptions:
    base: str
    tasks: Sequence[str]
    out: Path
    config: TrainConfig = field(default_factory=TrainConfig)
    subsets: Sequence[str] | None = None
    data_dir: Path | None = None
    task_dirs: Sequence[str] = ()
    heldout_fraction: float = 0.1
    max_pairs: int | None = None
    max_pairs_per_item: int | None = None
    max_heldout_items: int | None = None
    self_evolve: int = 0
    unlabelled_fraction: float = 0.5
    keep_fraction: float = 0.5
    threads: int | None = None
    device: str | None = None  # default: cuda when available, else cpu
    overwrite: bool = False
    progress: bool = True
    preset: str | None = None
    base_hub_id: str = ""  # upstream name of a local base (shown in the model card)
    command: str = ""


def _check_out(out: Path, overwrite: bool) -> None:
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise TrainingError(f"--out {out} exists and is not empty; pass --overwrite to replace it")


@dataclass
class _Data:
    """The selected train items, cut into the slices one run uses."""

    source: TrainingSource
    pool: list[Item]  # labelled items the training pairs come from
    heldout: list[Item]
    unlabelled: list[Item]
    pairs: list[Pair]


@dataclass
class _Model:
    model: Any
    tokenizer: Any
    device: str
    frozen: int
    trainable: int
    total: int


def train_reward_model(opts: TrainOptions, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train, save the checkpoint + card into ``opts.out``, and return the summary that was written."""
    cfg = opts.config
    _check_out(opts.out, opts.overwrite)
    if opts.threads:
        torch.set_num_threads(opts.threads)
    data = _prepare_data(opts, log)
    loaded = _prepare_model(opts, log)
    trainer = RewardTrainer(loaded.model, loaded.tokenizer, cfg)
    start = time.monotonic()
    rounds, fits = self_evolve(
        trainer,
        data.pairs,
        data.unlabelled,
        data.heldout,
        opts.self_evolve,
        opts.keep_fraction,
        opts.out,
        opts.progress,
        log,
    )
    seconds = round(time.monotonic() - start, 1)
    # Held-out slices are small: the final figure carries its bootstrap interval over items.
    heldout = data.heldout
    final_ci = mean_ci(trainer.accuracy_per_item(heldout), seed=cfg.seed).to_dict() if heldout else None
    result = {
        "initial_accuracy": fits[0].initial_accuracy if fits else None,
        "final_accuracy": rounds[-1].heldout_accuracy if rounds else None,
        "final_accuracy_ci": final_ci,
        "seconds": seconds,
        "rounds": [r.to_dict() for r in rounds],
        "fits": [f.to_dict() for f in fits],
    }
    summary = _summary(opts, data, loaded, result)
    opts.out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(opts.out / SUMMARY_FILE, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    atomic_write_text(opts.out / "README.md", model_card(summary))
    return summary


def _prepare_data(opts: TrainOptions, log: Callable[[str], None]) -> _Data:
    """Load and leakage-check the train splits, slice off held-out (and unlabelled) items, make pairs."""
    seed = opts.config.seed
    registry = TaskRegistry(opts.task_dirs)
    source = load_training_source(registry, opts.tasks, opts.subsets, opts.data_dir)
    pool, heldout = slice_by_source(source.items, opts.heldout_fraction, seed, "heldout")
    if opts.max_heldout_items is not None:
        heldout = heldout[: opts.max_heldout_items]
    unlabelled: list[Item] = []
    if opts.self_evolve > 0:
        pool, unlabelled = slice_by_source(pool, opts.unlabelled_fraction, seed, "unlabelled")
        if not unlabelled:
            raise TrainingError(
                "--self-evolve: the unlabelled pool is empty; raise --unlabelled-fraction or add data"
            )
    pairs = cap_pairs(gold_pairs(pool, opts.max_pairs_per_item, seed), opts.max_pairs, seed)
    if not pairs:
        raise TrainingError("no gold-ordered training pairs left after the held-out and unlabelled slices")
    log(
        f"data: {len(source.items)} train items from {len(source.subsets)} subset(s); "
        f"{len(pairs)} pairs from {len(pool)} items, held-out {len(heldout)} items, unlabelled "
        f"{len(unlabelled)}; "
        f"leakage check passed against {len(source.checked)} test split(s)"
    )
    return _Data(source, pool, heldout, unlabelled, pairs)


def _prepare_model(opts: TrainOptions, log: Callable[[str], None]) -> _Model:
    """The base model with a fresh score head, on its device, with the lowest layers frozen."""
    cfg = opts.config
    model, tokenizer = load_reward_model(opts.base, cfg.seed)
    device = opts.device or ("cuda" if torch.cuda.is_available() else "cpu")
    model.to(device)
    frozen = freeze_layers(model, cfg.freeze_layers)
    trainable, total = count_parameters(model)
    log(f"model: {opts.base} ({trainable:,} of {total:,} parameters trainable, {frozen} layers frozen)")
    return _Model(model, tokenizer, device, frozen, trainable, total)


def _summary(opts: TrainOptions, data: _Data, loaded: _Model, result: dict[str, Any]) -> dict[str, Any]:
    """The record written to ``rmbench_train.json`` (and rendered as the model card)."""
    cfg, source = opts.config, data.source
    return {
        "base": opts.base,
        "base_hub_id": opts.base_hub_id,
        "preset": opts.preset,
        "command": opts.command,
        "data": {
            "tasks": list(opts.tasks),
            "subset_patterns": list(opts.subsets or []),
            "subsets": source.subsets,
            "skipped": source.skipped,
            "leakage_checked": source.checked,
            "heldout_fraction": opts.heldout_fraction,
            "heldout_items": len(data.heldout),
            "labelled_items": len(data.pool),
            "unlabelled_items": len(data.unlabelled),
            "train_pairs": len(data.pairs),
            "max_pairs": opts.max_pairs,
            "max_pairs_per_item": opts.max_pairs_per_item,
        },
        "recipe": {
            **cfg.to_dict(),
            "self_evolve_rounds": opts.self_evolve,
            "unlabelled_fraction": opts.unlabelled_fraction,
            "keep_fraction": opts.keep_fraction,
            "loss": "bradley-terry",
        },
        "render": {
            "rule": describe_rendering(loaded.tokenizer),
            "usage": usage_snippet(loaded.tokenizer, cfg.max_length),
        },
        "parameters": {"trainable": loaded.trainable, "total": loaded.total, "frozen_layers": loaded.frozen},
        "result": result,
        "environment": _environment(loaded.device),
    }


def _environment(device: str) -> dict[str, str]:
    return {
        "rmbench": __version__,
        "torch": torch.__version__,
        "transformers": __import__("transformers").__version__,
        "python": platform.python_version(),
        "device": torch.cuda.get_device_name(0)
        if device.startswith("cuda")
        else f"{platform.machine()} CPU, {torch.get_num_threads()} threads",
    }
