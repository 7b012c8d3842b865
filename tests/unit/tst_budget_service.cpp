// The budget service: evaluation on demand with an injected clock, notifications through the
// Notifier interface (a recording fake), one notification per budget and evaluation, no
// repeats, reminders after a snooze, nothing after acknowledge, the status bar when no
// notifier can deliver, and both item models checked by QAbstractItemModelTester.
#include "TestSupport.h"
#include "budgets/Clock.h"
#include "budgets/Notifier.h"
#include "services/BudgetService.h"
#include "store/FactStore.h"
#include "store/SqliteBudgetStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace tl;
using namespace tl::budgets;
using tl::services::BudgetService;

namespace {

class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    bool available = true;
    QList<Notification> sent;
    bool isAvailable() const override { return available; }
    bool notify(const Notification &n) override
    {
        sent << n;
        return true;
    }
    QString name() const override { return QStringLiteral("recording"); }
    void click(qint64 budgetId) { Q_EMIT activated(budgetId); }
};

QDateTime utc(int y, int mo, int d, int h = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), Qt::UTC);
}

} // namespace

class TestBudgetService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void notifiesOncePerBudgetAndNeverRepeats();
    void snoozeRemindsOnceAcknowledgeSilences();
    void acknowledgingTheHighestThresholdAcknowledgesTheLowerOnes();
    void withoutNotifierTheStatusBarTells();
    void clickingANotificationActivatesTheBudget();
    void modelsShowBudgetsAndAlerts();
    void editAndRemove();
    void mostSevereNotificationComesLast();
    void backgroundEvaluationMatchesSynchronous();

private:
    void addBudget(const char *name, int amount, const QList<ScopeTerm> &scope = {});

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RecordingNotifier> m_notifier;
    std::unique_ptr<BudgetService> m_service;
    int m_count = 0;
};

