"""How a (prompt, response) pair becomes model input: the scoring engine's own rule, reused.

A reward model is only as good as the agreement between how it was trained and how it is scored,
so training does not render anything itself: it calls :func:`rmbench.models.render.render`, the
function the ``hf`` adapter scores with (chat template when the tokenizer has one; a
``[CLS] prompt [SEP] response [SEP]`` sentence pair for BERT-like tokenizers; the prompt cut from
the left so the response survives). This module only adds what the model card needs to say.
"""

from __future__ import annotations

from typing import Any

from rmbench.models.render import Rendered, render

__all__ = ["Rendered", "describe_rendering", "render", "usage_snippet"]


def _is_pair_tokenizer(tokenizer: Any) -> bool:
    return tokenizer.sep_token_id is not None and tokenizer.cls_token_id is not None


def describe_rendering(tokenizer: Any) -> str:
    if getattr(tokenizer, "chat_template", None):
        return "the tokenizer's chat template (prompt messages, then the response as the assistant turn)"
    if _is_pair_tokenizer(tokenizer):
        return (
            "a sentence pair `[CLS] prompt [SEP] response [SEP]` (the base has no chat template; a chat "
            "prompt is flattened to `role: content` lines)"
        )
    return '`prompt + "\\n\\n" + response` (the base has no chat template)'


def usage_snippet(tokenizer: Any, max_length: int) -> list[str]:
    """Python lines that score one response with transformers alone, rendered as in training."""
    if getattr(tokenizer, "chat_template", None):
        return [
            "chat = [{'role': 'user', 'content': 'What is 2 + 2?'}, {'role': 'assistant', 'content': '4.'}]",
            "ids = tok.apply_chat_template(chat, return_tensors='pt', return_dict=True)",
            "reward = rm(**ids).logits[0, 0]",
        ]
    if _is_pair_tokenizer(tokenizer):
        return [
            f"inputs = tok('What is 2 + 2?', '4.', return_tensors='pt', truncation='only_first', "
            f"max_length={max_length})",
            "reward = rm(**inputs).logits[0, 0]",
        ]
    return [
        f"inputs = tok('What is 2 + 2?' + '\\n\\n' + '4.', return_tensors='pt', truncation=True, "
        f"max_length={max_length})",
        "reward = rm(**inputs).logits[0, 0]",
    ]
