"""translation task, public suite: the readers on tiny synthetic upstream files (markup stripping,
reference handling, DA N filter, merging duplicate texts), then the real loaders over ../shared/data:
stated counts, references for chrF/BLEU, label provenance and train/test disjointness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmbench.tasks.splits import check_disjoint
from rmbench.tasks.task import Task, resolve_loader

TASK_DIR = Path(__file__).resolve().parents[1] / "tasks" / "translation"


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(TASK_DIR)


def _fn(task: Task, spec: str):
    return resolve_loader(task.config, spec)


def test_mqm_joined_reader_takes_ref_a_as_reference(task: Task, tmp_path: Path) -> None:
    row = {
        "lp": "en-de",
        "seg_id": 3,
        "source": "Hello world.",
        "candidates": [
            {"system": "A", "text": "Hallo Welt.", "mqm": -0.0},
            {"system": "B", "text": "Hallo Welt.", "mqm": -2.0},
            {"system": "C", "text": "Guten Tag Welt.", "mqm": -5.0},
            {"system": "ref-A", "text": "Hallo, Welt.", "mqm": -0.0},
        ],
    }
    path = tmp_path / "joined.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (segment,) = _fn(task, "wmt_readers.py:read_mqm_joined")(path)
    assert segment.reference == "Hallo, Welt."
    assert [c[0] for c in segment.candidates] == ["A", "B", "C"]
    merged = segment.merged()  # identical texts of A and B become one response with the mean score
    assert [(systems, score) for systems, _, score in merged] == [(["A", "B"], -1.0), (["C"], -5.0)]
    ranking = _fn(task, "mt_items.py:ranking_items")(
        [segment], "translation/x", {"label_source": "t"}, 0, "mqm"
    )
    assert len(ranking) == 1 and sorted(ranking[0]["gold"]) == [-5.0, -1.0]
    assert ranking[0]["meta"]["reference"] == "Hallo, Welt."
    assert "Hallo, Welt." not in ranking[0]["prompt"][0]["content"]
    pairs = _fn(task, "mt_items.py:pair_items")([segment], "translation/x", {}, 0, "mqm", 5.0, 2)
    assert pairs == []  # the only gap is 4 points, under min_gap 5
    (pair,) = _fn(task, "mt_items.py:pair_items")([segment], "translation/x", {}, 0, "mqm", 1.0, 2)
    assert pair["responses"][pair["gold"].index(1.0)] == "Hallo Welt."


def test_ted_reader_strips_markup_and_uses_ref_as_reference(task: Task, tmp_path: Path) -> None:
    header = "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n"
    rows = [
        "sysA\ttalk.1\t1\t7\tr1\tI see.\tIch <v>sehe</v>.\tAccuracy/Mistranslation\tMinor\n",
        "sysA\ttalk.1\t1\t7\tr1\tI see.\tIch sehe<v></v>.\tFluency/Punctuation\tMinor\n",
        "sysB\ttalk.1\t1\t7\tr2\tI see.\tIch verstehe.\tNo-error\tNo-error\n",
        "ref\ttalk.1\t1\t7\tr3\tI see.\tVerstehe.\tNo-error\tNo-error\n",
    ]
    (tmp_path / "mqm_ted_ende.tsv").write_text(header + "".join(rows), encoding="utf-8")
    (tmp_path / "mqm_ted_ende.avg_seg_scores.tsv").write_text(
        "system mqm_avg_score seg_id\nsysA\t-1.000000 7\nsysB\t-0.000000 7\nref-A\t-0.000000 7\n",
        encoding="utf-8",
    )
    (segment,) = _fn(task, "wmt_readers.py:read_mqm_ted")(tmp_path, "ende")
    assert segment.language_pair == "en-de" and segment.reference == "Verstehe."
    assert sorted(segment.candidates) == [("sysA", "Ich sehe.", -1.0), ("sysB", "Ich verstehe.", 0.0)]


def test_da_reader_keeps_only_scores_over_min_n_ratings(task: Task, tmp_path: Path) -> None:
    path = tmp_path / "ad-seg-scores-xx-en.csv"
    path.write_text(
        "SYS SID RAW.SCR Z.SCR N \nOnline-B.8 1 90 0.5 2 \nAllegro.eu.3 1 40 -0.7 1 \n"
        "Allegro.eu.3 2 60 0.1 3 \n",
        encoding="utf-8",
    )
    scores = _fn(task, "wmt_readers.py:read_da_scores")(path, 2)
    assert scores == {1: {"Online-B": 0.5}, 2: {"Allegro.eu": 0.1}}
    path.write_text("SYS SID Z\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unexpected header"):
        _fn(task, "wmt_readers.py:read_da_scores")(path, 2)


# ---------------------------------------------------------------- real data (../shared/data)

PUBLIC_CHECK_SECONDS = 60


@pytest.fixture(scope="module")
def public(task: Task, shared_data: Path) -> dict:
    return {
        s.id: (task.load(s.id, "test", shared_data), task.load(s.id, "train", shared_data))
        for s in task.subsets
        if s.suite == "public"
    }


@pytest.mark.slow
def test_public_counts_match_task_yaml(task: Task, public: dict) -> None:
    for subset in task.subsets:
        if subset.suite != "public":
            continue
        test, train = public[subset.id]
        assert len(test) == subset.count, subset.id
        assert len(train) == (subset.train_count or 0), subset.id
        assert (
            subset.public is not None
            and subset.public.cap is not None
            and len(test) + len(train) <= subset.public.cap
        )


@pytest.mark.slow
def test_public_items_carry_reference_provenance_and_real_orderings(public: dict) -> None:
    for sid, (test, _) in public.items():
        for item in test:
            assert item.meta["reference"] and item.meta["label_source"] and item.meta["source_id"], item.id
            systems = {name for m in item.response_meta for name in m["systems"]}
            assert item.meta["reference_system"] not in systems, item.id  # the reference is never a candidate
            assert len(set(item.responses)) == item.k >= 2 and len(set(item.gold)) >= 2, item.id
            assert item.meta["source_text"] in item.prompt[-1]["content"]
        if sid.endswith("_pairs"):
            assert all(item.meta["score_gap"] >= 1.0 for item in test)


@pytest.mark.slow
def test_wmt22_domains_and_train_split_are_disjoint(public: dict) -> None:
    for domain in ("news", "conversation", "ecommerce", "social"):
        assert {it.meta["domain"] for it in public[f"wmt22_jaen_{domain}_rank"][0]} == {domain}
    train = public["mqm_ende_rank"][1] + public["mqm_ende_pairs"][1]
    assert train
    check_disjoint(train, {sid: test for sid, (test, _) in public.items()})
