"""Execution-verified mutants of public reference solutions (HumanEval, MBPP), cached on disk.

For each problem: the candidate single-point mutants of the reference (mutate.py), a seeded sample
of at most ``max_candidates`` of them, run together with the reference against the problem's
assert tests in ONE sandboxed process (harness.python_batch). A mutant is a rejected response when
it finishes and fails at least one test; a mutant that hits a per-test alarm is dropped (its
verdict would depend on machine speed); the problem is dropped if its reference does not pass.

Results are cached as one JSON file per problem under ``$RMBENCH_CACHE_DIR/code_exec`` (default
``$XDG_CACHE_HOME/rmbench/code_exec``, else ``~/.cache/rmbench/code_exec``), keyed by a hash of
everything that decides them, written atomically: concurrent loaders can share the cache, and a
second load does not execute anything.
Problems are run in a thread pool (each run is its own process).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmbench.items import atomic_write_text

from .harness import python_batch
from .mutate import Mutation, mutations

CACHE_VERSION = "1"
PER_CASE_SECONDS = 3.0


@dataclass(frozen=True)
class ExecProblem:
    source_id: str
    prompt: str
    reference: str
    tests: list[str]
    setup: list[str]
    entry: str | None  # bound to ``candidate`` for HumanEval-style check functions


@dataclass(frozen=True)
class Verified:
    mutation: Mutation
    code: str
    passed: int


def cache_dir() -> Path:
    """``$RMBENCH_CACHE_DIR/code_exec``, else ``$XDG_CACHE_HOME/rmbench/code_exec``, else ``~/.cache/...``."""
    base = os.environ.get("RMBENCH_CACHE_DIR")
    if base:
        return Path(base) / "code_exec"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "rmbench" / "code_exec"


def humaneval_tests(test_source: str) -> tuple[list[str], list[str]]:
    """Split a HumanEval ``check(candidate)`` into setup statements and one test per assert-bearing statement."""
    module = ast.parse(test_source)
    setup: list[str] = []
    tests: list[str] = []
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and node.name == "check":
            for stmt in node.body:
                if any(isinstance(n, ast.Assert) for n in ast.walk(stmt)):
                    if isinstance(stmt, ast.Assert) and isinstance(stmt.test, ast.Constant):
                        continue  # `assert True, "..."`: passes for anything
                    tests.append(ast.unparse(stmt))
                else:
                    setup.append(ast.unparse(stmt))
        elif not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
            setup.insert(0, ast.unparse(node))  # module-level constants/imports; not the check(...) call
    return setup, tests


def _key(problem: ExecProblem, candidates: list[str]) -> str:
    blob = json.dumps(
        [
            CACHE_VERSION,
            PER_CASE_SECONDS,
            problem.reference,
            problem.tests,
            problem.setup,
            problem.entry,
            candidates,
        ]
    )
    return hashlib.sha256(blob.encode()).hexdigest()


def _run(problem: ExecProblem, candidates: list[str]) -> list[list[bool] | None]:
    path = cache_dir() / f"{_key(problem, candidates)}.json"
    if path.exists():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            pass  # a damaged cache entry is recomputed
    results = python_batch(
        [problem.reference, *candidates],
        problem.tests,
        entry=problem.entry,
        setup=problem.setup,
        timeout=30 + PER_CASE_SECONDS * len(candidates),
        per_case=PER_CASE_SECONDS,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(results))
    return results


def verify_problem(problem: ExecProblem, seed: int, max_candidates: int) -> list[Verified] | None:
    """The verified failing mutants of one problem (None when its reference does not pass)."""
    pool = mutations(problem.reference, "python")
    random.Random(f"{seed}:{problem.source_id}").shuffle(pool)
    pool = pool[:max_candidates]
    codes = [m.apply(problem.reference) for m in pool]
    results = _run(problem, codes)
    if not results or results[0] is None or not all(results[0]):
        return None
    out = []
    for mutation, code, passed in zip(pool, codes, results[1:], strict=True):
        if passed is not None and not all(passed):
            out.append(Verified(mutation, code, sum(passed)))
    return out


def verify_all(
    problems: list[ExecProblem], seed: int, max_candidates: int
) -> dict[str, list[Verified] | None]:
    workers = max(1, min(8, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = pool.map(lambda p: verify_problem(p, seed, max_candidates), problems)
        return {p.source_id: r for p, r in zip(problems, results, strict=True)}


def _rmeta_reference(total: int) -> dict[str, Any]:
    return {
        "label": "reference",
        "reason": f"upstream reference solution: passes all {total} tests",
        "tests_passed": total,
        "tests_total": total,
    }


def _rmeta_mutant(v: Verified, total: int) -> dict[str, Any]:
    return {
        "label": "mutant",
        "flaw": v.mutation.describe(),
        "error_type": v.mutation.operator,
        "mutation": v.mutation.to_dict(),
        "tests_passed": v.passed,
        "tests_total": total,
    }


def pair_records(
    problem: ExecProblem,
    verified: list[Verified],
    per_problem: int,
    seed: int,
    meta: dict[str, Any],
    id_prefix: str,
) -> list[dict[str, Any]]:
    """Up to ``per_problem`` (reference, mutant) pairs, preferring different mutation operators."""
    rng = random.Random(f"{seed}:pairs:{problem.source_id}")
    shuffled = sorted(verified, key=lambda v: (v.mutation.offset, v.mutation.after))
    rng.shuffle(shuffled)
    chosen: list[Verified] = []
    for v in shuffled:
        if len(chosen) < per_problem and v.mutation.operator not in {c.mutation.operator for c in chosen}:
            chosen.append(v)
    for v in shuffled:
        if len(chosen) < per_problem and v not in chosen:
            chosen.append(v)
    total = len(problem.tests)
    out = []
    for n, v in enumerate(chosen):
        responses = [problem.reference, v.code]
        rmeta = [_rmeta_reference(total), _rmeta_mutant(v, total)]
        gold = [1, 0]
        if rng.random() < 0.5:
            responses.reverse()
            rmeta.reverse()
            gold.reverse()
        out.append(
            {
                "id": f"{id_prefix}/{problem.source_id}/{n}",
                "prompt": problem.prompt,
                "responses": responses,
                "gold": gold,
                "meta": dict(meta),
                "response_meta": rmeta,
            }
        )
    return out


def ranking_record(
    problem: ExecProblem,
    verified: list[Verified],
    seed: int,
    meta: dict[str, Any],
    id_prefix: str,
    k: int = 4,
) -> dict[str, Any] | None:
    """Reference + up to k - 1 mutants with pairwise different shares of tests passed (k >= 3)."""
    rng = random.Random(f"{seed}:rank:{problem.source_id}")
    by_passed: dict[int, list[Verified]] = {}
    for v in sorted(verified, key=lambda v: (v.mutation.offset, v.mutation.after)):
        by_passed.setdefault(v.passed, []).append(v)
    if len(by_passed) < 2:
        return None
    levels = sorted(by_passed)
    if len(levels) > k - 1:
        step = (len(levels) - 1) / (k - 2)
        levels = [levels[round(i * step)] for i in range(k - 1)]
    total = len(problem.tests)
    rows = [(problem.reference, 1.0, _rmeta_reference(total))]
    for level in levels:
        v = rng.choice(by_passed[level])
        rows.append((v.code, round(v.passed / total, 6), _rmeta_mutant(v, total)))
    rng.shuffle(rows)
    return {
        "id": f"{id_prefix}/{problem.source_id}",
        "prompt": problem.prompt,
        "responses": [r[0] for r in rows],
        "gold": [r[1] for r in rows],
        "meta": dict(meta),
        "response_meta": [r[2] for r in rows],
    }
