// What-if service and its item models: model-tester clean, the neutral scenario reproduces the
// baseline exactly, results equal the engine on the same inputs, scenario files round-trip and
// the last scenario comes back on start.
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "itemmodels/KpiModel.h"
#include "services/WhatIfService.h"
#include "pricing/DatabasePricing.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::itemmodels;
using namespace tl::services;
using planning::Lever;
using planning::Share;

class TestWhatIfService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelsPassTheModelTester();
    void neutralScenarioEqualsBaseline();
    void neutralPositionsComeFromTheData();
    void batchShareEqualsEngine();
    void everyLeverEqualsEngine();
    void routingSharesAreClampedToOne();
    void leverOffIsNeutralAndKeepsSettings();
    void missingPriceIsReported();
    void saveLoadRoundTrip();
    void duplicateAddsCopy();
    void lastScenarioIsRestored();
    void comparisonModel();
    void defaultPeriodFallsBackToLast30Days();
    void manualBaseline();

private:
    void openService(WhatIfService &service);
    Money engineCost(const WhatIfService &service);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    const QDate m_today{2026, 11, 26};
    const QDate m_from{2026, 10, 1};
    const QDate m_to{2026, 10, 31};
};

void TestWhatIfService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_db = test::openTempDatabase(m_dir);
    QVERIFY(m_db);
    demo::DemoOptions o;
    o.lastDay = m_today;
    QVERIFY(demo::DemoOrganisation::load(*m_db, o).ok());
}

void TestWhatIfService::openService(WhatIfService &service)
{
    service.setToday(m_today);
    service.setDatabase(m_db.get());
    service.setBaselinePeriod(m_from, m_to);
}

// The engine on the service's own baseline, catalog and scenario.
Money TestWhatIfService::engineCost(const WhatIfService &service)
{
    auto pricing = pricing::DatabasePricing::load(*m_db);
    auto baseline = planning::buildBaseline(*m_db, service.scenario().baseline);
    if (!pricing || !baseline)
        return Money::fromUnits(-1);
    auto r = planning::evaluateScenario(*baseline, (*pricing)->catalog(), service.scenario(), m_today);
    return r ? r->scenarioCost : Money::fromUnits(-2);
}

