"""Each adapter computes what it claims, checked against an independent computation."""

from __future__ import annotations

import math

import pytest
import torch
from tiny_models import tiny_model_dir

from rmbench.items import Item
from rmbench.models import load_adapter, parse_spec
from rmbench.models.base import Request
from rmbench.models.judge import consistency, ordered_pairs, win_scores
from rmbench.models.registry import parse_model_args
from rmbench.models.render import render

PROMPT = [{"role": "user", "content": "what is the capital of france ?"}]
RESPONSES = ["paris is the capital .", "berlin", "the cat sat on the mat . the sea is blue ."]


def score(adapter, requests):
    return adapter.score_batch(adapter.prepare(requests))


def test_parse_spec_and_options():
    assert parse_spec("some/folder") == ("hf", "some/folder")
    assert parse_spec("hf:org/rm") == ("hf", "org/rm")
    assert parse_spec("dpo:p") == ("dpo", "p")
    assert parse_spec("length") == ("length", "")
    assert parse_spec("http://127.0.0.1:8000") == ("http", "http://127.0.0.1:8000")
    assert parse_spec("python:pkg.mod:fn") == ("python", "pkg.mod:fn")
    assert parse_model_args(["ref=a=b", "beta=0.2"]) == {"ref": "a=b", "beta": "0.2"}
    with pytest.raises(ValueError, match="KEY=VALUE"):
        parse_model_args(["oops"])
    with pytest.raises(ValueError, match="does not take option"):
        load_adapter("length", colour="red")


def test_length_and_random():
    reqs = [Request(PROMPT, r) for r in RESPONSES]
    assert score(load_adapter("length"), reqs) == [22.0, 6.0, 42.0]
    assert score(load_adapter("length", unit="words"), reqs) == [5.0, 1.0, 12.0]
    a, b = load_adapter("random", seed=1), load_adapter("random", seed=2)
    first = score(a, reqs)
    assert first == score(a, reqs[::-1])[::-1]  # order and batch do not matter
    assert first != score(b, reqs) and all(0 <= x < 1 for x in first)
    assert a.fingerprint() != b.fingerprint()


def test_chrf_and_bleu_against_sacrebleu():
    from sacrebleu.metrics import BLEU, CHRF

    item = Item(
        "m",
        "translate",
        ["the cat sat on the mat", "a dog ran"],
        [1, 0],
        {"reference": ["the cat sat on a mat"]},
    )
    chrf, bleu = load_adapter("chrf"), load_adapter("bleu")
    assert chrf.supports(item) and not chrf.supports(Item("x", "p", ["a", "b"], [1, 0]))
    got = score(chrf, chrf.item_requests(item))
    assert got == [CHRF().sentence_score(r, ["the cat sat on a mat"]).score for r in item.responses]
    assert got[0] > got[1] > 0
    bleu_got = score(bleu, bleu.item_requests(item))
    assert bleu_got[0] == pytest.approx(
        BLEU(effective_order=True).sentence_score(item.responses[0], ["the cat sat on a mat"]).score
    )


def test_python_adapter(tmp_path):
    module = tmp_path / "scorer.py"
    module.write_text(
        "def score(prompts, responses):\n"
        "    return [r.count('a') - len(p) for p, r in zip(prompts, responses)]\n"
    )
    adapter = load_adapter(f"python:{module}:score")
    assert score(adapter, [Request("ab", "banana"), Request("x", "")]) == [1.0, -1.0]
    fp = adapter.fingerprint()
    module.write_text("def score(prompts, responses):\n    return [0.0 for _ in responses]\n")
    assert (
        load_adapter(f"python:{module}:score").fingerprint() != fp
    )  # editing the code invalidates the cache
    with pytest.raises(ValueError, match="module:function"):
        load_adapter("python:nofunction")


def test_hf_matches_a_direct_forward():
    from transformers import AutoModelForSequenceClassification

    folder = tiny_model_dir("seqcls")
    adapter = load_adapter(f"hf:{folder}")
    got = score(adapter, [Request(PROMPT, r) for r in RESPONSES])
    model = AutoModelForSequenceClassification.from_pretrained(folder).eval()
    for response, value in zip(RESPONSES, got, strict=True):
        text = adapter.tokenizer.apply_chat_template(
            [*PROMPT, {"role": "assistant", "content": response}], tokenize=False
        )
        ids = adapter.tokenizer(text, add_special_tokens=False, return_tensors="pt")["input_ids"]
        with torch.no_grad():
            assert value == pytest.approx(model(ids).logits[0, 0].item(), abs=1e-5)
    assert len(set(got)) == 3


def _manual_logprob(model, ids: list[int], start: int) -> float:
    with torch.no_grad():
        logits = model(torch.tensor([ids])).logits[0].float()
    logp = torch.log_softmax(logits, -1)
    return sum(logp[t - 1, ids[t]].item() for t in range(start, len(ids)))


