"""The layers hold: no module imports upward, and the engine and the reports never import each other.

cli -> report / engine / train / audit -> results -> models / tasks -> items / metrics.
Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "rmbench"
LAYERS = {
    "items": 0,
    "metrics": 0,
    "sandbox": 0,
    "models": 1,
    "tasks": 1,
    "transforms": 1,
    "hf_metrics": 1,
    "results": 2,
    "engine": 3,
    "report": 3,
    "train": 3,
    "audit": 3,
    "cli": 4,
    "__main__": 4,
}
APART = {("engine", "report"), ("report", "engine")}  # same layer, but neither may import the other


def _part(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "rmbench" else None


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


def _modules() -> list[Path]:
    return [p for p in sorted(ROOT.rglob("*.py")) if p != ROOT / "__init__.py"]


def test_every_module_has_a_layer() -> None:
    for path in _modules():
        top = path.relative_to(ROOT).parts[0].removesuffix(".py")
        assert top in LAYERS, f"{path}: add its package to LAYERS"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_upward_import(path: Path) -> None:
    mine = path.relative_to(ROOT).parts[0].removesuffix(".py")
    for line, module in _imports(path):
        theirs = _part(module)
        if theirs is None or theirs == mine:
            continue
        assert theirs in LAYERS, f"{path}:{line}: imports {module}, which has no layer"
        assert LAYERS[theirs] <= LAYERS[mine], (
            f"{path}:{line}: {mine} (layer {LAYERS[mine]}) imports {module} (layer {LAYERS[theirs]})"
        )
        assert (mine, theirs) not in APART, f"{path}:{line}: {mine} must not import {theirs}"


def test_the_checker_catches_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from rmbench.report.console import render_report\n")
    assert ("rmbench.report.console" in [m for _, m in _imports(bad)]) and LAYERS["report"] > LAYERS[
        "results"
    ]
