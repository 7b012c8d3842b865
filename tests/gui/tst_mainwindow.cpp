// The main window offscreen: dashboard figures equal `tokenledger-cli summary`, controls update
// them, the demo badge and the empty start work, and the window remembers its geometry.
#include "TestSupport.h"
#include "MainWindow.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "services/AppServices.h"
#include "demo/DemoOrganisation.h"
#include "services/DashboardService.h"
#include "pages/DashboardPage.h"
#include "pages/SavingsPage.h"
#include "pages/EmptyStatePage.h"
#include "services/Session.h"
#include "services/WhatIfService.h"
#include "widgets/GettingStartedPanel.h"
#include "widgets/KpiCard.h"
#include "widgets/SpendChart.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <nlohmann/json.hpp>

using namespace tl;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dashboardTotalEqualsCliSummary();
    void periodAndStackControlsUpdate();
    void navigationReachesEveryPage();
    void startEmptyDatabaseShowsEmptyState();
    void geometryIsRemembered();
    void helpShowsTheBuiltInGuideAndTheShortcuts();
    void savingsLeadToTheDemoPlan();

private:
    Money cliCost(const QDate &from, const QDate &to);

    QTemporaryDir m_dir;
    QString m_path;
    QDate m_today;
};

// Help ▸ User guide (F1) shows the documentation built into the program, links between the
// documents keep the list in step, and Help ▸ Keyboard shortcuts lists the menus' shortcuts.
void TestMainWindow::helpShowsTheBuiltInGuideAndTheShortcuts()
{
    services::Session session;
    QVERIFY(session.open(m_path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction *guide = nullptr;
    for (QAction *a : w.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
            guide = a;
    QVERIFY(guide);
    guide->trigger();
    auto *help = w.findChild<ui::HelpDialog *>();
    QVERIFY(help);
    auto *browser = help->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QVERIFY(browser);
    QCOMPARE(help->currentDocument(), QStringLiteral("user-guide.md"));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("TokenLedger user guide")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("The Budgets page")));
    // Every document is built in and readable.
    for (const QString &doc : ui::HelpDialog::documents()) {
        help->showDocument(doc);
        QCOMPARE(help->currentDocument(), doc);
        QVERIFY2(browser->toPlainText().size() > 2000, qPrintable(doc));
    }
    help->close();

    ui::ShortcutsDialog shortcuts(w.menuBar(), &w);
    auto *table = shortcuts.findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
    QVERIFY(table);
    QStringList commands;
    for (int r = 0; r < table->rowCount(); ++r)
        commands << table->item(r, 0)->text() + QStringLiteral(" = ") + table->item(r, 1)->text();
    const QString all = commands.join(u'\n');
    QVERIFY2(all.contains(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText) + QStringLiteral(" = File")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Help ▸ User guide")), qPrintable(all));
    QVERIFY(shortcuts.rowCount() >= 8);
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("gui.db"));
    m_today = QDateTime::currentDateTimeUtc().date();
    // The demo as the GUI creates it on first start.
    services::Session session;
    QVERIFY(session.openWithDemoOnFirstStart(m_path).ok());
    QVERIFY(session.isDemo());
}

Money TestMainWindow::cliCost(const QDate &from, const QDate &to)
{
    const auto r = test::runCli({QStringLiteral("--db"), m_path, QStringLiteral("summary"), QStringLiteral("--json"),
                                 QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                                 to.toString(Qt::ISODate)});
    if (r.exitCode != 0)
        qWarning() << r.err;
    const auto j = nlohmann::json::parse(r.out.toStdString());
    return *Money::parse(QString::fromStdString(j["cost"].get<std::string>()));
}

void TestMainWindow::dashboardTotalEqualsCliSummary()
{
    services::Session session;
    QVERIFY(session.open(m_path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *service = w.dashboardService();
    const auto period = service->period();
    QCOMPARE(period.to, m_today);
    const Money expected = cliCost(period.from, period.to);
    QVERIFY(!expected.isZero());
    auto *card = w.dashboardPage()->kpiCard(itemmodels::KpiModel::Spend);
    QVERIFY(card);
    QCOMPARE(card->valueText(), expected.toDisplayString(QLocale()));
    QCOMPARE(service->kpis()->index(0).data(itemmodels::KpiModel::RawValueRole).toString(),
             expected.toDecimalString());
    auto *badge = w.findChild<QToolButton *>(QStringLiteral("demoBadge"));
    QVERIFY(badge && badge->isVisible());
    QVERIFY(w.windowTitle().contains(QStringLiteral("demo")));
}

void TestMainWindow::periodAndStackControlsUpdate()
{
    services::Session session;
    QVERIFY(session.open(m_path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    auto *periodCombo = w.findChild<QComboBox *>(QStringLiteral("periodCombo"));
    auto *stackCombo = w.findChild<QComboBox *>(QStringLiteral("stackByCombo"));
    auto *chart = w.findChild<ui::SpendChart *>(QStringLiteral("spendChart"));
    QVERIFY(periodCombo && stackCombo && chart);
    auto *card = w.dashboardPage()->kpiCard(itemmodels::KpiModel::Spend);
    const QString before = card->valueText();

    // Keyboard: focus the period box and pick "Last 7 days".
    periodCombo->setFocus();
    const int idx = periodCombo->findData(int(query::PeriodPreset::Last7Days));
    QVERIFY(idx >= 0);
    periodCombo->setCurrentIndex(idx);
    const auto period = w.dashboardService()->period();
    QCOMPARE(period.days(), 7);
    QCOMPARE(card->valueText(), cliCost(period.from, period.to).toDisplayString(QLocale()));
    QVERIFY(card->valueText() != before);
    QCOMPARE(w.dashboardService()->spendOverTime()->rowCount(), 7);

    QCOMPARE(chart->seriesCount(), 3); // providers
    stackCombo->setCurrentIndex(stackCombo->findData(int(Dimension::Team)));
    QCOMPARE(chart->seriesCount(), 5); // teams
    QCOMPARE(w.dashboardService()->stackDimension(), Dimension::Team);
}

void TestMainWindow::navigationReachesEveryPage()
{
    services::Session session;
    QVERIFY(session.open(m_path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), int(ui::MainWindow::PageCount));
    nav->setFocus();
    nav->setCurrentRow(0);
    for (int i = 1; i < ui::MainWindow::PageCount; ++i) {
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(int(w.currentPage()), i);
    }
    // Every page is a real page: none of the stacked pages is a placeholder.
    auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(stack);
    QCOMPARE(stack->count(), int(ui::MainWindow::PageCount));
    for (int i = 0; i < stack->count(); ++i)
        QVERIFY2(!qobject_cast<ui::EmptyStatePage *>(stack->widget(i)), qPrintable(nav->item(i)->text()));
}

void TestMainWindow::startEmptyDatabaseShowsEmptyState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.db"));
    services::Session session;
    QVERIFY(session.openWithDemoOnFirstStart(path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    auto *badge = w.findChild<QToolButton *>(QStringLiteral("demoBadge"));
    QVERIFY(badge->isVisible());
    w.startEmptyDatabase(false);
    // The tool bar hides the badge when it next lays itself out.
    QTRY_VERIFY_WITH_TIMEOUT(!badge->isVisible(), tl::test::kSlowMachineMs);
    QVERIFY(!w.dashboardService()->hasData());
    auto *card = w.dashboardPage()->kpiCard(itemmodels::KpiModel::Spend);
    QCOMPARE(card->valueText(), QStringLiteral("—"));
    // Instead of figures, the three ways in, each one click away.
    ui::GettingStartedPanel *start = w.dashboardPage()->gettingStarted();
    QTRY_VERIFY_WITH_TIMEOUT(start->isVisible(), tl::test::kSlowMachineMs);
    for (const char *button : {"startImport", "startConnect", "startOpen"})
        QVERIFY2(start->findChild<QPushButton *>(QLatin1String(button))->isVisible(), button);
    // The guide link opens the user guide at its "Getting your own data in" section.
    auto *links = start->findChild<QLabel *>(QStringLiteral("gettingStartedLinks"));
    Q_EMIT links->linkActivated(QStringLiteral("guide"));
    auto *help = w.findChild<ui::HelpDialog *>();
    QVERIFY(help);
    QCOMPARE(help->currentDocument(), QStringLiteral("user-guide.md"));
    auto *browser = help->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QCOMPARE(browser->textCursor().block().text(), QStringLiteral("Getting your own data in"));
    help->close();
    // The empty database stays empty on the next start (no demo forced on it).
    services::Session again;
    QVERIFY(again.openWithDemoOnFirstStart(path).ok());
    QVERIFY(!again.isDemo());
    // The demo link fills it with the demo organisation, and the figures replace the panel.
    Q_EMIT links->linkActivated(QStringLiteral("demo"));
    QVERIFY(session.isDemo());
    QTRY_VERIFY_WITH_TIMEOUT(!start->isVisible(), tl::test::kSlowMachineMs);
    QTRY_VERIFY_WITH_TIMEOUT(card->valueText() != QStringLiteral("—"), tl::test::kSlowMachineMs);
}

void TestMainWindow::geometryIsRemembered()
{
    services::Session session;
    QVERIFY(session.open(m_path).ok());
    {
        auto services = test::appServices(session);
        ui::MainWindow w(services.get());
        w.show();
        w.resize(1010, 700);
        w.showPage(ui::MainWindow::Sources);
        QVERIFY(w.close());
    }
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    QCOMPARE(w.size(), QSize(1010, 700));
    QCOMPARE(w.currentPage(), ui::MainWindow::Sources);
}

// The demo's findings lead to its savings plan: the Savings page offers it, and the link opens
// it on the What-if page.
void TestMainWindow::savingsLeadToTheDemoPlan()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("plan.db"));
    QVERIFY(QFile::copy(m_path, copy));
    services::Session session;
    QVERIFY(session.open(copy).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    w.showPage(ui::MainWindow::Savings);
    auto *plan = w.savingsPage()->findChild<QLabel *>(QStringLiteral("savingsPlan"));
    QVERIFY(plan && plan->isVisible());
    const QString name = services->whatIf()->exampleNames().value(0);
    QVERIFY(!name.isEmpty());
    QVERIFY(plan->text().contains(name.toHtmlEscaped()));
    services->whatIf()->newScenario();
    Q_EMIT plan->linkActivated(QStringLiteral("plan"));
    QCOMPARE(w.currentPage(), ui::MainWindow::WhatIf);
    QCOMPARE(services->whatIf()->settings().name, name);

    // An empty database brings no plan.
    w.startEmptyDatabase(false);
    QVERIFY(!plan->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
