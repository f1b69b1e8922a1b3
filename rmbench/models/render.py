"""Turn (prompt, response) into token ids the way the model was trained to read them.

Lives beside the adapters (not in the engine) because it depends on the tokenizer only, and the
adapters that own a tokenizer call it; the engine stays model-agnostic.

Rules:
- With a chat template: the prompt messages + the response as the assistant turn. The prompt
  part is the template rendered with ``add_generation_prompt=True``; the rest is the response
  turn. Tokenised without adding special tokens, since the template writes them; if the
  tokenizer adds a BOS by default and the template did not write one, exactly one is prepended.
- Without one: a sentence pair for tokenizers with a separator (cross-encoders), laid out as the
  tokenizer lays out pairs (BERT's ``[CLS] A [SEP] B [SEP]``, RoBERTa's ``<s> A </s></s> B </s>``)
  with token types only where the tokenizer feeds them to its model; else
  ``prompt + "\\n\\n" + response`` (a warning is logged once per tokenizer).
- Too long: the prompt is cut from the left (the oldest context goes first, the leading BOS
  stays) so the response survives; only if the response alone does not fit is it cut from the
  right. Either counts as truncated.
"""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass
from typing import Any

from rmbench.items.schema import Prompt, prompt_as_messages, prompt_text

log = logging.getLogger(__name__)
_warned: weakref.WeakSet[Any] = weakref.WeakSet()  # tokenizers warned about (weak: see pair_template)


@dataclass
class Rendered:
    input_ids: list[int]
    response_start: int  # index of the first token of the response turn
    truncated: bool = False
    token_type_ids: list[int] | None = None


