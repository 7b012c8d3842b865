// tokenledger-cli report and export: the PDF read back with poppler's pdftotext/pdfinfo
// (section titles, totals as in the summary, budget status, page count, paper size), the
// exports' files, and the command-line errors.
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "store/SqliteBudgetStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tl;
using json = nlohmann::json;

namespace {

QString poppler(const char *tool)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(tool));
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfHasTheSectionsAndTotals();
    void letterPaperAndChosenSections();
    void exportsWriteTheirFiles();
    void commandLineErrors_data();
    void commandLineErrors();

private:
    QStringList base() const { return {QStringLiteral("--db"), m_db}; }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliReport::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("report.db"));
    auto db = store::Database::open(m_db);
    QVERIFY(db.ok());
    demo::DemoOptions o;
    o.lastDay = QDate(2026, 11, 26);
    QVERIFY(demo::DemoOrganisation::load(**db, o).ok());
    budgets::Budget support;
    support.name = QStringLiteral("Support team");
    support.scope = {{Dimension::Team, QStringLiteral("support")}};
    support.amount = Money::fromUnits(3500); // on track through November
    QVERIFY(store::SqliteBudgetStore(**db).add(support).ok());
    db->reset();
    // An imported catalog besides the built-in prices: the report names both.
    const auto imported = test::runCli(base() + QStringList{QStringLiteral("catalog"), QStringLiteral("import"),
                                                            QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/catalogs/custom-small.json")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void TestCliReport::pdfHasTheSectionsAndTotals()
{
    const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-10-28"), QStringLiteral("--to"),
                             QStringLiteral("2026-11-25")};
    const auto r = test::runCli(base() + QStringList{QStringLiteral("--json"), QStringLiteral("report"),
                                                     QStringLiteral("--pdf"), pdf, QStringLiteral("--scenario"),
                                                     QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/scenarios/full.json")}
                                + period);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    QVERIFY(QFile::exists(pdf));
    const auto summary = test::runCli(base() + QStringList{QStringLiteral("--json"), QStringLiteral("summary")} + period);
    QCOMPARE(summary.exitCode, 0);
    const json s = json::parse(summary.out.toStdString());
    QCOMPARE(j["cost"].get<std::string>(), s["cost"].get<std::string>());

    if (poppler("pdftotext").isEmpty() || poppler("pdfinfo").isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed; the PDF's text cannot be read back");
    const QString info = run(poppler("pdfinfo"), {pdf});
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    QCOMPARE(pages.captured(1).toInt(), j["pages"].get<int>());
    QVERIFY(pages.captured(1).toInt() >= 6);
    QVERIFY2(info.contains(QStringLiteral("595.276 x 841.89 pts")) || info.contains(QStringLiteral("595 x 842")), qPrintable(info));

    const QString text = run(poppler("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const char *title : {"LLM spend report", "Northwind Analytics (demo)", "Executive summary", "Spend in charts",
                              "Top cost drivers", "Computed vs billed", "What-if scenarios",
                              "Route simple work to Haiku, batch the nightly jobs", "Savings waterfall",
                              "Budget status", "Support team", "team = support", "Runs out"})
        QVERIFY2(text.contains(QString::fromUtf8(title)), title);
    // The total as the summary computes it, formatted as printed ("$9,958.35").
    const QString cost = QString::fromStdString(s["cost"].get<std::string>());
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QString printed = u'$' + en.toString(cost.toDouble(), 'f', 2);
    QVERIFY2(text.contains(printed), qPrintable(printed));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(j["pages"].get<int>())));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(j["pages"].get<int>())));
    // Where the computed costs' prices come from, in the summary's note and above the
    // reconciliation.
    const QString flowing = text.simplified();
    static const QRegularExpression prices(QStringLiteral(
        "Computed costs come from TokenLedger's built-in prices and the \\S+ catalog \\(imported \\d+ \\w+ \\d{4}\\)\\."));
    QVERIFY2(prices.match(flowing).hasMatch(), qPrintable(flowing.left(4000)));
    QVERIFY(flowing.contains(QStringLiteral("Cost computed from TokenLedger's built-in prices and the ")));
    // Every driver of the summary's top model appears in the table.
    QVERIFY(text.contains(QStringLiteral("claude-sonnet-4-20250514")));
    // The budgets as they stood at the end of the report's last day, as `budgets check --as-of`
    // sees them then.
    QVERIFY2(text.contains(QStringLiteral("As of 25 Nov 2026, the budget \"Support team\"")), qPrintable(text));
    const auto check = test::runCli(base() + QStringList{QStringLiteral("--json"), QStringLiteral("budgets"),
                                                         QStringLiteral("check"), QStringLiteral("--as-of"),
                                                         QStringLiteral("2026-11-25")});
    const json c = json::parse(check.out.toStdString());
    const QString actual = QString::fromStdString(c["budgets"][0]["actual"].get<std::string>());
    QVERIFY2(text.contains(u'$' + en.toString(actual.toDouble(), 'f', 2)), qPrintable(actual));
}

