"""Baseline reward-model training: Bradley-Terry on task train splits, checked against every test split.

``rmbench train`` (rmbench/cli/cmd_train.py) is the front end; :func:`train_reward_model` is the
library entry point. Torch and transformers are imported here, so the CLI imports this lazily.
"""

from rmbench.train.data import Pair, TrainingError, cap_pairs, gold_pairs, slice_by_source
from rmbench.train.presets import PRESETS, get_preset
from rmbench.train.recipe import SUMMARY_FILE, TrainOptions, train_reward_model
from rmbench.train.trainer import FitResult, RewardTrainer, TrainConfig

__all__ = [
    "PRESETS",
    "SUMMARY_FILE",
    "FitResult",
    "Pair",
    "RewardTrainer",
    "TrainConfig",
    "TrainOptions",
    "TrainingError",
    "cap_pairs",
    "get_preset",
    "gold_pairs",
    "slice_by_source",
    "train_reward_model",
]
