"""``--model KIND:ARG`` -> adapter. Adapter modules are imported only when used (torch is heavy)."""

from __future__ import annotations

import importlib
from typing import Any

from rmbench.models.base import Adapter

KINDS: dict[str, str] = {
    "hf": "rmbench.models.hf:HFAdapter",
    "dpo": "rmbench.models.dpo:DPOAdapter",
    "logprob": "rmbench.models.logprob:LogprobAdapter",
    "judge": "rmbench.models.judge:JudgeAdapter",
    "embed": "rmbench.models.embed:EmbedAdapter",
    "chrf": "rmbench.models.reference:ChrfAdapter",
    "bleu": "rmbench.models.reference:BleuAdapter",
    "length": "rmbench.models.length:LengthAdapter",
    "random": "rmbench.models.random:RandomAdapter",
    "python": "rmbench.models.python:PythonAdapter",
    "http": "rmbench.models.http:HTTPAdapter",
}


def parse_spec(spec: str) -> tuple[str, str]:
    """(kind, arg); the kind is ``hf`` when omitted; a bare URL is ``http``."""
    if spec.startswith(("http://", "https://")):
        return "http", spec
    kind, sep, arg = spec.partition(":")
    if sep and kind in KINDS:
        return kind, arg
    if not sep and spec in KINDS:
        return spec, ""
    return "hf", spec


def parse_model_args(pairs: list[str] | None) -> dict[str, str]:
    """``KEY=VALUE`` strings (``--model-arg``) as a dict."""
    out: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"--model-arg {pair!r}: expected KEY=VALUE")
        out[key.strip()] = value
    return out


def load_adapter(spec: str | Adapter, **options: Any) -> Adapter:
    """An adapter from a spec; options (device, dtype, max_length, seed, adapter-specific) are passed on."""
    if isinstance(spec, Adapter):
        return spec
    kind, arg = parse_spec(spec)
    module_name, _, cls_name = KINDS[kind].partition(":")
    cls = getattr(importlib.import_module(module_name), cls_name)
    return cls(arg, **{k: v for k, v in options.items() if v is not None})
