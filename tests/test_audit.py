"""The audit finds shallow cues, duplicates and missing provenance."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import numpy as np
import pytest

from rmbench.audit import (
    HeuristicResult,
    audit_items,
    conflicting_duplicates,
    find_duplicates,
    gate_failures,
    missing_provenance,
    near_duplicate_pairs,
    run_panel,
)
from rmbench.audit.corpora import load_corpus, overlapping_documents
from rmbench.audit.duplicates import edit_distance
from rmbench.audit.lm_probes import lm_logprob_probe, ngram_probe
from rmbench.audit.ngram import KneserNeyTrigram
from rmbench.audit.panel import concordance
from rmbench.audit.render import detail_lines
from rmbench.audit.text import lm_tokens
from rmbench.cli import main
from rmbench.items import Item

WORDS = (
    "river mountain garden window paper silver candle market winter orange pencil bridge forest "
    "coffee ladder planet tunnel violin basket meadow harbor castle engine dragon island"
).split()


def synthetic(n: int, artifact: bool, seed: int = 0) -> list[Item]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a = " ".join(rng.choice(WORDS) for _ in range(12))
        b = " ".join(rng.choice(WORDS) for _ in range(12))
        if artifact:
            b += " unfortunately"
            a += " " + rng.choice(WORDS)
        responses, gold = ([a, b], [1, 0]) if i % 2 == 0 else ([b, a], [0, 1])
        out.append(
            Item(
                f"i{i}",
                f"prompt {i}",
                responses,
                gold,
                {"source_id": f"s{i}"},
                [{"reason": "r"}, {"flaw": "f"}] if gold[0] else [{"flaw": "f"}, {"reason": "r"}],
            )
        )
    return out


def test_probe_near_100_on_artifact_data():
    report = audit_items("artifact", synthetic(400, artifact=True))
    assert report.artifact_probe.value > 0.97
    assert any("artifact probe" in f for f in gate_failures(report))


def test_probe_near_50_on_balanced_data():
    report = audit_items("balanced", synthetic(400, artifact=False))
    assert 0.4 < report.artifact_probe.value < 0.6
    assert report.artifact_probe.ci_low < 0.5 < report.artifact_probe.ci_high
    assert 0.4 < report.length_baseline.value < 0.6


def test_duplicates_and_provenance():
    base = synthetic(20, artifact=False)
    copy = Item("copy", base[3].prompt, list(base[3].responses), list(base[3].gold), {})
    near = Item(
        "near", base[5].prompt, [base[5].responses[0] + "!", base[5].responses[1]], list(base[5].gold), {}
    )
    dupes = find_duplicates([*base, copy, near])
    assert dupes["exact"] == [["i3", "copy"]]
    assert [(a, b) for a, b, _ in dupes["near"]] == [("i5", "near")]
    assert missing_provenance([*base, copy]) == ["copy"]
    labelled = Item("h", "p", ["a", "b"], [1, 0], {"label_source": "human preference"})
    assert missing_provenance([labelled]) == []


def test_audit_cli_on_file(tmp_path: Path, capsys):
    path = tmp_path / "artifact.jsonl"
    path.write_text("".join(json.dumps(i.to_dict()) + "\n" for i in synthetic(300, artifact=True)))
    assert main(["audit", str(path), "--json", str(tmp_path / "a.json")]) == 0
    out = capsys.readouterr().out
    assert "artifact.jsonl" in out
    report = json.loads((tmp_path / "a.json").read_text())[0]
    assert report["artifact_probe"]["value"] > 0.97 and report["n_items"] == 300


# -- the artifact panel: each heuristic on hand-made items with known answers -----------------------


def _pair(i: int, prompt: str, chosen: str, rejected: str) -> Item:
    """A pair whose chosen response sits first on even i and second on odd i (order must not matter)."""
    responses, gold = ([chosen, rejected], [1, 0]) if i % 2 == 0 else ([rejected, chosen], [0, 1])
    return Item(f"p{i}", prompt, responses, gold, {"source_id": f"s{i // 2}"})


def _value(items: list[Item], name: str) -> HeuristicResult:
    return {h.name: h for h in run_panel(items, n_resamples=200)}[name]


def test_absent_numbers_decides_every_pair_and_is_flagged():
    items = [
        _pair(
            i,
            f"The bridge opened in {1800 + i} and is {20 + i} metres long.",
            f"It opened in {1800 + i}.",
            f"It opened in {1700 + i}.",
        )
        for i in range(20)
    ]
    h = _value(items, "absent_numbers")
    assert h.value == 1.0 and h.estimate.n == 20 and h.estimate.n_clusters == 10
    assert h.flagged and h.direction_free == 1.0
    # "absent words" counts digit runs too (the broadest copy cue); same length: a tie, 0.5
    assert _value(items, "absent_words").value == 1.0
    assert _value(items, "length").value == 0.5


def test_a_cue_on_a_slice_reports_its_accuracy_when_decided():
    # a quarter of the items: the rejected answer has a number the prompt lacks; the rest: no numbers
    items = [
        _pair(i, "The hall has 30 rooms.", "It has 30 rooms.", "It has 40 rooms.")
        if i < 5
        else _pair(i, "The hall is old.", "It is old.", "It is new.")
        for i in range(20)
    ]
    h = _value(items, "absent_numbers")
    assert h.value == 0.625 and not h.flagged  # under the 65% flag ...
    assert h.tie_rate == 0.75 and h.when_decided == 1.0  # ... yet perfect on the quarter it decides
    report = audit_items("slice", items, n_resamples=50)
    assert any(
        "absent_numbers decides 25% of the pairs and gets 100.0%" in line for line in detail_lines(report)
    )


def test_inverted_cue_counts_direction_free():
    # the chosen answer always carries MORE chatter: the rule "more chatter wins" scores 0% = a 100% cue
    items = [
        _pair(i, "Question?", f"Answer {i}.", f"Great question! Answer {i}. Hope this helps!")
        for i in range(10)
    ]
    h = _value(items, "chatter")
    assert h.value == 0.0 and h.direction_free == 1.0 and h.flagged
    assert h.to_dict()["direction_free"] == 1.0 and h.to_dict()["flagged"] is True


def test_each_style_and_overlap_heuristic_on_known_items():
    prompt = "Explain why the river floods in spring."
    cases = {
        "prompt_overlap": (
            "The river floods in spring because snow melts.",
            "Meltwater swells it each March.",
        ),
        "absent_words": ("The river floods in spring.", "Mountain snowmelt raises water levels quickly."),
        "markdown": ("## Why\n- **snow** melts\n- rain", "Snow melts and it rains."),
        "comments": (
            "def f(x):\n    # double it\n    return 2 * x  # twice\n",
            "def f(x):\n    return 2 * x\n",
        ),
        "docstrings": ('def f(x):\n    """Double x."""\n    return 2 * x\n', "def f(x):\n    return 2 * x\n"),
        "repeated_sentences": ("Snow melts. Rain falls.", "Snow melts. Rain falls. Snow melts."),
        "length": ("Snow melts in the mountains and the rain falls.", "Snow melts."),
    }
    for name, (chosen, rejected) in cases.items():
        items = [_pair(i, prompt, chosen, rejected) for i in range(6)]
        assert _value(items, name).value == 1.0, name
        flipped = [_pair(i, prompt, rejected, chosen) for i in range(6)]
        assert _value(flipped, name).value == 0.0, name


def test_rankings_score_over_their_ordered_pairs():
    # gold orders a > b > c; "fewer absent numbers" orders a > c > b: 2 of 3 ordered pairs agree
    item = Item("r", "Year 1900, length 5.", ["In 1900.", "In 1901 or 1902.", "In 1903."], [3, 2, 1], {})
    assert _value([item], "absent_numbers").value == pytest.approx(2 / 3)
    # gold ties are not pairs: only a > {b, c} counts, both decided right
    tied = Item("t", "Year 1900.", ["In 1900.", "In 1901 or 1902.", "In 1903."], [1, 0, 0], {})
    assert _value([tied], "absent_numbers").value == 1.0


def test_pointwise_subsets_score_over_item_pairs():
    # a rating that grows with the length of the one response: "longer wins" orders every item pair
    items = [
        Item(f"x{i}", "p", ["word " * (i // 2 + 1)], [float(i // 2)], {"source_id": f"s{i}"})
        for i in range(12)
    ]
    report = audit_items("pointwise", items, n_resamples=100)
    length = report.heuristic("length")
    assert length.value == 1.0 and length.flagged and length.estimate.n == 12
    assert length.note == "over pairs of items (pointwise subset)"
    assert report.heuristic("response_probe").estimate is None
    assert report.heuristic("markdown").value == 0.5  # no markdown anywhere: all ties


def test_concordance_matches_a_brute_force_count():
    rng = np.random.default_rng(3)
    for _ in range(20):
        s = rng.integers(0, 4, 30).astype(float)
        g = rng.integers(0, 3, 30).astype(float)
        credit = pairs = 0.0
        for i in range(30):
            for j in range(30):
                if g[i] > g[j]:
                    pairs += 1
                    credit += 1.0 if s[i] > s[j] else 0.5 if s[i] == s[j] else 0.0
        assert concordance(s, g) == pytest.approx(credit / pairs)
    assert concordance(np.ones(5), np.arange(5.0)) == 0.5
    assert np.isnan(concordance(np.arange(5.0), np.ones(5)))


def test_balanced_random_data_flags_nothing():
    report = audit_items("balanced", synthetic(400, artifact=False))
    assert report.flagged == [], [h.name for h in report.flagged]
    assert report.heuristic("ngram_lm").note.startswith("skipped: no reference corpus")


# -- duplicates -------------------------------------------------------------------------------------


def test_conflicting_duplicates_by_hand():
    a = Item("a", "Which is right?", ["Paris", "Lyon"], [1, 0], {})
    b = Item("b", "Which  is right?", ["Lyon", "Paris"], [1, 0], {})  # same texts, opposite gold
    c = Item("c", "Which is right?", ["Paris ", "Lyon"], [1, 1], {})  # tied: different gold
    d = Item("d", "Other prompt", ["Lyon", "Paris"], [1, 0], {})  # another prompt: no conflict
    e = Item("e", "Which is right?", ["Paris", "Nice"], [1, 0], {})
    conflicts = conflicting_duplicates([a, b, c, d, e])
    assert len(conflicts) == 1
    assert conflicts[0].kind == "opposite" and set(conflicts[0].ids) == {"a", "b", "c"}
    assert [x.kind for x in conflicting_duplicates([a, c])] == ["different"]
    assert conflicting_duplicates([a, d, e]) == []


def test_near_duplicate_pairs_by_hand():
    long = "The committee approved the new budget for the coming year after a long debate on Tuesday."
    items = [
        Item("same", "p", ["Yes, it is.", " Yes,  it is. "], [1, 0], {}),
        Item("punct", "p", ["\u201cYes\u201d, it is!", '"yes" it is.'], [1, 0], {}),
        Item("near", "p", [long, long.replace("Tuesday", "Monday")], [1, 0], {}),
        Item("far", "p", [long, "Nothing was decided."], [1, 0], {}),
        Item("tied", "p", ["Same.", "Same."], [1, 1], {}),  # not a gold-ordered pair
    ]
    found = {(p.item_id, p.kind) for p in near_duplicate_pairs(items)}
    assert found == {("same", "identical"), ("punct", "punctuation"), ("near", "near")}
    code = [Item("op", "p", ["total += n", "total -= n"], [1, 0], {})]
    assert [p.kind for p in near_duplicate_pairs(code)] == ["punctuation"]
    assert [p.kind for p in near_duplicate_pairs(code, code=True)] == []  # 1 of 10 characters: not near
    assert edit_distance("kitten", "sitting") == 3 and edit_distance("", "abc") == 3
    # one word in a 90-character sentence is 3 edits: inside the 5% budget; two words are not
    two = long.replace("Tuesday", "Monday").replace("budget", "plan")
    assert near_duplicate_pairs([Item("two", "p", [long, two], [1, 0], {})]) == []


# -- the n-gram probe never trains on the audited items ----------------------------------------------

REFERENCE_CODE = [
    "def add(a, b):\n    return a + b\n",
    "def count_vowels(s):\n    total = 0\n    for ch in s.lower():\n"
    "        if ch in 'aeiou':\n            total += 1\n    return total\n",
    "def largest(xs):\n    best = xs[0]\n    for x in xs:\n"
    "        if x > best:\n            best = x\n    return best\n",
]


def _code_data_dir(tmp_path: Path, extra: list[str]) -> Path:
    rows = [
        {"task_id": f"HumanEval/{i}", "prompt": "", "canonical_solution": code}
        for i, code in enumerate(REFERENCE_CODE + extra)
    ]
    (tmp_path / "openai_human_eval/data").mkdir(parents=True)
    with gzip.open(tmp_path / "openai_human_eval/data/HumanEval.jsonl.gz", "wt") as f:
        f.write("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "mbpp/mbpp").mkdir(parents=True)
    (tmp_path / "mbpp/mbpp/mbpp.jsonl").write_text(
        json.dumps({"task_id": 1, "code": "x = 1\nprint(x)"}) + "\n"
    )
    return tmp_path


def test_ngram_corpus_excludes_the_audited_items(tmp_path: Path):
    audited = (
        "def mean(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs)\n"
    )
    mutant = audited.replace("total += x", "total -= x")
    data_dir = _code_data_dir(tmp_path, [audited])
    items = [Item("c0", "Write mean(xs).", [audited, mutant], [1, 0], {"language": "python"})]
    corpus = load_corpus("code", "python", data_dir)
    assert corpus is not None and len(corpus.ids) == 5
    # the program the item's chosen answer copies (and its mutant) is dropped; unrelated code stays
    assert overlapping_documents(corpus, items) == ["humaneval:HumanEval/3"]
    probe = ngram_probe(items, "code", data_dir, min_tokens=10)
    assert probe.details["corpus"]["excluded_as_overlapping"] == 1
    assert probe.details["corpus"]["documents"] == 4
    kept_tokens = sum(len(lm_tokens(t)) + 1 for t in [*REFERENCE_CODE, "x = 1\nprint(x)"])
    assert probe.details["model"]["tokens"] == kept_tokens
    # a mutant alone also removes the canonical program it came from
    only_mutant = [Item("m", "Write mean(xs).", [mutant, "pass"], [0, 1], {})]
    assert overlapping_documents(corpus, only_mutant) == ["humaneval:HumanEval/3"]
    # too little reference text left (here: the whole toy corpus is under the default minimum): skipped
    assert ngram_probe(items, "code", data_dir).note.startswith(
        f"skipped: {kept_tokens} tokens of code/python"
    )


def test_ngram_probe_prefers_text_like_its_corpus(tmp_path: Path):
    data_dir = _code_data_dir(tmp_path, [])
    natural = "def sub(a, b):\n    return a - b\n"
    garbled = "def sub(a, b):\n    return - a b -0\n"
    items = [_pair(i, "Write add.", natural, garbled) for i in range(4)]
    probe = ngram_probe(items, "code", data_dir, min_tokens=10)
    assert probe.scores is not None
    assert all(s[it.gold.index(1)] > s[it.gold.index(0)] for s, it in zip(probe.scores, items, strict=True))
    assert probe.details["corpus"]["excluded_as_overlapping"] == 0
    assert ngram_probe(items, "story", data_dir).note.startswith(
        "skipped: reference corpus for story/en is empty"
    )
    french = [Item("f", "Translate.", ["Bonjour.", "Salut."], [1, 0], {"target_language": "fr"})]
    assert (
        ngram_probe(french, "translation", data_dir).note == "skipped: no reference corpus for translation/fr"
    )
    assert ngram_probe(items, "qa", data_dir).note.startswith("skipped: reference corpus for qa/en not found")


def test_kneser_ney_is_a_distribution():
    lm = KneserNeyTrigram().fit([["a", "b", "c"], ["a", "b", "d"], ["b", "c", "a", "b"]])
    for context in [("a", "b"), ("b", "c"), ("<s>", "<s>"), ("zz", "a"), ("zz", "zz")]:
        total = sum(lm.prob(*context, w) for w in lm.vocab) + lm.prob(*context, "<unseen>")
        assert total == pytest.approx(1.0), context
    assert lm.prob("a", "b", "c") > lm.prob("a", "b", "a")


# -- the CLI on an item file --------------------------------------------------------------------------


def test_audit_cli_panel_json_and_markdown(tmp_path: Path, capsys):
    items = [
        _pair(
            i,
            f"In {1900 + i} the hall had {30 + i} rooms.",
            f"It had {30 + i} rooms.",
            f"It had {40 + i} rooms.",
        )
        for i in range(30)
    ]
    items.append(Item("dup", items[0].prompt, list(reversed(items[0].responses)), list(items[0].gold), {}))
    path = tmp_path / "numbers.jsonl"
    path.write_text("".join(json.dumps(i.to_dict()) + "\n" for i in items))
    out_json = tmp_path / "audit.json"
    assert main(["audit", str(path), "--json", str(out_json), "--markdown", "--resamples", "200"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("| subset")
    assert "**96.8% [" in out  # absent numbers (30 of 31 items; the conflicting copy is lost), bold = flagged
    report = json.loads(out_json.read_text())[0]
    by_name = {h["heuristic"]: h for h in report["panel"]}
    numbers = by_name["absent_numbers"]
    assert numbers["value"] == pytest.approx(30 / 31) and numbers["flagged"]
    assert numbers["direction_free"] == pytest.approx(30 / 31)
    assert numbers["n"] == 31 and numbers["n_clusters"] == 16 and numbers["ci_low"] <= 1.0
    assert "absent_numbers" in report["flagged"]
    assert by_name["ngram_lm"]["value"] is None and by_name["ngram_lm"]["note"].startswith("skipped")
    assert report["conflicting_duplicates"]["count"] == 1
    assert report["conflicting_duplicates"]["items"] == ["dup", "p0"]
    assert main(["audit", str(path), "--resamples", "50", "--fail-on-flag"]) == 1
    balanced = tmp_path / "balanced.jsonl"
    balanced.write_text("".join(json.dumps(i.to_dict()) + "\n" for i in synthetic(200, artifact=False)))
    assert main(["audit", str(balanced), "--resamples", "50", "--fail-on-flag"]) == 0


def test_lm_probe_scores_responses_without_the_prompt(tmp_path: Path, monkeypatch):
    from tiny_models import tiny_model_dir

    from rmbench.models.base import Request
    from rmbench.models.registry import load_adapter

    monkeypatch.setenv("RMBENCH_CACHE_DIR", str(tmp_path))
    spec = f"logprob:{tiny_model_dir('causal')}"
    responses = ["the cat sat on the mat .", "paris is the capital .", "the sea is blue and deep ."]
    items = [
        Item("a", "what is the capital of france ?", responses[:2], [1, 0], {}),
        Item("b", "please write a short poem about the sea .", [responses[2], responses[0]], [1, 0], {}),
    ]
    probe = lm_logprob_probe(items, spec)
    adapter = load_adapter(spec)
    direct = dict(
        zip(responses, adapter.score_batch(adapter.prepare([Request("", r) for r in responses])), strict=True)
    )
    assert probe.scores == [
        pytest.approx([direct[r] for r in it.responses], abs=1e-5) for it in items
    ]  # the same response scores the same under any prompt: the prompt is never seen
    assert probe.details["requests"] == 3 and probe.details["cached"] == 0
    again = lm_logprob_probe(items, spec)  # second run: every score comes from the engine's cache
    assert again.details["cached"] == 3 and again.scores == probe.scores
    panel = {h.name: h for h in run_panel(items, lm_probe=spec, n_resamples=50)}
    assert panel["smollm2"].estimate is not None and panel["smollm2"].estimate.n == 2


def test_audit_cli_on_a_task_records_roles(tmp_path: Path, capsys):
    out_json = tmp_path / "demo.json"
    assert main(["audit", "demo", "--resamples", "50", "--json", str(out_json)]) == 0
    reports = {r["name"]: r for r in json.loads(out_json.read_text())}
    assert reports["demo/facts_en"]["role"] == "in_distribution"
    assert reports["demo/facts_es"]["role"] == "shifted"
    # the derived markdown attack: the rejected side carries the markdown, so the rule is fully inverted
    markdown = {h["heuristic"]: h for h in reports["demo/facts_en_markdown"]["panel"]}["markdown"]
    assert (
        markdown["value"] == 0.0
        and markdown["flagged"]
        and reports["demo/facts_en_markdown"]["role"] == "robustness"
    )
    assert "flagged: 0 of 2 in-distribution and shifted subsets" in capsys.readouterr().out
