"""rmbench train: a tiny random BERT learns a learnable preference set; leakage is refused.

The base model is built from a config (2 layers, hidden 32) with a word-level tokenizer trained
locally by the ``tokenizers`` library, so the test is offline, deterministic and takes seconds.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from rmbench.cli import main  # noqa: E402
from rmbench.items import Item, write_items  # noqa: E402
from rmbench.tasks import LeakageError, TaskRegistry  # noqa: E402
from rmbench.train import TrainConfig, TrainOptions, train_reward_model  # noqa: E402
from rmbench.train.sources import load_training_source  # noqa: E402

GOOD = ["correct", "accurate", "right", "true", "exact"]
BAD = ["wrong", "false", "incorrect", "mistaken", "bogus"]
MEH = ["maybe", "unsure", "perhaps"]
FILLER = [f"w{i}" for i in range(40)]
TOPICS = [f"topic{i}" for i in range(30)]


def _response(rng: random.Random, key: str) -> str:
    words = rng.sample(FILLER, 5)
    words.insert(rng.randrange(6), key)
    return " ".join(words)


def toy_items(n: int = 240, seed: int = 0) -> list[Item]:
    """Chosen responses carry a 'good' word, rejected a 'bad' one, at random positions and equal length;
    every fifth item is a 3-way ranking (good > meh > bad) so k > 2 expansion is exercised."""
    rng = random.Random(seed)
    items = []
    for i in range(n):
        prompt = f"tell me about {rng.choice(TOPICS)} please"
        keys = [rng.choice(GOOD), rng.choice(BAD)] + ([rng.choice(MEH)] if i % 5 == 0 else [])
        gold = [2.0, 0.0] + ([1.0] if len(keys) == 3 else [])
        responses = [_response(rng, k) for k in keys]
        order = list(range(len(keys)))
        rng.shuffle(order)
        items.append(
            Item(
                id=f"toy/{i}",
                prompt=prompt,
                responses=[responses[j] for j in order],
                gold=[gold[j] for j in order],
                meta={"source_id": f"src{i}"},
            )
        )
    return items


def make_task(root: Path, items: list[Item], extra_test: list[Item] | None = None) -> Path:
    folder = root / "toy"
    (folder / "data").mkdir(parents=True)
    write_items(folder / "data" / "toy.jsonl", items)
    subsets = [
        "  - id: toy\n    role: in_distribution\n    kind: mixed\n    source: {builtin: data/toy.jsonl}\n"
        "    split: {method: hash, train_fraction: 0.8}\n"
    ]
    if extra_test is not None:
        write_items(folder / "data" / "twins.jsonl", extra_test)
        subsets.append(
            "  - id: twins\n    role: shifted\n    axis: style\n    against: toy\n"
            "    source: {builtin: data/twins.jsonl}\n"
        )
    (folder / "task.yaml").write_text(
        "name: toy\ndomain: qa\nversion: '1'\nlicense: CC0-1.0\nsplit_seed: 3\nsubsets:\n" + "".join(subsets)
    )
    return root


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory) -> Path:
    """A random 2-layer BERT (hidden 32) and a word-level tokenizer trained on the toy texts."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    out = tmp_path_factory.mktemp("tiny_base")
    texts = [t for it in toy_items() for t in [it.prompt, *it.responses]] + [" ".join(GOOD + BAD + MEH)]
    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok.train_from_iterator(texts, trainers.WordLevelTrainer(special_tokens=specials))
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))],
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        pad_token="[PAD]",
        unk_token="[UNK]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    fast.save_pretrained(out)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tok.get_vocab_size(),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        pad_token_id=0,
    )
    BertModel(config).save_pretrained(out)
    return out


def _options(base: Path, task_root: Path, out: Path, **kw) -> TrainOptions:
    config = TrainConfig(
        epochs=kw.pop("epochs", 8), lr=3e-3, batch_size=16, max_length=48, seed=0, eval_every=10, patience=6
    )
    return TrainOptions(
        base=str(base),
        tasks=["toy"],
        out=out,
        config=config,
        task_dirs=[str(task_root)],
        heldout_fraction=0.25,
        progress=False,
        threads=1,
        **kw,
    )


