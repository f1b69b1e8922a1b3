"""`rmbench data fetch` against a local HTTP mirror of ../shared/data: the download path, checksums,
resuming, derive steps, and `--suite public` finding the fetched cache without --data-dir.

The mirror is an in-process HTTP server (a thread) that serves a folder with Range support and can
be told to corrupt a file, cut a transfer midway or ignore Range, and records each request.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmbench.tasks import TaskConfigError, TaskRegistry
from rmbench.tasks.datafiles import DataFile, data_cache_dir, default_data_dir, read_data_files
from rmbench.tasks.fetch import Fetcher, FetchError, Progress, download, is_present

REPO = Path(__file__).resolve().parents[1]
TQA_EN = "truthfulqa_multi/data/en/validation.json"


class MirrorHandler(http.server.BaseHTTPRequestHandler):
    root: Path
    corrupt: set[str]
    cut_after: dict[str, int]
    honour_range: bool
    requests: list[tuple[str, str | None]]

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        rel = self.path.lstrip("/")
        from urllib.parse import unquote

        rel = unquote(rel)
        self.requests.append((rel, self.headers.get("Range")))
        path = self.root / rel
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        if rel in self.corrupt:
            data = data[:-1] + bytes([data[-1] ^ 0xFF])
        start = 0
        header = self.headers.get("Range")
        if header and self.honour_range:
            start = int(header.removeprefix("bytes=").split("-")[0])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        body = data[start:]
        if rel in self.cut_after:
            self.wfile.write(body[: self.cut_after[rel]])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)


@pytest.fixture
def mirror(shared_data: Path) -> Iterator[type[MirrorHandler]]:
    handler = type(
        "Handler",
        (MirrorHandler,),
        {"root": shared_data, "corrupt": set(), "cut_after": {}, "honour_range": True, "requests": []},
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    try:
        yield handler
    finally:
        server.shutdown()
        server.server_close()


def _env(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("RMBENCH_DATA_DIR", "RMBENCH_CACHE_DIR")}
    env.update(XDG_CACHE_HOME=str(cache), HF_HUB_OFFLINE="1", RMBENCH_DATA_MIRROR="")
    return env


def _rmbench(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rmbench", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _entry(task: str, path: str) -> DataFile:
    folder = TaskRegistry().get(task).folder
    return next(e for e in read_data_files(folder) if e.path == path)


def test_fetch_from_mirror_then_public_run_finds_the_cache_without_data_dir(mirror, tmp_path: Path):
    env = _env(tmp_path / "xdg")
    fetched = _rmbench(["data", "fetch", "qa", "--subsets", "qa/tqa_en", "--mirror", mirror.url], env)
    assert fetched.returncode == 0, fetched.stderr
    cached = tmp_path / "xdg" / "rmbench" / "data" / TQA_EN
    assert hashlib.sha256(cached.read_bytes()).hexdigest() == _entry("qa", TQA_EN).sha256
    needed = sorted(
        e.path
        for e in read_data_files(TaskRegistry().get("qa").folder)
        if "qa/tqa_en" in e.used_by or "tqa_en" in e.used_by
    )
    assert TQA_EN in needed  # English, and the translations its duplicate-question filter reads
    assert sorted(r for r, _ in mirror.requests) == needed  # exactly the files tqa_en reads
    assert f"{len(needed)} files: {len(needed)} downloaded" in fetched.stdout
    assert f"qa: {TQA_EN}  downloaded" in fetched.stderr  # progress, one line per file off a terminal

    again = _rmbench(["data", "fetch", "qa", "--subsets", "qa/tqa_en", "--mirror", mirror.url], env)
    assert again.returncode == 0 and f"{len(needed)} present" in again.stdout
    assert len(mirror.requests) == len(needed)

    run = _rmbench(
        [
            "run",
            "--suite",
            "public",
            "--subsets",
            "qa/tqa_en",
            "--model",
            "length",
            "--out",
            str(tmp_path / "runs"),
        ],
        env,
    )
    assert run.returncode == 0, run.stderr
    (summary,) = (tmp_path / "runs").glob("*/summary.json")
    subset = json.loads(summary.read_text())["subsets"]["qa/tqa_en"]
    assert (
        subset["n_items"] == TaskRegistry().get("qa").config.subset("tqa_en").count
    )  # the count task.yaml states

    status = _rmbench(["data", "status", "qa", "--subsets", "qa/tqa_en"], env)
    assert status.returncode == 0 and f"qa: {len(needed)} of {len(needed)} files present" in status.stdout


def test_a_corrupted_file_on_the_mirror_is_refused_and_not_kept(mirror, tmp_path: Path):
    mirror.corrupt.add(TQA_EN)
    env = _env(tmp_path / "xdg")
    result = _rmbench(["data", "fetch", "qa", "--subsets", "qa/tqa_en", "--mirror", mirror.url], env)
    assert result.returncode == 2
    assert "refused, it is not the pinned file" in result.stderr and "Traceback" not in result.stderr
    folder = tmp_path / "xdg" / "rmbench" / "data" / "truthfulqa_multi" / "data" / "en"
    assert not folder.exists() or list(folder.iterdir()) == []  # neither the file nor a .part


def test_an_interrupted_download_resumes_with_a_range_request(mirror, tmp_path: Path):
    entry = _entry("qa", TQA_EN)
    dest = tmp_path / TQA_EN
    mirror.cut_after[TQA_EN] = 100_000
    with pytest.raises(FetchError, match="run the same command again to resume"):
        download(f"{mirror.url}/{TQA_EN}", dest, entry, Progress(io.StringIO()), retries=0)
    part = dest.with_name(dest.name + ".part")
    assert part.stat().st_size == 100_000 and not dest.exists()

    mirror.cut_after.clear()
    download(f"{mirror.url}/{TQA_EN}", dest, entry, Progress(io.StringIO()), retries=0)
    assert mirror.requests[-1] == (TQA_EN, "bytes=100000-")
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == entry.sha256 and not part.exists()


def test_a_cut_transfer_is_retried_and_a_server_without_range_restarts_cleanly(mirror, tmp_path: Path):
    entry = _entry("qa", TQA_EN)
    dest = tmp_path / TQA_EN
    dest.parent.mkdir(parents=True)
    dest.with_name(dest.name + ".part").write_bytes(b"garbage from an older attempt")
    mirror.honour_range = False  # answers 200 with the whole file: the partial must be dropped
    download(f"{mirror.url}/{TQA_EN}", dest, entry, Progress(io.StringIO()), retries=0)
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == entry.sha256

    mirror.honour_range = True
    dest.unlink()
    mirror.cut_after[TQA_EN] = 50_000  # every attempt is cut: retries resume, then a clear error
    with pytest.raises(FetchError, match="150000 bytes kept"):
        download(f"{mirror.url}/{TQA_EN}", dest, entry, Progress(io.StringIO()), retries=2, wait_s=0)
    assert [r for _, r in mirror.requests[-3:]] == [None, "bytes=50000-", "bytes=100000-"]


def test_derive_steps_rebuild_the_shared_copies_byte_for_byte(shared_data: Path, tmp_path: Path):
    """The MQM join is re-made from its upstream inputs (copied here, as a fetch would leave them)."""
    task = TaskRegistry().get("translation")
    entries = {e.path: e for e in read_data_files(task.folder)}
    joined = [e for e in entries.values() if e.derive]
    assert {e.path for e in joined} == {
        "_derived/mqm_newstest2021_ende_joined.jsonl",
        "_derived/mqm_newstest2021_zhen_joined.jsonl",
    }
    for entry in joined:
        for name in entry.inputs:
            assert entries[name].url.startswith("https://raw.githubusercontent.com/")
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shared_data / name, tmp_path / name)
    fetcher = Fetcher(task, tmp_path, progress=Progress(io.StringIO()))
    for entry in joined:
        assert fetcher.fetch(entry).status == "derived"
        assert (tmp_path / entry.path).read_bytes() == (shared_data / entry.path).read_bytes()


def _tiny_task(folder: Path, files: list[dict]) -> None:
    folder.mkdir(parents=True)
    (folder / "task.yaml").write_text(
        "name: tiny\ndomain: qa\nversion: '1'\nlicense: MIT\nsubsets:\n"
        "  - {id: pub, role: in_distribution, kind: pairwise,\n"
        "     source: {public: {loader: 'loaders.py:load', upstream: example/repo@abc, data: out.json}}}\n"
    )
    (folder / "derive.py").write_text(
        "import json, pathlib\n"
        "def upper(data_dir, out, source):\n"
        "    rows = json.loads((pathlib.Path(data_dir) / source).read_text())\n"
        "    pathlib.Path(out).write_text(json.dumps([r.upper() for r in rows]))\n"
    )
    import yaml

    (folder / "data_files.yaml").write_text(yaml.safe_dump({"files": files}))


def test_a_derived_file_fetches_its_inputs_from_their_urls_then_checks_the_result(mirror, tmp_path: Path):
    upstream = tmp_path / "upstream"
    upstream.mkdir()
    raw = json.dumps(["a", "b"]).encode()
    (upstream / "in.json").write_bytes(raw)
    made = json.dumps(["A", "B"]).encode()
    mirror.root = upstream
    files = [
        {"path": "out.json", "sha256": hashlib.sha256(made).hexdigest(), "size": len(made),
         "derive": "derive.py:upper", "args": {"source": "_upstream/in.json"},
         "inputs": ["_upstream/in.json"], "used_by": ["pub"]},
        {"path": "_upstream/in.json", "sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw),
         "url": f"{mirror.url}/in.json"},
    ]  # fmt: skip
    _tiny_task(tmp_path / "tasks" / "tiny", files)
    task = TaskRegistry([tmp_path / "tasks"]).get("tiny")
    fetcher = Fetcher(task, tmp_path / "data", progress=Progress(io.StringIO()))
    result = fetcher.fetch(read_data_files(task.folder)[0])
    assert result.status == "derived" and (tmp_path / "data" / "out.json").read_bytes() == made

    files[0]["sha256"] = "0" * 64  # a step that no longer reproduces the pinned copy is refused
    _tiny_task(tmp_path / "tasks2" / "tiny", files)
    task = TaskRegistry([tmp_path / "tasks2"]).get("tiny")
    fetcher = Fetcher(task, tmp_path / "data2", progress=Progress(io.StringIO()))
    result = fetcher.fetch(read_data_files(task.folder)[0])
    assert result.status == "failed" and "refused" in result.detail
    assert not (tmp_path / "data2" / "out.json").exists()
    assert not (tmp_path / "data2" / "out.json.part").exists()


def test_every_public_subset_is_covered_and_pinned_to_the_shared_copy(shared_data: Path):
    registry = TaskRegistry()
    for name in registry.names():
        task = registry.get(name)
        entries = read_data_files(task.folder)
        public = [s for s in task.subsets if s.public is not None]
        covered = {s for e in entries for s in e.used_by}
        assert {s.id for s in public} <= covered, name
        for e in entries:
            assert e.url.startswith("https://raw.githubusercontent.com/") or e.derive or e.manual
            if e.url:  # pinned to a full commit hash, never a branch
                assert len(e.url.split("/")[5]) == 40, e.url
            if not e.path.startswith("_upstream/"):
                local = shared_data / e.path
                assert local.stat().st_size == e.size and is_present(shared_data, e), e.path
        for s in public:
            assert any(e.path == s.public.data or e.path.startswith(s.public.data + "/") for e in entries)


def test_a_manual_file_says_why_when_missing(tmp_path: Path):
    task = TaskRegistry().get("story")
    with pytest.raises(FileNotFoundError, match="cannot be fetched automatically: not an upstream file"):
        task.load("wpb_zh_fiction", data_dir=tmp_path)
    with pytest.raises(FileNotFoundError, match="rmbench data fetch qa"):
        TaskRegistry().get("qa").load("tqa_en", data_dir=tmp_path)


def test_the_manifest_schema_is_checked(tmp_path: Path):
    _tiny_task(tmp_path / "t", [{"path": "x", "sha256": "0" * 64, "size": 1, "url": "u", "usedby": ["pub"]}])
    with pytest.raises(TaskConfigError, match="did you mean 'used_by'"):
        read_data_files(tmp_path / "t")
    (tmp_path / "t" / "data_files.yaml").write_text("files:\n- {path: ../x, sha256: a, size: 1, url: u}\n")
    with pytest.raises(TaskConfigError, match=r"without '\.\.'"):
        read_data_files(tmp_path / "t")


def test_the_data_folder_follows_the_environment(monkeypatch, tmp_path: Path):
    for key in ("RMBENCH_DATA_DIR", "RMBENCH_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(key, raising=False)
    assert data_cache_dir() == Path.home() / ".cache" / "rmbench" / "data"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "rmbench" / "data"
    monkeypatch.setenv("RMBENCH_CACHE_DIR", str(tmp_path / "c"))
    assert default_data_dir() == tmp_path / "c" / "data"
    monkeypatch.setenv("RMBENCH_DATA_DIR", str(tmp_path / "d"))
    assert default_data_dir() == tmp_path / "d"


class _Opened:
    """Files opened under a folder while on (an audit hook cannot be removed, so it is switched)."""

    def __init__(self, root: Path):
        self.root, self.on, self.seen = root.resolve(), False, set()
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple) -> None:
        if self.on and event == "open" and isinstance(args[0], (str, Path)):
            path = Path(args[0]).resolve()
            if path.is_relative_to(self.root) and path.is_file():
                self.seen.add(path.relative_to(self.root).as_posix())


@pytest.mark.slow  # loads every public subset again (about a minute on a busy 2-core machine)
@pytest.mark.parametrize("name", ["qa", "customer_service", "translation", "story"])
def test_the_manifest_lists_every_file_the_loaders_open(name: str, shared_data: Path):
    """If a loader starts reading another file, the fetch must know it
    (rebuild: scripts/build_data_manifest.py)."""
    from rmbench.tasks import Task

    task = TaskRegistry().get(name)
    listed = {e.path: set(e.used_by) for e in read_data_files(task.folder)}
    opened = _Opened(shared_data)
    for subset in (s for s in task.subsets if s.public is not None):
        for module in [m for n, m in sys.modules.items() if n.startswith(f"rmbench_task_{name}.")]:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()  # loaders memoise parsed files: make each subset open its own
        opened.seen, opened.on = set(), True
        try:
            fresh = Task(task.config)
            fresh.load(subset.id, "test", shared_data)
            fresh.load(subset.id, "train", shared_data)
        finally:
            opened.on = False
        assert opened.seen, subset.id
        for path in opened.seen:
            assert subset.id in listed.get(path, set()), (
                f"{name}/{subset.id} reads {path}, not in data_files.yaml"
            )
