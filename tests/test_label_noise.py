"""rmbench.tasks.label_noise: the predicates the public loaders filter with, and the rater ceilings."""

from __future__ import annotations

import pytest

from rmbench.tasks.label_noise import (
    Tally,
    is_echo,
    is_non_answer,
    leave_one_out_agreement,
    near_identical,
    normalise,
    rater_split,
)


def test_near_identical_ignores_case_whitespace_and_punctuation_only() -> None:
    # mqm-newstest2021-zh-en-600's twins differ by a quote mark; full-width forms are NFKC-folded
    assert near_identical('He said "yes".', "He said “yes”.")
    assert near_identical("Unknown", " unknown. ")
    assert near_identical("谢谢！", "谢谢!")
    assert not near_identical("1 in 10,000", "More than 1 in 10,000")
    assert near_identical(
        "Speaking of summer, shrimp mayo ~", "Speaking of summer, shrimp mayo"
    )  # '~' a symbol
    assert normalise("He is 5") != normalise("He is 6")


def test_non_answers_and_echoes() -> None:
    assert is_non_answer("I have no comment.") and is_non_answer("Unknown") and is_non_answer("I don't know")
    assert not is_non_answer("I have no comment on that, but the answer is 300.")
    question = "What was the size of the force that held off the Persian army at Thermopylae?"
    assert is_echo("the force that held off the persian army at thermopylae", question)
    assert not is_echo("Several thousand Greek soldiers held off the Persian army", question)
    # a short choice answer repeats a word of the question but does not restate it
    assert not is_echo("Harvard", "Which is older, Harvard University or Newton's laws of motion?")
    assert not is_echo("", question)


def test_leave_one_out_agreement_by_hand() -> None:
    # three raters, three responses; rater scores are higher-is-better
    perfect = [[3, 2, 1], [3, 2, 1], [3, 2, 1]]
    assert leave_one_out_agreement(perfect) == 1.0
    # rater 3 reverses the others: held out, it agrees on 0 of 3 pairs; raters 1 and 2, held out,
    # face the mean of (same, reversed) = all tied, no ordered pair, so they are skipped
    assert leave_one_out_agreement([[3, 2, 1], [3, 2, 1], [1, 2, 3]]) == 0.0
    # rater 2 ties the top two: against the others' (3,2,1) it gets 0.5 + 1 + 1 of 3 pairs
    value = leave_one_out_agreement([[3, 2, 1], [2, 2, 1], [3, 2, 1]])
    # held out 1: others mean (2.5, 2, 1) -> 3/3; held out 2: (3, 2, 1) -> 2.5/3; held out 3: 3/3
    assert value == pytest.approx((1 + 2.5 / 3 + 1) / 3, abs=1e-6)
    assert leave_one_out_agreement([[1, 1], [1, 1]]) is None
    with pytest.raises(ValueError):
        leave_one_out_agreement([[1, 2]])


def test_rater_split_holds_out_one_rater_reproducibly() -> None:
    scores = [2, 1, 0, -1, -2]
    split = rater_split(scores, 0, "stc3/1")
    assert split == rater_split(scores, 0, "stc3/1")
    held, rest = split
    assert held in scores
    others = list(scores)
    others.remove(held)
    assert rest == pytest.approx(sum(others) / 4)
    held_out = {rater_split(scores, 0, f"stc3/{i}")[0] for i in range(50)}
    assert len(held_out) == 5  # the held-out rater varies across items
    with pytest.raises(ValueError):
        rater_split([1], 0, "x")


def test_tally_markdown() -> None:
    tally = Tally()
    tally.record("gap", "pairs", 10, 4, "too close")
    assert tally.markdown().splitlines()[-1] == "| gap | pairs | 10 | 4 | too close |"


def test_every_public_subset_has_a_ceiling_or_says_why_not() -> None:
    """The lead shows a ceiling beside each public subset: from meta.rater_agreement / rater_split
    where a source has several raters (checked on the loaded items in each task's public tests), or
    the subset's ceiling_note saying why there is none."""
    from rmbench.tasks.registry import TaskRegistry

    with_raters = {
        "story/creativity_rank",
        "translation/mqm_wmt23_zhen_rank",
        "translation/mqm_wmt23_ende_rank",
        "customer_service/stc3_en_satisfaction",
        "customer_service/stc3_en_accomplishment",
        "customer_service/stc3_zh_satisfaction",
        "customer_service/stc3_zh_accomplishment",
    }
    registry = TaskRegistry()
    seen = set()
    for name in registry.names():
        for subset in registry.get(name).subsets:
            if subset.suite != "public":
                continue
            key = f"{name}/{subset.id}"
            seen.add(key)
            assert bool(subset.ceiling_note) != (key in with_raters), key
    assert with_raters <= seen
