"""The audit finds shallow cues, duplicates and missing provenance."""

from __future__ import annotations

import json
import random
from pathlib import Path

from rmbench.audit import audit_items, find_duplicates, gate_failures, missing_provenance
from rmbench.cli import main
from rmbench.items import Item

WORDS = (
    "river mountain garden window paper silver candle market winter orange pencil bridge forest "
    "coffee ladder planet tunnel violin basket meadow harbor castle engine dragon island"
).split()


def synthetic(n: int, artifact: bool, seed: int = 0) -> list[Item]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a = " ".join(rng.choice(WORDS) for _ in range(12))
        b = " ".join(rng.choice(WORDS) for _ in range(12))
        if artifact:
            b += " unfortunately"
            a += " " + rng.choice(WORDS)
        responses, gold = ([a, b], [1, 0]) if i % 2 == 0 else ([b, a], [0, 1])
        out.append(
            Item(
                f"i{i}",
                f"prompt {i}",
                responses,
                gold,
                {"source_id": f"s{i}"},
                [{"reason": "r"}, {"flaw": "f"}] if gold[0] else [{"flaw": "f"}, {"reason": "r"}],
            )
        )
    return out


def test_probe_near_100_on_artifact_data():
    report = audit_items("artifact", synthetic(400, artifact=True))
    assert report.artifact_probe.value > 0.97
    assert any("artifact probe" in f for f in gate_failures(report))


def test_probe_near_50_on_balanced_data():
    report = audit_items("balanced", synthetic(400, artifact=False))
    assert 0.4 < report.artifact_probe.value < 0.6
    assert report.artifact_probe.ci_low < 0.5 < report.artifact_probe.ci_high
    assert 0.4 < report.length_baseline.value < 0.6


def test_duplicates_and_provenance():
    base = synthetic(20, artifact=False)
    copy = Item("copy", base[3].prompt, list(base[3].responses), list(base[3].gold), {})
    near = Item(
        "near", base[5].prompt, [base[5].responses[0] + "!", base[5].responses[1]], list(base[5].gold), {}
    )
    dupes = find_duplicates([*base, copy, near])
    assert dupes["exact"] == [["i3", "copy"]]
    assert [(a, b) for a, b, _ in dupes["near"]] == [("i5", "near")]
    assert missing_provenance([*base, copy]) == ["copy"]
    labelled = Item("h", "p", ["a", "b"], [1, 0], {"label_source": "human preference"})
    assert missing_provenance([labelled]) == []


def test_audit_cli_on_file(tmp_path: Path, capsys):
    path = tmp_path / "artifact.jsonl"
    path.write_text("".join(json.dumps(i.to_dict()) + "\n" for i in synthetic(300, artifact=True)))
    assert main(["audit", str(path), "--json", str(tmp_path / "a.json")]) == 0
    out = capsys.readouterr().out
    assert "artifact.jsonl" in out
    report = json.loads((tmp_path / "a.json").read_text())[0]
    assert report["artifact_probe"]["value"] > 0.97 and report["n_items"] == 300
