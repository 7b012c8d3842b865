// The read-side stores on their own: the usage reader's aggregates agree with one another
// (cube, cost split, hourly spend, totals), the export reader streams every rollup row and
// every fact of a filter in order, the import log returns a read error rather than an empty
// list, a reader database refuses writes, and a unit of work keeps its changes only when
// committed.
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "store/FactStore.h"
#include "store/ReaderDatabase.h"
#include "store/SqliteExportReader.h"
#include "store/SqliteImportLog.h"
#include "store/SqliteUsageReader.h"
#include "store/WriteTransaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace tl;

Q_DECLARE_METATYPE(tl::query::UsageFilter)

class TestStoreReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aggregatesAddUpToTotals_data();
    void aggregatesAddUpToTotals();
    void exportCursorsStreamEveryRow();
    void importLogReportsReadErrors();
    void readerDatabaseRefusesWrites();
    void unitOfWorkKeepsOnlyCommittedChanges();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_demo;
};

void TestStoreReaders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = test::openTempDatabase(m_dir, QStringLiteral("demo.db"));
    QVERIFY(m_demo);
    demo::DemoOptions o;
    o.lastDay = QDate(2026, 11, 26);
    o.days = 40;
    QVERIFY(demo::DemoOrganisation::load(*m_demo, o).ok());
}

void TestStoreReaders::aggregatesAddUpToTotals_data()
{
    QTest::addColumn<query::UsageFilter>("filter");
    QTest::newRow("everything") << query::UsageFilter{};
    query::UsageFilter support{QDate(2026, 11, 1), QDate(2026, 11, 20), {}};
    support.add(Dimension::Team, QStringLiteral("support"));
    QTest::newRow("support, 20 days") << support;
    query::UsageFilter nothing;
    nothing.add(Dimension::Team, QStringLiteral("no such team"));
    QTest::newRow("no match") << nothing;
}

void TestStoreReaders::aggregatesAddUpToTotals()
{
    QFETCH(query::UsageFilter, filter);
    store::SqliteUsageReader reader(*m_demo);
    auto groups = reader.totals(filter, {});
    QVERIFY(groups.ok());
    const query::UsageTotals total = groups->isEmpty() ? query::UsageTotals{} : groups->first().totals;
    QVERIFY(groups->size() <= 1);

    auto cube = reader.cube(filter, {Dimension::Provider, Dimension::Team});
    QVERIFY(cube.ok());
    query::UsageTotals fromCube;
    for (const query::CubeRow &r : std::as_const(*cube))
        fromCube += r.totals;
    QCOMPARE(fromCube, total);

    auto costs = reader.costBy(filter, {Dimension::Model});
    QVERIFY(costs.ok());
    CostBreakdown fromCosts;
    std::int64_t requests = 0;
    for (const query::CostRow &r : std::as_const(*costs)) {
        fromCosts += r.cost;
        requests += r.requests;
    }
    QCOMPARE(fromCosts, total.cost);
    QCOMPARE(requests, total.tokens.requests);

    // Hourly spend over the filter's days (or all of them) adds up to the daily totals.
    const std::int64_t firstHour = filter.from.isValid() ? store::DimensionDictionary::firstDay(filter) * 24
                                                         : store::DimensionDictionary::kOpenLow;
    const std::int64_t lastHour = filter.to.isValid() ? store::DimensionDictionary::lastDay(filter) * 24 + 23
                                                      : store::DimensionDictionary::kOpenHigh;
    auto hours = reader.hourlySpend(filter, firstHour, lastHour);
    QVERIFY(hours.ok());
    query::HourlySpend sum;
    std::int64_t previousHour = std::numeric_limits<std::int64_t>::min();
    for (const query::HourlySpend &h : std::as_const(*hours)) {
        QVERIFY(h.hour > previousHour);
        previousHour = h.hour;
        sum.computed += h.computed;
        sum.billed += h.billed;
        sum.billedComputed += h.billedComputed;
        sum.facts += h.facts;
        sum.billedFacts += h.billedFacts;
    }
    QCOMPARE(sum.computed, total.cost.total());
    QCOMPARE(sum.billed, total.billed);
    QCOMPARE(sum.billedComputed, total.billedComputed);
    QCOMPARE(sum.facts, total.facts);
    QCOMPARE(sum.billedFacts, total.billedFacts);

    auto facts = reader.totalsFromFacts(filter);
    QVERIFY(facts.ok());
    QCOMPARE(*facts, total);
}

