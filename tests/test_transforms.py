"""Each shift transform keeps the gold order and the content that carries the label."""

from __future__ import annotations

import re

import pytest

from rmbench.items import Item, last_user_text
from rmbench.transforms import TRANSFORMS, apply_transform


def items() -> list[Item]:
    return [
        Item(
            "a",
            "Explain why the sky looks blue during the daytime.",
            ["Sunlight scatters off air molecules. Blue light scatters most.", "The sky reflects the ocean."],
            [1, 0],
            {"source_id": "s-a"},
            [{"reason": "correct"}, {"flaw": "myth"}],
        ),
        Item(
            "b",
            [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "What is twelve plus thirteen?"},
            ],
            ["25", "It is 24.", "twenty-six"],
            [2, 1, 0],
            {"source_id": "s-b"},
        ),
        Item(
            "c",
            "Write a python function that adds two numbers.",
            ["def add(a, b):\n    return a + b\n", "def add(a, b):\n    return a - b\n"],
            [1, 0],
            {},
        ),
    ]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@pytest.mark.parametrize("name", sorted(set(TRANSFORMS) - {"chosen_shorter"}))
def test_gold_and_twins_preserved(name: str):
    source = items()
    out = apply_transform(name, source, seed=1)
    assert len(out) == len(source)
    for before, after in zip(source, out, strict=True):
        assert after.gold == before.gold
        assert after.source_id == before.source_id
        assert after.meta["transform"] == {"name": name, "seed": 1}
        assert after.meta["derived_from"] == before.id and after.id != before.id
        best = before.gold.index(max(before.gold))
        assert after.responses[best] == before.responses[best], "the preferred response must not change"
        for r_before, r_after in zip(before.responses, after.responses, strict=True):
            # Every word of the original response survives, in order (content is only added around it).
            w = words(r_after)
            pos = 0
            for word in words(r_before):
                pos = w.index(word, pos) + 1
    assert apply_transform(name, items(), seed=1) == out, "deterministic for a seed"
    assert items() == source, "inputs are not modified"


def test_response_transforms_keep_prompt_and_prompt_transforms_keep_responses():
    for name in ("markdown_rejected", "verbose_rejected"):
        for before, after in zip(items(), apply_transform(name, items()), strict=True):
            assert after.prompt == before.prompt
            assert any(a != b for a, b in zip(after.responses, before.responses, strict=True))
    for name in ("prompt_typos", "prompt_template", "distractor_turns"):
        for before, after in zip(items(), apply_transform(name, items()), strict=True):
            assert after.responses == before.responses


def test_prompt_typos_leave_numbers_and_system_alone():
    source = [
        Item(
            "n",
            [
                {"role": "system", "content": "Policy: refunds within 30 days."},
                {
                    "role": "user",
                    "content": "I ordered 3 lamps on 12 March; please process another refund quickly",
                },
            ],
            ["ok", "no"],
            [1, 0],
        )
    ]
    (out,) = apply_transform("prompt_typos", source, rate=1.0)
    assert out.prompt[0] == source[0].prompt[0]
    text = last_user_text(out.prompt)
    assert text != last_user_text(source[0].prompt)
    assert re.findall(r"\d+", text) == ["3", "12"]


def test_distractor_turns_go_after_system_message():
    (_, chat, _) = apply_transform("distractor_turns", items())
    assert chat.prompt[0] == {"role": "system", "content": "Be brief."}
    assert [m["role"] for m in chat.prompt] == ["system", "user", "assistant", "user"]
    assert chat.prompt[-1]["content"] == "What is twelve plus thirteen?"


def test_markdown_wraps_code_in_a_fence():
    (_, _, code) = apply_transform("markdown_rejected", items())
    assert "```\ndef add(a, b):\n    return a - b\n```" in code.responses[1]


def test_chosen_shorter_selects_by_length():
    kept = apply_transform("chosen_shorter", items())
    # a: chosen longer -> dropped; b: "25" is shorter than both others -> kept; c: equal length -> dropped.
    assert [i.id for i in kept] == ["b"]
    assert kept[0].responses == items()[1].responses
