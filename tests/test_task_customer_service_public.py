"""customer_service task, public suite: tau-bench airline pairs and STC-3 dialogues over ../shared/data.

The STC-3 tests guard the label leak of issue 18: annotators scored whole dialogues, and the
customer's reactions ("谢谢啦…高兴～", "让人心寒") are what satisfaction is read from. The items show
the dialogue up to the helpdesk's first reply; the test re-reads the raw dialogues and checks that
no later turn is in the scored text, and that a ten-word sentiment list - which reaches Kendall tau
+0.3 on the customer's last turn - is near zero on the text a model scores.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from rmbench.metrics.correlation import kendall_tau_b
from rmbench.tasks.splits import check_disjoint
from rmbench.tasks.task import Task

TASK_DIR = Path(__file__).resolve().parents[1] / "tasks" / "customer_service"
PUBLIC = [
    "tau_airline",
    "stc3_en_satisfaction",
    "stc3_en_accomplishment",
    "stc3_zh_satisfaction",
    "stc3_zh_accomplishment",
]
STC3 = PUBLIC[1:]
# A tiny sentiment word list, fixed before looking at the cut items (counts of words, positive minus
# negative); the point is that anything this crude must find nothing to read in the scored text.
POSITIVE = {
    "en": ("thank", "great", "good", "happy", "ok", "solved", "appreciate", "nice", "love", ":)"),
    "zh": ("谢谢", "感谢", "好的", "高兴", "满意", "赞", "解决了", "辛苦", "棒", "开心"),
}
NEGATIVE = {
    "en": ("disappoint", "angry", "terrible", "bad", "worst", "useless", "complain", "still", "why", "never"),
    "zh": ("失望", "心寒", "垃圾", "差", "生气", "投诉", "还是", "为什么", "无语", "呵呵"),
}


def sentiment(text: str, language: str) -> int:
    low = text.casefold()
    return sum(low.count(w) for w in POSITIVE[language]) - sum(low.count(w) for w in NEGATIVE[language])


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(TASK_DIR)


@pytest.fixture(scope="module")
def loaded(task: Task, shared_data: Path) -> dict:
    return {sid: task.load(sid, "test", shared_data) + task.load(sid, "train", shared_data) for sid in PUBLIC}


@pytest.fixture(scope="module")
def dialogues(shared_data: Path) -> dict:
    with zipfile.ZipFile(shared_data / "stc3_helpdesk_quality" / "data.zip") as archive:
        return {
            lang: {d["id"]: d for d in json.loads(archive.read(f"data/train_data_{code}.json"))}
            for lang, code in (("en", "en"), ("zh", "cn"))
        }


def test_public_counts_and_labels(task: Task, shared_data: Path) -> None:
    for sid in PUBLIC:
        subset = task.subset(sid)
        test = task.load(sid, "test", shared_data)
        assert len(test) == subset.count, sid
        assert len(task.load(sid, "train", shared_data)) == (subset.train_count or 0), sid
        assert all(it.meta.get("label_source") and it.meta.get("source_id") for it in test)
    tau = task.load("tau_airline", "test", shared_data)
    assert len({it.source_id for it in tau}) == 26
    for it in tau:
        labels = [m["label"] for m in it.response_meta]
        assert labels[it.gold.index(1)] == "success" and labels[it.gold.index(0)] == "failure"
        assert it.prompt[0]["content"].startswith("# Airline Agent Policy")
        assert all(r.startswith("Customer:") for r in it.responses)


def test_stc3_languages_are_twins_and_gold_in_range(loaded: dict) -> None:
    en, zh = loaded["stc3_en_satisfaction"], loaded["stc3_zh_satisfaction"]
    shared = {it.source_id for it in en} & {it.source_id for it in zh}
    assert len(shared) >= 0.99 * len(en)
    assert all(-2 <= it.gold[0] <= 2 and it.k == 1 for it in en + zh)


def _utterances(turn: dict) -> list[str]:
    return [u.strip() for u in turn.get("utterances", []) if u and u.strip()]


def test_stc3_scored_text_holds_no_turn_after_the_rated_reply(loaded: dict, dialogues: dict) -> None:
    cut = 0
    for sid in STC3:
        for item in loaded[sid]:
            turns = dialogues[item.meta["language"]][item.source_id.split("/", 1)[1]]["turns"]
            shown = item.meta["turns_shown"]
            assert turns[shown - 1]["sender"] == "helpdesk", item.id  # the rated turn is the helpdesk's
            assert shown == len(turns) or turns[shown]["sender"] == "customer", item.id
            scored = " ".join(m["content"] for m in item.prompt) + " " + item.responses[0]
            earlier = " ".join(u for turn in turns[:shown] for u in _utterances(turn))
            for turn in turns[shown:]:
                for utterance in _utterances(turn):
                    # short ones ("谢谢") and text the shown turns hold too (a signature) are in it
                    # legitimately
                    if len(utterance) >= 8 and utterance not in earlier:
                        assert utterance not in scored, (item.id, utterance)
            cut += shown < len(turns)
    assert cut > 0.7 * sum(len(loaded[sid]) for sid in STC3)  # most dialogues go on after the first reply


def _tau(items: list, texts: list[str], language: str) -> float:
    scores = np.array([sentiment(t, language) for t in texts], float)
    return kendall_tau_b(scores, np.array([it.gold[0] for it in items]))


def test_stc3_sentiment_word_list_finds_nothing_in_the_scored_text(loaded: dict, dialogues: dict) -> None:
    for sid in STC3:
        items, language = loaded[sid], loaded[sid][0].meta["language"]
        scored = [" ".join(m["content"] for m in it.prompt[1:]) + " " + it.responses[0] for it in items]
        last_customer = []
        for it in items:
            turns = dialogues[language][it.source_id.split("/", 1)[1]]["turns"]
            last_customer.append(
                " ".join(_utterances(turns[-1])) if turns[-1]["sender"] == "customer" else ""
            )
        leak, scored_tau = _tau(items, last_customer, language), _tau(items, scored, language)
        assert leak > 0.25, (sid, leak)  # the list does read the customer's reaction...
        assert abs(scored_tau) <= 0.10, (sid, scored_tau)  # ...and finds nothing in what a model scores


def test_stc3_rater_split_is_one_annotator_against_the_rest(loaded: dict, dialogues: dict) -> None:
    for sid in STC3:
        measure = loaded[sid][0].meta["measure"]
        held, rest = [], []
        for item in loaded[sid]:
            one, others = item.meta["rater_split"]
            scores = [
                a["quality"][measure]
                for a in dialogues[item.meta["language"]][item.source_id.split("/", 1)[1]]["annotations"]
            ]
            assert one in scores and (one + others * (len(scores) - 1)) / len(scores) == pytest.approx(
                item.gold[0], abs=1e-3
            )
            held.append(one)
            rest.append(others)
        tau = kendall_tau_b(np.array(held, float), np.array(rest, float))
        assert 0.1 < tau < 0.9, (sid, tau)  # annotators agree, far from perfectly


def test_public_train_disjoint_from_every_test(task: Task, shared_data: Path) -> None:
    train = [it for sid in PUBLIC for it in task.load(sid, "train", shared_data)]
    assert train
    tests = {s.id: task.load(s.id, "test", shared_data) for s in task.subsets if s.suite == "public"}
    check_disjoint(train, tests)


def test_data_card_filter_table_is_what_the_loaders_count(task: Task, shared_data: Path) -> None:
    from rmbench.tasks.label_noise import filter_table

    table = filter_table(task, shared_data).split("\n\n")[0]
    assert table in (TASK_DIR / "README.md").read_text(encoding="utf-8")
