#!/usr/bin/env bash
# Coverage-guided fuzzing of the patched QEMU's sync-message checks
# (cosim_msg_parse in system/cosim-sync-msg.c) with libFuzzer:
#
#   qemu-patches/fuzz/run.sh [RUNS]     compile the harness and run RUNS inputs
#                                       (default 20000, a few seconds, for CI;
#                                       1000000 for the full campaign)
#
# The checked file is compiled from the patched tree that build.sh keeps in
# $COSIM_CACHE/qemu/build-<key> (COSIM_QEMU_TREE overrides it), with
# Debian's clang, ASan and UBSan; nothing from QEMU is copied here. A fresh
# corpus starts from a few valid message sequences and libFuzzer's seed is
# fixed (FUZZ_SEED, default 1), so a run is repeatable. At the end the corpus
# is replayed through a source-coverage build of the same files, and the
# line and branch coverage of cosim-sync-msg.c is printed. Crashing inputs
# are kept in $COSIM_CACHE/qemu/fuzz-<key>/crashes; the exit status is
# libFuzzer's.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=fuzz
runs=${1:-20000}
case $runs in '' | *[!0-9]*) die "usage: qemu-patches/fuzz/run.sh [RUNS]" ;; esac

if [ -n "${COSIM_QEMU_TREE:-}" ]; then
    tree=$COSIM_QEMU_TREE
    key=$(basename "$tree")
else
    bin=$("$here/qemu-patches/build.sh" --check) ||
        die "the patched QEMU is not built; run qemu-patches/build.sh first"
    key=$(basename "$(dirname "$(dirname "$bin")")")
    tree="$COSIM_CACHE/qemu/build-$key"
fi
[ -f "$tree/system/cosim-sync-msg.c" ] && [ -f "$tree/build/config-host.h" ] ||
    die "no patched QEMU tree in $tree; rebuild it with: rm -rf $COSIM_CACHE/qemu/$key && qemu-patches/build.sh"

ensure_host_packages clang libclang-rt-14-dev
out="$COSIM_CACHE/qemu/fuzz-${key#build-}"
mkdir -p "$out/crashes"
log "compiling the harness against $tree"
build() { # output, extra clang flags...
    local o=$1
    shift
    # shellcheck disable=SC2046 # pkg-config prints several words
    clang -g -O1 -std=gnu11 "$@" \
        -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 -D_LARGEFILE_SOURCE -fno-strict-aliasing -fwrapv \
        -iquote "$tree/build" -iquote "$tree/system" -iquote "$tree/include" \
        -iquote "$tree/host/include/x86_64" -iquote "$tree/host/include/generic" \
        -isystem "$tree/linux-headers" $(pkg-config --cflags glib-2.0) \
        "$here/qemu-patches/fuzz/sync-parser-fuzz.c" "$tree/system/cosim-sync-msg.c" \
        "$tree/build/libqemuutil.a" $(pkg-config --libs glib-2.0) -lm -o "$o"
}
build "$out/sync-parser-fuzz" -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
build "$out/sync-parser-cov" -fsanitize=fuzzer -fprofile-instr-generate -fcoverage-mapping

# Seeds: port masks (net 0, serial 0) and bytes already queued, then valid
# sequences from T = 0.
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
le() { # value bytes -> little-endian hex
    local i
    for ((i = 0; i < $2; i++)); do printf '%02x' $(($1 >> 8 * i & 255)); done
}
hdr() { le "$1" 4; le "$2" 2; le "$3" 2; le "$4" 8; } # len kind port time
seed() { # queued bytes, then hex bytes after the prefix (net port 0, serial port 0 bound)
    # shellcheck disable=SC2059 # the format is made of \xNN escapes only
    printf "$(printf '01000100%s%s' "$(le "$1" 4)" "$2" | sed 's/../\\x&/g')" > "$corpus/$(printf '%s%s' "$1" "$2" | sha1sum | cut -c1-12)"
}
seed 0 "$(hdr 60 16 0 0)$(printf '%0120x' 0)$(hdr 0 18 0 1000)"
seed 0 "$(hdr 2 17 0 0)6869$(hdr 0 18 0 5)$(hdr 0 19 0 0)"
seed 0 "$(hdr 0 18 0 1)$(hdr 14 16 0 1)$(printf '%028x' 0)$(hdr 0 19 0 0)"
# Inputs for later times, out of order, then grants past them.
seed 0 "$(hdr 1 17 0 3000)61$(hdr 14 16 0 2000)$(printf '%028x' 0)$(hdr 1 17 0 2000)62$(hdr 0 18 0 2500)$(hdr 0 18 0 3000)"
# Near the queue's bound (64 MiB less 16 bytes).
seed 67108848 "$(hdr 16 17 0 7)$(printf '%032x' 0)$(hdr 0 18 0 7)$(hdr 1 17 0 8)63"

log "running $runs inputs"
status=0
"$out/sync-parser-fuzz" -runs="$runs" -seed="${FUZZ_SEED:-1}" -max_len=4096 \
    -artifact_prefix="$out/crashes/" -print_final_stats=1 "$corpus" 2> "$out/last-run.log" || status=$?
grep -E 'ERROR|SUMMARY' "$out/last-run.log" >&2 || true
# Replay the corpus libFuzzer grew for source coverage of the checked file.
rm -f "$out"/*.profraw
LLVM_PROFILE_FILE="$out/cov-%p.profraw" "$out/sync-parser-cov" -runs=0 "$corpus" > /dev/null 2>&1 || true
/usr/lib/llvm-14/bin/llvm-profdata merge -o "$out/cov.profdata" "$out"/*.profraw
/usr/lib/llvm-14/bin/llvm-cov report "$out/sync-parser-cov" -instr-profile="$out/cov.profdata" \
    "$tree/system/cosim-sync-msg.c" > "$out/coverage.txt"
cov_line=$(awk '$1 == "TOTAL" { print "regions " $4 ", functions " $7 ", lines " $10 ", branches " $13 }' "$out/coverage.txt")
done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$out/last-run.log" | tail -1)
log "inputs $(awk '/^stat::number_of_executed_units/ { print $2 }' "$out/last-run.log")," \
    "$(printf '%s' "$done_line" | grep -oE 'cov: [0-9]+ ft: [0-9]+' || echo 'no coverage figures'),"\
    "crashes: $(find "$out/crashes" -type f | wc -l) (kept in $out/crashes), log: $out/last-run.log"
log "cosim-sync-msg.c covered by the corpus: $cov_line (llvm-cov, $out/coverage.txt)"
exit "$status"
