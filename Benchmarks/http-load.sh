#!/usr/bin/env bash
# Load benchmark of the HTTP API (issue #6): a mixed read/write workload against `inspect serve` beside Hummingbird's
# minimal route (/health) on the same server in the same run, with wrk on loopback. Reports requests per second and
# p99 latency of each and their ratio, fails on any error answer, and checks afterwards that every acknowledged
# write is in the store.
#
#   bash Benchmarks/http-load.sh [SECONDS]        (default 20 s each; needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
source Benchmarks/http/release-build.sh
PORT="${LOAD_PORT:-18124}"
STORE="$WORK/store"
"$INSPECT" demo "$STORE" --size small --lang en > /dev/null

# Writes go to the in-progress items of one inspected organization, by its head.
read -r WRITER ITEMS < <("$INSPECT" rectification list --store "$STORE" --as u-office-head --format json > "$WORK/items.json" \
  && "$INSPECT" inspection list --store "$STORE" --as u-office-head --format json > "$WORK/inspections.json" \
  && python3 - "$WORK" <<'PY'
import json, sys, collections
work = sys.argv[1]
items = json.load(open(f"{work}/items.json"))
targets = {i["id"]: i["targetID"] for i in json.load(open(f"{work}/inspections.json"))}
by_org = collections.defaultdict(list)
for item in items:
    if item["status"] == "inProgress":
        by_org[targets[item["inspectionID"]]].append(item["id"])
org, ids = max(by_org.items(), key=lambda kv: len(kv[1]))
print(f"head-{org}", ",".join(ids))
PY
)
token() { "$INSPECT" token issue "$1" --as u-office-head --store "$STORE" --format json | python3 -c "import json,sys; print(json.load(sys.stdin)['secret'])"; }
export LOAD_READER LOAD_WRITER LOAD_ITEMS
LOAD_READER="$(token u-office-head)"
LOAD_WRITER="$(token "$WRITER")"
LOAD_ITEMS="$ITEMS"
progressed() { "$INSPECT" audit show --store "$1" --as u-auditor --last 1000000 --format json | python3 -c "import json,sys; print(sum(1 for e in json.load(sys.stdin) if e['kind'] == 'rectification.progressed'))"; }
BEFORE=$(progressed "$STORE")

# Each phase starts the server on a fresh copy of the same store, so that every phase sees the same records (progress
# writes lengthen the items they touch, and an item read costs more the longer it is).
RUN="$WORK/run"
serve() {
  rm -rf "$RUN" && cp -a "$STORE" "$RUN"
  "$INSPECT" serve --store "$RUN" --host 127.0.0.1 --port "$PORT" > "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 0.2; done
}

# CPU accounting, so that a fall in one side's rate can be told apart from the machine running out of cores: the
# machine's busy and total ticks (all cores) and the server's own CPU ticks, before and after a phase.
snap() { echo "$(head -1 /proc/stat | awk '{t=0; for (i=2; i<=NF; i++) t+=$i; print t, t-$5-$6}') $(awk '{print $14+$15}' "/proc/$SERVER/stat")"; }

serve
MINIMAL=$(wrk -t2 -c32 -d"${DURATION}s" --latency -s Benchmarks/http/minimal.lua "http://127.0.0.1:$PORT/health" | grep RESULT)
stop
# Writes alone, then reads alone: the baselines the mixed run is compared with.
serve
CPU_W0=$(snap)
ALONE_W=$(wrk -t1 -c1 -d"${DURATION}s" --latency -s Benchmarks/http/writes.lua "http://127.0.0.1:$PORT" | grep RESULT)
CPU_W1=$(snap)
stop
STORED_ALONE=$(( $(progressed "$RUN") - BEFORE ))
serve
CPU_R0=$(snap)
ALONE_R=$(wrk -t2 -c31 -d"${DURATION}s" --latency -s Benchmarks/http/reads.lua "http://127.0.0.1:$PORT" | grep RESULT)
CPU_R1=$(snap)
stop
# Reads on 31 connections and writes on one, at the same time: the write side matches every answer to its request.
serve
wrk -t1 -c1 -d"${DURATION}s" --latency -s Benchmarks/http/writes.lua "http://127.0.0.1:$PORT" > "$WORK/writes.txt" &
WRITES=$!
CPU_M0=$(snap)
READS=$(wrk -t2 -c31 -d"${DURATION}s" --latency -s Benchmarks/http/reads.lua "http://127.0.0.1:$PORT" | grep RESULT)
CPU_M1=$(snap)
wait "$WRITES"
WRITTEN=$(grep RESULT "$WORK/writes.txt")
stop
AFTER=$(( $(progressed "$RUN") + STORED_ALONE ))

