"""Run a candidate solution against its tests in the sandbox and say which tests it passes.

Two kinds of test suite:
- *case tables* (the built-in problems): a function name and ``[args, expected]`` pairs; the same
  table drives Python and JavaScript, since arguments and results are JSON values;
- *assert lists* (HumanEval, MBPP): Python statements that raise when the candidate is wrong,
  plus setup statements that run first.

Each test is reported separately (``@@R``/``@@E`` lines, flushed as they happen), so a share of
tests passed is known even when a later test hangs and the sandbox kills the program; tests never
reported count as failed. In Python each test also gets its own alarm so one slow test does not
use up the whole budget.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rmbench.sandbox import NODE_HEAP_MB, run_code

ERROR = {"@@error": True}  # what a case that raised or never reported "returned"
_LINE = re.compile(r"^@@([RET]) (\d+)(?: (.*))?$")

_PY_CASES = """
import json as _json, signal as _signal, sys as _sys
class _Slow(BaseException):
    pass
def _alarm(*_):
    raise _Slow()
_signal.signal(_signal.SIGALRM, _alarm)
_CASES = _json.loads({cases!r})
for _i, _args in enumerate(_CASES):
    _signal.setitimer(_signal.ITIMER_REAL, {per_case})
    try:
        _out = _json.dumps({fn}(*_args))
        _signal.setitimer(_signal.ITIMER_REAL, 0)
        print("@@R", _i, _out, flush=True)
    except _Slow:
        print("@@T", _i, flush=True)
    except BaseException:
        _signal.setitimer(_signal.ITIMER_REAL, 0)
        print("@@E", _i, flush=True)
"""

# JavaScript: the candidate runs in a worker thread of its own node process (inside the sandbox;
# not in a vm context, which is no boundary). The worker's script is the candidate's code followed
# by the case loop, so the loop sees its top-level declarations. The main thread is the clock: it
# gives each case `per_ms`, terminates a worker that overruns (V8 stops even a tight loop) and
# starts a fresh one from the next case, so one slow case does not decide the others (as Python's
# alarms do). Code that throws or overruns before the first case fails every case.
_JS_WORKER_HEAD = 'const __rmbWT = require("worker_threads");\n'
_JS_WORKER_LOOP = """
;{{
const __rmbPort = __rmbWT.parentPort, __rmbData = __rmbWT.workerData;
__rmbPort.postMessage({{ ready: true }});
for (let __rmbI = __rmbData.start; __rmbI < __rmbData.cases.length; __rmbI++) {{
  __rmbPort.postMessage({{ begin: __rmbI }});
  let __rmbLine;
  try {{
    const __rmbR = {fn}(...__rmbData.cases[__rmbI]);
    __rmbLine = "@@R " + __rmbI + " " + (__rmbR === undefined ? '"@@undefined"' : JSON.stringify(__rmbR));
  }} catch (__rmbE) {{
    __rmbLine = "@@E " + __rmbI;
  }}
  __rmbPort.postMessage({{ line: __rmbLine }});
}}
__rmbPort.postMessage({{ done: true }});
}}
"""
_JS_CASES = """
const {{ Worker }} = require("worker_threads");
const BODY = {body};
const CASES = {cases};
const PER = {per_ms};
function runFrom(start) {{
  if (start >= CASES.length) return;
  const worker = new Worker(BODY, {{
    eval: true,
    workerData: {{ cases: CASES, start }},
    resourceLimits: {{ maxOldGenerationSizeMb: {heap_mb} }},
  }});
  let ready = false, current = -1, next = start, finished = false;
  let timer = setTimeout(() => broken(), PER);
  function finish() {{
    finished = true;
    clearTimeout(timer);
    worker.terminate();
  }}
  function broken(kind = "@@E") {{
    if (finished) return;
    finish();
    if (!ready) {{
      for (let i = start; i < CASES.length; i++) console.log("@@E " + i);
    }} else if (current >= 0) {{
      console.log(kind + " " + current);
      runFrom(current + 1);
    }} else {{
      runFrom(next);
    }}
  }}
  worker.on("message", (m) => {{
    if (m.ready) {{
      ready = true;
      clearTimeout(timer);
    }} else if (m.begin !== undefined) {{
      current = m.begin;
      clearTimeout(timer);
      timer = setTimeout(() => broken("@@T"), PER);
    }} else if (m.line !== undefined) {{
      clearTimeout(timer);
      console.log(m.line);
      next = current + 1;
      current = -1;
    }} else if (m.done) {{
      finish();
    }}
  }});
  worker.on("error", () => broken());
  worker.on("exit", () => broken());
}}
runFrom(0);
"""
_JS_NAME = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")
_PY_ASSERTS = """
import signal as _signal
class _Slow(Exception):
    pass
