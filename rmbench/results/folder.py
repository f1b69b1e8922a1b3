"""Placing a run folder in an output directory without ever losing another run.

- A run folder's name is one path component of safe characters (:func:`safe_name`), so a name
  can never point outside the output directory or at it (``.``, ``..``, ``a/b`` are refused).
- A folder is written into a temporary sibling and swapped in, so readers never see a half-written
  run; only that run's own folder is ever replaced or deleted.
- While a run is being scored and written its folder is locked (:class:`RunLock`): a second process
  writing the same run folder fails at once with a clear message instead of overwriting it later.
- Temporary siblings left by killed runs (``.NAME.tmp-PID`` whose PID is gone) are removed.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")
_UNSAFE = re.compile(r"[^A-Za-z0-9._+-]+")
_TMP = re.compile(r"^\.(?P<name>.+)\.(?:tmp|old)-(?P<pid>\d+)$")
MAX_NAME = 120


class RunFolderLockedError(RuntimeError):
    """Another process is writing the same run folder."""


class RunNameError(ValueError):
    """A run name that cannot be a folder name (empty, ``.``, ``..``)."""


def safe_name(name: str) -> str:
    """``name`` as one safe path component: unsafe runs of characters become ``-``.

    Refuses names that are empty or only dots after cleaning (``.``, ``..``), which would address
    the output folder or its parent.
    """
    cleaned = _UNSAFE.sub("-", str(name)).lstrip(".-")[:MAX_NAME].rstrip("-")
    if not cleaned:
        raise RunNameError(f"run name {name!r} has no usable characters (letters, digits, . _ + -)")
    return cleaned


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError as exc:
        return exc.errno == errno.EPERM
    return True


def remove_stale_temporaries(parent: Path) -> list[Path]:
    """Delete ``.NAME.tmp-PID`` / ``.NAME.old-PID`` folders of processes that no longer exist."""
    removed: list[Path] = []
    if not parent.is_dir():
        return removed
    for child in parent.iterdir():
        m = _TMP.match(child.name)
        if m and child.is_dir() and not _pid_alive(int(m.group("pid"))):
            shutil.rmtree(child, ignore_errors=True)
            removed.append(child)
    return removed


class RunLock:
    """An exclusive lock on one run folder (flock on a file named by a hash of the folder's path).

    The lock file lives in the system's temporary folder, not in the output folder, so a killed run
    leaves nothing beside the runs; the kernel releases a dead process's flock, so a stale file
    never blocks anyone.
    """

    def __init__(self, parent: str | Path, name: str):
        self.parent, self.name = Path(parent), safe_name(name)
        digest = hashlib.sha256(str((self.parent / self.name).resolve()).encode("utf-8")).hexdigest()[:24]
        self.path = Path(tempfile.gettempdir()) / "rmbench-locks" / f"{digest}.lock"
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise RunFolderLockedError(
                f"{self.parent / self.name}: another rmbench process (pid {holder}) is writing this run "
                f"folder; "
                "wait for it, or give this run another --output or name"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._fd is not None:
            self.path.unlink(missing_ok=True)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def write_folder_atomically(parent: str | Path, name: str, write: Callable[[Path], T]) -> tuple[Path, T]:
    """Call ``write(tmp_folder)`` and swap the result in as ``parent/name``; return (folder, result).

    Only ``parent/name`` (an earlier run of the same name) and this process's own temporaries are
    ever replaced or removed.
    """
    parent = Path(parent)
    folder = parent / safe_name(name)
    parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(parent)
    tmp = parent / f".{folder.name}.tmp-{os.getpid()}"
    old = parent / f".{folder.name}.old-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    result: Any = None
    try:
        result = write(tmp)
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return folder, result
