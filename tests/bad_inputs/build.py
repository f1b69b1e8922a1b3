"""Write the bad-input corpus: one file per defect, named for what it is, and ``expected.json``.

Every file here must make both ``rmbench validate FILE`` and ``rmbench run --items FILE`` exit 2
with a message naming the file and the line (tests/test_bad_inputs.py). ``expected.json`` maps
each file to the line the first problem is reported on and a phrase the message contains.
Rerun after adding a case: ``python tests/bad_inputs/build.py`` (output is deterministic).
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOOD: dict[str, Any] = {"id": "ok1", "prompt": "Q?", "responses": ["yes", "no"], "gold": [1, 0]}
GOOD2: dict[str, Any] = {"id": "ok2", "prompt": "Q2?", "responses": ["a", "b"], "gold": [0, 1]}
PAIR: dict[str, Any] = {"id": "p1", "prompt": "Q?", "chosen": "good", "rejected": "bad"}


def jl(*records: Any) -> bytes:
    """JSONL of records (bytes are written as they are)."""
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


def item(**changes: Any) -> dict[str, Any]:
    record = dict(GOOD, id="bad")
    for key, value in changes.items():
        if value is ...:
            record.pop(key, None)
        else:
            record[key] = value
    return record


def nested(depth: int) -> bytes:
    return (
        b'{"id": "deep", "prompt": "Q", "responses": ["a", "b"], "gold": [1, 0], "meta": {"x": '
        + (b"[" * depth + b"]" * depth)
        + b"}}"
    )


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def parquet(rows: list[dict[str, Any]]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), sink)
    return sink.getvalue()


def lone(field: str) -> bytes:
    """A record whose ``field`` is a string holding the escape of a lone surrogate."""
    text = json.dumps(item()).replace(f'"{field}": "', f'"{field}": "\\ud800', 1)
    return text.encode()


# file name -> (content, line of the first problem, phrase in the message)
CASES: dict[str, tuple[bytes, int, str]] = {
    # the file as a whole
    "empty.jsonl": (b"", 1, "no records"),
    "whitespace_only.jsonl": (b"   \n\t\n  \n", 1, "no records"),
    "empty.jsonl.gz": (gz(b""), 1, "no records"),
    "json_array_empty.json": (b"[]", 1, "no records"),
    "json_not_a_list_or_lines.json": (b'{"a": 1}\n', 1, "missing"),
    "json_array_truncated.json": (
        b"[" + json.dumps(GOOD).encode() + b",\n" + b'{"id": "x", "pro',
        2,
        "invalid JSON",
    ),
    "json_array_unclosed.json": (b"[" + json.dumps(GOOD).encode() + b",\n", 2, "truncated"),
    "json_array_text_after.json": (b"[" + json.dumps(GOOD).encode() + b"]\nextra", 2, "after the closing"),
    "json_array_missing_comma.json": (
        b"[" + json.dumps(GOOD).encode() + b"\n" + json.dumps(GOOD2).encode() + b"]",
        2,
        "expected ','",
    ),
    "json_array_bad_record_on_line_3.json": (
        b"[\n" + json.dumps(GOOD).encode() + b",\n" + json.dumps(item(gold=[1])).encode() + b"\n]",
        3,
        "1 values for 2 responses",
    ),
    "truncated.jsonl.gz": (gz(jl(*[dict(GOOD, id=f"i{i}") for i in range(400)]))[:-40], 389, "truncated"),
    "junk.jsonl.gz": (b"this is not gzip at all\n", 1, "not a gzip file"),
    "gzip_of_latin1.jsonl.gz": (gz(b'{"id": "x", "prompt": "caf\xe9"}\n'), 1, "not UTF-8"),
    "junk.parquet": (b"PAR1 but then nothing a parquet reader wants", 1, "cannot read as parquet"),
    "truncated.parquet": (parquet([GOOD, GOOD2])[:-30], 1, "cannot read as parquet"),
    "parquet_rows_without_gold.parquet": (
        parquet([{"id": "a", "prompt": "Q", "responses": ["x", "y"]}]),
        1,
        "gold: missing",
    ),
    "parquet_meta_is_string.parquet": (
        parquet([dict(PAIR, meta="not an object")]),
        1,
        "meta: must be an object",
    ),
    "parquet_no_rows.parquet": (parquet([]), 1, "no records"),
    "not_utf8_latin1.jsonl": (
        b'{"id": "x", "prompt": "caf\xe9", "responses": ["a", "b"], "gold": [1, 0]}\n',
        1,
        "not UTF-8",
    ),
    "nul_bytes.jsonl": (b"\x00\x00\x00\n", 1, "invalid JSON"),
    "utf16_with_bom.jsonl": ('{"id": "x"}\n'.encode("utf-16"), 1, "not UTF-8"),
    # JSON syntax and shape
    "invalid_json_on_line_2.jsonl": (jl(GOOD, b'{"id": "x", prompt: "Q"}'), 2, "invalid JSON"),
    "truncated_last_line.jsonl": (jl(GOOD) + b'{"id": "x", "prompt": "Q", "respo', 2, "invalid JSON"),
    "record_is_list.jsonl": (jl(["Q", "a", "b"]), 1, "must be a JSON object, got list"),
    "record_is_string.jsonl": (jl("Q"), 1, "must be a JSON object, got str"),
    "record_is_number.jsonl": (jl(42), 1, "must be a JSON object, got int"),
    "record_is_null.jsonl": (b"null\n", 1, "must be a JSON object, got NoneType"),
    "record_too_large_after_gunzip.jsonl.gz": (
        gz(jl(item(responses=["x" * 3_000_000, "y"]))),
        1,
        "over the limit",
    ),
    "meta_nested_100000_deep.jsonl": (nested(100_000) + b"\n", 1, "nested too deeply"),
    "meta_nested_200_deep.jsonl": (nested(200) + b"\n", 1, "nested deeper than"),
    "gold_5000_digits.jsonl": (
        b'{"id": "x", "prompt": "Q", "responses": ["a", "b"], "gold": [' + b"9" * 5000 + b", 0]}\n",
        1,
        "invalid JSON",
    ),
    "gold_400_digit_integer.jsonl": (
        b'{"id": "x", "prompt": "Q", "responses": ["a", "b"], "gold": [' + b"9" * 400 + b", 0]}\n",
        1,
        "must be finite",
    ),
    "gold_1e400.jsonl": (
        b'{"id": "x", "prompt": "Q", "responses": ["a", "b"], "gold": [1e400, 0]}\n',
        1,
        "must be finite",
    ),
    "gold_nan_literal.jsonl": (
        b'{"id": "x", "prompt": "Q", "responses": ["a", "b"], "gold": [NaN, 0]}\n',
        1,
        "must be finite",
    ),
    "gold_infinity_literal.jsonl": (
        b'{"id": "x", "prompt": "Q", "responses": ["a", "b"], "gold": [Infinity, 0]}\n',
        1,
        "must be finite",
    ),
    # ids
    "missing_id_item_form.jsonl": (jl(item(id=...)), 1, "id: missing"),
    "id_empty_string.jsonl": (jl(item(id="  ")), 1, "id: empty"),
    "id_is_list.jsonl": (jl(item(id=["a"])), 1, "id: must be a string"),
    "id_is_bool.jsonl": (jl(item(id=True)), 1, "id: must be a string"),
    "id_is_float.jsonl": (jl(item(id=1.5)), 1, "id: must be a string"),
    "duplicate_id.jsonl": (jl(GOOD, dict(GOOD2, id="ok1")), 2, "duplicate id"),
    "lone_surrogate_in_id.jsonl": (lone("id") + b"\n", 1, "lone surrogate"),
    # prompt
    "missing_prompt.jsonl": (jl(item(prompt=...)), 1, "prompt: missing"),
    "prompt_empty_string.jsonl": (jl(item(prompt=" ")), 1, "prompt: empty"),
    "prompt_is_number.jsonl": (jl(item(prompt=3)), 1, "prompt: must be a string or a list"),
    "prompt_empty_chat.jsonl": (jl(item(prompt=[])), 1, "empty chat"),
    "chat_message_is_string.jsonl": (jl(item(prompt=["hello"])), 1, "must be an object with role"),
    "chat_role_is_list.jsonl": (
        jl(item(prompt=[{"role": ["user"], "content": "hi"}])),
        1,
        "role: must be a string",
    ),
    "chat_role_is_object.jsonl": (
        jl(item(prompt=[{"role": {"r": 1}, "content": "hi"}])),
        1,
        "role: must be a string",
    ),
    "chat_role_unknown.jsonl": (jl(item(prompt=[{"role": "wizard", "content": "hi"}])), 1, "unknown role"),
    "chat_role_missing.jsonl": (jl(item(prompt=[{"content": "hi"}])), 1, "role: missing"),
    "chat_content_is_list.jsonl": (
        jl(item(prompt=[{"role": "user", "content": ["hi"]}])),
        1,
        "content: must be a string",
    ),
    "chat_content_missing.jsonl": (jl(item(prompt=[{"role": "user"}])), 1, "content: missing"),
    "lone_surrogate_in_prompt.jsonl": (lone("prompt") + b"\n", 1, "lone surrogate"),
    # responses
    "missing_responses.jsonl": (jl(item(responses=...)), 1, "responses: missing"),
    "responses_is_string.jsonl": (jl(item(responses="yes")), 1, "responses: must be a list"),
    "responses_empty_list.jsonl": (jl(item(responses=[], gold=[])), 1, "responses: empty list"),
    "response_is_number.jsonl": (jl(item(responses=["a", 2])), 1, "must be a string, got int"),
    "response_is_null.jsonl": (jl(item(responses=["a", None])), 1, "responses[1]: missing"),
    "response_whitespace_only.jsonl": (jl(item(responses=["a", " \n"])), 1, "responses[1]: empty"),
    "lone_surrogate_in_response.jsonl": (
        b'{"id": "x", "prompt": "Q", "responses": ["ok", "bad \\udc80 text"], "gold": [1, 0]}\n',
        1,
        "lone surrogate",
    ),
    "identical_responses_different_gold.jsonl": (
        jl(item(responses=["a", "b", "a"], gold=[2, 1, 0])),
        1,
        "identical to responses[0]",
    ),
    "all_identical_responses.jsonl": (
        jl(item(responses=["same", "same", "same"], gold=[2, 1, 0])),
        1,
        "all 3 responses are identical",
    ),
    "chosen_equals_rejected.jsonl": (jl(dict(PAIR, rejected="good")), 1, "identical"),
    "k1_item_in_pairwise_file.jsonl": (jl(GOOD, item(id="single", responses=["only"], gold=[1])), 2, "k = 1"),
    "k2_item_in_pointwise_file.jsonl": (
        jl(
            {"id": "r1", "prompt": "Q", "responses": ["a"], "gold": [3]},
            {"id": "r2", "prompt": "Q", "responses": ["a", "b"], "gold": [1, 0]},
        ),
        2,
        "k = 2, but line 1 has k = 1",
    ),
    "pointwise_ratings_all_equal.jsonl": (
        jl(*({"id": f"r{i}", "prompt": "Q", "responses": [f"a{i}"], "gold": [3]} for i in range(3))),
        1,
        "every rating is 3",
    ),
    # gold
    "missing_gold.jsonl": (jl(item(gold=...)), 1, "gold: missing"),
    "gold_is_number.jsonl": (jl(item(gold=1)), 1, "gold: must be a list"),
    "gold_length_mismatch.jsonl": (jl(item(gold=[1, 0, 2])), 1, "3 values for 2 responses"),
    "gold_value_is_string.jsonl": (jl(item(gold=[1, "0"])), 1, "must be a number"),
    "gold_value_is_bool.jsonl": (jl(item(gold=[True, False])), 1, "must be a number"),
    "gold_value_is_null.jsonl": (jl(item(gold=[1, None])), 1, "must be a number"),
    "gold_all_equal.jsonl": (jl(item(gold=[2, 2])), 1, "all gold scores are equal"),
    # meta and response_meta
    "meta_is_list_item_form.jsonl": (jl(item(meta=["a"])), 1, "meta: must be an object"),
    "pair_meta_is_list.jsonl": (jl(dict(PAIR, meta=["a", "b"])), 1, "meta: must be an object, got list"),
    "pair_meta_is_string.jsonl": (jl(dict(PAIR, meta="source=x")), 1, "meta: must be an object, got str"),
    "lone_surrogate_in_meta_key.jsonl": (
        b'{"id": "x", "prompt": "Q", "responses": ["a", "b"], "gold": [1, 0], "meta": {"\\ud83d": 1}}\n',
        1,
        "lone surrogate",
    ),
    "response_meta_not_list.jsonl": (jl(item(response_meta={"a": 1})), 1, "response_meta: must be a list"),
    "response_meta_length_mismatch.jsonl": (jl(item(response_meta=[{}])), 1, "1 entries for 2 responses"),
    "response_meta_entry_not_object.jsonl": (
        jl(item(response_meta=[{}, "x"])),
        1,
        "response_meta[1]: must be an object",
    ),
    # pair form
    "pair_chosen_is_number.jsonl": (jl(dict(PAIR, chosen=1)), 1, "responses[0]: must be a string"),
    "pair_rejected_is_null.jsonl": (jl(dict(PAIR, rejected=None)), 1, "responses[1]: missing"),
    "pair_without_rejected.jsonl": (jl({"id": "p", "prompt": "Q", "chosen": "a"}), 1, "responses: missing"),
    # a good file whose problem is on a late line
    "bad_record_on_line_5.jsonl": (
        jl(*(dict(GOOD, id=f"g{i}") for i in range(4)), item(gold=[1, "x"])),
        5,
        "gold[1]",
    ),
}


def main() -> None:
    expected = {}
    for name, (content, line, says) in sorted(CASES.items()):
        (HERE / name).write_bytes(content)
        expected[name] = {"line": line, "says": says}
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(CASES)} files to {HERE}")


if __name__ == "__main__":
    main()
