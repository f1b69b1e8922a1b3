"""The candidate-code sandbox enforces its limits (time, memory, file size, env, process group)."""

from __future__ import annotations

import logging
import os
import textwrap
import time

import pytest

from rmbench import sandbox
from rmbench.sandbox import isolation, node_path, run_code

needs_node = pytest.mark.skipif(node_path() is None, reason="node not installed")


def test_clean_program_runs_and_reports_output() -> None:
    result = run_code("print(sum(range(10)))")
    assert result.ok
    assert result.stdout.strip() == "45"


def test_failing_program_has_nonzero_exit() -> None:
    result = run_code("assert 1 == 2")
    assert not result.ok and result.returncode != 0 and "AssertionError" in result.stderr


def test_infinite_loop_is_killed_on_time() -> None:
    start = time.monotonic()
    result = run_code("while True:\n    pass\n", timeout=1.0)
    assert result.timed_out and not result.ok
    assert time.monotonic() - start < 5


def test_memory_hog_fails() -> None:
    result = run_code("x = bytearray(2 * 1024 ** 3)\nprint('allocated')", memory_mb=256)
    assert not result.ok
    assert "allocated" not in result.stdout
    assert "MemoryError" in result.stderr


def test_large_file_write_fails() -> None:
    code = "with open('big.bin', 'wb') as f:\n    f.write(b'x' * (4 * 1024 * 1024))\nprint('written')"
    result = run_code(code, file_size_mb=1)
    assert not result.ok and "written" not in result.stdout


def test_small_file_write_in_temporary_directory_works() -> None:
    code = "import os\nopen('a.txt', 'w').write('hi')\nprint(os.getcwd())"
    result = run_code(code)
    assert result.ok
    workdir = result.stdout.strip()
    assert "rmbench-sandbox-" in workdir and not os.path.exists(workdir)  # removed afterwards


def test_environment_secrets_are_not_visible(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RMBENCH_TEST_SECRET_TOKEN", "hunter2")
    result = run_code(
        "import os\nprint(sorted(os.environ))\nprint(os.environ.get('RMBENCH_TEST_SECRET_TOKEN'))"
    )
    assert result.ok
    assert "hunter2" not in result.stdout and "RMBENCH_TEST_SECRET_TOKEN" not in result.stdout


def test_child_processes_die_with_the_group(tmp_path) -> None:
    marker = tmp_path / "child_alive"
    code = textwrap.dedent(f"""
        import subprocess, sys, time
        child = "import time\\ntime.sleep(3)\\nopen({str(marker)!r}, 'w').write('alive')"
        subprocess.Popen([sys.executable, '-c', child])
        time.sleep(30)
    """)
    result = run_code(code, timeout=1.0)
    assert result.timed_out
    time.sleep(3.5)
    assert not marker.exists(), "the grandchild survived the group kill"


@needs_node
def test_javascript_runs_and_loops_are_killed() -> None:
    assert (
        run_code("console.log([1, 2, 3].map(x => x * 2).join(','))", "javascript").stdout.strip() == "2,4,6"
    )
    assert not run_code("throw new Error('boom')", "javascript").ok
    looping = run_code("while (true) {}", "javascript", timeout=1.0)
    assert looping.timed_out


@needs_node
def test_javascript_memory_hog_fails() -> None:
    code = "const a = []; for (let i = 0; i < 1e9; i++) a.push(new Array(1e5).fill(i)); console.log('done')"
    result = run_code(code, "javascript", timeout=20)
    assert not result.ok and "done" not in result.stdout


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(ValueError, match="language"):
        run_code("x", "cobol")


def test_fallback_says_loudly_what_it_cannot_stop(monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    monkeypatch.setenv(sandbox.ENV_CHOICE, "rlimits")
    isolation.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="rmbench.sandbox"):
            result = run_code("print('hi')")
        assert result.ok and result.isolation == "rlimits"
        for cannot in ("NOT isolated", "read your files", "network", "other processes", "setsid"):
            assert cannot in caplog.text
        monkeypatch.setenv(sandbox.ENV_CHOICE, "bwrap")
        monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
        isolation.cache_clear()
        with pytest.raises(RuntimeError, match="not installed"):
            run_code("print('hi')")
    finally:
        monkeypatch.undo()
        isolation.cache_clear()
