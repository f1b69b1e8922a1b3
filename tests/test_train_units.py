"""rmbench train's small parts: pair expansion, source_id slices, layer freezing, presets and flags."""

from __future__ import annotations

import argparse

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from rmbench.cli.cmd_train import DEFAULTS, register, resolve_options  # noqa: E402
from rmbench.items import Item  # noqa: E402
from rmbench.train import TrainingError, cap_pairs, gold_pairs, slice_by_source  # noqa: E402
from rmbench.train.model import count_parameters, freeze_layers  # noqa: E402
from rmbench.train.presets import PRESETS  # noqa: E402
from rmbench.train.selfevolve import agreement, pseudo_label  # noqa: E402


def test_gold_pairs_expand_rankings_skip_ties_and_cap_per_item():
    ranking = Item("r", "p", ["a", "b", "c", "d"], [3, 2, 2, 0], meta={"source_id": "s"})
    pairs = gold_pairs([ranking])
    assert {(p.chosen, p.rejected) for p in pairs} == {
        ("a", "b"),
        ("a", "c"),
        ("a", "d"),
        ("b", "d"),
        ("c", "d"),
    }
    assert all(p.source_id == "s" and p.item_id == "r" for p in pairs)
    capped = gold_pairs([ranking], max_per_item=2, seed=1)
    assert len(capped) == 2 and set(capped) <= set(pairs)
    assert capped == gold_pairs([ranking], max_per_item=2, seed=1)  # seeded
    tied = Item("t", "p", ["x", "y"], [1, 1])
    assert gold_pairs([tied]) == []
    assert len(cap_pairs(pairs, 3, seed=0)) == 3 and cap_pairs(pairs, None, seed=0) == pairs


def test_slices_keep_twins_together_and_are_seeded():
    items = [
        Item(f"{lang}/{i}", "p", ["a", "b"], [1, 0], meta={"source_id": f"q{i}"})
        for i in range(200)
        for lang in ("en", "es")
    ]
    rest, held = slice_by_source(items, 0.2, seed=0, salt="heldout")
    held_sources = {it.source_id for it in held}
    assert 20 <= len(held_sources) <= 60
    assert not held_sources & {it.source_id for it in rest}  # an item's twin is never on the other side
    assert slice_by_source(items, 0.2, seed=0, salt="heldout")[1] == held
    assert slice_by_source(items, 0.2, seed=1, salt="heldout")[1] != held
    with pytest.raises(TrainingError, match="fraction"):
        slice_by_source(items, 1.0, seed=0, salt="heldout")


def _tiny_classifier():
    from transformers import BertConfig, BertForSequenceClassification

    config = BertConfig(
        vocab_size=50,
        hidden_size=16,
        num_hidden_layers=3,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=32,
        num_labels=1,
    )
    return BertForSequenceClassification(config)


def test_freeze_layers_freezes_embeddings_and_the_lowest_blocks():
    model = _tiny_classifier()
    _, total = count_parameters(model)
    assert freeze_layers(model, 2) == 2
    layers = model.bert.encoder.layer
    assert not any(p.requires_grad for p in model.bert.embeddings.parameters())
    assert not any(p.requires_grad for p in layers[1].parameters())
    assert all(p.requires_grad for p in layers[2].parameters())
    assert all(p.requires_grad for p in model.classifier.parameters())
    trainable, _ = count_parameters(model)
    assert 0 < trainable < total
    with pytest.raises(TrainingError, match="only 3 layers"):
        freeze_layers(_tiny_classifier(), 4)


class _FixedScorer:
    """Stands in for a trainer: scores are the responses' lengths."""

    def score_items(self, items):
        return [[float(len(r)) for r in it.responses] for it in items]


def test_pseudo_labels_keep_the_most_confident_and_never_read_gold_for_the_order():
    items = [
        Item("a", "p", ["x" * 10, "x"], [0, 1]),
        Item("b", "p", ["yy", "y"], [1, 0]),
        Item("c", "p", ["z", "z", "zzzz"], [0, 0, 1]),
    ]
    kept = pseudo_label(_FixedScorer(), items, keep_fraction=0.5)
    # candidates: a (gap 9), b (gap 1), c: (0,2) gap 3, (1,2) gap 3 (the duplicate pair is skipped)
    # -> 4, keep 2
    assert [(k.pair.item_id, k.pair.chosen) for k in kept] == [("a", "x" * 10), ("c", "zzzz")]
    assert [k.agrees for k in kept] == [False, True]  # the model's order, whatever gold says
    assert agreement(kept) == 0.5
    with pytest.raises(TrainingError):
        pseudo_label(_FixedScorer(), items, keep_fraction=0.0)


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    register(parser)
    return parser.parse_args(["--tasks", "qa", "--out", "o", *argv])


