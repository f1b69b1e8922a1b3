"""Download (or derive) the files of a task's ``data_files.yaml`` into a data folder, checked by sha256.

Why it is built this way:

- A file reaches its final name only once its sha256 matches the manifest (written as ``NAME.part``
  beside it, then renamed, so the rename is atomic): a corrupted or truncated download is never
  left where a loader would read it.
- An interrupted download keeps ``NAME.part`` and the next attempt asks for the rest with an HTTP
  ``Range`` request; a server that answers with the whole file (200) restarts it from zero.
  Transient errors are retried a few times (resuming) before giving up with a clear message.
- A mirror (``--mirror URL`` or ``$RMBENCH_DATA_MIRROR``) is a server (or a local folder) laid out
  like a data folder: every file, derived ones included, is fetched from ``MIRROR/<path>`` and
  checked by the same sha256. Tests use one over ``../shared/data``.
- Derived files are made by the task's own step (``derive: file.py:function``, called as
  ``function(data_dir, out_path, **args)``) from their ``inputs``, which are fetched first.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rmbench import __version__
from rmbench.items.io import current_umask
from rmbench.tasks.datafiles import DataFile, read_data_files
from rmbench.tasks.task import Task, resolve_loader

MIRROR_ENV = "RMBENCH_DATA_MIRROR"
CHUNK = 1 << 16
TIMEOUT_S = 30.0


class FetchError(Exception):
    """A file could not be fetched; the message says which, from where, and what to do."""


class ChecksumError(FetchError):
    """What arrived is not the pinned file (wrong size or sha256); nothing was kept."""


@dataclass(frozen=True)
class Fetched:
    path: str
    status: str  # present | downloaded | derived | manual | failed
    detail: str = ""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_present(root: Path, entry: DataFile) -> bool:
    """The file is there with the pinned size and sha256."""
    path = root / entry.path
    return path.is_file() and path.stat().st_size == entry.size and sha256_of(path) == entry.sha256


def mirror_url(mirror: str, relative: str) -> str:
    """``MIRROR/<path>``; a mirror given as a plain folder becomes a ``file://`` URL."""
    if "://" not in mirror:
        mirror = Path(mirror).resolve().as_uri()
    return mirror.rstrip("/") + "/" + urllib.parse.quote(relative)


