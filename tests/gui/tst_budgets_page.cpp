// The Budgets page offscreen: empty state, the dialog's validation (negative amounts, no
// chosen scope, bad thresholds, custom dates backwards), adding a budget, progress roles and
// the burn-up chart, acknowledge and snooze from the alert history, the keep-in-tray setting,
// and the main window opening a budget as a clicked notification does.
#include "MainWindow.h"
#include "services/AppServices.h"
#include "TestSupport.h"
#include "budgets/Clock.h"
#include "budgets/Notifier.h"
#include "dialogs/BudgetDialog.h"
#include "gui/DesktopIntegration.h"
#include "services/BudgetService.h"
#include "pages/BudgetsPage.h"
#include "store/FactStore.h"
#include "services/Session.h"
#include "widgets/BudgetBurnChart.h"
#include "widgets/MessageWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>

using namespace tl;

class TestBudgetsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateUntilTheFirstBudget();
    void dialogValidates_data();
    void dialogValidates();
    void dialogBuildsTheBudget();
    void mirroredSpendLimitKeepsTheProvidersTerms();
    void listChartAndAlerts();
    void keepInTraySetting();
    void mainWindowOpensABudget();
    void desktopIntegrationWiresNotifications();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<budgets::FixedClock> m_clock;
    std::unique_ptr<services::BudgetService> m_service;
    int m_count = 0;
};

void TestBudgetsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestBudgetsPage::init()
{
    m_db = test::openTempDatabase(m_dir, QStringLiteral("p%1.db").arg(++m_count));
    QVERIFY(m_db);
    std::vector<UsageFact> facts;
    for (QDate d(2026, 10, 1); d <= QDate(2026, 11, 15); d = d.addDays(1)) {
        UsageFact f;
        f.recordKey = QStringLiteral("p:%1").arg(d.toString(Qt::ISODate));
        f.start = QDateTime(d, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        f.provider = QStringLiteral("anthropic");
        f.model = f.modelFamily = QStringLiteral("claude-sonnet");
        f.team = QStringLiteral("support");
        f.tokens.requests = 1;
        f.cost.output = Money::fromUnits(d == QDate(2026, 11, 10) ? 80 : 10);
        facts.push_back(f);
    }
    store::FactStore fs(*m_db);
    auto batch = fs.beginBatch(QStringLiteral("test"), QStringLiteral("test"));
    store::Transaction tx(m_db->connection());
    QVERIFY(fs.insertFacts(*batch, facts).ok());
    QVERIFY(tx.commit().ok());
    m_clock =
        std::make_unique<budgets::FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC));
    m_service = std::make_unique<services::BudgetService>();
    m_service->setClock(m_clock.get());
    m_service->setTimeZone(QTimeZone::utc());
    m_service->setEvaluationInterval(0);
    m_service->setDatabase(m_db.get());
}

void TestBudgetsPage::cleanup()
{
    m_service.reset();
    m_db.reset();
}

void TestBudgetsPage::emptyStateUntilTheFirstBudget()
{
    ui::BudgetsPage page(m_service.get());
    page.show();
    auto *empty = page.findChild<QLabel *>(QStringLiteral("budgetsEmpty"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("editBudgetButton"))->isEnabled());
    budgets::Budget b;
    b.name = QStringLiteral("Support");
    b.amount = Money::fromUnits(100);
    QVERIFY(m_service->addBudget(b).ok());
    QVERIFY(!empty->isVisible());
    QCOMPARE(page.selectedBudget(), m_service->statuses().first().budget.id);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("editBudgetButton"))->isEnabled());
}

