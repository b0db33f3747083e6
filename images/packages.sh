#!/usr/bin/env bash
# Debian packages for guest images, resolved by apt and pinned in
# images/packages.lock:
#
#   images/packages.sh SUITE PKG...      print "name version deb-path" for PKG and everything it needs
#   ... --frozen                         use the lock only: a request it does not hold is an error
#   ... --check                          no network: print the lines if locked and downloaded, else exit 3
#   images/packages.sh --update SUITE    resolve every locked request of SUITE again against today's archive
#
# SUITE is bullseye, bookworm, bookworm-backports or trixie. A request (the
# sorted set of names asked for in one suite) is resolved once, by apt's own
# solver, and its whole closure is written to the lock with versions and
# sha256; from then on the lock alone decides what goes into an image, and
# the archive is only asked for a .deb that is not yet in $COSIM_CACHE/debs.
#
# Why `apt-get install --simulate` against a private configuration with an
# empty dpkg status, rather than `apt-cache depends --recurse`: the simulated
# install runs the solver apt itself would run on an empty system. It picks
# one alternative of `a | b`, one provider of a virtual package, honours
# Pre-Depends, Conflicts and Breaks, and prints the exact version of each
# package. `apt-cache depends --recurse` lists every alternative and every
# provider, with no versions, which is both too much and not a decision.
# Recommends are left out (--no-install-recommends), as on a minimal system.
# Nothing is ever installed on the host: the configuration, its indexes and
# the downloads live under $COSIM_CACHE.
#
# Packages locked earlier in a suite are pinned (apt preferences, priority
# 1001) while a new request is resolved, so one suite has one version of
# each package across every request in the lock.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../scripts/lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=packages
lock="$here/images/packages.lock"
export LC_ALL=C
suites="bullseye bookworm bookworm-backports trixie"

check=0
frozen=0
update=0
args=()
for a in "$@"; do
    case $a in
        --check) check=1 ;;
        --frozen) frozen=1 ;;
        --update) update=1 ;;
        *) args+=("$a") ;;
    esac
done
set -- "${args[@]+"${args[@]}"}"
suite=${1:-}
[ -n "$suite" ] || die "usage: images/packages.sh SUITE PKG... [--frozen|--check] | --update SUITE; suites: $suites"
case " $suites " in *" $suite "*) ;; *) die "unknown suite '$suite'; packages come from one of: $suites" ;; esac
shift
for p in "$@"; do
    [[ $p =~ ^[a-z0-9][a-z0-9+.-]+$ ]] || die "'$p' is not a Debian package name (lower-case letters, digits, + - .)"
done
request=$(printf '%s\n' "$@" | sort -u | paste -sd, -)
[ $update = 1 ] || [ -n "$request" ] || die "no packages asked for"

# guest_apt SUITE: a private apt configuration for guest packages of SUITE
# (binary indexes only; backports with its base suite), refreshed daily.
# Prints its directory.
guest_apt() {
    local s=$1 dir="$COSIM_CACHE/apt/guest-$1" uri list
    uri=$(archive_uri)
    list=$s
    [ "$s" != bookworm-backports ] || list="bookworm bookworm-backports"
    mkdir -p "$dir/etc/apt/sources.list.d" "$dir/etc/apt/preferences.d" "$dir/var/lib/apt/lists/partial" \
        "$dir/var/cache/apt/archives/partial" "$dir/var/lib/dpkg"
    for x in $list; do
        printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n' "$uri" "$x"
    done > "$dir/etc/apt/sources.list.d/cosim.sources.new"
    if ! cmp -s "$dir/etc/apt/sources.list.d/cosim.sources.new" "$dir/etc/apt/sources.list.d/cosim.sources" ||
        [ -z "$(find "$dir/var/lib/apt/lists" -maxdepth 1 -name '*Release' -mtime -1 2>/dev/null)" ]; then
        mv "$dir/etc/apt/sources.list.d/cosim.sources.new" "$dir/etc/apt/sources.list.d/cosim.sources"
        log "refreshing the package indexes of $s ($uri)"
        private_apt "$dir" update -qq >&2 || die "apt-get update failed for suite $s (archive $uri, configuration $dir)"
    else
        rm -f "$dir/etc/apt/sources.list.d/cosim.sources.new"
    fi
    printf '%s\n' "$dir"
}

