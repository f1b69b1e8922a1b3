"""Run untrusted candidate code (Python or JavaScript) once, isolated, with limits.

Who runs candidate code: the code task's build scripts and public loaders (to execution-verify
canonical solutions and mutants, through ``tasks/code/harness.py``) and the tests. ``rmbench``
never runs candidate code while scoring a reward model.

With bubblewrap (``bwrap``, Debian package ``bubblewrap``) each run is a fresh sandbox:

- namespaces: its own network (loopback only, nothing to reach), process ids (it sees only its
  own processes; ``/proc`` is its own), IPC, UTS and user namespace, and no further user
  namespaces inside it;
- filesystem: an empty root, read-only, with only ``/usr`` (and the interpreter's own install)
  bound read-only; no ``/etc/passwd``, no home, no repository. The only writable place is its own
  working directory, a size-limited tmpfs that vanishes with it;
- environment: ``PATH``, ``LANG``, ``HOME`` and ``TMPDIR`` only, for the sandbox and for
  bubblewrap itself (whose environment a sandboxed process could read as ``/proc/1/environ``);
- limits, set before the code starts: address space, CPU seconds, largest file, no core dumps,
  and a process count (``RLIMIT_NPROC``, counted in its own user namespace). When rmbench runs
  as root, bubblewrap runs as ``nobody``, since the kernel does not apply a process-count limit
  to root's processes;
- a wall-clock timeout: killing bubblewrap kills the namespace's first process and with it, by
  the kernel, every process in the namespace (``setsid`` and double forks do not escape).

Without bubblewrap (or where the kernel refuses user namespaces) the fallback is what rmbench
had before, and a warning says so once per process: a temporary working directory, a minimal
environment, the same resource limits except the process count, and its own process group
killed on timeout. The fallback CANNOT stop candidate code from reading any file the user can
read, writing outside its directory, using the network, seeing other processes (and their
environments), or surviving the timeout by ``setsid``. ``RMBENCH_SANDBOX=bwrap`` makes the
fallback an error; ``RMBENCH_SANDBOX=rlimits`` chooses it (for debugging).

JavaScript runs in its own node process inside the same sandbox (no ``vm`` context).
Limits are applied by a tiny Python bootstrap that then ``exec``s the interpreter, rather than by
``preexec_fn``, which is unsafe in threaded callers (loaders run the sandbox from a thread pool).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

LANGUAGES = ("python", "javascript")

# Node reserves a large virtual address space at start-up (V8 cages): it does not start under
# ~1 GiB of RLIMIT_AS, so JavaScript gets a larger address-space limit and a V8 heap cap instead.
DEFAULT_MEMORY_MB = {"python": 512, "javascript": 4096}
NODE_HEAP_MB = 256
MAX_PROCESSES = 64  # per sandbox (its own user namespace); a fork bomb stops here
WORKDIR_MB = 64  # the tmpfs working directory (memory, not disk)
NOBODY = 65534
ENV_CHOICE = "RMBENCH_SANDBOX"

log = logging.getLogger(__name__)

_BOOTSTRAP = """
import os, resource, sys
mem, cpu, fsize, nproc = (int(x) for x in sys.argv[1:5])
resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
if nproc:
    resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
os.execv(sys.argv[5], sys.argv[5:])
"""


@dataclass(frozen=True)
class SandboxResult:
    """What one run produced. ``ok`` is a clean exit (return code 0, no timeout)."""

    returncode: int
    stdout: str
    stderr: str
    timed_out: bool
    seconds: float
    isolation: str = ""  # "bubblewrap" or "rlimits" (the fallback)

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


@dataclass(frozen=True)
class Isolation:
    """How candidate code is run on this machine, and why."""

    tool: str  # "bubblewrap" or "rlimits"
    reason: str

    @property
    def isolated(self) -> bool:
        return self.tool == "bubblewrap"


def node_path() -> str | None:
    """The node binary, or None when JavaScript cannot be run here."""
    return shutil.which("node") or ("/usr/bin/node" if Path("/usr/bin/node").exists() else None)


def _reachable(path: str) -> bool:
    """Whether the user bubblewrap runs as can reach ``path`` (as root: the world must)."""
    if os.geteuid() != 0:
        return os.access(path, os.R_OK)
    current = Path(path).resolve()
    for folder in current.parents:
        if not os.stat(folder).st_mode & stat.S_IXOTH:
            return False
    return bool(os.stat(current).st_mode & stat.S_IROTH)


@functools.lru_cache(maxsize=1)
def _sandbox_python() -> tuple[str, str | None]:
    """(interpreter, folder to bind or None when under /usr) for use inside the sandbox: this
    interpreter when its install is reachable, else the system's python3."""
    own = os.path.realpath(sys.executable)
    prefix = os.path.realpath(sys.base_prefix)
    candidates = [(own, None if own.startswith("/usr/") else prefix)]
    candidates += [(p, None) for p in ("/usr/bin/python3", "/usr/local/bin/python3") if os.path.exists(p)]
    for interpreter, folder in candidates:
        if _reachable(interpreter) and (folder is None or _reachable(folder)):
            return interpreter, folder
    raise FileNotFoundError("no Python interpreter the sandbox user can reach")


