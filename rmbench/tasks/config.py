"""The task.yaml schema.

A task is one domain plugin folder. Its task.yaml says what the subsets are, where their items
come from and how each shifted subset pairs with an in-distribution one. It is read without
touching any data file, so listing tasks stays instant however large the data is.

Three roles, because they answer three different questions:

- ``in_distribution``: the task as the RM is expected to meet it.
- ``shifted`` (``axis``, ``against``): a *natural* shift of real text - another language, domain,
  programming language, length of a real text, dialogue form. Its generalization gap is
  metric(against) - metric(shifted).
- ``robustness`` (``attack``, ``side``, ``against``): an *attack* - a surface change made to one
  side (style or length added to the rejected or the chosen response), to the prompt, or a
  selection such as ``chosen_shorter``. It is reported per attack, as attacked minus clean, and
  never averaged into a shift gap or a domain mean: such twins re-use the clean subset's items, so
  counting them as more subsets would count the same evidence twice, and a one-sided attack
  measures a bias, not generalization. Two subsets with the same ``attack`` and ``against`` and
  sides ``chosen`` and ``rejected`` are mirrored twins; their difference is the bias.

Every key is checked: a misspelled one is an error that suggests the closest known key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROLES = ("in_distribution", "shifted", "robustness")
SIDES = ("rejected", "chosen", "both", "prompt", "selection")
SUITES = ("builtin", "public")
KINDS = ("pairwise", "ranking", "pointwise", "mixed")
GAP_MODES = ("auto", "paired", "independent")


class TaskConfigError(ValueError):
    """A task.yaml that does not follow the schema; the message names the file and field."""


TASK_KEYS = (
    "name",
    "domain",
    "version",
    "description",
    "citation",
    "license",
    "split_seed",
    "cluster_by",
    "smoke_test",
    "subsets",
)
SUBSET_KEYS = (
    "id",
    "role",
    "suite",
    "kind",
    "count",
    "train_count",
    "description",
    "axis",
    "against",
    "attack",
    "side",
    "gap",
    "split",
    "source",
    "cluster_by",
    "ceiling_note",
)
PUBLIC_KEYS = (
    "loader",
    "upstream",
    "data",
    "hub_id",
    "license",
    "opt_in",
    "opt_in_reason",
    "cap",
    "seed",
    "args",
)
DERIVE_KEYS = ("from", "transform", "seed", "args")
SPLIT_KEYS = ("method", "train_fraction")


def check_keys(data: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    """Refuse unknown keys (a typo like ``descripton`` must not be silently ignored)."""
    import difflib

    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TaskConfigError(f"{where}: unknown field {key!r}{hint} (known: {', '.join(known)})")


@dataclass(frozen=True)
class PublicSource:
    loader: str  # "file.py:function" relative to the task folder, or "package.module:function"
    upstream: str  # repository@commit or URL of the public home
    data: str = ""  # path of the local copy, relative to --data-dir
    hub_id: str = ""
    license: str = ""
    opt_in: bool = False  # e.g. unclear licence: loaded only when asked for by name
    opt_in_reason: str = ""
    cap: int | None = None
    seed: int = 0
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DeriveSource:
    from_subset: str
    transform: str
    seed: int = 0
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SplitRule:
    """How a subset's items divide into train and test.

    ``hash``: an item is train when a seeded hash of its ``source_id`` falls under
    ``train_fraction``; twins share ``source_id`` so they always land on the same side.
    ``loader``: the public loader returns each split itself (e.g. upstream train files).
    ``none``: every item is test.
    """

    method: str = "none"  # none | hash | loader
    train_fraction: float = 0.0


@dataclass(frozen=True)
class SubsetConfig:
    id: str
    role: str
    suite: str
    kind: str
    count: int | None
    description: str = ""
    axis: str | None = None
    against: str | None = None
    attack: str | None = None  # robustness: the attack family (mirrored twins share it)
    side: str | None = None  # robustness: which side the attack touches (see SIDES)
    gap: str = "auto"
    cluster_by: str = "source_id"  # meta field whose items move together in every resampling
    ceiling_note: str = ""  # why a subset has no rater-agreement ceiling (e.g. one rater per item)
    builtin: str | None = None
    public: PublicSource | None = None
    derive: DeriveSource | None = None
    split: SplitRule = field(default_factory=SplitRule)
    train_count: int | None = None

    @property
    def source_kind(self) -> str:
        return "builtin" if self.builtin else "public" if self.public else "derive"

    @property
    def pointwise(self) -> bool:
        return self.kind == "pointwise"


@dataclass(frozen=True)
class TaskConfig:
    name: str
    domain: str
    version: str
    description: str
    citation: str
    license: str
    subsets: tuple[SubsetConfig, ...]
    split_seed: int = 0
    path: Path | None = None
    cluster_by: str = "source_id"
    smoke_test: bool = False  # a tiny task that checks the chain runs: never in a default run or a figure

    def subset(self, subset_id: str) -> SubsetConfig:
        for subset in self.subsets:
            if subset.id == subset_id:
                return subset
        raise KeyError(subset_id)


def _need(data: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...] = str) -> Any:
    if key not in data or data[key] in (None, ""):
        raise TaskConfigError(f"{where}: field '{key}' is missing")
    value = data[key]
    if not isinstance(value, kind):
        raise TaskConfigError(
            f"{where}: field '{key}' must be {getattr(kind, '__name__', kind)}, got {value!r}"
        )
    return value


def _choice(value: str, allowed: tuple[str, ...], where: str, key: str) -> str:
    if value not in allowed:
        raise TaskConfigError(f"{where}: field '{key}' is {value!r}; expected one of {', '.join(allowed)}")
    return value


def _parse_source(raw: dict[str, Any], where: str) -> dict[str, Any]:
    source = _need(raw, "source", where, dict)
    kinds = [k for k in ("builtin", "public", "derive") if k in source]
    if len(kinds) != 1:
        raise TaskConfigError(
            f"{where}: field 'source' must have exactly one of builtin, public, derive; got {sorted(source)}"
        )
    kind = kinds[0]
    if kind == "builtin":
        return {"builtin": _need(source, "builtin", f"{where}.source")}
    if kind == "public":
        spec = _need(source, "public", f"{where}.source", dict)
        w = f"{where}.source.public"
        known = {
            "loader",
            "upstream",
            "data",
            "hub_id",
            "license",
            "opt_in",
            "opt_in_reason",
            "cap",
            "seed",
            "args",
        }
        unknown = set(spec) - known
        if unknown:
            raise TaskConfigError(f"{w}: unknown field(s) {sorted(unknown)}")
        return {
            "public": PublicSource(
                loader=_need(spec, "loader", w),
                upstream=_need(spec, "upstream", w),
                data=str(spec.get("data", "")),
                hub_id=str(spec.get("hub_id", "")),
                license=str(spec.get("license", "")),
                opt_in=bool(spec.get("opt_in", False)),
                opt_in_reason=str(spec.get("opt_in_reason", "")),
                cap=spec.get("cap"),
                seed=int(spec.get("seed", 0)),
                args=dict(spec.get("args") or {}),
            )
        }
    spec = _need(source, "derive", f"{where}.source", dict)
    w = f"{where}.source.derive"
    check_keys(spec, DERIVE_KEYS, w)
    return {
        "derive": DeriveSource(
            from_subset=_need(spec, "from", w),
            transform=_need(spec, "transform", w),
            seed=int(spec.get("seed", 0)),
            args=dict(spec.get("args") or {}),
        )
    }


def _parse_subset(raw: Any, where: str, cluster_by: str = "source_id") -> SubsetConfig:
    if not isinstance(raw, dict):
        raise TaskConfigError(f"{where}: a subset must be a mapping")
    subset_id = _need(raw, "id", where)
    where = f"{where} ({subset_id})"
    check_keys(raw, SUBSET_KEYS, where)
    role = _choice(_need(raw, "role", where), ROLES, where, "role")
    source = _parse_source(raw, where)
    default_suite = "public" if "public" in source else "builtin"
    suite = _choice(raw.get("suite", default_suite), SUITES, where, "suite")
    kind = _choice(raw.get("kind", "pairwise"), KINDS, where, "kind")
    axis = raw.get("axis")
    against = raw.get("against")
    attack, side = raw.get("attack"), raw.get("side")
    if role == "shifted" and (not axis or not against):
        raise TaskConfigError(f"{where}: a shifted subset needs 'axis' and 'against'")
    if role == "robustness":
        if not attack or not side or not against:
            raise TaskConfigError(f"{where}: a robustness subset needs 'attack', 'side' and 'against'")
        _choice(side, SIDES, where, "side")
        if axis:
            raise TaskConfigError(f"{where}: a robustness subset has an 'attack', not an 'axis'")
    elif attack or side:
        raise TaskConfigError(f"{where}: 'attack' and 'side' belong to role: robustness only")
    if role == "in_distribution" and (axis or against):
        raise TaskConfigError(f"{where}: an in_distribution subset has no 'axis' or 'against'")
    split_raw = raw.get("split") or {}
    if not isinstance(split_raw, dict):
        raise TaskConfigError(f"{where}: field 'split' must be a mapping")
    check_keys(split_raw, SPLIT_KEYS, f"{where}.split")
    method = _choice(
        split_raw.get("method", "hash" if split_raw.get("train_fraction") else "none"),
        ("none", "hash", "loader"),
        where,
        "split.method",
    )
    fraction = float(split_raw.get("train_fraction", 0.0))
    if not 0.0 <= fraction < 1.0:
        raise TaskConfigError(f"{where}: split.train_fraction must be in [0, 1), got {fraction}")
    count = raw.get("count")
    if count is not None and not isinstance(count, int):
        raise TaskConfigError(f"{where}: field 'count' must be an integer")
    return SubsetConfig(
        id=subset_id,
        role=role,
        suite=suite,
        kind=kind,
        count=count,
        description=str(raw.get("description", "")),
        axis=axis,
        against=against,
        attack=attack,
        side=side,
        gap=_choice(raw.get("gap", "auto"), GAP_MODES, where, "gap"),
        cluster_by=str(raw.get("cluster_by", cluster_by)),
        ceiling_note=str(raw.get("ceiling_note", "")),
        split=SplitRule(method=method, train_fraction=fraction),
        train_count=raw.get("train_count"),
        **source,
    )


def parse_task_config(data: Any, path: Path | None = None) -> TaskConfig:
    where = str(path) if path else "task.yaml"
    if not isinstance(data, dict):
        raise TaskConfigError(f"{where}: must be a mapping")
    check_keys(data, TASK_KEYS, where)
    raw_subsets = _need(data, "subsets", where, list)
    cluster_by = str(data.get("cluster_by", "source_id"))
    subsets = tuple(
        _parse_subset(raw, f"{where}: subsets[{i}]", cluster_by) for i, raw in enumerate(raw_subsets)
    )
    ids = [s.id for s in subsets]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise TaskConfigError(f"{where}: duplicate subset id(s) {dupes}")
    by_id = {s.id: s for s in subsets}
    for s in subsets:
        if s.against is not None:
            target = by_id.get(s.against)
            if target is None:
                raise TaskConfigError(
                    f"{where}: subset {s.id!r} is compared against unknown subset {s.against!r}"
                )
            if target.role != "in_distribution":
                raise TaskConfigError(
                    f"{where}: subset {s.id!r} must be compared against an in_distribution subset"
                )
        if s.derive is not None and s.derive.from_subset not in by_id:
            raise TaskConfigError(
                f"{where}: subset {s.id!r} derives from unknown subset {s.derive.from_subset!r}"
            )
    version = data.get("version")
    if version is None:
        raise TaskConfigError(f"{where}: field 'version' is missing")
    return TaskConfig(
        name=_need(data, "name", where),
        domain=_need(data, "domain", where),
        version=str(version),
        description=str(data.get("description", "")).strip(),
        citation=str(data.get("citation", "")).strip(),
        license=_need(data, "license", where),
        subsets=subsets,
        split_seed=int(data.get("split_seed", 0)),
        path=path,
        cluster_by=cluster_by,
        smoke_test=bool(data.get("smoke_test", False)),
    )


def load_task_config(path: Path) -> TaskConfig:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise TaskConfigError(f"{path}: invalid YAML: {exc}") from exc
    config = parse_task_config(data, path)
    if config.name != path.parent.name:
        raise TaskConfigError(
            f"{path}: task name {config.name!r} must match its folder name {path.parent.name!r}"
        )
    return config
