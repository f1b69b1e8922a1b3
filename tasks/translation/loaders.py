"""Public loaders of the translation task (called as ``fn(data_dir, **args, seed=, cap=)``).

Each returns item dicts built by mt_items.py from segments read by wmt_readers.py. Human labels:
expert MQM (Google, Freitag et al. 2021) for newstest2021 and WMT21 TED talks; crowd DA z-scores
(WMT21, WMT22) for the into-English pairs. Every item carries ``meta.reference`` where the upstream
has one, so the chrF and BLEU baselines can run; an RM never sees it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rmbench.tasks.label_noise import Tally
from rmbench.tasks.splits import hash_unit

from .mt_items import darr_items, pair_items, ranking_items
from .wmt_readers import read_mqm_joined, read_mqm_sxs, read_mqm_ted, read_wmt21_da, read_wmt22_da

MQM = {
    "source": "wmt-mqm-human-evaluation",
    "upstream": "google/wmt-mqm-human-evaluation@7fadea2",
    "license": "Apache-2.0 (MQM scores); texts under the WMT research-use terms",
    "label_source": "expert MQM (professional translators, Freitag et al. 2021): segment score = "
    "-(weighted error count), averaged over raters; higher is better",
}
MQM_SXS = {
    "source": "wmt-mqm-human-evaluation/generalMT2023",
    "upstream": "google/wmt-mqm-human-evaluation@7fadea2",
    "license": "Apache-2.0 (MQM scores); texts under the WMT research-use terms",
    "label_source": "expert MQM, side by side: the same 3 raters scored all 10 systems' outputs of a "
    "segment; score = -(weighted error count), averaged over the 3 raters; higher is better",
}
WMT21 = {
    "source": "wmt21-news-systems",
    "upstream": "wmt-conference/wmt21-news-systems@f41750d",
    "license": "WMT research use only",
    "label_source": "crowd direct assessment (WMT21) as DARR pairs: both outputs rated by N >= 2 crowd "
    "raters, mean raw 0-100 scores more than 25 points apart",
}
WMT22 = {
    "source": "wmt22-news-systems",
    "upstream": "wmt-conference/wmt22-news-systems@20240a2",
    "license": "WMT research use only",
    "label_source": "crowd direct assessment (WMT22) as DARR pairs: both outputs rated by N >= 2 crowd "
    "raters, mean raw 0-100 scores more than 25 points apart",
}


def _cap(
    items: list[dict[str, Any]], cap: int | None, seed: int, tally: Tally | None = None
) -> list[dict[str, Any]]:
    """A seeded, order-preserving sample of at most ``cap`` items (stable under upstream re-ordering)."""
    if cap is None or len(items) <= cap:
        return items
    keep = set(sorted((it["id"] for it in items), key=lambda i: hash_unit(seed, i))[:cap])
    if tally is not None:
        tally.record("cap", "items", len(items), cap, "seeded sample to the subset's size")
    return [it for it in items if it["id"] in keep]


def _prefix(subset: str) -> str:
    return f"translation/{subset}"


def mqm_newstest2021(
    data_dir: Path,
    lp: str,
    subset: str,
    kind: str = "rank",
    min_gap: float = 1.0,
    per_segment: int = 2,
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """Expert MQM on newstest2021 (``lp`` 'ende' or 'zhen'): per-segment rankings, or pairs with an
    MQM gap of at least ``min_gap`` points (``per_segment`` seeded pairs per segment)."""
    segments = read_mqm_joined(Path(data_dir) / "_derived" / f"mqm_newstest2021_{lp}_joined.jsonl")
    if kind == "rank":
        items = ranking_items(segments, _prefix(subset), MQM, seed, "mqm", tally)
    elif kind == "pairs":
        items = pair_items(segments, _prefix(subset), MQM, seed, "mqm", min_gap, per_segment, tally)
    else:
        raise ValueError(f"kind must be 'rank' or 'pairs', got {kind!r}")
    return _cap(items, cap, seed, tally)


def mqm_ted(
    data_dir: Path, lp: str, subset: str, seed: int = 0, cap: int | None = None, tally: Tally | None = None
) -> list[dict[str, Any]]:
    """Expert MQM on WMT21 TED talks (``lp`` 'ende' or 'zhen') as per-segment rankings."""
    segments = read_mqm_ted(Path(data_dir) / "wmt_mqm_google" / "ted" / lp, lp)
    return _cap(ranking_items(segments, _prefix(subset), MQM, seed, "mqm", tally), cap, seed, tally)


def mqm_wmt23(
    data_dir: Path, lp: str, subset: str, seed: int = 0, cap: int | None = None, tally: Tally | None = None
) -> list[dict[str, Any]]:
    """Side-by-side expert MQM of the WMT23 general task (``lp`` 'ende' or 'zhen') as per-segment
    rankings; three raters per output, so each item carries ``meta.rater_agreement``."""
    folder = Path(data_dir) / "wmt_mqm_google" / "generalMT2023" / lp
    archive = folder / f"sxs_mqm_generalMT2023_{lp}.3ratingsPerSegment.tsv.tar.gz"
    items = ranking_items(read_mqm_sxs(archive, lp), _prefix(subset), MQM_SXS, seed, "mqm", tally)
    return _cap(items, cap, seed, tally)


def wmt21_da(
    data_dir: Path,
    lp: str,
    subset: str,
    min_n: int = 2,
    min_raw_gap: float = 25.0,
    per_segment: int = 2,
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """WMT21 news into-English DA (e.g. 'ha-en', 'is-en') as DARR pairs (see mt_items.darr_items)."""
    segments = read_wmt21_da(Path(data_dir) / "wmt21_news_da", lp)
    items = darr_items(segments, _prefix(subset), WMT21, seed, min_n, min_raw_gap, per_segment, tally=tally)
    return _cap(items, cap, seed, tally)


def wmt22_da(
    data_dir: Path,
    lp: str,
    subset: str,
    domain: str,
    min_n: int = 2,
    min_raw_gap: float = 25.0,
    per_segment: int = 2,
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """WMT22 general-task into-English DA of one domain as DARR pairs (boilerplate found over all
    four domains, see mt_items.darr_items)."""
    segments = read_wmt22_da(Path(data_dir) / "wmt22_general_da", lp)
    items = darr_items(segments, _prefix(subset), WMT22, seed, min_n, min_raw_gap, per_segment, domain, tally)
    return _cap(items, cap, seed, tally)