# Lock rows: suite request package version sha256.
rows_of() { awk -v s="$1" -v r="$2" '!/^#/ && NF == 5 && $1 == s && $2 == r { print $3, $4, $5 }' "$lock" 2>/dev/null || true; }
pins_of() { awk -v s="$1" '!/^#/ && NF == 5 && $1 == s { print $3, $4, $5 }' "$lock" 2>/dev/null | sort -u || true; }

# deb_of NAME VERSION: the cached .deb of NAME=VERSION, or nothing.
deb_of() {
    local f
    for f in "$COSIM_CACHE/debs/${1}_${2//:/%3a}_"*.deb; do
        [ -f "$f" ] && { echo "$f"; return 0; }
    done
    return 0
}

# download SUITE NAME=VERSION...: fetch them into $COSIM_CACHE/debs in one
# apt call (apt checks each against the signed index as it downloads).
download() {
    local s=$1 dir tmp f
    shift
    dir=$(guest_apt "$s")
    tmp=$(mktemp -d)
    log "downloading $# packages from $s"
    if ! (cd "$tmp" && private_apt "$dir" download -qq "$@" >&2); then
        rm -rf "$tmp"
        die "packages $* (suite $s) cannot all be downloaded: a version pinned in images/packages.lock has left the archive (apt's message is above); run images/packages.sh --update $s and commit images/packages.lock"
    fi
    mkdir -p "$COSIM_CACHE/debs"
    for f in "$tmp"/*.deb; do mv "$f" "$COSIM_CACHE/debs/"; done
    rmdir "$tmp"
}

# resolve SUITE REQUEST: apt's solution for REQUEST (comma-separated), as
# "name version" lines, with every package already locked in SUITE pinned.
resolve() {
    local s=$1 req=$2 dir out pref name ver sha
    dir=$(guest_apt "$s")
    pref="$dir/etc/apt/preferences.d/cosim-pins.pref"
    pins_of "$s" | while read -r name ver sha; do
        printf 'Package: %s\nPin: version %s\nPin-Priority: 1001\n\n' "$name" "$ver"
    done > "$pref"
    # The dpkg status apt solves against: nothing installed but the packages
    # images/packages-provided.list stands in for (unless asked for).
    awk '!/^#/ && NF { print $1 }' "$here/images/packages-provided.list" | while read -r name; do
        case ",$req," in *",$name,"*) continue ;; esac
        printf 'Package: %s\nStatus: install ok installed\nPriority: required\nVersion: 9999\nArchitecture: all\nMaintainer: cosim\nDescription: stood in for by the guest image (images/packages-provided.list)\n' "$name"
        [ "$name" != debconf ] || printf 'Provides: debconf-2.0\n'
        echo
    done > "$dir/var/lib/dpkg/status"
    log "resolving ${req//,/ } in $s with apt"
    # shellcheck disable=SC2046
    if ! out=$(private_apt "$dir" install --simulate --no-install-recommends -t "$s" $(tr , ' ' <<< "$req") 2>&1); then
        # apt's own words name the package: "Unable to locate package X",
        # "Package 'X' has no installation candidate", " X : Depends: Y but ...".
        die "cannot resolve ${req//,/ } in $s: $(grep -E '^(E: | .* : |  +(Depends|PreDepends|Conflicts|Breaks):)' <<< "$out" | sed 's/^ *//' | paste -sd';' - | sed 's/;/; /g')"
    fi
    sed -n 's/^Inst \([^ ]*\) (\([^ ]*\) .*/\1 \2/p' <<< "$out"
}

