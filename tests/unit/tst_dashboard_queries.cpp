// Dashboard queries and item models: the new KPIs equal independent computations (on a tiny
// hand-checked fact set and on the demo), the dashboard total equals `tokenledger-cli
// summary` with the same filters, every model passes the model tester, the display currency
// converts exactly, the background refresh gives the synchronous figures and coalesces rapid
// changes, and nothing reads the facts.
#include "money/AmountText.h"
#include "TestSupport.h"
#include "budgets/BudgetCheck.h"
#include "budgets/MonthEndForecast.h"
#include "demo/DemoOrganisation.h"
#include "itemmodels/DashboardRoles.h"
#include "itemmodels/ExplorerModel.h"
#include "services/DashboardService.h"
#include "pricing/CostEngine.h"
#include "pricing/PriceCatalog.h"
#include "query/DashboardSnapshot.h"
#include "store/FactStore.h"
#include "store/SqliteUsageReader.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <nlohmann/json.hpp>

using namespace tl;
using namespace tl::itemmodels;
using namespace tl::services;
using namespace tl::query;

namespace {

std::int64_t at(const QDate &d, int hour)
{
    return QDateTime(d, QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

UsageFact fact(const QString &key, const QDate &day, const char *provider, const char *model, const char *tier,
               std::int64_t uncached, std::int64_t cacheRead, std::int64_t output, const char *team)
{
    UsageFact f;
    f.recordKey = key;
    f.start = at(day, 10);
    f.bucket = BucketWidth::Hour;
    f.provider = QString::fromLatin1(provider);
    f.model = QString::fromLatin1(model);
    f.modelFamily = f.model;
    f.team = QString::fromLatin1(team);
    f.tags = QStringLiteral("use_case:test");
    f.serviceTier = QString::fromLatin1(tier);
    f.tokens.requests = 10;
    f.tokens.uncachedInput = uncached;
    f.tokens.cacheRead = cacheRead;
    f.tokens.output = output;
    return f;
}

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

} // namespace

class TestDashboardQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cacheSavingsHandChecked();
    void kpisEqualIndependentComputations();
    void forecastHandChecked();
    void forecastNeedsTodayInPeriod();
    void totalEqualsCliSummary_data();
    void totalEqualsCliSummary();
    void modelsPassTheModelTester();
    void breakdownAndDriversAddUp();
    void computedVsBilledPerProvider();
    void drillDownFilters();
    void currencyConversionIsExact();
    void currencySettingsRoundTrip();
    void backgroundRefreshMatchesSynchronous();
    void rapidChangesAreCoalesced();
    void dashboardReadsRollupsOnly();
    void dayQueriesAgreeOnEitherRollup();
    void unitsReachExplorerAndCostSplit();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_tiny;
    std::unique_ptr<store::Database> m_demo;
    QList<UsageFact> m_tinyFacts;
    const QDate m_today{2026, 11, 26};
};

void TestDashboardQueries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The tiny set, priced with the built-in catalog (the database has no overrides):
    //  sonnet-4 standard: 2 M cache reads × (3.00 − 0.30) = 5.40 saved
    //  gpt-4o batch: cache reads at 1.25 = batch input 1.25 → 0 saved
    //  gpt-4o standard: 4 M × (2.50 − 1.25) = 5.00 saved
    //  an unknown model: 1 M cache reads not priced.
    m_tiny = test::openTempDatabase(m_dir, QStringLiteral("tiny.db"));
    QVERIFY(m_tiny);
    m_tinyFacts = {
        fact(QStringLiteral("t:1"), QDate(2026, 11, 10), "anthropic", "claude-sonnet-4-20250514", "standard",
             1'000'000, 2'000'000, 100'000, "support"),
        fact(QStringLiteral("t:2"), QDate(2026, 11, 11), "openai", "gpt-4o", "batch", 500'000, 1'000'000, 200'000,
             "research"),
        fact(QStringLiteral("t:3"), QDate(2026, 11, 12), "openai", "gpt-4o", "standard", 300'000, 4'000'000,
             50'000, "support"),
        fact(QStringLiteral("t:4"), QDate(2026, 11, 12), "openai", "mystery-model", "standard", 10, 1'000'000, 10,
             "support"),
    };
    const pricing::CostEngine engine(pricing::PriceCatalog::builtin());
    for (UsageFact &f : m_tinyFacts)
        engine.priceFact(f);
    m_tinyFacts[0].billedCost = m_tinyFacts[0].cost.total() + Money::fromCents(3);
    store::FactStore store(*m_tiny);
    store::Transaction tx(m_tiny->connection());
    auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("tiny"));
    QVERIFY(batch.ok());
    QVERIFY(store.insertFacts(*batch, m_tinyFacts).ok());
    QVERIFY(tx.commit().ok());

    m_demo = test::openTempDatabase(m_dir, QStringLiteral("demo.db"));
    QVERIFY(m_demo);
    demo::DemoOptions o;
    o.lastDay = m_today;
    o.cutoff = at(m_today, 15);
    QVERIFY(demo::DemoOrganisation::load(*m_demo, o).ok());
}

void TestDashboardQueries::cacheSavingsHandChecked()
{
    DashboardRequest r;
    r.preset = PeriodPreset::Custom;
    r.customFrom = QDate(2026, 11, 1);
    r.customTo = QDate(2026, 11, 30);
    r.today = m_today;
    auto s = computeDashboard(*m_tiny, r);
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
    QCOMPARE(s->cacheSavings.saved(), money("10.40"));
    QCOMPARE(s->cacheSavings.tokens, 7'000'000);
    QCOMPARE(s->cacheSavings.unpricedTokens, 1'000'000);
    QCOMPARE(s->cacheSavings.atInputPrice, money("6.00") + money("1.25") + money("10.00"));
    // What the batch tier saved on gpt-4o: 0.5 M input, 1 M cache reads, 0.2 M output at standard
    // prices (2.50, 1.25, 10.00) = 4.50, at batch prices (1.25, 1.25, 5.00) = 2.875.
    QCOMPARE(s->batchSavings.atStandardPrice, money("4.50"));
    QCOMPARE(s->batchSavings.atBatchPrice, money("2.875"));
    QCOMPARE(s->batchSavings.atBatchPrice, m_tinyFacts[1].cost.total());
    QCOMPARE(s->batchSavings.saved(), money("1.625"));
    QCOMPARE(s->batchSavings.unpricedRequests, 0);

    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_tiny.get());
    service.setCustomRange(r.customFrom, r.customTo);
    const QModelIndex kpi = service.kpis()->index(KpiModel::CacheSavings);
    QCOMPARE(kpi.data(KpiModel::RawValueRole).toString(), QStringLiteral("10.4"));
    QCOMPARE(kpi.data().toString(), money("10.40").toDisplayString(QLocale()));
    QVERIFY(kpi.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1,000,000")));
    const QModelIndex batchKpi = service.kpis()->index(KpiModel::BatchShare);
    QVERIFY2(batchKpi.data(KpiModel::DetailRole).toString().contains(money("1.625").toDisplayString(QLocale())),
             qPrintable(batchKpi.data(KpiModel::DetailRole).toString()));
    QVERIFY(batchKpi.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1.625 USD saved")));
    // The mystery model has no price: the cost split says so, with the count.
    QCOMPARE(service.costSplit()->unpricedRecords(), 1);
    QVERIFY2(service.costSplit()->unpricedNote().startsWith(QStringLiteral("1 of 4 records has no catalog price")),
             qPrintable(service.costSplit()->unpricedNote()));
    service.setCustomRange(QDate(2026, 11, 10), QDate(2026, 11, 11));
    QCOMPARE(service.costSplit()->unpricedRecords(), 0);
    QVERIFY(service.costSplit()->unpricedNote().isEmpty());
}

void TestDashboardQueries::kpisEqualIndependentComputations()
{
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_tiny.get());
    service.setCustomRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    CostBreakdown sum;
    Money batch;
    for (const UsageFact &f : m_tinyFacts) {
        sum += f.cost;
        if (f.serviceTier == u"batch")
            batch += f.cost.total();
    }
    KpiModel *k = service.kpis();
    QCOMPARE(k->index(KpiModel::Spend).data(KpiModel::RawValueRole).toString(), sum.total().toDecimalString());
    // The cost split sums to the spend, exactly.
    CostSplitModel *split = service.costSplit();
    Money parts;
    for (int i = 0; i < split->rowCount(); ++i)
        parts += *Money::parse(split->index(i, 0).data(ExactUsdRole).toString());
    QCOMPARE(parts, sum.total());
    QCOMPARE(split->amount(CostSplitModel::CacheRead), sum.cacheRead);
    // Output share and batch share.
    QCOMPARE(k->index(KpiModel::OutputShare).data(KpiModel::RawValueRole).toDouble(),
             sum.output.toDouble() / sum.total().toDouble());
    QCOMPARE(k->index(KpiModel::BatchShare).data(KpiModel::RawValueRole).toDouble(),
             batch.toDouble() / sum.total().toDouble());
    QVERIFY(k->index(KpiModel::BatchShare).data(Qt::ToolTipRole).toString().contains(tl::usdAmount(batch)));

    // On the demo, against the rollup summaries with a tier filter.
    service.setDatabase(m_demo.get());
    service.setPeriodPreset(PeriodPreset::Last30Days);
    const Period p = service.period();
    UsageQueries q(*m_demo);
    UsageFilter batchOnly{p.from, p.to, {}};
    batchOnly.add(Dimension::ServiceTier, QStringLiteral("batch"));
    const Money batchDemo = q.summary(batchOnly)->totals.cost.total();
    const Money total = q.summary({p.from, p.to, {}})->totals.cost.total();
    QVERIFY(!batchDemo.isZero());
    QCOMPARE(k->batchShare().value(), batchDemo.toDouble() / total.toDouble());
}

void TestDashboardQueries::forecastHandChecked()
{
    // The dashboard forecasts the month as a monthly budget of the same scope does (issue 15:
    // the two used to differ without saying why): same figure, same month-to-date.
    DashboardService service;
    service.setToday(m_today); // 26 November: 5 days left (26–30)
    service.setDatabase(m_demo.get());
    service.setPeriodPreset(PeriodPreset::ThisMonth);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = budgets::forecastMoment(m_today, zone);
    QCOMPARE(now, QDateTime(m_today, QTime(0, 0), zone)); // a pinned day: all of it still ahead
    const auto budgetFor = [&](const QList<budgets::ScopeTerm> &scope) {
        budgets::Budget b;
        b.name = QStringLiteral("month");
        b.period = budgets::BudgetPeriod::Month;
        b.amount = Money::fromUnits(1000);
        b.scope = scope;
        auto evaluated = budgets::evaluateBudgets(*m_demo, {b}, now, zone);
        return evaluated && evaluated->size() == 1 ? evaluated->first() : budgets::BudgetStatus{};
    };
    const budgets::BudgetStatus org = budgetFor({});
    QVERIFY(org.forecast.available);
    const QModelIndex kpi = service.kpis()->index(KpiModel::MonthEndForecast);
    QCOMPARE(kpi.data(KpiModel::RawValueRole).toString(), org.forecastTotal.toDecimalString());
    QCOMPARE(kpi.data().toString(), org.forecastTotal.toDisplayString(QLocale()));
    const MonthForecast &f = service.snapshot().forecast;
    QCOMPARE(f.monthToDate, org.actual);
    QCOMPARE(f.daysLeft, 5);
    QCOMPARE(f.monthEnd, QDate(2026, 11, 30));
    QCOMPARE(f.low, org.forecastLow);
    QCOMPARE(f.high, org.forecastHigh);
    // Month-to-date is the sum of the days of the budget's own series (billed where the source
    // reports a cost, computed otherwise).
    Money byDay;
    for (const auto &[day, m] : org.daily)
        byDay += m;
    QCOMPARE(f.monthToDate, byDay);
    QVERIFY(f.expectedRest > Money());
    const QString tip = kpi.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("weekday pattern")), qPrintable(tip));
    QVERIFY(tip.contains(tl::usdAmount(f.monthToDate)));
    QVERIFY(tip.contains(tl::usdAmount(org.forecastTotal)));
    QVERIFY(tip.contains(QStringLiteral("a monthly budget for the same scope shows the same figure")));

    // With a filter, the forecast follows it, and agrees with a budget of that scope.
    UsageFilter f2;
    f2.add(Dimension::Team, QStringLiteral("support"));
    service.setFilter(f2);
    const budgets::BudgetStatus support = budgetFor({budgets::ScopeTerm{Dimension::Team, QStringLiteral("support")}});
    QCOMPARE(service.kpis()->index(KpiModel::MonthEndForecast).data(KpiModel::RawValueRole).toString(),
             support.forecastTotal.toDecimalString());
    QVERIFY(support.forecastTotal < org.forecastTotal);
}