void TestBudgetsPage::dialogValidates_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<bool>("chooseScope");
    QTest::addColumn<QString>("thresholds");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<QString>("error");
    QTest::newRow("negative") << QStringLiteral("-10") << true << QStringLiteral("50,80,100")
                              << false << QStringLiteral("negative");
    QTest::newRow("not a number") << QStringLiteral("lots") << true << QStringLiteral("50") << false
                                  << QStringLiteral("Amount");
    QTest::newRow("no scope chosen") << QStringLiteral("10") << false << QStringLiteral("50")
                                     << false << QStringLiteral("Scope");
    QTest::newRow("bad thresholds") << QStringLiteral("10") << true << QStringLiteral("50,eighty")
                                    << false << QStringLiteral("eighty");
    QTest::newRow("custom backwards")
        << QStringLiteral("10") << true << QStringLiteral("50") << true << QStringLiteral("before");
}

void TestBudgetsPage::dialogValidates()
{
    QFETCH(QString, amount);
    QFETCH(bool, chooseScope);
    QFETCH(QString, thresholds);
    QFETCH(bool, backwards);
    QFETCH(QString, error);
    ui::BudgetDialog dialog(
        budgets::Budget{}, true, [](Dimension) { return QStringList{QStringLiteral("support")}; },
        DisplayCurrency{});
    dialog.findChild<QLineEdit *>(QStringLiteral("budgetName"))->setText(QStringLiteral("X"));
    dialog.findChild<QLineEdit *>(QStringLiteral("budgetAmount"))->setText(amount);
    dialog.findChild<QLineEdit *>(QStringLiteral("budgetThresholds"))->setText(thresholds);
    QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("scopeOrganisation"))
                 ->isChecked()); // no silent default
    if (chooseScope)
        dialog.findChild<QRadioButton *>(QStringLiteral("scopeOrganisation"))->setChecked(true);
    if (backwards) {
        auto *period = dialog.findChild<QComboBox *>(QStringLiteral("budgetPeriod"));
        period->setCurrentIndex(period->findData(int(budgets::BudgetPeriod::Custom)));
        dialog.findChild<QDateEdit *>(QStringLiteral("budgetFrom"))->setDate(QDate(2026, 12, 1));
        dialog.findChild<QDateEdit *>(QStringLiteral("budgetTo"))->setDate(QDate(2026, 11, 1));
    }
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible()); // refused
    const QString shown = dialog.findChild<ui::MessageWidget *>(QStringLiteral("budgetError"))->text();
    QVERIFY2(shown.contains(error), qPrintable(shown));
}

void TestBudgetsPage::dialogBuildsTheBudget()
{
    ui::BudgetDialog dialog(
        budgets::Budget{}, true, [](Dimension) { return QStringList{QStringLiteral("support")}; },
        *DisplayCurrency::create(QStringLiteral("EUR"), {}, QStringLiteral("0.9"),
                                 QDate(2026, 11, 1)));
    dialog.findChild<QLineEdit *>(QStringLiteral("budgetName"))
        ->setText(QStringLiteral("Support in euro"));
    dialog.findChild<QLineEdit *>(QStringLiteral("budgetAmount"))->setText(QStringLiteral("900"));
    dialog.findChild<QComboBox *>(QStringLiteral("budgetCurrency"))
        ->setCurrentText(QStringLiteral("EUR"));
    auto *dim = dialog.findChild<QComboBox *>(QStringLiteral("scopeDimension"));
    dim->setCurrentIndex(dim->findData(int(Dimension::Team)));
    dialog.findChild<QComboBox *>(QStringLiteral("scopeValue"))
        ->setCurrentText(QStringLiteral("support"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("scopeAdd")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("scopeFiltered"))->isChecked());
    QVERIFY2(dialog.validateForm().isEmpty(), qPrintable(dialog.validateForm()));
    const budgets::Budget b = dialog.budget();
    QCOMPARE(b.currency, QStringLiteral("EUR"));
    QCOMPARE(b.ratePerUsd, *Money::parse(u"0.9"));
    QCOMPARE(b.amountUsd(), Money::fromUnits(1000));
    QCOMPARE(b.scope, (QList<budgets::ScopeTerm>{{Dimension::Team, QStringLiteral("support")}}));
    QCOMPARE(b.thresholds, (QList<int>{50, 80, 100}));
}

