"""Model adapters: one file per kind; the registry maps ``--model KIND:ARG`` to them."""

from rmbench.models.base import Adapter, Prepared, Request
from rmbench.models.registry import ModelKind, load_adapter, model_kinds, parse_spec

__all__ = ["Adapter", "ModelKind", "Prepared", "Request", "load_adapter", "model_kinds", "parse_spec"]
