"""Items whose label says nowhere why it holds (no reason, flaw or label source)."""

from __future__ import annotations

from collections.abc import Sequence

from rmbench.items import Item


def missing_provenance(items: Sequence[Item]) -> list[str]:
    """Ids of items with neither ``meta.label_source`` nor a ``flaw``/``reason`` on each non-best response."""
    missing = []
    for item in items:
        if item.meta.get("label_source"):
            continue
        rm = item.response_meta
        if not rm or len(rm) != item.k:
            missing.append(item.id)
            continue
        top = max(item.gold)
        if any(
            g < top and not (m.get("flaw") or m.get("reason")) for g, m in zip(item.gold, rm, strict=True)
        ):
            missing.append(item.id)
    return missing
