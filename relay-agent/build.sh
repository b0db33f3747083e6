#!/usr/bin/env bash
# Build the static relay agent, and viprun beside it (the same folder):
#
#   relay-agent/build.sh            build (or reuse) and print the binary's path
#   relay-agent/build.sh --check    print it if built for the current sources, else exit 3
#   relay-agent/build.sh --relock   build, then record both sha256 sums in agent.lock
#
# C code for relay.proto is generated with Debian's protoc-c at build time
# and linked statically with Debian's libprotobuf-c, so the binary runs in a
# busybox initramfs. The result is cached under a key of the sources, this
# script and the toolchain's package versions.
#
# The build is reproducible: sources are compiled from a fixed relative path
# (the work folder's name never reaches the binary), -ffile-prefix-map covers
# anything else that names a path, __DATE__/__TIME__ are refused and the
# GNU build-id is a hash of the linked contents. The same sources and
# toolchain give the same bytes on every machine, and agent.lock pins them:
# a binary whose sha256 differs from the pin is refused, built or cached.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=relay-agent
src="$here/relay-agent"
lock="$src/agent.lock"
export LC_ALL=C

mode=build
case "${1:-}" in
    --check) mode=check ;;
    --relock) mode=relock ;;
    "") ;;
    *) die "usage: relay-agent/build.sh [--check | --relock]" ;;
esac

if [ $mode != check ]; then
    ensure_host_packages gcc libc6-dev binutils protobuf-c-compiler libprotobuf-c-dev pkg-config
fi

# Every package whose files end up in, or decide, the binary's bytes.
toolchain() {
    local p
    for p in gcc-12 cpp-12 libgcc-12-dev binutils libc6-dev libprotobuf-c-dev protobuf-c-compiler; do
        printf '%s=%s ' "$p" "$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || echo none)"
    done
    gcc -dumpfullversion 2>/dev/null || echo "no gcc"
}
# The agent's C files (README.md says what each is for); fuzz/run.sh lists the same.
agent_c="agent.c pollset.c sockets.c tcpinfo.c exec.c sysctl.c vhost.c traffic.c netns.c"
# Every file the binaries are built from, in the order the lock's comment lists them.
srcfiles="$agent_c agent.h traffic.h netns.h viprun.c relay.proto build.sh"
# shellcheck disable=SC2086
sources=$(cd "$src" && sha256sum $srcfiles | sha256sum | cut -d' ' -f1)
tools=$(toolchain)
key=$(printf '%s\n%s\n' "$sources" "$tools" | sha256sum | cut -c1-16)
out="$COSIM_CACHE/relay-agent/$key"

lock_field() { awk -v k="$1" '!/^#/ && $1 == k { $1 = ""; sub(/^ /, ""); print; exit }' "$lock" 2>/dev/null; }

# verify BINARY [NAME]: the binary must be the one agent.lock pins for NAME
# (cosim-relay, or viprun).
verify() {
    local got want
    got=$(sha256sum < "$1" | cut -d' ' -f1)
    want=$(lock_field "${2:-cosim-relay}")
    [ -n "$want" ] || die "relay-agent/agent.lock pins no binary (line '${2:-cosim-relay} <sha256>'); run relay-agent/build.sh --relock and commit relay-agent/agent.lock"
    [ "$got" = "$want" ] && return 0
    if [ "$(lock_field sources)" != "$sources" ]; then
        die "$1 has sha256 $got but relay-agent/agent.lock pins $want, recorded for other sources ($srcfiles: one changed since). If you changed them on purpose, run relay-agent/build.sh --relock, then images/build.sh <version> --relock for 5.10, 6.1 and 6.12 (the images hold the agent), and commit the lock files with your change"
    fi
    if [ "$(lock_field toolchain)" = "$tools" ]; then
        die "$1 has sha256 $got but relay-agent/agent.lock pins $want for these same sources and toolchain ($tools): something outside them reached the binary, so the build is not reproducible here. Compare the two binaries (diffoscope, or cmp and strings) and fix relay-agent/build.sh; do not relock to hide it"
    fi
    die "$1 has sha256 $got but relay-agent/agent.lock pins $want for these same sources: the toolchain differs from the pinned one (pinned: $(lock_field toolchain); here: $tools). Install the pinned Debian 12 package versions (apt-get install gcc-12=... libc6-dev=...), or, to move the pin for everyone, run relay-agent/build.sh --relock and commit relay-agent/agent.lock with a note saying why"
}

# viprun sits beside the agent: images/build.sh installs both.
if [ $mode != relock ] && [ -x "$out/cosim-relay" ] && [ -x "$out/viprun" ]; then
    verify "$out/viprun" viprun
    verify "$out/cosim-relay"
    echo "$out/cosim-relay"
    exit 0
fi
if [ $mode = check ]; then
    echo "the relay agent is not built for the current sources; run scripts/setup.sh or relay-agent/build.sh" >&2
    exit 3
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fixed relative layout: generated and hand-written C side by side in
# ./relay-agent, compiled from there, so no file name the compiler records
# (__FILE__ in protobuf-c's asserts) depends on where this runs.
mkdir "$work/relay-agent"
for f in $srcfiles; do
    [ "$f" = build.sh ] || cp "$src/$f" "$work/relay-agent/"
done
(
    cd "$work/relay-agent"
    protoc-c --c_out=. relay.proto || die "protoc-c failed on relay.proto"
    # shellcheck disable=SC2046
    gcc -static -Os -std=gnu11 -Wall -Wextra -Werror -Wdate-time \
        -ffile-prefix-map="$work"=. -I. $(pkg-config --cflags libprotobuf-c) \
        -Wl,--build-id=sha1 -o cosim-relay $agent_c relay.pb-c.c -l:libprotobuf-c.a ||
        die "compiling the relay agent failed (see above)"
    # viprun shares only netns.c: no protobuf, nothing from the image.
    gcc -static -Os -std=gnu11 -Wall -Wextra -Werror -Wdate-time -ffile-prefix-map="$work"=. -I. \
        -Wl,--build-id=sha1 -o viprun viprun.c netns.c ||
        die "compiling viprun failed (see above)"
    strip cosim-relay viprun
) || exit 1

if [ $mode = relock ]; then
    {
        echo "# The relay agent binary relay-agent/build.sh must produce (sha256), the"
        echo "# sources it was built from (sha256 of 'sha256sum $srcfiles')"
        echo "# and the Debian packages that built it. Written by relay-agent/build.sh --relock."
        echo "sources     $sources"
        echo "toolchain   $tools"
        echo "cosim-relay $(sha256sum < "$work/relay-agent/cosim-relay" | cut -d' ' -f1)"
        echo "viprun      $(sha256sum < "$work/relay-agent/viprun" | cut -d' ' -f1)"
    } > "$lock.tmp"
    mv "$lock.tmp" "$lock"
    log "recorded $(lock_field cosim-relay) in relay-agent/agent.lock"
fi
# Into the cache beside its final name; only a verified binary gets that name,
# a refused one stays as cosim-relay.new for comparison (diffoscope, cmp).
mkdir -p "$out"
install -m 0755 "$work/relay-agent/viprun" "$out/viprun.new"
verify "$out/viprun.new" viprun
mv "$out/viprun.new" "$out/viprun"
install -m 0755 "$work/relay-agent/cosim-relay" "$out/cosim-relay.new"
verify "$out/cosim-relay.new"
mv "$out/cosim-relay.new" "$out/cosim-relay"
log "relay agent ready: $out/cosim-relay"
echo "$out/cosim-relay"
