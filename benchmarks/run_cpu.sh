#!/usr/bin/env bash
# Every CPU figure in benchmarks/results, in the order they were measured (niced: the CPU is shared).
# Most sizes are samples of the workloads so that each comparison fits in minutes on a 2-core
# machine; the two "whole" lines take the whole workloads. Each script records its machine and load.
set -euo pipefail
cd "$(dirname "$0")"
export HF_HUB_OFFLINE=1
export PYTHONPATH="$(cd .. && pwd)${PYTHONPATH:+:$PYTHONPATH}"
run() { nice -n 10 python "$@"; }
R=results
run bench_workloads.py --workload prompt_heavy --model smollm2-logprob --sides engine,unshared --sample 4 --repeats 2 --out $R/prompt_heavy_smollm2_logprob.json
run bench_workloads.py --workload prompt_heavy --model smollm2-cls --sides engine,naive,unshared --sample 4 --repeats 2 --out $R/prompt_heavy_smollm2_cls.json
run bench_workloads.py --workload suite --model minilm --sides engine,naive,forward,unpooled --sample 3 --repeats 2 --out $R/suite_minilm.json
run bench_workloads.py --workload suite --model minilm --sides engine,naive,forward,unpooled --sample 8 --repeats 2 --out $R/suite_minilm_sample8.json
run bench_workloads.py --workload mqm --model minilm --sides engine,naive,forward,unpooled --sample 40 --repeats 2 --out $R/mqm_minilm.json
# the whole workloads (about an hour for the suite: 16,140 distinct requests, one run per side)
run bench_workloads.py --workload suite --model minilm --sides engine,naive --repeats 1 --out $R/suite_minilm_whole.json
run bench_workloads.py --workload mqm --model minilm --sides engine,naive,forward --repeats 2 --out $R/mqm_minilm_all.json
run bench_workloads.py --workload suite --model smollm2-cls --sides engine,naive,unshared --sample 1 --repeats 2 --out $R/suite_smollm2_cls.json
run bench_workloads.py --workload suite --model llama-small-cls --sides engine,naive,unshared --sample 8 --repeats 2 --out $R/suite_llama_small_cls.json
run bench_workloads.py --workload mqm --model minilm --sides engine,bf16 --sample 10 --repeats 1 --out $R/mqm_minilm_bf16.json
run bench_length_1m.py --pairs 1000000 --stages --out $R/length_1m.json
