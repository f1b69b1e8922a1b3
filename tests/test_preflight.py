"""A model that cannot be loaded fails before any data is read, in one line; transformers' harmless
messages are said once in plain words (or not at all where they describe nothing real)."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from tiny_models import tiny_model_dir

from rmbench.models import library_logs
from rmbench.models.preflight import ModelUnavailableError, check_model_source, preflight_models

REPO = Path(__file__).resolve().parents[1]


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "HF_HOME": str(tmp_path / "hf"), **env}
    return subprocess.run(
        [sys.executable, "-m", "rmbench", "run", *args, "--out", str(tmp_path / "runs")],
        cwd=REPO,
        env=full,
        capture_output=True,
        text=True,
        timeout=60,  # loose on purpose: the point is "seconds, not minutes of retries"
    )


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_a_missing_hub_id_offline_fails_in_one_line_before_data_loading(tmp_path: Path):
    # --data-dir points nowhere: had data loading come first, the error would be about the data.
    result = _run(
        ["--model", "hf:some/missing-id", "--suite", "public", "--data-dir", str(tmp_path / "none")],
        tmp_path,
        HF_HUB_OFFLINE="1",
    )
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert line.startswith("rmbench run: error: hf:some/missing-id is not in the local Hugging Face cache")
    assert "hf download some/missing-id --local-dir DIR" in line and "--model hf:DIR" in line
    assert not (tmp_path / "runs").exists()


def test_an_unreachable_hub_fails_in_one_line_with_no_retry_noise(tmp_path: Path):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = _run(
        ["--model", "logprob:some/missing-id", "--tasks", "demo"],
        tmp_path,
        HF_HUB_OFFLINE="0",
        TRANSFORMERS_OFFLINE="0",
        HF_ENDPOINT=f"http://127.0.0.1:{port}",
    )
    assert result.returncode == 2
    line = _one_line(result.stderr)
    assert "logprob:some/missing-id: the Hugging Face hub cannot be reached" in line
    assert "--model logprob:DIR" in line


def test_local_paths_and_other_kinds(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    check_model_source("hf", str(tiny_model_dir()))  # an existing folder: fine, no network
    with pytest.raises(ModelUnavailableError, match="no such model folder or file"):
        check_model_source("hf", str(tmp_path / "missing" / "model"))
    with pytest.raises(ModelUnavailableError, match="no such model folder or file"):
        check_model_source("logprob", "weights.gguf")
    preflight_models(["length", "random", "http:http://127.0.0.1:1"])  # nothing to fetch: no check
    with pytest.raises(ModelUnavailableError, match=r"dpo ref:\./nope"):
        preflight_models(f"dpo:{tiny_model_dir('causal')}", {"ref": "./nope"})


@pytest.fixture
def transformers_records():
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    loggers = [
        logging.getLogger(n) for n in ("transformers.modeling_utils", "transformers.tokenization_utils_base")
    ]
    for logger in loggers:
        logger.addHandler(handler)
    filt = library_logs.install()
    filt.explained.clear()
    yield records
    for logger in loggers:
        logger.removeHandler(handler)


def test_a_missing_score_head_is_explained_once_and_is_silent_when_trained_on_purpose(transformers_records):
    from transformers import AutoModelForSequenceClassification

    encoder = tiny_model_dir("bert")  # a plain BertModel: no classifier
    for _ in range(2):
        AutoModelForSequenceClassification.from_pretrained(encoder, num_labels=1)
    messages = [r.getMessage() for r in transformers_records]
    assert messages == [
        f"note: {encoder} has no trained score head (classifier.bias, classifier.weight newly initialised, "
        "seeded): its scores come from an untrained head, so it is a baseline here, not a reward model"
    ]
    library_logs.install().explained.clear()
    with library_logs.new_head_expected():
        AutoModelForSequenceClassification.from_pretrained(encoder, num_labels=1)
    assert len(transformers_records) == 1


def test_the_over_length_tokenisation_warning_is_dropped(transformers_records):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir("bert"))
    tokenizer.model_max_length = 8
    assert len(tokenizer("hello " * 40)["input_ids"]) > 8  # rmbench truncates itself, later
    assert transformers_records == []


def test_other_load_report_findings_pass_unchanged():
    report = (
        "BertForSequenceClassification LOAD REPORT from: x\nKey | Status | \n----+---\n"
        "classifier.weight | MISSING | \nbert.pooler.dense.bias | UNEXPECTED | \n"
    )
    assert library_logs.missing_head_keys(report) is None
    head_only = "X LOAD REPORT from: x\nKey | Status | \nscore.weight | MISSING | \n"
    assert library_logs.missing_head_keys(head_only) == ["score.weight"]
