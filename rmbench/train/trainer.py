"""Bradley-Terry training of a one-score reward model, with held-out early stopping.

Loss per pair: ``-log sigmoid(s_chosen - s_rejected - margin)``; a positive margin asks the model
to separate the pair by at least that much before the loss fades. Chosen and rejected go through
the model in one forward pass (2B sequences). Inputs are rendered once each by the scoring
engine's own renderer, so the model is trained on exactly what ``--model hf:DIR`` will show it.
Batches come from length-sorted buckets of a seeded shuffle: little padding on CPU, and an order
that depends on the seed alone.
"""

from __future__ import annotations

import itertools
import math
import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from rmbench.items import Item
from rmbench.items.schema import Prompt
from rmbench.metrics import bt_loss_per_item, pairwise_accuracy_per_item
from rmbench.train.data import Pair
from rmbench.train.model import save_reward_model
from rmbench.train.render import Rendered, render

BUCKET_BATCHES = 50  # a seeded shuffle is sorted by length within windows of this many batches


@dataclass
class TrainConfig:
    epochs: float = 1.0
    lr: float = 2e-5
    batch_size: int = 8
    max_length: int = 512
    margin: float = 0.0
    seed: int = 0
    freeze_layers: int = 0
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    eval_every: int | None = None  # steps between held-out evaluations; None: four per epoch
    patience: int = 3  # evaluations without a new best (lowest held-out loss) before stopping
    max_minutes: float | None = None  # wall-clock budget for one fit (None: no limit)
    eval_batch_size: int = 32
    head_lr_multiplier: float = 1.0  # the new score head's learning rate = lr x this

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FitResult:
    steps: int
    seconds: float
    stopped: str  # completed | early_stopping | time_budget
    initial_accuracy: float | None
    best_accuracy: float | None  # held-out accuracy of the kept weights
    best_step: int
    best_loss: float | None = None  # held-out BT loss of the kept weights (what picked them)
    history: list[dict[str, float]] = field(default_factory=list)
    planned_steps: int = 0  # what the recipe asked for (epochs x batches); ``steps`` is what ran

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _nanmean(values: np.ndarray) -> float:
    """Mean over items that have a value (an item without gold-ordered pairs has none); NaN if none do."""
    return float(np.nanmean(values)) if np.isfinite(values).any() else float("nan")


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


