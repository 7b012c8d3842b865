# Brand-new Debian 12 (bookworm) systems in chroots, for checking the project the way a new
# user meets it. Sourced by .ci/run and packaging/check-deb.sh; needs root, debootstrap and
# access to Debian's package archive.
#
#   chroot_init                 make a work folder and debootstrap one minimal base system
#   chroot_new NAME             a fresh copy of that base system, with /proc, /dev and /sys
#   chroot_run NAME CMD...      run a bash command line in it as root, with a clean environment
#   chroot_clone_project NAME   put a clean clone of the committed HEAD at /project in it
#   stage TITLE CMD...          run CMD, print how long it took, remember the time for the summary
#   stage_or_skip TITLE CMD...  the same, skipped after a failure; STAGES_RC is the first failure
#   stage_summary               the table of stage times
#
# Set TOKENLEDGER_CCACHE_DIR to a host folder to share a compiler cache with the chroots (it
# is bind-mounted and ccache is installed there first); packages are always installed fresh.

set -euo pipefail

CHROOT_WORK=""
CHROOT_MIRROR=${CHROOT_MIRROR:-http://deb.debian.org/debian}
declare -a CHROOT_ROOTS=()
declare -a STAGE_LINES=()

chroot_cleanup() {
    local root m mounted=0
    for root in "${CHROOT_ROOTS[@]}"; do
        for m in ccache dev/pts dev proc sys; do
            if mountpoint -q "$root/$m" 2>/dev/null; then
                umount -l "$root/$m" || true
                mountpoint -q "$root/$m" 2>/dev/null && mounted=1
            fi
        done
    done
    if [ $mounted -eq 1 ]; then
        echo "some chroot mounts are still there; $CHROOT_WORK is left in place" >&2
    elif [ -n "$CHROOT_WORK" ] && [ -d "$CHROOT_WORK" ]; then
        rm -rf --one-file-system "$CHROOT_WORK"
    fi
    return 0
}

chroot_init() {
    [ "$(id -u)" -eq 0 ] || { echo "needs root (debootstrap and chroot)" >&2; exit 2; }
    if ! command -v debootstrap >/dev/null; then
        apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null
    fi
    CHROOT_WORK=$(mktemp -d "${TMPDIR:-/tmp}/tokenledger-chroot.XXXXXX")
    trap chroot_cleanup EXIT
    trap "chroot_cleanup; exit 130" INT TERM
    echo "debootstrap --variant=minbase bookworm ($CHROOT_MIRROR)"
    if ! debootstrap --variant=minbase bookworm "$CHROOT_WORK/base" "$CHROOT_MIRROR" \
            >"$CHROOT_WORK/debootstrap.log" 2>&1; then
        tail -n 20 "$CHROOT_WORK/debootstrap.log"
        echo "debootstrap failed" >&2
        return 2
    fi
}

chroot_new() {
    local root="$CHROOT_WORK/$1"
    cp -a "$CHROOT_WORK/base" "$root" || return 1
    CHROOT_ROOTS+=("$root")
    mount -t proc proc "$root/proc" && mount --bind /dev "$root/dev" \
        && mount --bind /dev/pts "$root/dev/pts" && mount -t sysfs sys "$root/sys" || return 1
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    if [ -n "${TOKENLEDGER_CCACHE_DIR:-}" ]; then
        mkdir -p "$TOKENLEDGER_CCACHE_DIR" "$root/ccache" \
            && mount --bind "$TOKENLEDGER_CCACHE_DIR" "$root/ccache" || return 1
        chroot_run "$1" "apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends ccache >/dev/null" || return 1
    fi
}

# A fresh system with a clean clone of the project at /project.
chroot_new_with_project() {
    chroot_new "$1" && chroot_clone_project "$1"
}

chroot_path() { echo "$CHROOT_WORK/$1"; }

chroot_run() {
    local name=$1
    shift
    local -a env=(HOME=/root LANG=C.UTF-8
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
    if [ -n "${TOKENLEDGER_CCACHE_DIR:-}" ]; then
        # (the sloppiness lets ccache cache sources built with a precompiled header)
        env+=(CCACHE_DIR=/ccache CCACHE_BASEDIR=/project CCACHE_COMPILERCHECK=content CCACHE_NOHASHDIR=1
            CCACHE_MAXSIZE=20G CMAKE_CXX_COMPILER_LAUNCHER=ccache
            CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime)
    fi
    chroot "$CHROOT_WORK/$name" /usr/bin/env -i "${env[@]}" /bin/bash -c "$*"
}

chroot_clone_project() {
    local project
    project=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
    echo "clean clone of $(git -C "$project" rev-parse --short HEAD) at /project (nothing beside it)"
    git clone --quiet --no-local "$project" "$CHROOT_WORK/$1/project"
}

stage() {
    local title=$1
    shift
    echo
    echo "=== $title"
    local start=$SECONDS rc=0
    "$@" || rc=$?
    local secs=$((SECONDS - start))
    local verdict="ok"
    [ $rc -eq 0 ] || verdict="FAILED (exit $rc)"
    STAGE_LINES+=("$(printf '%-46s %3dm%02ds  %s' "$title" $((secs / 60)) $((secs % 60)) "$verdict")")
    echo "=== $title: $((secs / 60))m$(printf '%02d' $((secs % 60)))s, $verdict"
    return $rc
}

# Like stage, but skipped once an earlier stage failed; STAGES_RC keeps the first failure.
STAGES_RC=0
stage_or_skip() {
    if [ $STAGES_RC -ne 0 ]; then
        STAGE_LINES+=("$(printf '%-46s %8s  %s' "$1" "" "skipped")")
        return 0
    fi
    stage "$@" || STAGES_RC=$?
    return 0
}

stage_summary() {
    echo
    echo "=== stage times"
    local line
    for line in "${STAGE_LINES[@]}"; do
        echo "  $line"
    done
}
