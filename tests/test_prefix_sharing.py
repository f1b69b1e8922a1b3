"""Prefix sharing: a prompt shared by several requests runs once, and nothing the model computes changes.

Checked against the plain full forward on tiny random Llama models: hidden states position by
position, then scores of every causal adapter (logprob, dpo, judge, decoder classifier), with a
tokenizer that merges text across the prompt/response boundary among them.
"""

from __future__ import annotations

import hashlib
import json

import pytest
import torch
from tiny_models import tiny_model_dir, write_chat_items

from rmbench.engine.batching import plan_batches, tokens_computed
from rmbench.engine.cache import NullCache
from rmbench.engine.requests import RequestTable
from rmbench.engine.scoring import score_requests
from rmbench.items import read_items
from rmbench.items.schema import prompt_as_messages
from rmbench.models import load_adapter
from rmbench.models.base import Prepared, Request
from rmbench.models.prefix import forward_hidden, supports_sharing
from rmbench.models.render import opening_ids, render


@pytest.fixture(scope="module")
def items(tmp_path_factory):
    return read_items(write_chat_items(tmp_path_factory.mktemp("items") / "chat.jsonl"))


def _scores(adapter, items, budget=4096):
    table = RequestTable()
    table.add_subset("s", adapter, items)
    scores, stats = score_requests(adapter, table.requests, NullCache(), batch_tokens=budget)
    return scores, stats


def test_hidden_states_equal_the_full_forward_position_by_position():
    model = load_adapter(f"logprob:{tiny_model_dir('causal')}").model
    base = model.base_model
    prompt_a, prompt_b = [2, 11, 12, 13, 14, 15, 16], [2, 21, 22]
    seqs = [
        [*prompt_a, 30, 31],
        [*prompt_a, 32],
        [*prompt_a, 33, 34, 35, 36],
        [*prompt_b, 40, 41, 42],
        [*prompt_b, 43],
        [2, 50, 51, 52],  # a prompt seen once: runs whole
        [*prompt_a, 30, 31],  # a duplicate of the first
    ]
    cuts = [len(prompt_a)] * 3 + [len(prompt_b)] * 2 + [2, len(prompt_a)]
    with torch.inference_mode():
        shared = forward_hidden(base, seqs, cuts, pad_id=0)
        for i, seq in enumerate(seqs):
            alone = base(input_ids=torch.tensor([seq]), use_cache=False).last_hidden_state[0]
            got = shared.span(i, 0, len(seq))
            assert got.shape == alone.shape
            assert torch.allclose(got, alone, atol=1e-5), i
            assert torch.allclose(shared.span(i, 3, len(seq) - 1), alone[3:-1], atol=1e-5)
    assert supports_sharing(model)


@pytest.mark.parametrize(
    ("spec", "extra"),
    [
        ("logprob:{causal}", {}),
        ("logprob:{causal}", {"reduce": "sum"}),
        ("dpo:{causal}", {"ref": "{causal2}"}),
        ("judge:{causal}", {}),
        ("hf:{seqcls}", {}),
    ],
)
def test_shared_scores_equal_unshared(spec, extra, items):
    dirs = {k: str(tiny_model_dir(k)) for k in ("causal", "causal2", "seqcls")}
    spec = spec.format(**dirs)
    extra = {k: v.format(**dirs) for k, v in extra.items()}
    got = {}
    for share in (True, False):
        adapter = load_adapter(spec, max_length=512, share_prefix=str(share), **extra)
        assert adapter.share_prefix is share
        scores, stats = _scores(adapter, items)
        assert (stats.shared > 0) is share  # tokens were actually saved, or none
        got[share] = scores
    assert got[True].keys() == got[False].keys()
    assert len({round(v, 4) for v in got[False].values()}) > 5  # scores differ, so equality means something
    assert max(abs(got[True][k] - got[False][k]) for k in got[False]) < 1e-4
    same = load_adapter(spec, max_length=512, share_prefix="false", **extra)
    assert same.fingerprint() == adapter.fingerprint()  # cached scores stay valid either way


def test_a_truncated_prompt_is_its_own_group(items):
    adapter = load_adapter(f"logprob:{tiny_model_dir('causal')}", max_length=40)
    long_item = next(it for it in items if it.id == "e")
    prepared = adapter.prepare(adapter.item_requests(long_item))
    assert all(p.truncated for p in prepared)  # the prompt was cut by a different amount per response
    assert prepared[0].group != prepared[1].group
    for p in prepared:
        assert p.payload.input_ids[: p.shared] == p.payload.input_ids[: p.payload.response_start][: p.shared]


JUDGE_GLUED = "question {question} answer{a} answer{b} which is better ?"
JUDGE_SPACED = "question {question} answer {a} answer {b} which is better ?"


