"""Builders of tiny random Hugging Face models with a locally trained tokenizer (fast, deterministic).

No download: a word-level tokenizer is trained on a fixed corpus, a Llama- or BERT-shaped model
with a few thousand parameters is initialised from a seed, and both are saved to a folder that
any ``from_pretrained`` call (and so any rmbench adapter) can load. Reused across test files.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = (
    "the cat sat on the mat . a dog ran in the park . what is the capital of france ? paris is the capital . "
    "berlin madrid rome london tokyo answer question yes no good bad better worse one two three four five "
    "please write a short poem about the sea . the sea is blue and deep . translate this sentence . "
    "el gato la casa hola mundo der hund die katze assistant user system judge A B which is better ? "
    "water boils at 100 degrees . the earth orbits the sun . python code def return print if else for"
).split()

CHAT_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}<|{{ m['role'] }}|> {{ m['content'] }} <|end|> {% endfor %}"
    "{% if add_generation_prompt %}<|assistant|> {% endif %}"
)
SPECIALS = [
    "<pad>",
    "<unk>",
    "<s>",
    "</s>",
    "<|user|>",
    "<|assistant|>",
    "<|system|>",
    "<|end|>",
    "[CLS]",
    "[SEP]",
]


def build_tokenizer(  # type: ignore[no-untyped-def]
    chat_template: bool = True, bert: bool = False, split_punctuation: bool = True, roberta: bool = False
):
    """A word-level tokenizer trained on CORPUS (whitespace + punctuation pre-tokenisation).

    ``split_punctuation=False``: whitespace only, so text glued to what follows it ("A:" + "paris")
    becomes one token that neither part has alone: a tokenizer that merges across a boundary.
    """
    from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    splits = [pre_tokenizers.WhitespaceSplit()] + (
        [pre_tokenizers.Punctuation()] if split_punctuation else []
    )
    tok.pre_tokenizer = pre_tokenizers.Sequence(splits)
    trainer = trainers.WordLevelTrainer(special_tokens=SPECIALS, min_frequency=1)
    tok.train_from_iterator([" ".join(CORPUS)] * 2, trainer=trainer)
    if roberta:  # <s> A </s></s> B </s>, and the model takes no token types
        bos, eos = tok.token_to_id("<s>"), tok.token_to_id("</s>")
        tok.post_processor = processors.RobertaProcessing(("</s>", eos), ("<s>", bos))
        return PreTrainedTokenizerFast(
            tokenizer_object=tok,
            unk_token="<unk>",
            pad_token="<pad>",
            bos_token="<s>",
            eos_token="</s>",
            cls_token="<s>",
            sep_token="</s>",
            model_max_length=64,
            model_input_names=["input_ids", "attention_mask"],
        )
    if bert:
        cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
        tok.post_processor = processors.TemplateProcessing(
            single="[CLS] $A [SEP]",
            pair="[CLS] $A [SEP] $B:1 [SEP]:1",
            special_tokens=[("[CLS]", cls), ("[SEP]", sep)],
        )
        return PreTrainedTokenizerFast(
            tokenizer_object=tok,
            unk_token="<unk>",
            pad_token="<pad>",
            cls_token="[CLS]",
            sep_token="[SEP]",
            model_max_length=64,
            model_input_names=["input_ids", "token_type_ids", "attention_mask"],  # as BERT's own
        )
    bos = tok.token_to_id("<s>")
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A", pair="<s> $A $B", special_tokens=[("<s>", bos)]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="<unk>",
        pad_token="<pad>",
        bos_token="<s>",
        eos_token="</s>",
        model_max_length=128,
        additional_special_tokens=["<|user|>", "<|assistant|>", "<|system|>", "<|end|>"],
    )
    if chat_template:
        fast.chat_template = CHAT_TEMPLATE
    return fast


def build_tiny_model(
    folder: str | Path, kind: str = "seqcls", *, seed: int = 0, chat_template: bool = True
) -> Path:
    """Save a tiny model + tokenizer to ``folder``; kind: seqcls (Llama RM), causal (Llama LM), bert
    (encoder), causal_ws (causal with the whitespace-only tokenizer that merges across boundaries)."""
    import torch
    from transformers import (
        BertConfig,
        BertModel,
        LlamaConfig,
        LlamaForCausalLM,
        LlamaForSequenceClassification,
    )

    folder = Path(folder)
    tokenizer = build_tokenizer(
        chat_template=chat_template and kind != "bert",
        bert=kind == "bert",
        split_punctuation=kind != "causal_ws",
    )
    torch.manual_seed(seed)
    if kind == "bert":
        config = BertConfig(
            vocab_size=len(tokenizer),
            hidden_size=32,
            num_hidden_layers=2,
            num_attention_heads=4,
            intermediate_size=64,
            max_position_embeddings=64,
            pad_token_id=tokenizer.pad_token_id,
        )
        model = BertModel(config)
    else:
        config = LlamaConfig(
            vocab_size=len(tokenizer),
            hidden_size=32,
            num_hidden_layers=2,
            num_attention_heads=4,
            num_key_value_heads=2,
            intermediate_size=64,
            max_position_embeddings=256,
            pad_token_id=tokenizer.pad_token_id,
            bos_token_id=tokenizer.bos_token_id,
            eos_token_id=tokenizer.eos_token_id,
            num_labels=1,
            tie_word_embeddings=False,
        )
        model = LlamaForSequenceClassification(config) if kind == "seqcls" else LlamaForCausalLM(config)
        kind = "seqcls" if kind == "seqcls" else "causal"
        with torch.no_grad():  # random init has a near-zero score head: widen it so scores differ visibly
            head = model.score if kind == "seqcls" else model.lm_head
            head.weight.normal_(0, 1.0)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def write_chat_items(path: str | Path) -> Path:
    """A small item file exercising the engine: chat and string prompts, k = 2 and 3, repeated
    (prompt, response) pairs across items, one very long prompt that must be truncated."""
    import json

    long_prompt = " ".join(["the sea is blue and deep ."] * 40) + " which is better ?"
    rows = [
        {
            "id": "a",
            "prompt": [{"role": "user", "content": "what is the capital of france ?"}],
            "responses": ["paris is the capital .", "berlin is the capital ."],
            "gold": [1, 0],
        },
        {
            "id": "b",
            "prompt": [
                {"role": "system", "content": "answer yes or no"},
                {"role": "user", "content": "water boils at 100 degrees ?"},
            ],
            "responses": ["yes", "no", "yes . water boils at 100 degrees ."],
            "gold": [2, 0, 1],
        },
        {
            "id": "c",
            "prompt": "what is the capital of france ?",
            "responses": ["paris is the capital .", "rome", "london is the capital of france ."],
            "gold": [1, 0, 0],
        },
        {
            "id": "d",
            "prompt": [{"role": "user", "content": "what is the capital of france ?"}],
            "responses": ["paris is the capital .", "madrid"],
            "gold": [1, 0],
        },
        {"id": "e", "prompt": long_prompt, "responses": ["the sea is blue .", "bad"], "gold": [1, 0]},
        {
            "id": "f",
            "prompt": "please write a short poem about the sea .",
            "responses": ["the sea is blue and deep . " * 3, "one two three", "the cat sat on the mat ."],
            "gold": [2, 0, 1],
        },
    ]
    path = Path(path)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def tiny_model_dir(kind: str = "seqcls") -> Path:
    """A built tiny model (``causal2``: kind causal, seed 2), shared by every test on this machine:
    built once into the temp folder (keyed by the hash of this file, so editing a builder rebuilds),
    then reused."""
    import hashlib
    import os
    import shutil
    import tempfile

    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / f"rmbench-tiny-{digest}" / kind
    if not (folder / "config.json").exists():
        tmp = folder.with_name(f".{kind}-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        build_tiny_model(tmp, kind.rstrip("0123456789"), seed=int(kind[-1]) if kind[-1].isdigit() else 0)
        try:
            tmp.rename(folder)
        except OSError:  # another process won the race: use theirs
            shutil.rmtree(tmp, ignore_errors=True)
    return folder
