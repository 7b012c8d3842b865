// tokenledger-cli budgets: add/list/remove, and check over the demo organisation — exit 3
// for a budget below its spend, 0 above it; the JSON agrees with the evaluator; alerts are
// recorded once; bad input is refused with a message naming the option.
#include "TestSupport.h"
#include "budgets/BudgetCheck.h"
#include "store/SqliteBudgetStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tl;
using json = nlohmann::json;

class TestCliBudgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void budgetBelowSpendExitsThree();
    void budgetAboveSpendExitsZero();
    void jsonMatchesTheEvaluator();
    void forecastBreachWhenConfigured();
    void checkRecordsAlertsOnce();
    void listAndRemove();
    void badInputNamesTheOption_data();
    void badInputNamesTheOption();

private:
    test::CliRun cli(QStringList args) const
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return test::runCli(args);
    }
    json checkJson(const QString &asOf = QStringLiteral("2026-11-26"),
                   int *exitCode = nullptr) const
    {
        const auto r = cli({QStringLiteral("budgets"), QStringLiteral("check"),
                            QStringLiteral("--json"), QStringLiteral("--as-of"), asOf,
                            QStringLiteral("--time-zone"), QStringLiteral("UTC")});
        if (exitCode)
            *exitCode = r.exitCode;
        return json::parse(r.out.toStdString());
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_db;
    int m_count = 0;
};

void TestCliBudgets::initTestCase()
{
    // The demo organisation, as `tokenledger-cli demo` writes it (90 days up to 26 November).
    m_template = m_dir.filePath(QStringLiteral("demo.db"));
    // The demo's usage only: these tests set up budgets of their own.
    const auto demo = test::runCli({QStringLiteral("--db"), m_template, QStringLiteral("demo"), QStringLiteral("--end"),
                                    QStringLiteral("2026-11-26"), QStringLiteral("--usage-only")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestCliBudgets::init()
{
    // Each test works on its own copy of the demo database.
    m_db = m_dir.filePath(QStringLiteral("t%1.db").arg(++m_count));
    QVERIFY(QFile::copy(m_template, m_db));
}

void TestCliBudgets::budgetBelowSpendExitsThree()
{
    auto add = cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Org"), QStringLiteral("--amount"), QStringLiteral("1000"),
                    QStringLiteral("--scope"), QStringLiteral("organisation")});
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.contains("Added budget 'Org'"));
    auto check =
        cli({QStringLiteral("budgets"), QStringLiteral("check"), QStringLiteral("--as-of"),
             QStringLiteral("2026-11-26"), QStringLiteral("--time-zone"), QStringLiteral("UTC")});
    QCOMPARE(check.exitCode, 3);
    QVERIFY(check.out.contains("BREACHED"));
}

void TestCliBudgets::budgetAboveSpendExitsZero()
{
    QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Org"), QStringLiteral("--amount"), QStringLiteral("1000000"),
                  QStringLiteral("--scope"), QStringLiteral("organisation")})
                 .exitCode,
             0);
    int exitCode = -1;
    const json j = checkJson(QStringLiteral("2026-11-26"), &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(j["breached"] == false);
    QCOMPARE(j["budgets"][0]["thresholds_crossed"].size(), 0u);
    QVERIFY(j["budgets"][0]["exhaustion_date"].is_null());
    // No budgets at all: nothing breached either.
    QCOMPARE(
        cli({QStringLiteral("budgets"), QStringLiteral("remove"), QStringLiteral("Org")}).exitCode,
        0);
    QCOMPARE(checkJson(QStringLiteral("2026-11-26"), &exitCode)["budgets"].size(), 0u);
    QCOMPARE(exitCode, 0);
}

