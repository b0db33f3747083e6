#!/usr/bin/env bash
# Build a bootable guest image for one kernel:
#
#   images/build.sh 6.1                         a pinned Debian kernel (images/kernels.lock)
#   images/build.sh --custom BZIMAGE [MODDIR]   your own kernel, and its modules if any
#   ... --check                                 print the folder if built for the current inputs, else exit 3
#
# The folder holds vmlinuz, initramfs.cpio.gz and image.json. It lives under
# $COSIM_CACHE/images/<version>-<key>, where the key hashes every input
# (pinned packages or the custom kernel's bytes, init, module list, this
# script, the relay agent binary), so a changed input gives a new folder and
# an unchanged one is reused.
#
# MODDIR is what `make modules_install INSTALL_MOD_PATH=MODDIR` wrote (or its
# lib/modules/<release> folder). Without it, a custom kernel must have the
# virtio PCI, console and net drivers built in; init says which one is
# missing if it does not.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=images
lock="$here/images/kernels.lock"
# The drivers every guest needs: without them there is no NIC or relay port.
required="virtio_pci virtio_console virtio_net"

check=0
custom=""
moddir_in=""
args=()
for a in "$@"; do
    if [ "$a" = --check ]; then check=1; else args+=("$a"); fi
done
set -- "${args[@]+"${args[@]}"}"
known=$(awk '!/^#/ && NF == 5 && $1 != "busybox" { printf "%s%s", sep, $1; sep = ", " }' "$lock")
if [ "${1:-}" = --custom ]; then
    custom=${2:-}
    moddir_in=${3:-}
    [ -n "$custom" ] || die "usage: images/build.sh --custom BZIMAGE [MODULES_DIR] [--check]"
    [ -f "$custom" ] && [ -r "$custom" ] || die "custom kernel $custom: no such readable file"
    custom=$(realpath "$custom")
    [ "$(dd if="$custom" bs=1 skip=$((0x202)) count=4 2>/dev/null)" = HdrS ] ||
        die "custom kernel $custom is not a bzImage (no 'HdrS' boot header at offset 0x202; use arch/x86/boot/bzImage)"
    # The header points at the version string "6.1.0-50-cloud-amd64 (builder@...) #1 ...".
    vofs=$(od -An -tu2 -j $((0x20e)) -N2 "$custom" | tr -d ' ')
    release=$(dd if="$custom" bs=1 skip=$((vofs + 0x200)) count=256 2>/dev/null | tr '\0' '\n' | head -n1 | cut -d' ' -f1)
    [ -n "$release" ] || die "custom kernel $custom has no version string in its boot header"
    if [ -n "$moddir_in" ]; then
        [ -d "$moddir_in" ] || die "modules folder $moddir_in: no such folder"
        for cand in "$moddir_in/lib/modules/$release" "$moddir_in/$release" "$moddir_in"; do
            if [ -d "$cand/kernel" ] || [ -f "$cand/modules.builtin" ]; then moddir_in=$(realpath "$cand"); break; fi
        done
        [ -f "$moddir_in/modules.builtin" ] || [ -d "$moddir_in/kernel" ] ||
            die "modules folder $moddir_in holds no modules for $release (expected lib/modules/$release from 'make modules_install INSTALL_MOD_PATH=...')"
        [ "$(basename "$moddir_in")" = "$release" ] || [ ! -d "$(dirname "$moddir_in")/$release" ] ||
            die "modules folder $moddir_in is not for kernel $release"
    fi
    name=custom
    line="custom $release $(sha256sum < "$custom" | cut -c1-64)"
else
    name=${1:-}
    [ -n "$name" ] || die "usage: images/build.sh <version> [--check] | --custom BZIMAGE [MODULES_DIR]; versions: $known"
    line=$(awk -v n="$name" '!/^#/ && $1 == n && n != "busybox"' "$lock")
    [ -n "$line" ] || die "unknown kernel version '$name'; known versions: $known (see images/kernels.lock), or --custom BZIMAGE"
fi
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
    # Module files by relative path and content: a rebuilt module is a new input.
    [ -z "$moddir_in" ] || (cd "$moddir_in" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0r sha256sum)
} | sha256sum | cut -c1-16)
out="$COSIM_CACHE/images/$name-$key"
if [ -f "$out/image.json" ]; then
    echo "$out"
    exit 0