@pytest.fixture(scope="module")
def trained(tiny_base, tmp_path_factory) -> tuple[Path, Path, dict]:
    """(task root, output folder, summary) of one training run on the toy task."""
    tmp = tmp_path_factory.mktemp("trained")
    root = make_task(tmp / "tasks", toy_items())
    out = tmp / "rm"
    return root, out, train_reward_model(_options(tiny_base, root, out), log=lambda _: None)


def test_tiny_model_learns_and_saves_a_standard_checkpoint(trained):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    _, out, summary = trained
    result = summary["result"]
    assert summary["data"]["heldout_items"] >= 30
    assert summary["data"]["train_pairs"] > summary["data"]["labelled_items"]  # 3-way rankings gave 3 pairs
    assert 0.2 <= result["initial_accuracy"] <= 0.8  # a random head is near chance
    assert result["final_accuracy"] >= 0.85, result
    ci = result["final_accuracy_ci"]
    assert (
        ci["ci_low"] <= result["final_accuracy"] <= ci["ci_high"]
        and ci["n"] == summary["data"]["heldout_items"]
    )

    # transformers alone loads it and ranks a fresh good answer above a bad one.
    tok = AutoTokenizer.from_pretrained(out)
    rm = AutoModelForSequenceClassification.from_pretrained(out).eval()
    assert rm.config.num_labels == 1
    saved = json.loads((out / "tokenizer_config.json").read_text())
    assert saved["truncation_side"] == "left" and saved["model_max_length"] == 48

    def reward(text: str) -> float:
        with torch.no_grad():
            return float(rm(**tok("tell me about topic3 please", text, return_tensors="pt")).logits[0, 0])

    assert reward("w1 w2 correct w3 w4 w5") > reward("w1 w2 wrong w3 w4 w5")
    card = (out / "README.md").read_text()
    assert "Held-out accuracy" in card and "Seed: 0" in card and "toy/toy" in card and "Leakage check" in card
    recorded = json.loads((out / "rmbench_train.json").read_text())
    assert recorded["result"]["final_accuracy"] == result["final_accuracy"]
    assert recorded["data"]["leakage_checked"] == {"toy/toy": summary["data"]["leakage_checked"]["toy/toy"]}


def test_hf_adapter_scores_what_training_saw(trained):
    """The engine's hf adapter reproduces the held-out accuracy recorded at training time."""
    from rmbench.metrics import pairwise_accuracy_per_item
    from rmbench.models.base import Request
    from rmbench.models.registry import load_adapter
    from rmbench.train import slice_by_source

    root, out, summary = trained
    train_items = TaskRegistry([root]).get("toy").load("toy", split="train")
    _, heldout = slice_by_source(train_items, 0.25, 0, "heldout")
    assert len(heldout) == summary["data"]["heldout_items"]
    adapter = load_adapter(f"hf:{out}", device="cpu")
    assert adapter.max_length == 48  # the trained context is the scoring default
    prepared = adapter.prepare([Request(it.prompt, r) for it in heldout for r in it.responses])
    flat = adapter.score_batch(prepared)
    scores, pos = [], 0
    for it in heldout:
        scores.append(flat[pos : pos + it.k])
        pos += it.k
    accuracy = float(np.nanmean(pairwise_accuracy_per_item(scores, [it.gold for it in heldout])))
    assert accuracy == pytest.approx(summary["result"]["final_accuracy"], abs=1e-9)


def test_default_trains_on_in_distribution_subsets_only(tmp_path):
    items = toy_items(80)
    root = make_task(tmp_path / "t", items)
    shifted = [
        Item(
            id=f"s/{i}",
            prompt="p",
            responses=[f"good {i}", f"bad {i}"],
            gold=[1, 0],
            meta={"source_id": f"other{i}"},
        )
        for i in range(40)
    ]
    write_items(root / "toy" / "data" / "shifted.jsonl", shifted)
    with (root / "toy" / "task.yaml").open("a") as f:
        f.write(
            "  - id: shifted\n    role: shifted\n    axis: style\n    against: toy\n"
            "    source: {builtin: data/shifted.jsonl}\n    split: {method: hash, train_fraction: 0.5}\n"
        )
    default = load_training_source(TaskRegistry([root]), ["toy"])
    assert list(default.subsets) == ["toy/toy"]
    assert set(default.checked) == {"toy/toy", "toy/shifted"}  # still checked against the shifted test split
    named = load_training_source(TaskRegistry([root]), ["toy"], subsets=["*"])
    assert list(named.subsets) == ["toy/toy", "toy/shifted"] and named.subsets["toy/shifted"] > 0


