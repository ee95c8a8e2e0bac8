# Sourced by the load benchmarks: installs wrk when missing (as root, from Debian's packages), builds `inspect` in
# release, and makes a scratch folder for the run with the stores' keys in it, outside every store; a server started
# into SERVER is interrupted, and the folder removed, when the script exits. Sets INSPECT, WORK and SERVER.
if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk > /dev/null; else echo "install wrk first (apt-get install wrk)" >&2; exit 1; fi
fi
swift build -c release --product inspect > /dev/null
INSPECT="$(swift build -c release --show-bin-path)/inspect"
WORK="$(mktemp -d)"
export INSPECT_KEYS="$WORK/keys"
SERVER=""
stop() { if [ -n "$SERVER" ]; then kill -INT "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi; }
trap 'stop; rm -rf "$WORK"' EXIT
