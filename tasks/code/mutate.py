"""Single-point mutations of a reference solution (Python or JavaScript source text).

A mutant is the reference with exactly one edit, recorded as ``(offset, from, to)`` so anyone can
re-apply it to the reference and get the mutant back. The edit kinds mirror common human slips
(and the operators of mutation-testing tools): boundary (``<`` vs ``<=``), comparison and
arithmetic operators, off-by-one literals, logical connectives, boolean constants, a wrong
returned variable, swapped call arguments and a missing case (an ``if`` block deleted).

Mutants are only *candidates*: a mutant can be equivalent to the reference. Labels come from
running the tests (see harness.py); a mutant is a rejected response only if it fails at least one.

Works on the text with a small tokenizer that skips strings and comments, so docstrings and
messages are never edited, and leaves the function's signature line and imports alone. Mutants
keep the reference's layout, so they are about as long as it is (length cues stay weak).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

OPERATORS = (
    "boundary",
    "comparison",
    "arithmetic",
    "off_by_one",
    "logical",
    "constant",
    "wrong_return",
    "swapped_args",
    "missing_case",
)

DESCRIPTIONS = {
    "boundary": "boundary condition changed",
    "comparison": "comparison operator changed",
    "arithmetic": "arithmetic operator changed",
    "off_by_one": "off-by-one constant",
    "logical": "logical connective changed",
    "constant": "boolean constant flipped",
    "wrong_return": "wrong value returned",
    "swapped_args": "call arguments swapped",
    "missing_case": "missing case (a conditional branch removed)",
}


@dataclass(frozen=True)
class Mutation:
    operator: str
    offset: int  # character offset in the reference
    before: str  # the reference text at offset
    after: str  # what replaces it in the mutant
    line: int  # 1-based line in the reference

    def apply(self, source: str) -> str:
        if source[self.offset : self.offset + len(self.before)] != self.before:
            raise ValueError(f"mutation {self} does not match the source at offset {self.offset}")
        return source[: self.offset] + self.after + source[self.offset + len(self.before) :]

    def describe(self) -> str:
        what = DESCRIPTIONS[self.operator]
        if self.operator == "missing_case":
            first = self.before.strip().splitlines()[0].strip()
            return f"{what}: `{first}` block deleted (line {self.line})"
        return f"{what}: `{self.before.strip()}` -> `{self.after.strip()}` on line {self.line}"

    def to_dict(self) -> dict:
        return asdict(self)


_PY_TOKEN = re.compile(
    r'(?P<skip>"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|#[^\n]*)'
    r"|(?P<num>\b\d+\b(?!\.\d))"
    r"|(?P<word>\b[A-Za-z_]\w*\b)"
    r"|(?P<op>//=|\*\*|//|<=|>=|==|!=|\+=|-=|\*=|<|>|\+|-|\*)"
)
_JS_TOKEN = re.compile(
    r'(?P<skip>`(?:\\.|[^`\\])*`|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*[\s\S]*?\*/)'
    r"|(?P<num>\b\d+\b(?!\.\d))"
    r"|(?P<word>\b[A-Za-z_$][\w$]*\b)"
    r"|(?P<op>===|!==|=>|\+\+|--|&&|\|\||<=|>=|==|!=|\+=|-=|\*=|\*\*|<|>|\+|-|\*)"
)

_SWAP = {
    "boundary": {"<": "<=", "<=": "<", ">": ">=", ">=": ">"},
    "comparison": {"==": "!=", "!=": "==", "===": "!==", "!==": "==="},
    "arithmetic": {"+": "-", "-": "+", "+=": "-=", "-=": "+=", "*": "+", "*=": "+=", "++": "--", "--": "++"},
    "logical": {"and": "or", "or": "and", "&&": "||", "||": "&&"},
    "constant": {"True": "False", "False": "True", "true": "false", "false": "true"},
}
_HEADER = re.compile(r"^\s*(def |function |async function |import |from |#include|using |class )")
_PY_DEF = re.compile(r"^\s*def \w+\(([^)]*)\)")
_JS_DEF = re.compile(r"^\s*function \w+\(([^)]*)\)")
_CALL = re.compile(r"(?<![\w.])(?P<fn>[A-Za-z_][\w.]*)\((?P<a>[^(),\[\]]+), (?P<b>[^(),\[\]]+)\)")
_NO_SWAP_CALLS = {"max", "min", "Math.max", "Math.min", "print", "console.log"}  # symmetric or output only


def _line_starts(source: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(source):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def _params(source: str, language: str) -> list[str]:
    pattern = _PY_DEF if language == "python" else _JS_DEF
    names: list[str] = []
    for line in source.splitlines():
        match = pattern.match(line)
        if match:
            for part in match.group(1).split(","):
                name = part.split(":")[0].split("=")[0].strip().lstrip("*")
                if name and name not in names:
                    names.append(name)
    return names


def _protected_lines(source: str) -> set[int]:
    return {i + 1 for i, line in enumerate(source.splitlines()) if _HEADER.match(line)}


def _token_mutations(source: str, language: str) -> list[Mutation]:
    pattern = _PY_TOKEN if language == "python" else _JS_TOKEN
    starts = _line_starts(source)
    protected = _protected_lines(source)
    params = _params(source, language)
    out: list[Mutation] = []
    previous = ""
    for match in pattern.finditer(source):
        kind = match.lastgroup
        text = match.group(0)
        offset = match.start()
        line = _line_of(starts, offset)
        if kind == "skip":
            continue
        if line in protected:
            previous = text
            continue
        if kind == "num":
            value = int(text)
            out.append(Mutation("off_by_one", offset, text, str(value + 1), line))
            if value > 0:
                out.append(Mutation("off_by_one", offset, text, str(value - 1), line))
        elif kind == "word" and previous == "return" and text in params and len(params) > 1:
            other = next(p for p in params if p != text)
            out.append(Mutation("wrong_return", offset, text, other, line))
        else:
            for operator, table in _SWAP.items():
                if text in table:
                    out.append(Mutation(operator, offset, text, table[text], line))
            if text in ("<", ">"):
                out.append(Mutation("comparison", offset, text, ">" if text == "<" else "<", line))
        previous = text
    return out


def _swap_mutations(source: str) -> list[Mutation]:
    starts = _line_starts(source)
    protected = _protected_lines(source)
    out = []
    for match in _CALL.finditer(source):
        line = _line_of(starts, match.start())
        a, b = match.group("a").strip(), match.group("b").strip()
        if line in protected or match.group("fn") in _NO_SWAP_CALLS or a == b or '"' in a + b or "'" in a + b:
            continue
        start = match.start("a")
        before = source[start : match.end("b")]
        out.append(Mutation("swapped_args", start, before, f"{b}, {a}", line))
    return out


def _missing_case_mutations(source: str, language: str) -> list[Mutation]:
    """Delete an ``if`` block with a one-line body and no else branch."""
    lines = source.splitlines(keepends=True)
    starts = _line_starts(source)
    out = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if language == "python":
            if not (stripped.startswith("if ") and stripped.endswith(":")) or i + 2 > len(lines) - 1:
                continue
            body, after = lines[i + 1], lines[i + 2]
            body_indent = len(body) - len(body.lstrip())
            after_indent = len(after) - len(after.lstrip())
            if body_indent <= indent or after_indent > indent or after.strip().startswith(("else", "elif")):
                continue
            block = line + body
        else:
            if not (stripped.startswith("if (") and stripped.endswith("{")) or i + 2 > len(lines) - 1:
                continue
            if lines[i + 2].strip() != "}":
                continue
            if i + 3 < len(lines) and lines[i + 3].strip().startswith("else"):
                continue
            block = line + lines[i + 1] + lines[i + 2]
        out.append(Mutation("missing_case", starts[i], block, "", i + 1))
    return out


def mutations(source: str, language: str) -> list[Mutation]:
    """Every candidate single-point mutation of ``source``, in source order (deterministic)."""
    if language not in ("python", "javascript"):
        raise ValueError(f"language must be python or javascript, got {language!r}")
    found = (
        _token_mutations(source, language)
        + _swap_mutations(source)
        + _missing_case_mutations(source, language)
    )
    unique: dict[str, Mutation] = {}
    for m in sorted(found, key=lambda m: (m.offset, m.operator, m.after)):
        mutant = m.apply(source)
        if mutant != source:
            unique.setdefault(mutant, m)
    return list(unique.values())