void TestCliBudgets::jsonMatchesTheEvaluator()
{
    QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Support"), QStringLiteral("--amount"), QStringLiteral("1500"),
                  QStringLiteral("--scope"), QStringLiteral("team=support"),
                  QStringLiteral("--thresholds"), QStringLiteral("50,90")})
                 .exitCode,
             0);
    const json j = checkJson();
    QVERIFY(j["time_zone"] == "UTC");
    const json &b = j["budgets"][0];
    QVERIFY(b["name"] == "Support");

    auto db = store::Database::open(m_db);
    QVERIFY(db.ok());
    auto statuses = budgets::evaluateStoredBudgets(
        **db, QDateTime(QDate(2026, 11, 26), QTime(23, 59, 59), Qt::UTC), QTimeZone::utc());
    QVERIFY(statuses.ok());
    const budgets::BudgetStatus &s = statuses->first();
    QCOMPARE(QString::fromStdString(b["actual"]), s.actual.toDecimalString(2));
    QCOMPARE(QString::fromStdString(b["forecast"]), s.forecastTotal.toDecimalString(2));
    QCOMPARE(QString::fromStdString(b["actual_basis"]), budgets::spendBasisKey(s.basis));
    QVERIFY(s.actual > Money::fromUnits(750)); // the demo's support team spends more than half
    QVERIFY(b["thresholds_crossed"].size() >= 1u);
    QVERIFY(b["thresholds_crossed"][0] == 50);
    // The support chat bot's runaway day is a spike.
    QCOMPARE(b["spikes"].size(), 1u);
    QVERIFY(b["spikes"][0]["day"] == "2026-11-10");
    QVERIFY(Money::parse(QString::fromStdString(b["forecast_low"])) <=
            Money::parse(QString::fromStdString(b["forecast"])));
    QVERIFY(Money::parse(QString::fromStdString(b["forecast"])) <=
            Money::parse(QString::fromStdString(b["forecast_high"])));
}

void TestCliBudgets::forecastBreachWhenConfigured()
{
    // Below the month's forecast but above the spend so far: breached only when forecasts count.
    auto db = store::Database::open(m_db);
    auto statuses = budgets::evaluateBudgets(
        **db, {[] {
            budgets::Budget b;
            b.name = QStringLiteral("probe");
            b.amount = Money::fromUnits(1);
            return b;
        }()},
        QDateTime(QDate(2026, 11, 26), QTime(23, 59, 59), Qt::UTC), QTimeZone::utc());
    QVERIFY(statuses.ok());
    const Money actual = statuses->first().actual;
    const Money forecast = statuses->first().forecastTotal;
    const QString between = (actual + (forecast - actual).mulDiv(1, 2)).toRoundedString(2);
    db->reset();
    QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Org"), QStringLiteral("--amount"), between,
                  QStringLiteral("--scope"), QStringLiteral("organisation")})
                 .exitCode,
             0);
    int exitCode = -1;
    json j = checkJson(QStringLiteral("2026-11-26"), &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(j["budgets"][0]["forecast_thresholds_crossed"].back() == 100);
    QVERIFY(cli({QStringLiteral("budgets"), QStringLiteral("remove"), QStringLiteral("Org")})
                .exitCode == 0);
    QCOMPARE(
        cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Org"), QStringLiteral("--amount"), between, QStringLiteral("--scope"),
             QStringLiteral("organisation"), QStringLiteral("--breach-on-forecast")})
            .exitCode,
        0);
    j = checkJson(QStringLiteral("2026-11-26"), &exitCode);
    QCOMPARE(exitCode, 3);
    QVERIFY(j["budgets"][0]["breached"] == true);
}

void TestCliBudgets::checkRecordsAlertsOnce()
{
    QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Org"), QStringLiteral("--amount"), QStringLiteral("1000"),
                  QStringLiteral("--scope"), QStringLiteral("organisation")})
                 .exitCode,
             0);
    // Without --as-of, check evaluates now and records alerts; a second run adds none.
    const QStringList args{QStringLiteral("budgets"), QStringLiteral("check"),
                           QStringLiteral("--json")};
    const auto first = cli(args);
    QVERIFY(first.exitCode == 0 || first.exitCode == 3);
    const auto second = cli(args);
    QVERIFY(json::parse(second.out.toStdString())["new_alerts"] == 0);
    auto db = store::Database::open(m_db);
    QCOMPARE(store::SqliteBudgetStore(**db).alerts()->size(),
             qsizetype(json::parse(first.out.toStdString())["new_alerts"].get<int>()));
    // --as-of looks at another day and records nothing.
    const qsizetype before = store::SqliteBudgetStore(**db).alerts()->size();
    (void)checkJson(QStringLiteral("2026-11-20"));
    QCOMPARE(store::SqliteBudgetStore(**db).alerts()->size(), before);
}

