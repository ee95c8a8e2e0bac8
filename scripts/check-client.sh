#!/usr/bin/env bash
# The typed Swift client: swift-openapi-generator's build plugin generates it from the served /openapi.json (linked
# into Sources/InspectionKitClient), the compiler checks it, and its tests read a live server's answers as typed values.
# The generator enters the manifest only under INSPECTIONKIT_CLIENT=1, so everyday builds do not pay for it.
#
#   bash scripts/check-client.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export INSPECTIONKIT_CLIENT=1
swift build --build-tests
swift test --skip-build --filter InspectionKitClientTests
