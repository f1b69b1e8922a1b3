"""One test per attack on the candidate-code sandbox; each must be stopped where bubblewrap works.

Each attack prints what it managed to do; the test asserts, from outside, that nothing happened:
no file written or read on the host, no connection accepted, no process left behind, no secret
seen, and the limits (processes, memory, disk) held. Skipped (with the reason) where the sandbox
runs in its rlimits-only fallback, since that fallback stops none of them (it says so).
"""

from __future__ import annotations

import importlib.util
import socket
import textwrap
import threading
import time
import uuid
from pathlib import Path

import pytest

from rmbench import sandbox
from rmbench.sandbox import MAX_PROCESSES, WORKDIR_MB, isolation, node_path, run_code

_HARNESS = Path(__file__).resolve().parents[1] / "tasks" / "code" / "harness.py"
_spec = importlib.util.spec_from_file_location("rmbench_code_harness_under_attack", _HARNESS)
assert _spec is not None and _spec.loader is not None
harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(harness)

needs_bwrap = pytest.mark.skipif(
    not isolation().isolated, reason=f"no isolation here: {isolation().reason} (CI installs bubblewrap)"
)
needs_node = pytest.mark.skipif(node_path() is None, reason="node not installed")
pytestmark = needs_bwrap


def _py(code: str, **kwargs) -> sandbox.SandboxResult:
    result = run_code(textwrap.dedent(code), **kwargs)
    assert result.isolation == "bubblewrap"
    return result


