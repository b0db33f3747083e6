#!/usr/bin/env bash
# A guest image with Debian packages and user files, on top of a stock image:
#
#   images/layer.sh 6.1 [--suite S] [--file GUEST=SRC]... [PKG...]
#   images/layer.sh --custom BZIMAGE [--modules MODDIR] [--suite S] [--file GUEST=SRC]... [PKG...]
#   ... --check     print the folder if it is built for the current inputs, else exit 3
#   ... --frozen    take packages from images/packages.lock only (never resolve a new request)
#
# It prints a folder like images/build.sh's (vmlinuz, initramfs.cpio.gz,
# image.json) under $COSIM_CACHE/images/<stock image>+<key>. The initramfs
# is the stock image's archive, byte for byte, followed by a second archive
# (the layer) that the kernel unpacks over it: the packages (images/packages.sh:
# resolved by apt, pinned in images/packages.lock), the network modules of
# images/modules-extra.list with their modules.dep and modules.alias, a
# minimal /etc, the user's files, and /sbin/cosim-init-env, which the
# kernel runs first (rdinit=) to set up the environment and then runs the
# stock /init. So a stock image's bytes never depend on this script, and a
# layered image is keyed by the stock image it extends.
#
# SUITE defaults to the kernel's own (images/kernels.lock; bookworm for a
# custom kernel). GUEST is an absolute path in the guest; SRC a file here,
# installed with mode 0755 if its owner may execute it, else 0644.
#
# The layer is reproducible like the stock archive (sorted, mtime 0, owner
# 0:0, normalised modes, gzip -n): the same inputs give the same sha256 in
# any folder and on any machine with the same tools.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=images
export LC_ALL=C
umask 022

check=0
frozen=0
custom=""
moddir=""
suite=""
files=()
pkgs=()
while [ $# -gt 0 ]; do
    case $1 in
        --check) check=1 ;;
        --frozen) frozen=1 ;;
        --custom) custom=${2:?--custom needs a bzImage}; shift ;;
        --modules) moddir=${2:?--modules needs a folder}; shift ;;
        --suite) suite=${2:?--suite needs a suite name}; shift ;;
        --file) files+=("${2:?--file needs GUEST=SRC}"); shift ;;
        -*) die "unknown option $1" ;;
        *) if [ -z "$custom" ] && [ -z "${version:-}" ]; then version=$1; else pkgs+=("$1"); fi ;;
    esac
    shift
