"""Whatever adapter scores, only finite numbers reach the cache: a string, a bool, NaN, an infinity
or a too-large integer is a clear error (exit 2, no traceback) and nothing of its batch is cached."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from rmbench.cli import main
from rmbench.engine.scoring import checked_score
from rmbench.models import load_adapter
from rmbench.models.base import Prepared, Request, ScoreError

SCORER = """
import math
def score(prompts, responses):
    return [{bad} if r == "poison" else float(len(r)) for r in responses]
"""


def _items(path: Path) -> Path:
    rows = [
        {"id": f"i{j}", "prompt": "Q", "responses": [f"long answer {j}", "short"], "gold": [1, 0]}
        for j in range(5)
    ]
    rows.append({"id": "p", "prompt": "Q", "responses": ["poison", "fine answer"], "gold": [0, 1]})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.mark.parametrize(
    "bad", ["'0.5'", "True", "math.nan", "math.inf", "-math.inf", "None", "[1.0]", "10**400", "'nan'"]
)
def test_python_adapter_non_scores_are_refused(bad: str, tmp_path: Path, capsys) -> None:
    module = tmp_path / "scorer.py"
    module.write_text(SCORER.format(bad=bad))
    cache = tmp_path / "cache.sqlite"
    argv = ["run", "--model", f"python:{module}:score", "--items", str(_items(tmp_path / "items.jsonl"))]
    argv += ["--output", str(tmp_path / "out"), "--cache", str(cache), "--no-progress"]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "a score must be a finite number" in err and "Traceback" not in err
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT COUNT(*) FROM scores").fetchone()[0] == 0
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_numeric_scalars_are_scores() -> None:
    adapter = load_adapter("length")
    prepared = Prepared(Request("q", "r").key(), 1, None)
    for value, want in [(1, 1.0), (np.float32(0.25), 0.25), (np.array(2.5), 2.5), (np.int64(-3), -3.0)]:
        got = checked_score(adapter, prepared, value)
        assert got == want and type(got) is float
    for value in [np.bool_(True), np.float64("nan"), np.array([1.0]), "1"]:
        with pytest.raises(ScoreError, match="finite number"):
            checked_score(adapter, prepared, value)
