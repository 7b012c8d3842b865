// Benchmark of the dashboard refresh on a large database.
//
//   bench_dashboard [N [DB]]     N facts (default 10,000,000), DB (default /tmp/tokenledger-bench.db)
//
// Fills DB with N hourly facts from the demo generator — rounds of 365 days with their own
// seed, record-key prefix, user and API-key suffix, so that the rollups grow like an
// organisation with many users — stored as an import stores them (store::FactStore, facts in
// blocks), one transaction per round (a DB that already holds N facts of an earlier run is
// reused). Then, after a filter change (team = support), times every dashboard query over the
// last 30 days 20 times and prints median and p95, and the same aggregate (cost of the period
// by provider, team = support) as a plain GROUP BY over the facts (usage_fact, in process: the
// sqlite3 command-line tool cannot read the blocks) next to the rollup queries run with the
// sqlite3 command-line tool.
//
// Not a test. Target: a whole dashboard refresh < 50 ms.

#include "budgets/MonthEndForecast.h"
#include "demo/DemoOrganisation.h"
#include "pricing/DatabasePricing.h"
#include "pricing/PriceCatalog.h"
#include "query/DashboardQueries.h"
#include "query/DashboardSnapshot.h"
#include "store/Database.h"
#include "store/FactStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tl;
using namespace tl::query;

namespace {

constexpr int kRuns = 20;
constexpr int kCliRuns = 5;
constexpr int kDaysPerRound = 365;
const QDate kLastDay(2026, 11, 26);

struct Stats
{
    double first = 0;
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    Stats s;
    s.first = ms.front();
    std::sort(ms.begin(), ms.end());
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(static_cast<double>(ms.size()) * 0.95))];
    return s;
}

Stats time(int runs, const std::function<void()> &f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return stats(ms);
}

template <typename T>
T need(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "bench_dashboard: %s: %s\n", what, qPrintable(r.errorMessage()));
        std::exit(1);
    }
    return std::move(r).value();
}

void needOk(const Status &s, const char *what)
{
    if (!s) {
        std::fprintf(stderr, "bench_dashboard: %s: %s\n", what, qPrintable(s.errorMessage()));
        std::exit(1);
    }
}

Status fill(store::Database &db, std::int64_t n)
{
    const pricing::PriceCatalog &catalog = pricing::PriceCatalog::builtin();
    store::FactStore facts(db);
    std::int64_t inserted = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; inserted < n; ++round) {
        store::Transaction tx(db.connection());
        if (!tx.isActive())
            return Error{tx.beginError()};
        auto batch = facts.beginBatch(QStringLiteral("bench"), QStringLiteral("round %1").arg(round));
        if (!batch)
            return batch.error();
        demo::DemoOptions options;
        options.lastDay = kLastDay;
        options.days = kDaysPerRound;
        options.seed = 20261126 + 7919ULL * static_cast<std::uint64_t>(round);
        const QString prefix = QStringLiteral("bench%1:").arg(round);
        const QString user = QStringLiteral("user-%1").arg(round % 150, 3, 10, QChar(u'0'));
        const QString keySuffix = QStringLiteral("-k%1").arg(round % 6);
        std::optional<Error> failure;
        std::vector<UsageFact> day;
        // Stored as an import stores them: in blocks (store/FactBlock.h), rollups summed in memory.
        store::FactPreparer preparer;
        std::vector<std::int64_t> dimIds;
        demo::DemoOrganisation(options).generate(catalog, [&](std::span<const UsageFact> generated) {
            if (failure || inserted >= n)
                return;
            day.assign(generated.begin(), generated.end());
            if (static_cast<std::int64_t>(day.size()) > n - inserted)
                day.resize(static_cast<std::size_t>(n - inserted));
            for (UsageFact &f : day) {
                f.recordKey.prepend(prefix);
                f.user = user;
                f.apiKey += keySuffix;
            }
            auto r = facts.insertPrepared(*batch, day, preparer.prepare(day), dimIds, /*intoBlocks=*/true);
            if (!r)
                failure = r.error();
            else
                inserted += r->inserted;
        });
        if (failure)
            return *failure;
        if (Status s = facts.flushRollups(); !s)
            return s;
        if (Status s = facts.finishBatch(*batch, QStringLiteral("done"), 0, 0, 0, 0); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        std::printf("  round %3d: %10lld facts, %6.1f s\n", round, static_cast<long long>(inserted),
                    static_cast<double>(timer.elapsed()) / 1000.0);
        std::fflush(stdout);
    }
    return {};
}

