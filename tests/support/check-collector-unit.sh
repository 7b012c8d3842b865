#!/usr/bin/env bash
# The packaged collector units (packaging/systemd/): installs the build into a scratch folder
# (DESTDIR, as CPack does for the .deb), checks that the service, the timer and the
# configuration template are installed, and has systemd-analyze verify them when it is
# available (any complaint fails; without systemd-analyze that part is skipped). The unit is
# verified with its ExecStart pointing at the installed program of the scratch folder, since
# verify insists that the program exists on this machine.
#
#   check-collector-unit.sh BUILD_DIR
set -euo pipefail
build=$1
scratch=$(mktemp -d /tmp/tl-units-XXXXXX)
trap 'rm -rf "$scratch"' EXIT

DESTDIR="$scratch/root" cmake --install "$build" >/dev/null
units=$(find "$scratch/root" -path '*/lib/systemd/system' -type d | head -n 1)
[ -n "$units" ] || { echo "no lib/systemd/system in the install tree" >&2; exit 1; }
prefix=${units%/lib/systemd/system}
for f in "$units/tokenledger-collector.service" "$units/tokenledger-collector.timer" \
         "$prefix/share/tokenledger/collector.conf" "$prefix/bin/tokenledger-cli"; do
    [ -f "$f" ] || { echo "not installed: ${f#"$scratch"/root}" >&2; exit 1; }
done
echo "installed: ${units#"$scratch"/root}/tokenledger-collector.{service,timer}, ${prefix#"$scratch"/root}/share/tokenledger/collector.conf"

# Nothing secret on the command line: the ExecStart line names no key or password.
exec_start=$(grep '^ExecStart=' "$units/tokenledger-collector.service")
if grep -Eiq 'password|secret|_KEY|token=' <<<"$exec_start"; then
    echo "ExecStart carries a secret: $exec_start" >&2
    exit 1
fi

if ! command -v systemd-analyze >/dev/null; then
    echo "SKIP: systemd-analyze is not installed; the units were not verified"
    exit 0
fi
mkdir -p "$scratch/verify"
sed "s|/usr/bin/tokenledger-cli|$prefix/bin/tokenledger-cli|" "$units/tokenledger-collector.service" \
    >"$scratch/verify/tokenledger-collector.service"
cp "$units/tokenledger-collector.timer" "$scratch/verify/"
if ! out=$(systemd-analyze verify --man=no "$scratch/verify/tokenledger-collector.service" \
               "$scratch/verify/tokenledger-collector.timer" 2>&1) || [ -n "$out" ]; then
    echo "systemd-analyze verify:" >&2
    echo "$out" >&2
    exit 1
fi
echo "systemd-analyze verify: no complaints"
