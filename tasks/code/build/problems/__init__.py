"""The authored problems: numeric/list problems (in-distribution) and string problems (domain shift)."""

from __future__ import annotations

from ..problem import Problem
from . import numeric_1, numeric_2, numeric_3, numeric_4, numeric_5, numeric_6, string_1, string_2, string_3

NUMERIC: list[Problem] = [
    *numeric_1.PROBLEMS,
    *numeric_2.PROBLEMS,
    *numeric_3.PROBLEMS,
    *numeric_4.PROBLEMS,
    *numeric_5.PROBLEMS,
    *numeric_6.PROBLEMS,
]
STRING: list[Problem] = [*string_1.PROBLEMS, *string_2.PROBLEMS, *string_3.PROBLEMS]
