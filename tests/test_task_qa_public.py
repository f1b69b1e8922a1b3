"""qa task, public suite: loaders read ../shared/data, give the counts task.yaml states, keep labels
faithful to the raw files, and keep every train split disjoint from every test split by source_id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmbench.items import Item
from rmbench.tasks.splits import check_disjoint
from rmbench.tasks.task import Task

QA = Path(__file__).resolve().parents[1] / "tasks" / "qa"


@pytest.fixture(scope="module")
def task() -> Task:
    return Task.from_dir(QA)


@pytest.fixture(scope="module")
def loaded(task: Task, shared_data: Path) -> dict[str, dict[str, list[Item]]]:
    return {
        s.id: {split: task.load(s.id, split, shared_data) for split in ("test", "train")}
        for s in task.subsets
        if s.suite == "public"
    }


def test_public_counts_match_task_yaml(task: Task, loaded: dict) -> None:
    for sid, splits in loaded.items():
        subset = task.subset(sid)
        assert len(splits["test"]) == subset.count, sid
        assert len(splits["train"]) == (subset.train_count or 0), sid
        assert subset.public is not None and subset.public.license and "@" in subset.public.upstream


def test_public_items_carry_provenance(loaded: dict) -> None:
    for sid, splits in loaded.items():
        for item in splits["test"] + splits["train"]:
            assert item.meta.get("label_source") and item.meta.get("source_id"), (sid, item.id)
            assert item.k == 2 and sorted(item.gold) == [0, 1] and all(r.strip() for r in item.responses), (
                item.id
            )
        first = sum(it.gold[0] == 1 for it in splits["test"]) / len(splits["test"])
        assert 0.35 < first < 0.65, sid


def test_train_and_test_disjoint_by_source_id(loaded: dict) -> None:
    train = [it for splits in loaded.values() for it in splits["train"]]
    assert len(train) > 1000
    check_disjoint(train, {sid: splits["test"] for sid, splits in loaded.items()})


def test_language_twins_share_questions_and_answers(loaded: dict, shared_data: Path) -> None:
    en = {it.source_id: it for it in loaded["tqa_en"]["test"]}
    for lang in ("es", "ca", "gl", "eu"):
        assert {it.source_id for it in loaded[f"tqa_{lang}"]["test"]} == set(en), lang
    # the pair is the same pair of reference answers (same indices) in every language
    rows = {
        lang: {
            r["id"]: r
            for r in json.loads((shared_data / f"truthfulqa_multi/data/{lang}/validation.json").read_text())
        }
        for lang in ("en", "es")
    }
    for item in loaded["tqa_es"]["test"][:100]:
        es, en_row = rows["es"][item.meta["upstream_id"]], rows["en"][item.meta["upstream_id"]]
        twin = en[item.source_id]
        good, bad = item.responses[item.gold.index(1)], item.responses[item.gold.index(0)]
        i = [a.strip() for a in es["correct_answers"]].index(good)
        j = [a.strip() for a in es["incorrect_answers"]].index(bad)
        assert twin.responses[twin.gold.index(1)] == en_row["correct_answers"][i].strip()
        assert twin.responses[twin.gold.index(0)] == en_row["incorrect_answers"][j].strip()


def test_truthfulqa_labels_match_raw_file(loaded: dict, shared_data: Path) -> None:
    rows = {
        r["id"]: r for r in json.loads((shared_data / "truthfulqa_multi/data/en/validation.json").read_text())
    }
    for item in loaded["tqa_en"]["test"] + loaded["tqa_en_beliefs"]["test"]:
        row = rows[item.meta["upstream_id"]]
        assert item.responses[item.gold.index(1)] in [a.strip() for a in row["correct_answers"]]
        assert item.responses[item.gold.index(0)] in [a.strip() for a in row["incorrect_answers"]]
    beliefs = {it.meta["category"] for it in loaded["tqa_en_beliefs"]["test"]}
    assert beliefs and not beliefs & {it.meta["category"] for it in loaded["tqa_en"]["test"]}


def test_truth_judged_pairs_match_human_labels(loaded: dict, shared_data: Path) -> None:
    labels = {}
    for line in (shared_data / "truthfulqa_multi/judge/data/finetune_truth.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        q, a = record["prompt"][3:].rsplit("\nTrue:", 1)[0].split("\nA: ", 1)
        labels.setdefault((q.strip(), a.strip()), set()).add(record["completion"].strip())
    for item in loaded["tqa_judged"]["test"][:300]:
        good, bad = item.responses[item.gold.index(1)], item.responses[item.gold.index(0)]
        assert "yes" in labels[(item.prompt, good)] and "no" in labels[(item.prompt, bad)], item.id


def test_evouna_labels_match_human_judgements(loaded: dict, shared_data: Path) -> None:
    nq = json.loads((shared_data / "evouna_qa_eval/EVOUNA/NQ.json").read_text())
    for item in loaded["evouna_nq"]["test"][:300]:
        row = nq[int(item.source_id.rsplit("/", 1)[1])]
        assert not row["improper"]
        good, bad = (item.response_meta[item.gold.index(g)]["system"] for g in (1, 0))
        assert row[f"judge_{good}"] is True and row[f"judge_{bad}"] is False
        assert item.responses[item.gold.index(1)] == row[f"answer_{good}"].strip()
    for item in loaded["evouna_nq_short"]["test"][:300]:
        row = nq[int(item.source_id.rsplit("/", 1)[1])]
        assert row["judge_fid"] is False and item.responses[item.gold.index(0)] == row["answer_fid"].strip()
        assert item.responses[item.gold.index(1)] in row["golden_answer"].split("/")
    twins = {it.source_id for it in loaded["evouna_nq_short"]["test"]} & {
        it.source_id for it in loaded["evouna_nq"]["test"]
    }
    assert len(twins) > 100
    assert all(it.source_id.startswith("evouna/TQ/") for it in loaded["evouna_tq"]["test"])


def test_hh_rlhf_prompt_is_the_shared_dialogue(loaded: dict) -> None:
    for item in loaded["hh_harmless"]["test"][:200]:
        assert isinstance(item.prompt, list) and item.prompt[-1]["role"] == "user"
        assert all(m["role"] in ("user", "assistant") for m in item.prompt)
        # (a few upstream replies literally begin with "Human:"; turn boundaries are "\n\nHuman:")
        assert not any("\n\nHuman:" in r or "\n\nAssistant:" in r for r in item.responses)


def test_parse_dialogue() -> None:
    import importlib

    from rmbench.tasks.task import _task_package

    loaders = importlib.import_module(f"{_task_package(Task.from_dir(QA).config)}.loaders")
    text = "\n\nHuman: hi there\n\nAssistant: Hello!\n\nHuman: how are you?\n\nAssistant: Fine, thanks."
    assert loaders.parse_dialogue(text) == [
        {"role": "user", "content": "hi there"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "how are you?"},
        {"role": "assistant", "content": "Fine, thanks."},
    ]
    with pytest.raises(ValueError):
        loaders.parse_dialogue("no turns here")


# ---------------------------------------------------------------- label noise (issue 18)


def _better(item: Item) -> str:
    return item.responses[item.gold.index(max(item.gold))]


def _question(item: Item) -> str:
    return item.prompt if isinstance(item.prompt, str) else item.prompt[-1]["content"]


def test_no_near_identical_pairs_and_no_declining_or_echo_answer_preferred(loaded: dict) -> None:
    from rmbench.tasks.label_noise import is_echo, is_non_answer, near_identical

    for sid, splits in loaded.items():
        for item in splits["test"] + splits["train"]:
            assert not near_identical(*item.responses), item.id
            if sid != "hh_harmless":  # a refusal preferred for harmlessness is the label, not noise
                assert not is_non_answer(_better(item)), item.id
            if sid.startswith("tqa_") and item.meta["language"] == "en":
                assert not is_echo(_better(item), _question(item)), item.id


def test_quoted_noisy_cases_are_gone(task: Task, loaded: dict, shared_data: Path) -> None:
    every = {it.id: it for splits in loaded.values() for it in splits["test"] + splits["train"]}
    # TruthfulQA question 355 lists "Unknown" as both a true and a false answer: it was paired with itself
    for lang in ("en", "es", "ca", "gl", "eu"):
        item = every.get(f"qa/tqa_{lang}/355")
        assert item is not None, lang  # the question stays, with another pair
        assert len({r.strip().casefold() for r in item.responses}) == 2
        assert "Unknown" not in item.responses and "Se desconoce" not in item.responses
    # tqa_judged 689-2's "true" answer only repeated the question
    echo = "the force that held off the persian army at thermopylae"
    judged = [it for it in every.values() if it.id.startswith("qa/tqa_judged/689-")]
    assert judged and all(echo not in (r.casefold() for r in it.responses) for it in judged)
    # ... and 689-1 preferred "I have no comment." to an answer
    assert all(_better(it) != "I have no comment." for it in judged)


def test_filters_count_what_they_drop(task: Task, shared_data: Path) -> None:
    from rmbench.tasks.label_noise import Tally
    from rmbench.tasks.task import resolve_loader

    tally = Tally()
    resolve_loader(task.config, "loaders.py:truthfulqa")(shared_data, "tqa_en", tally=tally)
    assert tally.rows[0][2:4] == (638, 628)  # 10 questions lose their only clean pairs
    tally = Tally()
    resolve_loader(task.config, "loaders.py:hh_rlhf")(shared_data, "hh_harmless", tally=tally)
    assert tally.rows[0][2:4] == (2303, 2300)  # three pairs whose replies differ only in punctuation
