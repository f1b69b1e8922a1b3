"""One subset's audit: the artifact panel, duplicates, provenance, and the built-in quality gate."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmbench.audit.duplicates import (
    Conflict,
    NearPair,
    conflicting_duplicates,
    find_duplicates,
    near_duplicate_pairs,
)
from rmbench.audit.panel import FLAG_THRESHOLD, HeuristicResult, run_panel
from rmbench.audit.provenance import missing_provenance
from rmbench.items import Item
from rmbench.metrics import Estimate

_NONE = Estimate(float("nan"), float("nan"), float("nan"), 0)


@dataclass
class AuditReport:
    name: str
    n_items: int
    length_baseline: Estimate
    artifact_probe: Estimate
    exact_duplicates: list[list[str]] = field(default_factory=list)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    missing_provenance: list[str] = field(default_factory=list)
    panel: list[HeuristicResult] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    near_pairs: list[NearPair] = field(default_factory=list)

    @property
    def flagged(self) -> list[HeuristicResult]:
        """The heuristics whose direction-free accuracy exceeds the flag threshold."""
        return [h for h in self.panel if h.flagged]

    def heuristic(self, name: str) -> HeuristicResult:
        for h in self.panel:
            if h.name == name:
                return h
        raise KeyError(f"no heuristic {name!r} in the panel of {self.name}")

    def to_dict(self) -> dict[str, Any]:
        kinds = Counter(p.kind for p in self.near_pairs)
        return {
            "name": self.name,
            "n_items": self.n_items,
            "flag_threshold": FLAG_THRESHOLD,
            "flagged": [h.name for h in self.flagged],
            "panel": [h.to_dict() for h in self.panel],
            "length_baseline": self.length_baseline.to_dict(),
            "artifact_probe": self.artifact_probe.to_dict(),
            "conflicting_duplicates": {
                "count": len(self.conflicts),
                "opposite": sum(c.kind == "opposite" for c in self.conflicts),
                "different": sum(c.kind == "different" for c in self.conflicts),
                "items": sorted({i for c in self.conflicts for i in c.ids}),
                "list": [c.to_dict() for c in self.conflicts],
            },
            "near_duplicate_pairs": {
                "count": len(self.near_pairs),
                **{k: kinds.get(k, 0) for k in ("identical", "punctuation", "near")},
                "list": [p.to_dict() for p in self.near_pairs],
            },
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": [list(x) for x in self.near_duplicates],
            "missing_provenance": self.missing_provenance,
        }


def audit_items(
    name: str,
    items: Sequence[Item],
    seed: int = 0,
    *,
    domain: str | None = None,
    data_dir: Path | None = None,
    lm_probe: str | None = None,
    n_resamples: int = 1000,
) -> AuditReport:
    """Audit one subset's items (see :func:`rmbench.audit.panel.run_panel` for the options)."""
    panel = run_panel(
        items, domain=domain, data_dir=data_dir, lm_probe=lm_probe, seed=seed, n_resamples=n_resamples
    )
    by_name = {h.name: h for h in panel}
    duplicates = find_duplicates(items)
    return AuditReport(
        name=name,
        n_items=len(items),
        length_baseline=by_name["length"].estimate or _NONE,
        artifact_probe=by_name["response_probe"].estimate or _NONE,
        exact_duplicates=duplicates["exact"],
        near_duplicates=duplicates["near"],
        missing_provenance=missing_provenance(items),
        panel=panel,
        conflicts=conflicting_duplicates(items),
        near_pairs=near_duplicate_pairs(items, code=domain == "code"),
    )


GATE_LENGTH = (0.40, 0.60)
GATE_PROBE = 0.65


def gate_failures(report: AuditReport) -> list[str]:
    """The built-in quality gate for in-distribution subsets (length 40-60%, probe <= 65%)."""
    problems = []
    lb = report.length_baseline.value
    if not (GATE_LENGTH[0] <= lb <= GATE_LENGTH[1]):
        problems.append(
            f"{report.name}: length baseline {lb:.1%} outside {GATE_LENGTH[0]:.0%}-{GATE_LENGTH[1]:.0%}"
        )
    if report.artifact_probe.value > GATE_PROBE:
        problems.append(
            f"{report.name}: artifact probe {report.artifact_probe.value:.1%} above {GATE_PROBE:.0%}"
        )
    return problems


def panel_flags(report: AuditReport) -> list[str]:
    """One line per heuristic of the panel whose direction-free accuracy exceeds the threshold."""
    return [
        f"{report.name}: {h.name} {h.value:.1%} (direction-free {h.direction_free:.1%} > {FLAG_THRESHOLD:.0%})"
        for h in report.flagged
    ]
