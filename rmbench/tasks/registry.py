"""Find tasks: built-in ones in the wheel, ``--task-dir`` folders, and ``rmbench.tasks`` entry points.

Discovery only lists folders; a task.yaml is parsed the first time that task is asked for, and
no data file is read until a subset is loaded.
"""

from __future__ import annotations

import difflib
import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from rmbench.tasks.config import SubsetConfig
from rmbench.tasks.task import Task

ENTRY_POINT_GROUP = "rmbench.tasks"


class UnknownNameError(KeyError):
    """An unknown task or subset; the message suggests the closest names."""

    def __str__(self) -> str:  # KeyError quotes its message otherwise
        return str(self.args[0])


def did_you_mean(name: str, choices: Iterable[str], what: str) -> UnknownNameError:
    choices = sorted(choices)
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return UnknownNameError(f"unknown {what} {name!r}{hint} (known: {', '.join(choices)})")


def builtin_tasks_dir() -> Path | None:
    """The tasks shipped in the wheel, or the repository's tasks/ in a source checkout."""
    packaged = resources.files("rmbench") / "_builtin_tasks"
    if packaged.is_dir():
        return Path(str(packaged))
    source = Path(__file__).resolve().parents[2] / "tasks"
    return source if source.is_dir() else None


def _task_folders(root: Path) -> list[Path]:
    if (root / "task.yaml").is_file():
        return [root]
    return sorted(p for p in root.iterdir() if (p / "task.yaml").is_file()) if root.is_dir() else []


def _entry_point_folders() -> list[Path]:
    folders: list[Path] = []
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        target = ep.load()
        result = target() if callable(target) else target
        paths = [result] if isinstance(result, (str, Path)) else list(result)
        for path in paths:
            folders.extend(_task_folders(Path(path)))
    return folders


@dataclass(frozen=True)
class Selection:
    """One subset picked for a run."""

    task: Task
    subset: SubsetConfig

    @property
    def key(self) -> str:
        return f"{self.task.name}/{self.subset.id}"


class TaskRegistry:
    def __init__(
        self, task_dirs: Sequence[str | Path] = (), *, builtin: bool = True, entry_points: bool = True
    ):
        self._folders: dict[str, Path] = {}
        roots: list[Path] = []
        if builtin and (b := builtin_tasks_dir()) is not None:
            roots.append(b)
        folders = [f for root in roots for f in _task_folders(root)]
        if entry_points:
            folders.extend(_entry_point_folders())
        for d in task_dirs:
            if not Path(d).is_dir():
                raise FileNotFoundError(f"--task-dir {d}: not a folder")
            found = _task_folders(Path(d))
            if not found:
                raise FileNotFoundError(f"--task-dir {d}: no task.yaml in it or in its sub-folders")
            folders.extend(found)
        for folder in folders:
            # A later source (entry point, then --task-dir) overrides an earlier one of the same name.
            self._folders[folder.name] = folder
        self._tasks: dict[str, Task] = {}

    def names(self) -> list[str]:
        return sorted(self._folders)

    def get(self, name: str) -> Task:
        if name not in self._folders:
            raise did_you_mean(name, self._folders, "task")
        if name not in self._tasks:
            self._tasks[name] = Task.from_dir(self._folders[name])
        return self._tasks[name]

    def select(
        self,
        tasks: Sequence[str] | None = None,
        subsets: str | Sequence[str] | None = None,
        suite: str | None = None,
    ) -> list[Selection]:
        """Subsets to run. ``subsets`` are globs over ``subset`` or ``task/subset``.

        ``suite`` filters by where data comes from; left out it means the built-in suite, or every
        suite when subset patterns are given. Smoke-test tasks (``smoke_test: true``) are only picked
        when named in ``tasks`` or matched by a subset pattern. Opt-in public subsets (e.g. unclear
        licence) are only
        picked when named without a wildcard.
        """
        if suite is None:
            suite = "all" if subsets else "builtin"
        if suite not in ("builtin", "public", "all"):
            raise ValueError(f"suite must be builtin, public or all, got {suite!r}")
        patterns = [subsets] if isinstance(subsets, str) else list(subsets or [])
        names = (
            list(tasks)
            if tasks
            else [n for n in self.names() if patterns or not self.get(n).config.smoke_test]
        )
        picked: list[Selection] = []
        matched = dict.fromkeys(patterns, False)
        for name in names:
            task = self.get(name)
            for subset in task.subsets:
                key = f"{name}/{subset.id}"
                hits = [p for p in patterns if fnmatch.fnmatch(subset.id, p) or fnmatch.fnmatch(key, p)]
                for p in hits:
                    matched[p] = True
                if patterns and not hits:
                    continue
                if suite != "all" and subset.suite != suite:
                    continue
                opt_in = subset.public is not None and subset.public.opt_in
                if opt_in and not any(p in (subset.id, key) for p in hits):
                    continue
                picked.append(Selection(task, subset))
        for pattern, ok in matched.items():
            if not ok:
                every = [f"{n}/{s.id}" for n in names for s in self.get(n).subsets]
                raise did_you_mean(pattern, every, "subset")
        return picked
