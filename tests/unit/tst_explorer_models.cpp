// Explore models: model-tester clean, groups and totals equal the summary query, multi-level
// groups add up, shares add up to 100 %, drill-downs pick a sensible grouping, and the CSV
// export matches a reviewed reference file.
#include "money/AmountText.h"
#include "TestSupport.h"
#include "money/DisplayCurrency.h"
#include "demo/DemoOrganisation.h"
#include "text/CsvWriter.h"
#include "itemmodels/ExplorerModel.h"
#include "services/ExplorerService.h"
#include "itemmodels/ExplorerTotalsModel.h"
#include "query/UsageQueries.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tl;
using namespace tl::itemmodels;
using namespace tl::services;
using namespace tl::query;

class TestExplorerModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelsPassTheModelTester();
    void groupsAndTotalsEqualSummary();
    void multiLevelGroupsSumToTotal();
    void sharesSumToHundredPercent();
    void cellRolesAreExactAndFormatted();
    void differenceOnlyWhereBilled();
    void filtersNarrowTheRows();
    void drillDownAppliesDatesFiltersAndGrouping();
    void csvQuotingFollowsRfc4180();
    void csvExportMatchesGoldenFile();
    void emptyDatabaseHasNoRows();
    void groupsAndFiltersBySpeedAndContextWindow();

private:
    ExplorerService *makeService(QObject *parent);
    static Money exact(const QModelIndex &index);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    const QDate m_today{2026, 11, 26};
    const QDate m_first{2026, 11, 1};
};

void TestExplorerModels::initTestCase()
{
    m_db = test::openTempDatabase(m_dir);
    QVERIFY(m_db);
    demo::DemoOptions o;
    o.lastDay = m_today;
    QVERIFY(demo::DemoOrganisation::load(*m_db, o).ok());
}

ExplorerService *TestExplorerModels::makeService(QObject *parent)
{
    auto *service = new ExplorerService(parent);
    service->setToday(m_today);
    service->setDatabase(m_db.get());
    service->setCustomRange(m_first, m_today);
    return service;
}

Money TestExplorerModels::exact(const QModelIndex &index)
{
    const auto m = Money::parse(index.data(ExplorerModel::ExactRole).toString());
    return m ? *m : Money::fromUnits(-1'000'000);
}

