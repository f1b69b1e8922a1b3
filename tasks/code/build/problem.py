"""One authored problem: a function to write, test inputs, and several programs per language.

Programs are written as blocks in one string per language, each block opened by a header line:

    --- pass
    def f(x): ...
    --- fail boundary: stops one element early, so the last value is never compared
    def f(x): ...

A ``pass`` program is meant to pass every test, a ``fail`` program to fail at least one; the
build runs them all and stops when a program does not do what its header says, so a header is a
claim that execution checks, never a label by itself. The bug kinds are listed in ``BUG_KINDS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

BUG_KINDS = {
    "wrong_algorithm": "a wrong method: the program computes something other than what is asked",
    "boundary": "a wrong boundary: a range, index or comparison off at its edge",
    "missed_case": "a missed case: empty input, ties, negatives, zero or a repeated value not handled",
    "wrong_api": "a misused library call or operator (return values, splitting, division, rounding)",
    "misread_spec": "the task misread: a plausible but different specification implemented",
}
HEADER = "--- "


@dataclass(frozen=True)
class Program:
    """One authored program: its text, whether it should pass, and for a bug its kind and why."""

    code: str
    passing: bool
    kind: str | None = None  # one of BUG_KINDS for a failing program
    flaw: str | None = None  # what is wrong, in one sentence


@dataclass(frozen=True)
class Problem:
    name: str  # function name (the same in both languages)
    params: str  # parameter list as written in the signature
    task: str  # what the function must do, completing "Write a function `f(x)` that ..."
    inputs: list[list[Any]]  # argument lists, one per test case
    python: str  # authored Python programs (blocks, see the module docstring)
    javascript: str = ""  # authored JavaScript programs; empty when the problem has no JS twin

    def programs(self, language: str) -> list[Program]:
        """The authored programs of one language, in the order written."""
        text = self.python if language == "python" else self.javascript
        return parse_programs(text, f"{self.name} ({language})")


def parse_programs(text: str, where: str) -> list[Program]:
    """Split an authored block string into programs; a malformed header is an error naming it."""
    programs: list[Program] = []
    header: str | None = None
    lines: list[str] = []

    def close() -> None:
        if header is None:
            if any(line.strip() for line in lines):
                raise ValueError(f"{where}: code before the first '--- pass' / '--- fail' header")
            return
        code = "\n".join(lines).strip("\n") + "\n"
        if not code.strip():
            raise ValueError(f"{where}: empty program under {header!r}")
        programs.append(_program(header, code, where))

    for line in text.split("\n"):
        if line.startswith(HEADER):
            close()
            header, lines = line[len(HEADER) :].strip(), []
        else:
            lines.append(line)
    close()
    return programs


def _program(header: str, code: str, where: str) -> Program:
    if header == "pass":
        return Program(code, True)
    status, _, rest = header.partition(" ")
    kind, sep, flaw = rest.partition(":")
    if status != "fail" or not sep or kind.strip() not in BUG_KINDS or not flaw.strip():
        raise ValueError(
            f"{where}: bad header {header!r}; expected 'pass' or 'fail KIND: flaw' with KIND one of "
            + ", ".join(BUG_KINDS)
        )
    return Program(code, False, kind.strip(), flaw.strip())
