#!/usr/bin/env bash
# TokenLedger quick start.
#   ./build.sh run    install what is missing, build, and open the app (demo data on first start)
#   ./build.sh test   install what is missing, build, and run the whole test suite
#   ./build.sh deps   only install the build and test dependencies (Debian 12)
#   ./build.sh build  only build
#   ./build.sh package  build the release .deb (build/release/tokenledger_*.deb)
#   ./build.sh sanitize build with AddressSanitizer + UBSan (build/asan) and run the whole suite
#   ./build.sh fuzz [SECONDS]  build the libFuzzer targets (clang, build/fuzz) and run each for
#                      SECONDS (default 60); findings land in build/fuzz/findings/
# Extra arguments after "run" go to the app (e.g. ./build.sh run --db /tmp/other.db);
# after "test" they go to ctest (e.g. ./build.sh test -R tst_cli).
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 (bookworm) packages, each for a reason; ./build.sh installs exactly these.
PACKAGES=(
    # compiler and build tools (pkg-config: Qt's CMake files look up xkbcommon with it; lld
    # links the hundred test programs several times faster than the default linker)
    build-essential cmake ninja-build pkg-config lld
    # Qt 6.4: Charts needs Qt6OpenGL's CMake files (libqt6opengl6-dev); Qt6Gui's need GL and
    # xkbcommon headers; qt6-tools-dev and qt6-l10n-tools give LinguistTools (lupdate, lrelease)
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools
    libgl1-mesa-dev libxkbcommon-dev
    # at run time: the SVG plugin draws the icons, Qt's own German strings for its dialogs
    libqt6svg6 qt6-translations-l10n
    # the other libraries we link: keychain, JSON, SQLite, zlib
    qtkeychain-qt6-dev nlohmann-json3-dev libsqlite3-dev zlib1g-dev
    # OpenSSL's libcrypto: RS256 signatures for Google service-account sign-in
    libssl-dev
    # what the tests use: a font to lay out text, pdftotext and pdfinfo to read reports back,
    # and a session bus with a real notification daemon on a virtual display
    fonts-dejavu-core poppler-utils xvfb xauth dbus-daemon dunst
    # and a real Secret Service for the keychain test: gnome-keyring's daemon, dbus-run-session
    # and dbus-send (dbus-bin) to run it on a bus of its own, secret-tool (libsecret-tools) to
    # check the items it holds
    gnome-keyring dbus-bin libsecret-tools
    # the team ledger: libpq to talk to PostgreSQL (libpq-dev), and a real PostgreSQL server
    # (initdb, postgres, psql in /usr/lib/postgresql/15/bin) that tst_ledger starts itself
    postgresql libpq-dev
)

# Only for ./build.sh package: CPack's DEB generator reads the binaries' library dependencies
# with dpkg-shlibdeps (dpkg-dev, part of build-essential), which needs `file`.
PACKAGING_PACKAGES=(file)

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset dev >/dev/null
    cmake --build --preset dev --parallel "$(nproc 2>/dev/null || echo 2)"
}

cmd="${1:-}"
[ $# -gt 0 ] && shift
case "$cmd" in
    run)
        install_deps
        build
        exec ./build/dev/app/tokenledger "$@"
        ;;
    test)
        install_deps
        build
        QT_QPA_PLATFORM=offscreen ctest --preset dev "$@"
        ;;
    deps) install_deps ;;
    build) install_deps; build ;;
    sanitize)
        # Preset asan: gcc's AddressSanitizer and UndefinedBehaviorSanitizer (libasan, libubsan
        # come with build-essential), any report fails the test. The options are in the test
        # preset (CMakePresets.json), LeakSanitizer's few suppressions in tests/sanitizers/.
        install_deps
        cmake --preset asan >/dev/null
        cmake --build --preset asan --parallel "$(nproc 2>/dev/null || echo 2)"
        ctest --preset asan "$@"
        ;;
    fuzz)
        # Preset fuzz: clang 14 with libFuzzer, AddressSanitizer and UBSan (tests/fuzz). Each
        # target runs for SECONDS, one after the other; extra arguments name targets
        # (./build.sh fuzz 600 litellm_json focus). docs/reliability.md, "Fuzzing".
        seconds="${1:-60}"
        [ $# -gt 0 ] && shift
        # clang brings clang++ 14 and libFuzzer's runtime; only this command needs it.
        install_deps clang
        cmake --preset fuzz >/dev/null
        cmake --build --preset fuzz --parallel "$(nproc 2>/dev/null || echo 2)"
        tests/fuzz/run-fuzzers.sh "$seconds" "$@"
        ;;
    package)
        install_deps "${PACKAGING_PACKAGES[@]}"
        cmake --preset release >/dev/null
        cmake --build --preset release --parallel "$(nproc 2>/dev/null || echo 2)"
        (cd build/release && rm -f tokenledger_*.deb && cpack -G DEB)
        ls build/release/tokenledger_*.deb
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
