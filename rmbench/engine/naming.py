"""Run folder names that say what distinguishes a run, so runs never overwrite each other.

``<model>-<scope>-<hash>``: the model's name, what was scored (``builtin``, ``public``, ``all`` or
``custom`` for chosen tasks, subsets or item files; ``-s30`` for a seeded sample of 30, ``-l30``
for the first 30) and a short hash of every setting that changes the numbers (model spec and
options, selection, max length, dtype, metric settings). The same command run again maps to the
same folder (it resumes and replaces only itself); a run with other settings gets another folder.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from rmbench.results import safe_name

IGNORED_MODEL_ARGS = ("name",)  # the display name does not change a score


def settings_hash(settings: dict[str, Any]) -> str:
    blob = json.dumps(settings, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:6]


def scope_label(
    *,
    suite: str | None,
    tasks: Sequence[str] | None,
    subsets: Sequence[str] | str | None,
    items: Sequence[Any],
    limit: int | None,
    sample: int | None,
) -> str:
    scope = "custom" if (tasks or subsets or items) else (suite or "builtin")
    if sample is not None:
        scope += f"-s{sample}"
    if limit is not None:
        scope += f"-l{limit}"
    return scope


def run_folder_name(model_name: str, scope: str, settings: dict[str, Any]) -> str:
    """``<model>-<scope>-<hash of settings>``, one safe path component."""
    return safe_name(f"{safe_name(model_name)}-{scope}-{settings_hash(settings)}")
