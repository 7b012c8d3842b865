#!/usr/bin/env bash
# Builds the release .deb on a brand-new Debian 12 system and installs it on a second one, as a
# user would (`apt-get install ./tokenledger_*.deb`), then uses it there: `tokenledger-cli demo`,
# `tokenledger-cli summary`, the GUI under Xvfb (screenshot), and the installed desktop entry
# and AppStream metadata through desktop-file-validate and appstreamcli.
#
#   sudo packaging/check-deb.sh [OUTDIR]      (default OUTDIR: build/check-deb)
#
# OUTDIR receives the .deb, the screenshot (tokenledger-installed.png) and the logs.
# .ci/run runs the same stages after the test suite. About 10 minutes on 2 cores.

# The stages, also used by .ci/run (which sources this file).

# In system $1 (already holding the clone at /project): ./build.sh package, as the README says
# (installs what packaging needs, builds the release preset, runs CPack); the .deb goes to $2.
deb_build() {
    local system=$1 out=$2
    chroot_run "$system" "set -o pipefail; cd /project && ./build.sh package | tail -n 4" || return 1
    local deb
    deb=$(ls "$(chroot_path "$system")"/project/build/release/tokenledger_*.deb) || return 1
    cp "$deb" "$out/" || return 1
    echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
    dpkg-deb -f "$deb" Depends Recommends
}

# In a brand-new system $1: install the .deb from $2 with apt and use what it installed.
deb_install_and_use() {
    local system=$1 out=$2
    local root
    root=$(chroot_path "$system")
    cp "$out"/tokenledger_*.deb "$root/tmp/" || return 1
    echo "--- apt-get install ./tokenledger_*.deb"
    chroot_run "$system" "set -o pipefail; apt-get update -q >/dev/null \
        && cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ./tokenledger_*.deb \
           | grep -E '^(Setting up tokenledger|[0-9]+ upgraded)'" || return 1

    # Only what the package brought along is installed so far: the programs must run now.
    echo "--- tokenledger-cli demo; tokenledger-cli summary"
    chroot_run "$system" "tokenledger-cli --version && tokenledger-cli demo \
        && tokenledger-cli summary --group-by provider" | tee "$out/cli.log" || return 1
    grep -q "openai" "$out/cli.log" || { echo "summary shows no provider" >&2; return 1; }

    # Tools to look at the result with, installed after the programs ran on their own.
    echo "--- GUI under Xvfb, desktop entry and AppStream metadata"
    chroot_run "$system" "DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        xvfb xauth imagemagick desktop-file-utils appstream >/dev/null" || return 1
    chroot_run "$system" "desktop-file-validate /usr/share/applications/org.tokenledger.TokenLedger.desktop \
        && appstreamcli validate --no-net /usr/share/metainfo/org.tokenledger.TokenLedger.metainfo.xml" \
        || return 1
    # A new user's first start: a fresh home, the built-in demo organisation, default size.
    chroot_run "$system" "rm -rf /root/.local/share/tokenledger /root/.config/TokenLedger; \
        xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
            tokenledger >/tmp/gui.log 2>&1 & gui=\$!
            for i in \$(seq 1 60); do
                grep -q \"first window shown\" /tmp/gui.log && break
                sleep 0.5
            done
            sleep 4
            import -window root /tmp/tokenledger-installed.png
            kill \$gui; wait \$gui 2>/dev/null; true'" || return 1
    cp "$root/tmp/gui.log" "$out/gui.log" || return 1
    cp "$root/tmp/tokenledger-installed.png" "$out/tokenledger-installed.png" || return 1
    cat "$out/gui.log"
    grep -q "first window shown" "$out/gui.log" || { echo "the GUI did not show its window" >&2; return 1; }
    # A window drawn with text and charts has thousands of colours; an empty screen has one.
    local colours
    colours=$(chroot_run "$system" "identify -format '%k' /tmp/tokenledger-installed.png") || return 1
    echo "screenshot: $out/tokenledger-installed.png ($colours colours)"
    [ "$colours" -gt 200 ] || { echo "the screenshot looks empty" >&2; return 1; }
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    here=$(cd "$(dirname "$0")" && pwd)
    # shellcheck source=debian-chroot.sh
    source "$here/debian-chroot.sh"
    out=$(realpath -m "${1:-$here/../build/check-deb}")
    mkdir -p "$out"
    rm -f "$out"/tokenledger_*.deb
    STAGES_RC=0
    stage_or_skip "fresh Debian 12 base system (debootstrap)" chroot_init
    stage_or_skip "first system with a clean clone" chroot_new_with_project build
    stage_or_skip "release build and .deb (CPack)" deb_build build "$out"
    stage_or_skip "second system" chroot_new install
    stage_or_skip "install the .deb and use it" deb_install_and_use install "$out"
    stage_summary
    echo "check-deb: exit $STAGES_RC; output in $out"
    exit $STAGES_RC
fi
