// The data behind each report section, compared with checked-in CSV files (golden files),
// on the demo organisation generated for a fixed day.

#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "itemmodels/CsvWriter.h"
#include "report/ReportCsv.h"
#include "report/ReportData.h"
#include "report/ReportText.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace tl;

class TestReportData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sectionsMatchGoldenFiles_data();
    void sectionsMatchGoldenFiles();
    void figuresAgreeWithTheQueries();
    void summaryNamesTheFigures();
    void filtersNarrowTheReport();
    void brokenScenarioIsReportedNotFatal();
    void emptyPeriodSaysSo();

private:
    report::ReportRequest request() const;

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::optional<report::ReportData> m_data;
    const QDate m_today{2026, 11, 26};
};

void TestReportData::initTestCase()
{
    m_db = test::openTempDatabase(m_dir);
    QVERIFY(m_db);
    demo::DemoOptions o;
    o.lastDay = m_today;
    QVERIFY(demo::DemoOrganisation::load(*m_db, o).ok());
    auto data = report::computeReport(*m_db, request());
    QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
    m_data = std::move(data).value();
}

report::ReportRequest TestReportData::request() const
{
    report::ReportRequest r;
    r.from = QDate(2026, 10, 28);
    r.to = m_today;
    r.today = m_today;
    r.generatedAt = QDateTime(QDate(2026, 11, 26), QTime(18, 0), QTimeZone::utc());
    r.scenarioFiles << QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/scenarios/full.json");
    return r;
}

void TestReportData::sectionsMatchGoldenFiles_data()
{
    QTest::addColumn<QString>("name");
    for (const report::SectionTable &t : report::sectionTables(*m_data))
        QTest::newRow(qPrintable(t.name)) << t.name;
}

void TestReportData::sectionsMatchGoldenFiles()
{
    QFETCH(QString, name);
    QByteArray actual;
    for (const report::SectionTable &t : report::sectionTables(*m_data)) {
        if (t.name != name)
            continue;
        actual = itemmodels::CsvWriter::toCsv(t.rows);
    }
    const QString goldenPath = QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/golden/report/%1.csv").arg(name);
    QFile golden(goldenPath);
    const QByteArray expected = golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
    if (actual != expected) {
        // Kept for review; a golden file is only replaced by hand after checking the figures.
        QFile keep(QDir::temp().filePath(QStringLiteral("report-%1.actual.csv").arg(name)));
        if (keep.open(QIODevice::WriteOnly))
            keep.write(actual);
        qWarning() << "section written to" << keep.fileName();
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

void TestReportData::figuresAgreeWithTheQueries()
{
    query::UsageQueries q(*m_db);
    query::UsageFilter f{QDate(2026, 10, 28), m_today, {}};
    const auto summary = q.summary(f);
    QVERIFY(summary.ok());
    QCOMPARE(m_data->totals().cost.total(), summary->totals.cost.total());
    QCOMPARE(m_data->totals().billed, summary->totals.billed);
    // Spend over time adds up to the spend; the drivers never exceed it.
    QCOMPARE(m_data->dashboard.series.total(), summary->totals.cost.total());
    Money drivers;
    for (const auto &r : m_data->dashboard.drivers)
        drivers += r.cost;
    QVERIFY(drivers <= summary->totals.cost.total());
    QCOMPARE(m_data->dashboard.drivers.size(), 10);
    // Spend by model covers the whole spend (the smaller models summed into "Other").
    Money models;
    for (const auto &g : m_data->models)
        models += g.totals.cost.total();
    QCOMPARE(models, summary->totals.cost.total());
    QVERIFY(m_data->models.size() <= 9);
    // Reconciliation lines add up to the billed records' figures.
    Money computed, billed;
    for (const auto &l : m_data->reconciliation) {
        computed += l.computed;
        billed += l.billed;
    }
    QCOMPARE(billed, summary->totals.billed);
    QCOMPARE(computed, summary->totals.billedComputed);
    // The scenario was evaluated over the report period.
    QCOMPARE(m_data->scenarios.size(), 1);
    QVERIFY(m_data->scenarios[0].result.has_value());
    QCOMPARE(m_data->scenarios[0].baseline.from, QDate(2026, 10, 28));
    QCOMPARE(m_data->scenarios[0].baseline.days, 30);
    Money savings;
    for (const auto &l : m_data->scenarios[0].result->levers)
        savings += l.savings();
    QCOMPARE(savings, m_data->scenarios[0].result->totalSavings());
}

void TestReportData::summaryNamesTheFigures()
{
    const QStringList s = report::executiveSummary(*m_data, DisplayCurrency(), QLocale::c());
    QVERIFY(s.size() >= 5);
    const QString spend = DisplayCurrency().format(m_data->totals().cost.total(), QLocale::c());
    QVERIFY2(s[0].contains(spend), qPrintable(s[0]));
    QVERIFY(s.join(u' ').contains(m_data->dashboard.drivers.first().model));
    // In another currency the amounts are converted, not relabelled.
    const auto eur = DisplayCurrency::create(QStringLiteral("EUR"), {}, QStringLiteral("0.5"), m_today);
    QVERIFY(eur);
    const QStringList e = report::executiveSummary(*m_data, *eur, QLocale::c());
    QVERIFY2(e[0].contains(eur->format(m_data->totals().cost.total(), QLocale::c())), qPrintable(e[0]));
}

void TestReportData::filtersNarrowTheReport()
{
    report::ReportRequest r = request();
    r.filter.add(Dimension::Provider, QStringLiteral("openai"));
    auto data = report::computeReport(*m_db, r);
    QVERIFY(data.ok());
    query::UsageQueries q(*m_db);
    query::UsageFilter f{QDate(2026, 10, 28), m_today, {}};
    f.add(Dimension::Provider, QStringLiteral("openai"));
    QCOMPARE(data->totals().cost.total(), q.summary(f)->totals.cost.total());
    for (const auto &l : data->reconciliation)
        QCOMPARE(l.provider, QStringLiteral("openai"));
    QVERIFY(report::filterText(r.filter).contains(QStringLiteral("openai")));
}

void TestReportData::brokenScenarioIsReportedNotFatal()
{
    report::ReportRequest r = request();
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 1, \"name\": \"x\", \"batch\": {\"share\": 2}}");
    f.close();
    r.scenarioFiles = {broken};
    auto data = report::computeReport(*m_db, r);
    QVERIFY(data.ok());
    QCOMPARE(data->scenarios.size(), 1);
    QVERIFY(!data->scenarios[0].result);
    QVERIFY2(data->scenarios[0].error.contains(QStringLiteral("broken.json")), qPrintable(data->scenarios[0].error));
}

void TestReportData::emptyPeriodSaysSo()
{
    report::ReportRequest r = request();
    r.from = QDate(2020, 1, 1);
    r.to = QDate(2020, 1, 31);
    r.scenarioFiles.clear();
    auto data = report::computeReport(*m_db, r);
    QVERIFY(data.ok());
    QVERIFY(data->totals().cost.total().isZero());
    const QStringList s = report::executiveSummary(*data, DisplayCurrency(), QLocale::c());
    QCOMPARE(s.size(), 1);
    QVERIFY(s[0].startsWith(QStringLiteral("No usage")));
    r.to = QDate(2019, 12, 1);
    QVERIFY(!report::computeReport(*m_db, r).ok());
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_report_data.moc"
