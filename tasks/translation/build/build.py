"""Generate the built-in translation subsets from the authored source tables (deterministic, seeded).

    python tasks/translation/build/build.py          # writes tasks/translation/data/*.jsonl
    python tasks/translation/build/build.py --check  # fails if the committed files are stale

Every rejected translation is the reference with recorded edits applied (see edits.py), so the
label and its MQM-style gold (minus the summed penalties) hold by construction. The position of
the reference among the responses is drawn from a seeded RNG per item. The preferred response is
reference A; ``meta.reference`` is an independent second reference B (src_second_refs.py), which
reference-based baselines (chrF, BLEU) see and an RM never does. Scoring against reference A itself
would make chrF/BLEU an oracle (the preferred response would match it verbatim).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import edits as E
import src_conversation
import src_news
import src_second_refs
import src_technical

SEED = 20261126
TASK = "translation"
DATA = Path(__file__).resolve().parents[1] / "data"
LANGUAGES = {"de": "German", "es": "Spanish", "fr": "French"}
DOMAINS = {
    "news": src_news.SENTENCES,
    "conversation": src_conversation.SENTENCES,
    "technical": src_technical.SENTENCES,
}
PROMPT = "Translate the following English text into {language}. Reply with the translation only.\n\n{source}"


def sentences() -> Iterable[tuple[str, dict[str, Any]]]:
    for domain, table in DOMAINS.items():
        for row in table:
            yield domain, row


def parsed_edits(row: dict[str, Any], lang: str) -> tuple[str, list[E.Edit]]:
    reference, raw = row[lang]
    return reference, [E.parse(r, f"{row['id']}/{lang}[{i}]") for i, r in enumerate(raw)]


def reference_b(row: dict[str, Any], lang: str) -> str:
    return src_second_refs.REFS_B[row["id"]][list(LANGUAGES).index(lang)]


def base_meta(row: dict[str, Any], domain: str, lang: str) -> dict[str, Any]:
    """meta.reference is reference B; the preferred response (reference A) is not repeated here."""
    return {
        "source": "rmbench-authored",
        "source_id": row["id"],
        "source_text": row["en"],
        "target_language": lang,
        "language_pair": f"en-{lang}",
        "domain": domain,
        "reference": reference_b(row, lang),
        "reference_note": "independent second reference (B); the error-free response is reference A",
        "label_source": "constructed: reference with recorded injected MQM-style errors",
    }


def prompt(row: dict[str, Any], lang: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": PROMPT.format(language=LANGUAGES[lang], source=row["en"])}]


REFERENCE_META = {
    "label": "reference",
    "reason": "reference translation with no injected error",
    "penalty": 0,
    "errors": [],
}


def error_meta(applied: list[E.Edit]) -> dict[str, Any]:
    penalty = sum(e.penalty for e in applied)
    label = "one_error" if len(applied) == 1 else f"{len(applied)}_errors"
    out: dict[str, Any] = {
        "label": label,
        "flaw": "; ".join(e.describe() for e in applied),
        "penalty": penalty,
        "errors": [e.to_dict() for e in applied],
    }
    if len(applied) == 1:
        out.update(error_type=applied[0].type_name, severity=applied[0].severity)
    return out


def shuffled(rng: random.Random, responses: list[str], gold: list[float], metas: list[dict[str, Any]]):
    order = list(range(len(responses)))
    rng.shuffle(order)
    return [responses[i] for i in order], [gold[i] for i in order], [metas[i] for i in order]


def pair_items(subset: str, rows: list[tuple[str, dict[str, Any]]], langs: list[str]) -> list[dict[str, Any]]:
    items = []
    for domain, row in rows:
        for lang in langs:
            reference, errs = parsed_edits(row, lang)
            for j, err in enumerate(errs):
                rng = random.Random(f"{SEED}:{subset}:{row['id']}:{lang}:{j}")
                rejected = E.apply(reference, err)
                responses, gold, metas = shuffled(
                    rng,
                    [reference, rejected],
                    [0.0, -float(err.penalty)],
                    [dict(REFERENCE_META), error_meta([err])],
                )
                items.append(
                    {
                        "prompt": prompt(row, lang),
                        "responses": responses,
                        "gold": gold,
                        "meta": base_meta(row, domain, lang),
                        "response_meta": metas,
                    }
                )
    return number(subset, items)


def ranking_edits(reference: str, errs: list[E.Edit], row_id: str) -> tuple[E.Edit, E.Edit]:
    """The first minor and first major error that do not overlap (the 'two errors' response has both)."""
    for minor in (e for e in errs if e.penalty == 1):
        for major in (e for e in errs if e.penalty == 5):
            if not E.overlap(reference, minor, major):
                return minor, major
    raise ValueError(f"{row_id}: needs a minor and a major error on disjoint spans for the ranking")


def ranking_items(
    subset: str, rows: list[tuple[str, dict[str, Any]]], langs: list[str]
) -> list[dict[str, Any]]:
    """k = 4: reference (0), one minor (-1), one major (-5), minor + major (-6)."""
    items = []
    for domain, row in rows:
        for lang in langs:
            reference, errs = parsed_edits(row, lang)
            minor, major = ranking_edits(reference, errs, f"{row['id']}/{lang}")
            variants = [[], [minor], [major], [minor, major]]
            responses = [E.apply_all(reference, v) for v in variants]
            gold = [float(-sum(e.penalty for e in v)) for v in variants]
            metas = [dict(REFERENCE_META)] + [error_meta(v) for v in variants[1:]]
            rng = random.Random(f"{SEED}:{subset}:{row['id']}:{lang}")
            responses, gold, metas = shuffled(rng, responses, gold, metas)
            items.append(
                {
                    "prompt": prompt(row, lang),
                    "responses": responses,
                    "gold": gold,
                    "meta": base_meta(row, domain, lang),
                    "response_meta": metas,
                }
            )
    return number(subset, items)


def number(subset: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": f"{TASK}/{subset}/{n}", **item} for n, item in enumerate(items)]


def in_domain(*names: str) -> list[tuple[str, dict[str, Any]]]:
    return [(d, r) for d, r in sentences() if d in names]


SUBSETS = {
    "ende_news": lambda s: pair_items(s, in_domain("news"), ["de"]),
    "enes_news": lambda s: pair_items(s, in_domain("news"), ["es"]),
    "enfr_news": lambda s: pair_items(s, in_domain("news"), ["fr"]),
    "ende_conversation": lambda s: pair_items(s, in_domain("conversation"), ["de"]),
    "ende_technical": lambda s: pair_items(s, in_domain("technical"), ["de"]),
    "esfr_conversation_technical": lambda s: pair_items(
        s, in_domain("conversation", "technical"), ["es", "fr"]
    ),
    "ende_news_rank": lambda s: ranking_items(s, in_domain("news"), ["de"]),
    "esfr_news_rank": lambda s: ranking_items(s, in_domain("news"), ["es", "fr"]),
    "ende_other_rank": lambda s: ranking_items(s, in_domain("conversation", "technical"), ["de"]),
}


def check_tables() -> list[str]:
    """Every edit applies once and passes its type's predicate; each sentence/language can make a ranking."""
    problems = []
    seen: set[str] = set()
    for _, row in sentences():
        if row["id"] not in src_second_refs.REFS_B:
            problems.append(f"{row['id']}: no second reference in src_second_refs.py")
            continue
        for lang in LANGUAGES:
            if reference_b(row, lang) == row[lang][0]:
                problems.append(f"{row['id']}/{lang}: reference B must differ from reference A")
        if row["id"] in seen:
            problems.append(f"duplicate sentence id {row['id']}")
        seen.add(row["id"])
        for lang in LANGUAGES:
            reference, errs = parsed_edits(row, lang)
            for i, err in enumerate(errs):
                problems += [
                    f"{row['id']}/{lang}[{i}]: {p}" for p in E.check(err, reference, row["en"], lang)
                ]
            try:
                ranking_edits(reference, errs, f"{row['id']}/{lang}")
            except ValueError as exc:
                problems.append(str(exc))
    return problems


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if data/*.jsonl differ from a fresh build")
    args = parser.parse_args(argv)
    problems = check_tables()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    stale = []
    for name, make in SUBSETS.items():
        text = render(make(name))
        path = DATA / f"{name}.jsonl"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
            continue
        DATA.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"{path.name}: {text.count(chr(10))} items")
    if stale:
        print("stale (re-run build.py):\n  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