void TestExplorerModels::modelsPassTheModelTester()
{
    ExplorerService service;
    service.setToday(m_today);
    QAbstractItemModelTester tester(service.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester totalsTester(service.totalsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    service.setDatabase(m_db.get());
    service.setPeriodPreset(PeriodPreset::ThisMonth);
    QVERIFY(service.model()->rowCount() > 0);
    service.setGroupBy({Dimension::Team, Dimension::Model});
    service.addFilterValue(Dimension::Provider, QStringLiteral("openai"));
    service.setGroupBy({Dimension::Tags, Dimension::ApiKey, Dimension::ServiceTier});
    service.clearFilters();
    service.setPeriodPreset(PeriodPreset::AllData);
    service.setDatabase(nullptr);
    QCOMPARE(service.model()->rowCount(), 0);
    service.setDatabase(m_db.get());
    QCOMPARE(service.totalsModel()->rowCount(), 1);
    QCOMPARE(service.totalsModel()->columnCount(), service.model()->columnCount());
}

void TestExplorerModels::groupsAndTotalsEqualSummary()
{
    QObject owner;
    ExplorerService *service = makeService(&owner);
    service->setGroupBy({Dimension::Team});
    UsageQueries q(*m_db);
    const auto expected = q.summary({m_first, m_today, {}}, {Dimension::Team});
    QVERIFY(expected.ok());
    ExplorerModel *m = service->model();
    QCOMPARE(m->rowCount(), int(expected->groups.size()));
    QCOMPARE(m->rowCount(), 5);
    QCOMPARE(m->columnCount(), 1 + int(ExplorerModel::MetricCount));
    for (int row = 0; row < m->rowCount(); ++row) {
        const UsageGroup &g = expected->groups[row];
        QCOMPARE(m->index(row, 0).data(ExplorerModel::ExactRole).toString(), g.key.value(0));
        QCOMPARE(exact(m->index(row, m->columnOf(ExplorerModel::ComputedCost))), g.totals.cost.total());
        QCOMPARE(m->index(row, m->columnOf(ExplorerModel::Requests)).data(ExplorerModel::ExactRole).toString(),
                 QString::number(g.totals.tokens.requests));
        QCOMPARE(m->index(row, m->columnOf(ExplorerModel::CacheWrite)).data(ExplorerModel::ExactRole).toString(),
                 QString::number(g.totals.tokens.cacheWrite()));
    }
    QCOMPARE(m->totals(), expected->totals);
    ExplorerTotalsModel *t = service->totalsModel();
    QCOMPARE(exact(t->index(0, m->columnOf(ExplorerModel::ComputedCost))), expected->totals.cost.total());
    QCOMPARE(t->index(0, m->columnOf(ExplorerModel::Share)).data(ExplorerModel::ExactRole).toString(),
             QStringLiteral("100.0000"));
    QCOMPARE(t->index(0, 0).data().toString(), QStringLiteral("Total"));
    QVERIFY(t->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral(" 5 rows")));
    QCOMPARE(service->currentFilter().from, m_first);
    QCOMPARE(service->currentFilter().to, m_today);
}

void TestExplorerModels::multiLevelGroupsSumToTotal()
{
    QObject owner;
    ExplorerService *service = makeService(&owner);
    service->setGroupBy({Dimension::Team, Dimension::Model});
    ExplorerModel *m = service->model();
    QCOMPARE(m->dimensionColumnCount(), 2);
    QCOMPARE(m->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), dimensionLabel(Dimension::Team));
    QCOMPARE(m->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), dimensionLabel(Dimension::Model));
    QVERIFY(m->rowCount() > 5);
    Money cost;
    Money billed;
    std::int64_t requests = 0;
    QSet<QString> teams;
    for (int row = 0; row < m->rowCount(); ++row) {
        cost += exact(m->index(row, m->columnOf(ExplorerModel::ComputedCost)));
        if (m->groupAt(row)->totals.billedFacts > 0)
            billed += exact(m->index(row, m->columnOf(ExplorerModel::BilledCost)));
        requests += m->index(row, m->columnOf(ExplorerModel::Requests)).data(ExplorerModel::ExactRole).toLongLong();
        teams.insert(m->index(row, 0).data(ExplorerModel::ExactRole).toString());
    }
    QCOMPARE(teams.size(), 5);
    QCOMPARE(cost, m->totals().cost.total());
    QCOMPARE(billed, m->totals().billed);
    QCOMPARE(requests, m->totals().tokens.requests);
    UsageQueries q(*m_db);
    QCOMPARE(m->totals(), q.summary({m_first, m_today, {}})->totals);
    QList<int> all;
    for (int row = 0; row < m->rowCount(); ++row)
        all << row;
    QCOMPARE(m->sumOfRows(all), m->totals());
}

void TestExplorerModels::sharesSumToHundredPercent()
{
    QObject owner;
    ExplorerService *service = makeService(&owner);
    service->setGroupBy({Dimension::Model, Dimension::Team});
    ExplorerModel *m = service->model();
    const int column = m->columnOf(ExplorerModel::Share);
    double exactSum = 0;
    double shownSum = 0;
    double sortSum = 0;
    for (int row = 0; row < m->rowCount(); ++row) {
        exactSum += m->index(row, column).data(ExplorerModel::ExactRole).toString().toDouble();
        QString shown = m->index(row, column).data().toString();
        QVERIFY2(shown.endsWith(u'%'), qPrintable(shown));
        shown.chop(1);
        shownSum += QLocale(QLocale::English, QLocale::UnitedStates).toDouble(shown);
        sortSum += m->index(row, column).data(ExplorerModel::SortRole).toDouble();
    }
    const int rows = m->rowCount();
    QVERIFY2(qAbs(exactSum - 100.0) <= 0.00005 * rows, qPrintable(QString::number(exactSum)));
    QVERIFY2(qAbs(shownSum - 100.0) <= 0.05 * rows, qPrintable(QString::number(shownSum)));
    QVERIFY(qAbs(sortSum - 1.0) < 1e-9);
}