@pytest.mark.parametrize("template", [JUDGE_GLUED, JUDGE_SPACED])
def test_judge_checks_the_boundary_against_a_merging_tokenizer(template, items):
    folder = tiny_model_dir("causal_ws")
    adapter = load_adapter(f"judge:{folder}", max_length=512, template=template)
    pairs = [it for it in items if it.id in ("a", "b", "d")]
    requests = [r for it in pairs for r in adapter.item_requests(it)]
    prepared = adapter.prepare(requests)
    for r, p in zip(requests, prepared, strict=True):
        naive = opening_ids(adapter.tokenizer, adapter._shared_head(r, adapter._message(r)))
        merged = p.payload.input_ids[: len(naive)] != naive
        assert merged is (template == JUDGE_GLUED)  # "answer" + "paris" is one (unknown) word
        assert p.shared == (0 if merged else len(naive))
    got = {}
    for share in (True, False):
        judge = load_adapter(f"judge:{folder}", max_length=512, template=template, share_prefix=str(share))
        got[share], stats = _scores(judge, pairs)
        assert (stats.shared > 0) is (share and template == JUDGE_SPACED)
    assert max(abs(got[True][k] - got[False][k]) for k in got[False]) < 1e-4


def test_logprob_scores_the_rendered_ids_when_the_template_glues_the_response(items):
    """A generation prompt ending in a word ("answer") that the response's first word merges
    with if the text is tokenised whole: rmbench renders prompt and response apart (as generation
    and DPO training do), and the shared path feeds exactly those ids."""
    folder = tiny_model_dir("causal_ws")
    glued = (
        "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'assistant' %}answer{{ m['content'] }}"
        "{% else %}{{ m['content'] }} {% endif %}{% endfor %}{% if add_generation_prompt %}answer{% endif %}"
    )
    got = {}
    for share in (True, False):
        adapter = load_adapter(f"logprob:{folder}", max_length=512, share_prefix=str(share))
        adapter.tokenizer.chat_template = glued
        request = Request("what is the capital of france ?", "paris is the capital .")
        rendered = render(adapter.tokenizer, request.prompt, request.response, 512)
        whole = adapter.tokenizer(
            adapter.tokenizer.apply_chat_template(
                [*prompt_as_messages(request.prompt), {"role": "assistant", "content": request.response}],
                tokenize=False,
            ),
            add_special_tokens=False,
        )["input_ids"]
        assert whole != rendered.input_ids[: len(whole)]  # tokenised whole, the boundary merges
        got[share], stats = _scores(adapter, items)
        assert (stats.shared > 0) is share
    assert max(abs(got[True][k] - got[False][k]) for k in got[False]) < 1e-4


def _prep(key, n, shared=0, group=None):
    return Prepared(key, n, None, False, shared, group)


def test_plan_keeps_groups_together_within_the_budget():
    group_a = [_prep(f"a{i}", 100 + i, 90, "A") for i in range(4)]  # prompt 90, tails 10..13
    group_b = [_prep(f"b{i}", 30 + 5 * i, 20, "B") for i in range(3)]  # prompt 20, tails 10..20
    lonely = _prep("c", 50, 45, "C")  # its group has one member: scored whole
    plain = [_prep(f"p{i}", n) for i, n in enumerate([7, 70, 20])]
    batches = plan_batches([*group_b, lonely, *plain, *group_a], budget=200)
    assert [[p.key for p in b] for b in batches] == [
        ["a3", "a2", "a1", "a0", "b2", "b1", "b0"],  # longest prompt first; prompts 2 x 90, tails 7 x 20
        ["p1", "c"],
        ["p2", "p0"],
    ]
    tight = plan_batches([*group_b, *group_a], budget=120)  # two prompts of 90 would be 180
    assert [[p.key for p in b] for b in tight] == [["a3", "a2", "a1", "a0"], ["b2", "b1", "b0"]]
    assert tokens_computed(batches[0]) == (90 + 20 + sum(range(10, 14)) + 10 + 15 + 20, 2 * 90 + 7 * 20)
    small = plan_batches(group_a, budget=25)  # tails of 13 tokens: one response per call
    assert [len(b) for b in small] == [1, 1, 1, 1]
    assert plan_batches(group_a, budget=10**6, max_batch=3) == [group_a[::-1][:3], group_a[::-1][3:]]
    many = [_prep(f"k{i}", 100, 90, "K") for i in range(10)]  # tails fit (10 x 10), caches do not
    assert [len(b) for b in plan_batches(many, budget=100)] == [4, 4, 2]  # 4 x (90 + 10) <= KV_FACTOR x 100


def test_plan_of_token_free_requests_keeps_their_order():
    prepared = [_prep(str(i), 1) for i in range(10)]
    assert [[p.key for p in b] for b in plan_batches(prepared, budget=4)] == [
        ["0", "1", "2", "3"],
        ["4", "5", "6", "7"],
        ["8", "9"],
    ]


def test_request_keys_are_unchanged():
    """The cache is keyed by these digests: they must stay what they were."""

    def reference(r: Request) -> str:
        blob = json.dumps(
            [prompt_as_messages(r.prompt), r.response, r.other, r.reference],
            ensure_ascii=False,
            sort_keys=True,
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    requests = [
        Request('héllo "x"\n\x01', "wörld"),
        Request([{"role": "system", "content": "s"}, {"role": "user", "content": "ü"}], "r", other="b\u2028"),
        Request("p", "", reference=("a", "b")),
    ]
    for r in requests:
        assert Request(r.prompt, r.response, r.other, r.reference).key() == reference(r)
    assert Request("p", "r").key() == "922c6224d36f7849cfff61be205c0d91bc23e923ed82855de999aa372564bcb9"
    assert Request("what?", "yes").key() == Request([{"role": "user", "content": "what?"}], "yes").key()