void TestDashboardQueries::forecastNeedsTodayInPeriod()
{
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_demo.get());
    service.setPeriodPreset(PeriodPreset::LastMonth);
    const QModelIndex kpi = service.kpis()->index(KpiModel::MonthEndForecast);
    QCOMPARE(kpi.data().toString(), QStringLiteral("—"));
    QVERIFY(!kpi.data(KpiModel::RawValueRole).isValid());
    QVERIFY(kpi.data(KpiModel::DetailRole).toString().contains(QStringLiteral("include today")));
}

void TestDashboardQueries::totalEqualsCliSummary_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::newRow("no filter") << QStringList();
    QTest::newRow("team") << QStringList{QStringLiteral("team=support")};
    QTest::newRow("provider and tier") << QStringList{QStringLiteral("provider=openai"), QStringLiteral("tier=batch")};
    QTest::newRow("two teams") << QStringList{QStringLiteral("team=sales"), QStringLiteral("team=platform")};
    QTest::newRow("tag") << QStringList{QStringLiteral("tag=use_case:rag-answers")};
    QTest::newRow("api key and region") << QStringList{QStringLiteral("api_key=role/ds-pipeline"),
                                                       QStringLiteral("region=us-west-2")};
}

void TestDashboardQueries::totalEqualsCliSummary()
{
    QFETCH(QStringList, filters);
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_demo.get());
    UsageFilter f;
    for (const QString &text : filters) {
        const auto eq = text.indexOf(u'=');
        f.add(*dimensionFromName(text.left(eq)), text.mid(eq + 1));
    }
    service.setFilter(f);
    const Period p = service.period();
    QStringList args = {QStringLiteral("--db"), m_demo->path(), QStringLiteral("summary"), QStringLiteral("--json"),
                        QStringLiteral("--from"), p.from.toString(Qt::ISODate), QStringLiteral("--to"),
                        p.to.toString(Qt::ISODate)};
    for (const QString &text : filters)
        args << QStringLiteral("--filter") << text;
    const auto run = test::runCli(args);
    QCOMPARE(run.exitCode, 0);
    const auto j = nlohmann::json::parse(run.out.toStdString());
    const QString cost = QString::fromStdString(j["cost"].get<std::string>());
    QCOMPARE(*Money::parse(service.kpis()->index(KpiModel::Spend).data(KpiModel::RawValueRole).toString()),
             *Money::parse(cost));
    QVERIFY(!Money::parse(cost)->isZero());
}

