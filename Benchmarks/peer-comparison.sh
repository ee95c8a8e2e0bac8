#!/usr/bin/env bash
# The peer comparison on the workload of Benchmarks/README.md: generates the data set, runs Q1–Q5 in InspectionKit, DuckDB (1 thread) and
# SQLite (covering indexes), checks the rows agree, and prints times and ratios — with the workload's plain C loop over
# narrow columns timed beside them, the floor a scan reaches on this machine.
#
#   bash Benchmarks/peer-comparison.sh [N]          (N defaults to 10,000,000; PEER_NO_SQLITE=1 skips SQLite)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000000}"
DATA="${PEER_DATA:-.build-bench/peer-data}"
VENV=".build-bench/peer-venv"

if [ ! -x "$VENV/bin/python" ]; then
  mkdir -p .build-bench
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet numpy polars duckdb
fi
if [ ! -f "$DATA/findings_${N}.jsonl" ] || [ ! -f "$DATA/findings_${N}.csv" ]; then
  "$VENV/bin/python" Benchmarks/peer/gen.py "$N" "$DATA"
fi
cc -O2 -o .build-bench/plainloop Benchmarks/peer/plainloop.c
INSPECTIONKIT_BENCHMARKS=1 swift build -c release --scratch-path .build-bench --product FindingWorkload >&2
extra=(--plain-loop .build-bench/plainloop)
if [ -n "${PEER_NO_SQLITE:-}" ]; then extra+=(--no-sqlite); fi
"$VENV/bin/python" Benchmarks/peer/compare.py "$DATA" "$N" .build-bench/release/FindingWorkload "${extra[@]}"
