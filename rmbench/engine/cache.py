"""On-disk score cache: SQLite in WAL mode, keyed by model fingerprint + request hash.

WAL lets many readers (other runs, other ranks) read while one process writes; each batch is
committed as soon as it is scored, so a run killed midway loses at most the batch in flight and
a restart scores only what is missing.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

CACHE_ENV = "RMBENCH_CACHE_DIR"
CACHE_FILE = "scores.sqlite"


def default_cache_path() -> Path:
    """``$RMBENCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/rmbench``, else ``~/.cache/rmbench``."""
    base = os.environ.get(CACHE_ENV)
    if base:
        return Path(base) / CACHE_FILE
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "rmbench" / CACHE_FILE


LOCK_TIMEOUT_S = 120.0


class ScoreCache:
    def _enable_wal(self) -> None:
        """Switch to WAL, retrying while another process (e.g. another torchrun rank) creates the file.

        SQLite can answer "database is locked" to a journal-mode change at once, without waiting
        on the busy timeout, when two connections open a new database together.
        """
        deadline = time.monotonic() + LOCK_TIMEOUT_S
        delay = 0.01
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def __init__(self, path: str | os.PathLike[str], fingerprint: str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fingerprint = fingerprint
        self._db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
        self._enable_wal()
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS scores (model TEXT NOT NULL, request TEXT NOT NULL,"
            " score REAL NOT NULL, PRIMARY KEY (model, request)) WITHOUT ROWID"
        )

    def get_many(self, keys: Iterable[str]) -> dict[str, float]:
        keys = list(keys)
        found: dict[str, float] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT request, score FROM scores WHERE model = ? AND request IN ({marks})",
                [self.fingerprint, *chunk],
            )
            found.update(rows.fetchall())
        return found

    def put_many(self, keys: Sequence[str], scores: Sequence[float]) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany(
                "INSERT OR REPLACE INTO scores (model, request, score) VALUES (?, ?, ?)",
                [(self.fingerprint, k, float(s)) for k, s in zip(keys, scores, strict=True)],
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM scores WHERE model = ?", [self.fingerprint]).fetchone()[
            0
        ]

    def close(self) -> None:
        self._db.close()


class NullCache:
    """No caching (``--no-cache``)."""

    path = None

    def get_many(self, keys: Iterable[str]) -> dict[str, float]:
        return {}

    def put_many(self, keys: Sequence[str], scores: Sequence[float]) -> None:
        return None

    def close(self) -> None:
        return None
