// The export dialog offscreen: preview pages from the same renderer as the command line, the
// PDF it writes matching `tokenledger-cli report` for the same choices, the File menu's
// actions, and background exports with progress and cancel.
#include "TestSupport.h"
#include "MainWindow.h"
#include "services/AppServices.h"
#include "demo/DemoOrganisation.h"
#include "dialogs/ReportDialog.h"
#include "report/ReportJobs.h"
#include "services/Session.h"
#include "store/SqliteBudgetStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tl;
using tl::ui::ReportDialog;

class TestReportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void previewShowsThePages();
    void writtenPdfMatchesTheCommandLine();
    void sectionsAndPaperChangeTheReport();
    void fileMenuOffersTheExports();
    void backgroundExportReportsProgressAndCancels();

private:
    ReportDialog *makeDialog(QWidget *parent = nullptr);
    QTemporaryDir m_dir;
    QString m_path;
    const QDate m_from{2026, 10, 28};
    const QDate m_to{2026, 11, 25};
    const QString m_scenario = QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/scenarios/full.json");
};


void TestReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("dialog.db"));
    auto db = store::Database::open(m_path);
    QVERIFY(db.ok());
    demo::DemoOptions o;
    o.lastDay = QDate(2026, 11, 26);
    QVERIFY(demo::DemoOrganisation::load(**db, o).ok());
    budgets::Budget support;
    support.name = QStringLiteral("Support team");
    support.scope = {{Dimension::Team, QStringLiteral("support")}};
    support.amount = Money::fromUnits(1500);
    QVERIFY(store::SqliteBudgetStore(**db).add(support).ok());
}

ReportDialog *TestReportDialog::makeDialog(QWidget *parent)
{
    auto *d = new ReportDialog(m_path, parent);
    d->setToday(QDate(2026, 11, 26));
    d->setPeriod(m_from, m_to);
    d->addScenarioFile(m_scenario);
    return d;
}

void TestReportDialog::previewShowsThePages()
{
    std::unique_ptr<ReportDialog> d(makeDialog());
    d->show();
    QCOMPARE(d->findChild<QDateEdit *>(QStringLiteral("reportFrom"))->date(), m_from);
    QSignalSpy ready(d.get(), &ReportDialog::previewReady);
    d->preview();
    QVERIFY(ready.wait(60000));
    const int pages = ready.first().first().toInt();
    QVERIFY(pages >= 6);
    auto *list = d->findChild<QListWidget *>(QStringLiteral("reportPreview"));
    QCOMPARE(list->count(), pages);
    QVERIFY(!list->item(0)->icon().isNull());
    QCOMPARE(list->item(pages - 1)->text(), QStringLiteral("Page %1 of %1").arg(pages));
}

void TestReportDialog::writtenPdfMatchesTheCommandLine()
{
    std::unique_ptr<ReportDialog> d(makeDialog());
    const QString pdf = m_dir.filePath(QStringLiteral("gui.pdf"));
    QSignalSpy written(d.get(), &ReportDialog::pdfWritten);
    d->writePdf(pdf);
    QVERIFY(written.wait(60000));
    QVERIFY(QFile::exists(pdf));
    QVERIFY(QFile(pdf).size() > 10000);

    const auto r = test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("--json"), QStringLiteral("report"),
                                 QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("cli.pdf")),
                                 QStringLiteral("--from"), m_from.toString(Qt::ISODate), QStringLiteral("--to"),
                                 m_to.toString(Qt::ISODate), QStringLiteral("--scenario"), m_scenario});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto j = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(d->lastWrittenPageCount(), j["pages"].get<int>());
    QCOMPARE(written.first().at(1).toInt(), j["pages"].get<int>());
}

