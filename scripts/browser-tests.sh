#!/usr/bin/env bash
# The workbench in a real browser: installs Debian's Chromium and chromedriver and, from PyPI, Selenium and
# axe-selenium-python (each only when missing), starts `inspect serve` on loopback over a fresh sample store, and runs
# scripts/browser_tests.py: each role signs in and does its work through the pages, refusals are checked, axe-core must
# find no serious or critical violation on any page, and screenshots of the main pages at 1366×768 and 390×844 are
# written to SCREENSHOTS (default .build/screenshots), CI's artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
  if [ "$(id -u)" = 0 ]; then APT=(apt-get); else APT=(sudo apt-get); fi
  "${APT[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y -qq chromium chromium-driver fonts-noto-cjk > /dev/null
fi
VENV=.build/browser-venv
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import selenium, axe_selenium_python" 2> /dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "selenium>=4.20" axe-selenium-python
fi
PORT="${BROWSER_PORT:-18124}"
SHOTS="${SCREENSHOTS:-.build/screenshots}"
mkdir -p "$SHOTS"
source scripts/demo-server.sh
demo_server_start
"$VENV/bin/python" scripts/browser_tests.py --base "http://127.0.0.1:$PORT" --store "$WORK/store" --inspect "$INSPECT" --screenshots "$SHOTS" || {
  tail -20 "$WORK/server.log" >&2
  exit 1
}
