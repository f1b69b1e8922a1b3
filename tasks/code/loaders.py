"""Public loaders of the code task: HumanEvalPack, HumanEval/MBPP mutants, RM-Bench code.

Each is called as ``fn(data_dir, **args, seed=, cap=, split=)`` over the offline copies in
``/work/shared/data`` (layout in its README); sampling is seeded and capped per subset.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

from rmbench.tasks.splits import hash_unit

from .exec_mutants import ExecProblem, humaneval_tests, pair_records, ranking_record, verify_all

HEP_UPSTREAM = "bigcode-project/octopack@e17a8f6"
HEP_LANGS = {"python": "Python", "js": "JavaScript", "java": "Java", "go": "Go", "cpp": "C++", "rust": "Rust"}
MISUSE = ("value misuse", "operator misuse", "variable misuse", "function misuse")
LOGIC = ("missing logic", "excess logic")


def _capped(
    records: list[dict[str, Any]], cap: int | None, seed: int, key: str = "source_id"
) -> list[dict[str, Any]]:
    """Keep at most ``cap`` records, chosen by a seeded hash of their key (stable under reordering)."""
    if cap is None or len(records) <= cap:
        return records
    ranked = sorted(records, key=lambda r: hash_unit(seed, str(r["meta"][key]) + r["id"]))
    keep = {id(r) for r in ranked[:cap]}
    return [r for r in records if id(r) in keep]


def _randomised_pair(
    item_id: str, seed: int, good: str, bad: str, good_meta: dict, bad_meta: dict
) -> dict[str, Any]:
    rng = random.Random(f"{seed}:{item_id}")
    if rng.random() < 0.5:
        return {"responses": [good, bad], "gold": [1, 0], "response_meta": [good_meta, bad_meta]}
    return {"responses": [bad, good], "gold": [0, 1], "response_meta": [bad_meta, good_meta]}


# ------------------------------------------------------------------------------------------ HumanEvalPack


def load_humanevalpack(
    data_dir: Path,
    language: str = "python",
    bug_types: list[str] | None = None,
    seed: int = 0,
    cap: int | None = None,
) -> list[dict[str, Any]]:
    """Canonical solution (passes the tests) vs the human-written buggy one (fails them), same prompt.

    The response is the full program: ``declaration + solution``. ``bug_types`` keeps only those
    upstream bug categories (the bug-type shift).
    """
    if language not in HEP_LANGS:
        raise ValueError(f"language must be one of {', '.join(HEP_LANGS)}, got {language!r}")
    path = (
        Path(data_dir)
        / "humanevalpack/evaluation/create/humaneval-x/data"
        / language
        / "data/humanevalpack.jsonl"
    )
    records = []
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            row = json.loads(line)
            for field in (
                "task_id",
                "instruction",
                "declaration",
                "canonical_solution",
                "buggy_solution",
                "bug_type",
            ):
                if field not in row:
                    raise ValueError(f"{path}:{line_no}: field {field!r} is missing")
            if bug_types and row["bug_type"] not in bug_types:
                continue
            number = row["task_id"].split("/")[-1]
            item_id = f"code/hep-{language}/{number}"
            good = row["declaration"] + row["canonical_solution"]
            bad = row["declaration"] + row["buggy_solution"]
            pair = _randomised_pair(
                item_id,
                seed,
                good,
                bad,
                {
                    "label": "canonical",
                    "reason": "HumanEvalPack canonical solution (passes the upstream tests)",
                },
                {
                    "label": "buggy",
                    "flaw": f"human-inserted bug ({row['bug_type']}): {row.get('failure_symptoms', '')}",
                    "error_type": row["bug_type"],
                    "failure_symptoms": row.get("failure_symptoms", ""),
                },
            )
            records.append(
                {
                    "id": item_id,
                    "prompt": row["instruction"],
                    **pair,
                    "meta": {
                        "source": "humanevalpack",
                        "source_id": f"HumanEval/{number}",
                        "language": HEP_LANGS[language],
                        "bug_type": row["bug_type"],
                        "entry_point": row.get("entry_point", ""),
                        "test": row.get("test", ""),
                        "upstream": HEP_UPSTREAM,
                        "label_source": "HumanEvalPack: canonical solution passes the upstream tests; the human-written "
                        "bug was made to fail them (upstream execution-verified)",
                    },
                }
            )
    return _capped(records, cap, seed)


# ------------------------------------------------------------------------------- HumanEval and MBPP mutants


def humaneval_problems(data_dir: Path) -> list[ExecProblem]:
    path = Path(data_dir) / "openai_human_eval/data/HumanEval.jsonl.gz"
    problems = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            setup, tests = humaneval_tests(row["test"])
            prompt = (
                f"Complete the Python function `{row['entry_point']}` below. Reply with the whole function.\n\n"
                f"```python\n{row['prompt']}```"
            )
            problems.append(
                ExecProblem(
                    row["task_id"],
                    prompt,
                    row["prompt"] + row["canonical_solution"],
                    tests,
                    setup,
                    row["entry_point"],
                )
            )
    return problems


MBPP_SPLITS = {"test": range(11, 511), "train": range(601, 975)}  # upstream split by task_id


def mbpp_problems(data_dir: Path, split: str) -> list[ExecProblem]:
    path = Path(data_dir) / "mbpp/mbpp/mbpp.jsonl"
    problems = []
    with path.open(encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            if row["task_id"] not in MBPP_SPLITS[split]:
                continue
            tests = [t.replace("\r\n", "\n") for t in row["test_list"] + row.get("challenge_test_list", [])]
            shown = "\n".join(row["test_list"])
            prompt = f"{row['text']} Your code should pass these tests:\n\n{shown}"
            code = row["code"].replace("\r\n", "\n").rstrip() + "\n"
            setup = [row["test_setup_code"]] if row.get("test_setup_code") else []
            problems.append(ExecProblem(f"MBPP/{row['task_id']}", prompt, code, tests, setup, None))
    return problems


def load_exec_mutants(
    data_dir: Path,
    source: str = "humaneval",
    kind: str = "pairwise",
    per_problem: int = 2,
    max_candidates: int = 8,
    seed: int = 0,
    cap: int | None = None,
    split: str = "test",
) -> list[dict[str, Any]]:
    """Reference vs execution-verified mutants (pairs), or rankings by share of tests passed.

    ``cap`` counts problems (sampled by a seeded hash of the problem id before anything runs),
    so the execution cost is bounded. MBPP uses its upstream split (test: task ids 11-510,
    train: 601-974); HumanEval has no train split.
    """
    if source == "humaneval":
        if split == "train":
            return []
        problems = humaneval_problems(data_dir)
        upstream, label = "openai/human-eval@6d43fb9", "HumanEval"
    elif source == "mbpp":
        problems = mbpp_problems(data_dir, split)
        upstream, label = "google-research/google-research mbpp (copy: patdfb/TPC-EES@30c8c57)", "MBPP"
    else:
        raise ValueError(f"source must be humaneval or mbpp, got {source!r}")
    if kind not in ("pairwise", "ranking"):
        raise ValueError(f"kind must be pairwise or ranking, got {kind!r}")
    if cap is not None and len(problems) > cap:
        problems = sorted(problems, key=lambda p: hash_unit(seed, f"cap:{p.source_id}"))[:cap]
        problems.sort(key=lambda p: int(p.source_id.split("/")[-1]))
    verified = verify_all(problems, seed, max_candidates)
    prefix = f"code/{source}-{kind}"
    records: list[dict[str, Any]] = []
    for problem in problems:
        found = verified[problem.source_id]
        if not found:
            continue
        meta = {
            "source": source,
            "source_id": problem.source_id,
            "language": "Python",
            "upstream": upstream,
            "tests": problem.tests,
            "test_setup": problem.setup,
            "entry_point": problem.entry,
            "label_source": f"execution: {label} reference passes its asserts; each mutant fails at least one "
            "(rmbench sandbox)",
        }
        if kind == "pairwise":
            records += pair_records(problem, found, per_problem, seed, meta, prefix)
        else:
            ranked = ranking_record(problem, found, seed, meta, prefix)
            if ranked is not None:
                records.append(ranked)
    return records


# ------------------------------------------------------------------------------------------ RM-Bench code

RMB_STYLES = ("concise", "detailed", "detailed_markdown")  # order of RM-Bench's chosen/rejected lists
RMB_CELLS = {  # RM-Bench's 3 x 3 matrix (chosen style i, rejected style j)
    "normal": [(0, 0), (1, 1), (2, 2)],  # diagonal: same style
    "easy": [(1, 0), (2, 0), (2, 1)],  # lower-left: the correct answer has the richer style
    "hard": [(0, 1), (0, 2), (1, 2)],  # upper-right: the wrong answer has the richer style
}


def load_rm_bench_code(
    data_dir: Path, difficulty: str = "normal", seed: int = 0, cap: int | None = None
) -> list[dict[str, Any]]:
    """RM-Bench code pairs for one cell group of its style matrix (easy / normal / hard).

    RM-Bench's accuracy per difficulty is the mean over its matrix cells of the per-prompt pair
    accuracy; every prompt contributes the same three cells, so the macro mean over these pair
    items is the same number.
    """
    if difficulty not in RMB_CELLS:
        raise ValueError(f"difficulty must be one of {', '.join(RMB_CELLS)}, got {difficulty!r}")
    path = Path(data_dir) / "rm_bench_code/data/code_filtered.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    records = []
    for index, row in enumerate(rows):
        for field in ("id", "prompt", "chosen", "rejected", "task_id"):
            if field not in row:
                raise ValueError(f"{path}: record {index}: field {field!r} is missing")
        if len(row["chosen"]) != 3 or len(row["rejected"]) != 3:
            raise ValueError(f"{path}: record {index}: expected 3 chosen and 3 rejected responses")
        for i, j in RMB_CELLS[difficulty]:
            item_id = f"code/rmb-{difficulty}/{row['id']}/{i}{j}"
            pair = _randomised_pair(
                item_id,
                seed,
                row["chosen"][i],
                row["rejected"][j],
                {
                    "label": "chosen",
                    "style": RMB_STYLES[i],
                    "reason": "RM-Bench chosen response (correct code)",
                },
                {
                    "label": "rejected",
                    "style": RMB_STYLES[j],
                    "flaw": "RM-Bench rejected response (code fails the tests)",
                },
            )
            records.append(
                {
                    "id": item_id,
                    "prompt": row["prompt"],
                    **pair,
                    "meta": {
                        "source": "rm_bench",
                        "source_id": row["task_id"],
                        "language": row.get("language", ""),
                        "difficulty": difficulty,
                        "chosen_style": RMB_STYLES[i],
                        "rejected_style": RMB_STYLES[j],
                        "upstream": "THU-KEG/RM-Bench@73c52d7",
                        "label_source": "RM-Bench: chosen/rejected code for HumanEvalPack prompts, labelled by the "
                        "authors with unit tests",
                    },
                }
            )
    return _capped(records, cap, seed)
