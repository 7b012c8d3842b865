// Budgets in SQLite: storing, validating and editing budgets; spend per local day from the
// hourly rollups; alerts raised once and only once per budget, kind, threshold and period
// (also when the database is asked twice directly); acknowledge and snooze.
#include "TestSupport.h"
#include "budgets/AlertEngine.h"
#include "budgets/BudgetCheck.h"
#include "query/UsageQueries.h"
#include "store/FactStore.h"
#include "store/SqliteBudgetStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::budgets;

namespace {

Money usd(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

UsageFact fact(const QDateTime &start, const char *team, Money cost,
               std::optional<Money> billed = {})
{
    static int serial = 0;
    UsageFact f;
    f.recordKey = QStringLiteral("test:%1").arg(++serial);
    f.start = start.toSecsSinceEpoch();
    f.provider = QStringLiteral("openai");
    f.model = QStringLiteral("gpt-4o");
    f.modelFamily = QStringLiteral("gpt-4o");
    f.team = QString::fromLatin1(team);
    f.tokens.requests = 1;
    f.cost.output = cost;
    f.billedCost = billed;
    return f;
}

bool insert(store::Database &db, const QList<UsageFact> &facts)
{
    store::FactStore fs(db);
    auto batch = fs.beginBatch(QStringLiteral("test"), QStringLiteral("test"));
    if (!batch)
        return false;
    store::Transaction tx(db.connection());
    std::vector<UsageFact> v(facts.begin(), facts.end());
    if (!fs.insertFacts(*batch, v))
        return false;
    return tx.commit().ok() &&
           fs.finishBatch(*batch, QStringLiteral("done"), v.size(), v.size(), 0, 0).ok();
}

Budget budget(const char *name, const char *amount)
{
    Budget b;
    b.name = QString::fromLatin1(name);
    b.amount = usd(amount);
    return b;
}

} // namespace

Q_DECLARE_METATYPE(tl::budgets::Budget)

class TestBudgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void storeRoundTrip();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void duplicateNameRefused();
    void editRaisesRevisionOnlyForWatchedFields();
    void removeTakesItsAlerts();
    void localDaysFromHourlyRollups();
    void localDaysAcrossDstChanges();
    void scopeCombinesDimensions();
    void alertsAreNeverDuplicated();
    void uniquenessIsEnforcedInSql();
    void newRevisionAlertsAfresh();
    void forecastAlertOnlyBeforeActual();
    void disabledBudgetsRaiseNothing();
    void acknowledgeAndSnooze();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    int m_count = 0;
};

void TestBudgets::init()
{
    m_db = test::openTempDatabase(m_dir, QStringLiteral("b%1.db").arg(++m_count));
    QVERIFY(m_db);
}

void TestBudgets::storeRoundTrip()
{
    store::SqliteBudgetStore store(*m_db);
    Budget b = budget("Support", "1234.5");
    b.scope = {{Dimension::Team, QStringLiteral("support")},
               {Dimension::Provider, QStringLiteral("openai")}};
    b.period = BudgetPeriod::Custom;
    b.customFrom = QDate(2026, 11, 1);
    b.customTo = QDate(2027, 1, 31);
    b.currency = QStringLiteral("EUR");
    b.ratePerUsd = usd("0.92");
    b.thresholds = {25, 75, 120};
    b.spikePercent = 250;
    b.breachOnForecast = true;
    auto id = store.add(b);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    auto all = store.budgets();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    b.id = *id;
    QCOMPARE(all->first(), b);
    QCOMPARE(all->first().scopeText(), QStringLiteral("team = support, provider = openai"));
}

