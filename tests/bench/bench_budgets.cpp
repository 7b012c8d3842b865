// Benchmark of a budget evaluation (what the desktop app runs on its timer and after every
// import) over the demo organisation.
//
//   bench_budgets [DAYS [DB]]   DAYS of demo data (default 90), DB (default a temporary file)
//
// Adds nine overlapping budgets (the organisation, five teams, three providers), then times
// evaluateStoredBudgets() — hourly rollups read per budget over its period plus 28 days of
// history, forecast, spikes — 20 times and prints median and p95. As a reference in the same
// run, the bare read under it: one hourly-spend query per budget (UsageReader::hourlySpend,
// rollup_hour) over the budget period for the same nine scopes, without binning into local days,
// history, forecast or spike check.
//
// Not a test.

#include "budgets/BudgetCheck.h"
#include "demo/DemoOrganisation.h"
#include "query/UsageQueries.h"
#include "store/UsageReader.h"
#include "store/Database.h"
#include "store/SqliteBudgetStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tl;

namespace {
constexpr int kRuns = 20;
const QDate kLastDay(2026, 11, 26);

void print(const char *what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-58s median %8.2f ms   p95 %8.2f ms\n", what, ms[ms.size() / 2],
                ms[std::min<std::size_t>(ms.size() - 1, ms.size() * 95 / 100)]);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int days = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 90;
    QTemporaryDir dir;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    auto db = store::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    store::SqliteBudgetStore store(**db);
    if (store.budgets()->isEmpty()) {
        demo::DemoOptions o;
        o.lastDay = kLastDay;
        o.days = days;
        auto facts = demo::DemoOrganisation::load(**db, o);
        if (!facts) {
            std::fprintf(stderr, "%s\n", qPrintable(facts.errorMessage()));
            return 1;
        }
        std::printf("demo: %lld facts over %d days\n", static_cast<long long>(*facts), days);
        QList<QList<budgets::ScopeTerm>> scopes{{}};
        for (const char *team : {"support", "search", "sales", "data-science", "platform"})
            scopes << QList<budgets::ScopeTerm>{{Dimension::Team, QString::fromLatin1(team)}};
        for (const char *provider : {"openai", "anthropic", "bedrock"})
            scopes << QList<budgets::ScopeTerm>{
                {Dimension::Provider, QString::fromLatin1(provider)}};
        int i = 0;
        for (const auto &scope : scopes) {
            budgets::Budget b;
            b.name = QStringLiteral("budget %1").arg(++i);
            b.amount = Money::fromUnits(1000);
            b.scope = scope;
            if (!store.add(b)) {
                std::fprintf(stderr, "cannot add a budget\n");
                return 1;
            }
        }
    }
    const auto budgets = *store.budgets();
    const QDateTime now(kLastDay, QTime(15, 0), Qt::UTC);
    const QTimeZone zone("Europe/Berlin");
    const auto window = budgets::spendWindow(budgets.first(), now, zone);

    std::vector<double> evaluation, reference;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        auto statuses = budgets::evaluateStoredBudgets(**db, now, zone);
        evaluation.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!statuses || statuses->size() != budgets.size()) {
            std::fprintf(stderr, "evaluation failed\n");
            return 1;
        }
        query::UsageQueries queries(**db);
        const std::int64_t firstHour = window.from.toSecsSinceEpoch() / 3600;
        const std::int64_t lastHour = now.toSecsSinceEpoch() / 3600;
        t.restart();
        for (const auto &b : budgets) {
            if (!queries.reader().hourlySpend(b.filter(), firstHour, lastHour)) {
                std::fprintf(stderr, "reference failed\n");
                return 1;
            }
        }
        reference.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("%lld budgets, %d runs each\n", static_cast<long long>(budgets.size()), kRuns);
    print("evaluate all budgets (rollup_hour, forecast, spikes)", evaluation);
    print("reference: hourly spend read, same scopes, budget period", reference);
    return 0;
}