// A budget that mirrors OpenAI's spend limit: the dialog says so, and only the analyst's own
// rules (spike alert, forecast breach, on/off) can change; the provider's terms come back as
// they were.
void TestBudgetsPage::mirroredSpendLimitKeepsTheProvidersTerms()
{
    budgets::Budget mirrored;
    mirrored.id = 7;
    mirrored.name = QStringLiteral("OpenAI spend limit: organisation");
    mirrored.amount = Money::fromUnits(5000);
    mirrored.thresholds = {30, 80, 100};
    mirrored.origin = QStringLiteral("openai:1:organization");
    ui::BudgetDialog dialog(mirrored, false, [](Dimension) { return QStringList{}; },
                            *DisplayCurrency::create(QStringLiteral("USD"), {}, QStringLiteral("1"), QDate(2026, 11, 1)));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("budgetFromProvider"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("OpenAI")));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("budgetAmount"));
    QVERIFY(!amount->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("budgetName"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("scopeAdd"))->isEnabled());
    auto *spike = dialog.findChildren<QSpinBox *>().value(0);
    QVERIFY(spike && spike->isEnabled());
    spike->setValue(0);
    QVERIFY2(dialog.validateForm().isEmpty(), qPrintable(dialog.validateForm()));
    const budgets::Budget b = dialog.budget();
    QCOMPARE(b.amount, Money::fromUnits(5000));
    QCOMPARE(b.thresholds, (QList<int>{30, 80, 100}));
    QCOMPARE(b.origin, mirrored.origin);
    QCOMPARE(b.spikePercent, 0);

    // A plain budget has no such note.
    ui::BudgetDialog own(budgets::Budget{}, true, [](Dimension) { return QStringList{}; },
                         *DisplayCurrency::create(QStringLiteral("USD"), {}, QStringLiteral("1"), QDate(2026, 11, 1)));
    QVERIFY(!own.findChild<QLabel *>(QStringLiteral("budgetFromProvider")));
    QVERIFY(own.findChild<QLineEdit *>(QStringLiteral("budgetAmount"))->isEnabled());
}

void TestBudgetsPage::listChartAndAlerts()
{
    budgets::Budget org;
    org.name = QStringLiteral("Organisation");
    org.amount = Money::fromUnits(1000);
    budgets::Budget support = org;
    support.name = QStringLiteral("Support");
    support.amount = Money::fromUnits(150); // $220 spent: breached, and the 10th is a spike
    support.scope = {{Dimension::Team, QStringLiteral("support")}};
    QVERIFY(m_service->addBudget(org).ok());
    QVERIFY(m_service->addBudget(support).ok());
    ui::BudgetsPage page(m_service.get());
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("budgetTable"));
    QCOMPARE(table->model()->rowCount(), 2); // overlapping budgets, both shown
    const qint64 supportId = m_service->statuses().at(1).budget.id;
    page.selectBudget(supportId);
    QCOMPARE(page.selectedBudget(), supportId);
    auto *chart = page.findChild<ui::BudgetBurnChart *>(QStringLiteral("budgetBurnChart"));
    QVERIFY(chart->seriesNames().contains(QStringLiteral("Spent")));
    QVERIFY(chart->seriesNames().contains(QStringLiteral("Forecast")));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("budgetBurnCaption"))
                ->text()
                .contains(QStringLiteral("Spike")));
    QVERIFY(!page.grab().isNull());

    auto *alerts = page.findChild<QTableView *>(QStringLiteral("alertTable"));
    QVERIFY(alerts->model()->rowCount() >= 4);
    auto *ack = page.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    QVERIFY(!ack->isEnabled());
    alerts->setCurrentIndex(alerts->model()->index(0, 0));
    QVERIFY(ack->isEnabled());
    const qint64 alertId =
        alerts->model()->index(0, 0).data(itemmodels::AlertHistoryModel::AlertIdRole).toLongLong();
    QTest::mouseClick(ack, Qt::LeftButton);
    int row = -1;
    for (int r = 0; r < alerts->model()->rowCount(); ++r)
        if (alerts->model()
                ->index(r, 0)
                .data(itemmodels::AlertHistoryModel::AlertIdRole)
                .toLongLong() == alertId)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(
        alerts->model()->index(row, itemmodels::AlertHistoryModel::StateColumn).data().toString(),
        QStringLiteral("Acknowledged"));
}

