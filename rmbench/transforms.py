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


def best(item: Item) -> list[int]:
    """Indices of the gold-best responses: the ones a mirrored (``*_chosen``) attack decorates."""
    top = max(item.gold)
    return [i for i, g in enumerate(item.gold) if g == top]


SIDES: dict[str, Callable[[Item], list[int]]] = {"rejected": non_best, "chosen": best}


def decorate(
    items: list[Item], name: str, side: str, seed: int, edit: Callable[[str, random.Random, Item], str]
) -> list[Item]:
    """Twins with ``edit`` applied to one side's responses (``rejected``: non-best, ``chosen``: best).

    A style attack comes in mirrored pairs (``X_rejected``, ``X_chosen``) so that a bias is measured
    both ways, as RM-Bench does with its hard and easy splits: decorating only the rejected side
    cannot tell "prefers markdown" from "is thrown off by markdown".
    """
    out = []
    for item in items:
        rng = _rng(seed, item, name)
        responses = list(item.responses)
        for i in SIDES[side](item):
            responses[i] = edit(responses[i], rng, item)
        out.append(_twin(item, name, seed, responses=responses))
    return out


def _markdown(text: str, rng: random.Random, item: Item) -> str:
    return to_markdown(text, rng)


@transform("markdown_rejected")
def markdown_rejected(items: list[Item], seed: int = 0) -> list[Item]:
    """Dress the non-best responses in markdown, the style many RMs over-reward."""
    return decorate(items, "markdown_rejected", "rejected", seed, _markdown)


@transform("markdown_chosen")
def markdown_chosen(items: list[Item], seed: int = 0) -> list[Item]:
    """Mirror of ``markdown_rejected``: the gold-best responses in markdown, the others untouched."""
    return decorate(items, "markdown_chosen", "chosen", seed, _markdown)


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


def _verbose(text: str, rng: random.Random, item: Item) -> str:
    lang = _language(item)
    opener = rng.choice(VERBOSE_OPENERS[lang])
    closer = rng.choice(VERBOSE_CLOSERS[lang])
    return f"{opener}\n\n{text.strip()}\n\n{closer}"


@transform("verbose_rejected")
def verbose_rejected(items: list[Item], seed: int = 0) -> list[Item]:
    """Pad non-best responses with content-free elaboration, to expose length bias."""
    return decorate(items, "verbose_rejected", "rejected", seed, _verbose)


@transform("verbose_chosen")
def verbose_chosen(items: list[Item], seed: int = 0) -> list[Item]:
    """Mirror of ``verbose_rejected``: the same padding around the gold-best responses only.

    Not for tasks whose instruction forbids anything but the answer (translation: "Reply with the
    translation only"), where padding the preferred response would make it break the instruction.
    """
    return decorate(items, "verbose_chosen", "chosen", seed, _verbose)


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
# Chunks that identify or quantify (e-mail addresses, URLs and domains, order ids, PINs, prices,
# dates): a typo there would change what the customer said (an e-mail that no longer matches the
# record flips who is verified), not just how it was typed.
_PROTECTED = re.compile(r"@|://|www\.|\d|[^\W\d_]\.[^\W\d_]")


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    """Typos in long lowercase words only; names, numbers, ids, e-mails and URLs keep their meaning."""

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

    chunks = re.split(r"(\s+)", text)
    return "".join(c if _PROTECTED.search(c) else _TYPO_WORD.sub(damage, c) for c in chunks)


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


def length_direction(item: Item) -> str | None:
    """``shorter`` when every gold-best response is shorter than every other, ``longer`` for the
    reverse, None otherwise (equal lengths, or the best responses straddle the others)."""
    if item.k < 2 or len(set(item.gold)) < 2:
        return None
    top = max(item.gold)
    best_lengths = [len(r) for r, g in zip(item.responses, item.gold, strict=True) if g == top]
    rest = [len(r) for r, g in zip(item.responses, item.gold, strict=True) if g < top]
    if max(best_lengths) < min(rest):
        return "shorter"
    if min(best_lengths) > max(rest):
        return "longer"
    return None


