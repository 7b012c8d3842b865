// Import benchmark: generates N LiteLLM spend-log lines (deterministic), imports them through
// the real import path into a fresh SQLite file, and in the same run times two references on
// the same data: DuckDB's read_json (npm @duckdb/node-api, installed on first use into
// build/bench-node) and the sqlite3 shell's .import of the equivalent CSV.
//
//   ./build/dev/tests/bench/bench_import [--lines N] [--dir DIR] [--keep]
//   ./build/dev/tests/bench/bench_import --parse-only FILE [--digest]   (the parser side alone)
#include "bench_import_parse.h"
#include "ingest/ImportRunner.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <string>

using namespace tl;

namespace {

struct Rng
{
    std::uint64_t s;
    std::uint64_t next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
};

const char *kModels[][3] = {
    {"gpt-4o", "openai", "gpt-4o"},
    {"gpt-4o-mini", "openai", "gpt-4o-mini"},
    {"gpt-4.1-mini", "openai", "gpt-4.1-mini"},
    {"claude-sonnet-4-20250514", "anthropic", "claude-sonnet"},
    {"claude-3-5-haiku-20241022", "anthropic", "claude-haiku"},
    {"gemini-2.5-flash", "gemini", "gemini-flash"},
};

void hex(std::uint64_t v, char *out, int n)
{
    static const char *d = "0123456789abcdef";
    for (int i = n - 1; i >= 0; --i) {
        out[i] = d[v & 15];
        v >>= 4;
    }
}

// Writes every file's dirty pages to disk before a contender starts, so that none of them pays
// for writing back what the generator or the one before it left in the page cache (the time it
// took after the generator is printed: where it is large, the runs before this were unfair).
double settle()
{
    QElapsedTimer t;
    t.start();
    ::sync();
    return double(t.nsecsElapsed()) / 1e9;
}

// Writes the JSONL and the equivalent CSV (metadata and tags as JSON text in their cells).
bool generate(const QString &jsonPath, const QString &csvPath, std::int64_t lines)
{
    FILE *j = std::fopen(QFile::encodeName(jsonPath).constData(), "wb");
    FILE *c = std::fopen(QFile::encodeName(csvPath).constData(), "wb");
    if (!j || !c)
        return false;
    std::fputs("request_id,call_type,api_key,spend,total_tokens,prompt_tokens,completion_tokens,"
               "startTime,endTime,model,model_group,custom_llm_provider,user,team_id,end_user,"
               "cache_hit,status,metadata,request_tags\n", c);
    Rng rng{0x9E3779B97F4A7C15ULL};
    const std::int64_t start = 1748736000; // 2025-06-01T00:00:00Z
    const std::int64_t span = 30LL * 86400;
    char id[37] = "00000000-0000-4000-8000-000000000000";
    char key[65];
    key[64] = 0;
    std::string line, csv;
    for (std::int64_t i = 0; i < lines; ++i) {
        hex(std::uint64_t(i) * 2654435761ULL, id, 8);
        hex(rng.next(), id + 24, 12);
        const auto &m = kModels[rng.below(6)];
        const int user = rng.below(200);
        const int team = user % 8;
        const int k = user % 40;
        for (int p = 0; p < 4; ++p)
            hex(std::uint64_t(k + 1) * 0x9E3779B97F4A7C15ULL * std::uint64_t(p + 1), key + p * 16, 16);
        const std::int64_t t = start + std::int64_t(i * span / lines);
        const int prompt = 200 + rng.below(4000);
        const int cached = rng.below(4) == 0 ? prompt / 2 : 0;
        const int completion = 20 + rng.below(800);
        const int spendMicros = (prompt + 4 * completion) * 3;
        char ts[32], te[32];
        const std::int64_t day = t / 86400, sod = t % 86400;
        // 2025-06-DD (June has 30 days, the span stays inside it)
        std::snprintf(ts, sizeof ts, "2025-06-%02dT%02d:%02d:%02d.000Z", int(day - start / 86400 + 1),
                      int(sod / 3600), int(sod / 60 % 60), int(sod % 60));
        std::snprintf(te, sizeof te, "2025-06-%02dT%02d:%02d:%02d.900Z", int(day - start / 86400 + 1),
                      int(sod / 3600), int(sod / 60 % 60), int(sod % 60));
        char meta[400];
        std::snprintf(meta, sizeof meta,
                      "{\"user_api_key_alias\":\"key-%02d\",\"usage_object\":{\"prompt_tokens\":%d,"
                      "\"completion_tokens\":%d,\"prompt_tokens_details\":{\"cached_tokens\":%d}}}",
                      k, prompt, completion, cached);
        char tag[40];
        std::snprintf(tag, sizeof tag, "[\"feature:f%d\"]", rng.below(10));
        char buf[1400];
        int n = std::snprintf(buf, sizeof buf,
                      "{\"request_id\":\"%s\",\"call_type\":\"acompletion\",\"api_key\":\"%s\","
                      "\"spend\":0.%06d,\"total_tokens\":%d,\"prompt_tokens\":%d,\"completion_tokens\":%d,"
                      "\"startTime\":\"%s\",\"endTime\":\"%s\",\"model\":\"%s\",\"model_group\":\"%s\","
                      "\"custom_llm_provider\":\"%s\",\"user\":\"user-%03d\",\"team_id\":\"team-%d\","
                      "\"end_user\":\"\",\"cache_hit\":\"False\",\"status\":\"success\",\"metadata\":%s,"
                      "\"request_tags\":%s}\n",
                      id, key, spendMicros, prompt + completion, prompt, completion, ts, te, m[0], m[2],
                      m[1], user, team, meta, tag);
        std::fwrite(buf, 1, std::size_t(n), j);
        // CSV: JSON cells quoted with doubled quotes.
        auto quoted = [](const char *s) {
            std::string q = "\"";
            for (const char *p = s; *p; ++p) {
                if (*p == '"')
                    q += '"';
                q += *p;
            }
            return q + '"';
        };
        n = std::snprintf(buf, sizeof buf,
                          "%s,acompletion,%s,0.%06d,%d,%d,%d,%s,%s,%s,%s,%s,user-%03d,team-%d,,False,"
                          "success,%s,%s\n",
                          id, key, spendMicros, prompt + completion, prompt, completion, ts, te, m[0],
                          m[2], m[1], user, team, quoted(meta).c_str(), quoted(tag).c_str());
        std::fwrite(buf, 1, std::size_t(n), c);
    }
    std::fclose(j);
    std::fclose(c);
    return true;
}

double runTimed(const QString &program, const QStringList &args, QString *output, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    const double s = double(t.nsecsElapsed()) / 1e9;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::int64_t lines = 1'000'000;
    QString dir;
    bool keep = false;
    QString parseOnly;
    bool digest = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lines" && i + 1 < args.size())
            lines = args[++i].toLongLong();
        else if (args[i] == u"--dir" && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == u"--keep")
            keep = true;
        else if (args[i] == u"--parse-only" && i + 1 < args.size())
            parseOnly = args[++i];
        else if (args[i] == u"--digest")
            digest = true;
        else {
            std::fprintf(stderr, "usage: bench_import [--lines N] [--dir DIR] [--keep]\n"
                                 "       bench_import --parse-only FILE [--digest]\n");
            return 2;
        }
    }
    if (!parseOnly.isEmpty())
        return bench::runParseOnly(parseOnly, digest);
    QTemporaryDir tmp;
    if (dir.isEmpty())
        dir = tmp.path();
    tmp.setAutoRemove(!keep);
    QDir().mkpath(dir);
    const QString jsonl = dir + QStringLiteral("/spend.jsonl");
    const QString csv = dir + QStringLiteral("/spend.csv");
    QElapsedTimer g;
    g.start();
    if (!generate(jsonl, csv, lines)) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir));
        return 1;
    }
    const double generated = double(g.nsecsElapsed()) / 1e9;
    std::printf("generated %" PRId64 " LiteLLM spend-log lines: %.1f MB JSONL, %.1f MB CSV (%.1f s, "
                "then %.1f s to write them to disk)\n",
                lines, double(QFileInfo(jsonl).size()) / 1e6, double(QFileInfo(csv).size()) / 1e6,
                generated, settle());
    std::fflush(stdout);

    // 1. TokenLedger: the real import path into a fresh database file.
    const QString dbPath = dir + QStringLiteral("/tokenledger.db");
    QFile::remove(dbPath);
    auto db = store::Database::open(dbPath);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    auto pricing = pricing::DatabasePricing::load(**db);
    if (!pricing) {
        std::fprintf(stderr, "%s\n", qPrintable(pricing.errorMessage()));
        return 1;
    }
    ingest::ImportRunner runner(**db, (*pricing)->engine());
    auto summary = runner.importFile(jsonl, {});
    if (!summary) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(summary.errorMessage()));
        return 1;
    }
    const double ours = summary->seconds;
    struct rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const double peakMb = double(ru.ru_maxrss) / 1024.0;
    auto hourRows = (*db)->connection().queryInt("SELECT count(*) FROM rollup_hour");
    auto dayRows = (*db)->connection().queryInt("SELECT count(*) FROM rollup_day");
    auto factRows = (*db)->connection().queryInt("SELECT count(*) FROM usage_fact");
    // Rollups must equal the sum of the facts.
    auto sumFacts = (*db)->connection().queryInt("SELECT sum(input_tokens + output_tokens + cache_read_tokens) FROM usage_fact");
    auto sumDay = (*db)->connection().queryInt("SELECT sum(input_tokens + output_tokens + cache_read_tokens) FROM rollup_day");
    auto sumHour = (*db)->connection().queryInt("SELECT sum(input_tokens + output_tokens + cache_read_tokens) FROM rollup_hour");
    db->reset();
    std::printf("TokenLedger import: %" PRId64 " read, %" PRId64 " imported, %" PRId64
                " rejected, %" PRId64 " unpriced; facts %lld, rollup_hour rows %lld, rollup_day rows %lld; "
                "rollup sums %s\n",
                summary->read, summary->imported, summary->rejected, summary->unpriced,
                static_cast<long long>(factRows ? *factRows : -1),
                static_cast<long long>(hourRows ? *hourRows : -1),
                static_cast<long long>(dayRows ? *dayRows : -1),
                sumFacts && sumDay && sumHour && *sumFacts == *sumDay && *sumFacts == *sumHour
                    ? "equal to the facts"
                    : "DIFFER FROM THE FACTS");
    std::printf("TokenLedger import phases: first chunk parsed after %.2f s, storing thread waiting for "
                "the parser %.2f s, last chunk to commit %.2f s\n",
                summary->firstChunkSeconds, summary->waitSeconds, summary->seconds - summary->lastChunkSeconds);

    // 2. DuckDB read_json through @duckdb/node-api.
    settle();
    double duck = -1;
    QString duckNote;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty()) {
        duckNote = QStringLiteral("skipped: node/npm not installed (sudo apt-get install -y nodejs npm)");
    } else {
        const QString cache = QStringLiteral(TOKENLEDGER_BENCH_NODE_DIR);
        if (!QFile::exists(cache + QStringLiteral("/node_modules/@duckdb/node-api/package.json"))) {
            std::printf("installing @duckdb/node-api into %s …\n", qPrintable(cache));
            std::fflush(stdout);
            QDir().mkpath(cache);
            int code = 0;
            QString out;
            runTimed(npm, {QStringLiteral("install"), QStringLiteral("--prefix"), cache,
                           QStringLiteral("@duckdb/node-api")}, &out, &code);
            if (code != 0)
                duckNote = QStringLiteral("skipped: npm install failed: ") + out.right(300);
        }
        if (duckNote.isEmpty()) {
            const QString script = dir + QStringLiteral("/duck.mjs");
            QFile f(script);
            f.open(QIODevice::WriteOnly);
            f.write(QStringLiteral(
                        "import { DuckDBInstance } from '%1/node_modules/@duckdb/node-api/lib/index.js';\n"
                        "const inst = await DuckDBInstance.create(process.argv[3]);\n"
                        "const con = await inst.connect();\n"
                        "const t0 = performance.now();\n"
                        "await con.run(`CREATE TABLE t AS SELECT * FROM read_json('${process.argv[2]}')`);\n"
                        "const t1 = performance.now();\n"
                        "const r = await con.runAndReadAll('SELECT count(*) FROM t');\n"
                        "console.log(((t1 - t0) / 1000).toFixed(3) + ' ' + r.getRows()[0][0]);\n")
                        .arg(cache)
                        .toUtf8());
            f.close();
            QFile::remove(dir + QStringLiteral("/duck.duckdb"));
            int code = 0;
            QString out;
            runTimed(node, {script, jsonl, dir + QStringLiteral("/duck.duckdb")}, &out, &code);
            const QStringList parts = out.split(u' ');
            if (code == 0 && parts.size() == 2)
                duck = parts[0].toDouble();
            else
                duckNote = QStringLiteral("failed: ") + out.right(300);
        }
    }

    // 3. sqlite3 shell .import of the CSV.
    settle();
    double sqlite = -1;
    QString sqliteNote;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        sqliteNote = QStringLiteral("skipped: sqlite3 not installed");
    } else {
        const QString target = dir + QStringLiteral("/sqlite3-import.db");
        QFile::remove(target);
        int code = 0;
        QString out;
        sqlite = runTimed(sqlite3, {target, QStringLiteral(".import --csv %1 t").arg(csv)}, &out, &code);
        if (code != 0) {
            sqliteNote = QStringLiteral("failed: ") + out.right(300);
            sqlite = -1;
        }
    }

    auto row = [&](const char *name, double s, const QString &note) {
        if (s < 0) {
            std::printf("%-34s %s\n", name, qPrintable(note));
            return;
        }
        std::printf("%-34s %9.2f s %12.0f lines/s %10.2f×\n", name, s, double(lines) / s, s / ours);
    };
    std::printf("\n%-34s %11s %19s %11s\n", "", "time", "rate", "vs ours");
    row("TokenLedger import (JSONL → SQLite)", ours, {});
    row("DuckDB read_json (CREATE TABLE AS)", duck, duckNote);
    row("sqlite3 .import (CSV)", sqlite, sqliteNote);
    std::printf("\npeak RSS of the TokenLedger import: %.0f MB\n", peakMb);
    if (duck > 0)
        std::printf("target: TokenLedger no slower than DuckDB read_json: %s (%.2f s vs %.2f s)\n",
                    ours <= duck ? "met" : "NOT met", ours, duck);
    std::printf("target: peak memory under 300 MB: %s\n", peakMb < 300 ? "met" : "NOT met");
    return 0;
}
