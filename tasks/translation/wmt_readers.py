"""Readers for the raw WMT / Google-MQM files in the shared data folder, each returning Segments.

One function per upstream format, no item logic (that is mt_items.py). Malformed rows raise a
ValueError naming the file and line.

- Google MQM newstest2021 joined file (``_derived/mqm_newstest2021_*_joined.jsonl``): per segment
  all systems with their expert MQM; ``ref-A`` is taken as the reference and left out of the
  candidates (the other human references, ref-C/ref-D for en-de, stay in as scored candidates).
- Google MQM TED (``ted/<lp>/mqm_ted_<lp>.tsv``): error-level rows; the translation is the
  ``target`` with the ``<v>...</v>`` error markup removed; scores from ``*.avg_seg_scores.tsv``
  (rows scored ``None`` dropped); system ``ref`` is the reference, ``refB`` a scored candidate.
- Google side-by-side MQM of the WMT23 general task (``generalMT2023/<lp>/sxs_mqm_*.tsv.tar.gz``):
  error-level rows, each segment's outputs of 10 systems rated side by side by the same 3 raters.
  A rater's score of an output is minus its weighted errors (Freitag et al. 2021: major 5, minor 1,
  minor punctuation 0.1, non-translation 25; no-error and attention-check rows 0); the candidate
  score is the mean over the three, and ``Segment.rater_scores`` keeps each rater's. No references.
- WMT21 / WMT22 crowd DA (``ad-seg-scores-<lp>.csv``: ``SYS SID RAW.SCR Z.SCR N``): SYS carries a
  ``.<submission>`` suffix; SID is the 1-based line of the test set. Each output keeps its z-score
  as the candidate score and (raw score, N) in ``Segment.ratings``; only rows averaged over at least
  ``min_n`` ratings are read (the DARR pairs of mt_items.py ask for N >= 2 on both sides). The local
  copy has these per-segment averages only, not the individual ratings.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tarfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .mt_items import Segment


def _lp_code(lp: str) -> str:
    return lp if "-" in lp else f"{lp[:2]}-{lp[2:]}"


def read_mqm_joined(path: Path, reference_system: str = "ref-A") -> list[Segment]:
    """Segments of a joined newstest2021 MQM file; ``reference_system`` becomes ``reference``."""
    segments = []
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                lp, seg_id, candidates = row["lp"], int(row["seg_id"]), row["candidates"]
                scored = [(c["system"], c["text"], float(c["mqm"])) for c in candidates]
                source = row["source"]
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{line_no}: malformed MQM record ({exc})") from exc
            reference = next((text for system, text, _ in scored if system == reference_system), None)
            segments.append(
                Segment(
                    source_id=f"mqm-newstest2021-{lp}-{seg_id}",
                    source_text=source,
                    language_pair=lp,
                    candidates=[c for c in scored if c[0] != reference_system],
                    reference=reference,
                    meta={"seg_id": seg_id, "domain": "news", "reference_system": reference_system},
                )
            )
    return segments


_MARKUP = re.compile(r"</?v>")


def read_mqm_ted(folder: Path, lp: str) -> list[Segment]:
    """Segments of the WMT21 TED MQM data: texts from the error-level TSV, scores from the averages."""
    errors = folder / f"mqm_ted_{lp}.tsv"
    averages = folder / f"mqm_ted_{lp}.avg_seg_scores.tsv"
    texts: dict[tuple[str, int], str] = {}
    sources: dict[int, tuple[str, str]] = {}
    with errors.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for line_no, row in enumerate(reader, 2):
            try:
                seg_id = int(row["seg_id"])
                texts[(row["system"], seg_id)] = _MARKUP.sub("", row["target"]).strip()
                sources.setdefault(seg_id, (row["source"].strip(), row["doc"]))
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{errors}:{line_no}: malformed MQM TED row ({exc})") from exc
    scores: dict[int, dict[str, float]] = defaultdict(dict)
    with averages.open(encoding="utf-8") as handle:
        next(handle)
        for line_no, line in enumerate(handle, 2):
            parts = line.split()
            if len(parts) != 3:
                raise ValueError(f"{averages}:{line_no}: expected 'system score seg_id', got {line!r}")
            system, score, seg = parts
            if score != "None":
                scores[int(seg)][system] = float(score)
    names = {"ref": "ref-A", "refB": "ref-B"}  # TSV system names -> score-file system names
    by_segment: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for (system, seg), text in texts.items():
        by_segment[seg].append((system, text))
    segments = []
    for seg_id in sorted(sources):
        source, doc = sources[seg_id]
        candidates = []
        for system, text in by_segment[seg_id]:
            score = scores.get(seg_id, {}).get(names.get(system, system))
            if system != "ref" and score is not None:
                candidates.append((names.get(system, system), text, score))
        segments.append(
            Segment(
                source_id=f"mqm-ted-{_lp_code(lp)}-{seg_id}",
                source_text=source,
                language_pair=_lp_code(lp),
                candidates=sorted(candidates),
                reference=texts.get(("ref", seg_id)),
                meta={"seg_id": seg_id, "doc": doc, "domain": "ted", "reference_system": "ref-A"},
            )
        )
    return segments


def mqm_weight(category: str, severity: str) -> float:
    """Penalty of one MQM error row (Freitag et al. 2021 weights)."""
    if category.startswith("Non-translation"):
        return 25.0
    if severity == "Major":
        return 5.0
    if severity == "Minor":
        return 0.1 if category == "Fluency/Punctuation" else 1.0
    return 0.0  # No-error, HOTW-test (the raters' attention checks), Source issue


def _sxs_rows(path: Path) -> list[dict[str, str]]:
    """The one TSV inside a generalMT2023 sxs archive, as dict rows (the metadata column is left out)."""
    csv.field_size_limit(2**31 - 1)
    with tarfile.open(path) as archive:
        member = next((m for m in archive.getmembers() if m.name.endswith(".tsv")), None)
        handle = archive.extractfile(member) if member is not None else None
        if handle is None:
            raise ValueError(f"{path}: no .tsv file in the archive")
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        reader = csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = [h.strip() for h in next(reader)]
        need = [
            "system",
            "doc",
            "docSegId",
            "globalSegId",
            "rater",
            "source",
            "target",
            "category",
            "severity",
        ]
        if header[: len(need)] != need:
            raise ValueError(f"{path}: line 1: expected columns {need}, got {header[: len(need)]}")
        rows = []
        for line_no, row in enumerate(reader, 2):
            if len(row) < len(need):
                raise ValueError(f"{path}: line {line_no}: {len(row)} fields, expected >= {len(need)}")
            rows.append(dict(zip(need, row[: len(need)], strict=True)))
        return rows


def _plain(text: str) -> str:
    return " ".join(_MARKUP.sub("", text).split())


def read_mqm_sxs(path: Path, lp: str) -> list[Segment]:
    """Segments of a generalMT2023 side-by-side MQM archive, with every rater's score kept."""
    penalty: dict[tuple[int, str, str], float] = defaultdict(float)
    texts: dict[tuple[int, str], list[str]] = defaultdict(list)
    sources: dict[int, tuple[str, str]] = {}
    for row in _sxs_rows(path):
        seg = int(row["globalSegId"])
        penalty[(seg, row["system"], row["rater"])] += mqm_weight(row["category"], row["severity"])
        texts[(seg, row["system"])].append(_plain(row["target"]))
        sources.setdefault(seg, (_plain(row["source"]), row["doc"]))
    segments = []
    for seg in sorted(sources):
        rater_scores: dict[str, dict[str, float]] = defaultdict(dict)
        for (s, system, rater), value in penalty.items():
            if s == seg:
                rater_scores[system][rater] = -value
        candidates = []
        for system in sorted(rater_scores):
            variants = texts[(seg, system)]
            text = max(set(variants), key=lambda t: (variants.count(t), t))  # markup can shift a space
            scores = rater_scores[system]
            candidates.append((system, text, sum(scores.values()) / len(scores)))
        source, doc = sources[seg]
        segments.append(
            Segment(
                source_id=f"mqm-wmt23-{_lp_code(lp)}-{seg}",
                source_text=source,
                language_pair=_lp_code(lp),
                candidates=candidates,
                reference=None,
                meta={"seg_id": seg, "doc": doc, "domain": "news"},
                rater_scores=dict(rater_scores),
            )
        )
    return segments


