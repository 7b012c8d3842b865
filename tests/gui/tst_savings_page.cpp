// The Savings page offscreen in the main window: the finder runs when the page is first shown,
// the ranked list holds each opportunity and a Together row for a workload with several, the
// total counts each workload once, "Open in What-if" shows the same saving in the planner and
// "Show records" opens Explore on the workload; traffic without an opportunity says so.
#include "TestSupport.h"

#include "MainWindow.h"
#include "itemmodels/OpportunityModel.h"
#include "pages/SavingsPage.h"
#include "services/AppServices.h"
#include "services/SavingsService.h"
#include "services/Session.h"
#include "services/WhatIfService.h"
#include "store/Database.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tl;

namespace {

QList<UsageFact> nightly(const char *team, const char *model, const char *provider, int hour, std::int64_t requests,
                         std::int64_t input, std::int64_t output)
{
    QList<UsageFact> out;
    for (QDate d(2026, 10, 1); d <= QDate(2026, 10, 30); d = d.addDays(1)) {
        UsageFact f;
        f.recordKey = QStringLiteral("%1:%2:%3").arg(QString::fromLatin1(team), d.toString(Qt::ISODate)).arg(hour);
        f.start = QDateTime(d, QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
        f.bucket = BucketWidth::Hour;
        f.provider = QString::fromLatin1(provider);
        f.model = QString::fromLatin1(model);
        f.modelFamily = f.model;
        f.team = QString::fromLatin1(team);
        f.tags = QStringLiteral("use_case:%1").arg(QString::fromLatin1(team));
        f.tokens.requests = requests;
        f.tokens.uncachedInput = input;
        f.tokens.output = output;
        out << f;
    }
    return out;
}

bool fill(const QString &path, const QList<UsageFact> &planted)
{
    auto db = store::Database::open(path);
    if (!db)
        return false;
    return test::storeFacts(**db, planted, QStringLiteral("savings")).ok();
}

} // namespace

class TestSavingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rankedListAndTotal();
    void openInWhatIfShowsTheSameSaving();
    void showRecordsOpensExplore();
    void noOpportunitySaysSo();

private:
    struct Window
    {
        std::unique_ptr<services::Session> session;
        std::unique_ptr<services::AppServices> services;
        std::unique_ptr<ui::MainWindow> window;
        ui::SavingsPage *page = nullptr;
        QTableView *table = nullptr;
    };
    Window openWindow(const QString &path);
    int rowOf(QTableView *table, const QString &workload, const QString &strategy);

    QTemporaryDir m_dir;
    QString m_path;
    Window m_w;
};

void TestSavingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("savings.db"));
    // A nightly job on gpt-4o (batch 75.00) and a nightly classifier on a premium model
    // (routing 57.75, batch 31.50, together 60.375).
    QVERIFY(fill(m_path, nightly("reports", "gpt-4o", "openai", 2, 1000, 1'000'000, 250'000)
                             + nightly("nightly-classify", "claude-sonnet-4-20250514", "anthropic", 3, 1000, 500'000,
                                       40'000)));
    m_w = openWindow(m_path);
    QVERIFY(m_w.page);
}

TestSavingsPage::Window TestSavingsPage::openWindow(const QString &path)
{
    Window w;
    w.session = std::make_unique<services::Session>();
    if (!w.session->open(path).ok())
        return w;
    w.services = test::appServices(*w.session);
    w.window = std::make_unique<ui::MainWindow>(w.services.get());
    w.window->resize(1400, 900);
    w.window->show();
    w.window->showPage(ui::MainWindow::Savings);
    w.page = w.window->findChild<ui::SavingsPage *>(QStringLiteral("savingsPage"));
    w.table = w.window->findChild<QTableView *>(QStringLiteral("savingsTable"));
    return w;
}

int TestSavingsPage::rowOf(QTableView *table, const QString &workload, const QString &strategy)
{
    auto *model = table->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, itemmodels::OpportunityModel::WorkloadColumn).data().toString() == workload
            && model->index(r, itemmodels::OpportunityModel::StrategyColumn).data().toString() == strategy)
            return r;
    return -1;
}

void TestSavingsPage::rankedListAndTotal()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_w.table->model()->rowCount(), 4, test::kSlowMachineMs);
    auto *model = m_w.table->model();
    // Ranked by what each workload saves: the job (75.00) before the classifier (60.375).
    QCOMPARE(model->index(0, itemmodels::OpportunityModel::WorkloadColumn).data().toString(),
             QStringLiteral("use_case:reports"));
    const int together = rowOf(m_w.table, QStringLiteral("use_case:nightly-classify"), QStringLiteral("Together"));
    QVERIFY(together > 0);
    QCOMPARE(model->index(together, itemmodels::OpportunityModel::SavingColumn)
                 .data(itemmodels::OpportunityModel::RawValueRole)
                 .toString(),
             QStringLiteral("60.375"));
    QVERIFY(model->index(together, 0).data(itemmodels::OpportunityModel::CountedRole).toBool());
    const int routing = rowOf(m_w.table, QStringLiteral("use_case:nightly-classify"), QStringLiteral("Routing"));
    QVERIFY(routing > 0);
    QVERIFY(!model->index(routing, 0).data(itemmodels::OpportunityModel::CountedRole).toBool());
    auto *total = m_w.window->findChild<QLabel *>(QStringLiteral("savingsTotal"));
    QVERIFY2(total->text().contains(QStringLiteral("135.38")), qPrintable(total->text()));
    // The first row is selected and its evidence shown.
    auto *details = m_w.window->findChild<QWidget *>(QStringLiteral("savingsDetails"));
    QVERIFY(details);
}

