"""Items: the record format, reading/writing and validation (the bottom layer: imports nothing of rmbench)."""

from rmbench.items.io import (
    atomic_write_bytes,
    atomic_write_text,
    items_from_records,
    iter_raw_records,
    read_items,
    write_items,
)
from rmbench.items.schema import Item, last_user_text, normalise_record, prompt_as_messages, prompt_text
from rmbench.items.validate import ItemValidationError, Problem, validate_raw

__all__ = [
    "Item",
    "ItemValidationError",
    "Problem",
    "atomic_write_bytes",
    "atomic_write_text",
    "items_from_records",
    "iter_raw_records",
    "last_user_text",
    "normalise_record",
    "prompt_as_messages",
    "prompt_text",
    "read_items",
    "validate_raw",
    "write_items",
]
