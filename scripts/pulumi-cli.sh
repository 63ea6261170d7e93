#!/usr/bin/env bash
# Build the Pulumi CLI from its Go sources (through the Go module proxy, no download site, no prebuilt
# binary) at a pinned version into a cache directory outside the repository, and reuse it when present.
#
#   scripts/pulumi-cli.sh            # build or reuse; the last line on stdout is the bin directory
#   export PATH="$(scripts/pulumi-cli.sh | tail -1):$PATH"
#
# The bin directory holds:
#   pulumi                        the CLI (github.com/pulumi/pulumi/pkg/v3/cmd/pulumi)
#   pulumi-language-nodejs        a minimal stand-in Node.js language host (e2e/langhost). The real one's
#                                 module is refused by the Go module proxy here, and this CLI needs a
#                                 language host even for `pulumi policy analyze`: pkg/v3's NewPolicyAnalyzer
#                                 boots a Node.js pack through the runtime's RunPlugin, with no fallback to the
#                                 old pulumi-analyzer-policy shim (only the deprecated copy in sdk/v3 has one).
# and, beside it, ../test-plugins holds
#   pulumi-resource-azure-native  a stand-in provider that echoes inputs (e2e/provider); no Azure, no network.
#                                 Only the tests put it on PATH: a real deployment must never find it.
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
test_plugins="$dest/test-plugins"
# The stand-ins are rebuilt when their sources change; their hash names the stamp.
stand_in_hash="$({ cat "$repo"/e2e/langhost/*.go "$repo"/e2e/provider/*.go "$repo/scripts/pulumi-cli.sh" 2>/dev/null || true; } | sha256sum | cut -c1-16)"

log() { echo "pulumi-cli: $*" >&2; }

cli_ok() {
    [ -x "$bin/pulumi" ] && [ "$("$bin/pulumi" version 2>/dev/null)" = "$PULUMI_CLI_VERSION" ]
}
stand_ins_ok() {
    [ -x "$bin/pulumi-language-nodejs" ] && [ -x "$test_plugins/pulumi-resource-azure-native" ] &&
        [ -f "$dest/stand-ins.$stand_in_hash" ]
}

if [ "${AZURE_SRM_REBUILD:-}" != 1 ] && cli_ok && stand_ins_ok; then
    log "reusing $bin ($("$bin/pulumi" version))"
    echo "$bin"
    exit 0
fi

command -v go >/dev/null || PATH="$PATH:/usr/local/go/bin"
command -v go >/dev/null || { log "go is required (Go >= 1.26)"; exit 2; }
mkdir -p "$dest" "$bin" "$test_plugins"
# One build at a time per cache (a second caller waits, then finds the binaries).
exec 9>"$dest/.lock"
flock 9

# GOTOOLCHAIN=local: never download another Go toolchain; CGO off, as Pulumi's release builds have it.
export GOTOOLCHAIN=local CGO_ENABLED=0
gomodcache="$(go env GOMODCACHE)"
du_kb() { du -sk "$1" 2>/dev/null | cut -f1 || echo 0; }
modcache_before_kb=$(du_kb "$gomodcache")
gocache_before_kb=$(du_kb "$(go env GOCACHE)")
started=$(date +%s)

# A small wrapper module (never in the repository): it requires pkg/v3 and sdk/v3 at the same version.
# `go install module@version` refuses pkg/v3 because its go.mod has replace directives; the relative one
# (sdk/v3 => ../sdk) is what the wrapper's require of sdk/v3 stands for, the others are copied over.
src="$dest/src"
mkdir -p "$src"
# The version ldflag is the one Pulumi's own build sets; without it `pulumi version` says v3.0.0 and plugin
# version checks misbehave.
ldflags="-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_CLI_VERSION"

if [ "${AZURE_SRM_REBUILD:-}" = 1 ] || ! cli_ok; then
    log "building pulumi $PULUMI_CLI_VERSION from the Go module proxy into $bin (about 15 minutes on 2 cores)"
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
        # Single-line replace directives whose target is a module version, not a relative path
        # (v3.274.1: github.com/atotto/clipboard => github.com/tgummerer/clipboard).
        grep -E '^replace [^ ]+( v[^ ]+)? => [^./][^ ]* v[^ ]+$' "$gomod_file" || true
    } >"$src/go.mod"
    rm -f "$src/go.sum"
    log "wrapper go.mod:"
    sed 's/^/    /' "$src/go.mod" >&2
    # Resolves and downloads everything the CLI's main package needs, recording it in go.mod and go.sum.
    (cd "$src" && go get -tool "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi@$PULUMI_CLI_VERSION" >&2)
    downloaded=$(date +%s)
    (cd "$src" && go build -trimpath -ldflags "$ldflags" -o "$bin/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi >&2)
    cli_ok || { log "built pulumi, but 'pulumi version' does not say $PULUMI_CLI_VERSION"; exit 1; }
    compiled=$(date +%s)
    {
        echo "version: $("$bin/pulumi" version)"
        echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores with $(go version | cut -d' ' -f3-)"
        echo "time: $((compiled - started))s ($((downloaded - started))s resolving and downloading modules, $((compiled - downloaded))s compiling)"
        echo "go module cache growth: $((($(du_kb "$gomodcache") - modcache_before_kb) / 1024)) MiB ($gomodcache)"
        echo "go build cache growth: $((($(du_kb "$(go env GOCACHE)") - gocache_before_kb) / 1024)) MiB ($(go env GOCACHE))"
        echo "pulumi binary: $(du -sh "$bin/pulumi" | cut -f1)"
    } | tee "$dest/build-info.txt" >&2
fi

# The stand-ins: Go programs of this repository (e2e/langhost, e2e/provider), built in a copy of the wrapper
# module, so against the same sdk/v3 and with the modules the CLI build already downloaded.
if [ "${AZURE_SRM_REBUILD:-}" = 1 ] || ! stand_ins_ok; then
    log "building the stand-in language host and provider from $repo/e2e"
    work="$dest/stand-ins"
    rm -rf "$work" && mkdir -p "$work/langhost" "$work/provider"
    sed 's#^module .*#module azure-srm.local/stand-ins#' "$src/go.mod" >"$work/go.mod"
    cp "$src/go.sum" "$work/go.sum"
    cp "$repo"/e2e/langhost/*.go "$work/langhost/"
    cp "$repo"/e2e/provider/*.go "$work/provider/"
    (cd "$work" && go build -mod=mod -trimpath -ldflags "-s -w" -o "$bin/pulumi-language-nodejs" ./langhost >&2)
    (cd "$work" && go build -mod=mod -trimpath -ldflags "-s -w" -o "$test_plugins/pulumi-resource-azure-native" ./provider >&2)
    rm -f "$dest"/stand-ins.* "$bin/pulumi-resource-azure-native" # (where an earlier version of this script put it)
    touch "$dest/stand-ins.$stand_in_hash"
    log "stand-ins built in $(($(date +%s) - started))s"
fi

log "$(du -sh "$dest" | cut -f1) in $dest"
echo "$bin"
