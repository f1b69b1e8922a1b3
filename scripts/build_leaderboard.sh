#!/usr/bin/env bash
# Rebuild the project's leaderboard/ (see leaderboard/README.md): the pages from the committed runs,
# or with --rerun every run of leaderboard/runs.yaml first. All options: scripts/build_leaderboard.py --help.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python scripts/build_leaderboard.py "$@"