def _encode(tokenizer: Any, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def _adds_bos(tokenizer: Any) -> bool:
    bos = tokenizer.bos_token_id
    if bos is None:
        return False
    ids = tokenizer("x", add_special_tokens=True)["input_ids"]
    return bool(ids) and ids[0] == bos


def _lead_split(tokenizer: Any, prefix: list[int]) -> tuple[list[int], list[int]]:
    """(the one leading BOS, the rest) of a templated prompt's ids: a BOS the template wrote is
    kept once, and one is added where the tokenizer adds it but the template did not."""
    bos = tokenizer.bos_token_id
    if bos is not None and prefix[:1] == [bos]:
        return [bos], prefix[1:]
    if bos is not None and _adds_bos(tokenizer):
        return [bos], prefix
    return [], prefix


def opening_ids(tokenizer: Any, text: str) -> list[int]:
    """Token ids that a rendering whose text starts with ``text`` starts with, if the tokenizer
    does not merge ``text``'s last token with what follows (callers compare; see judge)."""
    if getattr(tokenizer, "chat_template", None):
        lead, ids = _lead_split(tokenizer, _encode(tokenizer, text))
        return lead + ids
    lead = [tokenizer.bos_token_id] if _adds_bos(tokenizer) else []
    return lead + _encode(tokenizer, text)


def chat_parts(tokenizer: Any, prompt: Prompt, response: str) -> tuple[str, str]:
    """(prompt text incl. generation prompt, response turn text) from the chat template."""
    messages = prompt_as_messages(prompt)
    prefix = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    full = tokenizer.apply_chat_template(
        [*messages, {"role": "assistant", "content": response}], tokenize=False
    )
    if full.startswith(prefix):
        return prefix, full[len(prefix) :]
    cut = full.rfind(response) if response else len(full)
    if cut < 0:  # template rewrites the response; score the whole rendering as response
        return "", full
    return full[:cut], full[cut:]


def _fit(
    lead: list[int], prompt_ids: list[int], rest: list[int], max_length: int | None
) -> tuple[list[int], list[int], bool]:
    """Left-truncate ``prompt_ids`` (after the ``lead`` special tokens) so lead+prompt+rest fits."""
    total = len(lead) + len(prompt_ids) + len(rest)
    if max_length is None or total <= max_length:
        return lead + prompt_ids, rest, False
    room = max_length - len(lead) - len(rest)
    if room >= 0:
        return lead + prompt_ids[len(prompt_ids) - room :] if room else lead, rest, True
    return lead, rest[: max(max_length - len(lead), 1)], True


def render(tokenizer: Any, prompt: Prompt, response: str, max_length: int | None = None) -> Rendered:
    """Token ids of one request; see the module docstring."""
    if getattr(tokenizer, "chat_template", None):
        prefix_text, rest_text = chat_parts(tokenizer, prompt, response)
        lead, prefix = _lead_split(tokenizer, _encode(tokenizer, prefix_text))
        head, rest, truncated = _fit(lead, prefix, _encode(tokenizer, rest_text), max_length)
        return Rendered(head + rest, len(head), truncated)
    if tokenizer not in _warned:
        _warned.add(tokenizer)
        log.warning(
            "tokenizer %s has no chat template: using a plain rendering",
            getattr(tokenizer, "name_or_path", type(tokenizer).__name__),
        )
    text = prompt_text(prompt)
    if tokenizer.sep_token_id is not None and tokenizer.cls_token_id is not None:
        return _render_pair(tokenizer, text, response, max_length)
    lead = [tokenizer.bos_token_id] if _adds_bos(tokenizer) else []
    head, rest, truncated = _fit(
        lead, _encode(tokenizer, text + "\n\n"), _encode(tokenizer, response), max_length
    )
    return Rendered(head + rest, len(head), truncated)


PairSlot = tuple[str, int, int]  # ("A" | "B" | "special", token id of a special, token type)
_pair_templates: weakref.WeakKeyDictionary[Any, list[PairSlot]] = weakref.WeakKeyDictionary()


def pair_template(tokenizer: Any) -> list[PairSlot]:
    """How the tokenizer lays out a sentence pair: its special tokens, the two texts' places and
    every part's token type, read from the tokenizer's own rendering of a probe pair (BERT:
    ``[CLS] A [SEP] B [SEP]``, types 0/1; RoBERTa: ``<s> A </s></s> B </s>``, types 0). A slow
    tokenizer, which cannot say which position came from which text, gets BERT's layout."""
    if tokenizer not in _pair_templates:  # weak keys: a new tokenizer never inherits a freed one's
        _pair_templates[tokenizer] = _probe_pair_template(tokenizer) or [
            ("special", tokenizer.cls_token_id, 0),
            ("A", 0, 0),
            ("special", tokenizer.sep_token_id, 0),
            ("B", 0, 1),
            ("special", tokenizer.sep_token_id, 1),
        ]
    return _pair_templates[tokenizer]


def _probe_pair_template(tokenizer: Any) -> list[PairSlot] | None:
    encoded = tokenizer("a", "b", return_token_type_ids=True)
    try:
        sources = encoded.sequence_ids()
    except ValueError:  # a slow tokenizer
        return None
    slots: list[PairSlot] = []
    for token, source, kind in zip(encoded["input_ids"], sources, encoded["token_type_ids"], strict=True):
        name = "special" if source is None else "AB"[source]
        if name == "special" or not slots or slots[-1][0] != name:
            slots.append((name, token, kind))
    if [s[0] for s in slots if s[0] != "special"] != ["A", "B"]:
        return None
    return slots


def _render_pair(tokenizer: Any, text: str, response: str, max_length: int | None) -> Rendered:
    """The tokenizer's own sentence-pair layout (:func:`pair_template`) of prompt and response,
    the prompt cut from the left; token types only for a model whose tokenizer feeds them."""
    template = pair_template(tokenizer)
    prompt_ids, rest = _encode(tokenizer, text), _encode(tokenizer, response)
    limit = None if max_length is None else max_length - (len(template) - 2)
    head, rest, truncated = _fit([], prompt_ids, rest, limit)
    ids: list[int] = []
    types: list[int] = []
    start = 0
    for name, token, kind in template:
        part = head if name == "A" else rest if name == "B" else [token]
        if name == "B":
            start = len(ids)
        ids += part
        types += [kind] * len(part)
    takes_types = "token_type_ids" in getattr(tokenizer, "model_input_names", ())
    return Rendered(ids, start, truncated, types if takes_types else None)


def render_text(tokenizer: Any, text: str, max_length: int | None = None) -> tuple[list[int], bool]:
    """A single text with the tokenizer's own special tokens, cut from the right (embeddings);
    also whether it was cut, so callers need not tokenise the text a second time to find out."""
    ids = list(tokenizer(text, add_special_tokens=True)["input_ids"])
    if max_length is not None and len(ids) > max_length:
        return ids[: max_length - 1] + ids[-1:], True
    return ids, False
