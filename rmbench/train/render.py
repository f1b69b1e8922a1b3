"""How a (prompt, response) pair becomes the text a reward model reads, in training and scoring alike.

A reward model is only as good as the agreement between how it was trained and how it is scored,
so this is the single place the trainer renders inputs. The rule matches the engine's ``hf``
adapter: the tokenizer's chat template when it has one, else a plain ``User: ...\\nAssistant: ...``
transcript; when the template already writes the BOS token, the tokenizer must not add a second one;
an over-long input loses its left end (the oldest prompt turns), never the response it judges.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rmbench.items.schema import Prompt, prompt_as_messages

ROLE_NAMES = {"user": "User", "assistant": "Assistant", "system": "System", "tool": "Tool", "developer": "Developer"}


def has_chat_template(tokenizer: Any) -> bool:
    return bool(getattr(tokenizer, "chat_template", None))


def plain_transcript(prompt: Prompt, response: str) -> str:
    """The fallback for tokenizers without a chat template (e.g. BERT-style encoders)."""
    lines = [f"{ROLE_NAMES.get(m.get('role', ''), m.get('role', '').title())}: {m.get('content', '')}"
             for m in prompt_as_messages(prompt)]
    lines.append(f"Assistant: {response}")
    return "\n".join(lines)


def render_text(tokenizer: Any, prompt: Prompt, response: str) -> str:
    """The full text one response is scored on."""
    if has_chat_template(tokenizer):
        messages = [*prompt_as_messages(prompt), {"role": "assistant", "content": response}]
        return tokenizer.apply_chat_template(messages, tokenize=False)
    return plain_transcript(prompt, response)


def adds_own_bos(tokenizer: Any, text: str) -> bool:
    """True when the rendered text already starts with BOS, so special tokens must not be added again."""
    bos = getattr(tokenizer, "bos_token", None)
    return bool(bos) and text.startswith(bos)


def encode_texts(tokenizer: Any, texts: Sequence[str], max_length: int, chunk: int = 512) -> list[list[int]]:
    """Token ids per text, left-truncated to ``max_length`` (special tokens kept)."""
    tokenizer.truncation_side = "left"
    out: list[list[int]] = [[] for _ in texts]
    for own_bos in (False, True):
        index = [i for i, t in enumerate(texts) if adds_own_bos(tokenizer, t) == own_bos]
        for start in range(0, len(index), chunk):
            part = index[start : start + chunk]
            enc = tokenizer([texts[i] for i in part], truncation=True, max_length=max_length,
                            add_special_tokens=not own_bos)
            for i, ids in zip(part, enc["input_ids"]):
                out[i] = list(ids)
    return out
