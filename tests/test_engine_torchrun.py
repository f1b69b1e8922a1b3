"""Scale-out: a 2-process torchrun (gloo, CPU) gives the same run folder as one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from tiny_models import tiny_model_dir, write_chat_items

from rmbench.results import find_runs, load_run


def _stable(summary: dict) -> dict:
    out = json.loads(json.dumps(summary))
    for key in ("timing", "cache", "git_commit", "world_size"):
        out["manifest"].pop(key)
    return out


@pytest.mark.slow
def test_two_process_torchrun_equals_one_process(tmp_path):
    model = tiny_model_dir("seqcls")
    items = write_chat_items(tmp_path / "chat.jsonl")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"}
    common = [
        "run",
        "--model",
        f"hf:{model}",
        "--items",
        str(items),
        "--max-length",
        "64",
        "--batch-tokens",
        "64",
        "--n-resamples",
        "50",
        "--no-progress",
    ]
    single = subprocess.run(
        [
            sys.executable,
            "-m",
            "rmbench",
            *common,
            "--output",
            str(tmp_path / "one"),
            "--cache",
            str(tmp_path / "one.sqlite"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert single.returncode == 0, single.stderr[-2000:]
    dist = subprocess.run(
        [
            sys.executable,
            "-m",
            "torch.distributed.run",
            "--standalone",
            "--nproc-per-node",
            "2",
            "-m",
            "rmbench",
            *common,
            "--output",
            str(tmp_path / "two"),
            "--cache",
            str(tmp_path / "two.sqlite"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert dist.returncode == 0, dist.stderr[-3000:]
    (one_dir,), (two_dir,) = find_runs([tmp_path / "one"]), find_runs([tmp_path / "two"])
    assert one_dir.name == two_dir.name  # the folder name does not depend on the world size
    one, two = load_run(one_dir), load_run(two_dir)
    assert two.manifest["world_size"] == 2
    assert two.manifest["cache"]["scored"] == 13
    assert (
        0 < two.manifest["timing"]["batches"] < one.manifest["timing"]["batches"]
    )  # rank 0 did only its share
    a, b = _stable(one.summary), _stable(two.summary)
    assert a["manifest"] == b["manifest"]
    for key, entry in a["subsets"].items():
        assert json.dumps(entry, sort_keys=True) == json.dumps(b["subsets"][key], sort_keys=True)
    sa = [s for row in one.item_scores("items/chat").scores for s in row]
    sb = [s for row in two.item_scores("items/chat").scores for s in row]
    assert max(abs(x - y) for x, y in zip(sa, sb, strict=True)) < 1e-4