def stratum(item: Item, field: str) -> str:
    """The item's error type: ``meta.X`` or ``response_meta.X`` (of the non-best responses, joined)."""
    where, _, key = field.partition(".")
    if where == "meta" and key:
        return str(item.meta.get(key))
    if where == "response_meta" and key:
        metas = item.response_meta or [{} for _ in item.responses]
        return "+".join(sorted(str(metas[i].get(key)) for i in non_best(item)))
    raise ValueError(f"stratify_by must be 'meta.FIELD' or 'response_meta.FIELD', got {field!r}")


def largest_remainder(shares: dict[str, float], n: int) -> dict[str, int]:
    """Integer counts summing to ``n`` with ``|count - share * n| < 1`` for every stratum (Hamilton)."""
    quota = {t: p * n for t, p in shares.items()}
    counts = {t: int(q) for t, q in quota.items()}
    for t in sorted(quota, key=lambda t: (counts[t] - quota[t], t))[: n - sum(counts.values())]:
        counts[t] += 1
    return counts


def length_strata(
    items: list[Item], field: str, min_minority: float
) -> tuple[dict[str, int], dict[str, float]]:
    """Per-stratum counts shared by the ``chosen_shorter`` / ``chosen_longer`` twins, and the shares.

    A stratum is *two-sided* when items of its type fall both ways, the rarer way holding at least
    ``min_minority`` of them; where the error itself sets the length (an addition or a repeated
    sentence always lengthens the rejected response, an omission always shortens it) the length
    difference *is* the error, so such types are left out of both twins. Over the two-sided types
    the twins keep the source's mix (shares of the whole source subset), with the largest size that
    both directions can fill.
    """
    source: dict[str, int] = {}
    ways: dict[str, dict[str, int]] = {}
    for item in items:
        t = stratum(item, field)
        source[t] = source.get(t, 0) + 1
        d = length_direction(item)
        if d:
            ways.setdefault(t, {"shorter": 0, "longer": 0})[d] += 1
    two_sided = sorted(
        t
        for t, w in ways.items()
        if min(w.values()) > 0 and min(w.values()) >= min_minority * sum(w.values())
    )
    total = sum(source[t] for t in two_sided)
    shares = {t: source[t] / total for t in two_sided}
    room = {t: min(ways[t].values()) for t in two_sided}
    n = sum(room.values())
    while n > 0 and any(c > room[t] for t, c in largest_remainder(shares, n).items()):
        n -= 1
    return largest_remainder(shares, n), shares


def select_by_length(
    items: list[Item], name: str, direction: str, seed: int, stratify_by: str | None, min_minority: float
) -> list[Item]:
    if stratify_by is None:
        chosen = [item for item in items if length_direction(item) == direction]
    else:
        counts, _ = length_strata(items, stratify_by, min_minority)
        picked: set[str] = set()
        for t, n in counts.items():
            pool = sorted(
                it.id for it in items if length_direction(it) == direction and stratum(it, stratify_by) == t
            )
            random.Random(f"{name}:{seed}:{t}").shuffle(pool)
            picked.update(pool[:n])
        chosen = [item for item in items if item.id in picked]
    out = []
    for item in chosen:
        twin = copy.deepcopy(item)
        twin.meta["source_id"] = item.source_id
        twin.meta["transform"] = {"name": name, "seed": seed}
        if stratify_by:
            twin.meta["transform"]["stratified_by"] = stratify_by
        out.append(twin)
    return out


@transform("chosen_shorter")
def chosen_shorter(
    items: list[Item], seed: int = 0, stratify_by: str | None = None, min_minority: float = 0.25
) -> list[Item]:
    """Selection: items whose gold-best response is shorter than every other response.

    Not a rewrite, so items keep their ids; gaps against the full subset are independent. With
    ``stratify_by`` (e.g. ``response_meta.error_type``) the selection is a seeded stratified sample
    that keeps the source's error-type mix over the types that can fall either way (see
    :func:`length_strata`), with the same per-type counts as its mirror ``chosen_longer``: the
    difference of the two is then a length bias, not a difference between error types.
    """
    return select_by_length(items, "chosen_shorter", "shorter", seed, stratify_by, min_minority)


@transform("chosen_longer")
def chosen_longer(
    items: list[Item], seed: int = 0, stratify_by: str | None = None, min_minority: float = 0.25
) -> list[Item]:
    """Mirror of ``chosen_shorter``: items whose gold-best response is longer than every other."""
    return select_by_length(items, "chosen_longer", "longer", seed, stratify_by, min_minority)
