#!/bin/bash
# Team ledger benchmark (docs/benchmarks.md, "Team ledger"): a throwaway PostgreSQL in a
# temporary folder, N generated LiteLLM lines imported into the ledger and into a local database
# (reference), an initial pull into a fresh desktop database, 10,000 new lines imported and
# pulled incrementally; psql's \copy of the same rows out of and into PostgreSQL as the
# reference for the transfer itself. Prints "name seconds" lines, then the two summaries.
#   tests/bench/ledger-bench.sh [N] [path/to/tokenledger-cli]
set -euo pipefail
N=${1:-1000000}
CLI=${2:-$(dirname "$0")/../../build/dev/app/tokenledger-cli}
CLI=$(realpath "$CLI")
B=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
W=$(mktemp -d /tmp/tl-ledger-bench-XXXXXX)
D=$W/pg
chmod 711 "$W"
mkdir -p "$D"
run_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    chown nobody:nogroup "$D"
    run_pg() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
fi
cleanup() { (cd "$D" && run_pg "$B/pg_ctl" -D "$D/data" stop -m fast >/dev/null 2>&1) || true; rm -rf "$W"; }
trap cleanup EXIT
(cd "$D" && run_pg "$B/initdb" -D "$D/data" -U tokenledger --auth=trust -E UTF8 --no-locale --no-sync >/dev/null)
(cd "$D" && run_pg "$B/pg_ctl" -D "$D/data" -l "$D/log" -w \
    -o "-k $D -c listen_addresses= -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB" start >/dev/null)
PSQL=("$B/psql" -X -q -h "$D" -U tokenledger)
"${PSQL[@]}" -d postgres -c 'CREATE DATABASE bench'
URL="postgresql:///bench?host=$D&user=tokenledger"

python3 - "$N" "$W" <<'PY'
import sys
n, w = int(sys.argv[1]), sys.argv[2]
teams = ["search", "support", "research"]
def lines(a, b, path):
    with open(path, "w") as f:
        for i in range(a, b):
            day = i % 181  # 2025-01-01 .. 2025-06-30
            m, d = [(1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30)], day
            month = 1
            for mm, length in m:
                if d < length:
                    month = mm
                    break
                d -= length
            f.write('{"request_id":"req-%d","prompt_tokens":%d,"completion_tokens":%d,'
                    '"startTime":"2025-%02d-%02dT%02d:%02d:%02dZ","model":"gpt-4o-mini",'
                    '"custom_llm_provider":"openai","user":"user%d","team_id":"%s"}\n'
                    % (i, 100 + i % 900, 10 + i % 300, month, d + 1, i % 24, i % 60, i % 59, i % 50, teams[i % 3]))
lines(0, n, w + "/base.jsonl")
lines(n, n + 10000, w + "/new.jsonl")
PY

t() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
echo "ledger_import_${N}_s $(t "$CLI" --ledger "$URL" import "$W/base.jsonl")"
echo "reference_local_import_${N}_s $(t "$CLI" --db "$W/local.db" import "$W/base.jsonl")"
echo "initial_pull_s $(t "$CLI" --ledger "$URL" --db "$W/desk.db" ledger pull)"
echo "ledger_import_10000_s $(t "$CLI" --ledger "$URL" import "$W/new.jsonl")"
echo "incremental_pull_10000_s $(t "$CLI" --ledger "$URL" --db "$W/desk.db" ledger pull)"
echo "pull_with_nothing_new_s $(t "$CLI" --ledger "$URL" --db "$W/desk.db" ledger pull)"
COLS=$("${PSQL[@]}" -At -d bench -c "SELECT string_agg(attname, ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'fact'::regclass AND attnum > 0 AND NOT attisdropped")
echo "reference_psql_copy_out_all_s $(t "${PSQL[@]}" -d bench -c "\\copy (SELECT $COLS FROM fact) TO '$W/all.tsv'")"
echo "reference_psql_copy_out_10000_s $(t "${PSQL[@]}" -d bench -c "\\copy (SELECT $COLS FROM fact WHERE change_seq > (SELECT max(change_seq) - 10000 FROM fact)) TO '$W/new.tsv'")"
"${PSQL[@]}" -d bench -c "CREATE TABLE copy_reference (LIKE fact)"
echo "reference_psql_copy_in_all_s $(t "${PSQL[@]}" -d bench -c "\\copy copy_reference FROM '$W/all.tsv'")"
echo "ledger_size $("${PSQL[@]}" -At -d bench -c "SELECT pg_size_pretty(sum(pg_total_relation_size(inhrelid))) FROM pg_inherits WHERE inhparent = 'fact'::regclass")"
echo "desktop_size $(du -h "$W/desk.db" | cut -f1)"
"$CLI" --db "$W/desk.db" summary --from 2025-01-01 --to 2025-12-31 --json | grep -E '"(requests|cost)"'
"$CLI" --db "$W/local.db" summary --from 2025-01-01 --to 2025-12-31 --json | grep -E '"(requests|cost)"'
