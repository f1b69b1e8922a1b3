"""translation task, public suite: the readers and item builders on tiny synthetic upstream files
(markup stripping, reference handling, DA N filter, punctuation twins, DARR pairs and their noise
filters, side-by-side MQM with rater agreement), then the real loaders over ../shared/data: stated
counts, references for chrF/BLEU, label provenance, train/test disjointness, and the noisy cases a
reviewer quoted (issue 18) gone."""

from __future__ import annotations

import io
import json
import tarfile
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
    assert scores == {1: {"Online-B": (0.5, 90.0, 2)}, 2: {"Allegro.eu": (0.1, 60.0, 3)}}
    path.write_text("SYS SID Z\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unexpected header"):
        _fn(task, "wmt_readers.py:read_da_scores")(path, 2)


def test_punctuation_twins_are_one_response(task: Task) -> None:
    segment = task_segment(
        task, [("A", 'He said "no".', -5.0), ("B", "He said “no”.", -0.5), ("C", "No.", -9.0)]
    )
    merged = segment.merged()
    assert [(systems, score) for systems, _, score in merged] == [(["A", "B"], -2.75), (["C"], -9.0)]
    (item,) = _fn(task, "mt_items.py:ranking_items")([segment], "translation/x", {}, 0, "mqm")
    assert len(item["responses"]) == 2 and sorted(item["gold"]) == [-9.0, -2.75]


def task_segment(task: Task, candidates, **kw):
    segment_cls = _fn(task, "mt_items.py:Segment")
    return segment_cls("s-1", "Er sagte nein.", "de-en", candidates, reference="He said no.", **kw)


def _darr(task: Task, segments, **kw):
    return _fn(task, "mt_items.py:darr_items")(segments, "translation/x", {"label_source": "t"}, 0, **kw)


def test_darr_pairs_need_two_ratings_each_and_a_raw_gap_over_25(task: Task) -> None:
    candidates = [
        ("A", "He said no.", 0.9),  # the reference itself
        ("B", "He told no.", 0.2),
        ("C", "He was saying not.", -0.4),
        ("D", "Said he no.", -1.0),
        ("E", "No, he said.", 0.5),
    ]
    ratings = {"A": (60.0, 2), "B": (90.0, 2), "C": (64.0, 3), "D": (30.0, 1), "E": (95.0, 2)}
    pairs = _darr(task, [task_segment(task, candidates, ratings=ratings)], per_segment=10)
    better_worse = set()
    for item in pairs:
        good = item["responses"][item["gold"].index(1.0)]
        bad = item["responses"][item["gold"].index(0.0)]
        better_worse.add((good, bad))
        assert item["meta"]["score_gap"] > 25
    # B-C gap 26 and E-C gap 31 count; E-A and B-A (the reference) are dropped; D has one rating
    assert better_worse == {("He told no.", "He was saying not."), ("No, he said.", "He was saying not.")}


def test_darr_drops_boilerplate_and_detached_outputs(task: Task) -> None:
    Segment = _fn(task, "mt_items.py:Segment")
    segments = []
    for i in range(6):
        ref = f"The minister opened bridge number {i} today."
        candidates = [
            ("good", f"The minister opened bridge number {i} today.", 1.0),
            ("spam", f"Never miss important updates! The minister opened bridge {i}.", 0.5),
            ("salad", f"We her may him reception {i} to first question an and There braveish", 0.0),
            ("weak", f"Minister bridge {i} open.", -1.0),
        ]
        ratings = {"good": (95.0, 2), "spam": (99.0, 2), "salad": (90.0, 2), "weak": (20.0, 2)}
        segments.append(
            Segment(f"s-{i}", f"source {i}", "de-en", candidates, reference=ref + " ", ratings=ratings)
        )
    assert _fn(task, "mt_items.py:recurring_sentences")(segments) == {"Never miss important updates!"}
    pairs = _darr(task, segments, per_segment=10)
    texts = {r for item in pairs for r in item["responses"]}
    assert not any("Never miss" in t or "braveish" in t for t in texts)
    assert len(pairs) == 6  # good > weak in each segment, nothing else


def _sxs_archive(tmp_path: Path, rows: list[str]) -> Path:
    header = "system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata\n"
    data = (header + "".join(rows)).encode("utf-8")
    path = tmp_path / "sxs_mqm_generalMT2023_zhen.3ratingsPerSegment.tsv.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("sxs_mqm_generalMT2023_zhen.3ratingsPerSegment.tsv")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return path


