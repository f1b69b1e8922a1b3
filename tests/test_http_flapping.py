"""The http adapter against a flapping server: 5xx, resets, delays, truncated, malformed and
non-finite bodies. Every score that reaches the cache equals the server's; what is retryable is
retried; what is not is a clear error (no traceback, no run folder); and a run that fails or is
killed keeps every reply it received, so the next run asks only for the rest."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rmbench.cli import main
from rmbench.models.base import Request

REPO = Path(__file__).resolve().parents[1]
PROMPT = "Rate this answer."
TRANSIENT = ("503", "500", "429", "reset", "delay", "truncated")
CLIENT_TIMEOUT = 0.5  # the "delay" fault sleeps past it


def truth(text: str) -> float:
    """The server's score of a response: an arbitrary but exactly reproducible float."""
    digest = int(hashlib.sha256(text.encode()).hexdigest()[:12], 16)
    return digest / 2**48 * 20 - 10


def transient_faults(text: str) -> list[str]:
    """Faults the server answers a response's first attempts with (0 to 2, then the score)."""
    digest = hashlib.sha256(b"faults:" + text.encode()).digest()
    return [TRANSIENT[digest[1 + j] % len(TRANSIENT)] for j in range(digest[0] % 3)]


class FlappingHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def _send(self, code: int, body: bytes, length: int | None = None, headers: dict | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        text = body["messages"][-1]["content"]
        server = self.server
        with server.lock:
            attempt = server.attempts[text]
            server.attempts[text] += 1
            fault = server.fault_for(text, attempt)
            server.faults[fault] += 1
        self._act(fault, text)

    def _act(self, fault: str, text: str) -> None:
        if fault in ("503", "500"):
            self._send(int(fault), b'{"error": "busy"}')
        elif fault == "429":
            self._send(429, b'{"error": "slow down"}', headers={"Retry-After": "0"})
        elif fault == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        elif fault == "delay":
            time.sleep(CLIENT_TIMEOUT * 3)
        elif fault == "truncated":
            self._send(200, b'{"data": [{"da', length=200)
        elif fault == "down":
            self._send(503, b'{"error": "down"}')
        elif fault in BAD_BODIES:
            code, payload = BAD_BODIES[fault]
            self._send(code, payload)
        else:
            reply = {"data": [{"index": 0, "data": [truth(text)]}]}
            self._send(200, json.dumps(reply).encode())
            with self.server.lock:
                self.server.answered.add(text)


BAD_BODIES = {
    "malformed": (200, b'{"data": [{"index": 0, "data": [0.5'),
    "infinity": (200, b'{"data": [{"index": 0, "data": [Infinity]}]}'),
    "nan": (200, b'{"data": [{"index": 0, "data": [NaN]}]}'),
    "string": (200, b'{"data": [{"index": 0, "data": ["0.5"]}]}'),
    "bool": (200, b'{"data": [{"index": 0, "data": [true]}]}'),
    "missing": (200, b'{"result": {"score": 0.5}}'),
    "400": (400, b'{"error": "bad request"}'),
}


class FlappingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), FlappingHandler)
        self.lock = threading.Lock()
        self.attempts: Counter[str] = Counter()
        self.faults: Counter[str] = Counter()
        self.answered: set[str] = set()
        self.granted = 0  # good replies decided on (under the lock, so down_after is exact)
        self.poison: dict[str, str] = {}  # response -> bad body it always gets
        self.down_after: int | None = None  # answer 503 to every request after this many good ones
        self.flapping = True

    def fault_for(self, text: str, attempt: int) -> str:
        if text in self.poison:
            return self.poison[text]
        if self.down_after is not None and self.granted >= self.down_after:
            return "down"
        faults = transient_faults(text) if self.flapping else []
        if attempt < len(faults):
            return faults[attempt]
        self.granted += 1
        return "ok"

    def handle_error(self, request, client_address):  # a client that gave up mid-reply is expected
        pass

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def server():
    httpd = FlappingServer()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def write_items(path: Path, n: int, extra: tuple[str, ...] = ()) -> list[str]:
    """n pair items with distinct responses (2n requests), plus items holding ``extra`` responses."""
    texts = [f"answer {i} " + "x" * (i % 7) for i in range(2 * n)] + list(extra)
    if len(texts) % 2:
        texts.append("one more answer")
    rows = [
        {"id": f"i{j}", "prompt": PROMPT, "responses": texts[2 * j : 2 * j + 2], "gold": [1, 0]}
        for j in range(len(texts) // 2)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return texts


def cached_scores(cache: Path, texts: list[str]) -> dict[str, float]:
    """What the cache holds, by response text (the test has one model and one prompt)."""
    if not cache.exists():
        return {}
    by_key = {Request(PROMPT, t).key(): t for t in texts}
    with sqlite3.connect(cache) as db:
        rows = db.execute("SELECT request, score FROM scores").fetchall()
    assert all(key in by_key for key, _ in rows), "the cache holds a request this test never made"
    return {by_key[key]: score for key, score in rows}


def run_argv(server: FlappingServer, items: Path, tmp: Path, retries: int = 4) -> list[str]:
    args = {"retries": retries, "backoff": 0.001, "timeout": CLIENT_TIMEOUT, "concurrency": 6}
    argv = ["run", "--model", f"http:{server.url}", "--items", str(items), "--output", str(tmp / "out")]
    argv += ["--cache", str(tmp / "cache.sqlite"), "--n-resamples", "20", "--no-progress"]
    for key, value in args.items():
        argv += ["--model-arg", f"{key}={value}"]
    return argv


def test_flapping_server_every_stored_score_is_the_servers(server, tmp_path, capsys) -> None:
    texts = write_items(tmp_path / "items.jsonl", 60)
    assert main(run_argv(server, tmp_path / "items.jsonl", tmp_path)) == 0, capsys.readouterr().err
    stored = cached_scores(tmp_path / "cache.sqlite", texts)
    assert stored == {t: truth(t) for t in texts}
    assert set(server.faults) >= {*TRANSIENT, "ok"}, server.faults  # every kind of fault happened
    assert sum(n for f, n in server.faults.items() if f != "ok") >= 60
    summary = json.loads(next((tmp_path / "out").glob("*/summary.json")).read_text())
    accuracy = summary["subsets"]["items/items"]["metrics"]["pairwise_accuracy"]["value"]
    want = sum(truth(texts[2 * j]) > truth(texts[2 * j + 1]) for j in range(60)) / 60
    assert accuracy == pytest.approx(want)


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("malformed", "the reply is not JSON"),
        ("infinity", "not a finite number"),
        ("nan", "not a finite number"),
        ("string", "'0.5', not a finite number"),
        ("bool", "True, not a finite number"),
        ("missing", "lacks the field"),
        ("400", "HTTP 400 (not retried)"),
    ],
)
def test_bad_reply_is_a_clear_error_and_never_cached(server, tmp_path, capsys, bad: str, says: str) -> None:
    server.flapping = False
    poison = "the answer the server cannot score"
    server.poison[poison] = bad
    texts = write_items(tmp_path / "items.jsonl", 20, extra=(poison,))
    code = main(run_argv(server, tmp_path / "items.jsonl", tmp_path))
    err = capsys.readouterr().err
    assert code == 2, err
    assert says in err and server.url in err and "Traceback" not in err
    assert server.attempts[poison] == 1, "a reply that is not a transport failure was retried"
    stored = cached_scores(tmp_path / "cache.sqlite", texts)
    assert poison not in stored
    assert all(stored[t] == truth(t) for t in stored)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_retries_running_out_keep_every_reply_received(server, tmp_path, capsys) -> None:
    """The issue's case: 120 requests in one batch, the server dies after 78 replies."""
    server.flapping, server.down_after = False, 78
    texts = write_items(tmp_path / "items.jsonl", 60)
    code = main(run_argv(server, tmp_path / "items.jsonl", tmp_path, retries=1))
    err = capsys.readouterr().err
    assert code == 3 and "unreachable after 2 tries" in err and "78 of 120 replies" in err, err
    stored = cached_scores(tmp_path / "cache.sqlite", texts)
    assert len(stored) == 78 and set(stored) == server.answered
    assert all(stored[t] == truth(t) for t in stored)
    server.down_after, before = None, sum(server.attempts.values())
    assert main(run_argv(server, tmp_path / "items.jsonl", tmp_path)) == 0
    assert sum(server.attempts.values()) - before == 120 - 78  # only what was missing was asked again
    assert cached_scores(tmp_path / "cache.sqlite", texts) == {t: truth(t) for t in texts}


def test_killed_run_keeps_what_it_received(server, tmp_path, monkeypatch) -> None:
    """kill -9 in the middle of one batch: the replies already received are in the cache."""
    server.flapping = False
    texts = write_items(tmp_path / "items.jsonl", 150)
    original = FlappingHandler._act

    def slow_act(self, fault, text):  # ~30 replies a second, so the kill lands mid-batch
        time.sleep(0.2)
        original(self, fault, text)

    monkeypatch.setattr(FlappingHandler, "_act", slow_act)
    argv = run_argv(server, tmp_path / "items.jsonl", tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "rmbench", *argv],
        cwd=REPO,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while len(server.answered) < 60 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    sent = set(server.answered)
    assert 60 <= len(sent) < 300, "the kill did not land in the middle of the batch"
    stored = cached_scores(tmp_path / "cache.sqlite", texts)
    assert all(stored[t] == truth(t) for t in stored)
    assert set(stored) <= sent and len(stored) >= len(sent) - 6, (len(stored), len(sent))  # 6 in flight
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
