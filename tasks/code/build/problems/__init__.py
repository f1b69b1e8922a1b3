"""The authored problems: numeric/list problems (in-distribution) and string problems (domain shift)."""

from __future__ import annotations

from ..problem import Problem
from . import numeric_1

NUMERIC: list[Problem] = [*numeric_1.PROBLEMS]
STRING: list[Problem] = []