void TestDashboardQueries::modelsPassTheModelTester()
{
    DashboardService service;
    service.setToday(m_today);
    using Tester = QAbstractItemModelTester;
    const auto mode = Tester::FailureReportingMode::QtTest;
    Tester t1(service.kpis(), mode);
    Tester t2(service.spendOverTime(), mode);
    Tester t3(service.topDrivers(), mode);
    Tester t4(service.breakdown(), mode);
    Tester t5(service.costSplit(), mode);
    Tester t6(service.computedVsBilled(), mode);
    service.setDatabase(m_demo.get());
    service.setDriverDimension(Dimension::Tags);
    service.setBreakdownDimension(Dimension::Model);
    service.setPeriodPreset(PeriodPreset::Last7Days);
    UsageFilter f;
    f.add(Dimension::Provider, QStringLiteral("bedrock"));
    service.setFilter(f);
    service.setDisplayCurrency(*DisplayCurrency::create(QStringLiteral("GBP"), {}, QStringLiteral("0.79"), m_today));
    service.setFilter({});
    service.setDatabase(m_tiny.get());
    service.setDatabase(nullptr);
    service.setDatabase(m_demo.get());
    QCOMPARE(service.topDrivers()->rowCount(), 5);
    QCOMPARE(service.costSplit()->rowCount(), 4);
    for (int r = 0; r < KpiModel::RowCount; ++r)
        QVERIFY(!service.kpis()->index(r).data(KpiModel::TitleRole).toString().isEmpty());
}