void TestBudgetService::init()
{
    m_db = test::openTempDatabase(m_dir, QStringLiteral("s%1.db").arg(++m_count));
    QVERIFY(m_db);
    // $10 a day for the support team and $5 for search since 1 October.
    std::vector<UsageFact> facts;
    int n = 0;
    for (QDate d(2026, 10, 1); d <= QDate(2026, 11, 15); d = d.addDays(1)) {
        for (const char *team : {"support", "search"}) {
            UsageFact f;
            f.recordKey = QStringLiteral("t:%1").arg(++n);
            f.start = QDateTime(d, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
            f.provider = QStringLiteral("openai");
            f.model = f.modelFamily = QStringLiteral("gpt-4o");
            f.team = QString::fromLatin1(team);
            f.tokens.requests = 1;
            f.cost.output = Money::fromUnits(team[1] == 'u' ? 10 : 5);
            facts.push_back(f);
        }
    }
    store::FactStore fs(*m_db);
    auto batch = fs.beginBatch(QStringLiteral("test"), QStringLiteral("test"));
    QVERIFY(batch.ok());
    store::Transaction tx(m_db->connection());
    QVERIFY(fs.insertFacts(*batch, facts).ok());
    QVERIFY(tx.commit().ok());

    m_clock = std::make_unique<FixedClock>(utc(2026, 11, 16, 9));
    m_notifier = std::make_unique<RecordingNotifier>();
    m_service = std::make_unique<BudgetService>();
    m_service->setClock(m_clock.get());
    m_service->setTimeZone(QTimeZone::utc());
    m_service->setNotifier(m_notifier.get());
    m_service->setEvaluationInterval(0);
    new QAbstractItemModelTester(m_service->budgetList(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_service.get());
    new QAbstractItemModelTester(m_service->alertHistory(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_service.get());
    m_service->setDatabase(m_db.get());
}

void TestBudgetService::cleanup()
{
    m_service.reset();
    m_notifier.reset();
    m_db.reset();
}

void TestBudgetService::addBudget(const char *name, int amount, const QList<ScopeTerm> &scope)
{
    Budget b;
    b.name = QString::fromLatin1(name);
    b.amount = Money::fromUnits(amount);
    b.scope = scope;
    const Status s = m_service->addBudget(b);
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
}

void TestBudgetService::notifiesOncePerBudgetAndNeverRepeats()
{
    QSignalSpy raised(m_service.get(), &BudgetService::alertsRaised);
    // Support: $150 of $100 spent — 50, 80 and 100 % crossed: three alerts, one notification.
    addBudget("Support", 100, {{Dimension::Team, QStringLiteral("support")}});
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.first().first().toInt(), 3);
    QCOMPARE(m_notifier->sent.size(), 1);
    const Notification n = m_notifier->sent.first();
    QVERIFY(n.title.contains(QStringLiteral("Support")));
    QVERIFY(n.title.contains(QStringLiteral("100")));
    QVERIFY(n.body.contains(QStringLiteral("2 more alert")));
    QVERIFY(n.urgent);
    // Overlapping budget on the whole organisation ($225 of $800): no threshold yet, but
    // the forecast (about $444) crosses 50 %.
    addBudget("Org", 800);
    QCOMPARE(m_notifier->sent.size(), 2);
    QVERIFY(m_notifier->sent.last().title.contains(QStringLiteral("forecast")));
    // Later evaluations the same period, however many: nothing new.
    for (int h = 10; h < 20; ++h) {
        m_clock->set(utc(2026, 11, 16, h));
        m_service->evaluateNow();
    }
    QCOMPARE(m_notifier->sent.size(), 2);
    QCOMPARE(m_service->alertHistory()->rowCount(), 4);
}

void TestBudgetService::snoozeRemindsOnceAcknowledgeSilences()
{
    addBudget("Support", 100, {{Dimension::Team, QStringLiteral("support")}});
    QCOMPARE(m_notifier->sent.size(), 1);
    const qint64 alertId = m_notifier->sent.first().alertId;
    QVERIFY(m_service->snooze(alertId, 60).ok());
    m_clock->set(utc(2026, 11, 16, 9).addSecs(30 * 60));
    m_service->evaluateNow();
    QCOMPARE(m_notifier->sent.size(), 1); // still snoozed
    m_clock->set(utc(2026, 11, 16, 11));
    m_service->evaluateNow();
    QCOMPARE(m_notifier->sent.size(), 2); // reminded
    QCOMPARE(m_notifier->sent.last().alertId, alertId);
    m_service->evaluateNow();
    QCOMPARE(m_notifier->sent.size(), 2); // once
    QVERIFY(m_service->snooze(alertId, 60).ok());
    QVERIFY(m_service->acknowledge(alertId).ok());
    m_clock->set(utc(2026, 11, 16, 14));
    m_service->evaluateNow();
    QCOMPARE(m_notifier->sent.size(), 2);
    const int row = [&] {
        for (int r = 0; r < m_service->alertHistory()->rowCount(); ++r)
            if (m_service->alertHistory()
                    ->index(r, 0)
                    .data(itemmodels::AlertHistoryModel::AlertIdRole)
                    .toLongLong() == alertId)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    QCOMPARE(m_service->alertHistory()
                 ->index(row, itemmodels::AlertHistoryModel::StateColumn)
                 .data()
                 .toString(),
             QStringLiteral("Acknowledged"));
}

void TestBudgetService::acknowledgingTheHighestThresholdAcknowledgesTheLowerOnes()
{
    addBudget("Support", 100, {{Dimension::Team, QStringLiteral("support")}});
    auto before = store::SqliteBudgetStore(*m_db).alerts();
    QVERIFY(before.ok());
    // One evaluation crossed several thresholds of one kind at once.
    std::map<std::pair<int, QDate>, QList<Alert>> byKind;
    for (const Alert &a : std::as_const(*before))
        if (a.kind != AlertKind::Spike)
            byKind[{int(a.kind), a.periodStart}] << a;
    const auto group = std::max_element(byKind.begin(), byKind.end(),
                                        [](const auto &x, const auto &y) { return x.second.size() < y.second.size(); });
    QVERIFY(group != byKind.end());
    QVERIFY2(group->second.size() >= 2, "the budget should cross two thresholds of one kind");
    const Alert highest = *std::max_element(group->second.begin(), group->second.end(),
                                            [](const Alert &x, const Alert &y) { return x.threshold < y.threshold; });
    const Alert lowest = *std::min_element(group->second.begin(), group->second.end(),
                                           [](const Alert &x, const Alert &y) { return x.threshold < y.threshold; });

    // Acknowledging a lower one leaves the higher ones open.
    QVERIFY(m_service->acknowledge(lowest.id).ok());
    auto mid = store::SqliteBudgetStore(*m_db).alerts();
    for (const Alert &a : std::as_const(*mid))
        if (a.id == highest.id)
            QVERIFY(!a.isAcknowledged());

    QVERIFY(m_service->acknowledge(highest.id).ok());
    auto after = store::SqliteBudgetStore(*m_db).alerts();
    QVERIFY(after.ok());
    for (const Alert &a : std::as_const(*after)) {
        const bool sameEvent = a.budgetId == highest.budgetId && a.kind == highest.kind
                               && a.periodStart == highest.periodStart && a.threshold <= highest.threshold;
        QCOMPARE(a.isAcknowledged(), sameEvent);
    }
}

void TestBudgetService::withoutNotifierTheStatusBarTells()
{
    m_notifier->available = false;
    QSignalSpy status(m_service.get(), &BudgetService::statusMessage);
    addBudget("Support", 100, {{Dimension::Team, QStringLiteral("support")}});
    QCOMPARE(m_notifier->sent.size(), 0);
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(QStringLiteral("Support")));
    QCOMPARE(m_service->alertHistory()->rowCount(), 3);
    // No notifier yet (the app is starting): alerts wait in the history, and are handed over
    // once a notifier is set.
    m_service->setNotifier(nullptr);
    addBudget("Search", 50, {{Dimension::Team, QStringLiteral("search")}});
    QCOMPARE(status.size(), 1);
    QCOMPARE(m_service->alertHistory()->rowCount(), 6);
    m_notifier->available = true;
    m_service->setNotifier(m_notifier.get());
    m_service->evaluateNow();
    QCOMPARE(m_notifier->sent.size(), 1);
    QVERIFY(m_notifier->sent.first().title.contains(QStringLiteral("Search")));
    QCOMPARE(status.size(), 2);
}

void TestBudgetService::clickingANotificationActivatesTheBudget()
{
    addBudget("Support", 100, {{Dimension::Team, QStringLiteral("support")}});
    QSignalSpy activated(m_service.get(), &BudgetService::budgetActivated);
    m_notifier->click(m_notifier->sent.first().budgetId);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), m_notifier->sent.first().budgetId);
    QCOMPARE(m_service->budgetList()->rowOfBudget(activated.first().first().toLongLong()), 0);
}

