#!/usr/bin/env bash
# Coverage-guided fuzzing of the relay agent's request decoder (libFuzzer,
# with AddressSanitizer and UndefinedBehaviorSanitizer):
#
#   relay-agent/fuzz/run.sh [RUNS]     default 20000 inputs (a few seconds, for CI)
#
# The harness (request-fuzz.c) includes agent.c and links the agent's other
# files, so it tests the agent's own framing and validation. protobuf-c's decoder is compiled from Debian's
# source of the very version the agent links (libprotobuf-c-dev), with the
# same instrumentation, so coverage guides the fuzzer through it too.
#
# Seeds come from relay-agent/fuzz/corpus (committed; make-seeds.mjs writes
# the seed-* files, and any input that once crashed is kept there as
# crash-*); new interesting inputs go to $COSIM_CACHE/fuzz/corpus and
# crashing ones to $COSIM_CACHE/fuzz/crashes/, and the script fails.
# FUZZ_SEED (default 1) fixes libFuzzer's random seed.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=fuzz
runs=${1:-20000}
case $runs in
    ''|*[!0-9]*) die "usage: relay-agent/fuzz/run.sh [RUNS]" ;;
esac
ensure_host_packages clang libclang-rt-14-dev protobuf-c-compiler libprotobuf-c-dev dpkg-dev

# Debian's protobuf-c source, of the version whose library the agent links.
srcver=$(dpkg-query -W -f='${source:Version}' libprotobuf-c-dev)
pc="$COSIM_CACHE/fuzz/protobuf-c-$srcver"
if [ ! -f "$pc/protobuf-c/protobuf-c.c" ]; then
    apt=$(private_apt_init fuzz bookworm)
    tmp=$(mktemp -d)
    log "downloading Debian's protobuf-c $srcver source"
    (cd "$tmp" && private_apt "$apt" source --download-only "protobuf-c=$srcver" >&2) ||
        die "cannot download the source of protobuf-c $srcver (the version of libprotobuf-c-dev installed here)"
    # Debian's patches applied; the download was checked against the archive's signed index.
    (cd "$tmp" && dpkg-source --no-check -x protobuf-c_*.dsc src >&2) || die "cannot unpack protobuf-c $srcver"
    rm -rf "$pc"
    mkdir -p "$(dirname "$pc")"
    mv "$tmp/src" "$pc"
    rm -rf "$tmp"
fi

build="$COSIM_CACHE/fuzz/build"
rm -rf "$build"
mkdir -p "$build/relay-agent/fuzz" "$COSIM_CACHE/fuzz/corpus" "$COSIM_CACHE/fuzz/crashes"
# The agent's C files and headers, as relay-agent/build.sh lists them.
agent_c="agent.c pollset.c sockets.c tcpinfo.c exec.c sysctl.c vhost.c traffic.c netns.c"
# shellcheck disable=SC2086
for f in $agent_c agent.h traffic.h netns.h relay.proto; do
    cp "$here/relay-agent/$f" "$build/relay-agent/"
done
cp "$here/relay-agent/fuzz/request-fuzz.c" "$build/relay-agent/fuzz/"
(
    cd "$build/relay-agent"
    protoc-c --c_out=. relay.proto || die "protoc-c failed on relay.proto"
    # -I"$pc" first: relay.pb-c.h's <protobuf-c/protobuf-c.h> is the source's own.
    san="-fsanitize=address,undefined -fno-sanitize-recover=all"
    # protobuf-c 1.4.1 shifts a signed int by up to 25 places when it reads a
    # 5-byte field tag (parse_tag_and_wiretype; upstream PR #794). GCC, which
    # builds Debian's libprotobuf-c.a, defines signed << as wrapping (a
    # documented extension), so the agent reads such a tag as a field number
    # that matches no field. Only that check is off, only for that file;
    # corpus/crash-protobuf-c-tag-shift keeps the input that found it.
    # Likewise a packed repeated field of length 0 makes it add 0 to the
    # array's NULL pointer (parse_packed_repeated_member), undefined in C,
    # NULL with GCC, and nothing is written through it; so pointer-overflow
    # is off for that file too (corpus/crash-protobuf-c-empty-packed).
    clang -g -O1 -std=gnu11 -w $san -fno-sanitize=shift-base,pointer-overflow -fsanitize=fuzzer-no-link -I"$pc" \
        -c -o protobuf-c.o "$pc/protobuf-c/protobuf-c.c" || die "building protobuf-c for the fuzzer failed"
    # shellcheck disable=SC2086
    clang -g -O1 -std=gnu11 -Wall -Wextra -Werror $san -fsanitize=fuzzer \
        -Dmain=cosim_relay_main -I"$pc" -I. \
        -o request-fuzz fuzz/request-fuzz.c ${agent_c#agent.c } relay.pb-c.c protobuf-c.o ||
        die "building the fuzzer failed (see above)"
) || exit 1

log "fuzzing the request decoder with $runs inputs"
"$build/relay-agent/request-fuzz" -runs="$runs" -seed="${FUZZ_SEED:-1}" -print_final_stats=1 \
    -artifact_prefix="$COSIM_CACHE/fuzz/crashes/" \
    "$COSIM_CACHE/fuzz/corpus" "$here/relay-agent/fuzz/corpus" ||
    die "the fuzzer found a crash; the input is in $COSIM_CACHE/fuzz/crashes/ (reproduce: $build/relay-agent/request-fuzz <file>)"
