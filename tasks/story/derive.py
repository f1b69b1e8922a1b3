"""How ``rmbench data fetch`` rebuilds the story task's local copies that differ from their upstream.

The creativity_eval files under ``Writing_Alignment/`` carry a ``Human-Written`` field (published
literary paragraphs, which the loaders never read); the local copies leave it out. The upstream
file is fetched (pinned, checked by sha256) to ``_upstream/<path>`` and this step writes the copy
the loaders read: the same JSON without that key at any depth, written with ``indent=1`` and
non-ASCII kept, which reproduces the shared copy byte for byte (checked when ``data_files.yaml``
was built, and on every fetch by the copy's own sha256).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _without(value: Any, field: str) -> Any:
    if isinstance(value, dict):
        return {k: _without(v, field) for k, v in value.items() if k != field}
    if isinstance(value, list):
        return [_without(v, field) for v in value]
    return value


def drop_json_field(data_dir: Path, out: Path, source: str, field: str) -> None:
    """Write ``source`` (a JSON file under ``data_dir``) to ``out`` without the key ``field``."""
    data = json.loads((Path(data_dir) / source).read_text(encoding="utf-8"))
    Path(out).write_text(json.dumps(_without(data, field), indent=1, ensure_ascii=False), encoding="utf-8")
