#!/usr/bin/env bash
# Builds the DocC catalog of every library target offline with the toolchain's own docc, one site per module under
# OUTPUT_DIR; fails on any warning (a broken symbol link, say).
#   bash scripts/build-docs.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/docs}"
mkdir -p "$out"
graphs="$(mktemp -d)"
trap 'rm -rf "$graphs"' EXIT
swift package dump-symbol-graph --minimum-access-level public >/dev/null
for module in InspectionKit InspectionKitJSON InspectionKitHTTP InspectionKitWeb InspectionKitSamples InspectionKitFlatTables; do
  mkdir -p "$graphs/$module"
  # The module's graph and its extensions of other modules, if any.
  find .build -path '*symbolgraph*' \( -name "$module.symbols.json" -o -name "$module@*.symbols.json" \) -exec cp {} "$graphs/$module" \;
  [ -n "$(ls -A "$graphs/$module")" ] || { echo "no symbol graph for $module was written" >&2; exit 1; }
  [ -d "DocsSource/$module.docc" ] || { echo "DocsSource/$module.docc is missing: every library target has a catalog" >&2; exit 1; }
  docc convert "DocsSource/$module.docc" \
    --additional-symbol-graph-dir "$graphs/$module" \
    --fallback-display-name "$module" --fallback-bundle-identifier "org.inspectionkit.$module" \
    --warnings-as-errors --output-path "$out/$module"
done
echo "docs: $out/<module>"
