#!/usr/bin/env bash
# Train the project's MiniLM baseline reward models: one per domain with a train split, and one on
# all of them (presets minilm-qa, minilm-translation, minilm-code, minilm-all; see
# rmbench/train/presets.py). Each takes 2-10 minutes on 2 CPU cores.
#
#   scripts/train_baselines.sh [OUT_DIR]      checkpoints in OUT_DIR/minilm-<domain> (default runs/train)
#
# Then score them into the leaderboard, e.g.
#   EXTRA_MODELS="hf:runs/train/minilm-qa hf:runs/train/minilm-all" scripts/build_leaderboard.sh --rerun
# Environment: RMBENCH_DATA_DIR (default ../shared/data), DOMAINS (default "qa translation code all").
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-runs/train}
DATA_DIR=${RMBENCH_DATA_DIR:-../shared/data}
for domain in ${DOMAINS:-qa translation code all}; do
  python -m rmbench train --preset "minilm-$domain" --data-dir "$DATA_DIR" --out "$OUT/minilm-$domain" --overwrite --no-progress
done
