"""How a figure is written, once for the console, the Markdown tables and the HTML page.

A figure is a dict with ``value``, ``ci_low`` and ``ci_high`` (None or NaN when undefined).
Shares are written in percent, differences of shares in signed percentage points, correlations
with three decimals; the interval follows in brackets.
"""

from __future__ import annotations

import math
from typing import Any, TypeGuard


def finite(x: Any) -> TypeGuard[float]:
    """A real number that is not NaN or infinite (an int counts; a bool does not)."""
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def share(x: Any) -> str:
    """``72.3%``, or n/a."""
    return f"{100 * x:.1f}%" if finite(x) else "n/a"


def figure_text(fig: dict[str, Any] | None, fmt: str = "percent", *, signed: bool = False) -> str:
    """``72.3 [60.1, 83.0]`` (percent), ``+3.2 [-1.0, +7.5]`` (signed points), ``+0.412 [...]``
    (correlation)."""
    if not fig or not finite(fig.get("value")):
        return "n/a"
    if fmt == "correlation":
        scale, spec = 1.0, "+.3f"
    else:
        scale, spec = 100.0, "+.1f" if signed else ".1f"
    text = format(scale * fig["value"], spec)
    if finite(fig.get("ci_low")) and finite(fig.get("ci_high")):
        text += f" [{format(scale * fig['ci_low'], spec)}, {format(scale * fig['ci_high'], spec)}]"
    return text


def number_text(x: Any, fmt: str = "percent") -> str:
    """A bare value (a chance level, a ceiling's point value): ``50.0`` or ``+0.000``."""
    if not finite(x):
        return "n/a"
    return f"{x:+.3f}" if fmt == "correlation" else f"{100 * x:.1f}"