struct CliTiming
{
    Stats wall;       // around the process
    double sqliteMedian = 0; // ".timer on": the query alone
    QString result;
};

CliTiming timeCli(const QString &db, const QString &sql)
{
    CliTiming out;
    std::vector<double> wall;
    std::vector<double> inner;
    for (int i = 0; i < kCliRuns; ++i) {
        QProcess p;
        p.setProgram(QStringLiteral("sqlite3"));
        p.setArguments({QStringLiteral("-readonly"), db});
        const auto t0 = std::chrono::steady_clock::now();
        p.start();
        // Through stdin: the CLI's ".timer" reports only statements it reads that way.
        p.write(QStringLiteral(".timer on\n%1\n").arg(sql).toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(-1);
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
        double sum = 0;
        for (auto it = timer.globalMatch(text); it.hasNext();)
            sum += it.next().captured(1).toDouble() * 1000.0;
        inner.push_back(sum);
        QString rows = text;
        rows.remove(QRegularExpression(QStringLiteral("Run Time:[^\\n]*\\n?")));
        out.result = rows.trimmed();
    }
    out.wall = stats(wall);
    out.sqliteMedian = stats(inner).median;
    return out;
}

void row(const char *name, const Stats &s)
{
    std::printf("  %-56s %9.2f %9.2f %9.2f\n", name, s.median, s.p95, s.first);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::int64_t n = args.size() > 1 ? args[1].toLongLong() : 10'000'000;
    const QString path = args.size() > 2 ? args[2] : QStringLiteral("/tmp/tokenledger-bench.db");
    if (n <= 0) {
        std::fprintf(stderr, "usage: bench_dashboard [N facts] [database path]\n");
        return 2;
    }

    std::int64_t existing = 0;
    if (QFile::exists(path)) {
        auto db = store::Database::open(path, store::Database::Create::MustExist);
        if (db)
            existing = (*db)->connection().queryInt("SELECT count(*) FROM usage_fact").value();
    }
    if (existing != n) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto db = need(store::Database::open(path), "open");
        std::printf("Filling %s with %lld facts (demo generator, %d-day rounds)…\n", qPrintable(path),
                    static_cast<long long>(n), kDaysPerRound);
        QElapsedTimer t;
        t.start();
        if (Status s = fill(*db, n); !s) {
            std::fprintf(stderr, "bench_dashboard: fill: %s\n", qPrintable(s.errorMessage()));
            return 1;
        }
        (void)db->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        std::printf("Fill: %lld facts in %.1f s (%.0f facts/s)\n\n", static_cast<long long>(n),
                    static_cast<double>(t.elapsed()) / 1000.0, static_cast<double>(n) * 1000.0 / double(t.elapsed()));
    } else {
        std::printf("Reusing %s: it already holds %lld facts.\n\n", qPrintable(path), static_cast<long long>(n));
    }

    auto db = need(store::Database::open(path, store::Database::Create::MustExist), "open");
    store::Connection &c = db->connection();
    std::printf("Database: %lld facts, %lld rollup_day rows, %lld rollup_hour rows, %.2f GB\n",
                static_cast<long long>(c.queryInt("SELECT count(*) FROM usage_fact").value()),
                static_cast<long long>(c.queryInt("SELECT count(*) FROM rollup_day").value()),
                static_cast<long long>(c.queryInt("SELECT count(*) FROM rollup_hour").value()),
                static_cast<double>(QFile(path).size()) / 1e9);

    // The dashboard as the page asks for it: last 30 days, then a filter change.
    DashboardRequest request;
    request.today = kLastDay;
    request.preset = PeriodPreset::Last30Days;
    const Period period = resolvePeriod(request.preset, request.today);
    request.filter.add(Dimension::Team, QStringLiteral("support"));
    UsageFilter current{period.from, period.to, request.filter.equals};
    UsageFilter previous{period.previousFrom, period.previousTo, request.filter.equals};

    UsageQueries queries(*db);
    DashboardQueries more(queries);
    (void)need(queries.dataRange(), "warm up");
    std::printf("Period %s – %s, filter team = support, %d runs each (times in ms)\n\n",
                qPrintable(period.from.toString(Qt::ISODate)), qPrintable(period.to.toString(Qt::ISODate)), kRuns);
    std::printf("  %-56s %9s %9s %9s\n", "what one refresh runs (rollups only)", "median", "p95", "first");
    volatile std::int64_t sink = 0;
    row("current period: one pass, day×provider×tier×model×team", time(kRuns, [&] {
            sink = sink + need(more.cube(current, {Dimension::Provider, Dimension::ServiceTier, Dimension::Model,
                                                   Dimension::Team}),
                               "cube")
                              .size();
        }));
    row("previous period: costs by model × team", time(kRuns, [&] {
            sink = sink + need(more.costBy(previous, {Dimension::Model, Dimension::Team}), "previous").size();
        }));
    std::printf("\n  %-56s %9s %9s %9s\n", "each part as a query of its own (for comparison)", "median", "p95", "first");
    row("KPIs: period by provider × tier (all sums)", time(kRuns, [&] {
            sink = sink + need(queries.summary(current, {Dimension::Provider, Dimension::ServiceTier}), "kpis")
                              .totals.facts;
        }));
    row("previous period: model × team (all sums)", time(kRuns, [&] {
            sink = sink + need(queries.summary(previous, {Dimension::Model, Dimension::Team}), "previous").totals.facts;
        }));
    row("time series by provider, 30 days", time(kRuns, [&] {
            sink = sink + need(queries.timeSeries(current, Granularity::Day, Dimension::Provider), "series").buckets.size();
        }));
    row("top drivers: model × team (all sums)", time(kRuns, [&] {
            sink = sink + need(queries.summary(current, {Dimension::Model, Dimension::Team}), "drivers").groups.size();
        }));
    row("breakdown by model (all sums)", time(kRuns, [&] {
            sink = sink + need(queries.summary(current, {Dimension::Model}), "breakdown").groups.size();
        }));
    row("cost split (period totals)", time(kRuns, [&] {
            sink = sink + need(queries.summary(current), "split").totals.cost.output.nanos();
        }));
    row("cache reads by day × provider × model × tier", time(kRuns, [&] {
            sink = sink + need(more.cacheReads(current), "cache").size();
        }));
    row("forecast: local days of 28+ days, hourly rollups (budgets)", time(kRuns, [&] {
            DashboardSnapshot probe;
            probe.periodContainsToday = true;
            probe.hasData = true;
            needOk(budgets::addMonthEndForecast(*db, request, probe), "forecast");
            sink = sink + probe.forecast.levelDays;
        }));
    row("fixed costs: price catalog + discounts (DatabasePricing)", time(kRuns, [&] {
            sink = sink + need(pricing::DatabasePricing::load(*db), "pricing")->catalog().entries().size();
        }));
    row("fixed costs: dimension table + data range", time(kRuns, [&] {
            UsageQueries fresh(*db);
            sink = sink + need(fresh.dataRange(), "range").first.day();
            sink = sink + fresh.dimensionValue(1).size();
            sink = sink + need(DashboardQueries(fresh).rollupRowsPerDay(), "rows");
        }));
    std::printf("\n");
    const Stats refresh = time(kRuns, [&] { sink = sink + need(budgets::computeDashboardWithForecast(*db, request), "refresh").current.facts; });
    row("WHOLE REFRESH (computeDashboardWithForecast, team = support)", refresh);
    DashboardRequest unfiltered = request;
    unfiltered.filter = {};
    const Stats noFilter = time(kRuns, [&] { sink = sink + need(budgets::computeDashboardWithForecast(*db, unfiltered), "refresh").current.facts; });
    row("whole refresh, no filter", noFilter);
    DashboardRequest hourly = request;
    hourly.preset = PeriodPreset::Last7Days;
    hourly.granularity = Granularity::Hour;
    const Stats byHour = time(kRuns, [&] { sink = sink + need(budgets::computeDashboardWithForecast(*db, hourly), "refresh").current.facts; });
    row("whole refresh, last 7 days hourly (rollup_hour)", byHour);
    DashboardRequest quarter = request;
    quarter.preset = PeriodPreset::Last90Days;
    const Stats ninetyDays = time(kRuns, [&] { sink = sink + need(budgets::computeDashboardWithForecast(*db, quarter), "refresh").current.facts; });
    row("whole refresh, last 90 days", ninetyDays);

    // The same aggregate four ways: in-process over the rollups (the store reads rollup_hour
    // summed into days where that table is the smaller one, see store/DailySource.h), and with
    // the sqlite3 CLI over each rollup table and over the facts.
    const auto teamId = [&] {
        auto st = c.prepare("SELECT id FROM dim WHERE kind = 7 AND value = 'support'");
        st->step();
        return st->columnInt64(0);
    }();
    const std::int64_t dayLo = epochDay(period.from);
    const std::int64_t dayHi = epochDay(period.to);
    const QString factsSql =
        QStringLiteral("SELECT p.value, sum(f.cost_input + f.cost_cache_read + f.cost_cache_write + f.cost_output) "
                       "FROM usage_fact f JOIN dim p ON p.id = f.provider_id JOIN dim t ON t.id = f.team_id "
                       "WHERE t.kind = 7 AND t.value = 'support' AND f.start_ts BETWEEN %1 AND %2 "
                       "GROUP BY p.value ORDER BY p.value;")
            .arg(dayLo * 86400)
            .arg(dayHi * 86400 + 86399);
    const QString rollupSql =
        QStringLiteral("SELECT p.value, sum(r.cost_input + r.cost_cache_read + r.cost_cache_write + r.cost_output) "
                       "FROM rollup_day r JOIN dim p ON p.id = r.provider_id "
                       "WHERE r.team_id = %1 AND r.day BETWEEN %2 AND %3 GROUP BY p.value ORDER BY p.value;")
            .arg(teamId)
            .arg(dayLo)
            .arg(dayHi);
    const QString hourlySql =
        QStringLiteral("SELECT p.value, sum(r.cost_input + r.cost_cache_read + r.cost_cache_write + r.cost_output) "
                       "FROM rollup_hour r JOIN dim p ON p.id = r.provider_id "
                       "WHERE r.team_id = %1 AND r.hour BETWEEN %2 AND %3 GROUP BY p.value ORDER BY p.value;")
            .arg(teamId)
            .arg(dayLo * 24)
            .arg(dayHi * 24 + 23);
    const Stats inProcess = time(kRuns, [&] {
        sink = sink + need(queries.summary(current, {Dimension::Provider}), "summary").totals.facts;
    });
    const CliTiming cliRollup = timeCli(path, rollupSql);
    const CliTiming cliHourly = timeCli(path, hourlySql);
    // The facts: in process, as the sqlite3 CLI cannot read fact_block_facts.
    CliTiming cliFacts;
    {
        std::vector<double> wall;
        for (int i = 0; i < kCliRuns; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            auto st = need(c.prepare(factsSql), "facts query");
            QStringList rows;
            while (st.step() == store::Statement::Step::Row)
                rows << st.columnText(0) + u'|' + st.columnText(1);
            wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            cliFacts.result = rows.join(u'\n');
        }
        cliFacts.wall = stats(wall);
        cliFacts.sqliteMedian = cliFacts.wall.median;
    }
    std::printf("\nSame aggregate — cost of the period by provider, team = support (ms):\n");
    std::printf("  %-56s %9s %9s\n", "", "median", "p95");
    std::printf("  %-56s %9.2f %9.2f\n", "rollups, in process (UsageQueries::summary)", inProcess.median, inProcess.p95);
    std::printf("  %-56s %9.2f %9.2f   (sqlite .timer: %.2f)\n", "rollup_day, sqlite3 CLI process", cliRollup.wall.median,
                cliRollup.wall.p95, cliRollup.sqliteMedian);
    std::printf("  %-56s %9.2f %9.2f   (sqlite .timer: %.2f)\n", "rollup_hour as days, sqlite3 CLI process",
                cliHourly.wall.median, cliHourly.wall.p95, cliHourly.sqliteMedian);
    std::printf("  %-56s %9.2f %9.2f\n", "usage_fact GROUP BY (facts in blocks), in process",
                cliFacts.wall.median, cliFacts.wall.p95);
    std::printf("  (CLI: %d runs each)\n", kCliRuns);
    const bool same = cliRollup.result == cliFacts.result && cliHourly.result == cliFacts.result;
    std::printf("  results %s:\n    rollups: %s\n    facts:   %s\n", same ? "agree" : "DIFFER",
                qPrintable(QString(cliRollup.result).replace(u'\n', QStringLiteral("; "))),
                qPrintable(QString(cliFacts.result).replace(u'\n', QStringLiteral("; "))));
    // The verdict covers every refresh case above and quotes the worst of them.
    struct Case
    {
        const char *name;
        Stats stats;
    };
    const Case cases[] = {{"team = support", refresh}, {"no filter", noFilter}, {"7 days hourly", byHour}, {"90 days", ninetyDays}};
    const Case *worst = &cases[0];
    for (const Case &each : cases)
        if (each.stats.p95 > worst->stats.p95)
            worst = &each;
    std::printf("\nTarget: every whole dashboard refresh < 50 ms: %s (worst case '%s': median %.1f ms, p95 %.1f ms)\n",
                worst->stats.p95 < 50.0 ? "met" : (worst->stats.median < 50.0 ? "met at the median only" : "NOT MET"),
                worst->name, worst->stats.median, worst->stats.p95);
    return same ? 0 : 1;
}
