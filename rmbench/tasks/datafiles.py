"""Where public data lives on this machine, and the manifest that says how to get each file.

A task's public loaders read local copies under a data folder: ``--data-dir`` when given, else
``$RMBENCH_DATA_DIR``, else the user cache (``$RMBENCH_CACHE_DIR/data``, ``$XDG_CACHE_HOME/rmbench/data``
or ``~/.cache/rmbench/data``), which ``rmbench data fetch`` fills. So a user anywhere can run
``--suite public`` after one fetch, with no flag.

``data_files.yaml`` beside a task.yaml lists every file its loaders read (found by tracing them, see
``scripts/build_data_manifest.py``), each with its size and sha256 and exactly one way to get it:

- ``url``: a download pinned to an upstream commit (raw GitHub URL at the full commit hash);
- ``derive: file.py:function`` with ``inputs`` (other entries, by path) and ``args``: the local copy is
  made from upstream files by a documented step in the task folder, checked by the same sha256;
- ``manual``: why it cannot be fetched automatically (a mirror that holds it still can serve it).

``used_by`` names the subsets whose loaders read the file (empty: an input of a derived file only).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from rmbench.tasks.config import TaskConfigError, check_keys

MANIFEST_FILE = "data_files.yaml"
DATA_DIR_ENV = "RMBENCH_DATA_DIR"
CACHE_ENV = "RMBENCH_CACHE_DIR"
ENTRY_KEYS = ("path", "sha256", "size", "url", "derive", "args", "inputs", "manual", "used_by", "note")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def data_cache_dir() -> Path:
    """The user-wide data folder ``rmbench data fetch`` fills (not created here)."""
    base = os.environ.get(CACHE_ENV)
    if base:
        return Path(base) / "data"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "rmbench" / "data"


def default_data_dir() -> Path:
    """``$RMBENCH_DATA_DIR`` when set, else the user data cache."""
    value = os.environ.get(DATA_DIR_ENV)
    return Path(value) if value else data_cache_dir()


@dataclass(frozen=True)
class DataFile:
    """One file under the data folder and how to get it (exactly one of url, derive, manual)."""

    path: str
    sha256: str
    size: int
    url: str = ""
    derive: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    inputs: tuple[str, ...] = ()
    manual: str = ""
    used_by: tuple[str, ...] = ()
    note: str = ""

    @property
    def how(self) -> str:
        return "download" if self.url else "derive" if self.derive else "manual"


def _entry(raw: Any, where: str) -> DataFile:
    if not isinstance(raw, dict):
        raise TaskConfigError(f"{where}: expected a mapping with path, sha256, size and url/derive/manual")
    check_keys(raw, ENTRY_KEYS, where)
    for key in ("path", "sha256", "size"):
        if key not in raw:
            raise TaskConfigError(f"{where}: missing field {key!r}")
    path = str(raw["path"])
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not path:
        raise TaskConfigError(f"{where}: path {path!r} must be relative to the data folder, without '..'")
    if not _SHA256.match(str(raw["sha256"])):
        raise TaskConfigError(f"{where}: sha256 must be 64 lowercase hex digits, got {raw['sha256']!r}")
    if not isinstance(raw["size"], int) or raw["size"] < 0:
        raise TaskConfigError(f"{where}: size must be a non-negative integer, got {raw['size']!r}")
    ways = [k for k in ("url", "derive", "manual") if raw.get(k)]
    if len(ways) != 1:
        raise TaskConfigError(f"{where}: give exactly one of url, derive, manual (got {ways or 'none'})")
    if raw.get("inputs") and not raw.get("derive"):
        raise TaskConfigError(f"{where}: inputs only make sense with derive")
    return DataFile(
        path=path,
        sha256=str(raw["sha256"]),
        size=int(raw["size"]),
        url=str(raw.get("url") or ""),
        derive=str(raw.get("derive") or ""),
        args=dict(raw.get("args") or {}),
        inputs=tuple(str(p) for p in raw.get("inputs") or ()),
        manual=str(raw.get("manual") or "").strip(),
        used_by=tuple(str(s) for s in raw.get("used_by") or ()),
        note=str(raw.get("note") or "").strip(),
    )


def read_data_files(task_folder: Path) -> list[DataFile]:
    """The entries of a task folder's ``data_files.yaml`` (empty when it has none), checked."""
    path = Path(task_folder) / MANIFEST_FILE
    if not path.exists():
        return []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise TaskConfigError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("files"), list):
        raise TaskConfigError(f"{path}: expected a mapping with a 'files' list")
    check_keys(raw, ("files",), str(path))
    entries = [_entry(item, f"{path}: files[{i}]") for i, item in enumerate(raw["files"])]
    known = {e.path for e in entries}
    if len(known) != len(entries):
        raise TaskConfigError(f"{path}: a path is listed twice")
    for e in entries:
        missing = [p for p in e.inputs if p not in known]
        if missing:
            raise TaskConfigError(f"{path}: {e.path}: inputs not listed as files: {', '.join(missing)}")
    return entries


def needed_files(entries: Iterable[DataFile], subsets: Iterable[str]) -> list[DataFile]:
    """The entries the loaders of these subsets read, in manifest order."""
    wanted = set(subsets)
    return [e for e in entries if wanted.intersection(e.used_by)]


def missing_data_hint(task_folder: Path, task: str, relative: str) -> str:
    """What to tell a user whose data folder lacks ``relative`` (what the fetch would do, or why not)."""
    prefix = relative.rstrip("/") + "/"
    under = [e for e in read_data_files(task_folder) if e.path == relative or e.path.startswith(prefix)]
    manual = next((e for e in under if e.manual), None)
    if manual is not None:
        return f"{manual.path} cannot be fetched automatically: {manual.manual}"
    if under:
        return f"run `rmbench data fetch {task}` (or pass --data-dir to a folder holding a copy)"
    return "pass --data-dir to a folder holding a copy"
