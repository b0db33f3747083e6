#!/usr/bin/env bash
# Debian's ns-3, for `cosim validate <scenario> --against ns3`:
#
#   scripts/ns3.sh           install it if needed (as root) and print its version
#   scripts/ns3.sh --check   print the version if the pinned one is installed, else exit 3
#
# Pinned to ns-3 3.37, Debian bookworm's libns3-dev, from whatever archive this
# machine's apt already uses (never a hard-coded mirror). The validate command
# runs this on first use; `scripts/setup.sh --tests` runs it for the tests.
# The programs it generates are compiled against these headers and libraries
# and cached under $COSIM_CACHE/ns3, keyed by the program text.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=ns3
NS3_VERSION=3.37

installed() {
    dpkg-query -W -f='${Status} ${Version}\n' libns3-dev 2>/dev/null | awk '$3 == "installed" { print $4 }'
}

have=$(installed || true)
case $have in
    "$NS3_VERSION"-*)
        if command -v g++ >/dev/null; then echo "$have"; exit 0; fi ;;
esac
if [ "${1:-}" = --check ]; then
    if [ -n "$have" ] && [ "${have#"$NS3_VERSION"-}" = "$have" ]; then
        echo "ns-3 $have is installed, but cosim validate is pinned to ns-3 $NS3_VERSION (libns3-dev $NS3_VERSION-*); run scripts/ns3.sh as root" >&2
    else
        echo "ns-3 $NS3_VERSION (libns3-dev) and g++ are not installed; run scripts/ns3.sh as root" >&2
    fi
    exit 3
fi

[ "$(id -u)" = 0 ] || die "installing ns-3 $NS3_VERSION needs root (apt-get install libns3-dev); run scripts/ns3.sh as root"
candidate() {
    apt-cache madison libns3-dev 2>/dev/null | awk -F'|' -v v="$NS3_VERSION-" '{ gsub(/ /, "", $2) } index($2, v) == 1 { print $2; exit }'
}
ver=$(candidate)
if [ -z "$ver" ]; then
    log "refreshing the host's apt indexes to find libns3-dev $NS3_VERSION"
    apt-get update -qq >&2 || die "apt-get update failed"
    ver=$(candidate)
fi
[ -n "$ver" ] || die "this machine's apt sources offer no libns3-dev $NS3_VERSION (Debian bookworm's main has it): apt-cache madison libns3-dev shows '$(apt-cache madison libns3-dev 2>/dev/null | tr '\n' ';')'"
ensure_host_packages "libns3-dev=$ver" g++
have=$(installed || true)
case $have in
    "$NS3_VERSION"-*) echo "$have" ;;
    *) die "libns3-dev $ver was installed but dpkg reports '$have'" ;;
esac
