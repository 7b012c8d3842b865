// Real desktop notifications: a notification sent through the freedesktop service on the
// session bus is accepted by the server (it returns an id > 0), also when the budget service
// raises it for a budget below the organisation's spend. Run by CTest inside its own
// dbus-run-session with dunst on Xvfb (tests/support/with-notification-daemon.sh); without a
// session bus or a notification service the checks skip with a message.
#include "TestSupport.h"
#include "budgets/Clock.h"
#include "gui/FreedesktopNotifier.h"
#include "services/BudgetService.h"
#include "store/FactStore.h"

#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

class TestDesktopNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverAcceptsANotification();
    void budgetBelowSpendRaisesARealNotification();
    void clickingTheNotificationActivatesTheBudget();
    void noSessionBusFallsBackQuietly();

private:
    bool requireService();
    std::unique_ptr<app::FreedesktopNotifier> m_notifier;
};

// QSKIP needs to be called from the test function itself; this reports whether to go on.
bool TestDesktopNotifications::requireService()
{
    m_notifier.reset();
    if (!QDBusConnection::sessionBus().isConnected())
        return false;
    m_notifier = std::make_unique<app::FreedesktopNotifier>();
    // The daemon may still be starting: give it a few seconds to take its name.
    return QTest::qWaitFor([&] { return m_notifier->isAvailable(); }, 8000);
}

#define REQUIRE_NOTIFICATION_SERVICE()                                                             \
    if (!requireService())                                                                         \
    QSKIP(                                                                                         \
        "No D-Bus session bus or no notification service (org.freedesktop.Notifications) here; "   \
        "run under dbus-run-session with dunst (see tests/support/with-notification-daemon.sh).")

void TestDesktopNotifications::serverAcceptsANotification()
{
    REQUIRE_NOTIFICATION_SERVICE();
    qInfo() << "notification server:" << m_notifier->serverInformation();
    QVERIFY(!m_notifier->serverInformation().isEmpty());
    budgets::Notification n;
    n.budgetId = 7;
    n.title = QStringLiteral("Budget “Test” reached 80 %");
    n.body = QStringLiteral("Spent $80.00 of $100.00 & <counting>");
    QVERIFY2(m_notifier->notify(n), qPrintable(m_notifier->lastError()));
    QVERIFY(m_notifier->lastId() > 0);
    const uint first = m_notifier->lastId();
    QVERIFY(m_notifier->notify(n));
    QVERIFY(m_notifier->lastId() != first); // a new notification, not a replacement
}

void TestDesktopNotifications::budgetBelowSpendRaisesARealNotification()
{
    REQUIRE_NOTIFICATION_SERVICE();
    QTemporaryDir dir;
    auto db = test::openTempDatabase(dir);
    QVERIFY(db);
    std::vector<UsageFact> facts;
    for (int day = 1; day <= 20; ++day) {
        UsageFact f;
        f.recordKey = QStringLiteral("n:%1").arg(day);
        f.start = QDateTime(QDate(2026, 11, day), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
        f.provider = QStringLiteral("openai");
        f.model = f.modelFamily = QStringLiteral("gpt-4o");
        f.tokens.requests = 1;
        f.cost.output = Money::fromUnits(25);
        facts.push_back(f);
    }
    store::FactStore fs(*db);
    auto batch = fs.beginBatch(QStringLiteral("test"), QStringLiteral("test"));
    QVERIFY(batch.ok());
    store::Transaction tx(db->connection());
    QVERIFY(fs.insertFacts(*batch, facts).ok());
    QVERIFY(tx.commit().ok());

    budgets::FixedClock clock(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    services::BudgetService service;
    service.setClock(&clock);
    service.setTimeZone(QTimeZone::utc());
    service.setEvaluationInterval(0);
    service.setNotifier(m_notifier.get());
    service.setDatabase(db.get());
    budgets::Budget b;
    b.name = QStringLiteral("Organisation");
    b.amount = Money::fromUnits(400); // $500 spent
    QVERIFY(service.addBudget(b).ok());
    QVERIFY2(m_notifier->lastId() > 0, qPrintable(m_notifier->lastError()));
    const uint id = m_notifier->lastId();
    service.evaluateNow();
    QCOMPARE(m_notifier->lastId(), id); // nothing sent twice
}

void TestDesktopNotifications::clickingTheNotificationActivatesTheBudget()
{
    REQUIRE_NOTIFICATION_SERVICE();
    const QString dunstctl = QStandardPaths::findExecutable(QStringLiteral("dunstctl"));
    if (dunstctl.isEmpty() || !m_notifier->serverInformation().startsWith(QStringLiteral("dunst")))
        QSKIP("Invoking a notification's action needs dunst and dunstctl.");
    // Close what earlier tests left on screen, so that ours is the first one.
    QCOMPARE(QProcess::execute(dunstctl, {QStringLiteral("close-all")}), 0);
    budgets::Notification n;
    n.budgetId = 42;
    n.title = QStringLiteral("Budget “Clicked” reached 100 %");
    n.body = QStringLiteral("Spent $10.00 of $10.00");
    QVERIFY(m_notifier->notify(n));
    QTest::qWait(300); // let the daemon show it
    QSignalSpy activated(m_notifier.get(), &budgets::Notifier::activated);
    // What a click does: the server invokes the notification's default action.
    QCOMPARE(QProcess::execute(dunstctl, {QStringLiteral("action"), QStringLiteral("0")}), 0);
    QVERIFY(activated.wait(tl::test::kSlowMachineMs));
    QCOMPARE(activated.first().first().toLongLong(), 42);
}

void TestDesktopNotifications::noSessionBusFallsBackQuietly()
{
    app::FreedesktopNotifier offline(QDBusConnection(QStringLiteral("not-connected")));
    QVERIFY(!offline.isAvailable());
    budgets::Notification n;
    n.title = QStringLiteral("x");
    QVERIFY(!offline.notify(n));
    QVERIFY(!offline.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestDesktopNotifications)
#include "tst_desktop_notifications.moc"