void TestBudgets::validationNamesTheField_data()
{
    QTest::addColumn<Budget>("b");
    QTest::addColumn<QString>("field");
    Budget negative = budget("A", "-5");
    QTest::newRow("negative amount") << negative << QStringLiteral("amount");
    QTest::newRow("zero amount") << budget("A", "0") << QStringLiteral("amount");
    QTest::newRow("no name") << budget(" ", "5") << QStringLiteral("name");
    Budget custom = budget("A", "5");
    custom.period = BudgetPeriod::Custom;
    custom.customFrom = QDate(2026, 12, 1);
    custom.customTo = QDate(2026, 11, 1);
    QTest::newRow("custom backwards") << custom << QStringLiteral("period");
    Budget noThresholds = budget("A", "5");
    noThresholds.thresholds.clear();
    QTest::newRow("no thresholds") << noThresholds << QStringLiteral("thresholds");
    Budget emptyValue = budget("A", "5");
    emptyValue.scope = {{Dimension::Team, QString()}};
    QTest::newRow("empty scope value") << emptyValue << QStringLiteral("scope");
    Budget badCurrency = budget("A", "5");
    badCurrency.currency = QStringLiteral("euro");
    QTest::newRow("bad currency") << badCurrency << QStringLiteral("currency");
}

void TestBudgets::validationNamesTheField()
{
    QFETCH(Budget, b);
    QFETCH(QString, field);
    store::SqliteBudgetStore store(*m_db);
    auto id = store.add(b);
    QVERIFY(!id.ok());
    QVERIFY2(id.errorMessage().startsWith(field + u':'), qPrintable(id.errorMessage()));
    QCOMPARE(store.budgets()->size(), 0);

    QString error;
    QVERIFY(!parseThresholds(QStringLiteral("50,abc"), &error));
    QVERIFY(error.contains(QStringLiteral("abc")));
    QVERIFY(!parseThresholds(QStringLiteral("50,50"), &error));
    QCOMPARE(*parseThresholds(QStringLiteral("100, 50 ,80%")), (QList<int>{50, 80, 100}));
    QVERIFY(!parseScopeTerm(QStringLiteral("colour=red"), &error));
    QVERIFY(error.contains(QStringLiteral("colour")));
    QCOMPARE(parseScopeTerm(QStringLiteral("project=proj_search"))->dimension, Dimension::Account);
}

void TestBudgets::duplicateNameRefused()
{
    store::SqliteBudgetStore store(*m_db);
    QVERIFY(store.add(budget("Org", "10")).ok());
    auto again = store.add(budget("Org", "20"));
    QVERIFY(!again.ok());
    QVERIFY(again.errorMessage().contains(QStringLiteral("exists")));
}

void TestBudgets::editRaisesRevisionOnlyForWatchedFields()
{
    store::SqliteBudgetStore store(*m_db);
    auto id = store.add(budget("Org", "10"));
    QVERIFY(id.ok());
    Budget b = store.budgets()->first();
    b.enabled = false;
    b.name = QStringLiteral("Organisation");
    QVERIFY(store.update(b).ok());
    QCOMPARE(store.budgets()->first().revision, 1);
    b.amount = usd("20");
    QVERIFY(store.update(b).ok());
    QCOMPARE(store.budgets()->first().revision, 2);
    QCOMPARE(store.budgets()->first().name, QStringLiteral("Organisation"));
    b.amount = usd("-1");
    QVERIFY(!store.update(b).ok());
    QCOMPARE(store.budgets()->first().amount, usd("20")); // nothing stored is lost
}

void TestBudgets::removeTakesItsAlerts()
{
    store::SqliteBudgetStore store(*m_db);
    auto id = store.add(budget("Org", "10"));
    QVERIFY(id.ok());
    Alert a;
    a.budgetId = *id;
    a.periodStart = QDate(2026, 11, 1);
    a.threshold = 50;
    a.raisedAt = utc(2026, 11, 5);
    QVERIFY(*store.insertAlert(a));
    QVERIFY(store.remove(*id).ok());
    QVERIFY(store.budgets()->isEmpty());
    QCOMPARE(*m_db->connection().queryInt("SELECT count(*) FROM budget_alert"), 0);
}