def _bwrap_argv(workdir: str, script_fd: int, script_name: str, binds: list[str]) -> list[str]:
    argv = ["bwrap", "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent"]
    argv += ["--new-session", "--uid", str(NOBODY), "--gid", str(NOBODY), "--hostname", "sandbox"]
    argv += ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "sbin", "lib", "lib64", "lib32"):
        host = Path("/" + name)
        if host.is_symlink():
            argv += ["--symlink", os.readlink(host), f"/{name}"]
        elif host.is_dir():
            argv += ["--ro-bind", str(host), f"/{name}"]
    argv += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    for folder in binds:
        argv += ["--ro-bind", folder, folder]
    argv += ["--proc", "/proc", "--dev", "/dev"]
    argv += ["--size", str(WORKDIR_MB * 2**20), "--tmpfs", workdir]
    argv += ["--ro-bind-data", str(script_fd), f"{workdir}/{script_name}"]
    argv += ["--remount-ro", "/", "--chdir", workdir, "--"]
    return argv


def _bwrap_user() -> dict[str, Any]:
    """Popen options that run bubblewrap as nobody when rmbench is root (see the module doc)."""
    return {"user": NOBODY, "group": NOBODY, "extra_groups": []} if os.geteuid() == 0 else {}


@functools.lru_cache(maxsize=1)
def isolation() -> Isolation:
    """Probe once whether bubblewrap can build a sandbox here; warn loudly when it cannot."""
    choice = os.environ.get(ENV_CHOICE, "auto").strip().lower() or "auto"
    if choice not in ("auto", "bwrap", "rlimits"):
        raise ValueError(f"{ENV_CHOICE} must be auto, bwrap or rlimits, got {choice!r}")
    if choice == "rlimits":
        found = Isolation("rlimits", f"{ENV_CHOICE}=rlimits")
    else:
        found = _probe_bwrap()
    if not found.isolated:
        if choice == "bwrap":
            raise RuntimeError(f"{ENV_CHOICE}=bwrap, but bubblewrap cannot run here: {found.reason}")
        log.warning(
            "candidate code is NOT isolated (%s): it runs with resource limits only and CAN read your files, "
            "write outside its folder, use the network, see other processes and survive its timeout by "
            "setsid. "
            "Install bubblewrap (apt-get install bubblewrap) to isolate it.",
            found.reason,
        )
    return found


def _probe_bwrap() -> Isolation:
    if shutil.which("bwrap") is None:
        return Isolation("rlimits", "bubblewrap (bwrap) is not installed")
    try:
        python, folder = _sandbox_python()
    except FileNotFoundError as exc:
        return Isolation("rlimits", str(exc))
    workdir = "/tmp/rmbench-sandbox-probe"
    with tempfile.TemporaryFile() as script:
        script.write(b"print('ok')\n")
        script.flush()
        script.seek(0)
        argv = _bwrap_argv(workdir, script.fileno(), "main.py", [folder] if folder else [])
        try:
            proc = subprocess.run(
                [*argv, python, "-I", f"{workdir}/main.py"],
                env=_minimal_env(workdir),
                pass_fds=(script.fileno(),),
                capture_output=True,
                timeout=60,
                **_bwrap_user(),
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return Isolation("rlimits", f"bubblewrap failed to start: {exc}")
    if proc.returncode != 0 or proc.stdout.strip() != b"ok":
        why = proc.stderr.decode("utf-8", "replace").strip()[:300]
        return Isolation("rlimits", f"bubblewrap cannot build a sandbox here ({why or proc.returncode})")
    return Isolation("bubblewrap", f"bwrap, run as uid {NOBODY if os.geteuid() == 0 else os.geteuid()}")


def _minimal_env(workdir: str) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": workdir,
        "TMPDIR": workdir,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    }