def _alive(token: str) -> list[int]:
    """Host pids whose command line holds ``token``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if token.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_write_outside(tmp_path: Path) -> None:
    target = tmp_path / "pwned.txt"
    result = _py(f"""
        import os
        for path in [{str(target)!r}, "/tmp/pwned", "/usr/pwned", "/pwned", {str(Path.cwd() / "pwned")!r}]:
            try:
                open(path, "w").write("x")
                print("WROTE", path)
            except OSError as exc:
                print("blocked", path, type(exc).__name__)
        open("inside.txt", "w").write("fine")
        print("own folder ok")
    """)
    assert result.ok and "WROTE" not in result.stdout and "own folder ok" in result.stdout
    assert not target.exists() and not (Path.cwd() / "pwned").exists()


def test_read_a_host_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("s3cret-" + uuid.uuid4().hex)
    secret.chmod(0o644)
    repo_file = Path(__file__).resolve()
    result = _py(f"""
        for path in ["/etc/passwd", "/etc/shadow", {str(secret)!r}, {str(repo_file)!r}, "/root/.bashrc"]:
            try:
                print("READ", path, open(path).read()[:80])
            except OSError as exc:
                print("blocked", path, type(exc).__name__)
    """)
    assert result.ok and "READ" not in result.stdout
    assert secret.read_text() not in result.stdout and "root:" not in result.stdout


def test_network() -> None:
    accepted: list[object] = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                accepted.append(server.accept())
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        result = _py(
            f"""
            import socket
            for host in ["127.0.0.1", "::1", "10.0.0.1", "8.8.8.8"]:
                try:
                    socket.create_connection((host, {port}), timeout=1).close()
                    print("CONNECTED", host)
                except OSError as exc:
                    print("blocked", host, type(exc).__name__)
            try:
                print("RESOLVED", socket.gethostbyname("example.com"))
            except OSError as exc:
                print("blocked dns", type(exc).__name__)
        """,
            timeout=20,
        )
    finally:
        stop.set()
        thread.join()
        server.close()
    assert result.ok and "CONNECTED" not in result.stdout and "RESOLVED" not in result.stdout
    assert accepted == []


def test_subprocess_escape(tmp_path: Path) -> None:
    marker = tmp_path / "from_child"
    result = _py(f"""
        import subprocess
        def sh(command):
            out = subprocess.run(["/bin/sh", "-c", command], capture_output=True, text=True)
            return out.stdout.strip()
        print("PASSWD", repr(sh("cat /etc/passwd")))
        print("WRITE", repr(sh("echo x > {marker} && echo WROTE")))
        print("ROOT", repr(sh("ls /")))
        print("UID", repr(sh("id -u")))
    """)
    assert result.ok, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["PASSWD"] == "''" and lines["WRITE"] == "''" and not marker.exists()
    assert lines["UID"] == "'65534'"  # the child is the same unprivileged user, in the same sandbox
    assert "work" not in lines["ROOT"] and "home" not in lines["ROOT"]


@pytest.mark.parametrize("parent", ["waits", "exits"])
def test_setsid_survivor(parent: str) -> None:
    token = "rmbench-survivor-" + uuid.uuid4().hex
    code = f"""
        import subprocess, sys, time
        subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(60)", {token!r}], start_new_session=True
        )
        subprocess.Popen(["/bin/sh", "-c", "setsid sleep 60 {token} &"])
        time.sleep(0.5)
        print("spawned", flush=True)
        if {parent == "waits"}:
            time.sleep(60)
    """
    result = _py(code, timeout=3.0)
    assert "spawned" in result.stdout and result.timed_out == (parent == "waits")
    deadline = time.monotonic() + 3
    while _alive(token) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _alive(token) == [], "a setsid child outlived the sandbox"


def test_proc_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "hunter2-" + uuid.uuid4().hex
    monkeypatch.setenv("RMBENCH_TEST_SECRET_TOKEN", secret)
    result = _py("""
        import os
        pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
        print("PIDS", pids)
        for pid in pids + ["self"]:
            for name in ("environ", "cmdline"):
                try:
                    print(pid, name, open(f"/proc/{pid}/{name}", "rb").read())
                except OSError as exc:
                    print(pid, name, "blocked", type(exc).__name__)
        print(dict(os.environ))
    """)
    assert result.ok
    assert secret not in result.stdout and "RMBENCH_TEST_SECRET_TOKEN" not in result.stdout
    pids = [int(p) for p in result.stdout.split("PIDS [", 1)[1].split("]", 1)[0].split(",")]
    assert max(pids) <= 3  # its own pid namespace: bubblewrap's init and the program
    assert "pytest" not in result.stdout  # the parent's command line is not visible


@needs_node
def test_vm_escape_javascript(tmp_path: Path) -> None:
    """The old harness ran candidates in a vm context, from which `this.constructor.constructor`
    reaches the host's process object. Now it runs in its own sandboxed node: the escape yields
    only that node, which can neither read, write, connect nor spawn beyond the sandbox."""
    marker = tmp_path / "js_pwned"
    code = f"""
    function attack() {{
      const proc = this.constructor.constructor("return process")();
      const req = proc.mainModule ? proc.mainModule.require : require;
      const out = [];
      try {{
        out.push("READ " + req("fs").readFileSync("/etc/passwd", "utf8").slice(0, 20));
      }} catch (e) {{
        out.push("blocked read");
      }}
      try {{
        req("fs").writeFileSync({str(marker)!r}, "x");
        out.push("WROTE");
      }} catch (e) {{
        out.push("blocked write");
      }}
      try {{
        out.push("RAN " + req("child_process").execSync("cat /etc/passwd").toString().slice(0, 20));
      }} catch (e) {{
        out.push("blocked exec");
      }}
      out.push("ENV " + JSON.stringify(proc.env));
      return out;
    }}
    """
    (got,) = harness.outputs(textwrap.dedent(code), "javascript", "attack", [[]])
    assert isinstance(got, list), got
    assert "blocked read" in got and "blocked write" in got and not marker.exists()
    assert not any(line.startswith(("READ", "RAN", "WROTE")) for line in got), got
    env = next(line for line in got if line.startswith("ENV "))
    assert "RMBENCH" not in env and "PATH" in env and "hunter" not in env
    assert 'require("vm")' not in harness.case_program("function f(){}", "javascript", "f", [[]])


def test_fork_bomb() -> None:
    """A bounded bomb (1,000 sleeping children, not an exponential one: were the limit to fail, the
    machine's pid table would survive it). The process-count limit stops it, and none remain."""
    token = "rmbench-bomb-" + uuid.uuid4().hex
    result = _py(
        f"""
        import os, time
        made = 0
        for _ in range(1000):
            try:
                if os.fork() == 0:
                    time.sleep(30)
                    os._exit(0)
                made += 1
            except OSError as exc:
                print("stopped", type(exc).__name__, flush=True)
                break
        print("MADE", made, {token!r}, flush=True)
        time.sleep(30)
    """,
        timeout=5.0,
    )
    made = int(result.stdout.split("MADE", 1)[1].split()[0])
    assert "stopped" in result.stdout and made < MAX_PROCESSES
    time.sleep(0.5)
    assert _alive(token) == []


def test_memory() -> None:
    hog = _py("x = bytearray(3 * 1024 ** 3)\nprint('allocated')", memory_mb=256)
    assert not hog.ok and "allocated" not in hog.stdout and "MemoryError" in hog.stderr
    # the writable folder is a tmpfs of WORKDIR_MB: filling it fails, and nothing reaches the disk
    disk = _py("""
        written = 0
        try:
            for i in range(1000):
                with open(f"f{i}.bin", "wb") as f:
                    f.write(b"x" * (4 << 20))
                written += 4
        except OSError as exc:
            print("stopped", exc.errno)
        print("MB", written)
    """)
    assert "stopped" in disk.stdout and int(disk.stdout.split("MB", 1)[1]) <= WORKDIR_MB


def test_output_flood_is_cut() -> None:
    result = _py("import sys\nwhile True:\n    sys.stdout.write('x' * 65536)", timeout=2.0, max_output=10_000)
    assert result.timed_out and len(result.stdout) == 10_000


@needs_node
def test_javascript_reads_and_connects_nothing() -> None:
    code = """
    const fs = require("fs"), net = require("net");
    try {
      console.log("READ", fs.readFileSync("/etc/passwd", "utf8").slice(0, 10));
    } catch (e) {
      console.log("blocked read");
    }
    const s = net.connect(22, "127.0.0.1");
    s.on("connect", () => { console.log("CONNECTED"); process.exit(0); });
    s.on("error", () => { console.log("blocked net"); process.exit(0); });
    """
    result = run_code(textwrap.dedent(code), "javascript", timeout=20)
    assert (
        result.isolation == "bubblewrap"
        and "blocked read" in result.stdout
        and "blocked net" in result.stdout
    )