def read_da_scores(path: Path, min_n: int = 1) -> dict[int, dict[str, tuple[float, float, int]]]:
    """{SID: {system: (z-score, raw score, N)}} for the rows averaged over at least ``min_n`` ratings."""
    out: dict[int, dict[str, tuple[float, float, int]]] = defaultdict(dict)
    with path.open(encoding="utf-8") as handle:
        header = handle.readline().split()
        if header[:5] != ["SYS", "SID", "RAW.SCR", "Z.SCR", "N"]:
            raise ValueError(f"{path}:1: unexpected header {header}")
        for line_no, line in enumerate(handle, 2):
            parts = line.split()
            if not parts:
                continue
            try:
                system, sid, raw, z, n = parts[:5]
                if int(n) >= min_n:
                    out[int(sid)][system.rsplit(".", 1)[0]] = (float(z), float(raw), int(n))
            except ValueError as exc:
                raise ValueError(f"{path}:{line_no}: malformed DA row {line!r} ({exc})") from exc
    return out


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def read_wmt21_da(data: Path, lp: str, min_n: int = 1) -> list[Segment]:
    """WMT21 news into-English DA: texts from txt/, scores from humaneval/ (SID = 1-based line)."""
    src_lang = lp.split("-")[0]
    sources = _lines(data / "txt" / "sources" / f"newstest2021.{lp}.src.{src_lang}")
    reference = _lines(data / "txt" / "references" / f"newstest2021.{lp}.ref.A.en")
    scores = read_da_scores(data / "humaneval" / "newstest2021-toen" / f"ad-seg-scores-{lp}.csv", min_n)
    outputs: dict[str, list[str]] = {}
    for system in sorted({s for row in scores.values() for s in row}):
        path = data / "txt" / "system-outputs" / f"newstest2021.{lp}.hyp.{system}.en"
        if not path.exists():
            raise ValueError(f"{path}: system output for DA system {system!r} not found")
        outputs[system] = _lines(path)
    segments = []
    for sid in sorted(scores):
        rows = sorted(scores[sid].items())
        segments.append(
            Segment(
                source_id=f"wmt21-da-{lp}-{sid}",
                source_text=sources[sid - 1].strip(),
                language_pair=lp,
                candidates=[(system, outputs[system][sid - 1], z) for system, (z, _, _) in rows],
                reference=reference[sid - 1].strip() or None,
                meta={"seg_id": sid, "domain": "news", "reference_system": "ref-A"},
                ratings={system: (raw, n) for system, (_, raw, n) in rows},
            )
        )
    return segments


