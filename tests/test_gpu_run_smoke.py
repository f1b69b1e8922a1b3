"""The GPU run script works end to end: its --smoke mode (a tiny Llama on CPU, a few items) runs
every step and the figures it writes hold together (no timing is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_gpu_run_smoke(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "benchmarks/gpu_run.py", "--smoke", "--sample", "1"]
    command += [
        "--subsets",
        "qa/grounded_general",
        "qa/grounded_general_typos",
        "demo/*",
        "--out",
        str(tmp_path),
    ]
    proc = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((tmp_path / "gpu_run_smoke.json").read_text())
    assert report["skipped"] == [] and report["prefix_sharing_available"] is True
    mfu = report["mfu_suite"]
    assert (
        mfu["flops"] > 0
        and mfu["tokens_computed"] > 0
        and mfu["requests"]["unique"] < mfu["requests"]["total"]
    )
    assert report["engine_vs_naive_suite"]["max_abs_score_diff"] < 1e-4
    for key in ("prefix_sharing_heavy_classifier", "prefix_sharing_heavy_logprob"):
        sharing = report[key]
        assert sharing["max_abs_score_diff"] < 1e-4
        assert 0 < sharing["tokens_computed_shared"] < sharing["tokens_computed_unshared"]
    assert report["workload_c"]["items"] == 2 and report["workload_c"]["responses"] == 8
