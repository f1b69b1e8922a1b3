"""A sandbox for running untrusted candidate code (Python or JavaScript) once, with limits.

Used by build scripts, public loaders (to execution-verify mutants) and tests; ``rmbench`` never
runs candidate code while scoring a reward model. It is a defence against accidents (infinite
loops, memory blow-ups, runaway writes, stray child processes, leaked secrets), not a security
boundary against a determined attacker: there is no network or syscall filtering.

Each run gets:
- a fresh temporary working directory, removed afterwards (also ``HOME`` and ``TMPDIR``);
- a minimal environment (``PATH``, ``LANG``, ``HOME``, ``TMPDIR`` only): no inherited secrets;
- resource limits set in the child before the code starts: address space (``RLIMIT_AS``),
  CPU seconds, largest file written (``RLIMIT_FSIZE``), no core dumps;
- its own session/process group, killed as a group on timeout and after it exits, so children
  it spawned die with it;
- a wall-clock timeout.

The limits are applied by a tiny Python bootstrap that then ``exec``s the interpreter, rather
than by ``preexec_fn``, because ``preexec_fn`` is unsafe in threaded callers (loaders run the
sandbox from a thread pool).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("python", "javascript")

# Node reserves a large virtual address space at start-up (V8 cages): it does not start under
# ~1 GiB of RLIMIT_AS, so JavaScript gets a larger address-space limit and a V8 heap cap instead.
DEFAULT_MEMORY_MB = {"python": 512, "javascript": 4096}
NODE_HEAP_MB = 256

_BOOTSTRAP = """
import os, resource, sys
mem, cpu, fsize = (int(x) for x in sys.argv[1:4])
resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
os.execv(sys.argv[4], sys.argv[4:])
"""


@dataclass(frozen=True)
class SandboxResult:
    """What one run produced. ``ok`` is a clean exit (return code 0, no timeout)."""

    returncode: int
    stdout: str
    stderr: str
    timed_out: bool
    seconds: float

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


def node_path() -> str | None:
    """The node binary, or None when JavaScript cannot be run here."""
    return shutil.which("node") or ("/usr/bin/node" if Path("/usr/bin/node").exists() else None)


def _minimal_env(workdir: str) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": workdir,
        "TMPDIR": workdir,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    }


def _command(language: str, script: str) -> list[str]:
    if language == "python":
        return [sys.executable, "-I", script]
    node = node_path()
    if node is None:
        raise FileNotFoundError("node is not installed: JavaScript candidates cannot be run")
    return [node, f"--max-old-space-size={NODE_HEAP_MB}", script]


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def run_code(
    code: str,
    language: str = "python",
    *,
    timeout: float = 10.0,
    memory_mb: int | None = None,
    file_size_mb: int = 8,
    stdin: str = "",
    max_output: int = 1_000_000,
) -> SandboxResult:
    """Run one program in the sandbox and return its exit status and output (trimmed to ``max_output``)."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
    memory = (memory_mb or DEFAULT_MEMORY_MB[language]) * 2**20
    cpu = max(1, int(timeout + 1))
    workdir = tempfile.mkdtemp(prefix="rmbench-sandbox-")
    try:
        script = os.path.join(workdir, "main.py" if language == "python" else "main.js")
        with open(script, "w", encoding="utf-8") as handle:
            handle.write(code)
        argv = [
            sys.executable,
            "-I",
            "-S",
            "-c",
            _BOOTSTRAP,
            str(memory),
            str(cpu),
            str(file_size_mb * 2**20),
            *_command(language, script),
        ]
        start = time.monotonic()
        proc = subprocess.Popen(
            argv,
            cwd=workdir,
            env=_minimal_env(workdir),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        timed_out = False
        try:
            out, err = proc.communicate(stdin.encode(), timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(proc.pid)
            out, err = proc.communicate()
        finally:
            _kill_group(proc.pid)  # children left behind by a finished program die too
        seconds = time.monotonic() - start
        return SandboxResult(
            returncode=proc.returncode if proc.returncode is not None else -9,
            stdout=out[:max_output].decode("utf-8", "replace"),
            stderr=err[:max_output].decode("utf-8", "replace"),
            timed_out=timed_out,
            seconds=seconds,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
