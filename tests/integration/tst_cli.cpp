// tokenledger-cli as a user runs it: real process, real database file, JSON parsed back.
#include "TestSupport.h"
#include "query/UsageQueries.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tl;
using json = nlohmann::json;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoIsIdempotent();
    void summaryTotalsMatchStore();
    void summaryGroupsAddUp_data();
    void summaryGroupsAddUp();
    void summaryFiltersAndDates();
    void textOutput();
    void usageErrors_data();
    void usageErrors();
    void refusesForeignFile();
    void missingDatabase();
    void help();

private:
    QString m_db;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("demo"),
                                 QStringLiteral("--end"), QStringLiteral("2026-11-26")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    QCOMPARE(j["from"].get<std::string>(), std::string("2026-08-29"));
    QCOMPARE(j["to"].get<std::string>(), std::string("2026-11-26"));
    QVERIFY(j["records_added"].get<int>() > 15000);
}

void TestCli::demoIsIdempotent()
{
    const auto r = test::runCli({QStringLiteral("demo"), QStringLiteral("--end"), QStringLiteral("2026-11-26"),
                                 QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json::parse(r.out.toStdString())["records_added"].get<int>(), 0);
}

void TestCli::summaryTotalsMatchStore()
{
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("summary"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    auto db = store::Database::open(m_db);
    QVERIFY(db.ok());
    auto s = query::UsageQueries(**db).totalsFromFacts({});
    QVERIFY(s.ok());
    QCOMPARE(QString::fromStdString(j["cost"].get<std::string>()), s->cost.total().toDecimalString(2));
    QCOMPARE(QString::fromStdString(j["billed_cost"].get<std::string>()), s->billed.toDecimalString(2));
    QCOMPARE(j["requests"].get<std::int64_t>(), s->tokens.requests);
    QCOMPARE(j["input_tokens"].get<std::int64_t>(), s->tokens.uncachedInput);
    QCOMPARE(j["cache_read_tokens"].get<std::int64_t>(), s->tokens.cacheRead);
    QCOMPARE(j["cache_write_tokens"].get<std::int64_t>(), s->tokens.cacheWrite());
    QCOMPARE(j["output_tokens"].get<std::int64_t>(), s->tokens.output);
    QCOMPARE(j["currency"].get<std::string>(), std::string("USD"));
    QVERIFY(j["cost"].is_string());
    QVERIFY(j["groups"].is_array() && j["groups"].empty());
}

void TestCli::summaryGroupsAddUp_data()
{
    QTest::addColumn<QString>("groupBy");
    QTest::addColumn<int>("expectedGroups");
    QTest::newRow("model") << "model" << 9;
    QTest::newRow("provider") << "provider" << 3;
    QTest::newRow("team") << "team" << 5;
    QTest::newRow("team,provider") << "team,provider" << 10;
    QTest::newRow("tier") << "tier" << 2;
}

void TestCli::summaryGroupsAddUp()
{
    QFETCH(QString, groupBy);
    QFETCH(int, expectedGroups);
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("summary"), QStringLiteral("--json"),
                                 QStringLiteral("--group-by"), groupBy});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    QCOMPARE(int(j["groups"].size()), expectedGroups);
    Money sum;
    std::int64_t requests = 0;
    for (const auto &g : j["groups"]) {
        sum += *Money::parse(QString::fromStdString(g["cost"].get<std::string>()));
        requests += g["requests"].get<std::int64_t>();
        for (const QString &d : groupBy.split(u','))
            QVERIFY(g["key"].contains(d.toStdString()));
    }
    QCOMPARE(sum, *Money::parse(QString::fromStdString(j["cost"].get<std::string>())));
    QCOMPARE(requests, j["requests"].get<std::int64_t>());
}

