#!/usr/bin/env bash
# Build a bootable guest image for one kernel:
#
#   images/build.sh 6.1                         a pinned Debian kernel (images/kernels.lock)
#   images/build.sh --custom BZIMAGE [MODDIR]   your own kernel, and its modules if any
#   ... --check                                 print the folder if built for the current inputs, else exit 3
#   images/build.sh 6.1 --relock                build, then record its sha256 sums in images/initramfs.lock
#
# The folder holds vmlinuz, initramfs.cpio.gz and image.json. It lives under
# $COSIM_CACHE/images/<version>-<key>, where the key hashes every input
# (pinned packages or the custom kernel's bytes, init, module list, this
# script, the relay agent binary), so a changed input gives a new folder and
# an unchanged one is reused.
#
# The initramfs is reproducible (fixed order, times, owners and modes, gzip
# without a timestamp; nothing depends on the umask, the checkout's folder or
# $COSIM_CACHE), and for the pinned kernels images/initramfs.lock records the
# sha256 of initramfs.cpio.gz and vmlinuz for the inputs' key: an image that
# comes out different is refused, whether just built or found in the cache.
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
pins="$here/images/initramfs.lock"
export LC_ALL=C
umask 022
# The drivers every guest needs: without them there is no NIC or relay port.
required="virtio_pci virtio_console virtio_net"

check=0
relock=0
custom=""
moddir_in=""
args=()
for a in "$@"; do
    case $a in
        --check) check=1 ;;
        --relock) relock=1 ;;
        *) args+=("$a") ;;
    esac
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
    [ $relock = 0 ] || die "--relock is for the pinned kernels ($known); a custom kernel's image has no pin"
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
    # viprun is built beside the agent (relay-agent/build.sh).
    [ -z "$agent" ] || sha256sum < "$(dirname "$agent")/viprun"
    # Module files by relative path and content: a rebuilt module is a new input.
    [ -z "$moddir_in" ] || (cd "$moddir_in" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0r sha256sum)
} | sha256sum | cut -c1-16)
out="$COSIM_CACHE/images/$name-$key"

# The build tools whose versions can change the initramfs bytes.
tools() {
    local p sep=""
    for p in cpio gzip xz-utils zstd coreutils findutils dpkg; do
        printf '%s%s=%s' "$sep" "$p" "$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || echo none)"
        sep=" "
    done
    echo
}

# verify DIR: a pinned kernel's image must match its row in images/initramfs.lock.
verify() {
    local dir=$1 row pkey pinit pvmlinuz init vml
    [ -z "$custom" ] || return 0
    row=$(awk -v n="$name" '!/^#/ && $1 == n' "$pins" 2>/dev/null)
    [ -n "$row" ] || die "images/initramfs.lock has no pin for image $name; run images/build.sh $name --relock and commit images/initramfs.lock"
    read -r _ pkey pinit pvmlinuz <<< "$row"
    init=$(sha256sum < "$dir/initramfs.cpio.gz" | cut -d' ' -f1)
    vml=$(sha256sum < "$dir/vmlinuz" | cut -d' ' -f1)
    [ "$init" = "$pinit" ] && [ "$vml" = "$pvmlinuz" ] && return 0
    if [ "$pkey" != "$key" ]; then
        die "image $name in $dir has initramfs.cpio.gz sha256 $init but images/initramfs.lock pins $pinit, recorded for other inputs (key $pkey, now $key: kernels.lock, init.sh, modules.list, build.sh or the relay agent changed). If you changed them on purpose, run images/build.sh $name --relock for each of $known and commit images/initramfs.lock with your change"
    fi
    if [ "$vml" != "$pvmlinuz" ]; then
        die "image $name in $dir has vmlinuz sha256 $vml but images/initramfs.lock pins $pvmlinuz for the same inputs (key $key); the kernel package is checked against kernels.lock, so the file was changed after extraction: delete $dir and rebuild"
    fi
    die "image $name in $dir has initramfs.cpio.gz sha256 $init but images/initramfs.lock pins $pinit for the same inputs (key $key): the build tools differ (pinned: $(awk '$1 == "tools" { $1 = ""; print; exit }' "$pins" | sed 's/^ //'); here: $(tools)) or the build is not reproducible here. Install the pinned Debian 12 versions, or compare the two archives (cpio -itv, diffoscope) and fix images/build.sh; relock (images/build.sh $name --relock) only to move the pin deliberately"
}

