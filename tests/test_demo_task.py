"""The demo task's arithmetic labels are re-computed, not trusted."""

from __future__ import annotations

import re

from rmbench.tasks import TaskRegistry

QUESTIONS = {
    r"What is (\d+) \+ (\d+)\?": lambda a, b: a + b,
    r"What is (\d+) times (\d+)\?": lambda a, b: a * b,
    r"What is (\d+) divided by (\d+)\?": lambda a, b: a // b,
    r"What is ([\d,]+) minus (\d+)\?": lambda a, b: a - b,
    r"What is (\d+) squared\?": lambda a: a * a,
    r"What is half of (\d+)\?": lambda a: a // 2,
    r"What is (\d+)% of (\d+)\?": lambda a, b: a * b // 100,
}


def numbers(text: str) -> list[int]:
    return [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text)]


def test_arithmetic_labels_recomputed():
    checked = 0
    for item in TaskRegistry().get("demo").load("facts_en"):
        for pattern, op in QUESTIONS.items():
            match = re.fullmatch(pattern, item.prompt)
            if not match:
                continue
            answer = op(*(int(g.replace(",", "")) for g in match.groups()))
            best = item.gold.index(1.0)
            assert numbers(item.responses[best])[-1] == answer, item.id
            assert numbers(item.responses[1 - best])[-1] != answer, item.id
            checked += 1
    assert checked == 7


def test_correct_answer_position_is_balanced():
    items = TaskRegistry().get("demo").load("facts_en")
    first = sum(item.gold[0] == 1.0 for item in items)
    assert first == len(items) // 2
