"""Shared by the adapters that run a transformers model: device/dtype choice, loading, hashing, padding.

Defaults: CUDA when available, bf16 there and fp32 on CPU (bf16 matmuls on CPU are slow and
their rounding would make CPU scores disagree with the fp32 reference). ``--dtype bf16`` on a CPU
is allowed, and pays off only on CPUs with native bf16 (AVX512-BF16, AMX): elsewhere a warning
says it is emulated. benchmarks/results/mqm_minilm_bf16.json measures speed and how far scores
and accuracies move. ``trust_remote_code``
is never turned on unless asked for. A ``.gguf`` file (e.g. a quantised SmolLM2) is loaded
through transformers' GGUF support and de-quantised.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DTYPES = {
    "float32": "float32",
    "fp32": "float32",
    "bfloat16": "bfloat16",
    "bf16": "bfloat16",
    "float16": "float16",
    "fp16": "float16",
}


def pick_device(requested: str | None) -> str:
    import torch

    if requested in (None, "", "auto"):
        return "cuda" if torch.cuda.is_available() else "cpu"
    if requested.startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(f"--device {requested}: CUDA is not available on this machine")
    return requested


def pick_dtype(requested: str | None, device: str) -> Any:
    import torch

    if requested in (None, "", "auto"):
        return torch.bfloat16 if device.startswith("cuda") else torch.float32
    if requested not in DTYPES:
        raise ValueError(f"--dtype {requested!r}: expected one of {', '.join(sorted(DTYPES))}")
    dtype = getattr(torch, DTYPES[requested])
    if dtype == torch.bfloat16 and device == "cpu" and not cpu_has_native_bf16():
        log.warning(
            "--dtype bf16: this CPU has no native bf16 arithmetic (AVX512-BF16 or AMX), so torch "
            "emulates it and scoring is much slower than fp32 (measured 33x on a matrix product "
            "on an AMD EPYC without it); fp32 is the default for this reason"
        )
    return dtype


def cpu_has_native_bf16() -> bool:
    """Whether the CPU computes in bf16 natively (AVX512-BF16 or AMX), so ``--dtype bf16`` can pay off."""
    import torch

    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, name, lambda: False)() for name in checks)


def split_model_path(arg: str) -> tuple[str, str | None]:
    """(folder or hub id, gguf file name or None)."""
    path = Path(arg)
    if path.suffix.lower() == ".gguf":
        if not path.is_file():
            raise FileNotFoundError(f"model file {path} not found")
        return str(path.parent), path.name
    return arg, None


def check_model_path(arg: str) -> None:
    """A clear error for a path that does not exist (rather than a hub lookup that fails offline)."""
    looks_local = arg.startswith((".", "/", "~")) or Path(arg).exists() or arg.count("/") > 1
    if looks_local and not Path(arg).expanduser().exists():
        raise FileNotFoundError(f"model folder {arg} not found")


def content_hash(arg: str) -> str:
    """SHA-256 over a model folder's files (names and bytes), or the hub id when not local."""
    root, gguf = split_model_path(arg)
    folder = Path(root)
    if not folder.exists():
        return hashlib.sha256(arg.encode()).hexdigest()
    files = (
        [folder / gguf]
        if gguf
        else sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    )
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(folder)).encode())
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def load_tokenizer(arg: str, trust_remote_code: bool = False) -> Any:
    from transformers import AutoTokenizer

    root, gguf = split_model_path(arg)
    check_model_path(root)
    kwargs: dict[str, Any] = {"trust_remote_code": trust_remote_code}
    if gguf:
        kwargs["gguf_file"] = gguf
    return AutoTokenizer.from_pretrained(root, **kwargs)


def load_model(
    auto_class: Any,
    arg: str,
    device: str,
    dtype: Any,
    *,
    seed: int = 0,
    trust_remote_code: bool = False,
    device_map: str | None = None,
    **kwargs: Any,
) -> Any:
    """A model in eval mode on ``device``; new (missing) weights are initialised from ``seed``."""
    import torch

    root, gguf = split_model_path(arg)
    check_model_path(root)
    if gguf:
        kwargs["gguf_file"] = gguf
    if device_map:
        kwargs["device_map"] = device_map
    torch.manual_seed(seed)
    model = auto_class.from_pretrained(root, dtype=dtype, trust_remote_code=trust_remote_code, **kwargs)
    if not device_map:
        model.to(device)
    model.eval()
    return model


def input_device(model: Any) -> Any:
    """Where inputs go (the first device of a model spread with device_map)."""
    return next(model.parameters()).device


def pad_right(seqs: Sequence[Sequence[int]], pad_id: int, device: Any) -> tuple[Any, Any]:
    """(ids, attention mask) padded on the right: positions of real tokens never move."""
    import torch

    longest = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), longest), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), longest), dtype=torch.long)
    for row, seq in enumerate(seqs):
        ids[row, : len(seq)] = torch.tensor(list(seq), dtype=torch.long)
        mask[row, : len(seq)] = 1
    return ids.to(device), mask.to(device)


def pad_id_of(tokenizer: Any) -> int:
    for candidate in (tokenizer.pad_token_id, tokenizer.eos_token_id, 0):
        if candidate is not None:
            return int(candidate)
    return 0


def default_max_length(tokenizer: Any, model: Any, fallback: int = 4096) -> int:
    """The tokenizer's limit, else the model's positions, else ``fallback`` (huge sentinels ignored)."""
    limit = getattr(tokenizer, "model_max_length", None)
    if isinstance(limit, int) and 0 < limit < 1_000_000:
        return limit
    positions = getattr(getattr(model, "config", None), "max_position_embeddings", None)
    return int(positions) if positions else fallback


def as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")
