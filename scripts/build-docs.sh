#!/usr/bin/env bash
# Builds the DocC catalog offline with the toolchain's own docc; fails on any warning (a broken symbol link, say).
#   bash scripts/build-docs.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/docs}"
graphs="$(mktemp -d)"
trap 'rm -rf "$graphs"' EXIT
swift package dump-symbol-graph --minimum-access-level public >/dev/null
# The core module's graph (and its extensions of other modules, if any); the frontends get catalogs of their own.
find .build -path '*symbolgraph*' \( -name 'InspectionKit.symbols.json' -o -name 'InspectionKit@*.symbols.json' \) -exec cp {} "$graphs" \;
[ -n "$(ls -A "$graphs")" ] || { echo "no symbol graph for InspectionKit was written" >&2; exit 1; }
docc convert DocsSource/InspectionKit.docc \
  --additional-symbol-graph-dir "$graphs" \
  --fallback-display-name InspectionKit --fallback-bundle-identifier org.inspectionkit.InspectionKit \
  --warnings-as-errors --output-path "$out"
echo "docs: $out"