void TestCli::summaryFiltersAndDates()
{
    const auto all = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("summary"), QStringLiteral("--json"),
                                   QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-11-26"), QStringLiteral("--group-by"), QStringLiteral("team")});
    QCOMPARE(all.exitCode, 0);
    const json ja = json::parse(all.out.toStdString());
    QCOMPARE(ja["from"].get<std::string>(), std::string("2026-11-01"));
    std::string supportCost;
    for (const auto &g : ja["groups"])
        if (g["key"]["team"] == "support")
            supportCost = g["cost"].get<std::string>();
    QVERIFY(!supportCost.empty());

    const auto one = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("summary"), QStringLiteral("--json"),
                                   QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-11-26"), QStringLiteral("--filter"), QStringLiteral("team=support")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(json::parse(one.out.toStdString())["cost"].get<std::string>(), supportCost);

    // Two values of one dimension are alternatives.
    const auto two = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("summary"), QStringLiteral("--json"),
                                   QStringLiteral("--filter"), QStringLiteral("provider=openai"),
                                   QStringLiteral("--filter"), QStringLiteral("provider=bedrock"),
                                   QStringLiteral("--group-by"), QStringLiteral("provider")});
    QCOMPARE(two.exitCode, 0);
    QCOMPARE(json::parse(two.out.toStdString())["groups"].size(), std::size_t(2));

    // A tag filter matches facts whose tag set contains it.
    const auto tag = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("summary"), QStringLiteral("--json"),
                                   QStringLiteral("--filter"), QStringLiteral("tag=use_case:eval-batch"),
                                   QStringLiteral("--group-by"), QStringLiteral("tier")});
    QCOMPARE(tag.exitCode, 0);
    const json jt = json::parse(tag.out.toStdString());
    QCOMPARE(jt["groups"].size(), std::size_t(1));
    QCOMPARE(jt["groups"][0]["key"]["tier"].get<std::string>(), std::string("batch"));

    // A day outside the data gives zeros, not an error.
    const auto none = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("summary"), QStringLiteral("--json"),
                                    QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                                    QStringLiteral("2020-01-31")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(json::parse(none.out.toStdString())["cost"].get<std::string>(), std::string("0.00"));
}

void TestCli::textOutput()
{
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("summary"),
                                 QStringLiteral("--group-by"), QStringLiteral("provider")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QStringLiteral("Cost")));
    QVERIFY(out.contains(QStringLiteral("anthropic")));
    QVERIFY(out.contains(QStringLiteral("bedrock")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
    QTest::newRow("no command") << QStringList{} << "Usage:";
    QTest::newRow("bad dimension") << QStringList{QStringLiteral("summary"), QStringLiteral("--group-by"), QStringLiteral("colour")}
                                   << "unknown dimension 'colour'";
    QTest::newRow("bad date") << QStringList{QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("31/12/2026")}
                              << "--from must be a date";
    QTest::newRow("to before from") << QStringList{QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                                                   QStringLiteral("--to"), QStringLiteral("2026-11-01")}
                                    << "is before";
    QTest::newRow("bad filter") << QStringList{QStringLiteral("summary"), QStringLiteral("--filter"), QStringLiteral("openai")}
                                << "DIM=VALUE";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("summary"), QStringLiteral("--colour")} << "colour";
    QTest::newRow("bad days") << QStringList{QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("0")} << "--days";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = test::runCli(QStringList{QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.exitCode, 2);
    const QString all = QString::fromUtf8(r.err + r.out);
    QVERIFY2(all.contains(message), qPrintable(all));
}

void TestCli::refusesForeignFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database\n");
    f.close();
    const QByteArray before = test::fileHash(path);
    const auto r = test::runCli({QStringLiteral("--db"), path, QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("not a TokenLedger database")));
    QCOMPARE(test::fileHash(path), before);
}

void TestCli::missingDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("nothing-here.db"));
    const auto r = test::runCli({QStringLiteral("--db"), path, QStringLiteral("summary")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("no database")));
    QVERIFY(!QFile::exists(path));
}

void TestCli::help()
{
    auto r = test::runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("summary"));
    r = test::runCli({QStringLiteral("summary"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--group-by"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
