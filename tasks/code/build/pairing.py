"""Which passing program stands beside which failing one, so that no shallow cue decides a pair.

Every failing program of a problem becomes one pair with a passing program of the same problem.
The partner is picked greedily, problem after problem: the candidate that keeps the running
balance of every cue closest to even (for each cue, the number of pairs where the passing program
has the larger value minus the number where it has the smaller), then the one most alike in
length and tokens, then the one used least. Rankings pick one passing program and two or three
failing ones with different shares of tests passed, balancing the cues over their ordered pairs.

This is a filter against the probes named in cues.py; probe_cues.py also reports probes that
the selection never looked at (a cross-validated token classifier, a 4-gram model), which is
where a cue the filter did not anticipate would show.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .execute import Verified
from .ngram import code_tokens

CueVector = dict[str, float]


@dataclass(frozen=True)
class Group:
    """The verified programs of one problem in one language, with each program's cue values."""

    key: str  # problem name
    passing: list[Verified]
    failing: list[Verified]
    cues: dict[int, CueVector]  # program index -> cue values


def _sign(x: float) -> int:
    return (x > 1e-12) - (x < -1e-12)


def _signs(better: CueVector, worse: CueVector) -> dict[str, int]:
    return {k: _sign(better[k] - worse[k]) for k in better}


def _imbalance_increase(balance: Counter[str], signs: dict[str, int]) -> int:
    return sum(abs(balance[k] + s) - abs(balance[k]) for k, s in signs.items())


def _distance(a: Verified, b: Verified) -> float:
    """0 for programs alike in length and tokens, up to 2 for unlike ones."""
    ta, tb = set(code_tokens(a.code)), set(code_tokens(b.code))
    jaccard = len(ta & tb) / max(1, len(ta | tb))
    la, lb = len(a.code), len(b.code)
    return (1.0 - jaccard) + abs(la - lb) / max(la, lb)


def select_pairs(groups: Sequence[Group], seed: str) -> list[tuple[Group, Verified, Verified]]:
    """(group, passing, failing) for every failing program, partners chosen as the module says."""
    balance: Counter[str] = Counter()
    out = []
    for group in groups:
        rng = random.Random(f"{seed}:{group.key}")
        failing = list(group.failing)
        rng.shuffle(failing)
        used: Counter[int] = Counter()
        for bad in failing:
            ranked = []
            for good in group.passing:
                signs = _signs(group.cues[good.index], group.cues[bad.index])
                cost = _imbalance_increase(balance, signs)
                ranked.append(
                    (cost, round(_distance(good, bad), 6), used[good.index], good.index, good, signs)
                )
            cost, _, _, _, good, signs = min(ranked, key=lambda r: r[:4])
            balance.update(signs)
            used[good.index] += 1
            out.append((group, good, bad))
    return out


def _ordered_signs(members: Sequence[Verified], cues: dict[int, CueVector]) -> Counter[str]:
    total: Counter[str] = Counter()
    for a, b in itertools.permutations(members, 2):
        if a.share > b.share:
            total.update(_signs(cues[a.index], cues[b.index]))
    return total


def select_rankings(groups: Sequence[Group], seed: str) -> list[tuple[Group, list[Verified]]]:
    """Per problem: one passing and three (else two) failing programs with distinct shares passed."""
    balance: Counter[str] = Counter()
    out = []
    for group in groups:
        options = []
        for size in (3, 2):
            for bad in itertools.combinations(group.failing, size):
                if len({b.share for b in bad}) == size:
                    options += [[good, *bad] for good in group.passing]
            if options:
                break
        if not options:
            continue
        rng = random.Random(f"{seed}:{group.key}")
        scored = []
        for members in options:
            signs = _ordered_signs(members, group.cues)
            cost = sum(abs(balance[k] + s) - abs(balance[k]) for k, s in signs.items())
            scored.append((cost, rng.random(), members, signs))
        cost, _, members, signs = min(scored, key=lambda r: r[:2])
        balance.update(signs)
        out.append((group, members))
    return out
