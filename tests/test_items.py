"""Item IO and validation: every defect found in one pass, with file, line and field."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rmbench.cli import main
from rmbench.items import ItemValidationError, iter_raw_records, read_items, validate_raw, write_items

GOOD = {"id": "a", "prompt": "Q?", "responses": ["yes", "no"], "gold": [1, 0]}


def _lines(records: list) -> bytes:
    out = b""
    for rec in records:
        out += (rec if isinstance(rec, bytes) else json.dumps(rec).encode()) + b"\n"
    return out


DEFECTS = [
    # (record, expected line, field, text in message)
    ({"prompt": "Q?", "responses": ["a", "b"], "gold": [1, 0]}, "id", "missing"),
    ({"id": "x2", "prompt": "", "responses": ["a", "b"], "gold": [1, 0]}, "prompt", "empty"),
    ({"id": "x3", "prompt": "Q?", "responses": ["a"], "gold": [1]}, "responses", "k = 1"),
    (
        {"id": "x4", "prompt": "Q?", "responses": ["a", "b", "c"], "gold": [1, 0]},
        "gold",
        "2 values for 3 responses",
    ),
    ({"id": "x5", "prompt": "Q?", "responses": ["a", "b"], "gold": [1, float("nan")]}, "gold[1]", "finite"),
    (
        {"id": "x6", "prompt": "Q?", "responses": ["a", "b"], "gold": [2, 2]},
        "gold",
        "all gold scores are equal",
    ),
    (
        {"id": "a", "prompt": "Q?", "responses": ["a", "b"], "gold": [1, 0]},
        "id",
        "duplicate id 'a' (first on line 1)",
    ),
    (b'{"id": "x8", "prompt": "caf\xe9", "responses": ["a", "b"], "gold": [1, 0]}', "", "undecodable bytes"),
    ({"id": "x9", "prompt": "Q?", "responses": ["a" * 5000, "b"], "gold": [1, 0]}, "", "over the limit"),
    (
        {
            "id": "x10",
            "prompt": [{"role": "wizard", "content": "hi"}],
            "responses": ["a", "b"],
            "gold": [1, 0],
        },
        "prompt[0].role",
        "unknown role 'wizard'",
    ),
    ({"id": "x11", "prompt": "Q?", "responses": ["a", ""], "gold": [1, 0]}, "responses[1]", "empty"),
    (
        {"id": "x12", "prompt": "Q?", "responses": ["a", "b"], "gold": [1, "high"]},
        "gold[1]",
        "must be a number",
    ),
    (b'{"id": "x13", "prompt": ', "", "invalid JSON"),
    ({"id": "x14", "prompt": "Q?", "gold": [1, 0]}, "responses", "missing"),
]


@pytest.fixture
def defective_file(tmp_path: Path) -> Path:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(_lines([GOOD] + [d[0] for d in DEFECTS] + [dict(GOOD, id="z")]))
    return path


def test_every_defect_reported_with_line_and_field(defective_file: Path):
    good, problems = validate_raw(iter_raw_records(defective_file), max_record_bytes=4000)
    assert [g["id"] for g in good] == ["a", "z"]
    for offset, (_, field, text) in enumerate(DEFECTS):
        line = offset + 2
        hits = [p for p in problems if p.line == line]
        assert hits, f"no problem reported on line {line}"
        assert any(p.field == field and text in p.message for p in hits), (line, [str(p) for p in hits])
        assert all(p.file == str(defective_file) for p in hits)
    assert len({p.line for p in problems}) == len(DEFECTS)


def test_validate_cli_lists_all_and_exits_2(defective_file: Path, capsys):
    assert main(["validate", str(defective_file), "--max-record-bytes", "4000"]) == 2
    out = capsys.readouterr().out
    for offset in range(len(DEFECTS)):
        assert f"bad.jsonl:{offset + 2}:" in out
    assert "2 valid record(s)" in out


def test_validate_cli_clean_file_exits_0(tmp_path: Path, capsys):
    path = tmp_path / "ok.jsonl"
    path.write_bytes(_lines([GOOD, dict(GOOD, id="b", gold=[0, 3.5])]))
    assert main(["validate", str(path)]) == 0
    assert "OK, 2 item(s)" in capsys.readouterr().out


def test_pointwise_allows_single_response(tmp_path: Path):
    path = tmp_path / "rating.jsonl"
    rating = {"id": "r1", "prompt": "dialogue", "responses": ["text"], "gold": [0.7]}
    path.write_bytes(_lines([rating, dict(rating, id="r2", gold=[0.2])]))
    with pytest.raises(ItemValidationError):
        read_items(path)
    item, _ = read_items(path, pointwise=True)
    assert item.is_pointwise and item.gold == [0.7]


def test_chosen_rejected_normalised_and_extra_fields_kept(tmp_path: Path):
    path = tmp_path / "pairs.jsonl"
    path.write_bytes(
        _lines([{"id": "p1", "prompt": "Q", "chosen": "good", "rejected": "bad", "subset": "x"}])
    )
    (item,) = read_items(path)
    assert item.responses == ["good", "bad"] and item.gold == [1.0, 0.0]
    assert item.meta["subset"] == "x"


def test_formats_round_trip(tmp_path: Path):
    items = read_items(
        _write(tmp_path / "a.jsonl", [GOOD, dict(GOOD, id="b", prompt=[{"role": "user", "content": "hi"}])])
    )
    write_items(tmp_path / "b.jsonl.gz", items)
    assert gzip.decompress((tmp_path / "b.jsonl.gz").read_bytes()).count(b"\n") == 2
    assert read_items(tmp_path / "b.jsonl.gz") == items
    (tmp_path / "c.json").write_text(json.dumps([i.to_dict() for i in items]))
    assert read_items(tmp_path / "c.json") == items

    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(
        pa.Table.from_pylist([{"id": "q", "prompt": "Q", "chosen": "c", "rejected": "r"}]),
        tmp_path / "d.parquet",
    )
    (parquet_item,) = read_items(tmp_path / "d.parquet")
    assert parquet_item.responses == ["c", "r"]


def test_hf_datasets_folder(tmp_path: Path):
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_list([{"id": "h1", "prompt": "Q", "chosen": "c", "rejected": "r"}])
    ds.save_to_disk(str(tmp_path / "ds"))
    (item,) = read_items(tmp_path / "ds")
    assert item.id == "h1" and item.gold == [1.0, 0.0]


def _write(path: Path, records: list) -> Path:
    path.write_bytes(_lines(records))
    return path