void TestWhatIfService::modelsPassTheModelTester()
{
    WhatIfService service;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester levers(service.leverResults(), mode);
    QAbstractItemModelTester kpis(service.kpis(), mode);
    QAbstractItemModelTester comparison(service.comparison(), mode);
    openService(service);
    service.setBatchShare(Share{500'000});
    service.addRoutingTier();
    service.setRoutingTierShare(0, Share{300'000});
    service.setLeverEnabled(Lever::Routing, false);
    QCOMPARE(service.leverResults()->rowCount(), 6);
    QCOMPARE(service.leverResults()->columnCount(), int(LeverResultModel::ColumnCount));
    for (int row = 0; row < 6; ++row) {
        const QModelIndex idx = service.leverResults()->index(row, LeverResultModel::SavingsColumn);
        QCOMPARE(idx.data(LeverResultModel::LeverRole).toInt(), int(planning::kLeverOrder[row]));
        QVERIFY(!idx.data(Qt::ToolTipRole).toString().isEmpty());
    }
    const QModelIndex batch = service.leverResults()->index(int(Lever::Batch), LeverResultModel::SavingsColumn);
    QCOMPARE(batch.data(LeverResultModel::RawValueRole).toString(),
             service.result()->levers[int(Lever::Batch)].savings().toDecimalString());
    QVERIFY(service.leverResults()->index(int(Lever::Batch), LeverResultModel::ActiveColumn)
                .data(LeverResultModel::RawValueRole).toBool());

    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json"));
    QVERIFY(service.save(a).ok());
    service.compare({a, dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(service.comparison()->columnCount(), 3);
    // The same scenario saved under two names: the columns say which file is which.
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QVERIFY(QFile::copy(a, b));
    service.compare({a, b});
    const QString nameA = service.comparison()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString nameB = service.comparison()->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString();
    QVERIFY2(nameA != nameB, qPrintable(nameA));
    QVERIFY(nameA.contains(QLatin1String("a.json")) && nameB.contains(QLatin1String("b.json")));
    service.compare({});
    QCOMPARE(service.comparison()->columnCount(), 1);
    service.setDatabase(nullptr); // no history: error, models show dashes
    QVERIFY(!service.result());
    QVERIFY(!service.errorMessage().isEmpty());
    QCOMPARE(service.kpis()->index(WhatIfKpiModel::ScenarioCost).data().toString(), QStringLiteral("—"));
}

void TestWhatIfService::neutralScenarioEqualsBaseline()
{
    WhatIfService service;
    openService(service);
    QVERIFY2(service.result(), qPrintable(service.errorMessage()));
    const auto &r = *service.result();
    QVERIFY(r.baselineCost > Money::fromUnits(100));
    QCOMPARE(r.scenarioCost, r.baselineCost);
    QCOMPARE(r.totalSavings(), Money());
    QCOMPARE(service.baseline().days, 31);
    QCOMPARE(service.baseline().scaleNum, 30);
    QCOMPARE(service.baseline().scaleDen, 31);
    QCOMPARE(service.kpis()->index(WhatIfKpiModel::BaselineCost).data(KpiModel::RawValueRole).toString(),
             r.baselineCost.toDecimalString());
    QCOMPARE(service.kpis()->index(WhatIfKpiModel::ScenarioCost).data().toString(),
             r.baselineCost.toDisplayString(QLocale()));
}

void TestWhatIfService::neutralPositionsComeFromTheData()
{
    WhatIfService service;
    openService(service);
    const Share batch = planning::neutralBatchShare(service.baseline());
    QVERIFY(batch.ppm > 0); // the demo has nightly batch jobs
    QCOMPARE(service.settings().batch->share, batch);
    QCOMPARE(service.neutral().batchShare, batch);
    const auto caching = planning::neutralPromptCaching(service.baseline(), service.catalog(), m_today);
    QVERIFY(caching.cacheableShare.ppm > 0);
    QCOMPARE(service.settings().promptCaching->cacheableShare, caching.cacheableShare);
    QCOMPARE(service.settings().promptCaching->hitRate, caching.hitRate);
    // Switched on at the neutral position, both levers still reproduce the baseline.
    service.setLeverEnabled(Lever::Batch, true);
    service.setLeverEnabled(Lever::PromptCaching, true);
    QVERIFY(service.result());
    QCOMPARE(service.result()->scenarioCost, service.result()->baselineCost);
}

void TestWhatIfService::batchShareEqualsEngine()
{
    WhatIfService service;
    openService(service);
    QSignalSpy evaluated(&service, &WhatIfService::evaluated);
    service.setBatchShare(Share{500'000});
    QCOMPARE(evaluated.count(), 1);
    QVERIFY(service.isLeverEnabled(Lever::Batch));
    QCOMPARE(service.scenario().batch->share, Share{500'000});
    QVERIFY2(service.result(), qPrintable(service.errorMessage()));

    auto pricing = pricing::DatabasePricing::load(*m_db);
    QVERIFY(pricing.ok());
    planning::BaselineSpec spec;
    spec.from = m_from;
    spec.to = m_to;
    auto baseline = planning::buildBaseline(*m_db, spec);
    QVERIFY(baseline.ok());
    planning::Scenario scenario;
    scenario.baseline = spec;
    scenario.batch = planning::BatchLever{Share{500'000}};
    auto expected = planning::evaluateScenario(*baseline, (*pricing)->catalog(), scenario, m_today);
    QVERIFY(expected.ok());
    QCOMPARE(service.result()->scenarioCost, expected->scenarioCost);
    QCOMPARE(service.result()->baselineCost, expected->baselineCost);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(service.result()->levers[i].savings(), expected->levers[i].savings());
    QVERIFY(service.result()->scenarioCost != service.result()->baselineCost);
}

void TestWhatIfService::everyLeverEqualsEngine()
{
    WhatIfService service;
    openService(service);
    service.setTeamFilter(QStringLiteral("support"));
    QCOMPARE(service.teamFilter(), QStringLiteral("support"));
    QVERIFY(service.teams().contains(QStringLiteral("support")));
    const int tier = service.addRoutingTier();
    service.setRoutingTierTarget(tier, {QStringLiteral("anthropic"), QStringLiteral("claude-3-5-haiku-20241022")});
    service.setRoutingTierShare(tier, Share{400'000});
    service.setRoutingTierCascade(tier, planning::RoutingTier::Cascade{
                                            Share{100'000}, {QStringLiteral("openai"), QStringLiteral("gpt-4o")}});
    service.setInputReduction(Share{200'000});
    service.setOutputReduction(Share{100'000});
    service.setSemanticCacheHitRate(Share{150'000});
    service.setSemanticCacheFixedCost(Money::fromUnits(50));
    service.setPromptCachingShare(Share{600'000});
    service.setPromptCachingHitRate(Share{900'000});
    service.setBatchShare(Share{300'000});
    const auto &slices = service.baseline().slices;
    QVERIFY(!slices.isEmpty());
    service.setSelfHostingModels({slices.first().model});
    service.setInstanceHourlyCost(*Money::parse(QStringLiteral("5.67")));
    service.setThroughput(planning::Quantity::fromWhole(1500));
    service.setUtilization(Share{600'000});
    service.setHoursPerMonth(730);
    QVERIFY2(service.result(), qPrintable(service.errorMessage()));
    for (Lever l : planning::kLeverOrder)
        QVERIFY(service.isLeverEnabled(l));
    QCOMPARE(service.result()->scenarioCost, engineCost(service));
    Money sum;
    for (const auto &l : service.result()->levers)
        sum += l.savings();
    QCOMPARE(sum, service.result()->totalSavings());
    QVERIFY(service.result()->selfHosting.has_value());
}

void TestWhatIfService::routingSharesAreClampedToOne()
{
    WhatIfService service;
    openService(service);
    service.addRoutingTier();
    service.addRoutingTier();
    QCOMPARE(service.settings().routing->tiers.at(0).name, QStringLiteral("simple"));
    QCOMPARE(service.setRoutingTierShare(0, Share{700'000}), Share{700'000});
    QVERIFY(service.notice().isEmpty());
    QSignalSpy notices(&service, &WhatIfService::noticeChanged);
    QCOMPARE(service.setRoutingTierShare(1, Share{500'000}), Share{300'000});
    QCOMPARE(notices.count(), 1);
    QVERIFY(service.notice().contains(QStringLiteral("100")));
    QCOMPARE(service.settings().routing->tiers.at(1).share, Share{300'000});
    service.removeRoutingTier(0);
    QCOMPARE(service.settings().routing->tiers.size(), 1);
    QCOMPARE(service.setRoutingTierShare(0, Share{900'000}), Share{900'000});
}

void TestWhatIfService::leverOffIsNeutralAndKeepsSettings()
{
    WhatIfService service;
    openService(service);
    const Money baseline = service.result()->baselineCost;
    service.setInputReduction(Share{500'000});
    const Money reduced = service.result()->scenarioCost;
    QVERIFY(reduced < baseline);
    service.setLeverEnabled(Lever::TokenOptimization, false);
    QCOMPARE(service.result()->scenarioCost, baseline);
    QVERIFY(!service.scenario().tokenOptimization);
    QCOMPARE(service.settings().tokenOptimization->inputReduction, Share{500'000});
    service.setLeverEnabled(Lever::TokenOptimization, true);
    QCOMPARE(service.result()->scenarioCost, reduced);
}

void TestWhatIfService::missingPriceIsReported()
{
    WhatIfService service;
    openService(service);
    const int tier = service.addRoutingTier();
    service.setRoutingTierTarget(tier, {QStringLiteral("nowhere"), QStringLiteral("no-such-model")});
    service.setRoutingTierShare(tier, Share{500'000});
    QVERIFY(!service.result());
    QVERIFY2(service.errorMessage().contains(QStringLiteral("no-such-model")), qPrintable(service.errorMessage()));
    service.removeRoutingTier(tier);
    QVERIFY(service.result());
    QVERIFY(service.errorMessage().isEmpty());
}

void TestWhatIfService::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    WhatIfService service;
    openService(service);
    service.setScenarioName(QStringLiteral("Batch the nightly jobs"));
    service.setTeamFilter(QStringLiteral("support"));
    service.setBatchShare(Share{500'000});
    service.setOutputReduction(Share{125'000});
    service.addRoutingTier();
    service.setRoutingTierShare(0, Share{250'000});
    QVERIFY(service.save(path).ok());
    QCOMPARE(service.filePath(), path);
    const Money cost = service.result()->scenarioCost;
    const QByteArray json = service.scenario().toJson();

    auto fromFile = planning::Scenario::fromFile(path);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.errorMessage()));
    QCOMPARE(fromFile->baseline.from, m_from);
    QCOMPARE(fromFile->baseline.to, m_to);
    QVERIFY(!fromFile->semanticCache); // levers that are off are absent

    WhatIfService other;
    other.setToday(m_today);
    other.setDatabase(m_db.get());
    QVERIFY(other.load(path).ok());
    QCOMPARE(other.settings().name, QStringLiteral("Batch the nightly jobs"));
    QCOMPARE(other.scenario().toJson(), json);
    QCOMPARE(other.result()->scenarioCost, cost);
    QVERIFY(!other.isLeverEnabled(Lever::SemanticCache));
    QVERIFY(other.isLeverEnabled(Lever::Batch));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 1, "baseline": {"from": "2026-10-01", "to": "2026-11-01"}, "colour": 1})");
    f.close();
    const Status s = other.load(broken);
    QVERIFY(!s.ok());
    QVERIFY(s.errorMessage().contains(QStringLiteral("colour")));
    QCOMPARE(other.filePath(), path); // the scenario being edited is kept
}

void TestWhatIfService::duplicateAddsCopy()
{
    QTemporaryDir dir;
    WhatIfService service;
    openService(service);
    service.setScenarioName(QStringLiteral("Plan A"));
    QVERIFY(service.save(dir.filePath(QStringLiteral("a.json"))).ok());
    service.duplicate();
    QCOMPARE(service.settings().name, QStringLiteral("Plan A (copy)"));
    QVERIFY(service.filePath().isEmpty());
}

void TestWhatIfService::lastScenarioIsRestored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("last.json"));
    {
        WhatIfService service;
        openService(service);
        service.setBatchShare(Share{400'000});
        QVERIFY(service.save(path).ok());
    }
    QCOMPARE(QSettings().value(QLatin1String(WhatIfService::kLastScenarioKey)).toString(), path);
    {
        WhatIfService service;
        service.setToday(m_today);
        service.setDatabase(m_db.get());
        QVERIFY(service.restoreLastScenario());
        QCOMPARE(service.filePath(), path);
        QCOMPARE(service.scenario().batch->share, Share{400'000});
    }
    QVERIFY(QFile::remove(path));
    {
        WhatIfService service;
        service.setToday(m_today);
        service.setDatabase(m_db.get());
        QVERIFY(!service.restoreLastScenario());
        QVERIFY(service.filePath().isEmpty());
        QVERIFY(!service.notice().isEmpty());
        QVERIFY(!service.scenario().batch);
        QCOMPARE(service.result()->scenarioCost, service.result()->baselineCost);
    }
    QVERIFY(!QSettings().contains(QLatin1String(WhatIfService::kLastScenarioKey)));
}

void TestWhatIfService::comparisonModel()
{
    QTemporaryDir dir;
    WhatIfService service;
    openService(service);
    service.setBatchShare(Share{1'000'000});
    const QString a = dir.filePath(QStringLiteral("a.json"));
    QVERIFY(service.save(a).ok());
    const Money batchSavings = service.result()->levers[int(Lever::Batch)].savings();
    service.newScenario();
    service.setBaselinePeriod(m_from, m_to);
    service.compare({a});
    auto *m = service.comparison();
    QCOMPARE(m->columnCount(), 2);
    QCOMPARE(m->rowCount(), int(ScenarioComparisonModel::RowCount));
    const int batchRow = ScenarioComparisonModel::FirstLeverRow + int(Lever::Batch);
    QCOMPARE(m->index(batchRow, 1).data(ScenarioComparisonModel::RawValueRole).toString(),
             batchSavings.toDecimalString());
    QCOMPARE(m->index(batchRow, 0).data(ScenarioComparisonModel::RawValueRole).toString(), Money().toDecimalString());
    QCOMPARE(m->index(ScenarioComparisonModel::BaselineCostRow, 0).data(ScenarioComparisonModel::RawValueRole),
             m->index(ScenarioComparisonModel::BaselineCostRow, 1).data(ScenarioComparisonModel::RawValueRole));
    QCOMPARE(m->index(ScenarioComparisonModel::BreakEvenRow, 1).data().toString(), QStringLiteral("—"));

    // A scenario and its copy in another file carry one name: the columns add the file names.
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QVERIFY(QFile::copy(a, b));
    service.compare({a, b});
    QCOMPARE(m->columnCount(), 3);
    const QString name1 = m->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString name2 = m->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString();
    QVERIFY2(name1.endsWith(QStringLiteral("(a.json)")), qPrintable(name1));
    QVERIFY2(name2.endsWith(QStringLiteral("(b.json)")), qPrintable(name2));
}

void TestWhatIfService::defaultPeriodFallsBackToLast30Days()
{
    WhatIfService service;
    service.setToday(m_today);
    service.setDatabase(m_db.get());
    QCOMPARE(service.settings().baseline.from, QDate(2026, 10, 1)); // last full month
    QCOMPARE(service.settings().baseline.to, QDate(2026, 10, 31));
    service.setToday(QDate(2027, 3, 10)); // February 2027 has no usage
    service.newScenario();
    QCOMPARE(service.settings().baseline.from, QDate(2027, 3, 10).addDays(-29));
    QCOMPARE(service.settings().baseline.to, QDate(2027, 3, 10));
}

void TestWhatIfService::manualBaseline()
{
    WhatIfService service;
    service.setToday(m_today);
    service.setDatabase(nullptr);
    QVERIFY(!service.result());
    planning::BaselineSpec::Manual manual{{QStringLiteral("openai"), QStringLiteral("gpt-4o")},
                                          planning::Quantity::fromWhole(500'000),
                                          planning::Quantity::fromWhole(1000),
                                          planning::Quantity::fromWhole(300)};
    service.setManualBaseline(manual);
    QVERIFY2(service.result(), qPrintable(service.errorMessage()));
    QVERIFY(service.result()->baselineCost > Money());
    QVERIFY(service.baselineDescription().contains(QStringLiteral("gpt-4o")));
    service.useHistoryBaseline();
    QVERIFY(!service.result());
}

QTEST_MAIN(TestWhatIfService)
#include "tst_whatif_service.moc"
