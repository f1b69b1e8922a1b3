"""Every threshold a report or leaderboard judges by, in one table (each with why it is what it is)."""

from __future__ import annotations

TRUNCATION_LIMIT = (
    0.05  # share of requests whose prompt was cut: above it the model did not see whole prompts
)
TIE_LIMIT = 0.10  # share of gold-ordered pairs scored exactly equal: above it scores are coarse or saturated
LENGTH_WINS = 0.60  # a length baseline above this means the data rewards length
LENGTH_SKEW = 0.60  # share of different-length pairs where the better response is the longer
MIN_CLUSTERS = 20  # fewer independent sources than this: intervals are wide, the subset cannot rank models
POSITION_CONSISTENCY = (
    0.5  # a pairwise judge whose verdict survives an order swap less often judges by position
)
CONFIDENCE = 0.95  # every interval
ALPHA = 0.05  # every significance test (after Holm adjustment within a table)