void TestBudgetService::modelsShowBudgetsAndAlerts()
{
    addBudget("Support", 100, {{Dimension::Team, QStringLiteral("support")}});
    addBudget("Search", 1000, {{Dimension::Team, QStringLiteral("search")}});
    auto *list = m_service->budgetList();
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->index(0, itemmodels::BudgetListModel::NameColumn).data().toString(),
             QStringLiteral("Search"));
    QCOMPARE(list->index(1, 0).data(itemmodels::BudgetListModel::PerMilleUsedRole).toInt(), 1500);
    QCOMPARE(list->index(0, 0).data(itemmodels::BudgetListModel::PerMilleUsedRole).toInt(), 75);
    QCOMPARE(list->index(1, 0).data(itemmodels::BudgetListModel::ThresholdsRole).toList().size(),
             3);
    QVERIFY(list->index(1, 0).data(itemmodels::BudgetListModel::BreachedRole).toBool());
    QVERIFY(list->index(1, itemmodels::BudgetListModel::ActualColumn)
                .data()
                .toString()
                .contains(QStringLiteral("150.00")));
    QVERIFY(
        list->index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("computed")));
    auto *history = m_service->alertHistory();
    QCOMPARE(history->rowCount(), 3);
    QVERIFY(history->index(0, itemmodels::AlertHistoryModel::FiguresColumn)
                .data()
                .toString()
                .contains(QStringLiteral("$")));
    QCOMPARE(history->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Time"));
}

