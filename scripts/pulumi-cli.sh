#!/usr/bin/env bash
# Build the Pulumi CLI from its Go sources (through the Go module proxy, no download site, no prebuilt
# binary) at a pinned version into a cache directory outside the repository, and reuse it when present.
#
#   scripts/pulumi-cli.sh            # build or reuse; the last line on stdout is the bin directory
#   export PATH="$(scripts/pulumi-cli.sh | tail -1):$PATH"
#
# The bin directory holds:
#   pulumi                        the CLI (github.com/pulumi/pulumi/pkg/v3/cmd/pulumi)
#   pulumi-analyzer-policy        the shim the CLI looks for on PATH to run a Node.js policy pack when no
#                                 Node.js language host is installed (see NewPolicyAnalyzer in
#                                 pkg/resource/deploy/plugins or sdk/go/common/resource/plugin/analyzer_plugin.go)
#   pulumi-language-nodejs        a minimal stand-in Node.js language host (e2e/langhost), because the real
#                                 one's module is not served by the Go module proxy here
#   pulumi-resource-azure-native  a stand-in provider that echoes inputs (e2e/provider); no Azure, no network
#
# Environment:
#   AZURE_SRM_CACHE   cache root (default ${XDG_CACHE_HOME:-$HOME/.cache}/azure-srm)
#   PULUMI_CLI_VERSION  the pinned version (default below); pkg/v3 and sdk/v3 are required at the same one
#   AZURE_SRM_REBUILD=1 rebuild even when the cached binaries are present
set -euo pipefail

PULUMI_CLI_VERSION="${PULUMI_CLI_VERSION:-v3.274.1}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
cache="${AZURE_SRM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/azure-srm}"
dest="$cache/pulumi-$PULUMI_CLI_VERSION"
bin="$dest/bin"
# The stand-ins are rebuilt when their sources change; their hash names the stamp.
stand_in_hash="$({ cat "$repo"/e2e/langhost/*.go "$repo"/e2e/provider/*.go "$repo/e2e/pulumi-analyzer-policy" \
    "$repo/scripts/pulumi-cli.sh" 2>/dev/null || true; } | sha256sum | cut -c1-16)"

log() { echo "pulumi-cli: $*" >&2; }

cli_ok() {
    [ -x "$bin/pulumi" ] && [ "$("$bin/pulumi" version 2>/dev/null)" = "$PULUMI_CLI_VERSION" ]
}
stand_ins_ok() {
    [ -x "$bin/pulumi-language-nodejs" ] && [ -x "$bin/pulumi-resource-azure-native" ] &&
        [ -x "$bin/pulumi-analyzer-policy" ] && [ -f "$dest/stand-ins.$stand_in_hash" ]
}

if [ "${AZURE_SRM_REBUILD:-}" != 1 ] && cli_ok && stand_ins_ok; then
    log "reusing $bin ($("$bin/pulumi" version))"
    echo "$bin"
    exit 0
fi

command -v go >/dev/null || { log "go is required (Go >= 1.26)"; exit 2; }
mkdir -p "$dest" "$bin"
# One build at a time per cache (a second caller waits, then finds the binaries).
exec 9>"$dest/.lock"
flock 9

export GOTOOLCHAIN=local GOFLAGS="${GOFLAGS:-} -mod=mod" CGO_ENABLED=0
gomodcache="$(go env GOMODCACHE)"
modcache_before_kb=$(du -sk "$gomodcache" 2>/dev/null | cut -f1 || echo 0)
started=$(date +%s)

# A small wrapper module (never in the repository): it requires pkg/v3 and sdk/v3 at the same version.
# `go install module@version` refuses pkg/v3 because its go.mod has replace directives; the relative one
# (sdk/v3 => ../sdk) is what the wrapper's require stands for, the others are copied over.
src="$dest/src"
mkdir -p "$src"
ldflags="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_CLI_VERSION"

if [ "${AZURE_SRM_REBUILD:-}" = 1 ] || ! cli_ok; then
    log "building pulumi $PULUMI_CLI_VERSION from the Go module proxy into $bin (takes a while on 2 cores)"
    gomod_file="$(cd "$src" && go mod download -json "github.com/pulumi/pulumi/pkg/v3@$PULUMI_CLI_VERSION" |
        sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')"
    [ -f "$gomod_file" ] || { log "could not download pkg/v3@$PULUMI_CLI_VERSION's go.mod"; exit 1; }
    go_directive="$(sed -n 's/^go \([0-9.]*\)$/\1/p' "$gomod_file" | head -1)"
    {
        echo "module azure-srm.local/pulumi-cli"
        echo
        echo "go ${go_directive:-1.26}"
        echo
        echo "require ("
        echo "	github.com/pulumi/pulumi/pkg/v3 $PULUMI_CLI_VERSION"
        echo "	github.com/pulumi/pulumi/sdk/v3 $PULUMI_CLI_VERSION"
        echo ")"
        echo
        # Single-line replace directives whose target is a module (not a relative path).
        grep -E '^replace [^ ]+( v[^ ]+)? => [^./][^ ]* v[^ ]+$' "$gomod_file" || true
    } >"$src/go.mod"
    rm -f "$src/go.sum"
    log "wrapper go.mod:"
    sed 's/^/    /' "$src/go.mod" >&2
    (cd "$src" && go get -tool "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi@$PULUMI_CLI_VERSION" >&2)
    (cd "$src" && go build -trimpath -ldflags "$ldflags" -o "$bin/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi >&2)
    cli_ok || { log "built pulumi, but 'pulumi version' does not say $PULUMI_CLI_VERSION"; exit 1; }
fi

# The stand-ins: Go programs in this repository built against the same sdk/v3 (already in the module
# cache), plus the analyzer shim, which is shell.
if [ "${AZURE_SRM_REBUILD:-}" = 1 ] || ! stand_ins_ok; then
    for dir in langhost provider; do
        [ -f "$repo/e2e/$dir/main.go" ] || continue
        work="$dest/stand-in-$dir"
        rm -rf "$work" && mkdir -p "$work"
        cp "$repo"/e2e/"$dir"/*.go "$work"/
        cp "$src/go.mod" "$work/go.mod"
        sed -i 's#^module .*#module azure-srm.local/stand-in-'"$dir"'#' "$work/go.mod"
        cp "$src/go.sum" "$work/go.sum"
        (cd "$work" && go mod tidy >&2)
        case "$dir" in
        langhost) out=pulumi-language-nodejs ;;
        provider) out=pulumi-resource-azure-native ;;
        esac
        (cd "$work" && go build -trimpath -ldflags "-s -w" -o "$bin/$out" . >&2)
    done
    install -m 0755 "$repo/e2e/pulumi-analyzer-policy" "$bin/pulumi-analyzer-policy"
    rm -f "$dest"/stand-ins.*
    touch "$dest/stand-ins.$stand_in_hash"
fi

elapsed=$(($(date +%s) - started))
modcache_after_kb=$(du -sk "$gomodcache" 2>/dev/null | cut -f1 || echo 0)
{
    echo "version: $("$bin/pulumi" version)"
    echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) in ${elapsed}s on $(nproc) cores ($(go version))"
    echo "cache: $(du -sh "$dest" | cut -f1) in $dest"
    echo "go module cache growth: $(((modcache_after_kb - modcache_before_kb) / 1024)) MiB ($gomodcache)"
    echo "go build cache: $(du -sh "$(go env GOCACHE)" 2>/dev/null | cut -f1) ($(go env GOCACHE))"
} | tee "$dest/build-info.txt" >&2
echo "$bin"