class RewardTrainer:
    """Owns one model + tokenizer: scores items, and fits on pairs with early stopping."""

    def __init__(self, model: nn.Module, tokenizer: Any, config: TrainConfig):
        self.model = model
        self.tokenizer = tokenizer
        self.config = config
        self._ids: dict[tuple[str, str], Rendered] = {}
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0

    # --- inputs -------------------------------------------------------------------------------
    @staticmethod
    def _key(prompt: Prompt, response: str) -> tuple[str, str]:
        return (prompt if isinstance(prompt, str) else repr(prompt), response)

    def encode(self, requests: Sequence[tuple[Prompt, str]]) -> list[Rendered]:
        """Model input for each (prompt, response), rendered as the ``hf`` adapter will score it, once
        each."""
        out = []
        for prompt, response in requests:
            key = self._key(prompt, response)
            if key not in self._ids:
                self._ids[key] = render(self.tokenizer, prompt, response, self.config.max_length)
            out.append(self._ids[key])
        return out

    def _forward(self, inputs: Sequence[Rendered]) -> torch.Tensor:
        width = max(len(r.input_ids) for r in inputs)
        ids = torch.full((len(inputs), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(inputs), width), dtype=torch.long)
        types = torch.zeros((len(inputs), width), dtype=torch.long)
        for row, r in enumerate(inputs):
            n = len(r.input_ids)
            ids[row, :n] = torch.tensor(r.input_ids, dtype=torch.long)
            mask[row, :n] = 1
            if r.token_type_ids is not None:
                types[row, :n] = torch.tensor(r.token_type_ids, dtype=torch.long)
        device = next(self.model.parameters()).device
        kwargs = {"token_type_ids": types.to(device)} if inputs[0].token_type_ids is not None else {}
        return (
            self.model(input_ids=ids.to(device), attention_mask=mask.to(device), **kwargs)
            .logits[:, 0]
            .float()
        )

    # --- scoring ------------------------------------------------------------------------------
    @torch.inference_mode()
    def score(self, requests: Sequence[tuple[Prompt, str]]) -> np.ndarray:
        """One reward per (prompt, response), batched by length (eval mode: no dropout)."""
        was_training = self.model.training
        self.model.eval()
        ids = self.encode(requests)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i].input_ids))
        out = np.zeros(len(ids))
        step = self.config.eval_batch_size
        for start in range(0, len(order), step):
            chunk = order[start : start + step]
            out[chunk] = self._forward([ids[i] for i in chunk]).cpu().numpy()
        self.model.train(was_training)
        return out

    def score_items(self, items: Sequence[Item]) -> list[np.ndarray]:
        requests = [(it.prompt, r) for it in items for r in it.responses]
        flat = self.score(requests)
        out, pos = [], 0
        for it in items:
            out.append(flat[pos : pos + it.k])
            pos += it.k
        return out

    def accuracy_per_item(self, items: Sequence[Item]) -> np.ndarray:
        """Pairwise accuracy of each item, ties earning 0.5: the benchmark's own metric."""
        return pairwise_accuracy_per_item(self.score_items(items), [it.gold for it in items])

    def accuracy(self, items: Sequence[Item]) -> float:
        """Macro pairwise accuracy over items."""
        return _nanmean(self.accuracy_per_item(items))

    def heldout_metrics(self, items: Sequence[Item]) -> tuple[float, float]:
        """(macro pairwise accuracy, macro BT loss) over items, from one scoring pass.

        The loss -log sigmoid(s_better - s_worse), averaged over an item's gold-ordered pairs and then
        over items, picks the checkpoint: on a held-out slice of a few dozen items accuracy moves in
        steps of several points between evaluations, so the best accuracy is often a lucky early
        checkpoint; the loss is continuous and measures the same ordering.
        """
        scores = self.score_items(items)
        golds = [it.gold for it in items]
        accuracy, loss = pairwise_accuracy_per_item(scores, golds), bt_loss_per_item(scores, golds)
        return _nanmean(accuracy), _nanmean(loss)

    # --- training -----------------------------------------------------------------------------
    def _batches(self, pairs: Sequence[Pair], epoch: int) -> list[list[int]]:
        rng = random.Random(f"{self.config.seed}\x1fepoch{epoch}")
        order = list(range(len(pairs)))
        rng.shuffle(order)
        size = self.config.batch_size
        window = size * BUCKET_BATCHES
        batches: list[list[int]] = []
        for start in range(0, len(order), window):
            part = sorted(order[start : start + window], key=lambda i: self._pair_len[i])
            batches.extend(part[i : i + size] for i in range(0, len(part), size))
        rng.shuffle(batches)
        return batches

    def _optimizer(self, total_steps: int) -> tuple[torch.optim.Optimizer, Any]:
        from transformers import get_linear_schedule_with_warmup

        # The score head starts from random and its weights must travel far; the pretrained body must
        # not. A higher head rate lets a short CPU run learn a useful probe before the body adapts.
        body = {id(p) for p in getattr(self.model, "base_model", self.model).parameters()}
        groups: dict[tuple[bool, bool], list[torch.nn.Parameter]] = {}
        for name, p in self.model.named_parameters():
            if p.requires_grad:
                decays = not (p.ndim < 2 or "norm" in name.lower())
                groups.setdefault((id(p) not in body, decays), []).append(p)
        optimizer = torch.optim.AdamW(
            [
                {
                    "params": params,
                    "weight_decay": self.config.weight_decay if decays else 0.0,
                    "lr": self.config.lr * (self.config.head_lr_multiplier if head else 1.0),
                }
                for (head, decays), params in groups.items()
            ],
            lr=self.config.lr,
        )
        warmup = int(self.config.warmup_ratio * total_steps)
        return optimizer, get_linear_schedule_with_warmup(optimizer, warmup, total_steps)

    def fit(
        self,
        pairs: Sequence[Pair],
        heldout: Sequence[Item] = (),
        out_dir: Path | None = None,
        progress: bool = True,
        desc: str = "train",
    ) -> FitResult:
        """Train on ``pairs``; keep (and save to ``out_dir``) the weights with the lowest held-out loss.

        Without a held-out slice the last weights are kept. The model ends holding the kept weights.
        """
        from tqdm.auto import tqdm

        if not pairs:
            raise ValueError("no training pairs")
        cfg = self.config
        set_seed(cfg.seed)
        plan = self._plan(pairs)
        optimizer, scheduler = self._optimizer(plan.total_steps)

        start = time.monotonic()
        initial, history = self._initial_history(heldout)
        best = _Best()
        stopped, step = "completed", 0
        recent: list[tuple[float, float]] = []  # (loss, accuracy) of the last 50 steps
        self.model.train()
        bar = tqdm(total=plan.total_steps, desc=desc, disable=not progress, dynamic_ncols=True)
        for batch in self._batch_stream(pairs):
            recent = [*recent[-49:], self._train_step(plan, batch, optimizer, scheduler)]
            step += 1
            bar.update(1)
            over_time = cfg.max_minutes is not None and time.monotonic() - start > cfg.max_minutes * 60
            last = step >= plan.total_steps or over_time
            if step % plan.eval_every == 0 or last:
                record = self._evaluate(step, plan, recent, heldout, best, out_dir)
                history.append(record)
                self._report(record, desc, progress, bar)
                if heldout and best.bad_evals >= cfg.patience:
                    stopped = "early_stopping"
            if over_time and stopped == "completed":
                stopped = "time_budget"
            if last or stopped != "completed":
                break
        bar.close()
        self._keep_best(best, step, out_dir)
        self.model.eval()
        return FitResult(
            steps=step,
            seconds=round(time.monotonic() - start, 1),
            stopped=stopped,
            initial_accuracy=initial,
            best_accuracy=None if best.state is None else best.accuracy,
            best_step=best.step,
            best_loss=None if best.state is None else best.loss,
            history=history,
            planned_steps=plan.total_steps,
        )

    def _batch_stream(self, pairs: Sequence[Pair]) -> Iterator[list[int]]:
        """The batches of epoch 0, 1, 2, ... without end: ``fit`` stops at its step count."""
        for epoch in itertools.count():
            yield from self._batches(pairs, epoch)

    def _initial_history(self, heldout: Sequence[Item]) -> tuple[float | None, list[dict[str, float]]]:
        """Held-out accuracy before training, and the history opened with it (empty without held-out)."""
        initial, initial_loss = self.heldout_metrics(heldout) if heldout else (None, None)
        if initial is None or initial_loss is None:
            return initial, []
        return initial, [{"step": 0, "heldout_accuracy": initial, "heldout_loss": initial_loss}]

    def _plan(self, pairs: Sequence[Pair]) -> _Plan:
        """Encode both sides of every pair (and note each pair's length for bucketing); count steps."""
        cfg = self.config
        chosen = self.encode([(p.prompt, p.chosen) for p in pairs])
        rejected = self.encode([(p.prompt, p.rejected) for p in pairs])
        self._pair_len = [
            max(len(c.input_ids), len(r.input_ids)) for c, r in zip(chosen, rejected, strict=True)
        ]
        steps_per_epoch = math.ceil(len(pairs) / cfg.batch_size)
        total_steps = max(1, math.ceil(cfg.epochs * steps_per_epoch))
        eval_every = cfg.eval_every or max(1, steps_per_epoch // 4)
        return _Plan(chosen, rejected, steps_per_epoch, total_steps, eval_every)

    def _train_step(
        self, plan: _Plan, batch: list[int], optimizer: torch.optim.Optimizer, scheduler: Any
    ) -> tuple[float, float]:
        """One optimisation step on a batch of pairs; returns its (loss, pairwise accuracy)."""
        scores = self._forward([plan.chosen[i] for i in batch] + [plan.rejected[i] for i in batch])
        s_c, s_r = scores[: len(batch)], scores[len(batch) :]
        loss = -F.logsigmoid(s_c - s_r - self.config.margin).mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p for p in self.model.parameters() if p.requires_grad], 1.0)
        optimizer.step()
        scheduler.step()
        return loss.item(), (s_c > s_r).float().mean().item()

    def _evaluate(
        self,
        step: int,
        plan: _Plan,
        recent: list[tuple[float, float]],
        heldout: Sequence[Item],
        best: _Best,
        out_dir: Path | None,
    ) -> dict[str, float]:
        """The history record of an evaluation; a new lowest held-out loss becomes ``best`` (and is saved)."""
        record: dict[str, float] = {
            "step": step,
            "epoch": round(step / plan.steps_per_epoch, 3),
            "train_loss": float(np.mean([r[0] for r in recent])),
            "train_accuracy": float(np.mean([r[1] for r in recent])),
        }
        if heldout:
            acc, h_loss = self.heldout_metrics(heldout)
            record["heldout_accuracy"], record["heldout_loss"] = acc, h_loss
            if h_loss < best.loss:
                best.accuracy, best.loss, best.step, best.bad_evals = acc, h_loss, step, 0
                best.state = {k: v.detach().cpu().clone() for k, v in self.model.state_dict().items()}
                if out_dir is not None:
                    save_reward_model(self.model, self.tokenizer, out_dir, self.config.max_length)
            else:
                best.bad_evals += 1
        return record

    @staticmethod
    def _report(record: dict[str, float], desc: str, progress: bool, bar: Any) -> None:
        if not progress:  # a line per evaluation, so a long quiet run can still be followed
            print(f"{desc} " + " ".join(f"{k}={v:.4g}" for k, v in record.items()), flush=True)
        bar.set_postfix({k: f"{v:.3f}" for k, v in record.items() if k not in ("step", "epoch")})

    def _keep_best(self, best: _Best, step: int, out_dir: Path | None) -> None:
        """Load the best weights back; without any (no held-out slice) the last ones are kept and saved."""
        if best.state is not None:
            self.model.load_state_dict(best.state)
        else:
            best.step = step
            if out_dir is not None:
                save_reward_model(self.model, self.tokenizer, out_dir, self.config.max_length)


@dataclass
class _Plan:
    """One fit's encoded pairs and step counts."""

    chosen: list[Rendered]
    rejected: list[Rendered]
    steps_per_epoch: int
    total_steps: int
    eval_every: int


@dataclass
class _Best:
    """The weights with the lowest held-out loss so far, and the evaluations since they were found."""

    accuracy: float = -math.inf
    loss: float = math.inf
    step: int = 0
    state: dict[str, torch.Tensor] | None = None
    bad_evals: int = 0