fi
if [ $check = 1 ]; then
    echo "image $name is not built for the current inputs; run scripts/setup.sh or images/build.sh ${custom:+--custom $custom }${custom:-$name}" >&2
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

read -r _ bsuite bpkg bver bsha <<< "$bbline"
bdeb=$(fetch "$bsuite" "$bpkg" "$bver" "$bsha")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$bdeb" "$work/bb"
if [ -n "$custom" ]; then
    log "building image for custom kernel $release ($custom)"
    kpkg=custom
    kver=$release
    moddir=$moddir_in
    vmlinuz=$custom
else
    read -r _ ksuite kpkg kver ksha <<< "$line"
    kdeb=$(fetch "$ksuite" "$kpkg" "$kver" "$ksha")
    log "building image $name ($kpkg $kver)"
    dpkg-deb -x "$kdeb" "$work/k"
    release=$(ls "$work/k/lib/modules")
    moddir="$work/k/lib/modules/$release"
    vmlinuz="$work/k/boot/vmlinuz-$release"
fi
root="$work/root"
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,tmp,run,lib/modules}

# Modules: each listed name plus its dependencies, dependencies first.
declare -A seen=()
order=()
modfile() { [ -d "$moddir/kernel" ] || return 0; find "$moddir/kernel" -name "$1.ko*" -o -name "${1//_/-}.ko*" | head -n1; }
unpacked() {
    case $1 in
        *.xz) xz -dc "$1" ;;
        *.zst) zstd -qdc "$1" ;;
        *) cat "$1" ;;
    esac
}
config_of() { echo "CONFIG_$(echo "${1#tcp_}" | tr '[:lower:]' '[:upper:]')"; }
missing=()
add_module() {
    local m=${1//-/_} f="" deps d
    [ -z "${seen[$m]:-}" ] || return 0
    seen[$m]=1
    if grep -qE "/${m}\.ko$|/${m//_/-}\.ko$" "$moddir/modules.builtin" 2>/dev/null; then
        return 0
    fi
    [ -z "$moddir" ] || f=$(modfile "$m")
    if [ -z "$f" ]; then
        [ -n "$custom" ] || die "kernel $name ($release) has no module $m and does not build it in"
        case " $required " in
            *" $m "*)
                # Without modules.builtin we cannot tell; init checks at boot and names it.
                [ ! -f "$moddir/modules.builtin" ] ||
                    die "custom kernel $release lacks the $m driver: it is neither built in (modules.builtin) nor a module in $moddir; enable $(config_of "$m")" ;;
        esac
        missing+=("$m")
        return 0
    fi
    unpacked "$f" > "$root/lib/modules/$m.ko"
    deps=$(tr '\0' '\n' < "$root/lib/modules/$m.ko" | sed -n 's/^depends=//p' | head -n1)
    for d in ${deps//,/ }; do add_module "$d"; done
    order+=("$m")
}
while read -r m; do
    case $m in ''|'#'*) continue ;; esac
    add_module "$m"
done < "$here/images/modules.list"
printf '%s\n' "${order[@]+"${order[@]}"}" > "$root/etc/modules.order"

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
cp "$vmlinuz" "$tmpout/vmlinuz"

node -e '
const [name, release, pkg, ver, key, agent, mods, missing, vmlinuz, initrd] = process.argv.slice(1);
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
  // Modules a custom kernel neither builds in nor provides (when it cannot be known: all not found).
  missingModules: missing.split(" ").filter(Boolean),
  vmlinuzBytes: fs.statSync(vmlinuz).size,
  initramfsBytes: fs.statSync(initrd).size,
};
fs.writeFileSync(process.argv[process.argv.length - 1], JSON.stringify(image, null, 2) + "\n");
' "$name" "$release" "$kpkg" "$kver" "$key" "$agent" "$(cat "$root/etc/modules.order")" "${missing[*]+"${missing[*]}"}" \
    "$tmpout/vmlinuz" "$tmpout/initramfs.cpio.gz" "$tmpout/image.json"
rm -rf "$out"
mv "$tmpout" "$out"
log "image $name ready: $out"
echo "$out"
