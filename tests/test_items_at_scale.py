"""Items of large files: texts left on disk (read back and checked on demand), the fast path for
plain pairs, and ``length`` scored straight from the items. Each must give exactly what the plain
path gives: the same items, problems, keys, hashes and run folder."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import numpy as np
import pytest

import rmbench
from rmbench.engine.requests import RequestTable, count_requests
from rmbench.items import Item, ItemValidationError, read_items, validate_raw
from rmbench.items.lazy import FileChangedError
from rmbench.items.readers import iter_raw_records
from rmbench.items.validate import RecordValidator
from rmbench.metrics.item_metrics import FlatRows
from rmbench.models.length import LengthAdapter

RECORDS = [
    {"id": "p1", "prompt": "Say hi", "chosen": "hi there", "rejected": "go away"},
    {"id": "p2", "prompt": "Say hi", "chosen": "hi there", "rejected": "no"},  # shares a request
    {
        "id": "r1",
        "prompt": [{"role": "user", "content": "Rank"}],
        "responses": ["a", "bb", "ccc"],
        "gold": [2, 1, 0],
    },
    {"id": "u1", "prompt": "Unicode \u00e9\u65e5", "chosen": "\u2028 ok \U0001f600", "rejected": "-"},
    {"id": "m1", "prompt": "Meta", "chosen": "x", "rejected": "y", "source_id": "s1", "note": 3},
    {"id": "g1", "prompt": "Gold", "responses": ["a", "b"], "gold": [-0.0, 0.5], "meta": {"k": [1]}},
]


@pytest.fixture
def pairs_file(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.jsonl"
    body = "".join(
        json.dumps(r, ensure_ascii=i % 2 == 0) + ("\r\n" if i == 2 else "\n") for i, r in enumerate(RECORDS)
    )
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8") + b"\n  \n")  # a BOM, CRLF, blank lines
    return path


def test_lazy_items_equal_resident_ones(pairs_file: Path) -> None:
    resident = read_items(pairs_file)
    lazy = read_items(pairs_file, lazy_texts=True)
    assert lazy == resident and all(it._texts is not None for it in lazy)
    for a, b in zip(lazy, resident, strict=True):
        assert a.prompt == b.prompt and a.responses == b.responses and a.k == b.k
        assert a.response_lengths == b.response_lengths == [len(r) for r in b.responses]
        assert a.request_hashes() == b.request_hashes()
        assert a.content_hash() == b.content_hash()
        assert str(a.gold) == str(b.gold)  # -0.0 keeps its sign


def test_lazy_items_copy_and_pickle_with_their_texts(pairs_file: Path) -> None:
    item = read_items(pairs_file, lazy_texts=True)[2]
    for clone in (copy.deepcopy(item), pickle.loads(pickle.dumps(item))):
        assert clone == item and clone._texts is None
    item.responses = ["x", "y", "z"]  # setting a text keeps it in memory
    assert item._texts is None and item.prompt == [{"role": "user", "content": "Rank"}]


def test_a_file_changed_under_lazy_items_is_an_error(pairs_file: Path) -> None:
    items = read_items(pairs_file, lazy_texts=True)
    pairs_file.write_bytes(pairs_file.read_bytes().replace(b"hi there", b"HI THERE"))
    with pytest.raises(FileChangedError, match="changed or went away"):
        _ = items[0].responses
    assert items[3].prompt == "Unicode \u00e9\u65e5"  # records left as they were still read back
    fresh = read_items(pairs_file, lazy_texts=True)
    pairs_file.unlink()
    with pytest.raises(FileChangedError):
        _ = fresh[3].prompt


def test_plain_pairs_give_the_same_records_and_problems_as_the_full_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [
        *RECORDS,
        {"id": "p1", "prompt": "dup id", "chosen": "a", "rejected": "b"},
        {"id": "s", "prompt": "same", "chosen": "a", "rejected": "a"},
        {"id": " ", "prompt": "blank id", "chosen": "a", "rejected": "b"},
        {"id": "e", "prompt": "Q", "chosen": "  ", "rejected": "b"},
        {"id": 7, "prompt": "int id", "chosen": "a", "rejected": "b"},
        {"id": "n", "prompt": "Q", "chosen": None, "rejected": "b"},
        {"id": "d", "prompt": "\\ud800", "chosen": "a", "rejected": "b"},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records).replace("\\\\ud800", "\\ud800"))
    fast = validate_raw(iter_raw_records(path))
    raws = list(iter_raw_records(path))
    for raw in raws:
        raw.plain = False  # the full check for every record
    assert fast == validate_raw(raws)
    for pointwise in (False, True):
        with pytest.raises(ItemValidationError) as err:
            read_items(path, lazy_texts=True, pointwise=pointwise)
        with monkeypatch.context() as patch:
            patch.setattr(RecordValidator, "plain_pair", lambda self, raw: False)
            with pytest.raises(ItemValidationError) as full:
                read_items(path, pointwise=pointwise)
        assert err.value.problems == full.value.problems and len(err.value.problems) >= 6


def test_request_counts_without_texts_equal_the_request_table(pairs_file: Path) -> None:
    items = read_items(pairs_file, lazy_texts=True)
    table = RequestTable()
    table.add_subset("items/pairs", LengthAdapter(), items)
    count = count_requests([items, items[:2]])
    table.add_subset("items/again", LengthAdapter(), items[:2])
    assert (count.total, count.unique) == (table.total, table.unique) == (17, 12)
    assert count_requests([[]]).unique == 0


def test_request_count_is_exact_when_hashes_collide(
    pairs_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = read_items(pairs_file)
    monkeypatch.setattr(Item, "request_hashes", lambda self: [7] * self.k)  # every hash collides
    count = count_requests([items, items[:2]])
    assert (count.total, count.unique) == (17, 12)
    single = read_items(pairs_file)[:1]
    assert (count_requests([single]).total, count_requests([single]).unique) == (2, 2)


class _RequestLength(LengthAdapter):
    """``length`` through requests, batches and the score mapping (no direct scores)."""

    def direct_scores(self, items: object) -> None:
        return None


def test_length_scored_from_the_items_equals_length_through_requests(
    pairs_file: Path, tmp_path: Path
) -> None:
    direct = rmbench.evaluate("length", items=[pairs_file], cache=False, n_resamples=50)[0]
    through = rmbench.evaluate(_RequestLength(), items=[pairs_file], cache=False, n_resamples=50)[0]
    assert [s.scores for s in direct.subsets] == [s.scores for s in through.subsets]
    a, b = (dict(r.summary) for r in (direct, through))
    for doc in (a, b):
        doc["manifest"] = {k: v for k, v in doc["manifest"].items() if k not in ("timing", "git_commit")}
    assert a == b
    assert a["manifest"]["requests"]["total"] == 13 and a["manifest"]["requests"]["unique"] == 12


def test_pairs_of_a_lazy_file_share_a_read_only_gold_and_meta(pairs_file: Path) -> None:
    a, b = read_items(pairs_file, lazy_texts=True)[:2]
    assert a.gold is b.gold and a.meta is b.meta and a.gold == [1.0, 0.0] and a.meta == {}
    with pytest.raises(TypeError, match="shared"):
        a.gold.append(2.0)
    with pytest.raises(TypeError, match="shared"):
        a.meta["x"] = 1
    twin = copy.deepcopy(a)
    twin.meta["x"], twin.gold[0] = 1, 0.5  # a copy is the caller's own
    assert type(twin.gold) is list and type(twin.meta) is dict and a.meta == {} and a.gold == [1.0, 0.0]
    assert type(pickle.loads(pickle.dumps(a)).gold) is list
    assert json.dumps(a.to_dict()) == json.dumps(read_items(pairs_file)[0].to_dict())


def test_flat_rows_read_as_lists_of_numbers() -> None:
    rows = FlatRows(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), np.array([2, 1, 2]))
    assert (
        len(rows) == 3
        and rows[0] == [1.0, 2.0]
        and rows[-1] == [4.0, 5.0]
        and rows[1:] == [[3.0], [4.0, 5.0]]
    )
    assert rows == [[1.0, 2.0], [3.0], [4.0, 5.0]] and rows == [[1.0, 2.0], [3.0], [4.0, 5.0]]
    assert rows != [[1.0, 2.0], [3.0]] and list(rows) == [[1.0, 2.0], [3.0], [4.0, 5.0]]
    with pytest.raises(ValueError):
        FlatRows(np.array([1.0]), np.array([2]))
