#!/usr/bin/env bash
# Load benchmark of the workbench's pages (issue #14): the overview (/dashboard) and the rectification ledger
# (/rectification), rendered for the signed-in office head over the standard sample district, beside Hummingbird's
# minimal route (/health) on the same server in the same run, with wrk on loopback. Reports requests per second and p99
# latency of each and the ratio to the minimal route; fails on any error answer or a page that is not the page. Then
# the ledger again on a server with two network threads instead of the default (half the cores), to show why the
# default is what it is.
#
#   bash Benchmarks/workbench-load.sh [SECONDS] [CONNECTIONS]     (default 15 s, 8 connections; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-15}"
CONNECTIONS="${2:-8}"
source Benchmarks/http/release-build.sh
PORT="${LOAD_PORT:-18125}"
"$INSPECT" demo "$WORK/store" --size standard --lang en > /dev/null
start() {
  "$INSPECT" serve --store "$WORK/store" --host 127.0.0.1 --port "$PORT" "$@" > "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 0.2; done
}
start

# Sign in as the office head through the sign-in form, as a browser does; prints the session.
sign_in() {
  local jar="$WORK/cookies" token
  rm -f "$jar"
  token=$(curl -sf -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/sign-in" | grep -o 'name="formToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "account=u-office-head" --data-urlencode "password=qingxi-demo-2026" \
    --data-urlencode "formToken=$token" "http://127.0.0.1:$PORT/sign-in"
  awk '$6 == "ik_session" {print $7}' "$jar"
}
SESSION=$(sign_in)
[ -n "$SESSION" ] || { echo "could not sign in" >&2; exit 1; }
for page in dashboard rectification; do
  curl -sf -H "Cookie: ik_session=$SESSION" "http://127.0.0.1:$PORT/$page" | grep -q '<h1>' || { echo "/$page did not render" >&2; exit 1; }
done

run() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s Benchmarks/http/minimal.lua -H "Cookie: ik_session=$SESSION" "http://127.0.0.1:$PORT/$1" | grep RESULT; }
MINIMAL=$(run health)
DASHBOARD=$(run dashboard)
LEDGER=$(run rectification)
stop
start --network-threads 2
SESSION2=$(sign_in)
LEDGER2=$(SESSION="$SESSION2" run rectification)
stop
ITEMS=$("$INSPECT" rectification list --store "$WORK/store" --as u-auditor --format json 2> /dev/null | python3 -c "import json,sys; print(len(json.load(sys.stdin)))" || echo "?")
python3 - "$MINIMAL" "$DASHBOARD" "$LEDGER" "$DURATION" "$CONNECTIONS" "$ITEMS" "$LEDGER2" "$(nproc)" <<'PY'
import re, sys
minimal, dashboard, ledger, duration, connections, items, ledger2, cores = sys.argv[1:9]
def fields(line): return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}
m, d, l, l2 = fields(minimal), fields(dashboard), fields(ledger), fields(ledger2)
print(f"Workbench pages, wrk on loopback, {connections} connections, {duration} s each, one run, standard sample district ({items} items), release build")
print(f"  minimal route /health            {m['rps']:>9,.0f} req/s   p99 {m['p99_ms']:7.2f} ms")
print(f"  overview /dashboard (office head) {d['rps']:>8,.0f} req/s   p99 {d['p99_ms']:7.2f} ms   {d['rps'] / m['rps']:.3f} of the minimal rate, p99 {d['p99_ms'] / m['p99_ms']:.1f}x")
print(f"  ledger /rectification (office)   {l['rps']:>9,.0f} req/s   p99 {l['p99_ms']:7.2f} ms   {l['rps'] / m['rps']:.3f} of the minimal rate, p99 {l['p99_ms'] / m['p99_ms']:.1f}x")
print(f"  the ledger with two network threads instead of {max(1, int(cores) // 2)}: {l2['rps']:,.0f} req/s   p99 {l2['p99_ms']:7.2f} ms   "
      f"(p99 {l2['p99_ms'] / l['p99_ms']:.1f}x the default's)")
if m["errors"] or d["errors"] or l["errors"] or l2["errors"]:
    sys.exit("error answers under load")
worst = max(d["p99_ms"], l["p99_ms"])
print(f"  the slower page's p99 is {worst:.1f} ms: " + ("within" if worst < 50 else "over") + " the 50 ms the workbench aims for")
PY