python3 - "$MINIMAL" "$READS" "$WRITTEN" "$BEFORE" "$AFTER" "$DURATION" "$ALONE_W" "$ALONE_R" \
  "$CPU_W0" "$CPU_W1" "$CPU_R0" "$CPU_R1" "$CPU_M0" "$CPU_M1" "$(nproc)" "$(getconf CLK_TCK)" <<'PY'
import re, sys
minimal, reads, written, before, after, duration, alone_w, alone_r = sys.argv[1:9]
cpu = [list(map(int, a.split())) for a in sys.argv[9:15]]
cores, tick = int(sys.argv[15]), int(sys.argv[16])
def usage(a, b):
    """(machine busy fraction, server cores, wall seconds) between two snapshots."""
    total, busy, server = (b[i] - a[i] for i in range(3))
    wall = total / cores / tick
    return busy / total, server / tick / wall, wall
def fields(line): return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}
m, r, w, aw, ar = fields(minimal), fields(reads), fields(written), fields(alone_w), fields(alone_r)
x = {"rps": r["rps"] + w["rps"], "writes_ok": w["writes_ok"], "errors": r["errors"] + w["errors"],
     "socket_errors": r["socket_errors"] + w["socket_errors"]}
stored = int(after) - int(before)
x["writes_ok"] += aw["writes_ok"]
print(f"HTTP load, wrk on loopback, 32 connections, {duration} s each, one run; each phase on a fresh copy of one store")
print(f"  minimal route /health      {m['rps']:>10,.0f} req/s   p99 {m['p99_ms']:.2f} ms")
print(f"  mixed API: reads (list, statistics, item) on 31 connections, progress writes on 1, together")
print(f"    reads                    {r['rps']:>10,.0f} req/s   p99 {r['p99_ms']:.2f} ms")
print(f"    writes (each fsync-ed)   {w['rps']:>10,.0f} req/s   p99 {w['p99_ms']:.2f} ms")
print(f"  alone: writes on 1 connection {aw['rps']:>8,.0f} req/s   p99 {aw['p99_ms']:.2f} ms;"
      f" reads on 31 {ar['rps']:>8,.0f} req/s   p99 {ar['p99_ms']:.2f} ms")
print(f"  writes under the read load keep {w['rps'] / aw['rps']:.2f} of their rate alone;"
      f" reads beside the writes keep {r['rps'] / ar['rps']:.2f} of theirs")
print(f"  ratio mixed / minimal      {x['rps'] / m['rps']:.3f} of the throughput, reads' p99 {r['p99_ms'] / m['p99_ms']:.1f}× the minimal p99")
print(f"  writes acknowledged {int(x['writes_ok'])}, in the store afterwards {stored} (the rest were in flight when wrk stopped);"
      f" error answers {int(x['errors'])}, socket errors {int(x['socket_errors'])}")
if x["errors"] > 0 or m["errors"] > 0 or x["socket_errors"] > 0 or aw["errors"] > 0 or ar["errors"] > 0:
    sys.exit("error answers under load")
# The one write in flight when each write run stops (alone, then mixed) may be stored without wrk counting its answer.
if stored < int(x["writes_ok"]) or stored > int(x["writes_ok"]) + 2:
    sys.exit(f"{int(x['writes_ok'])} writes were acknowledged but {stored} are in the store")
print("  every acknowledged write is in the store")
# Where the readers' lost rate went: if the machine is already busy with reads alone, every write's CPU comes out of
# the readers' share, and the readers can keep at most what the writes leave them.
(bw, sw, ww), (br, sr, wr), (bm, sm, wm) = usage(cpu[0], cpu[1]), usage(cpu[2], cpu[3]), usage(cpu[4], cpu[5])
per_write = sw / aw["rps"] * 1000
per_read = br * cores / ar["rps"] * 1000
given_up = max(0.0, ar["rps"] - r["rps"]) * per_read / 1000
print(f"  CPU ({cores} cores): reads alone keep the machine {br:.0%} busy (server {sr:.2f} cores, {per_read:.2f} ms of machine CPU a read);"
      f" writes alone {bw:.0%} (server {sw:.2f} cores, {per_write:.2f} ms of server CPU a write); together {bm:.0%} (server {sm:.2f} cores)")
print(f"  reads alone leave {(1 - br) * cores:.2f} cores idle, all the writes could have without taking from the readers;"
      f" beside {w['rps']:,.0f} writes/s the readers gave up {given_up:.2f} cores, {given_up / w['rps'] * 1000:.2f} ms of machine CPU a write")
PY
