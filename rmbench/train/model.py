"""Load a base model as a one-score reward model, freeze its lower layers, and save it.

The head is transformers' own sequence-classification head with ``num_labels=1``, so what comes
out is a standard checkpoint that ``AutoModelForSequenceClassification`` (and the ``hf`` adapter)
loads with no rmbench code and no ``trust_remote_code``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import torch
from torch import nn

from rmbench.models.library_logs import new_head_expected
from rmbench.train.data import TrainingError


def load_reward_model(base: str | Path, seed: int) -> tuple[nn.Module, Any]:
    """(model, tokenizer) for ``base``; the new score head is initialised from ``seed``."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(base))
    torch.manual_seed(seed)
    with new_head_expected():  # the missing score head is the one this recipe trains: no alarm
        model = AutoModelForSequenceClassification.from_pretrained(
            str(base), num_labels=1, dtype=torch.float32
        )
    if tokenizer.pad_token is None:
        # Decoder-only bases have no pad token; the score is read at the last non-pad position.
        tokenizer.pad_token = tokenizer.eos_token
    model.config.pad_token_id = tokenizer.pad_token_id
    model.config.id2label = {0: "reward"}
    model.config.label2id = {"reward": 0}
    return model, tokenizer


def _layer_stack(model: nn.Module) -> nn.ModuleList | None:
    """The transformer's list of blocks (encoder.layer, layers, h, ...): the longest ModuleList in the
    body."""
    body = getattr(model, "base_model", model)
    stacks = [m for _, m in body.named_modules() if isinstance(m, nn.ModuleList) and len(m) > 0]
    return max(stacks, key=len) if stacks else None


def freeze_layers(model: nn.Module, n: int) -> int:
    """Freeze the embeddings and the lowest ``n`` blocks; returns the number of blocks frozen.

    Freezing the bottom of the network is the usual way to train a small RM on little data or a
    slow machine: the score head and top blocks adapt while the lexical layers stay put.
    """
    if n <= 0:
        return 0
    stack = _layer_stack(model)
    if stack is None:
        raise TrainingError("--freeze-layers: cannot find the model's layer stack")
    if n > len(stack):
        raise TrainingError(f"--freeze-layers {n}: the model has only {len(stack)} layers")
    embeddings = cast(
        Any, model
    ).get_input_embeddings()  # a transformers model; nn.Module does not declare it
    body = getattr(model, "base_model", model)
    embedding_block = getattr(body, "embeddings", None) or embeddings
    for module in (embedding_block, *list(stack)[:n]):
        for p in module.parameters():
            p.requires_grad_(False)
    return n


def count_parameters(model: nn.Module) -> tuple[int, int]:
    """(trainable, total) parameter counts."""
    total = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return trainable, total


def save_reward_model(model: nn.Module, tokenizer: Any, out_dir: Path, max_length: int | None = None) -> None:
    from transformers.utils import logging as hf_logging

    out_dir.mkdir(parents=True, exist_ok=True)
    hf_logging.disable_progress_bar()  # the shard-writing bar would tear through the training bar
    # Training cut over-long inputs on the left (keeping the response); scoring should too,
    # and the context it was trained on is the one a scorer should default to.
    tokenizer.truncation_side = "left"
    tokenizer.init_kwargs["truncation_side"] = "left"
    if max_length is not None:
        tokenizer.model_max_length = max_length
        tokenizer.init_kwargs["model_max_length"] = max_length
    cast(Any, model).save_pretrained(str(out_dir))
    tokenizer.save_pretrained(str(out_dir))
