"""The code task's public loaders over ../shared/data: counts, twins, splits, re-verified labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmbench.tasks import TaskRegistry
from rmbench.tasks.splits import check_disjoint
from rmbench.tasks.task import Task, resolve_loader

TASK_DIR = Path(__file__).resolve().parents[1] / "tasks" / "code"
CHEAP = (
    "hep_python",
    "hep_js",
    "hep_java",
    "hep_go",
    "hep_cpp",
    "hep_rust",
    "hep_python_misuse",
    "hep_python_logic",
    "rmb_code_normal",
    "rmb_code_easy",
    "rmb_code_hard",
)
EXECUTED = ("humaneval_mutants", "humaneval_ranking", "mbpp_mutants", "mbpp_ranking")


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(TASK_DIR)


def _fn(task: Task, spec: str):
    return resolve_loader(task.config, spec)


def test_every_public_subset_names_upstream_and_license(task: Task) -> None:
    public = [s for s in task.subsets if s.suite == "public"]
    assert {s.id for s in public} == set(CHEAP + EXECUTED)
    for subset in public:
        assert subset.public.upstream and subset.public.license and subset.public.data, subset.id
    rmb = [s for s in public if s.id.startswith("rmb_")]
    assert all(s.public.opt_in and "license" in s.public.opt_in_reason.lower() for s in rmb)


def test_cheap_public_counts_match_task_yaml(task: Task, shared_data: Path) -> None:
    for subset_id in CHEAP:
        items = task.load(subset_id, data_dir=shared_data)
        assert len(items) == task.subset(subset_id).count, subset_id
        assert all(it.meta.get("label_source") and it.meta.get("source_id") for it in items)


def test_humanevalpack_languages_are_twins(task: Task, shared_data: Path) -> None:
    python = {it.source_id for it in task.load("hep_python", data_dir=shared_data)}
    for lang in ("hep_js", "hep_java", "hep_go", "hep_cpp", "hep_rust"):
        assert {it.source_id for it in task.load(lang, data_dir=shared_data)} == python
    misuse = task.load("hep_python_misuse", data_dir=shared_data)
    logic = task.load("hep_python_logic", data_dir=shared_data)
    assert not {it.source_id for it in misuse} & {it.source_id for it in logic}
    assert {it.meta["bug_type"] for it in logic} == {"missing logic", "excess logic"}
    firsts = [it.gold[0] for it in task.load("hep_python", data_dir=shared_data)]
    assert 0.3 < sum(firsts) / len(firsts) < 0.7


def test_humanevalpack_python_labels_reverified(task: Task, shared_data: Path) -> None:
    """Canonical passes every upstream assert; the human-written bug fails at least one (10 problems)."""
    humaneval_tests = _fn(task, "exec_mutants.py:humaneval_tests")
    python_batch = _fn(task, "harness.py:python_batch")
    items = task.load("hep_python", data_dir=shared_data)[:10]
    for item in items:
        setup, tests = humaneval_tests(item.meta["test"])
        good = item.responses[item.gold.index(1)]
        bad = item.responses[item.gold.index(0)]
        ok, broken = python_batch([good, bad], tests, entry=item.meta["entry_point"], setup=setup)
        assert ok is not None and all(ok), item.id
        assert broken is None or not all(broken), item.id


def test_rm_bench_matrix_cells(task: Task, shared_data: Path) -> None:
    order = {"concise": 0, "detailed": 1, "detailed_markdown": 2}
    for difficulty, rule in (
        ("normal", lambda i, j: i == j),
        ("easy", lambda i, j: i > j),
        ("hard", lambda i, j: i < j),
    ):
        items = task.load(f"rmb_code_{difficulty}", data_dir=shared_data)
        assert all(rule(order[it.meta["chosen_style"]], order[it.meta["rejected_style"]]) for it in items)
        assert len({it.source_id for it in items}) == 228


def test_rm_bench_is_opt_in() -> None:
    registry = TaskRegistry()
    picked = {s.subset.id for s in registry.select(["code"], None, "public")}
    assert "rmb_code_normal" not in picked and "hep_python" in picked
    named = {s.subset.id for s in registry.select(["code"], ["rmb_code_normal"], "public")}
    assert named == {"rmb_code_normal"}


def test_exec_mutants_small_sample_is_verified_and_cached(
    task: Task, shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five HumanEval problems, fresh cache: mutation re-applies, labels re-run one by one, second
    load runs nothing."""
    monkeypatch.setenv("RMBENCH_CACHE_DIR", str(tmp_path))
    load = _fn(task, "loaders.py:load_exec_mutants")
    mutation_cls = _fn(task, "mutate.py:Mutation")
    run_asserts = _fn(task, "harness.py:run_asserts")
    records = load(shared_data, source="humaneval", kind="pairwise", cap=5)
    assert records and len(list((tmp_path / "code_exec").glob("*.json"))) == 5
    for record in records:
        best = record["gold"].index(1)
        ref, mutant = record["responses"][best], record["responses"][1 - best]
        meta = record["response_meta"][1 - best]
        assert mutation_cls(**meta["mutation"]).apply(ref) == mutant
        m = record["meta"]
        passed = run_asserts(mutant, m["entry_point"], m["tests"], m["test_setup"])
        assert sum(passed) == meta["tests_passed"] < meta["tests_total"] == len(passed)
    exec_mutants = __import__(load.__module__.rsplit(".", 1)[0] + ".exec_mutants", fromlist=["x"])

    def boom(*args, **kwargs):
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(exec_mutants, "python_batch", boom)
    assert load(shared_data, source="humaneval", kind="pairwise", cap=5) == records


@pytest.mark.slow
def test_exec_public_counts_match_task_yaml_and_splits_are_disjoint(task: Task, shared_data: Path) -> None:
    """Runs every capped HumanEval/MBPP problem in the sandbox on a cold cache (about a minute each)."""
    tests = {}
    for subset_id in EXECUTED:
        subset = task.subset(subset_id)
        items = task.load(subset_id, data_dir=shared_data)
        assert len(items) == subset.count, subset_id
        tests[subset_id] = items
        train = task.load(subset_id, "train", data_dir=shared_data)
        assert len(train) == (subset.train_count or 0), subset_id
        if subset.kind == "ranking":
            assert all(it.k >= 3 and len(set(it.gold)) == it.k for it in items)
    check_disjoint(
        task.load("mbpp_mutants", "train", data_dir=shared_data)
        + task.load("mbpp_ranking", "train", data_dir=shared_data),
        tests,
    )


def test_no_pair_of_programs_differs_only_in_whitespace(task: Task, shared_data: Path) -> None:
    """Issue 18's identical-response rule for code: the check finds none (mutants are verified to fail
    the tests, human bugs change code). Punctuation is code here, so only whitespace is ignored."""
    for subset_id in CHEAP:
        for item in task.load(subset_id, data_dir=shared_data):
            assert len({" ".join(r.split()) for r in item.responses}) == item.k, item.id


def test_every_public_subset_says_why_it_has_no_rater_ceiling(task: Task) -> None:
    for subset in task.subsets:
        if subset.suite == "public":
            assert "execution" in subset.ceiling_note or "unit tests" in subset.ceiling_note, subset.id
