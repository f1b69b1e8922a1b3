"""Run every authored program of a problem against its tests in the sandbox; the labels come from here.

Expected outputs are those of the problem's first passing Python program. Every other passing
program, in Python and in JavaScript, must reproduce them on every input (several independent
implementations agreeing), and every failing program must get at least one input wrong: a program
that does not do what its header claims stops the build with its problem, language and index. A
failing program that hits a time limit is dropped (how many tests a looping program "passes"
would depend on the machine); a passing one that does is an error.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..harness import ERROR, outputs, python_batch, run_cases_strict
from .problem import Problem, Program

PER_CASE_SECONDS = 2.0


@dataclass(frozen=True)
class Verified:
    """An authored program with what execution found: tests passed out of tests run."""

    program: Program
    language: str
    index: int  # position among the problem's programs of this language, as authored
    passed: int
    total: int

    @property
    def code(self) -> str:
        return self.program.code

    @property
    def share(self) -> float:
        return self.passed / self.total


class AuthoringError(SystemExit):
    """A program whose execution contradicts its header, or a reference that does not run."""


def test_cases(problem: Problem) -> list[list[Any]]:
    """``[args, expected]`` pairs from the first passing Python program."""
    reference = next(p for p in problem.programs("python") if p.passing)
    got = outputs(reference.code, "python", problem.name, problem.inputs, timeout=30.0)
    for args, out in zip(problem.inputs, got, strict=True):
        if out is ERROR:
            raise AuthoringError(f"{problem.name}{tuple(args)}: the reference raised or did not answer")
    return [[args, out] for args, out in zip(problem.inputs, got, strict=True)]


def _run(problem: Problem, language: str, programs: list[Program], cases: list) -> list[list[bool] | None]:
    codes = [p.code for p in programs]
    if language == "python":
        timeout = 60 + PER_CASE_SECONDS * len(codes) * len(cases)
        return python_batch(codes, cases, fn=problem.name, per_case=PER_CASE_SECONDS, timeout=timeout)
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda code: run_cases_strict(code, language, problem.name, cases), codes))


def verify(problem: Problem, language: str, cases: list) -> tuple[list[Verified], list[str]]:
    """Verified programs of one language, and a note for each failing program dropped on a timeout."""
    programs = problem.programs(language)
    out: list[Verified] = []
    dropped: list[str] = []
    for index, (program, result) in enumerate(
        zip(programs, _run(problem, language, programs, cases), strict=True)
    ):
        where = f"{problem.name} ({language}) program {index} [{'pass' if program.passing else program.kind}]"
        if result is None:
            if program.passing:
                raise AuthoringError(f"{where}: a passing program hit the time limit")
            dropped.append(f"{where}: dropped, hit the time limit")
            continue
        passed = sum(result)
        if program.passing and passed < len(cases):
            failing = [cases[i][0] for i, ok in enumerate(result) if not ok]
            raise AuthoringError(f"{where}: fails {len(failing)} test(s), e.g. args {failing[0]}")
        if not program.passing and passed == len(cases):
            raise AuthoringError(f"{where}: claimed to fail but passes all {len(cases)} tests")
        out.append(Verified(program, language, index, passed, len(cases)))
    return out, dropped
