"""Label-preserving shift transforms: a derived subset is a twin of its source subset.

Each transform is deterministic given (seed, item id), leaves gold scores and the content that
carries the label untouched, keeps ``source_id`` so gaps can be paired, and records itself in
``meta["transform"]``. Surface changes only: style, verbosity, prompt wording, noise, context.
New transforms register with :func:`transform`.
"""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from rmbench.items import Item, prompt_as_messages

Transform = Callable[..., list[Item]]
TRANSFORMS: dict[str, Transform] = {}


def transform(name: str) -> Callable[[Transform], Transform]:
    def register(func: Transform) -> Transform:
        TRANSFORMS[name] = func
        return func

    return register


def apply_transform(name: str, items: list[Item], seed: int = 0, **kwargs: Any) -> list[Item]:
    if name not in TRANSFORMS:
        import difflib

        close = difflib.get_close_matches(name, TRANSFORMS, n=2)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise KeyError(f"unknown transform {name!r}{hint} (known: {', '.join(sorted(TRANSFORMS))})")
    return TRANSFORMS[name](items, seed=seed, **kwargs)


def _rng(seed: int, item: Item, name: str) -> random.Random:
    return random.Random(f"{name}:{seed}:{item.id}")


def _twin(item: Item, name: str, seed: int, **changes: Any) -> Item:
    twin = copy.deepcopy(item)
    for key, value in changes.items():
        setattr(twin, key, value)
    twin.meta["source_id"] = item.source_id
    twin.meta["derived_from"] = item.id
    twin.meta["transform"] = {"name": name, "seed": seed}
    twin.id = f"{item.id}#{name}"
    return twin


def non_best(item: Item) -> list[int]:
    """Indices of responses that are not gold-best: the ones a style attack decorates."""
    top = max(item.gold)
    return [i for i, g in enumerate(item.gold) if g < top]


_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+")
_CODE_HINT = re.compile(
    r"^\s*(def |class |function |import |#include|public |fn |func |const |let |var |for |if )", re.M
)


def looks_like_code(text: str) -> bool:
    return "\n" in text.strip() and bool(_CODE_HINT.search(text))


def to_markdown(text: str, rng: random.Random) -> str:
    """Same content, heavier markdown: a heading, bold lead, bullets; code goes in a fenced block."""
    heading = rng.choice(["## Answer", "### Response", "## Solution", "**Answer:**"])
    if looks_like_code(text):
        return f"{heading}\n\n```\n{text.strip()}\n```\n"
    sentences = [s for s in _SENTENCE.split(text.strip()) if s]
    if len(sentences) == 1:
        return f"{heading}\n\n**{sentences[0]}**\n"
    return (
        heading
        + "\n\n"
        + "\n".join(f"- {'**' + s + '**' if j == 0 else s}" for j, s in enumerate(sentences))
        + "\n"
    )


@transform("markdown_rejected")
def markdown_rejected(items: list[Item], seed: int = 0) -> list[Item]:
    """Dress the non-best responses in markdown, the style many RMs over-reward."""
    out = []
    for item in items:
        rng = _rng(seed, item, "markdown_rejected")
        responses = list(item.responses)
        for i in non_best(item):
            responses[i] = to_markdown(responses[i], rng)
        out.append(_twin(item, "markdown_rejected", seed, responses=responses))
    return out


VERBOSE_OPENERS = {
    "en": [
        "Great question! Let me walk you through this carefully.",
        "Thanks for asking. Here is a thorough answer.",
        "Sure, I'd be happy to help with that.",
        "Certainly! Below is a detailed response.",
    ],
    "de": [
        "Gute Frage! Ich erkläre es Ihnen gern ausführlich.",
        "Danke für die Frage. Hier ist eine gründliche Antwort.",
    ],
    "es": [
        "¡Buena pregunta! Te lo explico con detalle.",
        "Gracias por preguntar. Aquí tienes una respuesta completa.",
    ],
    "fr": [
        "Bonne question ! Je vous explique cela en détail.",
        "Merci pour la question. Voici une réponse complète.",
    ],
    "zh": ["好问题！下面我详细说明一下。", "谢谢提问，以下是完整的回答。"],
}
VERBOSE_CLOSERS = {
    "en": [
        "I hope this explanation helps; feel free to ask if anything is unclear.",
        "Let me know if you would like more detail on any part of this.",
        "In summary, the points above cover what you asked about.",
    ],
    "de": ["Ich hoffe, das hilft Ihnen weiter.", "Melden Sie sich gern, wenn Sie weitere Fragen haben."],
    "es": ["Espero que esta explicación te sea útil.", "Avísame si necesitas más detalles."],
    "fr": ["J'espère que cette explication vous aide.", "N'hésitez pas si vous avez d'autres questions."],
    "zh": ["希望这个解释对你有帮助。", "如果还有其他问题，欢迎继续提问。"],
}


def _language(item: Item) -> str:
    lang = str(
        item.meta.get("response_language")
        or item.meta.get("target_language")
        or item.meta.get("language")
        or "en"
    )
    return lang[:2].lower() if lang[:2].lower() in VERBOSE_OPENERS else "en"


