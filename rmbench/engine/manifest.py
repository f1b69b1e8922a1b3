"""What a run folder records about how its numbers were made (reproducibility, cost)."""

from __future__ import annotations

import binascii
import hashlib
import platform
import resource
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from rmbench import __version__
from rmbench.items import Item
from rmbench.items.lazy import content_digests

LIBRARIES = ("torch", "transformers", "tokenizers", "numpy", "scipy", "sacrebleu")


def git_commit() -> str | None:
    """The commit of the rmbench source tree, when it is a git checkout (None for a wheel)."""
    root = Path(__file__).resolve().parents[2]
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def library_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def data_hash(items: Sequence[Item]) -> str:
    """Hash of what a subset asks (prompts, responses, gold) in order: sha256 of the items'
    :meth:`Item.content_hash` hex strings one after the other."""
    return hashlib.sha256(binascii.hexlify(content_digests(items))).hexdigest()[:32]


def peak_memory_mb(device: str) -> dict[str, float]:
    """Peak resident memory of this process, and of the accelerator when one was used."""
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = {"host_rss_mb": round(rss_kb / (1024 if sys.platform != "darwin" else 1024 * 1024), 1)}
    if str(device).startswith("cuda"):
        import torch

        out["device_mb"] = round(torch.cuda.max_memory_allocated() / 2**20, 1)
    return out


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def base_manifest() -> dict[str, Any]:
    return {"rmbench_version": __version__, "git_commit": git_commit(), "libraries": library_versions()}
