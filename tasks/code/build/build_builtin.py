"""Build the built-in code subsets from the authored problem tables (deterministic, seeded).

    python tasks/code/build/build_builtin.py          # writes tasks/code/data/*.jsonl

For every problem: the expected outputs are the Python reference's outputs, checked to agree with
the JavaScript reference on every input; every single-point mutant of each reference is run
against the tests in the sandbox; mutants failing at least one test become rejected responses
(labelled with the mutation and the share of tests passed), mutants passing all are discarded
as equivalent. Choices among verified mutants and the position of the preferred response come
from a seeded RNG keyed by the item, so the files are reproducible byte for byte.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TASK = HERE.parent
sys.path[:0] = [str(HERE), str(TASK)]

from harness import ERROR, outputs, python_batch, run_cases_strict, same_value  # noqa: E402
from mutate import Mutation, mutations  # noqa: E402
from problem import Problem  # noqa: E402
from problems_numeric import NUMERIC  # noqa: E402
from problems_string import STRING  # noqa: E402

from rmbench.items import atomic_write_text  # noqa: E402

SEED = 20261126
LANG_NAME = {"python": "Python", "javascript": "JavaScript"}
PER_PROBLEM = {"python": 6, "javascript": 3, "strings": 6}


def prompt_for(problem: Problem, language: str) -> str:
    return (
        f"Write a {LANG_NAME[language]} function `{problem.name}({problem.params})` that {problem.task}. "
        "Reply with the code only."
    )


def test_cases(problem: Problem) -> list[list[Any]]:
    """``[args, expected]`` pairs: the Python reference's outputs, confirmed by the JavaScript one."""
    py = outputs(problem.python_code, "python", problem.name, problem.inputs)
    js = outputs(problem.javascript_code, "javascript", problem.name, problem.inputs)
    for args, a, b in zip(problem.inputs, py, js, strict=True):
        if a is ERROR or not same_value(b, a):
            raise SystemExit(f"{problem.name}{tuple(args)}: Python gives {a!r}, JavaScript gives {b!r}")
    return [[args, out] for args, out in zip(problem.inputs, py, strict=True)]


def verified_mutants(code: str, language: str, fn: str, cases: list) -> list[tuple[Mutation, str, int]]:
    """(mutation, mutant, tests passed) for every mutant that fails at least one test.

    A mutant that hits a time limit is dropped, not labelled: how many tests a looping program
    "passes" would depend on the time limits and the machine, and labels must not.
    """
    candidates = mutations(code, language)
    mutants = [m.apply(code) for m in candidates]
    if language == "python":
        results = python_batch(mutants, cases, fn=fn, per_case=2.0, timeout=60 + 2.0 * len(mutants))
    else:
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda src: run_cases_strict(src, language, fn, cases), mutants))
    return [
        (m, src, sum(r))
        for m, src, r in zip(candidates, mutants, results, strict=True)
        if r is not None and not all(r)
    ]


def pick_diverse(
    pool: list[tuple[Mutation, str, int]], n: int, rng: random.Random
) -> list[tuple[Mutation, str, int]]:
    """Up to n mutants, round-robin over mutation operators so no single slip dominates."""
    by_op: dict[str, list] = {}
    shuffled = list(pool)
    rng.shuffle(shuffled)
    for entry in shuffled:
        by_op.setdefault(entry[0].operator, []).append(entry)
    # at most one deleted branch per problem: it is the only edit that shortens code a lot
    if "missing_case" in by_op:
        by_op["missing_case"] = by_op["missing_case"][:1]
    order = sorted(by_op, key=lambda op: rng.random())
    chosen: list = []
    while len(chosen) < n and any(by_op.values()):
        for op in order:
            if by_op[op] and len(chosen) < n:
                chosen.append(by_op[op].pop())
    return chosen


def reference_meta(total: int) -> dict[str, Any]:
    return {
        "label": "reference",
        "reason": f"reference solution: passes all {total} tests",
        "tests_passed": total,
        "tests_total": total,
    }


def mutant_meta(mutation: Mutation, passed: int, total: int) -> dict[str, Any]:
    return {
        "label": "mutant",
        "flaw": mutation.describe(),
        "error_type": mutation.operator,
        "mutation": mutation.to_dict(),
        "tests_passed": passed,
        "tests_total": total,
    }


def base_meta(problem: Problem, language: str, category: str, cases: list) -> dict[str, Any]:
    return {
        "source": "rmbench-code",
        "source_id": f"code/{problem.name}",
        "problem": problem.name,
        "language": language,
        "category": category,
        "entry_point": problem.name,
        "tests": cases,
        "label_source": "execution: unit tests run in the rmbench sandbox",
    }


