// Dashboard item models: model-tester clean, and figures equal the queries behind them.
#include "money/AmountText.h"
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "services/DashboardService.h"
#include "query/UsageQueries.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::itemmodels;
using namespace tl::services;
using namespace tl::query;

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelsPassTheModelTester();
    void kpisMatchSummary();
    void spendSeriesSumsToSpend_data();
    void spendSeriesSumsToSpend();
    void filterNarrowsFigures();
    void emptyDatabaseShowsNoData();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    const QDate m_today{2026, 11, 26};
};

void TestItemModels::initTestCase()
{
    m_db = test::openTempDatabase(m_dir);
    QVERIFY(m_db);
    demo::DemoOptions o;
    o.lastDay = m_today;
    QVERIFY(demo::DemoOrganisation::load(*m_db, o).ok());
}

void TestItemModels::modelsPassTheModelTester()
{
    DashboardService service;
    service.setToday(m_today);
    QAbstractItemModelTester kpiTester(service.kpis(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester spendTester(service.spendOverTime(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.setDatabase(m_db.get());
    service.setPeriodPreset(PeriodPreset::Last7Days);
    service.setStackDimension(Dimension::Model);
    service.setGranularity(Granularity::Hour);
    service.setDatabase(nullptr);
    service.setDatabase(m_db.get());
    QCOMPARE(service.spendOverTime()->rowCount(), 7 * 24);
}

void TestItemModels::kpisMatchSummary()
{
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_db.get());
    service.setPeriodPreset(PeriodPreset::ThisMonth);
    UsageQueries q(*m_db);
    auto now = q.summary({QDate(2026, 11, 1), m_today, {}});
    auto before = q.summary({QDate(2026, 10, 1), QDate(2026, 10, 26), {}});
    KpiModel *k = service.kpis();
    QCOMPARE(k->index(KpiModel::Spend).data(KpiModel::RawValueRole).toString(),
             now->totals.cost.total().toDecimalString());
    const double expectedChange = (now->totals.cost.total() - before->totals.cost.total()).toDouble()
                                  / before->totals.cost.total().toDouble();
    QVERIFY(qAbs(k->index(KpiModel::Change).data(KpiModel::RawValueRole).toDouble() - expectedChange) < 1e-12);
    const Money per1k = now->totals.cost.total().mulDiv(1000, now->totals.tokens.requests);
    QCOMPARE(k->index(KpiModel::CostPer1kRequests).data(KpiModel::RawValueRole).toString(),
             per1k.toDecimalString());
    QVERIFY(k->index(KpiModel::Spend).data(Qt::ToolTipRole).toString().contains(
        tl::usdAmount(now->totals.cost.total())));
}

void TestItemModels::spendSeriesSumsToSpend_data()
{
    QTest::addColumn<int>("dimension");
    QTest::newRow("provider") << int(Dimension::Provider);
    QTest::newRow("model (more than 8: Other)") << int(Dimension::Model);
    QTest::newRow("team") << int(Dimension::Team);
    QTest::newRow("tag") << int(Dimension::Tags);
}

void TestItemModels::spendSeriesSumsToSpend()
{
    QFETCH(int, dimension);
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_db.get());
    service.setPeriodPreset(PeriodPreset::Last30Days);
    service.setStackDimension(Dimension(dimension));
    SpendOverTimeModel *m = service.spendOverTime();
    QCOMPARE(m->rowCount(), 30);
    QVERIFY(m->columnCount() <= 9);
    Money sum;
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            sum += *Money::parse(m->index(r, c).data(SpendOverTimeModel::ExactRole).toString());
    QCOMPARE(sum, service.totals().cost.total());
    if (Dimension(dimension) == Dimension::Model)
        QCOMPARE(m->headerData(m->columnCount() - 1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 UsageQueries::otherSeriesLabel());
}

void TestItemModels::filterNarrowsFigures()
{
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_db.get());
    service.setPeriodPreset(PeriodPreset::Last90Days);
    const Money all = service.totals().cost.total();
    QSignalSpy spy(&service, &DashboardService::refreshed);
    UsageFilter f;
    f.add(Dimension::Team, QStringLiteral("support"));
    service.setFilter(f);
    QCOMPARE(spy.count(), 1);
    const Money support = service.totals().cost.total();
    QVERIFY(support < all && !support.isZero());
    UsageFilter expected{service.period().from, service.period().to, f.equals};
    QCOMPARE(support, UsageQueries(*m_db).summary(expected)->totals.cost.total());
}

void TestItemModels::emptyDatabaseShowsNoData()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    DashboardService service;
    service.setDatabase(db.get());
    QVERIFY(!service.hasData());
    QCOMPARE(service.kpis()->index(KpiModel::Change).data().toString(), QStringLiteral("—"));
    QCOMPARE(service.spendOverTime()->columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