def test_leakage_check_refuses_a_shared_source_id(tmp_path):
    items = toy_items(60)
    registry_root = make_task(tmp_path / "clean", items)
    source = load_training_source(TaskRegistry([registry_root]), ["toy"])
    assert source.items and set(source.checked) == {"toy/toy"}

    # A test-only subset whose item shares a source_id with a train item of the other subset.
    train_item = next(it for it in source.items)
    twin = Item(
        id="twin/0", prompt="x", responses=["a", "b"], gold=[1, 0], meta={"source_id": train_item.source_id}
    )
    leaky_root = make_task(tmp_path / "leaky", items, extra_test=[twin])
    with pytest.raises(LeakageError) as err:
        load_training_source(TaskRegistry([leaky_root]), ["toy"], subsets=["toy"])
    message = str(err.value)
    assert "toy/twins" in message and repr(train_item.source_id) in message and "'twin/0'" in message


def test_cli_reports_leakage_as_one_clean_error(tmp_path, capsys):
    items = toy_items(60)
    clean = load_training_source(TaskRegistry([make_task(tmp_path / "a", items)]), ["toy"])
    twin = Item(
        id="twin/0",
        prompt="x",
        responses=["a", "b"],
        gold=[1, 0],
        meta={"source_id": clean.items[0].source_id},
    )
    root = make_task(tmp_path / "b", items, extra_test=[twin])
    code = main(
        ["train", "--base", "unused", "--tasks", "toy", "--task-dir", str(root), "--out", str(tmp_path / "o")]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "rmbench train: error: training data overlaps 1 test item(s) by source_id" in err
    assert not (tmp_path / "o").exists()


def test_self_evolve_reports_each_round(tiny_base, tmp_path):
    root = make_task(tmp_path / "tasks", toy_items())
    out = tmp_path / "rm"
    summary = train_reward_model(
        _options(tiny_base, root, out, epochs=6, self_evolve=1, unlabelled_fraction=0.5, keep_fraction=0.5),
        log=lambda _: None,
    )
    rounds = summary["result"]["rounds"]
    assert [r["round"] for r in rounds] == [0, 1]
    assert rounds[0]["pseudo_pairs"] == 0 and rounds[1]["pseudo_pairs"] > 0
    assert summary["data"]["unlabelled_items"] > 0
    # Round 0 learned the cue, so its most confident self-labels mostly agree with the hidden gold.
    assert rounds[1]["pseudo_agreement"] >= 0.8
    assert all(r["heldout_accuracy"] is not None for r in rounds)
    assert "self-labelled pairs" in (out / "README.md").read_text()


def test_a_time_budget_stop_is_said_on_the_console_and_in_the_card(tiny_base, tmp_path, capsys):
    root = make_task(tmp_path / "tasks", toy_items())
    out = tmp_path / "rm"
    argv = ["train", "--base", str(tiny_base), "--tasks", "toy", "--task-dir", str(root), "--out", str(out)]
    argv += ["--epochs", "4", "--batch-size", "16", "--max-length", "48", "--no-progress", "--threads", "1"]
    assert main([*argv, "--max-minutes", "0.000001"]) == 0  # over budget after the first step
    printed = capsys.readouterr().out
    [fit] = json.loads((out / "rmbench_train.json").read_text())["result"]["rounds"]
    assert fit["stopped"] == "time_budget" and fit["steps"] == 1 and fit["planned_steps"] > 1
    planned = fit["planned_steps"]
    assert (
        f"round 0: STOPPED EARLY by the 1e-06-minute time budget after 1 of {planned} planned steps"
        in printed
    )
    assert (
        f"NOTE: training stopped early at the 1e-06-minute time budget (1 of {planned} planned steps"
        in printed
    )
    card = (out / "README.md").read_text()
    assert (
        f"**Stopped early by the time budget** (1e-06 minutes of training per round): round 0: 1 of {planned}"
        in card
    )