def test_sxs_reader_scores_each_rater_and_items_carry_rater_agreement(task: Task, tmp_path: Path) -> None:
    rows = []
    for rater, (errs_a, errs_b, errs_c) in {
        "r1": ([], [("Accuracy/Mistranslation", "Major")], [("Fluency/Grammar", "Minor")] * 6),
        "r2": (
            [("Fluency/Punctuation", "Minor")],
            [("Accuracy/Omission", "Minor")],
            [("Non-translation!", "Major")],
        ),
        "r3": ([("Accuracy/Mistranslation", "Minor")] * 2, [], [("Accuracy/Addition", "Major")]),
    }.items():
        for system, errors in (("A", errs_a), ("B", errs_b), ("C", errs_c)):
            for category, severity in errors or [("No-error", "No-error")]:
                rows.append(
                    f"{system}\tnews_1\t1\t7\t{rater}\t你好。\t<v>Hello</v>.\t{category}\t{severity}\t{{}}\n"
                )
    rows = [r.replace("<v>Hello</v>.", {"A": "Hello.", "B": "Hi.", "C": "Hey there."}[r[0]]) for r in rows]
    (segment,) = _fn(task, "wmt_readers.py:read_mqm_sxs")(_sxs_archive(tmp_path, rows), "zhen")
    assert segment.reference is None and segment.language_pair == "zh-en"
    assert segment.rater_scores["A"] == {"r1": 0.0, "r2": -0.1, "r3": -2.0}
    assert segment.rater_scores["C"] == {"r1": -6.0, "r2": -25.0, "r3": -5.0}
    (item,) = _fn(task, "mt_items.py:ranking_items")([segment], "translation/x", {}, 0, "mqm")
    # raters (A, B, C): r1 (0, -5, -6), r2 (-0.1, -1, -25), r3 (-2, 0, -5). Held out r1: the others'
    # mean is (-1.05, -0.5, -15), B > A, so r1 gets 2 of 3 pairs; r2 faces A > B > C: 3 of 3; r3 puts
    # B over A against (-0.05, -3, -15.5): 2 of 3. Mean 7/9.
    assert item["meta"]["rater_agreement"] == pytest.approx(7 / 9, abs=1e-6)
    assert "reference" not in item["meta"]


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
            assert item.meta["label_source"] and item.meta["source_id"], item.id
            # the WMT23 side-by-side release has no reference; every other source has one
            assert bool(item.meta.get("reference")) != sid.startswith("mqm_wmt23"), item.id
            systems = {name for m in item.response_meta for name in m["systems"]}
            assert item.meta.get("reference_system") not in systems, (
                item.id
            )  # the reference is never a candidate
            assert len(set(item.responses)) == item.k >= 2 and len(set(item.gold)) >= 2, item.id
            assert item.meta["source_text"] in item.prompt[-1]["content"]
        if sid.endswith("_pairs"):
            assert all(item.meta["score_gap"] >= 1.0 for item in test)
        if sid.startswith("wmt2"):  # DARR: both sides rated twice or more, raw gap over 25 points
            assert all(item.meta["score_gap"] > 25 for item in test), sid
            assert all(m["ratings"] >= 2 for item in test for m in item.response_meta), sid


@pytest.mark.slow
def test_wmt22_domains_and_train_split_are_disjoint(public: dict) -> None:
    for domain in ("news", "conversation", "ecommerce", "social"):
        assert {it.meta["domain"] for it in public[f"wmt22_jaen_{domain}_pairs"][0]} == {domain}
    train = public["mqm_ende_rank"][1] + public["mqm_ende_pairs"][1]
    assert train
    check_disjoint(train, {sid: test for sid, (test, _) in public.items()})


@pytest.mark.slow
def test_no_public_item_holds_two_near_identical_translations(public: dict) -> None:
    from rmbench.tasks.label_noise import normalise

    for _sid, (test, train) in public.items():
        for item in test + train:
            assert len({normalise(r) for r in item.responses}) == item.k, item.id


@pytest.mark.slow
def test_wmt23_rater_agreement_is_the_ceiling(public: dict) -> None:
    for sid in ("mqm_wmt23_zhen_rank", "mqm_wmt23_ende_rank"):
        values = [it.meta["rater_agreement"] for it in public[sid][0]]
        assert all(v is not None and 0 <= v <= 1 for v in values), sid
        mean = sum(values) / len(values)
        assert 0.55 < mean < 0.8, (sid, mean)  # three experts agree well above chance, far from 100%


@pytest.mark.slow
def test_quoted_noisy_cases_are_gone(task: Task, shared_data: Path) -> None:
    """The cases issue 18 quotes, read with no cap so that sampling cannot hide them."""
    da22 = _fn(task, "loaders.py:wmt22_da")
    ja = [
        it
        for d in ("news", "conversation", "ecommerce", "social")
        for it in da22(shared_data, "ja-en", "x", d)
    ]
    # wmt22-da-ja-en-1250: AIST's word salad ranked above a correct translation
    assert not any("Sur sanctions with" in r for it in ja for r in it["responses"])
    da21 = _fn(task, "loaders.py:wmt21_da")
    ha = da21(shared_data, "ha-en", "x")
    # wmt21-da-ha-en-475 (and 200 more): the hallucinated "Never miss important updates!" output
    assert not any("Never miss important updates" in r for it in ha for r in it["responses"])
    assert any(it["meta"]["source_id"] == "wmt21-da-ha-en-475" for it in ha)  # the segment itself stays
    # wmt21-da-is-en-924: the output that matches the reference is never the worse side
    near_ref = "He is best known for hosting the popular talk show Live! with Regis from 1988 to 2011"
    for it in da21(shared_data, "is-en", "x"):
        worse = it["responses"][it["gold"].index(0.0)]
        assert not (it["meta"]["source_id"] == "wmt21-da-is-en-924" and worse.startswith(near_ref))
    # mqm-newstest2021-zh-en-600: two outputs differing by a quote mark, scored -5 and -0.5, are one
    from rmbench.tasks.label_noise import normalise

    zh = _fn(task, "loaders.py:mqm_newstest2021")(shared_data, "zhen", "x", kind="rank")
    (seg600,) = [it for it in zh if it["meta"]["source_id"] == "mqm-newstest2021-zh-en-600"]
    assert len({normalise(r) for r in seg600["responses"]}) == len(seg600["responses"])
    twins = [m for m in seg600["response_meta"] if len(m["systems"]) > 1]
    assert twins  # the merged pair is there, as one response with both systems