def _interpreter(language: str, isolated: bool) -> tuple[list[str], list[str]]:
    """(the command before the script's path, folders to bind read-only into the sandbox)."""
    if language == "python":
        if not isolated:
            return [sys.executable, "-I"], []
        python, folder = _sandbox_python()
        return [python, "-I"], [folder] if folder else []
    node = node_path()
    if node is None:
        raise FileNotFoundError("node is not installed: JavaScript candidates cannot be run")
    node = os.path.realpath(node)
    binds = [] if node.startswith("/usr/") else [str(Path(node).parent.parent)]
    return [node, f"--max-old-space-size={NODE_HEAP_MB}"], binds


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _drain(stream: IO[bytes], keep: bytearray, limit: int) -> None:
    """Read a pipe to its end, keeping at most ``limit`` bytes (a flood of output costs nothing)."""
    with contextlib.suppress(OSError, ValueError):
        while chunk := stream.read(65536):
            if len(keep) < limit:
                keep += chunk[: limit - len(keep)]


def _feed(stream: IO[bytes], data: bytes) -> None:
    with contextlib.suppress(OSError, ValueError):
        stream.write(data)
    with contextlib.suppress(OSError, ValueError):
        stream.close()


def _communicate(
    proc: subprocess.Popen[bytes], stdin: bytes, timeout: float, max_output: int
) -> tuple[bytes, bytes, bool]:
    """(stdout, stderr, timed out). Kills the whole sandbox (or process group) on timeout and after exit."""
    out, err = bytearray(), bytearray()
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    threads = [
        threading.Thread(target=_feed, args=(proc.stdin, stdin), daemon=True),
        threading.Thread(target=_drain, args=(proc.stdout, out, max_output), daemon=True),
        threading.Thread(target=_drain, args=(proc.stderr, err, max_output), daemon=True),
    ]
    for thread in threads:
        thread.start()
    timed_out = False
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
    finally:
        _kill_group(proc.pid)  # bubblewrap itself (its namespace dies with it), or the fallback's group
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        proc.wait()
    for thread in threads[1:]:
        thread.join(timeout=2.0)  # a fallback survivor may hold the pipes open: do not wait for it
    return bytes(out), bytes(err), timed_out


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
    mode = isolation()
    command, binds = _interpreter(language, mode.isolated)
    memory = (memory_mb or DEFAULT_MEMORY_MB[language]) * 2**20
    cpu = max(1, int(timeout + 1))
    limits = [str(memory), str(cpu), str(file_size_mb * 2**20), str(MAX_PROCESSES if mode.isolated else 0)]
    workdir = tempfile.mkdtemp(prefix="rmbench-sandbox-")
    script_name = "main.py" if language == "python" else "main.js"
    script = os.path.join(workdir, script_name)
    try:
        with open(script, "w", encoding="utf-8") as handle:
            handle.write(code)
        with open(script, "rb") as source:
            if mode.isolated:
                python = _sandbox_python()[0]
                prefix = _bwrap_argv(workdir, source.fileno(), script_name, binds)
                argv = [*prefix, python, "-I", "-S", "-c", _BOOTSTRAP, *limits, *command, script]
                extra: dict[str, Any] = {"pass_fds": (source.fileno(),), **_bwrap_user()}
            else:
                argv = [sys.executable, "-I", "-S", "-c", _BOOTSTRAP, *limits, *command, script]
                extra = {"cwd": workdir}
            start = time.monotonic()
            proc = subprocess.Popen(
                argv,
                env=_minimal_env(workdir),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
                **extra,
            )
        out, err, timed_out = _communicate(proc, stdin.encode(), timeout, max_output)
        return SandboxResult(
            returncode=proc.returncode if proc.returncode is not None else -9,
            stdout=out.decode("utf-8", "replace"),
            stderr=err.decode("utf-8", "replace"),
            timed_out=timed_out,
            seconds=time.monotonic() - start,
            isolation=mode.tool,
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