def test_preset_fills_options_and_explicit_flags_win():
    base, settings = resolve_options(_args("--preset", "minilm", "--lr", "0.001"))
    assert base.endswith("model") and "minilm" in base.lower()
    assert settings["lr"] == 0.001  # the flag
    assert settings["max_minutes"] == PRESETS["minilm"].options["max_minutes"]  # the preset
    assert settings["margin"] == DEFAULTS["margin"]  # the default
    base, settings = resolve_options(_args("--base", "some/model", "--epochs", "2"))
    assert base == "some/model" and settings["epochs"] == 2 and settings["max_minutes"] is None
    _, settings = resolve_options(_args("--preset", "minilm", "--max-minutes", "0"))
    assert settings["max_minutes"] is None  # 0 lifts the preset's budget


def test_head_learning_rate_multiplier_applies_to_the_new_head_only():
    from rmbench.train.trainer import RewardTrainer, TrainConfig

    model = _tiny_classifier()
    freeze_layers(model, 1)

    class _Tok:
        pad_token_id = 0

    trainer = RewardTrainer(model, _Tok(), TrainConfig(lr=1e-4, head_lr_multiplier=50))
    optimizer, _ = trainer._optimizer(total_steps=10)  # warmup starts every rate at 0: compare the targets
    head = {id(p) for p in model.classifier.parameters()}
    rates = {id(p): group["initial_lr"] for group in optimizer.param_groups for p in group["params"]}
    assert sorted(rates[i] for i in head) == pytest.approx([5e-3, 5e-3])  # weight and bias
    assert {round(r, 12) for i, r in rates.items() if i not in head} == {1e-4}
    assert len(rates) == sum(1 for p in model.parameters() if p.requires_grad)  # frozen ones are left out


def test_domain_presets_fix_the_training_data_unless_flags_are_given():
    from rmbench.cli.cmd_train import resolve_data

    parser = argparse.ArgumentParser()
    register(parser)
    args = parser.parse_args(["--preset", "minilm-code", "--out", "o"])
    assert resolve_data(args) == (["code"], ["code/mbpp_mutants", "code/mbpp_ranking"])
    assert resolve_data(parser.parse_args(["--preset", "minilm-qa", "--out", "o"])) == (["qa"], None)
    all_tasks, all_subsets = resolve_data(parser.parse_args(["--preset", "minilm-all", "--out", "o"]))
    assert all_tasks == ["qa", "translation", "code"] and "translation/mqm_ende_pairs" in all_subsets
    # explicit --tasks replaces the preset's data, and its subsets with it
    assert resolve_data(parser.parse_args(["--preset", "minilm-code", "--tasks", "qa", "--out", "o"])) == (
        ["qa"],
        None,
    )
    # every domain preset trains with the minilm recipe
    assert all(
        p.options == PRESETS["minilm"].options for name, p in PRESETS.items() if name.startswith("minilm-")
    )
    from rmbench.cli import CommandError

    with pytest.raises(CommandError, match="give --tasks"):
        resolve_data(parser.parse_args(["--preset", "minilm", "--out", "o"]))


def test_domain_presets_select_subsets_that_have_train_splits(shared_data):
    from rmbench.tasks import TaskRegistry

    data_dir = shared_data
    registry = TaskRegistry()
    for name in ("minilm-code", "minilm-all"):
        preset = PRESETS[name]
        selections = registry.select(list(preset.tasks), list(preset.subsets), suite="all")
        assert [s.key for s in selections] == list(preset.subsets)
        for sel in selections:
            assert sel.task.load(sel.subset.id, split="train", data_dir=data_dir), sel.key


def test_heldout_loss_is_the_macro_bt_loss_over_gold_ordered_pairs(monkeypatch):
    import numpy as np

    from rmbench.train.trainer import RewardTrainer, TrainConfig

    class _Tok:
        pad_token_id = 0

    trainer = RewardTrainer(_tiny_classifier(), _Tok(), TrainConfig())
    items = [Item("a", "p", ["x", "y", "z"], [2, 1, 0]), Item("b", "p", ["u", "v"], [0, 1])]
    monkeypatch.setattr(trainer, "score_items", lambda its: [np.array([1.0, 0.0, 0.0]), np.array([0.0, 2.0])])
    accuracy, loss = trainer.heldout_metrics(items)
    # item a: margins 1, 1, 0 (a tie earns 0.5); item b: margin 2, right
    assert accuracy == pytest.approx(((1 + 1 + 0.5) / 3 + 1.0) / 2)
    item_a = (2 * np.log1p(np.exp(-1.0)) + np.log(2.0)) / 3
    assert loss == pytest.approx((item_a + np.log1p(np.exp(-2.0))) / 2)
