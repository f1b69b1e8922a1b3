"""Build the code task's built-in subsets from the authored problems (deterministic, seeded).

Run from the repository root:

    python -m tasks.code.build.build            # writes tasks/code/data/*.jsonl
    python -m tasks.code.build.build --check    # rebuilds in memory; exit 1 if a file differs

Steps: every authored program is run against its problem's tests in the sandbox (execute.py:
labels come from execution, a header that execution contradicts stops the build); each program's
shallow cues are computed (cues.py; the two language-model cues are read from
``program_scores.json``, written by ``python -m tasks.code.build.probe_cues --update-scores``);
failing programs are paired with passing ones so that no cue decides (pairing.py); the items are
written with the preferred response's position drawn from a seeded RNG keyed by the item.

Subsets: ``python`` (numeric/list problems), ``javascript`` (the same problems in JavaScript,
twins by ``source_id``), ``python_strings`` (string problems), ``python_ranking`` (numeric/list
problems, k = 3-4 by share of tests passed), and the mirrored decoration twins of ``python``:
``python_docstring_rejected`` / ``python_docstring_chosen`` (a docstring restating the task added
to the failing / the passing program only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmbench.items import atomic_write_text

from .cues import CLASSIFIER_CUE, cue_values, leave_one_out_classifier
from .execute import Verified, test_cases, verify
from .pairing import Group, select_pairs, select_rankings
from .problem import Problem
from .problems import NUMERIC, STRING

SEED = "20261126"
HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
SCORES = HERE / "program_scores.json"
LANG_NAME = {"python": "Python", "javascript": "JavaScript"}
#: the scored cues (cues.SCORED_CUES) the pairing balances; the others are only reported
BALANCED_SCORES = ("ngram",)
SUBSETS = (
    "python",
    "javascript",
    "python_strings",
    "python_ranking",
    "python_docstring_rejected",
    "python_docstring_chosen",
)


def prompt_for(problem: Problem, language: str) -> str:
    return (
        f"Write a {LANG_NAME[language]} function `{problem.name}({problem.params})` that {problem.task}. "
        "Reply with the code only."
    )


def score_key(language: str, code: str) -> str:
    """The key of a program in ``program_scores.json`` (language and exact text)."""
    return hashlib.sha256(f"{language}\0{code}".encode()).hexdigest()[:20]


def load_scores(path: Path = SCORES) -> dict[str, dict[str, float]]:
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Built:
    """A problem after execution: its test cases and verified programs per language."""

    problem: Problem
    category: str  # numeric | string
    cases: list[list[Any]]
    verified: dict[str, list[Verified]]


def run_all(log: Any = sys.stderr) -> list[Built]:
    """Execute every program of every problem (the slow part: a few minutes on two cores)."""
    out = []
    for category, problems in (("numeric", NUMERIC), ("string", STRING)):
        for problem in problems:
            cases = test_cases(problem)
            verified = {}
            for language in ("python", "javascript"):
                if language == "python" or problem.javascript:
                    verified[language], dropped = verify(problem, language, cases)
                    for note in dropped:
                        print(note, file=log)
            out.append(Built(problem, category, cases, verified))
    return out


def classifiers(builts: list[Built]) -> dict[str, dict[tuple[str, str], float]]:
    """Per language: the leave-one-problem-out classifier score of every verified program."""
    out = {}
    for language in ("python", "javascript"):
        programs = [
            (b.problem.name, v.code, v.program.passing) for b in builts for v in b.verified.get(language, [])
        ]
        out[language] = leave_one_out_classifier(programs)
    return out


def make_group(
    built: Built,
    language: str,
    scores: dict[str, dict[str, float]],
    classifier: dict[tuple[str, str], float],
) -> Group:
    prompt = prompt_for(built.problem, language)
    cues = {}
    for v in built.verified[language]:
        key = score_key(language, v.code)
        scored = scores.get(key, {})
        missing = [name for name in BALANCED_SCORES if name not in scored]
        if missing:
            raise SystemExit(
                f"{built.problem.name} ({language}) program {v.index}: no {', '.join(missing)} score in "
                f"{SCORES.name}; run: python -m tasks.code.build.probe_cues --update-scores"
            )
        cues[v.index] = cue_values(prompt, v.code, {k: scored[k] for k in BALANCED_SCORES})
        cues[v.index][CLASSIFIER_CUE] = classifier[(built.problem.name, v.code)]
    passing = [v for v in built.verified[language] if v.program.passing]
    failing = [v for v in built.verified[language] if not v.program.passing]
    return Group(built.problem.name, passing, failing, cues)


def response_meta(v: Verified) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "program": f"{v.language}/{v.index}",
        "tests_passed": v.passed,
        "tests_total": v.total,
    }
    if v.program.passing:
        meta.update(label="passing", reason=f"passes all {v.total} tests in the sandbox")
    else:
        meta.update(label="failing", flaw=v.program.flaw, error_type=v.program.kind)
    return meta


def base_meta(built: Built, language: str) -> dict[str, Any]:
    return {
        "source": "rmbench-code",
        "source_id": f"code/{built.problem.name}",
        "problem": built.problem.name,
        "language": language,
        "category": built.category,
        "entry_point": built.problem.name,
        "tests": built.cases,
        "label_source": "execution: unit tests run in the rmbench sandbox",
    }


def pair_item(item_id: str, built: Built, language: str, good: Verified, bad: Verified) -> dict[str, Any]:
    rows = [(good.code, 1, response_meta(good)), (bad.code, 0, response_meta(bad))]
    if random.Random(f"{SEED}:{item_id}").random() < 0.5:
        rows.reverse()
    return {
        "id": item_id,
        "prompt": prompt_for(built.problem, language),
        "responses": [r[0] for r in rows],
        "gold": [r[1] for r in rows],
        "meta": base_meta(built, language),
        "response_meta": [r[2] for r in rows],
    }


def ranking_item(item_id: str, built: Built, members: list[Verified]) -> dict[str, Any]:
    rows = [(v.code, v.share, response_meta(v)) for v in members]
    random.Random(f"{SEED}:{item_id}").shuffle(rows)
    return {
        "id": item_id,
        "prompt": prompt_for(built.problem, "python"),
        "responses": [r[0] for r in rows],
        "gold": [r[1] for r in rows],
        "meta": base_meta(built, "python"),
        "response_meta": [r[2] for r in rows],
    }


def docstring_for(problem: Problem) -> str:
    """A docstring restating the task ("returns X" becomes "Return X."), indented for a body."""
    first, _, rest = problem.task.partition(" ")
    verb = first[:-1] if first.endswith("s") else first
    text = f"{verb.capitalize()} {rest}."
    lines = textwrap.wrap(text, width=84)
    if len(lines) == 1:
        return f'    """{lines[0]}"""\n'
    body = "".join(f"    {line}\n" for line in lines[1:])
    return f'    """{lines[0]}\n{body}    """\n'


def with_docstring(code: str, problem: Problem) -> str:
    """The program with the docstring added right under ``def <name>(...):`` (behaviour unchanged)."""
    lines = code.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(f"def {problem.name}("))
    if not lines[at].rstrip().endswith(":"):
        raise SystemExit(f"{problem.name}: the signature must fit on one line to take a docstring")
    return "\n".join(lines[: at + 1]) + "\n" + docstring_for(problem) + "\n".join(lines[at + 1 :])


def docstring_twin(item: dict[str, Any], built: Built, side: str, subset: str) -> dict[str, Any]:
    """The item with a docstring added to the chosen (gold 1) or rejected (gold 0) program only."""
    k = item["gold"].index(1 if side == "chosen" else 0)
    twin = json.loads(json.dumps(item))
    twin["id"] = item["id"].replace("code/python/", f"code/{subset}/", 1)
    twin["responses"][k] = with_docstring(item["responses"][k], built.problem)
    twin["response_meta"][k]["style"] = {"docstring_added": docstring_for(built.problem)}
    return twin


def assemble(builts: list[Built], scores: dict[str, dict[str, float]]) -> dict[str, list[dict[str, Any]]]:
    """Every subset's records from the executed problems (no execution here: fast and pure)."""
    subsets: dict[str, list[dict[str, Any]]] = {name: [] for name in SUBSETS}
    numeric = [b for b in builts if b.category == "numeric"]
    strings = [b for b in builts if b.category == "string"]
    plan = (
        ("python", numeric, "python"),
        ("javascript", [b for b in numeric if "javascript" in b.verified], "javascript"),
        ("python_strings", strings, "python"),
    )
    classifier = classifiers(builts)
    for subset, chosen_builts, language in plan:
        by_name = {b.problem.name: b for b in chosen_builts}
        groups = [make_group(b, language, scores, classifier[language]) for b in chosen_builts]
        for group, good, bad in select_pairs(groups, f"{SEED}:{subset}"):
            item_id = f"code/{subset}/{len(subsets[subset])}"
            subsets[subset].append(pair_item(item_id, by_name[group.key], language, good, bad))
    by_name = {b.problem.name: b for b in numeric}
    for item in subsets["python"]:
        built = by_name[item["meta"]["problem"]]
        for side in ("rejected", "chosen"):
            name = f"python_docstring_{side}"
            subsets[name].append(docstring_twin(item, built, side, name))
    groups = [make_group(b, "python", scores, classifier["python"]) for b in numeric]
    for group, members in select_rankings(groups, f"{SEED}:python_ranking"):
        item_id = f"code/python_ranking/{len(subsets['python_ranking'])}"
        subsets["python_ranking"].append(ranking_item(item_id, by_name[group.key], members))
    return subsets


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def summary(subsets: dict[str, list[dict[str, Any]]]) -> list[str]:
    lines = []
    for name, records in subsets.items():
        kinds: Counter[str] = Counter(
            m["error_type"] for r in records for m in r["response_meta"] if m["label"] == "failing"
        )
        problems = len({r["meta"]["problem"] for r in records})
        lines.append(
            f"{name}: {len(records)} items, {problems} problems; bug kinds {dict(sorted(kinds.items()))}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="rebuild in memory; exit 1 if a file differs")
    args = parser.parse_args(argv)
    subsets = assemble(run_all(), load_scores())
    differ = []
    for name, records in subsets.items():
        path = DATA / f"{name}.jsonl"
        text = render(records)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                differ.append(path.name)
        else:
            atomic_write_text(path, text)
    print("\n".join(summary(subsets)))
    if differ:
        print(f"differs from the committed data: {', '.join(differ)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
