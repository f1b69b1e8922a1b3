"""Each shift transform keeps the gold order and the content that carries the label."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from rmbench.items import Item, last_user_text
from rmbench.transforms import (
    TRANSFORMS,
    VERBOSE_CLOSERS,
    VERBOSE_OPENERS,
    apply_transform,
    best,
    largest_remainder,
    length_strata,
    non_best,
)


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


SELECTIONS = {"chosen_shorter", "chosen_longer"}
MIRRORS = [("markdown_rejected", "markdown_chosen"), ("verbose_rejected", "verbose_chosen")]


@pytest.mark.parametrize("name", sorted(set(TRANSFORMS) - SELECTIONS))
def test_gold_and_twins_preserved(name: str):
    source = items()
    out = apply_transform(name, source, seed=1)
    assert len(out) == len(source)
    for before, after in zip(source, out, strict=True):
        assert after.gold == before.gold
        assert after.source_id == before.source_id
        assert after.response_meta == before.response_meta
        assert after.meta["transform"] == {"name": name, "seed": 1}
        assert after.meta["derived_from"] == before.id and after.id != before.id
        untouched = best(before) if not name.endswith("_chosen") else non_best(before)
        for i in untouched:
            assert after.responses[i] == before.responses[i], "only the attacked side may change"
        for r_before, r_after in zip(before.responses, after.responses, strict=True):
            # Every word of the original response survives, in order (content is only added around it).
            w = words(r_after)
            pos = 0
            for word in words(r_before):
                pos = w.index(word, pos) + 1
    assert apply_transform(name, items(), seed=1) == out, "deterministic for a seed"
    assert items() == source, "inputs are not modified"


def test_every_one_sided_style_attack_has_its_mirror():
    rejected = {n for n in TRANSFORMS if n.endswith("_rejected")}
    assert rejected == {r for r, _ in MIRRORS}
    assert all(c in TRANSFORMS for _, c in MIRRORS)


@pytest.mark.parametrize(("rejected", "chosen"), MIRRORS)
def test_mirror_decorates_exactly_the_other_side(rejected: str, chosen: str):
    source = items()
    hard = apply_transform(rejected, source, seed=3)
    easy = apply_transform(chosen, source, seed=3)
    for before, h, e in zip(source, hard, easy, strict=True):
        changed_h = {i for i, (a, b) in enumerate(zip(before.responses, h.responses, strict=True)) if a != b}
        changed_e = {i for i, (a, b) in enumerate(zip(before.responses, e.responses, strict=True)) if a != b}
        assert changed_h == set(non_best(before)) and changed_e == set(best(before)), before.id
        assert (h.gold, h.source_id, h.prompt) == (before.gold, before.source_id, before.prompt)
        assert (e.gold, e.source_id, e.prompt) == (before.gold, before.source_id, before.prompt)
        assert e.id == f"{before.id}#{chosen}" and e.meta["transform"]["name"] == chosen
    assert apply_transform(chosen, items(), seed=3) == easy, "deterministic for a seed"
    # The same decoration on either side: the decorated best response looks like the decorated others.
    (_, _, code) = easy
    assert code.responses[0].startswith(("## ", "### ", "**Answer:**")) or rejected.startswith("verbose")


def test_verbose_chosen_pads_the_best_response_in_its_language():
    item = Item(
        "g", "Übersetze: Guten Tag.", ["Guten Tag.", "Gute Nacht."], [1, 0], {"response_language": "de"}
    )
    (out,) = apply_transform("verbose_chosen", [item])
    opener, body, closer = out.responses[0].split("\n\n")
    assert body == "Guten Tag." and out.responses[1] == "Gute Nacht."
    assert opener in VERBOSE_OPENERS["de"] and closer in VERBOSE_CLOSERS["de"]


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


def typed_items() -> list[Item]:
    """A two-sided type A (6 shorter, 4 longer, 2 equal), B (5/5), C only shorter (like an addition),
    D only longer (like an omission), E nearly one-sided (9 shorter, 1 longer: under the 25% minority)."""
    plan = {"A": [6, 4, 2], "B": [5, 5, 0], "C": [8, 0, 0], "D": [0, 6, 0], "E": [9, 1, 0]}
    out = []
    for t, (short, long, equal) in plan.items():
        lengths = [(3, 7)] * short + [(7, 3)] * long + [(5, 5)] * equal
        for j, (a, b) in enumerate(lengths):
            out.append(
                Item(
                    f"{t}{j}",
                    "p",
                    ["b" * b, "a" * a] if j % 2 else ["a" * a, "b" * b],
                    [0, 1] if j % 2 else [1, 0],
                    {"source_id": f"s-{t}{j}"},
                    [{"error_type": t}, {"label": "best"}]
                    if j % 2
                    else [{"label": "best"}, {"error_type": t}],
                )
            )
    return out


def test_largest_remainder_stays_within_one_of_each_quota():
    shares = {"x": 0.5, "y": 0.3, "z": 0.2}
    for n in range(0, 40):
        counts = largest_remainder(shares, n)
        assert sum(counts.values()) == n
        assert all(abs(counts[t] - p * n) < 1 for t, p in shares.items())


def test_length_twins_keep_the_source_mix_over_two_sided_types():
    source = typed_items()
    counts, shares = length_strata(source, "response_meta.error_type", 0.25)
    # Only A and B fall both ways often enough; their source shares are 12/22 and 10/22.
    assert shares == {"A": 12 / 22, "B": 10 / 22}
    assert counts == {"A": 4, "B": 4}  # N = 9 would need 5 A items, and only 4 fall the longer way
    short = apply_transform("chosen_shorter", source, seed=2, stratify_by="response_meta.error_type")
    long = apply_transform("chosen_longer", source, seed=2, stratify_by="response_meta.error_type")
    for selection, longer in ((short, False), (long, True)):
        mix = Counter(it.id[0] for it in selection)
        assert mix == Counter(counts), "the mirrored twins hold the same number of items of each type"
        n = len(selection)
        # Tolerance: the largest-remainder allocation keeps every count within 1 of share * n, so each
        # type's share is within 1/n of the source's share (here 1/8: 50% vs 54.5% for A).
        assert all(abs(mix[t] / n - p) < 1 / n for t, p in shares.items())
        for it in selection:
            top = it.gold.index(1)
            assert (len(it.responses[top]) > len(it.responses[1 - top])) is longer
            assert it.meta["transform"]["stratified_by"] == "response_meta.error_type"
            assert (
                it.id in {s.id for s in source} and it.gold == next(s for s in source if s.id == it.id).gold
            )
    assert (
        apply_transform("chosen_shorter", typed_items(), seed=2, stratify_by="response_meta.error_type")
        == short
    )
    other_seed = apply_transform(
        "chosen_shorter", typed_items(), seed=5, stratify_by="response_meta.error_type"
    )
    assert Counter(it.id[0] for it in other_seed) == Counter(counts)


def test_unstratified_length_selections_are_plain_filters():
    source = typed_items()
    short = apply_transform("chosen_shorter", source)
    long = apply_transform("chosen_longer", source)
    assert len(short) == 6 + 5 + 8 + 9 and len(long) == 4 + 5 + 6 + 1
    with pytest.raises(ValueError, match="stratify_by"):
        apply_transform("chosen_shorter", source, stratify_by="error_type")


def test_prompt_typos_leave_emails_ids_and_urls_alone():
    text = (
        "Hello, this is about order LK-75563, placed with maria.lindqvist7@example.com; the website "
        "www.larkspur.example/help says something different about returns"
    )
    item = Item("t", [{"role": "user", "content": text}], ["ok", "no"], [1, 0])
    (out,) = apply_transform("prompt_typos", [item], rate=1.0)
    typed = last_user_text(out.prompt)
    assert typed != text
    for kept in ("LK-75563,", "maria.lindqvist7@example.com;", "www.larkspur.example/help", "Hello,"):
        assert kept in typed.split(), kept
