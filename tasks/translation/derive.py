"""How ``rmbench data fetch`` rebuilds the translation task's joined files from their upstream raw files.

``_derived/mqm_newstest2021_{ende,zhen}_joined.jsonl`` (read by ``loaders.mqm_newstest2021``) is not an
upstream file: Google's MQM release scores each (system, segment) but carries no text, and WMT21's
system repository has the texts but no MQM. The join, reproducing the shared copy byte for byte
(``tests/test_data_fetch.py`` checks it against ``data_files.yaml``):

- scores: ``wmt_mqm_google/newstest2021/<lp>/mqm_newstest2021_<lp>.avg_seg_scores.tsv``
  (``system mqm_avg_score seg_id``, whitespace-separated); rows scored ``None`` are dropped;
- texts: ``wmt21_news_da/txt/``: the source line, each system's output line (``seg_id - 1``) and the
  human references ``ref-X`` from ``references/newstest2021.<lp>.ref.X.<tgt>``; MQM's system ``Nemo``
  is WMT's ``NVIDIA-NeMo``; systems with no text upstream (``metricsystem1-5``, ``ref-B``) are dropped;
- one JSON line per segment in seg_id order, candidates in the score file's order:
  ``{"lp", "seg_id", "source", "candidates": [{"system", "text", "mqm"}]}``.
"""

from __future__ import annotations

import json
from pathlib import Path

SYSTEM_FILE_NAMES = {"Nemo": "NVIDIA-NeMo"}  # MQM's system name -> WMT21's file name


def mqm_newstest2021_inputs(lp: str, systems: list[str]) -> list[str]:
    """The files (relative to the data folder) the join of ``lp`` reads for these MQM systems."""
    src, tgt = lp.split("-")
    code = lp.replace("-", "")
    files = [
        f"wmt_mqm_google/newstest2021/{code}/mqm_newstest2021_{code}.avg_seg_scores.tsv",
        f"wmt21_news_da/txt/sources/newstest2021.{lp}.src.{src}",
    ]
    return files + [_text_file(lp, tgt, system) for system in systems]


def _text_file(lp: str, tgt: str, system: str) -> str:
    if system.startswith("ref-"):
        return f"wmt21_news_da/txt/references/newstest2021.{lp}.ref.{system[4:]}.{tgt}"
    return f"wmt21_news_da/txt/system-outputs/newstest2021.{lp}.hyp.{SYSTEM_FILE_NAMES.get(system, system)}.{tgt}"


def _read_scores(path: Path) -> list[tuple[str, float, int]]:
    rows = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for line_no, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        fields = line.split()
        if len(fields) != 3:
            raise ValueError(f"{path}:{line_no}: expected 'system score seg_id', got {line!r}")
        system, score, seg_id = fields
        if score != "None":
            rows.append((system, float(score), int(seg_id)))
    return rows


def mqm_newstest2021_joined(data_dir: Path, out: Path, lp: str) -> None:
    """Write the joined file of language pair ``lp`` (``en-de`` or ``zh-en``) to ``out``."""
    data_dir = Path(data_dir)
    _, tgt = lp.split("-")
    code = lp.replace("-", "")
    scores = _read_scores(
        data_dir / f"wmt_mqm_google/newstest2021/{code}/mqm_newstest2021_{code}.avg_seg_scores.tsv"
    )
    texts: dict[str, list[str] | None] = {}

    def text(system: str, seg_id: int) -> str | None:
        if system not in texts:
            path = data_dir / _text_file(lp, tgt, system)
            texts[system] = path.read_text(encoding="utf-8").split("\n") if path.exists() else None
        lines = texts[system]
        return None if lines is None else lines[seg_id - 1]

    sources = (data_dir / mqm_newstest2021_inputs(lp, [])[1]).read_text(encoding="utf-8").split("\n")
    segments: dict[int, list[dict]] = {}
    for system, score, seg_id in scores:
        candidate = text(system, seg_id)
        if candidate is not None:
            segments.setdefault(seg_id, []).append({"system": system, "text": candidate, "mqm": score})
    with Path(out).open("w", encoding="utf-8") as handle:
        for seg_id, candidates in sorted(segments.items()):
            record = {"lp": lp, "seg_id": seg_id, "source": sources[seg_id - 1], "candidates": candidates}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
