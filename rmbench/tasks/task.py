"""A task folder brought to life: loads each subset's items from its source, split and derived."""

from __future__ import annotations

import importlib
import inspect
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rmbench.items import Item, items_from_records, read_items
from rmbench.tasks.config import SubsetConfig, TaskConfig, TaskConfigError, load_task_config
from rmbench.tasks.datafiles import DATA_DIR_ENV, default_data_dir, missing_data_hint
from rmbench.tasks.splits import hash_unit, split_items
from rmbench.transforms import apply_transform


class DataNotFoundError(FileNotFoundError):
    """A public subset was asked for but no local copy of its data is available."""


def _task_package(config: TaskConfig) -> str:
    """Register the task folder as a synthetic package so its loaders can import siblings."""
    assert config.path is not None
    name = f"rmbench_task_{config.name}"
    folder = str(config.path.parent)
    module = sys.modules.get(name)
    if module is None or list(getattr(module, "__path__", [])) != [folder]:
        module = types.ModuleType(name)
        module.__path__ = [folder]
        sys.modules[name] = module
        for key in [k for k in sys.modules if k.startswith(name + ".")]:
            del sys.modules[key]
    return name


def resolve_loader(config: TaskConfig, spec: str) -> Callable[..., Any]:
    """``file.py:function`` (in the task folder) or ``package.module:function``."""
    target, _, func = spec.partition(":")
    if not func:
        raise ValueError(f"loader {spec!r} must look like 'loaders.py:function'")
    if target.endswith(".py"):
        module = importlib.import_module(f"{_task_package(config)}.{target[:-3].replace('/', '.')}")
    else:
        module = importlib.import_module(target)
    return getattr(module, func)


class Task:
    """One domain plugin. Items are read lazily and cached per (subset, split)."""

    def __init__(self, config: TaskConfig):
        self.config = config
        self._cache: dict[tuple[str, str, str], list[Item]] = {}

    @classmethod
    def from_dir(cls, folder: Path) -> Task:
        return cls(load_task_config(folder / "task.yaml"))

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def folder(self) -> Path:
        assert self.config.path is not None
        return self.config.path.parent

    @property
    def subsets(self) -> tuple[SubsetConfig, ...]:
        return self.config.subsets

    def subset(self, subset_id: str) -> SubsetConfig:
        return self.config.subset(subset_id)

    def data_card(self) -> str:
        card = self.folder / "README.md"
        return card.read_text(encoding="utf-8") if card.exists() else "(no data card)"

    def load(self, subset_id: str, split: str = "test", data_dir: Path | None = None) -> list[Item]:
        """Items of one subset's split; public subsets read the local copy under ``data_dir``."""
        subset = self.subset(subset_id)
        key = (subset_id, split, str(data_dir))
        if key not in self._cache:
            items = self._load(subset, split, data_dir)
            self._check_kind(subset, items)
            self._cache[key] = items
        return self._cache[key]

    def _check_kind(self, subset: SubsetConfig, items: list[Item]) -> None:
        """A subset's declared kind must match its items: a ranking declared pointwise would be scored on
        its first response only, a pointwise subset with several responses would lose its ratings' meaning."""
        where = f"{self.config.path}: subset {subset.id!r} is kind {subset.kind}"
        if subset.kind == "pointwise":
            bad = next((it for it in items if it.k != 1), None)
            if bad is not None:
                raise TaskConfigError(
                    f"{where} but item {bad.id!r} has {bad.k} responses (pointwise needs k = 1)"
                )
        elif subset.kind in ("pairwise", "ranking"):
            bad = next((it for it in items if it.k < 2), None)
            if bad is not None:
                raise TaskConfigError(f"{where} but item {bad.id!r} has one response (use kind: pointwise)")

    def _load(self, subset: SubsetConfig, split: str, data_dir: Path | None) -> list[Item]:
        if subset.derive is not None:
            base = self.load(subset.derive.from_subset, split, data_dir)
            return apply_transform(
                subset.derive.transform, base, seed=subset.derive.seed, **subset.derive.args
            )
        if subset.builtin is not None:
            items = read_items(self.folder / subset.builtin, pointwise=subset.pointwise)
        else:
            items = self._load_public(subset, split, data_dir)
            if subset.split.method == "loader":
                return items
        if subset.split.method == "hash":
            return split_items(items, split, self.config.split_seed, subset.split.train_fraction)
        return items if split == "test" else []

    def _load_public(self, subset: SubsetConfig, split: str, data_dir: Path | None) -> list[Item]:
        public = subset.public
        assert public is not None
        data_dir = data_dir or default_data_dir()
        if public.data and not (data_dir / public.data).exists():
            hint = missing_data_hint(self.folder, self.name, public.data)
            raise DataNotFoundError(
                f"{self.name}/{subset.id}: {data_dir / public.data} not found: {hint} "
                f"(data folder: --data-dir, else ${DATA_DIR_ENV}, else the user cache; upstream "
                f"{public.upstream})"
            )
        loader = resolve_loader(self.config, public.loader)
        kwargs: dict[str, Any] = dict(public.args)
        params = inspect.signature(loader).parameters
        for name, value in (("seed", public.seed), ("cap", public.cap), ("split", split)):
            if name in params:
                kwargs[name] = value
        records = loader(data_dir, **kwargs)
        label = f"{self.name}/{subset.id}"
        records = [r.to_dict() if isinstance(r, Item) else r for r in records]
        items = items_from_records(records, name=label, pointwise=subset.pointwise)
        if public.cap is not None and "cap" not in params and len(items) > public.cap:
            keep = set(
                sorted(range(len(items)), key=lambda i: hash_unit(public.seed, items[i].id))[: public.cap]
            )
            items = [it for i, it in enumerate(items) if i in keep]
        return items