void TestDashboardQueries::breakdownAndDriversAddUp()
{
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_demo.get());
    service.setBreakdownDimension(Dimension::Model); // more than eight: Other
    const Money spend = service.totals().cost.total();
    BreakdownModel *b = service.breakdown();
    Money sum;
    for (int r = 0; r < b->rowCount(); ++r)
        sum += *Money::parse(b->index(r, 0).data(ExactUsdRole).toString());
    QCOMPARE(sum, spend);
    const Period p = service.period();
    UsageQueries q(*m_demo);
    const auto byModel = q.summary({p.from, p.to, {}}, {Dimension::Model});
    QCOMPARE(b->rowCount(), std::min<int>(9, int(byModel->groups.size())));
    QCOMPARE(b->index(0, 0).data().toString(), byModel->groups.first().key.first());
    if (byModel->groups.size() > 9) {
        QVERIFY(b->rows().last().isOther);
        QCOMPARE(b->filterValues(b->rowCount() - 1).size(), byModel->groups.size() - 8);
    }

    // Drivers: the five largest model × team groups with their previous-period cost.
    TopDriversModel *d = service.topDrivers();
    const auto now = q.summary({p.from, p.to, {}}, {Dimension::Model, Dimension::Team});
    const auto before = q.summary({p.previousFrom, p.previousTo, {}}, {Dimension::Model, Dimension::Team});
    QCOMPARE(d->rowCount(), 5);
    for (int r = 0; r < 5; ++r) {
        QCOMPARE(d->drivers()[r].model, now->groups[r].key[0]);
        QCOMPARE(d->drivers()[r].other, now->groups[r].key[1]);
        QCOMPARE(d->drivers()[r].cost, now->groups[r].totals.cost.total());
        Money prev;
        for (const auto &g : before->groups)
            if (g.key == now->groups[r].key)
                prev = g.totals.cost.total();
        QCOMPARE(d->drivers()[r].previousCost, prev);
        const QString trend = d->index(r, TopDriversModel::TrendColumn).data().toString();
        QVERIFY(trend.startsWith(d->drivers()[r].cost > prev ? QStringLiteral("▲") : QStringLiteral("▼")));
    }
}

