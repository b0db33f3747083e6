#!/usr/bin/env bash
# One idempotent setup for a Debian 12 machine (run as root): host packages,
# npm packages, the patched QEMU, the relay agent and the default guest image.
# Everything built or downloaded is cached under $COSIM_CACHE (default
# ~/.cache/cosim), so a second run only checks that it is all still there.
#
#   scripts/setup.sh           what `cosim run` and `cosim study` need
#   scripts/setup.sh --tests   also what the tests need: Debian's Slurm
#                              (slurmctld, slurmd, slurm-client, munge) for the
#                              single-node cluster of the Slurm study test, and
#                              chromium to render report.html, and Debian's ns-3
#                              (scripts/ns3.sh) for `cosim validate`. Installed
#                              only when asked: a user's own cluster brings its own.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/common.sh
. "$here/scripts/lib/common.sh"
COSIM_STEP=setup

tests=0
for arg in "$@"; do
    case $arg in
        --tests) tests=1 ;;
        -h|--help) sed -n '2,15s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die "unknown option $arg (expected --tests or --help)" ;;
    esac
done

[ "$(id -u)" = 0 ] || die "run as root: setup installs Debian packages with apt-get"
command -v node >/dev/null || die "Node.js >= 20.19 is required (node not found on PATH)"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
    die "Node.js >= 20.19 is required, found $(node --version)"

# The host's package indexes may be older than the pinned inputs; refresh once a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -n1)" ]; then
    log "refreshing the host's apt indexes"
    apt-get update -qq >&2 || die "apt-get update failed"
fi
ensure_host_packages tshark cpio xz-utils zstd
if [ "$tests" = 1 ]; then
    # From this machine's own apt sources. The Slurm test starts its own
    # munged, slurmctld and slurmd on localhost with a generated config; the
    # packages' system services (which need /etc/slurm/slurm.conf) are not used.
    ensure_host_packages slurmctld slurmd slurm-client munge chromium
    # Debian's ns-3 3.37 for the `cosim validate --against ns3` tests (the
    # command itself installs it on first use otherwise).
    "$here/scripts/ns3.sh" >/dev/null
fi

cd "$here"
stamp="$COSIM_CACHE/npm-ci.stamp"
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ ! -f dist/orchestrator/src/cli/main.js ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund >&2 || die "npm ci failed"
    mkdir -p "$COSIM_CACHE" && printf '%s\n' "$want" > "$stamp"
fi

for step in qemu-patches/build.sh relay-agent/build.sh "images/build.sh 6.1"; do
    script=${step%% *}
    if [ -x "$here/$script" ]; then
        # shellcheck disable=SC2086
        "$here"/$step >/dev/null
    fi
done
log "ready (cache: $COSIM_CACHE)"