if [ $relock = 0 ] && [ -f "$out/image.json" ]; then
    verify "$out"
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
[ -z "$agent" ] || install -m 0755 "$(dirname "$agent")/viprun" "$root/sbin/viprun"

# Same inputs, same bytes: fixed modes (whatever the umask or the source
# files' modes), times, owners and order (--reproducible numbers inodes from
# 0 and drops device numbers), no gzip name or timestamp.
chmod -R u=rwX,go=rX "$root"
find "$root" -exec touch -h -d @0 {} +
tmpout="$out.tmp.$$"
rm -rf "$tmpout"
mkdir -p "$tmpout"
(cd "$root" && find . -print0 | LC_ALL=C sort -z |
    cpio --null -o -H newc --reproducible -R 0:0 --quiet) | gzip -n -9 > "$tmpout/initramfs.cpio.gz"
cp "$vmlinuz" "$tmpout/vmlinuz"
initsha=$(sha256sum < "$tmpout/initramfs.cpio.gz" | cut -d' ' -f1)
vmlsha=$(sha256sum < "$tmpout/vmlinuz" | cut -d' ' -f1)
agentsha=""
[ -z "$agent" ] || agentsha=$(sha256sum < "$agent" | cut -d' ' -f1)

node -e '
const [name, release, pkg, ver, key, agent, mods, missing, vmlinuz, initrd, initSha, vmlSha, agentSha] = process.argv.slice(1);
const fs = require("fs");
const image = {
  version: name,
  kernelRelease: release,
  package: pkg,
  packageVersion: ver,
  key,
  relayAgent: agent !== "",
  // Identity of the guest inputs: the same sums on every machine for the same key
  // (pinned in images/initramfs.lock and relay-agent/agent.lock).
  initramfsSha256: initSha,
  vmlinuzSha256: vmlSha,
  relayAgentSha256: agentSha === "" ? null : agentSha,
  cmdline: "console=ttyS0 panic=-1 oops=panic printk.time=1",
  modules: mods.split("\n").filter(Boolean),
  // Modules a custom kernel neither builds in nor provides (when it cannot be known: all not found).
  missingModules: missing.split(" ").filter(Boolean),
  vmlinuzBytes: fs.statSync(vmlinuz).size,
  initramfsBytes: fs.statSync(initrd).size,
};
fs.writeFileSync(process.argv[process.argv.length - 1], JSON.stringify(image, null, 2) + "\n");
' "$name" "$release" "$kpkg" "$kver" "$key" "$agent" "$(cat "$root/etc/modules.order")" "${missing[*]+"${missing[*]}"}" \
    "$tmpout/vmlinuz" "$tmpout/initramfs.cpio.gz" "$initsha" "$vmlsha" "$agentsha" "$tmpout/image.json"

if [ $relock = 1 ]; then
    # One row per pinned kernel, in the order of images/kernels.lock; only this one's changes.
    {
        echo "# What images/build.sh must produce for each pinned kernel (images/kernels.lock):"
        echo "# the inputs' key (as in the cache folder's name) and the sha256 of"
        echo "# initramfs.cpio.gz and vmlinuz. Written by images/build.sh <version> --relock;"
        echo "# the tools line is informative (the Debian packages of the last relock)."
        echo "tools $(tools)"
        echo "# version key               initramfs.cpio.gz sha256                                          vmlinuz sha256"
        for v in $(awk '!/^#/ && NF == 5 && $1 != "busybox" { print $1 }' "$lock"); do
            if [ "$v" = "$name" ]; then
                printf '%-7s %s  %s  %s\n' "$name" "$key" "$initsha" "$vmlsha"
            else
                awk -v n="$v" '!/^#/ && $1 == n' "$pins" 2>/dev/null || true
            fi
        done
    } > "$pins.new"
    mv "$pins.new" "$pins"
    log "recorded image $name ($initsha) in images/initramfs.lock"
fi
rm -rf "$out.rejected"
if ! (verify "$tmpout"); then
    mv "$tmpout" "$out.rejected"
    die "kept the refused image in $out.rejected for comparison"
fi
rm -rf "$out"
mv "$tmpout" "$out"
log "image $name ready: $out"
echo "$out"