void TestSavingsPage::openInWhatIfShowsTheSameSaving()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_w.table->model()->rowCount(), 4, test::kSlowMachineMs);
    for (const QString &strategy : {QStringLiteral("Together"), QStringLiteral("Routing"), QStringLiteral("Batch")}) {
        const int row = rowOf(m_w.table, QStringLiteral("use_case:nightly-classify"), strategy);
        QVERIFY(row >= 0);
        m_w.window->showPage(ui::MainWindow::Savings);
        m_w.table->selectRow(row);
        const QString expected = m_w.table->model()
                                     ->index(row, itemmodels::OpportunityModel::SavingColumn)
                                     .data(itemmodels::OpportunityModel::RawValueRole)
                                     .toString();
        auto *open = m_w.window->findChild<QPushButton *>(QStringLiteral("savingsOpenWhatIf"));
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(m_w.window->currentPage(), ui::MainWindow::WhatIf);
        services::WhatIfService *whatIf = m_w.services->whatIf();
        QVERIFY(whatIf->result());
        QCOMPARE(whatIf->result()->totalSavings().nanos(), Money::parse(expected)->nanos());
        QCOMPARE(whatIf->settings().baseline.filters.value(Dimension::Tags),
                 QStringList{QStringLiteral("use_case:nightly-classify")});
    }
}

void TestSavingsPage::showRecordsOpensExplore()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_w.table->model()->rowCount(), 4, test::kSlowMachineMs);
    m_w.window->showPage(ui::MainWindow::Savings);
    m_w.table->selectRow(0);
    auto *records = m_w.window->findChild<QPushButton *>(QStringLiteral("savingsShowRecords"));
    QTest::mouseClick(records, Qt::LeftButton);
    QCOMPARE(m_w.window->currentPage(), ui::MainWindow::Explore);
}

void TestSavingsPage::noOpportunitySaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("quiet.db"));
    QList<UsageFact> quiet;
    for (int h = 8; h < 20; ++h)
        quiet += nightly("chat", "gpt-4o-mini", "openai", h, 50, 40'000, 6'000);
    QVERIFY(fill(path, quiet));
    Window w = openWindow(path);
    QVERIFY(w.page);
    auto *total = w.window->findChild<QLabel *>(QStringLiteral("savingsTotal"));
    QTRY_VERIFY_WITH_TIMEOUT(total->text().contains(QStringLiteral("No opportunity")), test::kSlowMachineMs);
    QCOMPARE(w.table->model()->rowCount(), 0);
}

QTEST_MAIN(TestSavingsPage)
#include "tst_savings_page.moc"
