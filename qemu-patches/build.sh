#!/usr/bin/env bash
# Fetch, verify, patch and build QEMU for the co-simulation:
#
#   qemu-patches/build.sh           build (or reuse) and print the qemu-system-x86_64 path
#   qemu-patches/build.sh --check   print it if built for the current inputs, else exit 3
#
# The pinned upstream tree (Debian's +ds orig tarball) comes from the archive
# this machine's apt already uses; our series is applied on top; only
# x86_64-softmmu is built. The result lives in $COSIM_CACHE/qemu/<key>, keyed
# by the source checksum, the series and this script, so an unchanged
# checkout never rebuilds. The patched, configured and built tree stays
# beside it in $COSIM_CACHE/qemu/build-<key>, for fuzz/run.sh, which compiles
# the patched sync-message checks against it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=qemu
dir="$here/qemu-patches"
lock="$dir/source.lock"

key=$(cd "$dir" && {
    grep -v '^#' source.lock
    cat series
    while read -r p; do sha256sum "$p"; done < series
    sha256sum build.sh
} | sha256sum | cut -c1-16)
out="$COSIM_CACHE/qemu/$key"
bin="$out/bin/qemu-system-x86_64"
if [ -x "$bin" ] && [ -f "$out/share/qemu/bios-256k.bin" ]; then
    echo "$bin"
    exit 0
fi
if [ "${1:-}" = --check ]; then
    echo "the patched QEMU is not built for the current inputs; run scripts/setup.sh or qemu-patches/build.sh" >&2
    exit 3
fi

ensure_backports_source
ensure_host_packages meson/bookworm-backports python3-pycotap/bookworm-backports ninja-build \
    gcc patch pkg-config libglib2.0-dev libpixman-1-dev libfdt-dev zlib1g-dev flex bison bzip2 xz-utils python3-venv
[ "$(meson --version | cut -d. -f2)" -ge 5 ] || die "meson >= 1.5 is needed, found $(meson --version)"

pin() { awk -v k="$1" -v p="$2" '$1 == k && $3 == p' "$lock"; }
read -r _ src_suite src_pkg src_ver src_file src_sha <<< "$(pin source qemu)"
apt_dir=$(private_apt_init qemu-src "$src_suite")
dl="$COSIM_CACHE/qemu/downloads"
mkdir -p "$dl"
if [ ! -f "$dl/$src_file" ]; then
    log "downloading QEMU source $src_ver from $src_suite"
    (cd "$dl" && private_apt "$apt_dir" source --download-only "$src_pkg=$src_ver" >&2) ||
        die "pinned source $src_pkg=$src_ver ($src_suite) is not in the archive; update qemu-patches/source.lock"
fi
verify_sha256 "$dl/$src_file" "$src_sha"

firmware=()
for pkg in qemu-system-data seabios; do
    read -r _ suite name ver _ sha <<< "$(pin firmware "$pkg")"
    deb="$dl/${name}_${ver//:/%3a}_all.deb"
    if [ ! -f "$deb" ]; then
        (cd "$dl" && private_apt "$apt_dir" download "$name=$ver" >&2) ||
            die "pinned firmware $name=$ver ($suite) is not in the archive; update qemu-patches/source.lock"
    fi
    verify_sha256 "$deb" "$sha"
    firmware+=("$deb")
done

build="$COSIM_CACHE/qemu/build-$key"
rm -rf "$build"
mkdir -p "$build"
log "unpacking and patching QEMU in $build"
tar -xf "$dl/$src_file" -C "$build" --strip-components=1
cd "$build"
while read -r p; do
    patch -p1 --quiet --forward < "$dir/$p" || die "patch $p does not apply to $src_file"
done < "$dir/series"
# The +ds tarball leaves out the edk2 firmware blobs that pc-bios/meson.build
# unpacks for x86_64 targets. We never boot UEFI, so empty stand-ins do.
for f in $(sed -n "s/^ *'\(edk2-[a-z0-9_-]*\.fd\)',\$/\1/p" pc-bios/meson.build); do
    [ -f "pc-bios/$f.bz2" ] || bzip2 -c < /dev/null > "pc-bios/$f.bz2"
done

log "configuring (x86_64-softmmu only)"
mkdir -p build
(cd build && ../configure --python=/usr/bin/python3 --prefix="$out" \
    --target-list=x86_64-softmmu --without-default-features --enable-kvm \
    --disable-docs --disable-install-blobs >&2) || die "configure failed (see above)"
log "building with $(nproc) jobs (several minutes on 2 cores)"
nice ninja -C build qemu-system-x86_64 >&2 || die "the QEMU build failed (see above)"

rm -rf "$out.tmp"
mkdir -p "$out.tmp/bin" "$out.tmp/share/qemu"
install -m 0755 build/qemu-system-x86_64 "$out.tmp/bin/"
fw=$(mktemp -d)
for deb in "${firmware[@]}"; do dpkg-deb -x "$deb" "$fw"; done
for f in seabios/bios-256k.bin qemu/linuxboot_dma.bin qemu/kvmvapic.bin; do
    install -m 0644 "$fw/usr/share/$f" "$out.tmp/share/qemu/"
done
rm -rf "$fw"
rm -rf "$out"
mv "$out.tmp" "$out"
# Keep this tree; drop those of other finished builds (about 750 MB each).
# A tree without its install is a build still running elsewhere: leave it.
for tree in "$COSIM_CACHE"/qemu/build-*; do
    k=${tree##*/build-}
    if [ "$tree" != "$build" ] && [ -d "$COSIM_CACHE/qemu/$k" ]; then rm -rf "$tree"; fi
done
"$bin" -object help | grep -q cosim-sync || die "the built QEMU does not list the cosim-sync object"
log "patched QEMU ready: $bin"
echo "$bin"
