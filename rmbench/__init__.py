"""rmbench: benchmark reward models on preference pairs, rankings and ratings, in and out of distribution."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "evaluate"]


def evaluate(*args: Any, **kwargs: Any) -> Any:
    """Score reward models on tasks; one run result per model (see :func:`rmbench.engine.run.evaluate`)."""
    from rmbench.engine.run import evaluate as _evaluate

    return _evaluate(*args, **kwargs)