class Progress:
    """One line per file on stderr: redrawn in place on a terminal, written once when done elsewhere."""

    def __init__(self, stream: IO[str] | None = None, every_s: float = 0.25):
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.every_s = every_s
        self._last = 0.0
        self._width = 0
        self.label = ""

    def start(self, label: str) -> None:
        self.label, self._last = label, 0.0

    def update(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.tty and now - self._last >= self.every_s:
            self._last = now
            self._write(f"\r{self.label}  {_mb(done)} / {_mb(total)}  {done / max(total, 1):.0%}")

    def done(self, status: str) -> None:
        self._write(("\r" if self.tty else "") + f"{self.label}  {status}", end="\n")

    def _write(self, text: str, end: str = "") -> None:
        width = len(text)
        self.stream.write(text.ljust(self._width) + end)  # cover what the last redraw left
        self._width = 0 if end else width
        self.stream.flush()


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def _open(url: str, offset: int) -> tuple[int, IO[bytes]]:
    """(offset the body starts at, body): a Range request when resuming; 0 when the server sends it all."""
    headers = {"User-Agent": f"rmbench/{__version__} (data fetch)"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    response = urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=TIMEOUT_S)
    status = getattr(response, "status", None) or 200  # None for file:// URLs
    if status == 206 and response.headers.get("Content-Range", "").startswith(f"bytes {offset}-"):
        return offset, response
    return 0, response  # the whole file: start over


def _receive(url: str, part: Path, entry: DataFile, progress: Progress) -> None:
    """Append the rest of ``url`` to ``part`` (resuming from its size), refusing more than the pinned size."""
    have = part.stat().st_size if part.exists() else 0
    if have >= entry.size:
        part.unlink()
        have = 0
    try:
        start, body = _open(url, have)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # the range is past the end: start over
            part.unlink()
            start, body = _open(url, 0)
        else:
            raise
    with body, part.open("r+b" if part.exists() else "wb") as out:
        out.seek(start)
        out.truncate()
        done = start
        for block in iter(lambda: body.read(CHUNK), b""):
            done += len(block)
            if done > entry.size:
                raise ChecksumError(f"{url}: more than the pinned {entry.size} bytes arrived")
            out.write(block)
            progress.update(done, entry.size)
    if done < entry.size:  # the server closed the connection early: resumable
        raise ConnectionError(f"the transfer stopped after {done} of {entry.size} bytes")


def download(
    url: str, dest: Path, entry: DataFile, progress: Progress, retries: int = 2, wait_s: float = 1.0
) -> None:
    """Fetch ``url`` to ``dest`` through ``dest.part``: resumed, verified, renamed only when right."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    for attempt in range(retries + 1):
        try:
            _receive(url, part, entry, progress)
            break
        except ChecksumError:
            part.unlink(missing_ok=True)
            raise
        except urllib.error.HTTPError as exc:
            raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
        except (OSError, http.client.HTTPException) as exc:  # no network, a cut connection, a timeout
            if attempt == retries:
                kept = f"; {part.stat().st_size} bytes kept in {part}" if part.exists() else ""
                raise FetchError(
                    f"{url}: {getattr(exc, 'reason', exc)}{kept}: run the same command again to resume"
                ) from exc
            time.sleep(wait_s * 2**attempt)
    _verify_and_place(part, dest, entry, url)


def _verify_and_place(tmp: Path, dest: Path, entry: DataFile, origin: str) -> None:
    size = tmp.stat().st_size
    digest = sha256_of(tmp)
    if size != entry.size or digest != entry.sha256:
        tmp.unlink()
        raise ChecksumError(
            f"{origin}: refused, it is not the pinned file {entry.path} (size {size} vs {entry.size}, "
            f"sha256 {digest[:12]}... vs {entry.sha256[:12]}...); nothing was kept"
        )
    os.chmod(tmp, 0o666 & ~current_umask())
    os.replace(tmp, dest)


class Fetcher:
    """Fetches the entries of one task into ``root``: present ones are checked, not downloaded again."""

    def __init__(
        self,
        task: Task,
        root: Path,
        mirror: str | None = None,
        progress: Progress | None = None,
        retries: int = 2,
    ):
        self.task = task
        self.root = Path(root)
        self.mirror = mirror
        self.progress = progress or Progress()
        self.retries = retries
        self.entries = {e.path: e for e in read_data_files(task.folder)}

    def fetch(self, entry: DataFile) -> Fetched:
        label = f"{self.task.name}: {entry.path}"
        self.progress.start(label)
        if is_present(self.root, entry):
            self.progress.done("present (sha256 ok)")
            return Fetched(entry.path, "present")
        try:
            status = self._get(entry)
        except FetchError as exc:
            self.progress.start(label)  # an input fetched on the way may have taken the line
            self.progress.done("FAILED")
            return Fetched(entry.path, "failed", str(exc))
        self.progress.done(status if status != "manual" else "not fetched (manual)")
        return Fetched(entry.path, status, entry.manual if status == "manual" else "")

    def _get(self, entry: DataFile) -> str:
        dest = self.root / entry.path
        if self.mirror:
            download(mirror_url(self.mirror, entry.path), dest, entry, self.progress, self.retries)
            return "downloaded"
        if entry.url:
            download(entry.url, dest, entry, self.progress, self.retries)
            return "downloaded"
        if entry.derive:
            self._derive(entry, dest)
            return "derived"
        return "manual"

    def _derive(self, entry: DataFile, dest: Path) -> None:
        for name in entry.inputs:
            source = self.entries[name]
            if not is_present(self.root, source):
                result = self.fetch(source)
                if result.status not in ("downloaded", "derived"):
                    raise FetchError(
                        f"{entry.path}: its input {name} is missing ({result.detail or result.status})"
                    )
        self.progress.start(f"{self.task.name}: {entry.path}")
        step: Callable[..., None] = resolve_loader(self.task.config, entry.derive)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".part")
        try:
            step(self.root, tmp, **entry.args)
        except Exception as exc:
            tmp.unlink(missing_ok=True)
            raise FetchError(f"{entry.path}: the step {entry.derive} failed: {exc}") from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _verify_and_place(
            tmp, dest, entry, f"{entry.derive} (derived from {len(entry.inputs)} upstream files)"
        )
