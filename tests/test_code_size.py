"""Functions stay small enough to read: over 60 lines needs a stated reason (``# long: why`` on the def).

Counted from the ``def`` line to the last line of the body, docstring included.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "rmbench"
LIMIT = 60


def long_functions(root: Path = ROOT, limit: int = LIMIT) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno:
                size = node.end_lineno - node.lineno + 1
                header = " ".join(lines[max(0, node.lineno - 2) : node.lineno + 1])
                if size > limit and "# long:" not in header:
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name} ({size} lines)")
    return found


def test_no_function_over_60_lines_without_a_reason() -> None:
    assert long_functions() == []


def test_the_check_finds_a_long_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(70))
    (tmp_path / "m.py").write_text(f"def big():\n{body}\n\n\ndef small():\n    return 1\n")
    assert long_functions(tmp_path) == [f"{tmp_path.name}/m.py:1 big (71 lines)"]
    (tmp_path / "m.py").write_text(f"def big():  # long: a table of constants\n{body}\n")
    assert long_functions(tmp_path) == []