# lock_request SUITE REQUEST: resolve, download, check and record one request.
lock_request() {
    local s=$1 req=$2 name ver pinned deb sha sol missing=() new=()
    sol=$(resolve "$s" "$req")
    while read -r name ver; do
        pinned=$(pins_of "$s" | awk -v n="$name" '$1 == n { print $2 }')
        if [ -n "$pinned" ] && [ "$pinned" != "$ver" ]; then
            die "package $name is pinned at $pinned in $s (images/packages.lock) but the archive no longer has it (apt offers $ver); run images/packages.sh --update $s and commit images/packages.lock"
        fi
        [ -n "$(deb_of "$name" "$ver")" ] || missing+=("$name=$ver")
    done <<< "$sol"
    [ ${#missing[@]} = 0 ] || download "$s" "${missing[@]}"
    while read -r name ver; do
        deb=$(deb_of "$name" "$ver")
        [ -n "$deb" ] || die "apt downloaded no .deb for $name $ver ($s)"
        sha=$(sha256sum "$deb" | cut -d' ' -f1)
        new+=("$s $req $name $ver $sha")
    done <<< "$sol"
    [ ${#new[@]} -gt 0 ] || die "apt resolved ${req//,/ } in $s to no packages"
    write_lock "${new[@]}"
    log "locked ${req//,/ } in $s: ${#new[@]} packages (images/packages.lock; commit it)"
}

# write_lock ROW...: the lock with ROWs added, rows sorted, comments kept on top.
write_lock() {
    {
        if [ -f "$lock" ]; then
            grep '^#' "$lock"
        else
            echo "# Pinned Debian packages of guest images (images/packages.sh; images/README.md)."
            echo "# Each request (the package names asked for in one suite, sorted, joined by commas)"
            echo "# lists every package apt's solver gave for it, with version and .deb sha256."
            echo "# suite  request  package  version  sha256"
        fi
        { awk '!/^#/ && NF == 5' "$lock" 2>/dev/null || true; printf '%s\n' "$@"; } | sort -u -k1,1 -k2,2 -k3,3 |
            awk '{ printf "%-18s %s  %-24s %-26s %s\n", $1, $2, $3, $4, $5 }'
    } > "$lock.new"
    mv "$lock.new" "$lock"
}

# One writer at a time: two runs locking new requests must not lose a row.
# (Readers need no lock: the file is replaced by a rename.)
if [ $check = 0 ]; then
    mkdir -p "$COSIM_CACHE"
    exec 9> "$COSIM_CACHE/packages-lock.flock"
    flock 9
fi

if [ $update = 1 ]; then
    [ $check = 0 ] && [ $frozen = 0 ] || die "--update cannot be combined with --check or --frozen"
    reqs=$(awk -v s="$suite" '!/^#/ && NF == 5 && $1 == s { print $2 }' "$lock" 2>/dev/null | sort -u)
    [ -n "$reqs" ] || die "images/packages.lock has no requests for $suite"
    awk -v s="$suite" '/^#/ || !(NF == 5 && $1 == s)' "$lock" > "$lock.new" && mv "$lock.new" "$lock"
    for r in $reqs; do lock_request "$suite" "$r"; done
    exit 0
fi

if [ -z "$(rows_of "$suite" "$request")" ]; then
    [ $check = 0 ] || { echo "packages ${request//,/ } ($suite) are not in images/packages.lock" >&2; exit 3; }
    [ $frozen = 0 ] || die "packages ${request//,/ } ($suite) are not in images/packages.lock and --frozen forbids resolving them; run images/packages.sh $suite ${request//,/ } and commit the lock"
    lock_request "$suite" "$request"
fi

rows=$(rows_of "$suite" "$request")
missing=()
while read -r name ver sha; do
    [ -n "$(deb_of "$name" "$ver")" ] || missing+=("$name=$ver")
done <<< "$rows"
if [ ${#missing[@]} -gt 0 ]; then
    [ $check = 0 ] || { echo "packages ${missing[*]} ($suite) are not downloaded" >&2; exit 3; }
    download "$suite" "${missing[@]}"
fi
while read -r name ver sha; do
    deb=$(deb_of "$name" "$ver")
    [ -n "$deb" ] || die "package $name $ver ($suite): apt downloaded no .deb for it"
    verify_sha256 "$deb" "$sha"
    echo "$name $ver $deb"
done <<< "$rows"
