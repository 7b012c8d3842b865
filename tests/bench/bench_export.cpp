// Benchmark of the exports: FOCUS 1.2 (from the daily rollup) and the raw usage CSV (from the
// records), over a small and a large period of the same database, with the process's peak
// memory after each; next to a reference measured in the same run: the `sqlite3` command-line
// tool writing the same tables as plain CSV (no dimension names, no money formatting).
//
// Not a test: run ./build/dev/tests/bench/bench_export [days] [database] by hand.
// Defaults: 1825 days of the demo organisation in /tmp/tokenledger-bench-export.db (reused).

#include "demo/DemoOrganisation.h"
#include "export/FocusExporter.h"
#include "export/RawCsvExporter.h"
#include "pricing/DatabasePricing.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>

#include <cstdio>

using namespace tl;

namespace {

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

void line(const char *what, std::int64_t rows, qint64 ms, const QString &file)
{
    const double mb = QFileInfo(file).size() / 1e6;
    std::printf("%-44s %10lld rows %8lld ms %10.0f rows/s %8.1f MB  peak RSS %ld MB\n", what,
                static_cast<long long>(rows), static_cast<long long>(ms), ms > 0 ? rows * 1000.0 / ms : 0.0, mb,
                peakRssMb());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int days = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1825;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/tokenledger-bench-export.db");
    const QDate last(2026, 11, 26);
    const QDate first = last.addDays(-(days - 1));

    auto db = store::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    auto facts = (*db)->connection().queryInt("SELECT count(*) FROM usage_fact");
    if (facts && *facts == 0) {
        demo::DemoOptions o;
        o.lastDay = last;
        o.days = days;
        QElapsedTimer t;
        t.start();
        auto added = demo::DemoOrganisation::load(**db, o);
        std::printf("filled %s with %lld records in %lld ms\n", qPrintable(path),
                    static_cast<long long>(added ? *added : 0), static_cast<long long>(t.elapsed()));
    }
    facts = (*db)->connection().queryInt("SELECT count(*) FROM usage_fact");
    const auto rollupRows = (*db)->connection().queryInt("SELECT count(*) FROM rollup_day");
    std::printf("database: %lld usage records, %lld daily rollup rows, %s – %s\n\n",
                static_cast<long long>(facts ? *facts : 0), static_cast<long long>(rollupRows ? *rollupRows : 0),
                qPrintable(first.toString(Qt::ISODate)), qPrintable(last.toString(Qt::ISODate)));
    std::printf("start: peak RSS %ld MB\n", peakRssMb());

    auto pricing = pricing::DatabasePricing::load(**db);
    if (!pricing)
        return 1;
    exporting::FocusExporter focus(**db, **pricing);
    const QString out = QStringLiteral("/tmp/tokenledger-bench-export.csv");
    QElapsedTimer t;

    // Small period first: the peak memory after it is the baseline the large export is compared with.
    t.start();
    auto small = focus.write(out, query::UsageFilter{last.addDays(-6), last, {}});
    line("FOCUS export, last 7 days", small ? small->rows : -1, t.elapsed(), out);
    t.restart();
    auto all = focus.write(out, query::UsageFilter{});
    line("FOCUS export, all days", all ? all->rows : -1, t.elapsed(), out);
    t.restart();
    auto rawSmall = exporting::RawCsvExporter(**db).write(out, query::UsageFilter{last.addDays(-6), last, {}});
    line("raw CSV export, last 7 days", rawSmall ? rawSmall->rows : -1, t.elapsed(), out);
    t.restart();
    auto raw = exporting::RawCsvExporter(**db).write(out, query::UsageFilter{});
    line("raw CSV export, all days", raw ? raw->rows : -1, t.elapsed(), out);

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::printf("\n(sqlite3 not installed: no reference run)\n");
        return 0;
    }
    for (const auto &[what, table] : {std::pair{"reference: sqlite3 -csv rollup_day", "rollup_day"},
                                      // The demo's records are rows (fact_row); the sqlite3 CLI
                                      // cannot read usage_fact, whose blocks need TokenLedger.
                                      std::pair{"reference: sqlite3 -csv fact_row", "fact_row"}}) {
        QProcess p;
        p.setStandardOutputFile(out);
        t.restart();
        p.start(sqlite, {QStringLiteral("-csv"), QStringLiteral("-header"), path,
                         QStringLiteral("SELECT * FROM %1").arg(QString::fromLatin1(table))});
        p.waitForFinished(-1);
        const auto n = (*db)->connection().queryInt(
            QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)).toUtf8().constData());
        line(what, n ? *n : -1, t.elapsed(), out);
    }
    QFile::remove(out);
    QFile::remove(exporting::FocusExporter::metadataPath(out));
    return 0;
}
