"""Every bad input is a clear error: exit 2, the file and line named, no traceback, nothing written.

The corpus is tests/bad_inputs/ (built by its build.py); ``validate`` and ``run --items`` must
both refuse each file, so a file that validates is a file that runs and the other way round.
Special files (a named pipe, an unreadable file, a folder) are made here, since git cannot hold them.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from rmbench.cli import main
from rmbench.items import iter_raw_records, read_items
from rmbench.items import readers as readers_module
from rmbench.results import load_runs

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
EXPECTED: dict[str, dict] = json.loads((CORPUS / "expected.json").read_text())
REPO = Path(__file__).resolve().parents[1]


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _run_argv(path: Path | str, tmp_path: Path) -> list[str]:
    return [
        "run",
        "--model",
        "length",
        "--items",
        str(path),
        "--output",
        str(tmp_path / "out"),
        "--cache",
        str(tmp_path / "cache.sqlite"),
        "--no-progress",
    ]


def _nothing_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == [], "a refused input left output behind"
    assert not (tmp_path / "cache.sqlite").exists(), "a refused input opened the score cache"


def test_corpus_is_complete() -> None:
    on_disk = {p.name for p in CORPUS.iterdir()} - {"build.py", "expected.json", "__pycache__"}
    assert on_disk == set(EXPECTED)
    assert len(EXPECTED) >= 60


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_refuses(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path, want = CORPUS / name, EXPECTED[name]
    code, text = _cli(["validate", str(path)], capsys)
    assert code == 2, text
    assert f"{path}:{want['line']}:" in text and want["says"] in text, text
    assert "Traceback" not in text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_run_refuses_what_validate_refuses(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, want = CORPUS / name, EXPECTED[name]
    code, text = _cli(_run_argv(path, tmp_path), capsys)
    assert code == 2, text
    assert f"{path}:{want['line']}:" in text and want["says"] in text, text
    assert "Traceback" not in text
    _nothing_written(tmp_path)


def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    """In a real process with a time limit: a named pipe once hung both commands forever."""
    path = tmp_path / "pipe.jsonl"
    os.mkfifo(path)
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for argv in (["validate", str(path)], _run_argv(path, tmp_path)):
        proc = subprocess.run(
            [sys.executable, "-m", "rmbench", *argv],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        text = proc.stdout + proc.stderr
        assert proc.returncode == 2, text
        assert f"{path}:1: cannot read: not a regular file (a named pipe)" in text, text
        assert "Traceback" not in text
    _nothing_written(tmp_path)


def test_folder_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "folder.jsonl"
    folder.mkdir()
    (folder / "a.jsonl").write_text("{}\n")
    cases = [(folder, "not a saved Hugging Face dataset"), (tmp_path / "absent.jsonl", "no such file")]
    for path, says in cases:
        for argv in (["validate", str(path)], _run_argv(path, tmp_path)):
            code, text = _cli(argv, capsys)
            assert code == 2 and f"{path}:1:" in text and says in text and "Traceback" not in text, text
    _nothing_written(tmp_path)


def test_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "secret.jsonl"
    path.write_text(json.dumps({"id": "a", "prompt": "Q", "responses": ["a", "b"], "gold": [1, 0]}) + "\n")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads a file whatever its mode: make open() fail as it would for a user

        def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(readers_module, "open", refuse, raising=False)
    for argv in (["validate", str(path)], _run_argv(path, tmp_path)):
        code, text = _cli(argv, capsys)
        assert code == 2 and f"{path}:1:" in text and "permission denied" in text.lower(), text


def test_open_failing_is_a_problem_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What an unreadable file does when the process is root (which reads any file): open() fails."""
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"id": "a", "prompt": "Q", "responses": ["a", "b"], "gold": [1, 0]}) + "\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(readers_module, "open", refuse, raising=False)
    for argv in (["validate", str(path)], _run_argv(path, tmp_path)):
        code, text = _cli(argv, capsys)
        assert code == 2 and f"{path}:1: cannot read: Permission denied" in text and "Traceback" not in text
    _nothing_written(tmp_path)


def test_pairs_without_id_get_a_deterministic_id(tmp_path: Path) -> None:
    path = tmp_path / "prefs.jsonl"
    rows = [
        {"prompt": "Q1", "chosen": "good", "rejected": "bad"},
        {"prompt": "Q2", "chosen": "x", "rejected": "y"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    items = read_items(path)
    assert [it.id for it in items] == ["prefs/1", "prefs/2"]
    assert [it.id for it in read_items(path)] == ["prefs/1", "prefs/2"]
    assert main(["validate", str(path)]) == 0


def test_a_valid_pointwise_file_runs_and_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """k = 1 everywhere is a pointwise subset for both commands (only a mix of kinds is refused)."""
    path = tmp_path / "ratings.jsonl"
    rows = [{"id": f"r{i}", "prompt": "Q", "responses": ["a" * (i + 1)], "gold": [i]} for i in range(6)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert _cli(["validate", str(path)], capsys)[0] == 0
    assert _cli(["validate", "--pairwise", str(path)], capsys)[0] == 2
    code, text = _cli([*_run_argv(path, tmp_path), "--n-resamples", "20"], capsys)
    assert code == 0, text
    [run] = load_runs([tmp_path / "out"])
    assert run.subsets["items/ratings"]["metric_kind"] == "pointwise"


def test_an_oversized_line_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    """A 40 MB line under a 1 MB limit: memory stays near the limit, and the next line is still read."""
    good = {"id": "after", "prompt": "Q", "responses": ["a", "b"], "gold": [1, 0]}
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as handle:
        handle.write(b'{"id": "big", "prompt": "' + b"x" * 40_000_000 + b'"}\n')
        handle.write(json.dumps(good).encode() + b"\n")
    tracemalloc.start()
    try:
        records = list(iter_raw_records(path, max_record_bytes=1_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert records[0].line == 1 and "over the limit" in (records[0].read_error or "")
    assert records[0].size == 40_000_000 + len(b'{"id": "big", "prompt": "') + 2
    assert records[1].line == 2 and records[1].record == good
    assert peak < 5_000_000, f"peak {peak:,} bytes while skipping a 40 MB line"


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".json"])
def test_reading_streams(tmp_path: Path, suffix: str) -> None:
    """Memory while validating a 24 MB file stays a small fraction of the file (it is never read whole)."""
    rows = [
        {"id": f"i{i}", "prompt": "Q", "responses": [f"{i} " + "a" * 6000, "b" * 6000], "gold": [1, 0]}
        for i in range(2000)
    ]
    path = tmp_path / f"big{suffix}"
    if suffix == ".json":
        text = "[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n"
    else:
        text = "".join(json.dumps(r) + "\n" for r in rows)
    path.write_bytes(gzip.compress(text.encode(), 1) if suffix.endswith(".gz") else text.encode())
    tracemalloc.start()
    try:
        count = sum(1 for raw in iter_raw_records(path) if raw.read_error is None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2000
    assert peak < len(text) / 4, f"peak {peak:,} bytes for a {len(text):,}-byte file"
