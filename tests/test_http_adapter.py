"""The http adapter against a local server speaking the vLLM API (pooling, score, chat), a flaky one,
and none at all."""

from __future__ import annotations

import json
import math
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from tiny_models import write_chat_items

import rmbench
from rmbench.cli import main
from rmbench.models import load_adapter
from rmbench.models.base import Request


def reward(text: str) -> float:
    return len(text) / 10


class VLLMHandler(BaseHTTPRequestHandler):
    """/pooling (reward models), /score (cross-encoders) and /v1/chat/completions with logprobs."""

    fail_first = 0  # answer 503 to this many requests first
    seen: list[str]

    def log_message(self, *args):  # keep test output quiet
        pass

    def _reply(self, code: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        server = self.server
        with server.lock:
            server.calls += 1
            if server.calls <= server.fail_first:
                self._reply(503, {"error": "warming up"})
                return
        if self.path == "/pooling":
            assert body["messages"][-1]["role"] == "assistant"
            self._reply(200, {"data": [{"index": 0, "data": [reward(body["messages"][-1]["content"])]}]})
        elif self.path == "/score":
            self._reply(200, {"data": [{"index": 0, "score": reward(body["text_2"]) - len(body["text_1"])}]})
        elif self.path == "/v1/chat/completions":
            text = body["messages"][0]["content"]
            a = text.split("[The Start of Assistant A's Answer]\n")[1].split("\n[The End")[0]
            b = text.split("[The Start of Assistant B's Answer]\n")[1].split("\n[The End")[0]
            p_a = 1 / (1 + math.exp(-(len(a) - len(b)) / 10 - 0.3))  # prefers longer, with a bias to A
            top = [{"token": "A", "logprob": math.log(p_a)}, {"token": "B", "logprob": math.log(1 - p_a)}]
            self._reply(200, {"choices": [{"logprobs": {"content": [{**top[0], "top_logprobs": top}]}}]})
        else:
            self._reply(404, {"error": f"no route {self.path}"})


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), VLLMHandler)
    httpd.calls, httpd.fail_first, httpd.lock = 0, 0, threading.Lock()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def url(httpd) -> str:
    return f"http://127.0.0.1:{httpd.server_address[1]}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_pooling_and_score_endpoints(server):
    reqs = [Request("hello there", r) for r in ("short", "a much longer answer")]
    pooling = load_adapter(url(server))
    assert pooling.score_batch(pooling.prepare(reqs)) == pytest.approx([0.5, 2.0])
    scorer = load_adapter(f"http:{url(server)}/v1", api="score")
    assert scorer.score_batch(scorer.prepare(reqs)) == pytest.approx([0.5 - 11, 2.0 - 11])
    assert pooling.fingerprint() != scorer.fingerprint()


def test_full_run_over_http(server, tmp_path):
    items = write_chat_items(tmp_path / "chat.jsonl")
    result = rmbench.evaluate(
        f"http:{url(server)}",
        items=[items],
        output=tmp_path / "runs",
        cache=False,
        n_resamples=50,
        model_args={"concurrency": "4"},
    )[0]
    length = rmbench.evaluate("length", items=[items], cache=False, n_resamples=50)[0]
    assert result.subsets[0].scores == [[reward(r) for r in it.responses] for it in result.subsets[0].items]
    assert result.metric("items/chat") == length.metric("items/chat")  # this server is a length model
    assert (
        server.calls == 13
        and (result.folder / "summary.json").exists()
        and result.folder.parent == tmp_path / "runs"
    )


def test_chat_endpoint_is_a_pairwise_judge(server):
    items = [rmbench.items.Item("i", "q", ["a long and good answer", "bad", "medium one"], [2, 0, 1])]
    judge = load_adapter(url(server), api="chat")
    reqs = judge.item_requests(items[0])
    p = judge.score_batch(judge.prepare(reqs))
    assert len(p) == 6 and server.calls == 6
    scores = judge.item_scores(items[0], p)
    assert scores[0] > scores[2] > scores[1]
    stats = judge.subset_stats(items, [p])
    assert stats == {"position_consistency": 1.0, "pairs": 3}


def test_retries_with_backoff(server):
    server.fail_first = 3
    adapter = load_adapter(url(server), retries=4, backoff=0.01)
    assert adapter.score_batch(adapter.prepare([Request("p", "abc")])) == [pytest.approx(0.3)]
    assert server.calls == 4
    server.calls, server.fail_first = 0, 10
    with pytest.raises(ConnectionError, match=r"unreachable after 3 tries .*HTTP 503"):
        load_adapter(url(server), retries=2, backoff=0.01).score_batch(adapter.prepare([Request("p", "x")]))


def test_no_server_is_a_clear_error_and_writes_nothing(tmp_path, capsys):
    items = write_chat_items(tmp_path / "chat.jsonl")
    out = tmp_path / "runs"
    code = main(
        [
            "run",
            "--model",
            f"http://127.0.0.1:{free_port()}",
            "--items",
            str(items),
            "--output",
            str(out),
            "--no-cache",
            "--model-arg",
            "retries=1",
            "--model-arg",
            "backoff=0.01",
        ]
    )
    assert code != 0
    err = capsys.readouterr().err
    assert "unreachable after 2 tries" in err and "127.0.0.1" in err and "Traceback" not in err
    assert not out.exists() or list(out.iterdir()) == []
