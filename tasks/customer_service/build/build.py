"""Generate the built-in customer-service items (deterministic: fixed seeds, recorded in meta).

    python -m tasks.customer_service.build.build          # rewrites tasks/customer_service/data/*.jsonl
    python -m tasks.customer_service.build.build --check  # exit 1 if the committed files differ

Subsets written:
  retail.jsonl           in-distribution pairs (Larkspur & Co., calm single-turn customers)
  retail_rank.jsonl      k = 4 rankings, gold = -(number of violations)
  retail_upset.jsonl     twins of retail.jsonl: multi-turn, upset customer (same scenario and replies)
  airline.jsonl          Cobalt Air pairs (other vertical, own policy)
  telecom.jsonl          Brightline Mobile pairs (other vertical, own policy)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from . import airline, recheck, retail, telecom
from . import compose as C
from . import phrases as P
from .common import Scenario
from .policies import system_message

OUT = Path(__file__).resolve().parents[1] / "data"
TASK = "customer_service"
SEED = 20260
MODULES = {"retail": retail, "airline": airline, "telecom": telecom}


def pair_targets(func: Any, business: str, seed: int, n: int = 600) -> list[tuple[str, str]]:
    """The (preferred body, wrong body) pairs an intent can produce, each unordered pair once per
    orientation that exists: drawing targets from this list makes every body that can be either
    the preferred or the rejected one equally often each (words, length, prompt overlap and wording
    of a body then point to neither label)."""
    seen = {func(random.Random(f"{seed}:{business}:{func.__name__}:survey:{i}")).pair_key for i in range(n)}
    return sorted(seen)


def balanced(func: Any, target: tuple[str, str], stream: str) -> Scenario:
    """The first scenario of ``stream`` whose body pair is ``target`` (parameters redrawn, rules decide)."""
    for attempt in range(2000):
        sc = func(random.Random(f"{stream}:{attempt}"))
        if sc.pair_key == target:
            return sc
    raise RuntimeError(f"{stream}: no scenario with body pair {target} in 2000 draws")


def scenarios(business: str, n: int, seed: int) -> list[Scenario]:
    """``n`` scenarios, intents drawn by weight, body pairs drawn evenly; each from its own seeded stream."""
    module = MODULES[business]
    funcs = [f for f, _ in module.INTENTS]
    weights = [w for _, w in module.INTENTS]
    targets = {f.__name__: pair_targets(f, business, seed) for f in funcs}
    pick = random.Random(f"{seed}:{business}:intents")
    out = []
    for i in range(n):
        func = pick.choices(funcs, weights)[0]
        target = pick.choice(targets[func.__name__])
        out.append(balanced(func, target, f"{seed}:{business}:{i}"))
    return out


def _reason(sc: Scenario) -> str:
    return f"follows the {sc.business} policy: decision '{sc.decision}' is what the rules give for this scenario's numbers"


def _meta(sc: Scenario, sid: str, turns: int, seed: int) -> dict[str, Any]:
    return {
        "source_id": sid,
        "business": sc.business,
        "intent": sc.intent,
        "params": sc.params,
        "decision": sc.decision,
        "escalation_required": sc.escalation_required,
        "verified": sc.verified,
        "turns": turns,
        "generator": "build/build.py",
        "seed": seed,
        "label_rule": "rule-verified by construction",
    }


def _resp_meta(reply: C.Reply, best: bool, sc: Scenario) -> dict[str, Any]:
    if best:
        return {"label": "preferred", "reason": _reason(sc), "decision": reply.decision, "violations": 0}
    first = reply.violations[0]
    out = {
        "label": "rejected",
        "flaw": first["flaw"],
        "clause": first["clause"],
        "decision": reply.decision,
        "violations": len(reply.violations),
        "breaks": reply.violations,
    }
    return out


def pair_item(
    sc: Scenario, idx: int, subset: str, seed: int
) -> tuple[dict[str, Any], tuple[C.Reply, C.Reply, int]]:
    rng = random.Random(f"{seed}:{subset}:{idx}:pair")
    good = C.preferred(sc, rng)
    kinds, weights = zip(*C.pair_flaws(sc), strict=True)
    kind = rng.choices(kinds, weights)[0]
    bad = C.rejected(sc, rng, MODULES[sc.business].OFF_TOPIC, [kind])
    order = [0, 1] if rng.random() < 0.5 else [1, 0]  # lengths rise in this order (0 = preferred)
    C.balance_lengths([good, bad], order, rng)
    first = rng.random() < 0.5
    replies = [good, bad] if first else [bad, good]
    gold = [1, 0] if first else [0, 1]
    sid = f"{TASK}/{subset}/{idx}"
    multi = bool(sc.params.get("multi_turn"))
    turns = sc.upset_turns if multi else [{"role": "user", "content": sc.user}]
    item = {
        "id": sid,
        "prompt": [{"role": "system", "content": system_message(sc.business, sc.record)}, *turns],
        "responses": [r.text() for r in replies],
        "gold": gold,
        "meta": _meta(sc, sid, sum(m["role"] == "user" for m in turns), seed),
        "response_meta": [_resp_meta(r, g == 1, sc) for r, g in zip(replies, gold, strict=True)],
    }
    return item, (good, bad, 0 if first else 1)


def upset_twin(
    item: dict[str, Any], sc: Scenario, replies: tuple[C.Reply, C.Reply, int], idx: int, seed: int
) -> dict[str, Any]:
    """The same scenario and replies, but a multi-turn conversation with an upset customer."""
    rng = random.Random(f"{seed}:retail_upset:{idx}")
    good, bad, good_pos = replies
    texts = []
    for reply in [good, bad] if good_pos == 0 else [bad, good]:
        tone_flaw = any(v["flaw"] == "dismissive_tone" for v in reply.violations)
        prefix = rng.choice(P.CURT_OPENERS if tone_flaw else P.EMPATHY_OPENERS)
        texts.append(f"{prefix} {reply.text()}")
    twin = json.loads(json.dumps(item))
    twin["id"] = f"{TASK}/retail_upset/{idx}"
    twin["prompt"] = [item["prompt"][0], *sc.upset_turns]
    twin["responses"] = texts
    twin["meta"]["turns"] = sum(1 for m in sc.upset_turns if m["role"] == "user")
    twin["meta"]["customer_mood"] = "upset"
    return twin


def ranking_item(sc: Scenario, idx: int, seed: int) -> dict[str, Any]:
    rng = random.Random(f"{seed}:retail_rank:{idx}")
    layers = C.ranking_layers(sc, rng)
    replies = [C.preferred(sc, rng)] + [
        C.rejected(sc, rng, MODULES[sc.business].OFF_TOPIC, layers[:n]) for n in (1, 2, 3)
    ]
    order = list(range(4))
    rng.shuffle(order)
    C.balance_lengths(replies, order, rng)
    perm = list(range(4))
    rng.shuffle(perm)
    shown = [replies[p] for p in perm]
    gold = [-len(r.violations) for r in shown]
    sid = f"{TASK}/retail_rank/{idx}"
    return {
        "id": sid,
        "prompt": [
            {"role": "system", "content": system_message(sc.business, sc.record)},
            {"role": "user", "content": sc.user},
        ],
        "responses": [r.text() for r in shown],
        "gold": gold,
        "meta": _meta(sc, sid, 1, seed) | {"layers": layers},
        "response_meta": [_resp_meta(r, g == 0, sc) for r, g in zip(shown, gold, strict=True)],
    }


def render(items: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(it, ensure_ascii=False, sort_keys=True) + "\n" for it in items)


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"retail": [], "retail_upset": [], "airline": [], "telecom": []}
    for idx, sc in enumerate(scenarios("retail", 240, seed)):
        item, replies = pair_item(sc, idx, "retail", seed)
        out["retail"].append(item)
        out["retail_upset"].append(upset_twin(item, sc, replies, idx, seed))
    out["retail_rank"] = rankings(seed)
    for business in ("airline", "telecom"):
        out[business] = [
            pair_item(sc, idx, business, seed)[0] for idx, sc in enumerate(scenarios(business, 120, seed))
        ]
    return out


def rankings(seed: int, n: int = 60) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for sc in scenarios("retail", 400, seed + 1):
        item = ranking_item(sc, len(out), seed)
        # keep rankings whose three violations are all "quiet" (decision, policy number, record number):
        # a stacked invented offer or tone line would let a bag of words count violations
        if all(
            b["flaw"] not in ("invented_offer", "dismissive_tone")
            for m in item["response_meta"]
            for b in m.get("breaks", [])
        ):
            out.append(item)
        if len(out) == n:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if data/*.jsonl differ from a fresh build"
    )
    args = parser.parse_args(argv)
    stale = []
    built = build()
    found = [
        p
        for name, items in built.items()
        for it in items
        for p in recheck.problems(it, name == "retail_rank")
    ]
    if found:
        print("labels the rules contradict:\n  " + "\n  ".join(found), file=sys.stderr)
        return 1
    for name, items in built.items():
        text, path = render(items), OUT / f"{name}.jsonl"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
            continue
        OUT.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"{name}: {len(items)} items")
    if stale:
        print("stale (re-run the build):\n  " + "\n  ".join(stale), file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