void TestCliBudgets::listAndRemove()
{
    QCOMPARE(cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Q"), QStringLiteral("--amount"), QStringLiteral("920"),
                  QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--rate"),
                  QStringLiteral("0.92"), QStringLiteral("--period"), QStringLiteral("quarter"),
                  QStringLiteral("--scope"), QStringLiteral("provider=openai"),
                  QStringLiteral("--scope"), QStringLiteral("tag=use_case:rag-answers")})
                 .exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("budgets"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Launch"), QStringLiteral("--amount"), QStringLiteral("50"),
             QStringLiteral("--period"), QStringLiteral("custom"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-14"),
             QStringLiteral("--scope"), QStringLiteral("api_key=search-api")})
            .exitCode,
        0);
    auto list = cli({QStringLiteral("budgets"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    json j = json::parse(list.out.toStdString());
    QCOMPARE(j.size(), 2u);
    QVERIFY(j[0]["name"] == "Launch");
    QVERIFY(j[0]["to"] == "2026-11-14");
    QVERIFY(j[1]["currency"] == "EUR");
    QVERIFY(j[1]["rate_per_usd"] == "0.92");
    QCOMPARE(j[1]["scope"].size(), 2u);
    const json c = checkJson();
    QVERIFY(c["budgets"][0]["state"] == "ended");
    QVERIFY(c["budgets"][1]["period_start"] == "2026-10-01");
    auto rm = cli({QStringLiteral("budgets"), QStringLiteral("remove"), QStringLiteral("Launch")});
    QCOMPARE(rm.exitCode, 0);
    auto missing =
        cli({QStringLiteral("budgets"), QStringLiteral("remove"), QStringLiteral("Launch")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no budget named 'Launch'"));
    QCOMPARE(json::parse(
                 cli({QStringLiteral("budgets"), QStringLiteral("list"), QStringLiteral("--json")})
                     .out.toStdString())
                 .size(),
             1u);
}

void TestCliBudgets::badInputNamesTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("budgets"), QStringLiteral("add"),
                           QStringLiteral("--name"), QStringLiteral("X")};
    QTest::newRow("negative") << (base + QStringList{QStringLiteral("--amount"),
                                                     QStringLiteral("-5"),
                                                     QStringLiteral("--scope"),
                                                     QStringLiteral("organisation")})
                              << QStringLiteral("negative");
    QTest::newRow("no scope") << (base +
                                  QStringList{QStringLiteral("--amount"), QStringLiteral("5")})
                              << QStringLiteral("--scope organisation");
    QTest::newRow("bad scope") << (base + QStringList{QStringLiteral("--amount"),
                                                      QStringLiteral("5"),
                                                      QStringLiteral("--scope"),
                                                      QStringLiteral("colour=red")})
                               << QStringLiteral("colour");
    QTest::newRow("bad thresholds")
        << (base + QStringList{QStringLiteral("--amount"), QStringLiteral("5"),
                               QStringLiteral("--scope"), QStringLiteral("organisation"),
                               QStringLiteral("--thresholds"), QStringLiteral("50,x")})
        << QStringLiteral("thresholds");
    QTest::newRow("custom without dates")
        << (base + QStringList{QStringLiteral("--amount"), QStringLiteral("5"),
                               QStringLiteral("--scope"), QStringLiteral("organisation"),
                               QStringLiteral("--period"), QStringLiteral("custom")})
        << QStringLiteral("--from and --to");
    QTest::newRow("euro without rate")
        << (base + QStringList{QStringLiteral("--amount"), QStringLiteral("5"),
                               QStringLiteral("--scope"), QStringLiteral("organisation"),
                               QStringLiteral("--currency"), QStringLiteral("EUR")})
        << QStringLiteral("--rate");
    QTest::newRow("bad as-of") << QStringList{QStringLiteral("budgets"), QStringLiteral("check"),
                                              QStringLiteral("--as-of"),
                                              QStringLiteral("yesterday")}
                               << QStringLiteral("--as-of");
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("budgets"), QStringLiteral("frobnicate")}
        << QStringLiteral("frobnicate");
}

void TestCliBudgets::badInputNamesTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    auto db = store::Database::open(m_db);
    QCOMPARE(store::SqliteBudgetStore(**db).budgets()->size(), 0);
}

QTEST_GUILESS_MAIN(TestCliBudgets)
#include "tst_cli_budgets.moc"
