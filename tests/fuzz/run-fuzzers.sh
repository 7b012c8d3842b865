#!/usr/bin/env bash
# Runs the libFuzzer targets built by the preset "fuzz" (build/fuzz), one after the other, each
# for SECONDS (./build.sh fuzz [SECONDS_PER_TARGET] [TARGET...] builds them and calls this).
#   tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]     TARGET: litellm_json, focus, … (all if none)
# Each target's corpus grows in build/fuzz/corpus/TARGET/ (seeded from tests/fuzz/seeds.txt and
# tests/fuzz/seeds/TARGET/ on every run) and survives between runs. Crashes, sanitizer reports,
# hangs (-timeout), memory over -rss_limit_mb and broken promises land in
# build/fuzz/findings/TARGET/ (crash-*, timeout-*, oom-*, leak-*), the run's log beside them.
# Exit status 1 when a run left a finding.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:?usage: run-fuzzers.sh SECONDS [TARGET...]}"
shift
build=build/fuzz
bin="$build/tests/fuzz"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in tests/fuzz/fuzz_*.cpp; do
        n="${f##*/fuzz_}"
        targets+=("${n%.cpp}")
    done
fi

found=0
for t in "${targets[@]}"; do
    exe="$bin/fuzz_$t"
    [ -x "$exe" ] || { echo "no fuzz target $exe (build it: ./build.sh fuzz)" >&2; exit 2; }
    corpus="$build/corpus/$t"
    findings="$build/findings/$t"
    mkdir -p "$corpus" "$findings"
    # Seeds: the fixtures named in seeds.txt and the target's own seed folder.
    while read -r target file; do
        [ "$target" = "$t" ] && cp -f "$file" "$corpus/seed-${file##*/}"
    done < <(grep -v '^#' tests/fuzz/seeds.txt)
    if [ -d "tests/fuzz/seeds/$t" ]; then
        for f in "tests/fuzz/seeds/$t"/*; do cp -f "$f" "$corpus/seed-${f##*/}"; done
    fi
    # Inputs up to 64 KiB (catalogs and FOCUS seeds are larger than the logs' lines), the
    # command line up to 2 KiB; JSON or CSV tokens as a dictionary.
    max_len=65536
    dict=tests/fuzz/dictionaries/json.dict
    case "$t" in
        litellm_csv|focus|aws_cur|mapped_csv) dict=tests/fuzz/dictionaries/csv.dict ;;
        cli_options) dict=tests/fuzz/dictionaries/cli.dict; max_len=2048 ;;
    esac
    echo "== fuzz_$t: ${seconds}s"
    before=$(ls "$findings" | wc -l)
    # -fork=1 with -ignore_*: one finding does not end the run; each lands in $findings.
    "$exe" "$corpus" -dict="$dict" -max_len="$max_len" -max_total_time="$seconds" \
        -timeout=20 -rss_limit_mb=2048 -malloc_limit_mb=2048 -fork=1 -ignore_crashes=1 \
        -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix="$findings/" -print_funcs=0 \
        -print_final_stats=1 < /dev/null > "$build/findings/$t.log" 2>&1 || true
    grep -E '^#[0-9]+: cov' "$build/findings/$t.log" | tail -1 || true
    after=$(ls "$findings" | wc -l)
    if [ "$after" -gt "$before" ]; then
        echo "   NEW FINDINGS in $findings:"
        ls -t "$findings" | head -n $((after - before)) | sed 's/^/     /'
        found=1
    fi
done
echo "Findings so far: $(find "$build/findings" -mindepth 2 -type f | wc -l) file(s) in $build/findings/"
exit "$found"
