#!/usr/bin/env bash
# The GPU run (benchmarks/gpu_run.py): make sure its Python packages are there, then measure.
# Figures go to the folder given as the first argument, else $OUT, else benchmarks/results.
# Offline machines: carry wheels in .whl/ (see the device notes); online ones pip-install what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-${OUT:-benchmarks/results}}"
shift || true
PY="${PYTHON:-python3}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1
missing=$("$PY" -c '
import importlib.util
need = {"torch": "torch", "transformers": "transformers", "tokenizers": "tokenizers", "numpy": "numpy",
        "scipy": "scipy", "yaml": "pyyaml", "tabulate": "tabulate", "tqdm": "tqdm", "sacrebleu": "sacrebleu",
        "pyarrow": "pyarrow"}
print(" ".join(pkg for mod, pkg in need.items() if importlib.util.find_spec(mod) is None))')
if [ -n "$missing" ]; then
  if compgen -G ".whl/*.whl" >/dev/null; then
    "$PY" -m pip install -q --no-index --no-deps --target /tmp/rmbench-site .whl/*.whl
    export PYTHONPATH="/tmp/rmbench-site:$PYTHONPATH"
  else
    "$PY" -m pip install -q $missing
  fi
fi
"$PY" -c 'import torch; print("torch", torch.__version__, "cuda", torch.cuda.is_available())'
exec "$PY" benchmarks/gpu_run.py --out "$out" "$@"
