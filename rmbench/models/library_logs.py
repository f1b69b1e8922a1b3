"""transformers' and huggingface_hub's console messages, each said once and in terms of what it means here.

- A ``LOAD REPORT`` whose only finding is a missing score head (``classifier.*``, ``score.*``,
  ``pooler.*`` newly initialised) means a base model was loaded as a reward model: its scores come
  from an untrained, seeded head. That is worth one plain line (it is a baseline, not an RM), not a
  table that reads like a failure. ``rmbench train`` adds the head on purpose and says so itself,
  so inside :func:`new_head_expected` the report is dropped. Any other finding is shown unchanged.
- ``Token indices sequence length is longer than the specified maximum sequence length``: rmbench
  tokenises whole inputs and then left-truncates the prompt itself (each summary reports its
  truncation rate), so the warning describes something that never happens: dropped.
- huggingface_hub logs through its own handler; a root handler (``logging.basicConfig``) printed
  each of its warnings a second time. Its records stop at its own handler.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

HEAD_MODULES = ("classifier", "score", "pooler")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_ROW = re.compile(r"^\s*([\w.{},\s-]+?)\s*\|\s*([A-Z_]+)\s*\|")


def missing_head_keys(report: str) -> list[str] | None:
    """The keys of a LOAD REPORT when all it reports is a missing score head, else None."""
    text = _ANSI.sub("", report)
    rows = [m.groups() for line in text.splitlines() if (m := _ROW.match(line)) and m.group(2) != "Status"]
    if not rows or any(status != "MISSING" for _, status in rows):
        return None
    keys = [key.strip() for key, _ in rows]
    return keys if all(key.split(".")[0] in HEAD_MODULES for key in keys) else None


class HarmlessMessages(logging.Filter):
    """Rewrites or drops the messages described in the module docstring."""

    def __init__(self) -> None:
        super().__init__()
        self.head_expected = 0
        self.explained: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith("Token indices sequence length is longer than the specified maximum"):
            return False
        if "LOAD REPORT" not in message:
            return True
        keys = missing_head_keys(message)
        if keys is None:
            return True
        if self.head_expected:
            return False
        source = _ANSI.sub("", message.splitlines()[0]).partition(" from: ")[2].strip() or "the model"
        if source in self.explained:
            return False
        self.explained.add(source)
        record.msg = (
            f"note: {source} has no trained score head "
            f"({', '.join(sorted(keys))} newly initialised, seeded): "
            "its scores come from an untrained head, so it is a baseline here, not a reward model"
        )
        record.args = ()
        return True


_FILTER = HarmlessMessages()
_LOGGERS = ("transformers.modeling_utils", "transformers.tokenization_utils_base")


def install() -> HarmlessMessages:
    """Attach the filter (idempotent) and stop huggingface_hub's records reaching the root handler."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
    try:  # through its own API, which also makes sure its handler exists
        from huggingface_hub.utils import logging as hub_logging

        hub_logging.disable_propagation()
    except ImportError:  # pragma: no cover - a dependency of transformers
        pass
    return _FILTER


@contextmanager
def new_head_expected() -> Iterator[None]:
    """Inside, a report of a missing score head is dropped: the caller adds the head on purpose."""
    install()
    _FILTER.head_expected += 1
    try:
        yield
    finally:
        _FILTER.head_expected -= 1