void TestExplorerModels::cellRolesAreExactAndFormatted()
{
    QObject owner;
    ExplorerService *service = makeService(&owner);
    service->setGroupBy({Dimension::Provider});
    ExplorerModel *m = service->model();
    const QModelIndex cost = m->index(0, m->columnOf(ExplorerModel::ComputedCost));
    const Money value = exact(cost);
    QCOMPARE(cost.data().toString(), value.toDisplayString(QLocale()));
    QVERIFY(cost.data().toString().startsWith(u'$'));
    QVERIFY(cost.data(Qt::ToolTipRole).toString().contains(tl::usdAmount(value)));
    QCOMPARE(cost.data(ExplorerModel::SortRole).typeId(), QMetaType::Double);
    // In the dashboard's display currency: shown converted, exact values stay USD.
    m->setCurrency(*DisplayCurrency::create(QStringLiteral("EUR"), {}, QStringLiteral("0.9"), QDate(2026, 11, 1)));
    QVERIFY2(cost.data().toString().contains(QStringLiteral("€")), qPrintable(cost.data().toString()));
    QCOMPARE(cost.data().toString(),
             m->currency().convert(value).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates),
                                                          QStringLiteral("€")));
    QCOMPARE(m->currency().convert(Money::fromUnits(10)), Money::fromUnits(9));
    QCOMPARE(exact(cost), value);
    m->setCurrency(DisplayCurrency());
    QVERIFY(cost.data().toString().startsWith(u'$'));
    QCOMPARE(m->index(0, 0).data(ExplorerModel::SortRole).typeId(), QMetaType::QString);
    QCOMPARE(m->index(0, 0).data(ExplorerModel::DimensionRole).toInt(), int(Dimension::Provider));
    // Sorted like the summary: largest computed cost first.
    for (int row = 1; row < m->rowCount(); ++row)
        QVERIFY(exact(m->index(row - 1, cost.column())) >= exact(m->index(row, cost.column())));
    const QModelIndex requests = m->index(0, m->columnOf(ExplorerModel::Requests));
    QCOMPARE(requests.data().toString(),
             QLocale(QLocale::English, QLocale::UnitedStates).toString(requests.data(ExplorerModel::ExactRole).toLongLong()));
    const QModelIndex cacheRead = m->index(0, m->columnOf(ExplorerModel::CacheRead));
    QCOMPARE(cacheRead.data().toString(),
             ExplorerModel::compactCount(cacheRead.data(ExplorerModel::ExactRole).toLongLong(),
                                         QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY(cacheRead.data(Qt::ToolTipRole).toString().contains(
        QLocale(QLocale::English, QLocale::UnitedStates).toString(cacheRead.data(ExplorerModel::ExactRole).toLongLong())));
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(ExplorerModel::compactCount(0, en), QStringLiteral("0"));
    QCOMPARE(ExplorerModel::compactCount(99'999, en), QStringLiteral("99,999"));
    QCOMPARE(ExplorerModel::compactCount(100'000, en), QStringLiteral("100 K"));
    QCOMPARE(ExplorerModel::compactCount(78'502'834, en), QStringLiteral("78.5 M"));
    QCOMPARE(ExplorerModel::compactCount(356'854'812, en), QStringLiteral("357 M"));
    QCOMPARE(ExplorerModel::compactCount(1'134'699'327, en), QStringLiteral("1.13 B"));
    QCOMPARE(ExplorerModel::compactCount(9'999'000, en), QStringLiteral("10.0 M"));
    QCOMPARE(ExplorerModel::compactCount(999'600'000, en), QStringLiteral("1.00 B"));
    QCOMPARE(ExplorerModel::compactCount(-2'500'000, en), QStringLiteral("-2.50 M"));
    QCOMPARE(ExplorerModel::compactCount(1'000'000, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("1,00 M"));
    QCOMPARE(m->columnKey(m->columnOf(ExplorerModel::BilledCost)), QStringLiteral("billed_cost"));
    QCOMPARE(m->columnKey(0), QStringLiteral("dim:provider"));

    // Records without a value of the grouped dimension show "(none)" and keep "" as exact value.
    service->setGroupBy({Dimension::User});
    bool sawNone = false;
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, 0).data(ExplorerModel::ExactRole).toString().isEmpty()) {
            QCOMPARE(m->index(row, 0).data().toString(), ExplorerModel::noneLabel());
            sawNone = true;
        }
    }
    QVERIFY(sawNone);
}

void TestExplorerModels::differenceOnlyWhereBilled()
{
    QObject owner;
    ExplorerService *service = makeService(&owner);
    service->setGroupBy({Dimension::Provider, Dimension::Model});
    ExplorerModel *m = service->model();
    int billedRows = 0;
    int unbilledRows = 0;
    for (int row = 0; row < m->rowCount(); ++row) {
        const UsageTotals &t = m->groupAt(row)->totals;
        const QModelIndex diff = m->index(row, m->columnOf(ExplorerModel::Difference));
        if (t.billedFacts > 0) {
            ++billedRows;
            QCOMPARE(exact(diff), t.billedComputed - t.billed);
        } else {
            ++unbilledRows;
            QVERIFY(diff.data(ExplorerModel::ExactRole).toString().isEmpty());
            QCOMPARE(diff.data().toString(), QStringLiteral("—"));
            QVERIFY(!diff.data(ExplorerModel::SortRole).isValid());
        }
    }
    QVERIFY(billedRows > 0);
    qInfo() << billedRows << "rows with billed cost," << unbilledRows << "without";
}

void TestExplorerModels::filtersNarrowTheRows()
{
    QObject owner;
    ExplorerService *service = makeService(&owner);
    service->setGroupBy({Dimension::Team});
    service->addFilterValue(Dimension::Team, QStringLiteral("support"));
    service->addFilterValue(Dimension::Team, QStringLiteral("search"));
    QCOMPARE(service->model()->rowCount(), 2);
    UsageFilter f{m_first, m_today, {}};
    f.add(Dimension::Team, QStringLiteral("support"));
    f.add(Dimension::Team, QStringLiteral("search"));
    UsageQueries q(*m_db);
    QCOMPARE(service->model()->totals(), q.summary(f)->totals);
    service->removeFilterValue(Dimension::Team, QStringLiteral("search"));
    QCOMPARE(service->model()->rowCount(), 1);
    QCOMPARE(service->dimensionFilter().equals.value(Dimension::Team), QStringList{QStringLiteral("support")});
    service->removeFilterValue(Dimension::Team, QStringLiteral("support"));
    QVERIFY(service->dimensionFilter().equals.isEmpty());
    QCOMPARE(service->model()->rowCount(), 5);
    QVERIFY(service->dimensionValues(Dimension::Team).contains(QStringLiteral("support")));
}

void TestExplorerModels::drillDownAppliesDatesFiltersAndGrouping()
{
    QObject owner;
    ExplorerService *service = makeService(&owner);
    service->setPeriodPreset(PeriodPreset::Last7Days);
    UsageFilter f{QDate(2026, 11, 10), QDate(2026, 11, 12), {}};
    f.add(Dimension::Team, QStringLiteral("support"));
    QSignalSpy refreshed(service, &ExplorerService::refreshed);
    service->applyDrillDown(f);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(service->periodPreset(), PeriodPreset::Custom);
    QCOMPARE(service->period().from, f.from);
    QCOMPARE(service->period().to, f.to);
    QCOMPARE(service->groupBy(), QList<Dimension>{Dimension::Model});
    QCOMPARE(service->currentFilter(), f);
    UsageQueries q(*m_db);
    QCOMPARE(service->model()->totals(), q.summary(f)->totals);

    UsageFilter byModel;
    byModel.add(Dimension::Model, QStringLiteral("gpt-4o"));
    QCOMPARE(ExplorerService::suggestedGroupBy(byModel, {}), QList<Dimension>{Dimension::Team});
    UsageFilter byProvider;
    byProvider.add(Dimension::Provider, QStringLiteral("openai"));
    QCOMPARE(ExplorerService::suggestedGroupBy(byProvider, {}), QList<Dimension>{Dimension::Model});
    UsageFilter teamAndModel = byModel;
    teamAndModel.add(Dimension::Team, QStringLiteral("support"));
    QCOMPARE(ExplorerService::suggestedGroupBy(teamAndModel, {}), QList<Dimension>{Dimension::Tags});
    const QList<Dimension> current{Dimension::Tags, Dimension::Team};
    QCOMPARE(ExplorerService::suggestedGroupBy(UsageFilter{}, current), current);

    // An open end takes the data's first or last day; no dates keep the period.
    UsageFilter open{QDate(2026, 11, 20), {}, {}};
    service->applyDrillDown(open);
    QCOMPARE(service->period().from, QDate(2026, 11, 20));
    QCOMPARE(service->period().to, m_today);
    QVERIFY(service->dimensionFilter().equals.isEmpty());
    service->applyDrillDown(byProvider);
    QCOMPARE(service->period().from, QDate(2026, 11, 20));
    QCOMPARE(service->groupBy(), QList<Dimension>{Dimension::Model});
}

void TestExplorerModels::csvQuotingFollowsRfc4180()
{
    QCOMPARE(text::CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(text::CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(text::CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(text::CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(text::CsvWriter::field(QString()), QString());
    QCOMPARE(text::CsvWriter::toCsv({{QStringLiteral("x"), QStringLiteral("y,z")}, {QStringLiteral("1"), QString()}}),
             QByteArray("x,\"y,z\"\r\n1,\r\n"));
    QCOMPARE(text::CsvWriter::toTsv({{QStringLiteral("a\tb"), QStringLiteral("c")}}), QStringLiteral("a b\tc\n"));
    // Text a spreadsheet would run as a formula is neutralised; numbers are not.
    QCOMPARE(text::CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QCOMPARE(text::CsvWriter::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(text::CsvWriter::field(QStringLiteral("+1-555")), QStringLiteral("'+1-555"));
    QCOMPARE(text::CsvWriter::field(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
    QCOMPARE(text::CsvWriter::field(QStringLiteral("-0.75")), QStringLiteral("-0.75"));
    QCOMPARE(text::CsvWriter::field(QStringLiteral("-5")), QStringLiteral("-5"));
    QCOMPARE(text::CsvWriter::toTsv({{QStringLiteral("=1+1")}}), QStringLiteral("'=1+1\n"));
    QTemporaryDir dir;
    const Status s = text::CsvWriter::writeFile(dir.filePath(QStringLiteral("missing/x.csv")), {{QStringLiteral("a")}});
    QVERIFY(!s.ok());
    QVERIFY(s.errorMessage().contains(QStringLiteral("x.csv")));
}

void TestExplorerModels::csvExportMatchesGoldenFile()
{
    QObject owner;
    ExplorerService *service = makeService(&owner);
    service->setGroupBy({Dimension::Provider});
    QTemporaryDir dir;
    const QString path = dir.filePath(service->suggestedFileName());
    QCOMPARE(service->suggestedFileName(), QStringLiteral("tokenledger-by-provider-2026-11-01-to-2026-11-26.csv"));
    QVERIFY(service->exportCsv(path).ok());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray actual = written.readAll();
    QFile golden(QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/golden/explorer-by-provider-2026-11.csv"));
    const QByteArray expected = golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
    if (actual != expected) {
        // Keep what was written for review; a golden file is only replaced by hand.
        QFile keep(QDir::temp().filePath(QStringLiteral("explorer-by-provider-2026-11.actual.csv")));
        if (keep.open(QIODevice::WriteOnly))
            keep.write(actual);
        qWarning() << "export written to" << keep.fileName();
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

void TestExplorerModels::emptyDatabaseHasNoRows()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    ExplorerService service;
    service.setToday(m_today);
    QSignalSpy errors(&service, &ExplorerService::errorOccurred);
    service.setDatabase(db.get());
    QVERIFY(!service.hasData());
    QCOMPARE(service.model()->rowCount(), 0);
    QCOMPARE(service.totalsModel()->index(0, service.model()->columnOf(ExplorerModel::Share)).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(errors.count(), 0);
}

// Speed and context window are dimensions of their own, read from the facts' tag sets (the
// Anthropic sync writes "speed:" and "context_window:" tags): the explorer groups and filters
// by them with exact totals, daily and hourly, and a fact without the tag has the value "".
void TestExplorerModels::groupsAndFiltersBySpeedAndContextWindow()
{
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    const auto fact = [](const QString &key, std::int64_t input, std::int64_t output, const QString &tags) {
        UsageFact f;
        f.recordKey = QStringLiteral("test:") + key;
        f.start = QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch();
        f.provider = QStringLiteral("anthropic");
        f.model = QStringLiteral("claude-sonnet-4-20250514");
        f.tags = tags;
        f.tokens.requests = 1;
        f.tokens.uncachedInput = input;
        f.tokens.output = output;
        return f;
    };
    // Sonnet 4: 3.00 input and 15.00 output per million tokens.
    QVERIFY(test::storeFacts(*db,
                             {fact(QStringLiteral("a"), 100000, 0, QStringLiteral("context_window:0-200k,speed:fast")),       // 0.30
                              fact(QStringLiteral("b"), 100000, 10000, QStringLiteral("context_window:200k-1M,speed:standard")), // 0.45
                              fact(QStringLiteral("c"), 150000, 0, QStringLiteral("feature:faq,speed:fast")),                   // 0.45
                              fact(QStringLiteral("d"), 20000, 0, QString())},                                                  // 0.06
                             QStringLiteral("tags"))
                .ok());
    ExplorerService service;
    service.setToday(m_today);
    service.setDatabase(db.get());
    service.setCustomRange(m_first, m_today);
    const auto costs = [&service] {
        QMap<QString, QString> out;
        ExplorerModel *m = service.model();
        for (int row = 0; row < m->rowCount(); ++row)
            out.insert(m->index(row, 0).data(ExplorerModel::ExactRole).toString(),
                       exact(m->index(row, m->columnOf(ExplorerModel::ComputedCost))).toDecimalString());
        return out;
    };

    service.setGroupBy({Dimension::Speed});
    QCOMPARE(service.model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Speed"));
    QCOMPARE(costs(), (QMap<QString, QString>{{QStringLiteral("fast"), QStringLiteral("0.75")},
                                              {QStringLiteral("standard"), QStringLiteral("0.45")},
                                              {QString(), QStringLiteral("0.06")}}));
    QCOMPARE(service.model()->totals().cost.total().toDecimalString(), QStringLiteral("1.26"));

    service.setGroupBy({Dimension::ContextWindow});
    QCOMPARE(costs(), (QMap<QString, QString>{{QStringLiteral("0-200k"), QStringLiteral("0.3")},
                                              {QStringLiteral("200k-1M"), QStringLiteral("0.45")},
                                              {QString(), QStringLiteral("0.51")}}));

    service.addFilterValue(Dimension::Speed, QStringLiteral("fast"));
    QCOMPARE(costs(), (QMap<QString, QString>{{QStringLiteral("0-200k"), QStringLiteral("0.3")},
                                              {QString(), QStringLiteral("0.45")}}));
    service.clearFilters();
    service.addFilterValue(Dimension::Speed, QString()); // no speed stated
    QCOMPARE(costs(), (QMap<QString, QString>{{QString(), QStringLiteral("0.06")}}));
    service.clearFilters();
    QVERIFY(service.dimensionValues(Dimension::Speed).contains(QStringLiteral("standard")));
    QVERIFY(service.dimensionValues(Dimension::ContextWindow).contains(QStringLiteral("200k-1M")));

    // Both levels at once, and the same sums from the facts of the hour (hourly stacks).
    service.setGroupBy({Dimension::Speed, Dimension::ContextWindow});
    QCOMPARE(service.model()->totals().cost.total().toDecimalString(), QStringLiteral("1.26"));
    UsageQueries q(*db);
    const auto byName = q.summary({m_first, m_today, {}}, {Dimension::Speed, Dimension::ContextWindow});
    QVERIFY(byName.ok());
    QCOMPARE(byName->groups.size(), qsizetype(4));
    UsageFilter fastOnly{QDate(2026, 11, 3), QDate(2026, 11, 3), {}};
    fastOnly.add(Dimension::Speed, QStringLiteral("fast"));
    const auto hourly = q.timeSeries(fastOnly, Granularity::Hour, Dimension::ContextWindow);
    QVERIFY(hourly.ok());
    QCOMPARE(hourly->total().toDecimalString(), QStringLiteral("0.75"));
    QCOMPARE(hourly->seriesValues, (QStringList{QString(), QStringLiteral("0-200k")})); // largest first
    QVERIFY(dimensionFromName(QStringLiteral("speed")) == std::optional<Dimension>(Dimension::Speed));
    QVERIFY(dimensionFromName(QStringLiteral("context_window")) == std::optional<Dimension>(Dimension::ContextWindow));
}

QTEST_MAIN(TestExplorerModels)
#include "tst_explorer_models.moc"