def _alarm(*_):
    raise _Slow()
_signal.signal(_signal.SIGALRM, _alarm)
_NS = dict(globals())
_NS["candidate"] = {entry}
_signal.setitimer(_signal.ITIMER_REAL, {setup_time})
for _stmt in {setup!r}:
    exec(_stmt, _NS)
_signal.setitimer(_signal.ITIMER_REAL, 0)
for _i, _test in enumerate({tests!r}):
    _signal.setitimer(_signal.ITIMER_REAL, {per_case})
    try:
        exec(_test, _NS)
        _signal.setitimer(_signal.ITIMER_REAL, 0)
        print("@@R", _i, "true", flush=True)
    except BaseException:
        _signal.setitimer(_signal.ITIMER_REAL, 0)
        print("@@E", _i, flush=True)
"""


def _parse(stdout: str, n: int) -> list[Any]:
    results: list[Any] = [ERROR] * n
    for line in stdout.splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        index = int(match.group(2))
        if not 0 <= index < n:
            continue
        if match.group(1) in "ET":
            results[index] = ERROR
            continue
        try:
            results[index] = json.loads(match.group(3) or "null")
        except json.JSONDecodeError:
            results[index] = ERROR
    return results


def case_program(code: str, language: str, fn: str, inputs: list[list[Any]], per_case: float = 2.0) -> str:
    """The program that calls ``fn`` on every input and reports each result."""
    cases = json.dumps(inputs)
    if language == "python":
        return code + "\n" + _PY_CASES.format(cases=cases, fn=fn, per_case=per_case)
    if not _JS_NAME.match(fn):
        raise ValueError(f"not a JavaScript function name: {fn!r}")
    body = _JS_WORKER_HEAD + code + "\n" + _JS_WORKER_LOOP.format(fn=fn)
    return _JS_CASES.format(
        body=json.dumps(body), cases=cases, per_ms=int(per_case * 1000), heap_mb=NODE_HEAP_MB
    )


def outputs(code: str, language: str, fn: str, inputs: list[list[Any]], timeout: float = 10.0) -> list[Any]:
    """What ``fn`` returns on each input (``ERROR`` where it raised or never answered)."""
    result = run_code(case_program(code, language, fn, inputs), language, timeout=timeout)
    return _parse(result.stdout, len(inputs))


def same_value(got: Any, expected: Any) -> bool:
    """JSON-level equality; numbers compare by value (2 == 2.0) so Python and JS agree."""
    if got is ERROR or (isinstance(got, dict) and got.get("@@error")):
        return False
    if isinstance(got, bool) or isinstance(expected, bool):
        return type(got) is type(expected) and got == expected
    if isinstance(got, (int, float)) and isinstance(expected, (int, float)):
        return abs(got - expected) <= 1e-9 * max(1.0, abs(expected))
    if isinstance(got, list) and isinstance(expected, list):
        return len(got) == len(expected) and all(same_value(g, e) for g, e in zip(got, expected, strict=True))
    return got == expected


def run_cases(code: str, language: str, fn: str, cases: list[list[Any]], timeout: float = 10.0) -> list[bool]:
    """Pass/fail per ``[args, expected]`` case."""
    got = outputs(code, language, fn, [args for args, _ in cases], timeout=timeout)
    return [same_value(g, expected) for g, (_, expected) in zip(got, cases, strict=True)]


def run_cases_strict(
    code: str, language: str, fn: str, cases: list[list[Any]], timeout: float = 60.0, per_case: float = 2.0
) -> list[bool] | None:
    """Like :func:`run_cases`, but None when any case hit its time limit or the program never
    finished (verdict unknown). Each case has its own ``per_case`` limit, so the start-up time of
    the interpreter on a busy machine does not decide anything."""
    program = case_program(code, language, fn, [args for args, _ in cases], per_case=per_case)
    result = run_code(program, language, timeout=timeout)
    reported = [line.split(" ")[:2] for line in result.stdout.splitlines() if line.startswith("@@")]
    if result.timed_out or any(kind == "@@T" for kind, *_ in reported) or len(reported) < len(cases):
        return None
    got = _parse(result.stdout, len(cases))
    return [same_value(g, expected) for g, (_, expected) in zip(got, cases, strict=True)]


def run_asserts(
    code: str,
    entry_point: str,
    tests: list[str],
    setup: list[str] | None = None,
    timeout: float = 20.0,
    per_case: float = 3.0,
) -> list[bool]:
    """Pass/fail per assert-style test (Python only); setup runs once, in the same namespace."""
    program = (
        code
        + "\n"
        + _PY_ASSERTS.format(
            entry=entry_point,
            setup=list(setup or []),
            tests=list(tests),
            per_case=per_case,
            setup_time=per_case,
        )
    )
    result = run_code(program, "python", timeout=timeout)
    return [r is not ERROR for r in _parse(result.stdout, len(tests))]


_PY_BATCH = """
import copy as _copy, json as _json, signal as _signal
class _Slow(BaseException):
    pass
