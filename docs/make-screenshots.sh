#!/usr/bin/env bash
# Makes every screenshot of the README and the user guide (docs/images/*.png) from the demo
# organisation, so that the pictures show what the app does today:
#   docs/make-screenshots.sh [OUT_DIR]     (default: docs/images)
# The main window is drawn by tokenledger-screenshots on a virtual display (Xvfb) at
# 1280 × 800; the report pages come from `tokenledger-cli report` and pdftoppm. Run it after
# any change to what a page shows, and commit the pictures with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images}"

./build.sh deps >/dev/null
cmake --preset dev >/dev/null
cmake --build --preset dev --target tokenledger-screenshots tokenledger-cli

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# Nobody's own settings, keys or data: everything lives in the throwaway folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime" LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

cli=build/dev/app/tokenledger-cli
"$cli" --db "$work/demo.db" demo --write-scenarios "$work/scenarios" >/dev/null

xvfb-run -a -s "-screen 0 1400x1000x24" \
    build/dev/tests/tokenledger-screenshots --db "$work/demo.db" --out "$out" --size 1280x800 --check

# The PDF report of the last 30 days with the demo's savings plan: its summary and charts.
"$cli" --db "$work/demo.db" report --pdf "$work/report.pdf" \
    --scenario "$work/scenarios/northwind-savings-plan.json" >/dev/null
pdftoppm -png -r 60 -f 2 -l 2 -singlefile "$work/report.pdf" "$out/report-summary"
pdftoppm -png -r 60 -f 3 -l 3 -singlefile "$work/report.pdf" "$out/report-charts"

echo "Screenshots in $out:"
ls -1 "$out"/*.png