void TestDashboardQueries::computedVsBilledPerProvider()
{
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_tiny.get());
    service.setCustomRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    ComputedVsBilledModel *m = service.computedVsBilled();
    QCOMPARE(m->rowCount(), 1); // only the anthropic record carries a billed cost
    QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("anthropic"));
    QCOMPARE(m->index(0, ComputedVsBilledModel::BilledColumn).data(ExactUsdRole).toString(),
             m_tinyFacts[0].billedCost->toDecimalString());
    QCOMPARE(m->index(0, ComputedVsBilledModel::DifferenceColumn).data(ExactUsdRole).toString(),
             QStringLiteral("-0.03"));
    QVERIFY(m->note().contains(QStringLiteral("openai")));

    // A period without billed records: no rows (the page says so).
    service.setCustomRange(QDate(2026, 11, 11), QDate(2026, 11, 12));
    QCOMPARE(m->rowCount(), 0);
}

void TestDashboardQueries::drillDownFilters()
{
    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(m_demo.get());
    UsageFilter base;
    base.add(Dimension::Region, QString()); // no region: OpenAI and Anthropic
    service.setFilter(base);
    service.setStackDimension(Dimension::Model);
    const Period p = service.period();
    SpendOverTimeModel *s = service.spendOverTime();
    QVERIFY(s->columnCount() >= 2);
    UsageFilter f = service.drillDownForBar(0, 2);
    QCOMPARE(f.from, p.from.addDays(2));
    QCOMPARE(f.to, f.from);
    QCOMPARE(f.equals.value(Dimension::Region), QStringList{QString()});
    QCOMPARE(f.equals.value(Dimension::Model), QStringList{s->series().seriesValues[0]});
    // The bar's exact amount is what the filter selects.
    QCOMPARE(UsageQueries(*m_demo).summary(f)->totals.cost.total(),
             *Money::parse(s->index(2, 0).data(SpendOverTimeModel::ExactRole).toString()));

    // "Other" stands for the models summed into it.
    service.setFilter({});
    const int other = s->columnCount() - 1;
    QCOMPARE(s->headerData(other, Qt::Horizontal, Qt::DisplayRole).toString(), UsageQueries::otherSeriesLabel());
    f = service.drillDownForSeries(other);
    QCOMPARE(f.equals.value(Dimension::Model), s->series().otherValues);
    Money otherSum;
    for (int r = 0; r < s->rowCount(); ++r)
        otherSum += *Money::parse(s->index(r, other).data(SpendOverTimeModel::ExactRole).toString());
    QCOMPARE(UsageQueries(*m_demo).summary(f)->totals.cost.total(), otherSum);

    f = service.drillDownForDriver(0);
    QCOMPARE(f.equals.value(Dimension::Model), QStringList{service.topDrivers()->drivers()[0].model});
    QCOMPARE(f.equals.value(Dimension::Team), QStringList{service.topDrivers()->drivers()[0].other});
    QCOMPARE(UsageQueries(*m_demo).summary(f)->totals.cost.total(), service.topDrivers()->drivers()[0].cost);

    service.setBreakdownDimension(Dimension::Team);
    f = service.drillDownForBreakdown(1);
    QCOMPARE(f.equals.value(Dimension::Team), QStringList{service.breakdown()->rows()[1].value});
    QCOMPARE(UsageQueries(*m_demo).summary(f)->totals.cost.total(), service.breakdown()->rows()[1].cost);
}

