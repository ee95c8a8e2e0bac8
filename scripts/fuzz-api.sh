#!/usr/bin/env bash
# Starts `inspect serve` on loopback over a fresh sample store and runs schemathesis (from PyPI) against its
# /openapi.json: every response must be documented, match its schema and content type, and none may be a 5xx.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.build/fuzz-venv
if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet schemathesis
fi
PORT="${FUZZ_PORT:-18123}"
source scripts/demo-server.sh
SECRET=$("$INSPECT" token issue u-office-head --as u-office-head --store "$WORK/store" --format json \
  | python3 -c "import json,sys; print(json.load(sys.stdin)['secret'])")
demo_server_start
"$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/openapi.json" -H "Authorization: Bearer $SECRET" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  -n 80 --generation-deterministic > "$WORK/schemathesis.log" 2>&1 || {
    # Show which operations failed, with their reproductions, not only the summary.
    sed -n '/^=* FAILURES =*/,/^=* SUMMARY =*/p' "$WORK/schemathesis.log" | head -120 >&2
    tail -25 "$WORK/schemathesis.log" >&2
    exit 1
  }
tail -25 "$WORK/schemathesis.log"
GENERATED=$(grep -oE '[0-9]+ generated' "$WORK/schemathesis.log" | grep -oE '[0-9]+' | tail -1)
if [ "${GENERATED:-0}" -lt 1000 ]; then
  echo "schemathesis generated only ${GENERATED:-0} requests; at least 1,000 are required" >&2
  exit 1
fi
if grep -qE ' → 5[0-9][0-9]' "$WORK/server.log"; then
  echo "the server answered with a 5xx:" >&2
  grep -E ' → 5[0-9][0-9]' "$WORK/server.log" | head >&2
  exit 1
fi
echo "schemathesis: $GENERATED requests, no 5xx, every response as documented"