@lru_cache(maxsize=4)
def read_wmt22_xml(path: Path) -> tuple[list[dict[str, str]], dict[str, list[str]], list[str]]:
    """(segments with doc/domain/source, {system: hyps}, refs) in document order (= SID order)."""
    root = ET.parse(path).getroot()
    segs: list[dict[str, str]] = []
    hyps: dict[str, list[str]] = defaultdict(list)
    refs: list[str] = []
    for doc in root.iter("doc"):
        src = [seg.text or "" for seg in doc.find("src").iter("seg")]  # type: ignore[union-attr]
        segs += [{"doc": doc.get("id", ""), "domain": doc.get("domain", ""), "source": s} for s in src]
        ref = doc.find("ref")
        doc_refs = [seg.text or "" for seg in ref.iter("seg")] if ref is not None else [""] * len(src)
        refs += doc_refs
        for hyp in doc.findall("hyp"):
            texts = [seg.text or "" for seg in hyp.iter("seg")]
            if len(texts) != len(src):
                raise ValueError(
                    f"{path}: doc {doc.get('id')} system {hyp.get('system')}: {len(texts)} segments, "
                    f"source has {len(src)}"
                )
            hyps[hyp.get("system", "")] += texts
    return segs, dict(hyps), refs


def read_wmt22_da(data: Path, lp: str, min_n: int = 1, domain: str | None = None) -> list[Segment]:
    """WMT22 general-task into-English DA; ``domain`` keeps one of the test set's four domains."""
    segs, hyps, refs = read_wmt22_xml(data / "xml" / f"wmttest2022.{lp}.all.xml")
    scores = read_da_scores(
        data / "humaneval" / "DA" / "newstest2022-toen" / f"ad-seg-scores-{lp}.csv", min_n
    )
    segments = []
    for sid in sorted(scores):
        seg = segs[sid - 1]
        if domain and seg["domain"] != domain:
            continue
        missing = [s for s in scores[sid] if s not in hyps]
        if missing:
            raise ValueError(f"{data}: DA systems {missing} have no output in the {lp} XML")
        rows = sorted(scores[sid].items())
        segments.append(
            Segment(
                source_id=f"wmt22-da-{lp}-{sid}",
                source_text=seg["source"].strip(),
                language_pair=lp,
                candidates=[(system, hyps[system][sid - 1], z) for system, (z, _, _) in rows],
                reference=refs[sid - 1].strip() or None,
                meta={"seg_id": sid, "doc": seg["doc"], "domain": seg["domain"], "reference_system": "A"},
                ratings={system: (raw, n) for system, (_, raw, n) in rows},
            )
        )
    return segments
