"""Model adapters, one per file, built from a ``KIND:ARG`` spec by :func:`load_adapter`."""

from rmbench.models.base import Adapter, Prepared, Request
from rmbench.models.registry import KINDS, load_adapter, parse_spec

__all__ = ["KINDS", "Adapter", "Prepared", "Request", "load_adapter", "parse_spec"]
