#!/usr/bin/env bash
# Build a bootable guest image for one kernel version:
#
#   images/build.sh 6.1            build (or reuse) and print the image folder
#   images/build.sh 6.1 --check    print it if built for the current inputs, else exit 3
#
# The folder holds vmlinuz, initramfs.cpio.gz and image.json. It lives under
# $COSIM_CACHE/images/<version>-<key>, where the key hashes every input
# (pinned packages, init, module list, this script, the relay agent binary),
# so a changed input gives a new folder and an unchanged one is reused.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=images
lock="$here/images/kernels.lock"

name=${1:-}
check=0
[ "${2:-}" = --check ] && check=1
known=$(awk '!/^#/ && NF == 5 && $1 != "busybox" { printf "%s%s", sep, $1; sep = ", " }' "$lock")
[ -n "$name" ] || die "usage: images/build.sh <version> [--check]; versions: $known"
line=$(awk -v n="$name" '!/^#/ && $1 == n && n != "busybox"' "$lock")
[ -n "$line" ] || die "unknown kernel version '$name'; known versions: $known (see images/kernels.lock)"
bbline=$(awk '!/^#/ && $1 == "busybox"' "$lock")

agent=""
if [ -x "$here/relay-agent/build.sh" ]; then
    if [ $check = 1 ]; then
        agent=$("$here/relay-agent/build.sh" --check) || exit 3
    else
        agent=$("$here/relay-agent/build.sh")
    fi
fi

key=$({
    echo "$line"
    echo "$bbline"
    cd "$here" && sha256sum images/init.sh images/modules.list images/build.sh
    [ -z "$agent" ] || sha256sum < "$agent"
} | sha256sum | cut -c1-16)
out="$COSIM_CACHE/images/$name-$key"
if [ -f "$out/image.json" ]; then
    echo "$out"
    exit 0
fi
if [ $check = 1 ]; then
    echo "image $name is not built for the current inputs; run scripts/setup.sh or images/build.sh $name" >&2
    exit 3
fi

# fetch SUITE PACKAGE VERSION SHA256: the .deb path, downloaded once and verified.
fetch() {
    local suite=$1 pkg=$2 ver=$3 sha=$4 dir deb tmp
    deb="$COSIM_CACHE/debs/${pkg}_${ver//:/%3a}_amd64.deb"
    if [ ! -f "$deb" ]; then
        dir=$(private_apt_init images bullseye bookworm bookworm-backports)
        tmp=$(mktemp -d)
        log "downloading $pkg=$ver from $suite"
        (cd "$tmp" && private_apt "$dir" download "$pkg=$ver" >&2) ||
            die "pinned package $pkg=$ver ($suite) is not in the archive any more; update images/kernels.lock from 'apt-cache show $pkg'"
        mkdir -p "$(dirname "$deb")"
        mv "$tmp"/*.deb "$deb"
        rmdir "$tmp"
    fi
    verify_sha256 "$deb" "$sha"
    echo "$deb"
}

read -r _ ksuite kpkg kver ksha <<< "$line"
read -r _ bsuite bpkg bver bsha <<< "$bbline"
kdeb=$(fetch "$ksuite" "$kpkg" "$kver" "$ksha")
bdeb=$(fetch "$bsuite" "$bpkg" "$bver" "$bsha")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "building image $name ($kpkg $kver)"
dpkg-deb -x "$kdeb" "$work/k"
dpkg-deb -x "$bdeb" "$work/bb"
release=$(ls "$work/k/lib/modules")
moddir="$work/k/lib/modules/$release"
root="$work/root"
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,tmp,run,lib/modules}

# Modules: each listed name plus its dependencies, dependencies first.
declare -A seen=()
order=()
modfile() { find "$moddir/kernel" -name "$1.ko*" -o -name "${1//_/-}.ko*" | head -n1; }
unpacked() {
    case $1 in
        *.xz) xz -dc "$1" ;;
        *.zst) zstd -qdc "$1" ;;
        *) cat "$1" ;;
    esac
}
add_module() {
    local m=${1//-/_} f deps d
    [ -z "${seen[$m]:-}" ] || return 0
    seen[$m]=1
    if grep -qE "/${m}\.ko$|/${m//_/-}\.ko$" "$moddir/modules.builtin" 2>/dev/null; then
        return 0
    fi
    f=$(modfile "$m")
    [ -n "$f" ] || die "kernel $name ($release) has no module $m and does not build it in"
    unpacked "$f" > "$root/lib/modules/$m.ko"
    deps=$(tr '\0' '\n' < "$root/lib/modules/$m.ko" | sed -n 's/^depends=//p' | head -n1)
    for d in ${deps//,/ }; do add_module "$d"; done
    order+=("$m")
}
while read -r m; do
    case $m in ''|'#'*) continue ;; esac
    add_module "$m"
done < "$here/images/modules.list"
printf '%s\n' "${order[@]}" > "$root/etc/modules.order"

cp "$work/bb/bin/busybox" "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list-full); do
    [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
done
install -m 0755 "$here/images/init.sh" "$root/init"
[ -z "$agent" ] || install -m 0755 "$agent" "$root/sbin/cosim-relay"

# Same inputs, same bytes: fixed times, owners and order, no gzip timestamp.
find "$root" -exec touch -h -d @0 {} +
tmpout="$out.tmp.$$"
mkdir -p "$tmpout"
(cd "$root" && find . -print0 | LC_ALL=C sort -z |
    cpio --null -o -H newc --reproducible -R 0:0 --quiet) | gzip -n -9 > "$tmpout/initramfs.cpio.gz"
cp "$work/k/boot/vmlinuz-$release" "$tmpout/vmlinuz"

node -e '
const [name, release, pkg, ver, key, agent, mods, vmlinuz, initrd] = process.argv.slice(1);
const fs = require("fs");
const image = {
  version: name,
  kernelRelease: release,
  package: pkg,
  packageVersion: ver,
  key,
  relayAgent: agent !== "",
  cmdline: "console=ttyS0 panic=-1 oops=panic printk.time=1",
  modules: mods.split("\n").filter(Boolean),
  vmlinuzBytes: fs.statSync(vmlinuz).size,
  initramfsBytes: fs.statSync(initrd).size,
};
fs.writeFileSync(process.argv[process.argv.length - 1], JSON.stringify(image, null, 2) + "\n");
' "$name" "$release" "$kpkg" "$kver" "$key" "$agent" "$(cat "$root/etc/modules.order")" \
    "$tmpout/vmlinuz" "$tmpout/initramfs.cpio.gz" "$tmpout/image.json"
rm -rf "$out"
mv "$tmpout" "$out"
log "image $name ready: $out"
echo "$out"