void TestBudgetService::editAndRemove()
{
    addBudget("Support", 100, {{Dimension::Team, QStringLiteral("support")}});
    Budget b = m_service->statuses().first().budget;
    b.amount = Money::fromUnits(-1);
    QVERIFY(!m_service->updateBudget(b).ok());
    b.amount = Money::fromUnits(10000);
    QVERIFY(m_service->updateBudget(b).ok());
    QCOMPARE(m_service->statuses().first().budget.amount, Money::fromUnits(10000));
    QVERIFY(m_service->removeBudget(b.id).ok());
    QCOMPARE(m_service->budgetList()->rowCount(), 0);
    QCOMPARE(m_service->alertHistory()->rowCount(), 0);
    QVERIFY(m_service->dimensionValues(Dimension::Team).contains(QStringLiteral("support")));
}

void TestBudgetService::mostSevereNotificationComesLast()
{
    // Three budgets raise alerts in one evaluation (the notifier arrives after they were
    // added): the exhausted one is notified last, so it stays on top and in the status bar.
    m_service->setNotifier(nullptr);
    addBudget("A spent", 100, {{Dimension::Team, QStringLiteral("support")}}); // 150 %
    addBudget("B half", 140, {{Dimension::Team, QStringLiteral("search")}});   // 75 / 140 = 53 %
    addBudget("C forecast", 700);                                              // forecast only
    QSignalSpy status(m_service.get(), &BudgetService::statusMessage);
    m_service->setNotifier(m_notifier.get());
    m_service->evaluateNow();
    QCOMPARE(m_notifier->sent.size(), 3);
    QVERIFY(m_notifier->sent.last().title.contains(QStringLiteral("A spent")));
    QVERIFY(m_notifier->sent.last().urgent);
    QVERIFY(status.last().first().toString().contains(QStringLiteral("A spent")));
}

void TestBudgetService::backgroundEvaluationMatchesSynchronous()
{
    addBudget("Support", 100, {{Dimension::Team, QStringLiteral("support")}});
    addBudget("Org", 800);
    const auto synchronous = m_service->statuses();
    const int sent = int(m_notifier->sent.size());
    m_service->setMode(BudgetService::Mode::Background);
    QSignalSpy evaluated(m_service.get(), &BudgetService::evaluated);
    m_service->evaluateNow();
    m_service->evaluateNow(); // asked again while running: runs once more afterwards
    QVERIFY(m_service->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(evaluated.size(), 2, tl::test::kSlowMachineMs);
    QVERIFY(!m_service->isBusy());
    QCOMPARE(m_service->statuses().size(), synchronous.size());
    for (int i = 0; i < synchronous.size(); ++i) {
        QCOMPARE(m_service->statuses()[i].actual, synchronous[i].actual);
        QCOMPARE(m_service->statuses()[i].forecastTotal, synchronous[i].forecastTotal);
    }
    QCOMPARE(int(m_notifier->sent.size()), sent); // nothing notified twice
    // Switching the database while an evaluation runs discards the old result.
    m_service->evaluateNow();
    m_service->setDatabase(nullptr);
    QCOMPARE(m_service->budgetList()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_service->isBusy(), tl::test::kSlowMachineMs);
    QCOMPARE(m_service->budgetList()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestBudgetService)
#include "tst_budget_service.moc"
