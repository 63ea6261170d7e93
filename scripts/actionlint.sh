#!/usr/bin/env bash
# Build actionlint (the GitHub Actions workflow linter) from its Go sources through the Go module proxy, at a
# pinned version, into a cache directory outside the repository, and reuse it when present: as
# scripts/pulumi-cli.sh does for the Pulumi CLI, with no download site and no prebuilt binary.
#
#   scripts/actionlint.sh                         # build or reuse; the last line on stdout is the binary's path
#   scripts/actionlint.sh examples/ci/github/*.yml  # build or reuse, then lint those files (actionlint's exit code)
#
# When linting, the shellcheck and pyflakes integrations are off (-shellcheck= -pyflakes=), so a finding does not
# depend on what else happens to be installed on the machine: the workflows' run: scripts are short and are
# exercised by hand, not linted.
#
# Environment:
#   AZURE_SRM_CACHE      cache root (default ${XDG_CACHE_HOME:-$HOME/.cache}/azure-srm)
#   ACTIONLINT_VERSION   the pinned version (default below; one the module proxy serves)
#   AZURE_SRM_REBUILD=1  rebuild even when the cached binary is present
set -euo pipefail

ACTIONLINT_VERSION="${ACTIONLINT_VERSION:-v1.7.12}"
cache="${AZURE_SRM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/azure-srm}"
dest="$cache/actionlint-$ACTIONLINT_VERSION"
bin="$dest/bin/actionlint"

log() { echo "actionlint: $*" >&2; }

# `go install module@version` stamps the module's version into the binary, and actionlint prints it first.
built_ok() {
    [ -x "$bin" ] && [ "$("$bin" -version 2>/dev/null | head -1)" = "$ACTIONLINT_VERSION" ]
}

if [ "${AZURE_SRM_REBUILD:-}" = 1 ] || ! built_ok; then
    command -v go >/dev/null || PATH="$PATH:/usr/local/go/bin"
    command -v go >/dev/null || { log "go is required to build actionlint"; exit 2; }
    mkdir -p "$dest"
    (
        flock 9 # one build at a time per cache; a second caller waits, then finds the binary
        if [ "${AZURE_SRM_REBUILD:-}" != 1 ] && built_ok; then exit 0; fi
        log "building actionlint $ACTIONLINT_VERSION from the Go module proxy into $dest/bin"
        started=$(date +%s)
        # GOTOOLCHAIN=local: never download another Go toolchain. GOFLAGS is cleared so that a caller's
        # -mod=... or the like does not reach `go install`.
        GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS= GOBIN="$dest/bin" \
            go install -trimpath -ldflags "-s -w" "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" >&2
        built_ok || { log "built actionlint, but 'actionlint -version' does not say $ACTIONLINT_VERSION"; exit 1; }
        {
            echo "version: $ACTIONLINT_VERSION"
            echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores with $(go version | cut -d' ' -f3-)"
            echo "time: $(($(date +%s) - started))s"
        } | tee "$dest/build-info.txt" >&2
    ) 9>"$dest/.lock"
fi

if [ $# -eq 0 ]; then
    echo "$bin"
    exit 0
fi
exec "$bin" -no-color -shellcheck= -pyflakes= "$@"