void TestBudgetsPage::keepInTraySetting()
{
    ui::BudgetsPage page(m_service.get());
    auto *keep = page.findChild<QCheckBox *>(QStringLiteral("keepInTrayCheck"));
    QVERIFY(keep);
    QVERIFY(!keep->isChecked()); // off by default
    keep->setChecked(true);
    QCOMPARE(QSettings().value(QLatin1String(ui::BudgetsPage::kKeepInTrayKey)).toBool(), true);
    keep->setChecked(false);
    QCOMPARE(QSettings().value(QLatin1String(ui::BudgetsPage::kKeepInTrayKey)).toBool(), false);
}

void TestBudgetsPage::mainWindowOpensABudget()
{
    m_service.reset();
    const QString path = m_db->path();
    m_db.reset();
    services::Session session;
    QVERIFY(session.open(path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    budgets::Budget b;
    b.name = QStringLiteral("Opened from a notification");
    b.amount = Money::fromUnits(5);
    QVERIFY(w.budgetService()->addBudget(b).ok());
    // The window evaluates in the background.
    QTRY_VERIFY_WITH_TIMEOUT(!w.budgetService()->isBusy() && !w.budgetService()->statuses().isEmpty(), tl::test::kSlowMachineMs);
    const qint64 id = w.budgetService()->statuses().first().budget.id;
    w.showPage(ui::MainWindow::Dashboard);
    w.openBudget(id);
    QCOMPARE(w.currentPage(), ui::MainWindow::Budgets);
    QCOMPARE(w.budgetsPage()->selectedBudget(), id);
}

void TestBudgetsPage::desktopIntegrationWiresNotifications()
{
    m_service.reset();
    const QString path = m_db->path();
    m_db.reset();
    services::Session session;
    QVERIFY(session.open(path).ok());
    auto services = test::appServices(session);
    ui::MainWindow w(services.get());
    w.show();
    budgets::Budget b;
    b.name = QStringLiteral("Clicked");
    b.amount = Money::fromUnits(5);
    QVERIFY(w.budgetService()->addBudget(b).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!w.budgetService()->isBusy() && !w.budgetService()->statuses().isEmpty(), tl::test::kSlowMachineMs);
    const qint64 id = w.budgetService()->statuses().first().budget.id;
    {
        app::DesktopIntegration desktop(&w);
        QVERIFY(w.budgetService()->notifier()); // freedesktop first, the tray where there is one
        QCOMPARE(desktop.tray() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
        w.showPage(ui::MainWindow::Dashboard);
        // A click on a notification of the budget.
        Q_EMIT w.budgetService()->notifier()->activated(id);
        QCOMPARE(w.currentPage(), ui::MainWindow::Budgets);
        QCOMPARE(w.budgetsPage()->selectedBudget(), id);
        // Keeping the app in the tray needs a tray: without one, closing the window quits.
        QSettings().setValue(QLatin1String(ui::BudgetsPage::kKeepInTrayKey), true);
        QCloseEvent close;
        QApplication::sendEvent(&w, &close);
        QCOMPARE(QApplication::quitOnLastWindowClosed(), !desktop.tray());
        QSettings().remove(QLatin1String(ui::BudgetsPage::kKeepInTrayKey));
    }
    QVERIFY(!w.budgetService()->notifier()); // unhooked when the integration goes
}

QTEST_MAIN(TestBudgetsPage)
#include "tst_budgets_page.moc"