def pair_item(
    item_id: str,
    problem: Problem,
    language: str,
    category: str,
    cases: list,
    reference: str,
    entry: tuple[Mutation, str, int],
) -> dict[str, Any]:
    mutation, mutant, passed = entry
    rng = random.Random(f"{SEED}:{item_id}")
    responses = [reference, mutant]
    rmeta = [reference_meta(len(cases)), mutant_meta(mutation, passed, len(cases))]
    gold = [1, 0]
    if rng.random() < 0.5:
        responses.reverse()
        rmeta.reverse()
        gold.reverse()
    return {
        "id": item_id,
        "prompt": prompt_for(problem, language),
        "responses": responses,
        "gold": gold,
        "meta": base_meta(problem, language, category, cases),
        "response_meta": rmeta,
    }


def with_comments(code: str, problem: Problem) -> tuple[str, str]:
    """The code with a docstring restating the task (a well-documented look; behaviour unchanged)."""
    first, _, rest = code.partition("\n")
    doc = f'    """Return the result for: {problem.task}."""\n'
    return first + "\n" + doc + rest, doc


def ranking_item(
    item_id: str, problem: Problem, cases: list, reference: str, pool: list[tuple[Mutation, str, int]]
) -> dict[str, Any] | None:
    """Reference + 3 mutants with pairwise different shares of tests passed (None if impossible)."""
    rng = random.Random(f"{SEED}:{item_id}")
    by_passed: dict[int, list] = {}
    for entry in pool:
        by_passed.setdefault(entry[2], []).append(entry)
    if len(by_passed) < 3:
        return None
    levels = sorted(by_passed)
    picks = [levels[0], levels[len(levels) // 2], levels[-1]] if len(levels) > 3 else levels
    picks = sorted(set(picks))
    if len(picks) < 3:
        picks = levels[:3]
    entries = [rng.choice(sorted(by_passed[level], key=lambda e: e[0].offset)) for level in picks]
    total = len(cases)
    rows = [(reference, 1.0, reference_meta(total))]
    rows += [(src, round(p / total, 6), mutant_meta(m, p, total)) for m, src, p in entries]
    rng.shuffle(rows)
    return {
        "id": item_id,
        "prompt": prompt_for(problem, "python"),
        "responses": [r[0] for r in rows],
        "gold": [r[1] for r in rows],
        "meta": base_meta(problem, "python", "numeric" if problem in NUMERIC else "string", cases),
        "response_meta": [r[2] for r in rows],
    }


def write(name: str, records: list[dict[str, Any]]) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    atomic_write_text(TASK / "data" / f"{name}.jsonl", text)
    print(f"{name}: {len(records)} items")


def main() -> None:
    subsets: dict[str, list[dict[str, Any]]] = {
        "python": [],
        "javascript": [],
        "python_strings": [],
        "python_comments": [],
        "python_ranking": [],
    }
    operators: Counter[str] = Counter()
    for problem in NUMERIC + STRING:
        category = "numeric" if problem in NUMERIC else "string"
        cases = test_cases(problem)
        rng = random.Random(f"{SEED}:{problem.name}")
        py_pool = verified_mutants(problem.python_code, "python", problem.name, cases)
        if category == "numeric":
            for entry in pick_diverse(py_pool, PER_PROBLEM["python"], rng):
                item_id = f"code/python/{len(subsets['python'])}"
                subsets["python"].append(
                    pair_item(item_id, problem, "python", category, cases, problem.python_code, entry)
                )
                operators[entry[0].operator] += 1
                commented, doc = with_comments(entry[1], problem)
                cid = f"code/python_comments/{len(subsets['python_comments'])}"
                twin = pair_item(
                    cid,
                    problem,
                    "python",
                    category,
                    cases,
                    problem.python_code,
                    (entry[0], commented, entry[2]),
                )
                k = twin["responses"].index(commented)
                twin["response_meta"][k]["style"] = {"docstring_added": doc}
                subsets["python_comments"].append(twin)
            js_pool = verified_mutants(problem.javascript_code, "javascript", problem.name, cases)
            for entry in pick_diverse(js_pool, PER_PROBLEM["javascript"], rng):
                item_id = f"code/javascript/{len(subsets['javascript'])}"
                subsets["javascript"].append(
                    pair_item(item_id, problem, "javascript", category, cases, problem.javascript_code, entry)
                )
        else:
            for entry in pick_diverse(py_pool, PER_PROBLEM["strings"], rng):
                item_id = f"code/python_strings/{len(subsets['python_strings'])}"
                subsets["python_strings"].append(
                    pair_item(item_id, problem, "python", category, cases, problem.python_code, entry)
                )
        ranked = ranking_item(
            f"code/python_ranking/{len(subsets['python_ranking'])}",
            problem,
            cases,
            problem.python_code,
            py_pool,
        )
        if ranked is not None:
            subsets["python_ranking"].append(ranked)
        print(f"{problem.name}: {len(py_pool)} verified Python mutants", file=sys.stderr)
    for name, records in subsets.items():
        write(name, records)
    print("operators (python):", dict(sorted(operators.items())))


if __name__ == "__main__":
    main()