done
version=${version:-}
[ -n "$custom" ] || [ -n "$version" ] || die "usage: images/layer.sh <version>|--custom BZIMAGE [--modules DIR] [--suite S] [--file GUEST=SRC]... [PKG...] [--check] [--frozen]"
[ ${#pkgs[@]} -gt 0 ] || [ ${#files[@]} -gt 0 ] || die "nothing to add: name packages or --file; the stock image is images/build.sh's"
for p in ${pkgs[@]+"${pkgs[@]}"}; do
    [[ $p =~ ^[a-z0-9][a-z0-9+.-]+$ ]] || die "'$p' is not a Debian package name (lower-case letters, digits, + - .)"
done

# The stock image this one extends.
if [ -n "$custom" ]; then
    base_args=(--custom "$custom" ${moddir:+"$moddir"})
    : "${suite:=bookworm}"
else
    base_args=("$version")
    kline=$(awk -v n="$version" '!/^#/ && $1 == n && n != "busybox"' "$here/images/kernels.lock")
    [ -n "$kline" ] || die "unknown kernel version '$version' (images/kernels.lock)"
    read -r _ ksuite kpkg kver ksha <<< "$kline"
    : "${suite:=$ksuite}"
fi
if [ $check = 1 ]; then
    base=$("$here/images/build.sh" "${base_args[@]}" --check) || exit 3
else
    base=$("$here/images/build.sh" "${base_args[@]}")
fi
base=$(tail -n1 <<< "$base")

# Packages: "name version deb" lines, from the lock. dash is always among
# them and becomes /bin/sh: busybox's sh runs its own applets before
# anything on the PATH (Debian builds it "standalone"), so under it `tc`
# would be busybox's tc even with iproute2 in the image. dash runs what the
# PATH finds, as a Debian system's /bin/sh does; init.sh runs under it too.
requested=("${pkgs[@]+"${pkgs[@]}"}")
pkgs+=(dash)
plines=""
if [ ${#pkgs[@]} -gt 0 ]; then
    popt=()
    [ $check = 0 ] || popt+=(--check)
    [ $frozen = 0 ] || popt+=(--frozen)
    if [ $check = 1 ]; then
        plines=$("$here/images/packages.sh" "$suite" "${pkgs[@]}" "${popt[@]}") || exit 3
    else
        plines=$("$here/images/packages.sh" "$suite" "${pkgs[@]}" ${popt[@]+"${popt[@]}"})
    fi
fi

# Files: "guest mode sha256 src" lines, checked here too (the scenario
# compiler checks them first, with the scenario's path and line).
flines=""
for f in ${files[@]+"${files[@]}"}; do
    guest=${f%%=*}
    src=${f#*=}
    [ "$guest" != "$f" ] || die "--file $f: expected GUEST=SRC"
    [[ $guest =~ ^(/[A-Za-z0-9._+@-]+)+$ ]] && [[ ! $guest =~ /\.\.?(/|$) ]] ||
        die "file $guest: the guest path must be absolute and plain (letters, digits, . _ + @ -; no . or .. parts)"
    case $guest in
        /proc/*|/sys/*|/dev/*|/tmp/*|/run/*) die "file $guest: $(cut -d/ -f2 <<< "$guest") is mounted over at boot, so the file would be hidden; put it elsewhere" ;;
        /init|/sbin/cosim-relay|/sbin/cosim-init-env|/sbin/cosim-modprobe) die "file $guest would replace the image's own $guest" ;;
    esac
    [ -f "$src" ] && [ -r "$src" ] || die "file $guest: source $src is not a readable file"
    mode=0644
    [ ! -x "$src" ] || mode=0755
    flines+="$guest $mode $(sha256sum < "$src" | cut -c1-64) $(realpath "$src")"$'\n'
done
flines=$(sort <<< "$flines" | sed '/^$/d')
dups=$(cut -d' ' -f1 <<< "$flines" | uniq -d | head -n1)
[ -z "$dups" ] || die "file $dups is given twice"

basekey=$(node -e 'const m=require(process.argv[1]); console.log(m.key, m.initramfsSha256, m.vmlinuzSha256)' "$base/image.json")
key=$({
    echo "base $basekey"
    echo "suite $suite"
    # Packages by name, version and content (the lock's sha256, checked by packages.sh).
    while read -r n v d; do [ -z "$n" ] || echo "pkg $n $v $(sha256sum < "$d" | cut -c1-64)"; done <<< "$plines"
    cut -d' ' -f1-3 <<< "$flines"
    cd "$here" && sha256sum images/layer.sh images/init-env.sh images/modules-extra.list
} | sha256sum | cut -c1-16)
out="$COSIM_CACHE/images/$(basename "$base")+$key"

# One builder per image (and per kernel's modules, below): a second run
# asking for the same image waits, then finds it built.
if [ $check = 0 ]; then
    mkdir -p "$COSIM_CACHE/images"
    exec 8> "$out.flock"
    flock 8
fi
if [ -f "$out/image.json" ]; then
    want=$(node -e 'console.log(require(process.argv[1]).initramfsSha256)' "$out/image.json")
    got=$(sha256sum < "$out/initramfs.cpio.gz" | cut -c1-64)
    [ "$got" = "$want" ] || die "image $out: initramfs.cpio.gz has sha256 $got but its image.json says $want; delete the folder and build again"
    echo "$out"
    exit 0
fi
if [ $check = 1 ]; then
    echo "image $(basename "$out") is not built for the current inputs; run images/layer.sh or cosim run" >&2
    exit 3
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
mkdir -p "$root"
log "building image $(basename "$out") (${#requested[@]} packages asked for, $(grep -c . <<< "$plines" || true) with dependencies, ${#files[@]} files)"

# 1. Packages, in name order; what only people read (docs, manuals,
#    translations) is left out, as Debian's minimal images do.
while read -r n v d; do
    [ -z "$n" ] || dpkg-deb -x "$d" "$root"
done <<< "$plines"
rm -rf "$root"/usr/share/{doc,man,info,locale,lintian,linda}

# 1b. Alternatives. Some commands exist only as links a postinst makes with
#     update-alternatives (iptables -> iptables-nft, nc -> nc.openbsd), and
#     postinsts do not run here. Their literal `update-alternatives --install
#     LINK NAME PATH PRIORITY [--slave LINK NAME PATH]...` lines are read
#     instead, and for each NAME the highest priority's links are made (the
#     first package in name order wins a tie), as update-alternatives' auto
#     mode would; lines with shell variables are skipped.
: > "$work/alternatives"
i=0
while read -r n v d; do
    [ -n "$n" ] || continue
    i=$((i + 1))
    dpkg-deb -I "$d" postinst 2>/dev/null | sed -e ':a' -e '/\\$/N; s/\\\n//; ta' |
        grep -E '(^|[[:space:];&|])update-alternatives[[:space:]]' | grep -v '\$' |
        awk -v pkg="$i" '{
            for (k = 1; k <= NF; k++) {
                if ($k == "--install" && k + 4 <= NF) { id = pkg "." NR "." k; print "install", id, $(k+4), $(k+2), $(k+1), $(k+3); k += 4 }
                else if ($k == "--slave" && k + 3 <= NF && id != "") { print "slave", id, 0, "-", $(k+1), $(k+3); k += 3 }
            }
            id = ""
        }' >> "$work/alternatives" || true
done <<< "$plines"
declare -A altbest=() altprio=()
while read -r kind id prio name link path; do
    [ "$kind" = install ] && [[ $prio =~ ^-?[0-9]+$ ]] || continue
    if [ -z "${altprio[$name]:-}" ] || [ "$prio" -gt "${altprio[$name]}" ]; then altprio[$name]=$prio; altbest[$name]=$id; fi
done < "$work/alternatives"
chosen=" ${altbest[*]+"${altbest[*]}"} "
while read -r kind id prio name link path; do
    [[ $chosen == *" $id "* ]] || continue
    if { [ -e "$root$path" ] || [ -L "$root$path" ]; } && [ ! -e "$root$link" ] && [ ! -L "$root$link" ]; then
        mkdir -p "$(dirname "$root$link")"
        ln -s "$path" "$root$link"
    fi
done < "$work/alternatives"

# 2. Programs of packages answer to their names, as on Debian. The stock
#    image has real /bin, /sbin and /lib folders (busybox's links, the boot
#    modules), which an archive unpacked over it cannot turn into links to
#    /usr; so the /usr merge is done entry by entry: a program or library a
#    package put in one of /X and /usr/X is linked from the other, unless a
#    folder of the stock image is in the way (bookworm's iproute2 ships
#    /bin/ip, trixie's /usr/bin/ip: both then answer at both paths). Then
#    busybox's link for a name a package provides, wherever on the PATH it
#    sits, points at the package's program instead.
stocklist=$(gzip -dc "$base/initramfs.cpio.gz" | cpio -itv --quiet)
stockdirs=$(awk '/^d/ { print $NF }' <<< "$stocklist" | sed 's|^\./||')
is_stock_dir() { grep -qxF "$1" <<< "$stockdirs"; }
exists() { [ -e "$root/$1" ] || [ -L "$root/$1" ]; }
for d in bin sbin lib lib64; do
    for pair in "$d usr/$d" "usr/$d $d"; do
        read -r from to <<< "$pair"
        [ -d "$root/$from" ] || continue
        for e in "$root/$from"/*; do
            [ -e "$e" ] || [ -L "$e" ] || continue
            e=${e##*/}
            if exists "$to/$e" || is_stock_dir "$to/$e"; then continue; fi
            mkdir -p "$root/$to"
            ln -s "/$from/$e" "$root/$to/$e"
        done
    done
done
awk '/^l/ && $NF == "/bin/busybox" { print $(NF-2) }' <<< "$stocklist" | sed 's|^\./||' | while read -r applet; do
    exists "$applet" && continue
    for d in usr/sbin usr/bin sbin bin; do
        if exists "$d/${applet##*/}"; then
            ln -s "/$d/${applet##*/}" "$root/$applet"
            break
        fi
    done
done

# 3. Network modules the kernel may ask for, with modules.dep and
#    modules.alias for busybox's modprobe (it reads the text forms). They
#    depend only on the kernel, so they are prepared once per stock image
#    (compressing 400 modules takes a minute) and copied from there.
# modules_into DIR: lib/modules/<release>/... and DIR/count (how many).
modules_into() {
    local mroot=$1 kmods release mdest f rel m want d line i dest info deps
    local -A have=() byname=() direct=() seen=()
    local queue=() post=()
    mkdir -p "$mroot"
    if [ -n "$custom" ]; then
        kmods=""
        if [ -n "$moddir" ]; then
            for cand in "$moddir"/lib/modules/* "$moddir"; do
                if [ -d "$cand/kernel" ]; then kmods=$(realpath "$cand"); break; fi
            done
        fi
    else
        kdeb="$COSIM_CACHE/debs/${kpkg}_${kver//:/%3a}_amd64.deb"
        verify_sha256 "$kdeb" "$ksha"
        mkdir -p "$work/k"
        dpkg-deb -x "$kdeb" "$work/k"
        kmods=$(echo "$work"/k/lib/modules/*)
    fi
    nmods=0
    if [ -n "$kmods" ] && [ -d "$kmods/kernel" ]; then
        release=$(node -e 'console.log(require(process.argv[1]).kernelRelease)' "$base/image.json")
        mdest="$mroot/lib/modules/$release"
        mkdir -p "$mdest"
        while IFS= read -r f; do
            rel=${f#"$kmods"/}
            m=${rel##*/}; m=${m%%.ko*}; m=${m//-/_}
            byname[$m]=$rel
        done < <(cd "$kmods" && find "$kmods/kernel" -name '*.ko*' | sort)
        queue=()
        while read -r want; do
            case $want in ''|'#'*) continue ;; esac
            for m in "${!byname[@]}"; do
                rel=${byname[$m]}
                case $want in
                    */) [[ $rel == kernel/$want* ]] && queue+=("$m") ;;
                    *) [[ $rel == kernel/$want.ko* ]] && queue+=("$m") ;;
                esac
            done
        done < "$here/images/modules-extra.list"
        : > "$work/modules.dep"
        : > "$work/modules.alias"
        while [ ${#queue[@]} -gt 0 ]; do
            m=${queue[0]}
            queue=("${queue[@]:1}")
            [ -z "${have[$m]:-}" ] || continue
            have[$m]=1
            rel=${byname[$m]}
            # Kept xz-compressed (busybox's insmod reads .ko.xz): the kernel then
            # unpacks a quarter of the bytes at every boot, and a module is only
            # decompressed when it is loaded.
            dest=${rel%%.ko*}.ko.xz
            mkdir -p "$(dirname "$mdest/$dest")"
            case $rel in
                *.xz) xz -dc "$kmods/$rel" ;;
                *.zst) zstd -qdc "$kmods/$rel" ;;
                *) cat "$kmods/$rel" ;;
            esac > "$work/m.ko"
            case $rel in
                *.xz) cp "$kmods/$rel" "$mdest/$dest" ;;
                *) xz -T1 --check=crc32 --lzma2=dict=1MiB -c "$work/m.ko" > "$mdest/$dest" ;;
            esac
            info=$(tr '\0' '\n' < "$work/m.ko")
            deps=$(sed -n 's/^depends=//p' <<< "$info" | head -n1 | tr , ' ')
            direct[$m]=""
            for d in $deps; do
                d=${d//-/_}
                [ -n "${byname[$d]:-}" ] || continue
                queue+=("$d")
                direct[$m]+=" $d"
            done
            sed -n 's/^alias=//p' <<< "$info" | while read -r a; do echo "alias $a $m"; done >> "$work/modules.alias"
            nmods=$((nmods + 1))
        done
        # modules.dep as depmod writes it: every dependency, direct or not, each
        # listed before its own dependencies (busybox's modprobe loads the list
        # from its end and does not look further).
        closure() {
            local d
            for d in ${direct[$1]}; do
                [ -z "${seen[$d]:-}" ] || continue
                seen[$d]=1
                closure "$d"
                post+=("$d")
            done
        }
        for m in "${!have[@]}"; do
            seen=()
            post=()
            closure "$m"
            line="${byname[$m]%%.ko*}.ko.xz:"
            for ((i = ${#post[@]} - 1; i >= 0; i--)); do line+=" ${byname[${post[$i]}]%%.ko*}.ko.xz"; done
            echo "$line"
        done > "$work/modules.dep"
        sort "$work/modules.dep" > "$mdest/modules.dep"
        sort -u "$work/modules.alias" > "$mdest/modules.alias"
        [ ! -f "$kmods/modules.builtin" ] || cp "$kmods/modules.builtin" "$mdest/modules.builtin"
    fi
    echo "$nmods" > "$mroot/count"
}
# The folder's key: the stock image, the list, and the version of the code
# above (raise it when modules_into changes what it writes).
modules_format=1
modkey=$({ echo "$basekey"; echo "format $modules_format"; cd "$here" && sha256sum images/modules-extra.list; } | sha256sum | cut -c1-16)
mcache="$COSIM_CACHE/images/$(basename "$base").modules-$modkey"
exec 7> "$mcache.flock"
flock 7
if [ ! -f "$mcache/count" ]; then
    log "preparing the network modules of $(basename "$base") (once per kernel)"
    rm -rf "$mcache.tmp.$$"
    modules_into "$mcache.tmp.$$"
    rm -rf "$mcache"
    mv "$mcache.tmp.$$" "$mcache"
fi
nmods=$(cat "$mcache/count")
[ ! -d "$mcache/lib" ] || cp -a "$mcache/lib" "$root/"
exec 7>&-

# 4. A minimal /etc where the packages did not bring one; no maintainer
#    script runs, so nothing else would create them.
mkdir -p "$root/etc" "$root/root" "$root/sbin" "$root/var/tmp"
[ -e "$root/etc/passwd" ] || printf 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n' > "$root/etc/passwd"
[ -e "$root/etc/group" ] || printf 'root:x:0:\ndaemon:x:1:\nnogroup:x:65534:\n' > "$root/etc/group"
[ -e "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$root/etc/hosts"
install -m 0755 "$here/images/init-env.sh" "$root/sbin/cosim-init-env"
printf '#!/bin/sh\n# The kernel'"'"'s module loader (/proc/sys/kernel/modprobe, set by cosim-init-env).\nexec /bin/busybox modprobe "$@"\n' > "$root/sbin/cosim-modprobe"
chmod 0755 "$root/sbin/cosim-modprobe"

# 5. The user's files.
while read -r guest mode sha src; do
    [ -n "$guest" ] || continue
    if [ -d "$root$guest" ] && [ ! -L "$root$guest" ]; then die "file $guest: a package already has a folder there"; fi
    [ "$(sha256sum < "$src" | cut -c1-64)" = "$sha" ] || die "file $guest: $src changed while the image was being built"
    mkdir -p "$(dirname "$root$guest")"
    rm -f "$root$guest"
    install -m "$mode" "$src" "$root$guest"
done <<< "$flines"

# 6. The layer archive, as reproducible as the stock one (images/build.sh),
#    appended to the stock archive.
chmod -R u=rwX,go=rX "$root"
chmod 1777 "$root/var/tmp"
find "$root" -exec touch -h -d @0 {} +
tmpout="$out.tmp.$$"
rm -rf "$tmpout"
mkdir -p "$tmpout"
(cd "$root" && find . -mindepth 1 -print0 | LC_ALL=C sort -z |
    cpio --null -o -H newc --reproducible -R 0:0 --quiet) | gzip -n -9 > "$work/layer.cpio.gz"
cat "$base/initramfs.cpio.gz" "$work/layer.cpio.gz" > "$tmpout/initramfs.cpio.gz"
ln "$base/vmlinuz" "$tmpout/vmlinuz" 2>/dev/null || cp "$base/vmlinuz" "$tmpout/vmlinuz"
layerbytes=$(stat -c %s "$work/layer.cpio.gz")
layerunpacked=$(du -sb --apparent-size "$root" | cut -f1)
stockunpacked=$(gzip -dc "$base/initramfs.cpio.gz" | wc -c)
# The Debian packages of the tools whose versions can change the bytes
# (informative, as in images/initramfs.lock's tools line).
tools=$(for p in cpio gzip xz-utils dpkg coreutils findutils; do printf '%s=%s ' "$p" "$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || echo none)"; done)

node -e '
const fs = require("fs");
const [baseJson, out, suite, key, plines, flines, requested, layerBytes, layerUnpacked, stockUnpacked, nmods, tools] = process.argv.slice(1);
const stock = JSON.parse(fs.readFileSync(baseJson, "utf8"));
const sha = require("crypto").createHash("sha256").update(fs.readFileSync(out + "/initramfs.cpio.gz")).digest("hex");
const lines = (t) => t.split("\n").filter(Boolean).map((l) => l.split(" "));
const image = {
  ...stock,
  key,
  // The stock image this one extends: its initramfs is the first archive of ours.
  base: { dir: require("path").basename(require("path").dirname(baseJson)), key: stock.key, initramfsSha256: stock.initramfsSha256, initramfsBytes: stock.initramfsBytes },
  initramfsSha256: sha,
  initramfsBytes: fs.statSync(out + "/initramfs.cpio.gz").size,
  // What the kernel unpacks into memory (rootfs), stock files and layer together.
  unpackedBytes: Number(stockUnpacked) + Number(layerUnpacked),
  layerBytes: Number(layerBytes),
  cmdline: stock.cmdline + " rdinit=/sbin/cosim-init-env",
  suite,
  requestedPackages: requested.split(" ").filter(Boolean),
  packages: lines(plines).map(([name, version]) => ({ name, version })),
  files: lines(flines).map(([path, mode, sha256]) => ({ path, mode, sha256 })),
  extraModules: Number(nmods),
  tools: tools.trim(),
};
fs.writeFileSync(out + "/image.json", JSON.stringify(image, null, 2) + "\n");
' "$base/image.json" "$tmpout" "$suite" "$key" "$plines" "$flines" "${requested[*]+"${requested[*]}"}" "$layerbytes" "$layerunpacked" "$stockunpacked" "$nmods" "$tools"

rm -rf "$out"
mv "$tmpout" "$out"
log "image $(basename "$out") ready: initramfs $(stat -c %s "$out/initramfs.cpio.gz") bytes ($layerbytes of them the layer), $nmods extra modules"
echo "$out"
