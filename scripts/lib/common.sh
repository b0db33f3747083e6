# Shared shell helpers for the setup recipes (sourced, not run).
#
# COSIM_CACHE is where everything built or downloaded lives, outside git, so a
# fresh clone reuses earlier work and `git clean` never throws it away.

: "${COSIM_CACHE:=${XDG_CACHE_HOME:-$HOME/.cache}/cosim}"
export COSIM_CACHE

log() { printf '[%s] %s\n' "${COSIM_STEP:-setup}" "$*" >&2; }
die() { printf '[%s] error: %s\n' "${COSIM_STEP:-setup}" "$*" >&2; exit 1; }

# The Debian archive URI this machine already uses for bookworm's main
# component. We never hard-code a mirror: whatever the host's apt is pointed
# at (a local mirror, a proxy, deb.debian.org) is what the recipes use.
archive_uri() {
    local uri
    uri=$(apt-cache policy 2>/dev/null |
        awk '$3 ~ /^bookworm(-updates)?\/main$/ && $2 ~ /^(https?|file):/ { print $2; exit }')
    [ -n "$uri" ] || die "cannot find a Debian archive for bookworm/main in this machine's apt configuration (apt-cache policy); add one to /etc/apt/sources.list.d/"
    printf '%s\n' "${uri%/}"
}

# private_apt_init NAME SUITE... : an apt configuration of our own under
# $COSIM_CACHE/apt/NAME listing the given suites (deb and deb-src, main only),
# so kernels and QEMU's sources are fetched without touching the host's apt
# state and never installed on the host. Prints the directory.
private_apt_init() {
    local name=$1; shift
    local dir="$COSIM_CACHE/apt/$name" uri suite
    uri=$(archive_uri)
    mkdir -p "$dir/etc/apt/sources.list.d" "$dir/etc/apt/preferences.d" \
        "$dir/var/lib/apt/lists/partial" "$dir/var/cache/apt/archives/partial" \
        "$dir/var/lib/dpkg"
    : > "$dir/var/lib/dpkg/status"
    {
        for suite in "$@"; do
            printf 'Types: deb deb-src\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n' "$uri" "$suite"
        done
    } > "$dir/etc/apt/sources.list.d/cosim.sources.new"
    # Refresh the indexes when the suite list changed or they are over a day old.
    if ! cmp -s "$dir/etc/apt/sources.list.d/cosim.sources.new" "$dir/etc/apt/sources.list.d/cosim.sources" ||
        [ -z "$(find "$dir/var/lib/apt/lists" -maxdepth 1 -name '*Release' -mtime -1 2>/dev/null)" ]; then
        mv "$dir/etc/apt/sources.list.d/cosim.sources.new" "$dir/etc/apt/sources.list.d/cosim.sources"
        private_apt "$dir" update -qq >&2 || die "apt-get update failed for the private configuration in $dir (archive $uri, suites: $*)"
    else
        rm -f "$dir/etc/apt/sources.list.d/cosim.sources.new"
    fi
    printf '%s\n' "$dir"
}

# private_apt DIR ARGS... : apt-get with the private configuration in DIR.
private_apt() {
    local dir=$1; shift
    apt-get -o Dir="$dir" -o Dir::Etc="$dir/etc/apt" \
        -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$dir/etc/apt/sources.list.d" \
        -o Dir::State="$dir/var/lib/apt" -o Dir::State::status="$dir/var/lib/dpkg/status" \
        -o Dir::Cache="$dir/var/cache/apt" -o APT::Architecture=amd64 \
        -o Debug::NoLocking=1 -o APT::Sandbox::User=root "$@"
}

# verify_sha256 FILE EXPECTED : fail naming the file when a pinned checksum does not match.
verify_sha256() {
    local got
    got=$(sha256sum "$1" | cut -d' ' -f1)
    [ "$got" = "$2" ] || die "checksum mismatch for $1: expected $2, got $got (pinned input changed or download corrupt; delete it and retry)"
}

# ensure_host_packages PKG... : apt-get install only what is missing.
ensure_host_packages() {
    local missing=() p
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "${p%%/*}" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        elif [ "${p#*/}" != "$p" ] && older_than_release "${p%%/*}" "${p#*/}"; then
            # e.g. Debian's meson 1.0 already installed where backports' 1.7 is needed
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing host packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
        die "apt-get install failed for: ${missing[*]}"
}

# older_than_release NAME SUITE : true when the installed NAME is older than
# the version SUITE carries.
older_than_release() {
    local have want
    have=$(dpkg-query -W -f='${Version}' "$1" 2>/dev/null) || return 0
    want=$(apt-cache madison "$1" | awk -F'|' -v s=" $2/" 'index($3, s) { gsub(/ /, "", $2); print $2; exit }')
    [ -n "$want" ] && dpkg --compare-versions "$have" lt "$want"
}

# ensure_backports_source : bookworm-backports on the host's own apt (for
# meson >= 1.5 and friends), pointing at the host's own archive.
ensure_backports_source() {
    local f=/etc/apt/sources.list.d/cosim-bookworm-backports.sources uri
    if ! apt-cache policy 2>/dev/null | grep -q ' bookworm-backports/main '; then
        uri=$(archive_uri)
        log "adding bookworm-backports ($uri) to the host's apt sources"
        printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" > "$f"
        apt-get update -qq >&2 || die "apt-get update failed after adding $f"
    fi
}