def test_logprob_and_dpo():
    from transformers import AutoModelForCausalLM

    folder = tiny_model_dir("causal")
    model = AutoModelForCausalLM.from_pretrained(folder).eval()
    logprob = load_adapter(f"logprob:{folder}")
    reqs = [Request(PROMPT, r) for r in RESPONSES]
    got = score(logprob, reqs)
    for req, value in zip(reqs, got, strict=True):
        r = render(logprob.tokenizer, req.prompt, req.response)
        n = len(r.input_ids) - r.response_start
        assert value == pytest.approx(_manual_logprob(model, r.input_ids, r.response_start) / n, abs=1e-4)
    summed = score(load_adapter(f"logprob:{folder}", reduce="sum"), reqs)
    free = score(load_adapter(f"dpo:{folder}", beta="0.5"), reqs)
    assert free == pytest.approx([0.5 * s for s in summed], abs=1e-4)  # reference-free DPO
    same_ref = score(load_adapter(f"dpo:{folder}", ref=str(folder)), reqs)
    assert same_ref == pytest.approx([0.0] * 3, abs=1e-5)  # policy == reference: no implicit reward
    other = tiny_model_dir("causal2")
    against_other = score(load_adapter(f"dpo:{folder}", ref=str(other), beta="1"), reqs)
    ref_sum = score(load_adapter(f"logprob:{other}", reduce="sum"), reqs)
    assert against_other == pytest.approx([p - r for p, r in zip(summed, ref_sum, strict=True)], abs=1e-4)


def test_judge_math():
    assert ordered_pairs(3) == [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]
    # response 0 wins everything in both orders; 1 beats 2 only when shown first
    p = [0.9, 0.8, 0.2, 0.7, 0.1, 0.6]
    assert win_scores(3, p) == pytest.approx(
        [(0.9 + 0.8 + 0.8 + 0.9) / 4, (0.1 + 0.7 + 0.2 + 0.4) / 4, (0.2 + 0.3 + 0.1 + 0.6) / 4]
    )
    assert consistency(3, p) == (2, 3)


def test_judge_reads_next_token_logits():
    from transformers import AutoModelForCausalLM

    folder = tiny_model_dir("causal")
    judge = load_adapter(f"judge:{folder}", max_length=1024)
    item = Item("j", PROMPT, RESPONSES, [2, 0, 1])
    reqs = judge.item_requests(item)
    assert len(reqs) == 6 and (reqs[0].response, reqs[0].other) == (RESPONSES[0], RESPONSES[1])
    prepared = judge.prepare(reqs)
    got = judge.score_batch(prepared)
    assert got == pytest.approx([judge.score_batch([p])[0] for p in prepared], abs=1e-5)  # batch independent
    model = AutoModelForCausalLM.from_pretrained(folder).eval()
    a_ids, b_ids = judge._token_ids("A"), judge._token_ids("B")
    with torch.no_grad():
        logp = torch.log_softmax(
            model(torch.tensor([prepared[0].payload.input_ids])).logits[0, -1].float(), -1
        )
    expected = 1 / (
        1 + math.exp(torch.logsumexp(logp[b_ids], 0).item() - torch.logsumexp(logp[a_ids], 0).item())
    )
    assert got[0] == pytest.approx(expected, abs=1e-5)
    text = judge.tokenizer.decode(prepared[0].payload.input_ids)
    assert text.index("paris is the capital .") < text.index("berlin")  # A then B
    assert text.startswith("<s> <|user|>") and text.rstrip().endswith("<|assistant|>")
    scores = judge.item_scores(item, got)
    assert scores == pytest.approx(win_scores(3, got)) and sum(scores) == pytest.approx(1.5)
    stats = judge.subset_stats([item], [got])
    assert stats["pairs"] == 3 and 0 <= stats["position_consistency"] <= 1
    assert not judge.supports(Item("p", "q", ["only one"], [1.0]))


def test_embed_is_cosine_of_mean_pooled_embeddings():
    from transformers import AutoModel

    folder = tiny_model_dir("bert")
    adapter = load_adapter(f"embed:{folder}")
    got = score(adapter, [Request(PROMPT, r) for r in RESPONSES])
    model = AutoModel.from_pretrained(folder).eval()

    def emb(text):
        enc = adapter.tokenizer(text, return_tensors="pt")
        with torch.no_grad():
            return torch.nn.functional.normalize(model(**enc).last_hidden_state[0].mean(0), dim=0)

    for response, value in zip(RESPONSES, got, strict=True):
        assert value == pytest.approx(float(emb(PROMPT[0]["content"]) @ emb(response)), abs=1e-5)
    assert score(adapter, [Request(PROMPT, RESPONSES[0])]) == pytest.approx(
        got[:1], abs=1e-6
    )  # memoised prompt