void TestStoreReaders::exportCursorsStreamEveryRow()
{
    query::UsageFilter filter{QDate(2026, 11, 10), QDate(2026, 11, 16), {}};
    filter.add(Dimension::Provider, QStringLiteral("openai"));
    store::SqliteExportReader reader(*m_demo);
    auto totals = store::SqliteUsageReader(*m_demo).totals(filter, {});
    QVERIFY(totals.ok());
    QCOMPARE(totals->size(), 1);

    auto groupFacts = reader.rollupGroupFacts(filter);
    QVERIFY(groupFacts.ok());
    QVERIFY(*groupFacts > 0);
    auto groups = reader.rollupGroups(filter);
    QVERIFY(groups.ok());
    store::RollupGroupRow group;
    std::int64_t rows = 0;
    std::int64_t lastDay = 0;
    query::UsageTotals fromGroups;
    while (true) {
        auto more = (*groups)->next(group);
        QVERIFY(more.ok());
        if (!*more)
            break;
        ++rows;
        QVERIFY(group.day >= lastDay);
        lastDay = group.day;
        QCOMPARE(group.dims[0], QStringLiteral("openai"));
        fromGroups += group.totals;
    }
    QVERIFY(rows > 0);
    QCOMPARE(fromGroups.facts, *groupFacts);
    QCOMPARE(fromGroups, totals->first().totals);

    auto factCount = reader.factCount(filter);
    QVERIFY(factCount.ok());
    auto facts = reader.facts(filter);
    QVERIFY(facts.ok());
    UsageFact fact;
    std::int64_t read = 0;
    std::int64_t lastStart = 0;
    Money cost;
    while (true) {
        auto more = (*facts)->next(fact);
        QVERIFY(more.ok());
        if (!*more)
            break;
        ++read;
        QVERIFY(fact.start >= lastStart);
        lastStart = fact.start;
        QCOMPARE(fact.provider, QStringLiteral("openai"));
        QVERIFY(!fact.recordKey.isEmpty());
        cost += fact.cost.total();
    }
    QCOMPARE(read, *factCount);
    QCOMPARE(read, totals->first().totals.facts);
    QCOMPARE(cost, totals->first().totals.cost.total());
}

void TestStoreReaders::importLogReportsReadErrors()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    store::FactStore facts(*db);
    auto batch = facts.beginBatch(QStringLiteral("csv"), QStringLiteral("usage.csv"));
    QVERIFY(batch.ok());
    QVERIFY(facts.addProblem(*batch, 7, QStringLiteral("model"), QStringLiteral("empty")).ok());
    QVERIFY(facts.addProblem(*batch, 3, QStringLiteral("tokens"), QStringLiteral("negative")).ok());

    store::SqliteImportLog log(*db);
    auto batches = log.batches();
    QVERIFY(batches.ok());
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->first().id, *batch);
    auto problems = log.problems(*batch);
    QVERIFY(problems.ok());
    QCOMPARE(problems->size(), 2);
    QCOMPARE(problems->at(0).line, 7); // in the order they were recorded
    QCOMPARE(problems->at(1).field, QStringLiteral("tokens"));
    QCOMPARE(problems->at(1).reason, QStringLiteral("negative"));
    QVERIFY(log.problems(*batch + 1)->isEmpty());

    QVERIFY(db->connection().exec("DROP TABLE import_problem").ok());
    auto broken = log.problems(*batch);
    QVERIFY(!broken.ok());
    QVERIFY(broken.errorMessage().contains(QStringLiteral("import_problem")));
}

void TestStoreReaders::readerDatabaseRefusesWrites()
{
    auto reader = store::openReaderDatabase(m_demo->path());
    QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    auto range = store::SqliteUsageReader(**reader).dataRange();
    QVERIFY(range.ok());
    QCOMPARE(range->last, QDate(2026, 11, 26));
    QVERIFY(!(*reader)->setSetting(QStringLiteral("probe"), QStringLiteral("1")).ok());
    QVERIFY(m_demo->setting(QStringLiteral("probe")).isEmpty());
    QVERIFY(!store::openReaderDatabase(m_dir.filePath(QStringLiteral("missing.db"))).ok());
}

void TestStoreReaders::unitOfWorkKeepsOnlyCommittedChanges()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    {
        store::WriteTransaction work(*db);
        QVERIFY(work.isActive());
        QVERIFY(db->setSetting(QStringLiteral("a"), QStringLiteral("1")).ok());
    }
    QCOMPARE(db->setting(QStringLiteral("a")), QString());
    {
        store::WriteTransaction work(*db);
        QVERIFY(db->setSetting(QStringLiteral("a"), QStringLiteral("2")).ok());
        QVERIFY(work.commit().ok());
    }
    QCOMPARE(db->setting(QStringLiteral("a")), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestStoreReaders)
#include "tst_store_readers.moc"
