"""Turn a Scenario into responses: the preferred reply and replies that break named clauses.

A reply is built from parts (opener, body sentences, extra sentences, closer). A violation is a
*layer* that changes one part, so layers compose: rankings stack 0-3 of them and the gold score
is minus the number of violations. Every layer records what it did in ``response_meta`` so a
test can re-check it against the scenario's numbers.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass, field
from typing import Any

from . import phrases as P
from .common import Scenario
from .policies import system_message

_SLOT = re.compile(r"\[\[(\w+)\]\]")


@dataclass
class Reply:
    opener: str
    body_tpl: list[str]  # body templates; ``[[fact]]`` slots are filled from ``facts``
    closer: str
    facts: dict[str, tuple[str, str]] = field(default_factory=dict)
    wrong_fact: tuple[str, str] | None = None  # (key, stated text) of the one policy fact stated wrongly
    replacements: list[tuple[str, str]] = field(default_factory=list)  # record facts misstated
    extras: list[str] = field(default_factory=list)
    fillers: list[str] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)
    decision: str = ""

    @property
    def body(self) -> list[str]:
        """Record misstatements edit the templates' own text, then policy slots are filled, so a
        misstated record number never rewrites a policy number that happens to read the same."""
        templates = list(self.body_tpl)
        for true, stated in self.replacements:
            templates = [s.replace(true, stated, 1) for s in templates]
        return fill_facts(templates, self.facts, self.wrong_fact)

    def text(self) -> str:
        parts = [self.opener, *self.body, *self.extras, *self.fillers, self.closer]
        return " ".join(p for p in parts if p)


def slots(templates: list[str]) -> list[str]:
    return sorted({m for t in templates for m in _SLOT.findall(t)})


def fill_facts(
    templates: list[str], facts: dict[str, tuple[str, str]], wrong: tuple[str, str] | None = None
) -> list[str]:
    """Fill ``[[key]]`` slots with the true fact, or ``wrong = (key, stated)`` for the invented one."""

    def sub(match: re.Match[str]) -> str:
        key = match.group(1)
        return wrong[1] if wrong and key == wrong[0] else facts[key][0]

    return [_SLOT.sub(sub, t) for t in templates]


def polite(rng: random.Random) -> tuple[str, str]:
    opener = rng.choice(P.POLITE_OPENERS) if rng.random() < 0.75 else ""
    return opener, rng.choice(P.POLITE_CLOSERS)


def preferred(sc: Scenario, rng: random.Random) -> Reply:
    opener, closer = polite(rng)
    return Reply(opener, list(sc.good), closer, facts=sc.facts, decision=sc.decision)


# ---- violation layers ---------------------------------------------------------------------------
def clause_of(sc: Scenario, kind: str) -> str:
    return {"tone": "TONE-1", "invented": "ACC-1", "escalate": "ESC-1", "ignore": "ANS-1"}[kind]


def layer_alt(reply: Reply, sc: Scenario, rng: random.Random, index: int) -> None:
    alt = sc.alts[index]
    reply.body_tpl = list(alt.body)
    reply.decision = alt.decision
    reply.violations.append({"flaw": alt.flaw, "clause": alt.clause, "decision": alt.decision})


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"[^\W_]+", text.lower())
    return set(itertools.pairwise(words))


def _overlap(text: str, sc: Scenario) -> int:
    """Word pairs the text shares with the prompt (policy, record and the customer's message)."""
    return len(_bigrams(text) & _bigrams(system_message(sc.business, sc.record) + "\n" + sc.user))


def layer_invented(reply: Reply, sc: Scenario, rng: random.Random, off_topic: dict[str, str]) -> None:
    """State one policy fact wrongly, with a value found elsewhere in the same policy; among those,
    one that leaves the reply's word pairs shared with the prompt as many as the true value does, so
    neither "numbers the prompt lacks" nor "copies the policy's wording" marks the invented fact."""
    keys = [k for k in slots(reply.body_tpl) if k in sc.facts]
    if keys and reply.wrong_fact is None:
        key = rng.choice(keys)
        true_overlap = _overlap(" ".join(fill_facts(reply.body_tpl, reply.facts)), sc)
        options = sc.facts[key][1].split("|")
        gaps = {
            o: abs(_overlap(" ".join(fill_facts(reply.body_tpl, reply.facts, (key, o))), sc) - true_overlap)
            for o in options
        }
        stated = rng.choice([o for o in options if gaps[o] == min(gaps.values())])
        reply.wrong_fact = (key, stated)
        reply.violations.append(
            {
                "flaw": "invented_fact",
                "clause": "ACC-1",
                "fact": key,
                "true": sc.facts[key][0],
                "stated": stated,
            }
        )
    else:
        layer_promise(reply, sc, rng)


def layer_record(reply: Reply, sc: Scenario, rng: random.Random) -> None:
    """Misstate a number from the record (days, amount, date) that the reply quotes."""
    text = " ".join(reply.body_tpl)
    options = [(t, w) for t, w in sc.record_facts if t in text]
    if not options:
        layer_promise(reply, sc, rng)
        return
    true, stated = rng.choice(options)
    reply.replacements.append((true, stated))
    reply.violations.append({"flaw": "misstated_record", "clause": "ACC-1", "true": true, "stated": stated})


def layer_promise(reply: Reply, sc: Scenario, rng: random.Random) -> None:
    amount = f"${rng.choice([10, 15, 20, 25, 30, 40, 50])}.00"
    sentence = rng.choice(P.INVENTED_PROMISES).format(amt=amount)
    reply.extras.append(sentence)
    reply.violations.append({"flaw": "invented_offer", "clause": "ACC-1", "stated": sentence})


def layer_tone(reply: Reply, sc: Scenario, rng: random.Random) -> None:
    reply.opener = rng.choice(P.DISMISSIVE_OPENERS)
    reply.closer = rng.choice(P.DISMISSIVE_CLOSERS)
    reply.violations.append(
        {"flaw": "dismissive_tone", "clause": "TONE-1", "opener": reply.opener, "closer": reply.closer}
    )


def layer_needless_escalation(reply: Reply, sc: Scenario, rng: random.Random) -> None:
    """Escalate what the agent should resolve: instead of the answer, or after stating it."""
    line = rng.choice(P.NEEDLESS_ESCALATIONS)
    reply.body_tpl = [s for s in (sc.ack, line) if s] if rng.random() < 0.5 else [*sc.good, line]
    reply.decision = "escalate"
    reply.violations.append({"flaw": "needless_escalation", "clause": "ESC-1", "decision": "escalate"})


def layer_extra_escalation(reply: Reply, sc: Scenario, rng: random.Random) -> None:
    sentence = rng.choice(P.EXTRA_ESCALATIONS)
    reply.extras.append(sentence)
    reply.violations.append({"flaw": "needless_escalation", "clause": "ESC-1", "stated": sentence})


def layer_ignore(reply: Reply, sc: Scenario, rng: random.Random, off_topic: dict[str, str]) -> None:
    reply.body_tpl = [s for s in (sc.ack, off_topic[sc.intent]) if s]
    reply.decision = "off_topic"
    reply.violations.append(
        {"flaw": "ignores_question", "clause": "ANS-1", "decision": "off_topic", "topic_answered": "other"}
    )


def pair_flaws(sc: Scenario) -> list[tuple[str, float]]:
    """The single violations that make sense for this scenario, with sampling weights."""
    out: list[tuple[str, float]] = [(f"alt:{i}", 0.5 / len(sc.alts)) for i in range(len(sc.alts))]
    out += [("invented", 0.14), ("tone", 0.08), ("ignore", 0.07)]
    if sc.record_facts:
        out.append(("record", 0.12))
    if not sc.escalation_required and sc.decision not in ("ask_verification",):
        out.append(("escalate", 0.07))
    return out


def apply(kind: str, reply: Reply, sc: Scenario, rng: random.Random, off_topic: dict[str, str]) -> None:
    if kind.startswith("alt:"):
        layer_alt(reply, sc, rng, int(kind[4:]))
    elif kind == "invented":
        layer_invented(reply, sc, rng, off_topic)
    elif kind == "record":
        layer_record(reply, sc, rng)
    elif kind == "promise":
        layer_promise(reply, sc, rng)
    elif kind == "tone":
        layer_tone(reply, sc, rng)
    elif kind == "escalate":
        layer_needless_escalation(reply, sc, rng)
    elif kind == "extra_escalate":
        layer_extra_escalation(reply, sc, rng)
    elif kind == "ignore":
        layer_ignore(reply, sc, rng, off_topic)
    else:
        raise ValueError(kind)


def _stage(kind: str) -> int:
    """Layers that replace the body go first, so later layers edit the final body."""
    if kind.startswith("alt:") or kind in ("ignore", "escalate"):
        return 0
    return 1 if kind in ("invented", "record") else 2


def rejected(sc: Scenario, rng: random.Random, off_topic: dict[str, str], kinds: list[str]) -> Reply:
    opener, closer = polite(rng)
    reply = Reply(opener, list(sc.good), closer, facts=sc.facts, decision=sc.decision)
    for kind in sorted(kinds, key=_stage):
        apply(kind, reply, sc, rng, off_topic)
    return reply


def ranking_layers(sc: Scenario, rng: random.Random) -> list[str]:
    """Three composable violations: the decision (or a policy fact), a misstated record number,
    and one more (a policy fact, or with some chance the tone or an invented offer)."""
    content = rng.choice([f"alt:{i}" for i in range(len(sc.alts))]) if sc.alts else "ignore"
    second = "record" if sc.record_facts else "promise"
    third = "invented"
    layers = [content, second, third]
    rng.shuffle(layers)
    return layers


def balance_lengths(replies: list[Reply], order: list[int], rng: random.Random, max_fill: int = 4) -> None:
    """Pad replies with neutral filler so their lengths rise in ``order`` (a random permutation),

    which makes "longer is better" a coin toss. Fillers come from one pool whatever the label.
    """
    for reply in replies:
        if rng.random() < 0.35:
            reply.fillers.append(rng.choice(P.FILLERS))
    for prev, cur in itertools.pairwise(order):
        pool = [f for f in P.FILLERS]
        rng.shuffle(pool)
        pool = [f for f in pool if f not in replies[cur].fillers]
        while (
            len(replies[cur].text()) <= len(replies[prev].text())
            and pool
            and len(replies[cur].fillers) < max_fill
        ):
            replies[cur].fillers.append(pool.pop())