void TestDashboardQueries::currencyConversionIsExact()
{
    const auto eur = DisplayCurrency::create(QStringLiteral("eur"), QString(), QStringLiteral("0.92"),
                                             QDate(2026, 11, 20));
    QVERIFY(eur);
    QCOMPARE(eur->code(), QStringLiteral("EUR"));
    QCOMPARE(eur->symbol(), QStringLiteral("€"));
    const Money usd = money("10164.45");
    QCOMPARE(eur->convert(usd), money("9351.294"));
    QCOMPARE(eur->convert(usd).nanos(), 9'351'294'000'000LL);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(eur->format(usd, us), QStringLiteral("€9,351.29"));
    QCOMPARE(eur->rateNote(us), QStringLiteral("€ at 0.92 per USD (11/20/26)"));
    QCOMPARE(eur->rateText(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("0,92"));
    // Nano-exact with an awkward rate: 1 nano-dollar steps round once, half away from zero.
    const auto odd = DisplayCurrency::create(QStringLiteral("JPY"), QString(), QStringLiteral("151.123456789"), {});
    QCOMPARE(odd->convert(money("0.000000003")), Money::fromNanos(453)); // 453.370…
    QCOMPARE(DisplayCurrency().convert(usd), usd);
    QCOMPARE(DisplayCurrency().format(usd, us), QStringLiteral("$10,164.45"));
    // Broken input is refused.
    QString error;
    QVERIFY(!DisplayCurrency::create(QStringLiteral("EUR"), {}, QStringLiteral("-1"), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!DisplayCurrency::create(QStringLiteral("EUR"), {}, QStringLiteral("0,92"), {}));
    QVERIFY(!DisplayCurrency::create(QStringLiteral("EURO"), {}, QStringLiteral("0.92"), {}));
    QVERIFY(!DisplayCurrency::create(QStringLiteral("EUR"), {}, QStringLiteral("0"), {}));
}

void TestDashboardQueries::currencySettingsRoundTrip()
{
    QSettings settings;
    QCOMPARE(DisplayCurrency::load(settings), DisplayCurrency()); // USD by default
    const auto gbp = DisplayCurrency::create(QStringLiteral("GBP"), QStringLiteral("£"), QStringLiteral("0.7861"),
                                             QDate(2026, 11, 21));
    gbp->save(settings);
    QCOMPARE(settings.value(QStringLiteral("display/currency")).toString(), QStringLiteral("GBP"));
    QCOMPARE(settings.value(QStringLiteral("display/rate")).toString(), QStringLiteral("0.7861"));
    QCOMPARE(settings.value(QStringLiteral("display/rateDate")).toString(), QStringLiteral("2026-11-21"));
    QCOMPARE(DisplayCurrency::load(settings), *gbp);
    settings.setValue(QStringLiteral("display/rate"), QStringLiteral("not a number"));
    QCOMPARE(DisplayCurrency::load(settings), DisplayCurrency());
    settings.clear();
}

void TestDashboardQueries::backgroundRefreshMatchesSynchronous()
{
    DashboardService sync;
    sync.setToday(m_today);
    sync.setDatabase(m_demo.get());
    sync.setPeriodPreset(PeriodPreset::Last90Days);

    DashboardService async;
    async.setToday(m_today);
    async.setRefreshMode(DashboardService::RefreshMode::Background);
    QSignalSpy refreshed(&async, &DashboardService::refreshed);
    QSignalSpy busy(&async, &DashboardService::busyChanged);
    async.setDatabase(m_demo.get());
    QVERIFY(async.isBusy());
    QVERIFY(refreshed.wait(tl::test::kSlowMachineMs));
    async.setPeriodPreset(PeriodPreset::Last90Days);
    QVERIFY(async.isBusy());
    QVERIFY(refreshed.wait(tl::test::kSlowMachineMs));
    QVERIFY(!async.isBusy());
    QCOMPARE(async.totals(), sync.totals());
    QCOMPARE(async.snapshot().cacheSavings, sync.snapshot().cacheSavings);
    QCOMPARE(async.spendOverTime()->series().total(), sync.spendOverTime()->series().total());
    QCOMPARE(async.kpis()->index(KpiModel::MonthEndForecast).data(KpiModel::RawValueRole),
             sync.kpis()->index(KpiModel::MonthEndForecast).data(KpiModel::RawValueRole));
    QVERIFY(busy.count() >= 2);

    // Auto: the demo is small (about ten rollup rows a day), so it answers at once.
    DashboardService automatic;
    automatic.setToday(m_today);
    automatic.setRefreshMode(DashboardService::RefreshMode::Auto);
    automatic.setDatabase(m_demo.get());
    automatic.setPeriodPreset(PeriodPreset::Last90Days);
    QVERIFY(!automatic.isBusy());
    QCOMPARE(automatic.totals(), sync.totals());
}

void TestDashboardQueries::rapidChangesAreCoalesced()
{
    DashboardService async;
    async.setToday(m_today);
    async.setRefreshMode(DashboardService::RefreshMode::Background);
    QSignalSpy refreshed(&async, &DashboardService::refreshed);
    async.setDatabase(m_demo.get());            // runs
    async.setPeriodPreset(PeriodPreset::Last7Days); // waits …
    UsageFilter f;
    f.add(Dimension::Team, QStringLiteral("support"));
    async.setFilter(f);                           // … and is replaced by this one
    async.setStackDimension(Dimension::Team);     // … and this one
    QTRY_VERIFY_WITH_TIMEOUT(!async.isBusy(), 10000);
    // Only the latest request was published.
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(async.period().days(), 7);
    QCOMPARE(async.spendOverTime()->columnCount(), 1); // support only
    UsageFilter expected{async.period().from, async.period().to, f.equals};
    QCOMPARE(async.totals().cost.total(), UsageQueries(*m_demo).summary(expected)->totals.cost.total());
}

void TestDashboardQueries::dashboardReadsRollupsOnly()
{
    // Remove every fact from a copy: the rollups stay, and so must every dashboard figure.
    QTemporaryDir dir;
    auto copy = test::openTempDatabase(dir, QStringLiteral("copy.db"));
    demo::DemoOptions o;
    o.lastDay = m_today;
    o.days = 40;
    QVERIFY(demo::DemoOrganisation::load(*copy, o).ok());
    DashboardRequest r;
    r.today = m_today;
    r.preset = PeriodPreset::ThisMonth;
    r.filter.add(Dimension::Team, QStringLiteral("support"));
    auto before = computeDashboard(*copy, r);
    QVERIFY(before.ok());
    QVERIFY(copy->connection().exec("DELETE FROM fact_row; DELETE FROM fact_block; DELETE FROM fact_key").ok());
    QCOMPARE(copy->connection().queryInt("SELECT count(*) FROM usage_fact").value(), 0);
    auto after = computeDashboard(*copy, r);
    QVERIFY(after.ok());
    QCOMPARE(after->current, before->current);
    QCOMPARE(after->previous, before->previous);
    QCOMPARE(after->series.values, before->series.values);
    QCOMPARE(after->cacheSavings, before->cacheSavings);
    QCOMPARE(after->forecast.forecast(), before->forecast.forecast());
    QCOMPARE(after->breakdown.size(), before->breakdown.size());
    QVERIFY(!after->current.cost.total().isZero());
}

namespace {

// Every by-day read of a reader as sorted lines of text, for comparing two readers.
QStringList dayReads(store::SqliteUsageReader &r, const UsageFilter &filter)
{
    QStringList out;
    auto totals = r.totals(filter, {Dimension::Model, Dimension::Team});
    auto userTotals = r.totals(filter, {Dimension::User});
    if (!totals || !userTotals)
        return {QStringLiteral("totals failed")};
    for (const auto &g : *totals + *userTotals)
        out << QStringLiteral("totals %1 %2 %3 %4 %5 %6")
                   .arg(g.key.join(u'/'))
                   .arg(g.totals.facts)
                   .arg(g.totals.tokens.output)
                   .arg(g.totals.cost.total().nanos())
                   .arg(g.totals.billed.nanos())
                   .arg(g.totals.unpricedFacts);
    const QList<Dimension> dims{Dimension::Provider, Dimension::ServiceTier, Dimension::Model, Dimension::Team};
    auto cube = r.cube(filter, dims);
    auto costs = r.costBy(filter, dims);
    auto billed = r.billedByDay(filter);
    auto cache = r.cacheReads(filter);
    auto series = r.costPerBucket(filter, Granularity::Day, Dimension::Provider,
                                  store::DimensionDictionary::firstDay(filter),
                                  store::DimensionDictionary::lastDay(filter));
    if (!cube || !costs || !billed || !cache || !series)
        return {QStringLiteral("a read failed")};
    for (const auto &c : *cube)
        out << QStringLiteral("cube %1 %2 %3 %4 %5 %6 %7").arg(c.day).arg(c.ids[0]).arg(c.ids[1]).arg(c.ids[2])
                   .arg(c.ids[3]).arg(c.totals.tokens.requests).arg(c.totals.cost.total().nanos());
    for (const auto &c : *costs)
        out << QStringLiteral("cost %1 %2 %3 %4 %5 %6").arg(c.ids[0]).arg(c.ids[1]).arg(c.ids[2]).arg(c.ids[3])
                   .arg(c.requests).arg(c.cost.total().nanos());
    for (const auto &b : *billed)
        out << QStringLiteral("billed %1 %2 %3 %4 %5 %6").arg(b.day.toString(Qt::ISODate), b.provider, b.model)
                   .arg(b.records).arg(b.computed.nanos()).arg(b.billed.nanos());
    for (const auto &c : *cache)
        out << QStringLiteral("cache %1 %2 %3 %4 %5").arg(c.day.toString(Qt::ISODate), c.provider, c.model, c.tier)
                   .arg(c.tokens);
    for (const auto &[seriesId, buckets] : *series)
        for (const auto &[day, nanos] : buckets)
            out << QStringLiteral("series %1 %2 %3").arg(seriesId).arg(day).arg(nanos);
    out.sort();
    return out;
}

} // namespace

void TestDashboardQueries::dayQueriesAgreeOnEitherRollup()
{
    // A query by day may read rollup_hour summed into days instead of rollup_day: every read
    // must give the same figures from either table, with and without filters, and one that
    // needs the API key reads rollup_day whatever the choice.
    store::SqliteUsageReader daily(*m_demo);
    store::SqliteUsageReader hourly(*m_demo);
    store::SqliteUsageReader automatic(*m_demo);
    daily.setDailySource(store::DailySource::Choice::Daily);
    hourly.setDailySource(store::DailySource::Choice::Hourly);
    QList<UsageFilter> filters;
    filters << UsageFilter{m_today.addDays(-29), m_today, {}};
    UsageFilter team{m_today.addDays(-6), m_today, {}};
    team.add(Dimension::Team, QStringLiteral("support"));
    filters << team << UsageFilter{};
    UsageFilter byKey{m_today.addDays(-6), m_today, {}};
    const QStringList keys = daily.dimensionValues(Dimension::ApiKey).value();
    QVERIFY(keys.size() > 1);
    byKey.add(Dimension::ApiKey, keys.first().isEmpty() ? keys.last() : keys.first());
    filters << byKey;
    for (const UsageFilter &f : filters) {
        const QStringList expected = dayReads(daily, f);
        QVERIFY2(expected.size() > 5, qPrintable(QString::number(expected.size())));
        QCOMPARE(dayReads(hourly, f), expected);
        QCOMPARE(dayReads(automatic, f), expected);
    }

    // Days before 1970: hours count down from -1, days are still floor(hour / 24).
    QTemporaryDir dir;
    auto old = test::openTempDatabase(dir, QStringLiteral("old.db"));
    QVERIFY(old);
    QList<UsageFact> facts{fact(QStringLiteral("o:1"), QDate(1969, 12, 31), "openai", "gpt-4o", "standard", 10, 0, 5,
                                "support"),
                           fact(QStringLiteral("o:2"), QDate(1970, 1, 1), "openai", "gpt-4o", "standard", 20, 0, 7,
                                "support")};
    facts[0].start = -1800; // 1969-12-31 23:30 UTC
    facts[1].start = 0;
    const pricing::CostEngine engine(pricing::PriceCatalog::builtin());
    for (UsageFact &f : facts)
        engine.priceFact(f);
    store::FactStore store(*old);
    store::Transaction tx(old->connection());
    auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("old"));
    QVERIFY(batch.ok());
    QVERIFY(store.insertFacts(*batch, facts).ok());
    QVERIFY(tx.commit().ok());
    store::SqliteUsageReader oldDaily(*old);
    store::SqliteUsageReader oldHourly(*old);
    oldDaily.setDailySource(store::DailySource::Choice::Daily);
    oldHourly.setDailySource(store::DailySource::Choice::Hourly);
    const QStringList expected = dayReads(oldDaily, UsageFilter{});
    QCOMPARE(expected.filter(QRegularExpression(QStringLiteral("^cube -1 "))).size(), 1);
    QCOMPARE(expected.filter(QRegularExpression(QStringLiteral("^cube 0 "))).size(), 1);
    QCOMPARE(dayReads(oldHourly, UsageFilter{}), expected);
}

void TestDashboardQueries::unitsReachExplorerAndCostSplit()
{
    // Audio, image and video tokens, searches and code executions are summed by the rollups
    // (schema 15) and shown: the explorer's tooltips, the cost split's note on units without a
    // price, `summary`'s JSON (tst_cli).
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir, QStringLiteral("units.db"));
    QVERIFY(db);
    UsageFact f = fact(QStringLiteral("u:1"), QDate(2026, 11, 20), "google", "gemini-2.5-flash", "standard", 1000, 0,
                       100, "support");
    f.tokens.audioInput = 400;
    f.tokens.imageOutput = 20;
    f.tokens.codeExecutions = 2;
    f.tokens.webSearches = 3;
    f.cost.uncachedInput = Money::fromNanos(600'000);
    f.priced = true;
    f.unpricedUnits = 400; // say the model's price had no audio price
    store::FactStore store(*db);
    store::Transaction tx(db->connection());
    auto batch = store.beginBatch(QStringLiteral("test"), QStringLiteral("units"));
    QVERIFY(batch.ok());
    const QList<UsageFact> one{f};
    QVERIFY(store.insertFacts(*batch, one).ok());
    QVERIFY(tx.commit().ok());

    const UsageFilter november{QDate(2026, 11, 1), QDate(2026, 11, 30), {}};
    auto summary = UsageQueries(*db).summary(november, {Dimension::Model});
    QVERIFY(summary.ok());
    QCOMPARE(summary->totals.tokens.audioInput, 400);
    QCOMPARE(summary->totals.tokens.imageOutput, 20);
    QCOMPARE(summary->totals.tokens.codeExecutions, 2);
    QCOMPARE(summary->totals.unpricedUnits, 400);

    ExplorerModel explorer;
    explorer.setSummary({Dimension::Model}, *summary);
    QCOMPARE(explorer.rowCount(), 1);
    const auto tip = [&](ExplorerModel::Metric m) {
        return explorer.index(0, explorer.columnOf(m)).data(Qt::ToolTipRole).toString();
    };
    QVERIFY2(tip(ExplorerModel::UncachedInput).contains(QStringLiteral("Of them audio 400, image 0, video 0 tokens")),
             qPrintable(tip(ExplorerModel::UncachedInput)));
    QVERIFY2(tip(ExplorerModel::Output).contains(QStringLiteral("Of them audio 0, image 20, video 0 tokens")),
             qPrintable(tip(ExplorerModel::Output)));
    QVERIFY2(tip(ExplorerModel::ComputedCost).contains(QStringLiteral("0 images, 3 web searches, 2 code executions")),
             qPrintable(tip(ExplorerModel::ComputedCost)));
    QVERIFY(tip(ExplorerModel::ComputedCost).contains(QStringLiteral("400 units")));

    DashboardService service;
    service.setToday(m_today);
    service.setDatabase(db.get());
    service.setCustomRange(november.from, november.to);
    QCOMPARE(service.costSplit()->unpricedRecords(), 0);
    QVERIFY2(service.costSplit()->unpricedNote().startsWith(QStringLiteral("400 units (audio, image or video tokens")),
             qPrintable(service.costSplit()->unpricedNote()));
}

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "tst_dashboard_queries.moc"
