// bench_import --parse-only FILE [--digest]: the parser side of an import alone. Runs the real
// parser path (LineSource, the LiteLLM reader, ParserThread with the database's CostEngine over
// the built-in catalog, FactPreparer) over FILE and hands every chunk back unstored; prints
// wall and CPU time per million lines. With --digest it also prints a 64-bit digest of
// everything the parser produced (every fact field, the prepared ids and keys, the rejected
// lines with their messages), so two builds can be checked to produce the same.
#include "bench_import_parse.h"

#include "ingest/LiteLlmReader.h"
#include "ingest/ParserThread.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace tl::bench {

namespace {

struct Digest
{
    std::uint64_t h = 1469598103934665603ULL;
    void bytes(const void *p, std::size_t n)
    {
        const auto *b = static_cast<const unsigned char *>(p);
        for (std::size_t i = 0; i < n; ++i) {
            h ^= b[i];
            h *= 1099511628211ULL;
        }
    }
    void num(std::int64_t v) { bytes(&v, sizeof v); }
    void str(const QString &s)
    {
        num(s.size());
        bytes(s.constData(), std::size_t(s.size()) * sizeof(QChar));
    }
    void money(const Money &m) { num(m.nanos()); }
};

void digestFact(Digest &d, const UsageFact &f)
{
    d.str(f.recordKey);
    d.num(f.start);
    d.num(int(f.bucket));
    for (const QString *s : {&f.provider, &f.model, &f.modelFamily, &f.account, &f.apiKey, &f.user,
                             &f.team, &f.tags, &f.region, &f.serviceTier})
        d.str(*s);
    d.num(f.modifiers);
    d.bytes(&f.tokens, sizeof f.tokens);
    for (const Money *m : {&f.cost.uncachedInput, &f.cost.cacheRead, &f.cost.cacheWrite, &f.cost.output})
        d.money(*m);
    d.num(f.billedCost ? f.billedCost->nanos() : -1);
    d.num(f.billedListCost ? f.billedListCost->nanos() : -1);
    d.num(f.priced);
    d.num(f.unpricedUnits);
    d.num(f.promptKey);
    d.num(f.cacheHit);
}

void digestChunk(Digest &d, const ingest::ParsedChunk &c)
{
    for (const UsageFact &f : c.facts)
        digestFact(d, f);
    for (const auto &ids : c.prepared.dims)
        d.bytes(ids.data(), sizeof ids);
    for (const QByteArray &k : c.prepared.keys) {
        d.num(k.size());
        d.bytes(k.constData(), std::size_t(k.size()));
    }
    for (std::int64_t h : c.prepared.keyHashes)
        d.num(h);
    for (const auto &[dim, value] : c.prepared.newValues) {
        d.num(int(dim));
        d.str(value);
    }
    for (const ingest::ReadProblem &p : c.problems) {
        d.num(p.line);
        d.str(p.field);
        d.str(p.reason);
    }
    d.num(c.read);
    d.num(c.rejected);
    d.num(c.skipped);
}

double cpuSeconds()
{
    struct rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
           + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double l = -1;
    in >> l;
    return l;
}

} // namespace

int runParseOnly(const QString &file, bool digest)
{
    // The prices of a fresh database: its (empty) overrides over the built-in catalog, as an
    // import into a new database file uses them.
    QTemporaryDir tmp;
    auto db = store::Database::open(tmp.path() + QStringLiteral("/prices.db"));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    auto pricing = pricing::DatabasePricing::load(**db);
    if (!pricing) {
        std::fprintf(stderr, "%s\n", qPrintable(pricing.errorMessage()));
        return 1;
    }
    text::LineSource src;
    if (Status s = src.open(file); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return 1;
    }
    const bool csv = file.endsWith(QStringLiteral(".csv"));
    std::unique_ptr<ingest::RecordReader> reader;
    if (csv)
        reader = std::make_unique<ingest::LiteLlmCsvReader>(src);
    else
        reader = std::make_unique<ingest::LiteLlmJsonReader>(src);
    if (Status s = reader->start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return 1;
    }

    const double load = loadAverage();
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    std::int64_t read = 0, facts = 0, rejected = 0, skipped = 0;
    Digest d;
    {
        ingest::ParserThread parser(*reader, src, (*pricing)->engine(), 20000, 1000, nullptr);
        for (;;) {
            ingest::ParsedChunk chunk = parser.next();
            if (chunk.failure) {
                std::fprintf(stderr, "failed: %s\n", qPrintable(*chunk.failure));
                return 1;
            }
            read += chunk.read;
            facts += std::int64_t(chunk.facts.size());
            rejected += chunk.rejected;
            skipped += chunk.skipped;
            if (digest)
                digestChunk(d, chunk);
            const bool last = chunk.last;
            parser.giveBack(std::move(chunk));
            if (last)
                break;
        }
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const double perMillion = read > 0 ? 1e6 / double(read) : 0;
    std::printf("parse only %s: %" PRId64 " lines read, %" PRId64 " facts, %" PRId64
                " rejected, %" PRId64 " skipped; load average %.2f before\n",
                qPrintable(QFileInfo(file).fileName()), read, facts, rejected, skipped, load);
    std::printf("wall %.2f s (%.2f s per million lines), CPU %.2f s (%.2f s per million lines)%s\n",
                seconds, seconds * perMillion, cpu, cpu * perMillion,
                digest ? " (digest included)" : "");
    if (digest)
        std::printf("digest %016" PRIx64 "\n", d.h);
    return 0;
}

} // namespace tl::bench
