"""Task discovery, task.yaml parsing, subset loading, splits and the leakage check."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

from rmbench.cli import main
from rmbench.items import read_items
from rmbench.tasks import (
    LeakageError,
    TaskConfigError,
    TaskRegistry,
    UnknownNameError,
    builtin_tasks_dir,
    check_disjoint,
)

PAIR = {"prompt": "Q", "responses": ["right answer", "wrong answer"], "gold": [1, 0]}


def make_task(root: Path, name: str = "mytask", extra_subsets: str = "") -> Path:
    folder = root / name
    (folder / "data").mkdir(parents=True)
    with (folder / "data" / "main.jsonl").open("w") as f:
        for i in range(40):
            f.write(json.dumps({"id": f"{name}/{i}", **PAIR, "meta": {"source_id": f"s{i}"}}) + "\n")
    (folder / "loaders.py").write_text(
        textwrap.dedent("""
        from .helpers import make

        def load(data_dir, n=5, seed=0, split="test"):
            return [make(i, split) for i in range(n)]
    """)
    )
    (folder / "helpers.py").write_text(
        textwrap.dedent("""
        def make(i, split):
            return {"id": f"pub/{split}/{i}", "prompt": "P", "responses": ["a", "b"], "gold": [0, 1],
                    "meta": {"source_id": f"p{i}", "label_source": "test"}}
    """)
    )
    (folder / "task.yaml").write_text(
        textwrap.dedent(f"""
        name: {name}
        domain: qa
        version: "2"
        license: MIT
        split_seed: 3
        subsets:
          - id: main
            role: in_distribution
            count: 40
            split: {{train_fraction: 0.5}}
            source: {{builtin: data/main.jsonl}}
          - id: main_md
            role: shifted
            axis: style
            against: main
            source: {{derive: {{from: main, transform: markdown_rejected}}}}
          - id: pub
            role: shifted
            axis: source
            against: main
            split: {{method: loader}}
            source:
              public: {{loader: "loaders.py:load", upstream: "example/repo@abc", data: "pub", args: {{n: 7}}}}
    """)
        + extra_subsets
    )
    return folder


def test_builtin_tasks_found():
    assert builtin_tasks_dir() is not None
    assert "demo" in TaskRegistry().names()


def test_task_dir_loading_split_and_derive(tmp_path: Path):
    make_task(tmp_path)
    registry = TaskRegistry([tmp_path])
    task = registry.get("mytask")
    test = task.load("main")
    train = task.load("main", split="train")
    assert len(test) + len(train) == 40 and 8 < len(train) < 32
    assert {i.source_id for i in test}.isdisjoint({i.source_id for i in train})
    assert task.load("main") == TaskRegistry([tmp_path]).get("mytask").load("main")  # deterministic
    derived = task.load("main_md")
    assert [d.source_id for d in derived] == [t.source_id for t in test]
    assert all(d.meta["transform"]["name"] == "markdown_rejected" for d in derived)


def test_public_loader_reads_data_dir_and_imports_siblings(tmp_path: Path):
    make_task(tmp_path / "tasks")
    (tmp_path / "data" / "pub").mkdir(parents=True)
    task = TaskRegistry([tmp_path / "tasks"]).get("mytask")
    items = task.load("pub", data_dir=tmp_path / "data")
    assert [i.id for i in items] == [f"pub/test/{i}" for i in range(7)]
    assert task.load("pub", split="train", data_dir=tmp_path / "data")[0].id == "pub/train/0"
    with pytest.raises(FileNotFoundError, match="--data-dir"):
        TaskRegistry([tmp_path / "tasks"]).get("mytask").load("pub")
    with pytest.raises(FileNotFoundError, match="example/repo@abc"):
        task.load("pub", data_dir=tmp_path)


def test_selection_globs_suites_and_did_you_mean(tmp_path: Path):
    make_task(tmp_path)
    registry = TaskRegistry([tmp_path])
    keys = [s.key for s in registry.select(["mytask"])]
    assert keys == ["mytask/main", "mytask/main_md"]
    assert [s.key for s in registry.select(["mytask"], suite="public")] == ["mytask/pub"]
    assert [s.key for s in registry.select(["mytask"], "main*")] == ["mytask/main", "mytask/main_md"]
    with pytest.raises(UnknownNameError, match="did you mean 'mytask'"):
        registry.get("mytsak")
    with pytest.raises(UnknownNameError, match="did you mean 'mytask/main_md'"):
        registry.select(["mytask"], "mytask/main_mdd")


def test_listing_reads_no_data_file(tmp_path: Path, capsys):
    folder = make_task(tmp_path)
    (folder / "data" / "main.jsonl").unlink()
    assert main(["tasks", "--task-dir", str(tmp_path), "mytask"]) == 0
    out = capsys.readouterr().out
    assert "main_md" in out and "style" in out and " 40" in out


def test_bad_task_yaml_names_file_and_field(tmp_path: Path):
    folder = make_task(tmp_path)
    text = (folder / "task.yaml").read_text().replace("    against: main\n", "", 1)
    (folder / "task.yaml").write_text(text)
    with pytest.raises(
        TaskConfigError,
        match=r"task.yaml: subsets\[1\] \(main_md\): a shifted subset needs 'axis' and 'against'",
    ):
        TaskRegistry([tmp_path]).get("mytask")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "license: MIT",
            "license: MIT\ndescripton: x",
            r"task.yaml: unknown field 'descripton'; did you mean 'description'\?",
        ),
        (
            "    count: 40",
            "    cuont: 40",
            r"subsets\[0\] \(main\): unknown field 'cuont'; did you mean 'count'\?",
        ),
        (
            "{train_fraction: 0.5}",
            "{train_fracton: 0.5}",
            r"\(main\).split: unknown field 'train_fracton'; did you",
        ),
        (
            "{from: main, transform",
            "{form: main, transform",
            r"source.derive: unknown field 'form'; did you mean 'from'",
        ),
        (
            "    axis: style\n    against: main\n",
            "    against: main\n    role: robustness\n",
            "duplicate|needs 'attack'",
        ),
        (
            "    role: shifted\n    axis: style\n",
            "    role: robustness\n    attack: markdown\n    side: left\n",
            "side",
        ),
        (
            "    role: shifted\n    axis: style\n",
            "    role: shifted\n    axis: style\n    attack: markdown\n",
            "'attack' and 'side' belong to role: robustness only",
        ),
    ],
)
def test_task_yaml_keys_are_checked(tmp_path: Path, old: str, new: str, message: str):
    """A misspelled key or a half-declared robustness subset is an error naming file, subset and key."""
    folder = make_task(tmp_path)
    text = (folder / "task.yaml").read_text()
    assert old in text
    (folder / "task.yaml").write_text(text.replace(old, new, 1))
    with pytest.raises(TaskConfigError, match=message):
        TaskRegistry([tmp_path]).get("mytask")


def test_robustness_subset_parses(tmp_path: Path):
    folder = make_task(tmp_path)
    text = (
        (folder / "task.yaml")
        .read_text()
        .replace(
            "    role: shifted\n    axis: style\n",
            "    role: robustness\n    attack: markdown\n    side: rejected\n",
            1,
        )
    )
    (folder / "task.yaml").write_text(text)
    sub = TaskRegistry([tmp_path]).get("mytask").config.subset("main_md")
    assert (sub.role, sub.attack, sub.side, sub.against, sub.axis) == (
        "robustness",
        "markdown",
        "rejected",
        "main",
        None,
    )
    assert sub.cluster_by == "source_id"


def test_entry_point_tasks(tmp_path: Path, monkeypatch):
    make_task(tmp_path / "plugin_tasks", name="plugged")
    dist = tmp_path / "site" / "rmbench_plugin-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: rmbench-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[rmbench.tasks]\nplugged = rmbench_plugin_mod:TASKS\n")
    (tmp_path / "site" / "rmbench_plugin_mod.py").write_text(f"TASKS = {str(tmp_path / 'plugin_tasks')!r}\n")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    sys.modules.pop("rmbench_plugin_mod", None)
    assert "plugged" in TaskRegistry().names()


def test_leakage_check_fires_on_overlap(tmp_path: Path):
    folder = make_task(tmp_path)
    items = read_items(folder / "data" / "main.jsonl")
    check_disjoint(items[:10], {"mytask/main": items[10:]})
    with pytest.raises(LeakageError, match="share source_id 's3'"):
        check_disjoint(items[:10], {"mytask/main": items[3:4]})


@pytest.mark.parametrize("name", TaskRegistry(entry_points=False).names())
def test_builtin_subsets_match_their_task_yaml(name):
    """Every built-in subset of every shipped task: the count task.yaml promises (the data cards quote
    it), unique item ids, and a source_id on every item (splits and the leakage check key on it)."""
    task = TaskRegistry(entry_points=False).get(name)
    builtin = [s for s in task.subsets if s.suite == "builtin"]
    assert builtin, name
    for subset in builtin:
        items = task.load(subset.id)
        assert len(items) == subset.count, subset.id
        assert len({it.id for it in items}) == len(items), subset.id
        assert all(it.source_id for it in items), subset.id
