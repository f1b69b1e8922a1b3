"""Run folders never lose another run: safe names, settings in the name, a lock, stale temporaries."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import rmbench
from rmbench.cli import main
from rmbench.results import RunFolderLockedError, RunLock, load_run, safe_name
from rmbench.results.folder import remove_stale_temporaries


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("length", "length"),
        ("../../X", "X"),
        ("a/b c", "a-b-c"),
        (".hidden", "hidden"),
        ("hf:org/m@v1", "hf-org-m-v1"),
    ],
)
def test_safe_name_is_one_component(name: str, expected: str) -> None:
    assert safe_name(name) == expected


@pytest.mark.parametrize("name", ["", ".", "..", "/", "//.."])
def test_names_that_address_the_output_folder_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="no usable characters"):
        safe_name(name)


def _run(tmp: Path, **kw: object) -> rmbench.engine.run.RunResult:  # type: ignore[name-defined]
    return rmbench.evaluate("length", tasks=["demo"], output=tmp, cache=False, n_resamples=20, **kw)[0]


def test_other_settings_get_another_folder_and_the_same_settings_reuse_it(tmp_path: Path) -> None:
    full, sample, again = _run(tmp_path), _run(tmp_path, sample=5), _run(tmp_path)
    assert full.folder != sample.folder and full.folder == again.folder
    assert full.folder.name.startswith("length-custom-") and "-s5-" in sample.folder.name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([full.folder.name, sample.folder.name])
    assert load_run(sample.folder).summary["subsets"]["demo/facts_en"]["n_items"] == 5


def test_display_name_does_not_change_the_settings_hash(tmp_path: Path) -> None:
    a = _run(tmp_path, model_args={"name": "baseline"})
    assert a.folder.name.startswith("baseline-custom-") and a.name == "baseline"
    assert a.folder.name.rsplit("-", 1)[1] == _run(tmp_path).folder.name.rsplit("-", 1)[1]


def test_a_dot_name_is_refused_and_deletes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep = tmp_path / "other-run"
    keep.mkdir()
    (keep / "summary.json").write_text("{}")
    code = main(["run", "--model", "length", "--tasks", "demo", "--output", str(tmp_path), "--no-cache",
                 "--model-arg", "name=.", "--n-resamples", "20"])  # fmt: skip
    assert code == 2 and "no usable characters" in capsys.readouterr().err
    assert (keep / "summary.json").read_text() == "{}" and sorted(p.name for p in tmp_path.iterdir()) == [
        "other-run"
    ]


def test_a_second_writer_of_the_same_run_fails_clearly(tmp_path: Path) -> None:
    first = _run(tmp_path)
    with (
        RunLock(tmp_path, first.folder.name),
        pytest.raises(RunFolderLockedError, match="another rmbench process"),
    ):
        _run(tmp_path)
    assert load_run(first.folder).summary["subsets"]  # the first run is intact
    assert not [
        p for p in tmp_path.iterdir() if p.name.startswith(".")
    ]  # no lock or temporary beside the runs


def test_stale_temporaries_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead, alive = tmp_path / ".x.tmp-999999999", tmp_path / f".y.tmp-{os.getpid()}"
    dead.mkdir()
    alive.mkdir()
    (tmp_path / "not-ours.tmp-1").mkdir()  # not our pattern: never touched
    assert remove_stale_temporaries(tmp_path) == [dead]
    assert alive.exists() and (tmp_path / "not-ours.tmp-1").exists()


def test_files_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        result = _run(tmp_path)
    finally:
        os.umask(old)
    for path in result.folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o644, path