void TestBudgets::localDaysFromHourlyRollups()
{
    // 23:30 UTC on 30 November is 1 December in Berlin; 02:00 UTC on 1 December is still
    // 30 November in New York. Billed costs replace computed ones where reported.
    QVERIFY(insert(*m_db, {fact(utc(2026, 11, 30, 12), "support", usd("1")),
                           fact(utc(2026, 11, 30, 23, 30), "support", usd("2")),
                           fact(utc(2026, 12, 1, 2), "support", usd("4"), usd("3.5"))}));
    query::UsageQueries q(*m_db);
    const QDateTime from = utc(2026, 11, 29);
    const QDateTime to = utc(2026, 12, 3);
    auto berlin = localDailySpend(q, {}, from, to, QTimeZone("Europe/Berlin"));
    QVERIFY(berlin.ok());
    QCOMPARE(berlin->at(QDate(2026, 11, 30)).actual(), usd("1"));
    QCOMPARE(berlin->at(QDate(2026, 12, 1)).actual(), usd("5.5"));
    QCOMPARE(berlin->at(QDate(2026, 12, 1)).billedFacts, 1);
    auto ny = localDailySpend(q, {}, from, to, QTimeZone("America/New_York"));
    QVERIFY(ny.ok());
    QCOMPARE(ny->at(QDate(2026, 11, 30)).actual(), usd("6.5"));
    QVERIFY(!ny->count(QDate(2026, 12, 1)));
    // The upper end is exclusive: nothing at or after `to` counts.
    auto early = localDailySpend(q, {}, from, utc(2026, 11, 30, 23), QTimeZone::utc());
    QCOMPARE(early->at(QDate(2026, 11, 30)).actual(), usd("1"));
}

void TestBudgets::localDaysAcrossDstChanges()
{
    // Berlin: the 23-hour day of 29 March 2026 runs from 23:00 UTC the day before to 22:00 UTC;
    // the 25-hour day of 25 October from 22:00 UTC the day before to 23:00 UTC.
    QVERIFY(insert(*m_db, {fact(utc(2026, 3, 28, 23), "a", usd("1")), fact(utc(2026, 3, 29, 21), "a", usd("2")),
                           fact(utc(2026, 3, 29, 22), "a", usd("4")), fact(utc(2026, 10, 24, 22), "a", usd("8")),
                           fact(utc(2026, 10, 25, 22), "a", usd("16")), fact(utc(2026, 10, 25, 23), "a", usd("32"))}));
    query::UsageQueries q(*m_db);
    const QTimeZone berlin("Europe/Berlin");
    auto spring = localDailySpend(q, {}, utc(2026, 3, 27), utc(2026, 3, 31), berlin);
    QVERIFY(spring.ok());
    QCOMPARE(spring->at(QDate(2026, 3, 29)).actual(), usd("3"));
    QCOMPARE(spring->at(QDate(2026, 3, 30)).actual(), usd("4"));
    QVERIFY(!spring->count(QDate(2026, 3, 28)));
    auto autumn = localDailySpend(q, {}, utc(2026, 10, 23), utc(2026, 10, 27), berlin);
    QVERIFY(autumn.ok());
    QCOMPARE(autumn->at(QDate(2026, 10, 25)).actual(), usd("24"));
    QCOMPARE(autumn->at(QDate(2026, 10, 26)).actual(), usd("32"));
    QVERIFY(!autumn->count(QDate(2026, 10, 24)));
    // The day boundaries themselves.
    QCOMPARE(startOfLocalDay(QDate(2026, 3, 30), berlin).toUTC(), utc(2026, 3, 29, 22));
    QCOMPARE(startOfLocalDay(QDate(2026, 10, 26), berlin).toUTC(), utc(2026, 10, 25, 23));
}

void TestBudgets::scopeCombinesDimensions()
{
    QVERIFY(insert(*m_db, {fact(utc(2026, 11, 2, 10), "support", usd("1")),
                           fact(utc(2026, 11, 2, 11), "search", usd("2")),
                           fact(utc(2026, 11, 2, 12), "sales", usd("4"))}));
    Budget b = budget("Two teams", "100");
    b.scope = {{Dimension::Team, QStringLiteral("support")},
               {Dimension::Team, QStringLiteral("search")},
               {Dimension::Provider, QStringLiteral("openai")}};
    auto statuses = evaluateBudgets(*m_db, {b}, utc(2026, 11, 3), QTimeZone::utc());
    QVERIFY(statuses.ok());
    QCOMPARE(statuses->first().actual, usd("3"));
    b.scope << ScopeTerm{Dimension::Provider,
                         QStringLiteral("anthropic")}; // still OR within provider
    QCOMPARE(evaluateBudgets(*m_db, {b}, utc(2026, 11, 3), QTimeZone::utc())->first().actual,
             usd("3"));
    b.scope = {{Dimension::Provider, QStringLiteral("anthropic")}};
    QCOMPARE(evaluateBudgets(*m_db, {b}, utc(2026, 11, 3), QTimeZone::utc())->first().actual,
             Money());
}

