#!/usr/bin/env bash
# Build the static relay agent:
#
#   relay-agent/build.sh           build (or reuse) and print the binary's path
#   relay-agent/build.sh --check   print it if built for the current sources, else exit 3
#
# C code for relay.proto is generated with Debian's protoc-c at build time
# and linked statically with Debian's libprotobuf-c, so the binary runs in a
# busybox initramfs. The result is cached under a key of the sources, this
# script and the compiler version.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=relay-agent
src="$here/relay-agent"

if [ "${1:-}" != --check ]; then
    ensure_host_packages gcc libc6-dev protobuf-c-compiler libprotobuf-c-dev pkg-config
fi
key=$({
    cd "$src" && sha256sum agent.c relay.proto build.sh
    gcc --version 2>/dev/null | head -n1
    dpkg-query -W -f='${Version}\n' libprotobuf-c-dev protobuf-c-compiler 2>/dev/null
} | sha256sum | cut -c1-16)
out="$COSIM_CACHE/relay-agent/$key"
if [ -x "$out/cosim-relay" ]; then
    echo "$out/cosim-relay"
    exit 0
fi
if [ "${1:-}" = --check ]; then
    echo "the relay agent is not built for the current sources; run scripts/setup.sh or relay-agent/build.sh" >&2
    exit 3
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$src" && protoc-c --c_out="$work" relay.proto) || die "protoc-c failed on relay.proto"
gcc -static -Os -std=gnu11 -Wall -Wextra -Werror -I"$work" $(pkg-config --cflags libprotobuf-c) \
    -o "$work/cosim-relay" "$src/agent.c" "$work/relay.pb-c.c" -l:libprotobuf-c.a ||
    die "compiling the relay agent failed (see above)"
strip "$work/cosim-relay"
mkdir -p "$out"
install -m 0755 "$work/cosim-relay" "$out/cosim-relay"
log "relay agent ready: $out/cosim-relay"
echo "$out/cosim-relay"