void TestReportDialog::sectionsAndPaperChangeTheReport()
{
    std::unique_ptr<ReportDialog> d(makeDialog());
    d->setSectionChecked(report::Section::Scenarios, false);
    d->setSectionChecked(report::Section::Charts, false);
    d->setSectionChecked(report::Section::Savings, false);
    d->setPaper(report::Paper::Letter);
    // An offered (unticked) scenario is not part of the report; ticking it includes it.
    d->addScenarioFile(QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/scenarios/manual.json"), false);
    d->addScenarioFile(m_scenario); // already listed: not twice
    auto *list = d->findChild<QListWidget *>(QStringLiteral("reportScenarios"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(d->request().scenarioFiles, QStringList{m_scenario});
    list->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(d->request().scenarioFiles.size(), 2);
    const report::ReportRequest r = d->request();
    QVERIFY(!r.has(report::Section::Scenarios));
    QVERIFY(!r.has(report::Section::Savings));
    QVERIFY(r.has(report::Section::Summary));
    QCOMPARE(r.paper, report::Paper::Letter);
    QCOMPARE(r.from, m_from);
    QSignalSpy ready(d.get(), &ReportDialog::previewReady);
    d->preview();
    QVERIFY(ready.wait(60000));
    // The title page, then summary, drivers, reconciliation and budgets flowing over two pages
    // (a section starts a page of its own only when too little of the current one is left).
    const int withBudgets = ready.first().first().toInt();
    QCOMPARE(withBudgets, 3);

    // Budget status is one of the sections offered, ticked by default.
    auto *budgetsBox = d->findChild<QCheckBox *>(QStringLiteral("section-budgets"));
    QVERIFY(budgetsBox);
    QVERIFY(budgetsBox->isChecked());
    QCOMPARE(budgetsBox->text(), QStringLiteral("Budget status"));
    QVERIFY(d->request().has(report::Section::Budgets));
    d->setSectionChecked(report::Section::Budgets, false);
    QVERIFY(!budgetsBox->isChecked());
    QVERIFY(!d->request().has(report::Section::Budgets));
    ready.clear();
    d->preview();
    QVERIFY(ready.wait(60000));
    QVERIFY(ready.first().first().toInt() <= withBudgets);
    QVERIFY(ready.first().first().toInt() >= 2);

    // The dashboard's filters are the default, and can be switched off.
    query::UsageFilter f;
    f.add(Dimension::Team, QStringLiteral("support"));
    d->setFilter(f);
    QCOMPARE(d->request().filter.equals.value(Dimension::Team), QStringList{QStringLiteral("support")});
    const auto boxes = d->findChildren<QCheckBox *>();
    for (QCheckBox *b : boxes)
        if (b->text().contains(QStringLiteral("filters")))
            b->setChecked(false);
    QVERIFY(d->request().filter.equals.isEmpty());

    // The organisation's name goes on the title page, spaces tidied.
    d->setOrganisation(QStringLiteral("  Contoso   Research "));
    QCOMPARE(d->request().organisation, QStringLiteral("Contoso Research"));
    QVERIFY(d->findChild<QLineEdit *>(QStringLiteral("reportOrganisation")));
}

void TestReportDialog::fileMenuOffersTheExports()
{
    services::Session session;
    QVERIFY(session.open(m_path).ok());
    auto services = test::appServices(session);
    ui::MainWindow window(services.get());
    for (const char *name : {"exportReportAction", "exportFocusAction", "exportCsvAction"}) {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(a, name);
        QVERIFY(a->isEnabled());
    }
}

void TestReportDialog::backgroundExportReportsProgressAndCancels()
{
    report::ReportJobs jobs;
    jobs.setDatabasePath(m_path);
    QSignalSpy finished(&jobs, &report::ReportJobs::exportFinished);
    QSignalSpy progress(&jobs, &report::ReportJobs::progress);
    const QString path = m_dir.filePath(QStringLiteral("focus.csv"));
    QVERIFY(jobs.exportData(report::ReportJobs::ExportKind::Focus, path, query::UsageFilter{}));
    QVERIFY(!jobs.exportData(report::ReportJobs::ExportKind::RawCsv, path, query::UsageFilter{})); // one at a time
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(1).toLongLong() > 0);
    QVERIFY(progress.count() > 0);
    QVERIFY(QFile::exists(path));

    QSignalSpy failed(&jobs, &report::ReportJobs::failed);
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QVERIFY(jobs.exportData(report::ReportJobs::ExportKind::RawCsv, cancelled, query::UsageFilter{}));
    jobs.cancel();
    QVERIFY(failed.wait(60000) || failed.count() == 1);
    QVERIFY(!QFile::exists(cancelled));
}

QTEST_MAIN(TestReportDialog)
#include "tst_report_dialog.moc"
