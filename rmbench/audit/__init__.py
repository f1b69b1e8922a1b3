"""Data audit: does a subset measure what it claims, or can shallow cues solve it?

Run before trusting a subset (and as the quality gate of built-in data). One module per job:
``heuristics`` (content-blind and shallow rules), ``probe`` (length baseline, response-only
probe), ``ngram``/``corpora``/``lm_probes`` (prompt-free language-model probes on held-out
reference text), ``panel`` (all of them scored as pairwise accuracy with cluster intervals, the
65% flag), ``duplicates`` (repeated items, conflicting labels, near-identical pairs),
``provenance`` (labels that say nowhere why they hold), ``report`` (one subset's audit and the
gate), ``render`` (console and markdown tables).
"""

from rmbench.audit.duplicates import conflicting_duplicates, find_duplicates, near_duplicate_pairs
from rmbench.audit.panel import FLAG_THRESHOLD, HeuristicResult, run_panel
from rmbench.audit.probe import artifact_probe, length_baseline
from rmbench.audit.provenance import missing_provenance
from rmbench.audit.report import AuditReport, audit_items, gate_failures, panel_flags
from rmbench.audit.text import tokens

__all__ = [
    "FLAG_THRESHOLD",
    "AuditReport",
    "HeuristicResult",
    "artifact_probe",
    "audit_items",
    "conflicting_duplicates",
    "find_duplicates",
    "gate_failures",
    "length_baseline",
    "missing_provenance",
    "near_duplicate_pairs",
    "panel_flags",
    "run_panel",
    "tokens",
]
