"""Rendering checked on token ids: chat template applied, prompt cut from the left, one BOS only."""

from __future__ import annotations

import pytest
from tiny_models import build_tokenizer

from rmbench.models.render import render

CHAT = [
    {"role": "system", "content": "answer yes or no"},
    {"role": "user", "content": "what is the capital of france ?"},
]


@pytest.fixture(scope="module")
def tok():
    return build_tokenizer(chat_template=True)


def ids(tok, text):
    return tok(text, add_special_tokens=False)["input_ids"]


def test_chat_template_applied_with_a_single_bos(tok):
    r = render(tok, CHAT, "paris is the capital .")
    prompt = ids(
        tok,
        "<|system|> answer yes or no <|end|> <|user|> what is the capital of france ? <|end|> <|assistant|>",
    )
    expected = [tok.bos_token_id, *prompt, *ids(tok, "paris is the capital . <|end|>")]
    assert r.input_ids == expected
    assert (
        r.input_ids.count(tok.bos_token_id) == 1
    )  # the template writes BOS; the tokenizer must not add another
    assert tok.convert_ids_to_tokens(r.input_ids[r.response_start :]) == [
        "paris",
        "is",
        "the",
        "capital",
        ".",
        "<|end|>",
    ]
    assert not r.truncated


def test_plain_string_prompt_is_one_user_turn(tok):
    assert (
        render(tok, "what is the capital of france ?", "paris").input_ids
        == render(tok, [{"role": "user", "content": "what is the capital of france ?"}], "paris").input_ids
    )


def test_prompt_truncated_from_the_left(tok):
    full = render(tok, CHAT, "paris is the capital .")
    cut = render(tok, CHAT, "paris is the capital .", max_length=12)
    assert cut.truncated and len(cut.input_ids) == 12
    assert cut.input_ids[0] == tok.bos_token_id and cut.input_ids.count(tok.bos_token_id) == 1
    # the response survives whole and the prompt keeps its most recent tokens
    assert cut.input_ids[cut.response_start :] == full.input_ids[full.response_start :]
    assert (
        cut.input_ids[1 : cut.response_start]
        == full.input_ids[full.response_start - (cut.response_start - 1) : full.response_start]
    )
    assert tok.convert_ids_to_tokens(cut.input_ids[1 : cut.response_start])[-2:] == [
        "<|end|>",
        "<|assistant|>",
    ]


def test_response_cut_from_the_right_only_when_it_alone_does_not_fit(tok):
    cut = render(tok, CHAT, "the sea is blue and deep . " * 5, max_length=10)
    assert cut.truncated and len(cut.input_ids) == 10
    assert cut.input_ids[0] == tok.bos_token_id and cut.response_start == 1
    assert tok.convert_ids_to_tokens(cut.input_ids[1:4]) == ["the", "sea", "is"]


def test_no_template_falls_back_to_plain_text_with_one_bos(caplog):
    tok = build_tokenizer(chat_template=False)
    r = render(tok, "what is the capital ?", "paris")
    assert r.input_ids == [tok.bos_token_id, *ids(tok, "what is the capital ?\n\n"), *ids(tok, "paris")]
    assert "no chat template" in caplog.text


def test_encoder_pair_rendering_and_truncation():
    tok = build_tokenizer(bert=True)
    r = render(tok, "the cat sat on the mat .", "a dog ran", max_length=8)
    assert tok.convert_ids_to_tokens(r.input_ids) == [
        "[CLS]",
        "mat",
        ".",
        "[SEP]",
        "a",
        "dog",
        "ran",
        "[SEP]",
    ]
    assert r.token_type_ids == [0, 0, 0, 0, 1, 1, 1, 1] and r.truncated
    assert r.response_start == 4


def test_encoder_pair_rendering_follows_the_tokenizers_own_layout():
    """A RoBERTa-style tokenizer: two separators between the texts and no token types (its model
    has one type embedding, so BERT's 0/1 types would index past it)."""
    tok = build_tokenizer(roberta=True)
    r = render(tok, "the cat sat on the mat .", "a dog ran", max_length=9)
    assert tok.convert_ids_to_tokens(r.input_ids) == [
        "<s>",
        "mat",
        ".",
        "</s>",
        "</s>",
        "a",
        "dog",
        "ran",
        "</s>",
    ]
    assert r.token_type_ids is None and r.truncated and r.response_start == 5
    whole = render(tok, "the cat", "a dog")
    assert whole.input_ids == tok("the cat", "a dog")["input_ids"] and not whole.truncated