void TestBudgets::alertsAreNeverDuplicated()
{
    QList<UsageFact> facts;
    for (QDate d(2026, 10, 1); d <= QDate(2026, 11, 15); d = d.addDays(1))
        facts << fact(QDateTime(d, QTime(12, 0), Qt::UTC), "support",
                      d == QDate(2026, 11, 10) ? usd("60") : usd("10"));
    QVERIFY(insert(*m_db, facts));
    store::SqliteBudgetStore store(*m_db);
    QVERIFY(store.add(budget("Org", "250")).ok());
    const QTimeZone zone = QTimeZone::utc();
    auto first = evaluateStoredBudgets(*m_db, utc(2026, 11, 16), zone);
    QVERIFY(first.ok());
    auto raised = AlertEngine::raise(store, *first, utc(2026, 11, 16));
    QVERIFY(raised.ok());
    // Actual 200 of 250 (80 %): actual 50 and 80; forecast (350) also crosses 100; a spike on the
    // 10th.
    QStringList kinds;
    for (const Alert &a : *raised)
        kinds << QStringLiteral("%1:%2").arg(alertKindKey(a.kind)).arg(a.threshold);
    QCOMPARE(kinds, (QStringList{QStringLiteral("actual:50"), QStringLiteral("actual:80"),
                                 QStringLiteral("forecast:100"), QStringLiteral("spike:300")}));
    // Every later evaluation in the period, however often, raises nothing new.
    for (int hour = 1; hour <= 5; ++hour) {
        auto again = evaluateStoredBudgets(*m_db, utc(2026, 11, 16, hour), zone);
        auto none = AlertEngine::raise(store, *again, utc(2026, 11, 16, hour));
        QVERIFY(none.ok());
        QCOMPARE(none->size(), 0);
    }
    QCOMPARE(store.alerts()->size(), 4);
    QCOMPARE(AlertEngine::mostSevere(*raised).threshold, 80);
    // Next month is another period: its crossings are new alerts.
    auto december = evaluateStoredBudgets(*m_db, utc(2026, 12, 31), zone);
    QVERIFY(december.ok());
    QCOMPARE(december->first().period.first, QDate(2026, 12, 1));
}

void TestBudgets::uniquenessIsEnforcedInSql()
{
    store::SqliteBudgetStore store(*m_db);
    auto id = store.add(budget("Org", "10"));
    QVERIFY(id.ok());
    Alert a;
    a.budgetId = *id;
    a.kind = AlertKind::Actual;
    a.threshold = 80;
    a.periodStart = QDate(2026, 11, 1);
    a.raisedAt = utc(2026, 11, 20);
    QCOMPARE(*store.insertAlert(a), true);
    Alert same = a;
    same.raisedAt = utc(2026, 11, 21);
    same.actual = usd("9");
    QCOMPARE(*store.insertAlert(same), false);
    // Even a plain INSERT cannot sneak a duplicate in.
    auto st = m_db->connection().prepare("INSERT INTO budget_alert (budget_id, budget_revision, "
                                         "kind, threshold, period_start, day, raised_at, "
                                         "actual, forecast, budget_amount) VALUES (?, 1, 'actual', "
                                         "80, '2026-11-01', '', 0, 0, 0, 0)");
    QVERIFY(st.ok());
    st->bindInt64(1, *id);
    QVERIFY(!st->exec().ok());
    Alert spike1 = a;
    spike1.kind = AlertKind::Spike;
    spike1.day = QDate(2026, 11, 3);
    Alert spike2 = spike1;
    spike2.day = QDate(2026, 11, 4);
    QCOMPARE(*store.insertAlert(spike1), true);
    QCOMPARE(*store.insertAlert(spike2), true); // another day, another spike
    QCOMPARE(*store.insertAlert(spike1), false);
    QCOMPARE(store.alerts()->size(), 3);
}

