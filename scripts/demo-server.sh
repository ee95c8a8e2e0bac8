# Sourced by the scripts that test a live server: builds `inspect`, writes a small sample store into a scratch folder
# (its keys beside it, outside the store) and serves it on loopback at $PORT; the server stops and the folder goes
# when the script exits. Sets INSPECT, WORK and SERVER. Set PORT before sourcing; call `demo_server_start` after any
# step that must see the store before the server opens it.
swift build --product inspect > /dev/null
INSPECT="$(swift build --show-bin-path)/inspect"
WORK="$(mktemp -d)"
export INSPECT_KEYS="$WORK/keys"
SERVER=""
trap 'if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
"$INSPECT" demo "$WORK/store" --size small --lang en > /dev/null

demo_server_start() {
  "$INSPECT" serve --store "$WORK/store" --host 127.0.0.1 --port "$PORT" > "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && return 0
    sleep 0.2
  done
  echo "the server did not start:" >&2
  tail -20 "$WORK/server.log" >&2
  return 1
}
