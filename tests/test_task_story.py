"""The story task: built-in data validates, counts match task.yaml, the quality gate holds, and
every built-in label is re-checked with the constraint predicates (tasks/story/constraints.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from rmbench.audit import audit_items, gate_failures
from rmbench.items import read_items
from rmbench.tasks.task import Task

REPO = Path(__file__).resolve().parents[1]
TASK_DIR = REPO / "tasks" / "story"
BUILD = TASK_DIR / "build"


def _module(name: str, path: Path):
    if name not in sys.modules:
        if str(path.parent) not in sys.path:
            sys.path.insert(0, str(path.parent))
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


MAKE = _module("make_story_items", BUILD / "make_story_items.py")
S = _module("story_variants", BUILD / "story_variants.py")
C = _module("story_constraints", TASK_DIR / "constraints.py")

PAIR_SUBSETS = ("fiction", "fable", "fiction_long")


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(TASK_DIR)


def _records(name: str) -> list[dict]:
    with open(TASK_DIR / "data" / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# ------------------------------------------------------------------ predicates on hand-made text


def test_predicates_on_hand_written_text():
    past = 'Mara opened the door. "I am here," she said. She walked in.'
    assert C.point_of_view(past) == "third"
    assert C.point_of_view("I opened the door. Mara waited.") == "first"
    assert C.tense(past, {"opened", "said", "walked"}, {"opens", "says", "walks"}) == "past"
    assert C.tense("She walks in and wants to open it.", {"walked"}, {"walks", "open"}) == "present"
    # a base form after "to"/"did not" is not present tense
    assert C.tense("She walked in to open it.", {"walked"}, {"walks", "open"}) == "past"
    assert C.tense("She walked. He opens.", {"walked"}, {"opens"}) == "mixed"
    assert C.sentences('"Stay," he said. She sat. Why?') == ['"Stay," he said.', "She sat.", "Why?"]
    assert C.is_shuffle_of("B. A. C.", "A. B. C.") and not C.is_shuffle_of("A. B. C.", "A. B. C.")
    assert C.repeated_sentences("A b. C d. A b.") == ["a b."]
    assert C.contains_phrase("a brass key.", "brass key") and not C.contains_phrase("brass keys", "brass key")
    assert C.word_count("one two  three") == 3


def test_first_person_present_derivation():
    R = sys.modules["story_render"]
    assert [R.first_person_present(w) for w in ("is", "has kept", "carries", "watches", "walks")] == [
        "am",
        "have kept",
        "carry",
        "watch",
        "walk",
    ]


def test_tense_lexicon_is_not_vacuous():
    # the tense check is only as strong as its lexicon: the common auxiliaries must be in it
    assert {"was", "had", "did"} <= S.PAST_FORMS and {"is", "am", "has", "does"} <= S.PRESENT_FORMS
    assert len(S.PAST_FORMS) > 100 and len(S.PRESENT_FORMS) > 150
    assert not S.PAST_FORMS & S.PRESENT_FORMS


# ------------------------------------------------------------------ data, counts, gate


def test_builtin_files_validate_and_ids():
    for name in (*PAIR_SUBSETS, "fiction_ranking"):
        items = read_items(TASK_DIR / "data" / f"{name}.jsonl")
        assert all(it.id.startswith(f"story/{name}/") for it in items)
        assert len({it.id for it in items}) == len(items)


def test_generator_reproduces_the_files():
    assert MAKE.main(["--check"]) == 0


@pytest.mark.parametrize("subset_id", ["fiction", "fiction_ranking"])
def test_quality_gate_in_distribution(task, subset_id):
    report = audit_items(subset_id, task.load(subset_id))
    assert gate_failures(report) == []
    assert report.exact_duplicates == []
    assert report.missing_provenance == []


def test_position_and_damage_balance():
    for name in PAIR_SUBSETS:
        rows = _records(name)
        first = sum(r["gold"][0] == 1 for r in rows) / len(rows)
        assert 0.4 <= first <= 0.6, (name, first)
        kinds = Counter(r["meta"]["damage"] for r in rows)
        assert set(kinds) == set(S.DAMAGE_KINDS), name
        # lengthening (repeat) and shortening (too_short) damage are equally common
        assert kinds["repeat"] == kinds["too_short"], name


# ------------------------------------------------------------------ labels re-checked


def _pair(row: dict) -> tuple[str, str, dict]:
    good = row["gold"].index(1)
    return row["responses"][good], row["responses"][1 - good], row["response_meta"][1 - good]


@pytest.mark.parametrize("name", PAIR_SUBSETS)
def test_every_pair_label_holds(name):
    lexicon = (S.PAST_FORMS, S.PRESENT_FORMS)
    for row in _records(name):
        spec = MAKE.spec_from_meta(row["meta"])
        good, bad, meta = _pair(row)
        cs = row["meta"]["constraints"]
        # the preferred story is the authored arc, rendered for this prompt, and meets every constraint
        assert good == S.preferred(spec), row["id"]
        assert all(C.check_all(good, cs, *lexicon).values()), row["id"]
        assert C.sentences(good)[-1] == S.story_sentences(spec)[-1]
        # the rejected story breaks the recorded constraint (and the predicates say so independently)
        ok = C.check_all(bad, cs, *lexicon)
        kind = meta["error_type"]
        if kind in ("object", "character", "setting", "pov", "tense"):
            assert [k for k, v in ok.items() if not v] == [kind], (row["id"], ok)
        elif kind == "too_short":
            assert C.word_count(bad) < cs["length_words"][0] and not ok["length"]
            assert [k for k, v in ok.items() if not v] == ["length"], row["id"]
        elif kind == "repeat":
            assert C.repeated_sentences(bad) and not ok["no_repetition"]
        elif kind == "shuffle":
            assert C.is_shuffle_of(bad, good) and all(ok.values())
        elif kind == "ending":
            assert all(ok.values()) and C.sentences(bad)[-1] != C.sentences(good)[-1]
        elif kind == "drift":
            assert all(ok.values()), row["id"]
        elif kind == "contradiction":
            assert all(ok.values()) and len(C.sentences(bad)) == len(C.sentences(good))
            assert sum(a != b for a, b in zip(C.sentences(bad), C.sentences(good), strict=True)) == 1
        assert S.check_rejected(spec, good, bad, meta) == [], row["id"]
        assert meta.get("flaw") and meta["error_type"] == row["meta"]["damage"]


def test_long_pieces_are_twins_of_fiction():
    short = {r["meta"]["source_id"]: r for r in _records("fiction")}
    for row in _records("fiction_long"):
        twin = short[row["meta"]["source_id"]]
        assert row["meta"]["damage"] == twin["meta"]["damage"]
        assert row["meta"]["params"] == twin["meta"]["params"]
        assert (
            C.word_count(S.preferred(MAKE.spec_from_meta(row["meta"])))
            > C.word_count(S.preferred(MAKE.spec_from_meta(twin["meta"]))) + 50
        )


def test_ranking_gold_counts_violations():
    lexicon = (S.PAST_FORMS, S.PRESENT_FORMS)
    for row in _records("fiction_ranking"):
        assert len(row["responses"]) == 4 and sorted(row["gold"]) == [0, 1, 2, 3]
        cs = row["meta"]["constraints"]
        spec = MAKE.spec_from_meta(row["meta"])
        for text, gold, meta in zip(row["responses"], row["gold"], row["response_meta"], strict=True):
            violations = meta["violations"]
            assert gold == 3 - len(violations)
            failed = {k for k, v in C.check_all(text, cs, *lexicon).items() if not v}
            assert failed == set(violations) - {"ending", "shuffle"}, (row["id"], failed, violations)
            # re-render from the recorded parameters and sentence order: the same text
            w = meta["rendered_with"]
            params = MAKE.spec_from_meta({**row["meta"], "params": {**row["meta"]["params"], **w}}).params
            sentences = S.story_sentences(spec, params, w["ending"])
            unshuffled = S.join(sentences)
            if meta["order"] is not None:
                sentences = [sentences[i] for i in meta["order"]]
            assert text == S.join(sentences), row["id"]
            assert ("shuffle" in violations) == C.is_shuffle_of(text, unshuffled)
            assert ("ending" in violations) == (w["ending"] != spec.ending)