void TestBudgets::newRevisionAlertsAfresh()
{
    QVERIFY(insert(*m_db, {fact(utc(2026, 11, 2, 10), "support", usd("9"))}));
    store::SqliteBudgetStore store(*m_db);
    QVERIFY(store.add(budget("Org", "10")).ok());
    const QTimeZone zone = QTimeZone::utc();
    auto raise = [&] {
        // Late in the month, after a quiet week: the forecast adds nothing to the actual spend.
        auto s = evaluateStoredBudgets(*m_db, utc(2026, 11, 30, 23), zone);
        return AlertEngine::raise(store, *s, utc(2026, 11, 30, 23))->size();
    };
    QCOMPARE(raise(), 2); // 50 and 80
    QCOMPARE(raise(), 0);
    Budget b = store.budgets()->first();
    b.amount = usd("15"); // 9 of 15 = 60 %: a new limit, alerts afresh
    QVERIFY(store.update(b).ok());
    QCOMPARE(raise(), 1);
}

void TestBudgets::forecastAlertOnlyBeforeActual()
{
    BudgetStatus s;
    s.budget = budget("Org", "100");
    s.budget.id = 1;
    s.state = BudgetStatus::State::Running;
    s.period = {QDate(2026, 11, 1), QDate(2026, 11, 30)};
    s.crossedActual = {50};
    s.crossedForecast = {50, 80};
    const QList<Alert> c = AlertEngine::candidates(s, utc(2026, 11, 3));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].kind, AlertKind::Actual);
    QCOMPARE(c[1].kind, AlertKind::Forecast);
    QCOMPARE(c[1].threshold, 80);
    s.state = BudgetStatus::State::Ended; // an ended period has no forecast left
    QCOMPARE(AlertEngine::candidates(s, utc(2026, 12, 3)).size(), 1);
}

void TestBudgets::disabledBudgetsRaiseNothing()
{
    BudgetStatus s;
    s.budget = budget("Org", "100");
    s.budget.enabled = false;
    s.crossedActual = {50, 80, 100};
    QVERIFY(AlertEngine::candidates(s, utc(2026, 11, 3)).isEmpty());
}

void TestBudgets::acknowledgeAndSnooze()
{
    store::SqliteBudgetStore store(*m_db);
    auto id = store.add(budget("Org", "10"));
    Alert a;
    a.budgetId = *id;
    a.threshold = 50;
    a.periodStart = QDate(2026, 11, 1);
    a.raisedAt = utc(2026, 11, 5);
    QVERIFY(*store.insertAlert(a));
    QVERIFY(store.markNotified(a.id, utc(2026, 11, 5)).ok());
    QVERIFY(AlertEngine::dueReminders(store, utc(2026, 11, 6))->isEmpty());
    QVERIFY(store.snooze(a.id, utc(2026, 11, 7)).ok());
    QVERIFY(AlertEngine::dueReminders(store, utc(2026, 11, 6, 23))->isEmpty()); // still snoozed
    auto due = AlertEngine::dueReminders(store, utc(2026, 11, 7, 1));
    QCOMPARE(due->size(), 1);
    QVERIFY(store.markNotified(a.id, utc(2026, 11, 7, 1)).ok());
    QVERIFY(AlertEngine::dueReminders(store, utc(2026, 11, 8))->isEmpty()); // reminded once
    QVERIFY(store.snooze(a.id, utc(2026, 11, 9)).ok());
    QVERIFY(store.acknowledge(a.id, utc(2026, 11, 8)).ok());
    QVERIFY(AlertEngine::dueReminders(store, utc(2026, 11, 10))->isEmpty()); // acknowledged: done
    const Alert stored = store.alerts()->first();
    QVERIFY(stored.isAcknowledged());
    QCOMPARE(stored.snoozedUntil, utc(2026, 11, 9));
}

QTEST_GUILESS_MAIN(TestBudgets)
#include "tst_budgets.moc"
