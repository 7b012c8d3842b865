// tokenledger-cli whatif: the same numbers as the engine for the same scenario file, and
// errors that name the key or the model.
#include "TestSupport.h"
#include "demo/DemoOrganisation.h"
#include "planning/WhatIfEngine.h"
#include "pricing/DatabasePricing.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tl;
using json = nlohmann::json;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/scenarios/") + QString::fromUtf8(name);
}
QString money(const Money &m)
{
    return m.toDecimalString(2);
}
} // namespace

class TestCliWhatIf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesTheEngine_data();
    void matchesTheEngine();
    void manualBaselineNeedsNoData();
    void periodOptionsReplaceTheFile();
    void errorsNameKeyOrModel_data();
    void errorsNameKeyOrModel();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliWhatIf::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("whatif.db"));
    auto db = store::Database::open(m_db);
    QVERIFY(db.ok());
    demo::DemoOptions o;
    o.lastDay = QDate(2026, 11, 26);
    QVERIFY(demo::DemoOrganisation::load(**db, o).ok());
}

void TestCliWhatIf::matchesTheEngine_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("every lever") << dataFile("full.json");
    QTest::newRow("manual baseline") << dataFile("manual.json");
}

void TestCliWhatIf::matchesTheEngine()
{
    QFETCH(QString, file);
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("whatif"),
                                 QStringLiteral("--scenario"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());

    // The same evaluation in-process.
    auto db = store::Database::open(m_db);
    auto scenario = planning::Scenario::fromFile(file);
    QVERIFY(scenario.ok());
    auto pricing = pricing::DatabasePricing::load(**db);
    auto baseline = scenario->baseline.manual ? planning::manualBaseline(*scenario->baseline.manual)
                                              : planning::buildBaseline(**db, scenario->baseline).value();
    auto result = planning::evaluateScenario(baseline, (*pricing)->catalog(), *scenario,
                                             QDateTime::currentDateTimeUtc().date());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));

    QCOMPARE(QString::fromStdString(j["baseline_monthly_cost"].get<std::string>()), money(result->baselineCost));
    QCOMPARE(QString::fromStdString(j["scenario_monthly_cost"].get<std::string>()), money(result->scenarioCost));
    QCOMPARE(j["savings"].size(), std::size_t(6));
    const char *order[] = {"routing", "token_optimization", "semantic_cache", "prompt_caching", "batch", "self_hosting"};
    Money sum;
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(j["savings"][i]["lever"].get<std::string>(), std::string(order[i]));
        QCOMPARE(QString::fromStdString(j["savings"][i]["amount"].get<std::string>()), money(result->levers[i].savings()));
        sum += *Money::parse(QString::fromStdString(j["savings"][i]["amount"].get<std::string>()));
    }
    // The savings add up exactly to baseline − scenario.
    QCOMPARE(sum, *Money::parse(QString::fromStdString(j["baseline_monthly_cost"].get<std::string>()))
                      - *Money::parse(QString::fromStdString(j["scenario_monthly_cost"].get<std::string>())));
    QVERIFY(j.contains("break_even_tokens_per_month"));
}

void TestCliWhatIf::manualBaselineNeedsNoData()
{
    // No database file at all: the built-in catalog prices the manual baseline.
    const auto r = test::runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.db")), QStringLiteral("--json"),
                                 QStringLiteral("whatif"), QStringLiteral("--scenario"), dataFile("manual.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    // 500k requests × 1000 input × $2.50/M + × 300 output × $10/M = 1250 + 1500.
    QCOMPARE(j["baseline_monthly_cost"].get<std::string>(), std::string("2750.00"));
    // 60 % to gpt-4o-mini (0.15/0.60): 0.4 × 2750 + 0.6 × (75 + 90) = 1100 + 99.
    QCOMPARE(j["scenario_monthly_cost"].get<std::string>(), std::string("1199.00"));
    QVERIFY(j["break_even_tokens_per_month"].is_null());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.db"))));
}

void TestCliWhatIf::periodOptionsReplaceTheFile()
{
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("whatif"),
                                 QStringLiteral("--scenario"), dataFile("full.json"), QStringLiteral("--from"),
                                 QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-15")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = json::parse(r.out.toStdString());
    QCOMPARE(j["baseline"]["from"].get<std::string>(), std::string("2026-11-01"));
    QCOMPARE(j["baseline"]["to"].get<std::string>(), std::string("2026-11-15"));
    QCOMPARE(j["baseline"]["days"].get<int>(), 15);
}

void TestCliWhatIf::errorsNameKeyOrModel_data()
{
    QTest::addColumn<QByteArray>("scenario");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QByteArray(R"({"version":1,"baseline":{"from":"2026-10-01","to":"2026-11-01"},"batch":{"share":0.5,"cheap":true}})")
                                 << "batch.cheap: unknown key";
    QTest::newRow("unknown target model") << QByteArray(R"({"version":1,"baseline":{"from":"2026-10-01","to":"2026-11-01"},"routing":{"tiers":[{"name":"simple","share":0.5,"provider":"openai","model":"gpt-99-turbo"}]}})")
                                          << "gpt-99-turbo";
    QTest::newRow("unknown embedding model") << QByteArray(R"({"version":1,"baseline":{"from":"2026-10-01","to":"2026-11-01"},"semantic_cache":{"hit_rate":0.2,"embedding_provider":"openai","embedding_model":"embed-nothing"}})")
                                             << "embed-nothing";
}

void TestCliWhatIf::errorsNameKeyOrModel()
{
    QFETCH(QByteArray, scenario);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(scenario);
    f.close();
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("whatif"), QStringLiteral("--scenario"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("bad.json")), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliWhatIf)
#include "tst_cli_whatif.moc"