def _alarm(*_):
    raise _Slow()
_signal.signal(_signal.SIGALRM, _alarm)
def _same(got, expected):
    if isinstance(got, bool) or isinstance(expected, bool):
        return type(got) is type(expected) and got == expected
    if isinstance(got, (int, float)) and isinstance(expected, (int, float)):
        return abs(got - expected) <= 1e-9 * max(1.0, abs(expected))
    if isinstance(got, (list, tuple)) and isinstance(expected, list):
        return len(got) == len(expected) and all(_same(g, e) for g, e in zip(got, expected))
    return got == expected
_SPEC = _json.loads({spec!r})
_PER = _SPEC["per_case"]
for _c, _code in enumerate(_SPEC["codes"]):
    _ns = {{"__name__": "__main__"}}
    _signal.setitimer(_signal.ITIMER_REAL, _PER)
    try:
        exec(_code, _ns)
        if _SPEC["entry"]:
            _ns["candidate"] = _ns[_SPEC["entry"]]
        for _s in _SPEC["setup"]:
            exec(_s, _ns)
        _ready = True
    except _Slow:
        _ready = None
    except BaseException:
        _ready = False
    _signal.setitimer(_signal.ITIMER_REAL, 0)
    for _i, _t in enumerate(_SPEC["tests"]):
        if not _ready:
            print("@@" + ("E" if _ready is False else "T"), _c, _i, flush=True)
            continue
        _signal.setitimer(_signal.ITIMER_REAL, _PER)
        try:
            if isinstance(_t, str):
                exec(_t, _ns)
                _ok = True
            else:
                _ok = _same(_ns[_SPEC["fn"]](*_copy.deepcopy(_t[0])), _t[1])  # a fresh copy: a program that
                # mutates its arguments must not change the inputs of the programs after it
            _signal.setitimer(_signal.ITIMER_REAL, 0)
            print("@@" + ("R" if _ok else "E"), _c, _i, flush=True)
        except _Slow:
            print("@@T", _c, _i, flush=True)
            if not _SPEC["slow_fails"]:
                _ready = None  # its verdict is unknown anyway: skip the rest of its tests
        except BaseException:
            _signal.setitimer(_signal.ITIMER_REAL, 0)
            print("@@E", _c, _i, flush=True)
    print("@@D", _c, 0, flush=True)
"""
_BATCH_LINE = re.compile(r"^@@([RETD]) (\d+) (\d+)$")


def python_batch(
    codes: list[str],
    tests: list[Any],
    *,
    entry: str | None = None,
    fn: str | None = None,
    setup: list[str] | None = None,
    timeout: float = 60.0,
    per_case: float = 3.0,
    memory_mb: int = 1024,
    slow_fails: bool = False,
) -> list[list[bool] | None]:
    """Run many Python candidates against one test suite in a single sandboxed process.

    ``tests`` are assert statements (strings; the candidate is bound to ``candidate`` when
    ``entry`` is given) or ``[args, expected]`` cases for function ``fn``. Each candidate runs in
    a fresh namespace and each test under its own alarm. A candidate's result is ``None`` (unknown)
    when it never finished (the process died) or when any of its tests hit the alarm: a verdict
    that depends on machine speed is not a label. With ``slow_fails`` a test that hits the alarm
    just fails (how the built-in labels were made: every built-in input is tiny, so a test that
    runs for seconds is an infinite loop).
    """
    spec = json.dumps(
        {
            "codes": codes,
            "tests": tests,
            "entry": entry,
            "fn": fn,
            "setup": list(setup or []),
            "per_case": per_case,
            "slow_fails": slow_fails,
        }
    )
    result = run_code(_PY_BATCH.format(spec=spec), "python", timeout=timeout, memory_mb=memory_mb)
    passed: list[list[bool]] = [[False] * len(tests) for _ in codes]
    slow = [False] * len(codes)
    done = [False] * len(codes)
    for line in result.stdout.splitlines():
        match = _BATCH_LINE.match(line)
        if not match:
            continue
        kind, c, i = match.group(1), int(match.group(2)), int(match.group(3))
        if not 0 <= c < len(codes):
            continue
        if kind == "D":
            done[c] = True
        elif kind == "T":
            slow[c] = True
        elif kind == "R" and 0 <= i < len(tests):
            passed[c][i] = True
    return [p if d and (slow_fails or not s) else None for p, d, s in zip(passed, done, slow, strict=True)]