@transform("verbose_rejected")
def verbose_rejected(items: list[Item], seed: int = 0) -> list[Item]:
    """Pad non-best responses with content-free elaboration, to expose length bias."""
    out = []
    for item in items:
        rng = _rng(seed, item, "verbose_rejected")
        lang = _language(item)
        responses = list(item.responses)
        for i in non_best(item):
            opener = rng.choice(VERBOSE_OPENERS[lang])
            closer = rng.choice(VERBOSE_CLOSERS[lang])
            responses[i] = f"{opener}\n\n{responses[i].strip()}\n\n{closer}"
        out.append(_twin(item, "verbose_rejected", seed, responses=responses))
    return out


def _edit_last_user(item: Item, edit: Callable[[str], str]) -> list[dict[str, str]] | str:
    if isinstance(item.prompt, str):
        return edit(item.prompt)
    messages = prompt_as_messages(item.prompt)
    for message in reversed(messages):
        if message.get("role") == "user":
            message["content"] = edit(message["content"])
            break
    return messages


_TYPO_WORD = re.compile(r"\b[a-z]{5,}\b")


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    """Typos in long lowercase words only: numbers, names and short function words keep the meaning."""

    def damage(match: re.Match[str]) -> str:
        word = match.group(0)
        if rng.random() >= rate:
            return word
        i = rng.randrange(1, len(word) - 2)
        kind = rng.choice(["swap", "drop", "double"])
        if kind == "swap":
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if kind == "drop":
            return word[:i] + word[i + 1 :]
        return word[:i] + word[i] + word[i:]

    return _TYPO_WORD.sub(damage, text)


@transform("prompt_typos")
def prompt_typos(items: list[Item], seed: int = 0, rate: float = 0.15) -> list[Item]:
    """Keyboard noise in the user's last turn; responses and system messages are untouched."""
    out = []
    for item in items:
        rng = _rng(seed, item, "prompt_typos")
        out.append(
            _twin(
                item,
                "prompt_typos",
                seed,
                prompt=_edit_last_user(item, partial(add_typos, rng=rng, rate=rate)),
            )
        )
    return out


PROMPT_TEMPLATES = [
    "Please respond to the following.\n\n{text}",
    "{text}\n\nGive an accurate answer.",
    "I need help with this:\n{text}",
    "Request: {text}\nResponse:",
    "Here is my question. {text} Thanks in advance!",
]


def _fill(template: str, text: str) -> str:
    return template.format(text=text)


@transform("prompt_template")
def prompt_template(items: list[Item], seed: int = 0) -> list[Item]:
    """The same request in another instruction wording."""
    out = []
    for item in items:
        template = _rng(seed, item, "prompt_template").choice(PROMPT_TEMPLATES)
        prompt = _edit_last_user(item, partial(_fill, template))
        out.append(_twin(item, "prompt_template", seed, prompt=prompt))
    return out


DISTRACTOR_EXCHANGES = [
    ("What's a good name for a grey cat?", "Some popular choices are Smokey, Ash, Pebble and Misty."),
    ("How many minutes are in three hours?", "There are 180 minutes in three hours."),
    ("Can you suggest a quick breakfast?", "Overnight oats or yoghurt with fruit take only a few minutes."),
    ("What is the capital of Canada?", "The capital of Canada is Ottawa."),
    ("Give me a synonym for 'happy'.", "'Cheerful' is a good synonym for 'happy'."),
    ("How do I convert Celsius to Fahrenheit?", "Multiply by 9/5 and add 32."),
]


@transform("distractor_turns")
def distractor_turns(items: list[Item], seed: int = 0, turns: int = 1) -> list[Item]:
    """An unrelated earlier exchange in the chat, before the real request (after any system turn)."""
    out = []
    for item in items:
        rng = _rng(seed, item, "distractor_turns")
        messages = prompt_as_messages(item.prompt)
        head = [m for m in messages[:1] if m["role"] == "system"]
        inserted: list[dict[str, str]] = []
        for user, assistant in rng.sample(DISTRACTOR_EXCHANGES, k=min(turns, len(DISTRACTOR_EXCHANGES))):
            inserted += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
        prompt = head + inserted + messages[len(head) :]
        out.append(_twin(item, "distractor_turns", seed, prompt=prompt))
    return out


@transform("chosen_shorter")
def chosen_shorter(items: list[Item], seed: int = 0) -> list[Item]:
    """Selection: only items whose gold-best response is shorter than every other response.

    Not a rewrite, so items keep their ids; gaps against the full subset are independent.
    """
    out = []
    for item in items:
        if item.k < 2:
            continue
        top = max(item.gold)
        best = [len(r) for r, g in zip(item.responses, item.gold, strict=True) if g == top]
        rest = [len(r) for r, g in zip(item.responses, item.gold, strict=True) if g < top]
        if max(best) < min(rest):
            twin = copy.deepcopy(item)
            twin.meta["source_id"] = item.source_id
            twin.meta["transform"] = {"name": "chosen_shorter", "seed": seed}
            out.append(twin)
    return out
