#!/usr/bin/env bash
# Installs what examples/azure-native-2x pins (@pulumi/azure-native 2.x, from its own lockfile) when it is missing
# or older than that lockfile: the tests scan it as a user's 2.x program. Run by `npm test` before the tests.
set -euo pipefail
cd "$(dirname "$0")/../examples/azure-native-2x"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
