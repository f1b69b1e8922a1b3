"""``--model KIND:ARG`` -> adapter, through a registry of model kinds that packages can extend.

Built-in kinds are listed here with a one-line summary (so ``--model`` help and the README table
come from one place without importing torch); a third-party package adds a kind through the
entry-point group ``rmbench.models`` (name = the kind, value = ``module:AdapterClass``), with no
edit to rmbench. Adapter modules are imported only when a kind is used.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from rmbench.models.base import Adapter

ENTRY_POINT_GROUP = "rmbench.models"


@dataclass(frozen=True)
class ModelKind:
    name: str
    target: str  # "module:AdapterClass"
    summary: str  # one line: what it scores and what ARG is

    def load(self) -> type[Adapter]:
        module_name, _, cls_name = self.target.partition(":")
        cls = getattr(importlib.import_module(module_name), cls_name)
        if not (isinstance(cls, type) and issubclass(cls, Adapter)):
            raise TypeError(f"model kind {self.name!r}: {self.target} is not an rmbench Adapter class")
        return cls


BUILTIN_KINDS = (
    ModelKind(
        "hf",
        "rmbench.models.hf:HFAdapter",
        "sequence-classification reward model (hub id or folder)",
    ),
    ModelKind(
        "dpo",
        "rmbench.models.dpo:DPOAdapter",
        "DPO implicit reward of a policy (ARG) against ref=MODEL",
    ),
    ModelKind(
        "logprob",
        "rmbench.models.logprob:LogprobAdapter",
        "mean response log-probability under a causal LM",
    ),
    ModelKind(
        "judge",
        "rmbench.models.judge:JudgeAdapter",
        "generative LM judging pairs: P('A') vs P('B'), both orders",
    ),
    ModelKind(
        "embed",
        "rmbench.models.embed:EmbedAdapter",
        "cosine of prompt and response embeddings (baseline)",
    ),
    ModelKind(
        "chrf",
        "rmbench.models.reference:ChrfAdapter",
        "chrF against meta.reference (MT baseline)",
    ),
    ModelKind(
        "bleu",
        "rmbench.models.reference:BleuAdapter",
        "BLEU against meta.reference (MT baseline)",
    ),
    ModelKind(
        "length",
        "rmbench.models.length:LengthAdapter",
        "longer is better (trivial baseline)",
    ),
    ModelKind(
        "random",
        "rmbench.models.random:RandomAdapter",
        "seeded random scores (trivial baseline)",
    ),
    ModelKind(
        "python",
        "rmbench.models.python:PythonAdapter",
        "module:function(prompts, responses) -> scores",
    ),
    ModelKind(
        "http",
        "rmbench.models.http:HTTPAdapter",
        "OpenAI-compatible or vLLM server (URL)",
    ),
)


def _entry_point_kinds() -> list[ModelKind]:
    found = []
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        summary = ep.value
        try:
            doc = (ep.load().__doc__ or "").strip()
            summary = doc.splitlines()[0] if doc else summary
        except Exception as exc:  # a broken plug-in must not break every other kind: say what it is
            summary = f"(cannot be imported: {exc})"
        found.append(ModelKind(ep.name, ep.value, summary))
    return found


def model_kinds() -> dict[str, ModelKind]:
    """Every kind: the built-in ones, then those of installed packages (which may not shadow them)."""
    kinds = {k.name: k for k in BUILTIN_KINDS}
    for kind in _entry_point_kinds():
        kinds.setdefault(kind.name, kind)
    return kinds


def model_help() -> str:
    """The ``--model`` help text, built from the registry."""
    names = ", ".join(f"{k.name}" for k in model_kinds().values())
    return (
        f"model to score (repeatable), KIND:ARG with KIND one of {names} (hf when omitted). "
        "Default: the reference panel"
    )


def parse_spec(spec: str, kinds: dict[str, ModelKind] | None = None) -> tuple[str, str]:
    """(kind, arg); the kind is ``hf`` when omitted; a bare URL is ``http``."""
    kinds = kinds if kinds is not None else model_kinds()
    if spec.startswith(("http://", "https://")):
        return "http", spec
    kind, sep, arg = spec.partition(":")
    if sep and kind in kinds:
        return kind, arg
    if not sep and spec in kinds:
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
    kinds = model_kinds()
    kind, arg = parse_spec(spec, kinds)
    cls = kinds[kind].load()
    return cls(arg, **{k: v for k, v in options.items() if v is not None})