void TestCliReport::letterPaperAndChosenSections()
{
    const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
    const auto r = test::runCli(base() + QStringList{QStringLiteral("--json"), QStringLiteral("report"),
                                                     QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
                                                     QStringLiteral("letter"), QStringLiteral("--sections"),
                                                     QStringLiteral("summary,drivers"), QStringLiteral("--from"),
                                                     QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                                     QStringLiteral("2026-11-25"), QStringLiteral("--filter"),
                                                     QStringLiteral("team=support"), QStringLiteral("--currency"),
                                                     QStringLiteral("EUR"), QStringLiteral("--rate"),
                                                     QStringLiteral("0.9"), QStringLiteral("--rate-date"),
                                                     QStringLiteral("2026-11-20"), QStringLiteral("--organisation"),
                                                     QStringLiteral("Contoso  Research")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    QCOMPARE(j["sections"].size(), 2u);
    QCOMPARE(j["currency"].get<std::string>(), "EUR");
    if (poppler("pdftotext").isEmpty())
        QSKIP("poppler-utils is not installed");
    QVERIFY(run(poppler("pdfinfo"), {pdf}).contains(QStringLiteral("612 x 792 pts")));
    const QString text = run(poppler("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Top cost drivers")));
    QVERIFY(!text.contains(QStringLiteral("Computed vs billed")));
    QVERIFY(!text.contains(QStringLiteral("Budget status")));
    QVERIFY(text.contains(QStringLiteral("Team: support")));
    QVERIFY(text.contains(QStringLiteral("0.9 per USD")));
    QVERIFY(text.contains(QStringLiteral("€")));
    QVERIFY(text.contains(QStringLiteral("Contoso Research"))); // named, spaces tidied
    QVERIFY(!text.contains(QStringLiteral("Northwind Analytics")));
}

void TestCliReport::exportsWriteTheirFiles()
{
    const QString focus = m_dir.filePath(QStringLiteral("focus.csv"));
    auto r = test::runCli(base() + QStringList{QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--focus"),
                                               focus, QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                               QStringLiteral("--to"), QStringLiteral("2026-11-25")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    json j = json::parse(r.out.toStdString());
    QVERIFY(QFile::exists(focus));
    QVERIFY(QFile::exists(focus + QStringLiteral(".metadata.json")));
    const auto s = test::runCli(base() + QStringList{QStringLiteral("--json"), QStringLiteral("summary"),
                                                     QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                                     QStringLiteral("--to"), QStringLiteral("2026-11-25")});
    const json sj = json::parse(s.out.toStdString());
    QCOMPARE(j["effective_cost"].get<std::string>(), sj["cost"].get<std::string>());
    QCOMPARE(j["billed_cost"].get<std::string>(), sj["billed_cost"].get<std::string>());
    QCOMPARE(j["requests"].get<std::int64_t>(), sj["requests"].get<std::int64_t>());

    const QString csv = m_dir.filePath(QStringLiteral("raw.csv"));
    r = test::runCli(base() + QStringList{QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--csv"), csv,
                                          QStringLiteral("--filter"), QStringLiteral("provider=openai"),
                                          QStringLiteral("--from"), QStringLiteral("2026-11-25")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    j = json::parse(r.out.toStdString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(std::int64_t(lines.size() - 2), j["rows"].get<std::int64_t>()); // header and the final line end
    QVERIFY(lines.first().startsWith("record_key,start,"));
}

void TestCliReport::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no pdf") << QStringList{QStringLiteral("report")} << 2 << QStringLiteral("--pdf");
    QTest::newRow("paper") << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), QStringLiteral("x.pdf"),
                                          QStringLiteral("--paper"), QStringLiteral("a3")}
                           << 2 << QStringLiteral("a4 or letter");
    QTest::newRow("section") << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), QStringLiteral("x.pdf"),
                                            QStringLiteral("--sections"), QStringLiteral("budgetz")}
                             << 2 << QStringLiteral("budgetz");
    QTest::newRow("time zone") << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), QStringLiteral("x.pdf"),
                                              QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}
                               << 2 << QStringLiteral("Mars/Olympus");
    QTest::newRow("filter") << QStringList{QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("x.csv"),
                                           QStringLiteral("--filter"), QStringLiteral("colour=red")}
                            << 2 << QStringLiteral("colour=red");
    QTest::newRow("both formats") << QStringList{QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("a"),
                                                 QStringLiteral("--focus"), QStringLiteral("b")}
                                  << 2 << QStringLiteral("exactly one");
    QTest::newRow("missing scenario") << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"),
                                                     QStringLiteral("@DIR@/s.pdf"), QStringLiteral("--scenario"),
                                                     QStringLiteral("/nonexistent/plan.json")}
                                      << 1 << QStringLiteral("plan.json");
    QTest::newRow("unwritable") << QStringList{QStringLiteral("export"), QStringLiteral("--focus"),
                                               QStringLiteral("/nonexistent/dir/f.csv")}
                                << 1 << QStringLiteral("f.csv");
}

void TestCliReport::commandLineErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &a : args)
        a.replace(QStringLiteral("@DIR@"), m_dir.path());
    const auto r = test::runCli(base() + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
