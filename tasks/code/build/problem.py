"""One authored problem: a function to write, its Python and JavaScript references, test inputs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    name: str  # function name (the same in both languages)
    params: str  # parameter list as written in the signature
    task: str  # what the function must do, completing "Write a function `f(x)` that ..."
    python: str  # reference solution
    javascript: str  # reference solution
    inputs: list[list[Any]]  # argument lists, one per test case

    @property
    def python_code(self) -> str:
        return self.python.strip("\n") + "\n"

    @property
    def javascript_code(self) -> str:
        return self.javascript.strip("\n") + "\n"
