// Scenario files: the documented format read exactly, errors that name the key.
#include "planning/Baseline.h"
#include "planning/Scenario.h"

#include <QTest>

using namespace tl;
using namespace tl::planning;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/scenarios/") + QString::fromUtf8(name);
}
} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyOpenWeightModelsCanBeSelfHosted()
    {
        using tl::planning::ModelRef;
        using tl::planning::hasPublishedWeights;
        QVERIFY(hasPublishedWeights(ModelRef{QStringLiteral("bedrock"), QStringLiteral("meta.llama3-1-70b-instruct-v1:0")}));
        QVERIFY(hasPublishedWeights(ModelRef{QStringLiteral("openai"), QStringLiteral("gpt-oss-120b")}));
        QVERIFY(hasPublishedWeights(ModelRef{QStringLiteral("together"), QStringLiteral("Qwen/Qwen2.5-72B-Instruct")}));
        QVERIFY(!hasPublishedWeights(ModelRef{QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-20250514")}));
        QVERIFY(!hasPublishedWeights(ModelRef{QStringLiteral("bedrock"), QStringLiteral("us.anthropic.claude-3-haiku-20240307-v1:0")}));
        QVERIFY(!hasPublishedWeights(ModelRef{QStringLiteral("openai"), QStringLiteral("gpt-4o")}));
        QVERIFY(!hasPublishedWeights(ModelRef{QStringLiteral("google"), QStringLiteral("gemini-2.5-pro")}));
    }
    void readsTheDocumentedExample();
    void roundTrips();
    void manualBaseline();
    void errorsNameTheKey_data();
    void errorsNameTheKey();
    void sharesAndQuantities();
};

void TestScenario::readsTheDocumentedExample()
{
    auto s = Scenario::fromFile(dataFile("full.json"));
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
    QCOMPARE(s->name, QStringLiteral("Route simple work to Haiku, batch the nightly jobs"));
    // "to" is the day after the period: October 2026.
    QCOMPARE(s->baseline.from, QDate(2026, 10, 1));
    QCOMPARE(s->baseline.to, QDate(2026, 10, 31));
    QCOMPARE(s->baseline.filters.value(Dimension::Team), QStringList{QStringLiteral("support")});
    QVERIFY(s->routing);
    QCOMPARE(s->routing->tiers.size(), 3);
    QCOMPARE(s->routing->tiers[0].share.ppm, std::int64_t(700000));
    QCOMPARE(s->routing->tiers[2].target.model, QStringLiteral("claude-opus-4-20250514"));
    QVERIFY(!s->routing->tiers[2].cascade);
    QCOMPARE(s->tokenOptimization->inputReduction.ppm, std::int64_t(300000));
    QCOMPARE(s->semanticCache->fixedMonthlyCost, Money::fromUnits(50));
    QCOMPARE(s->semanticCache->embeddingModel.model, QStringLiteral("text-embedding-3-small"));
    QCOMPARE(s->promptCaching->cacheableShare.ppm, std::int64_t(600000));
    QCOMPARE(s->batch->share.ppm, std::int64_t(300000));
    QCOMPARE(s->selfHosting->instanceHourlyCost, *Money::parse(QStringLiteral("5.67")));
    QCOMPARE(s->selfHosting->hoursPerMonth, std::int64_t(730));
    QCOMPARE(s->selfHosting->throughputTokensPerSecond, Quantity::fromWhole(1500));
    QCOMPARE(s->selfHosting->utilization.ppm, std::int64_t(600000));
}

void TestScenario::roundTrips()
{
    for (const char *file : {"full.json", "manual.json"}) {
        auto a = Scenario::fromFile(dataFile(file));
        QVERIFY(a.ok());
        const QByteArray written = a->toJson();
        auto b = Scenario::fromJson(written, QStringLiteral("written"));
        QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
        QCOMPARE(b->toJson(), written);
        QCOMPARE(b->baseline.to, a->baseline.to);
    }
}

void TestScenario::manualBaseline()
{
    auto s = Scenario::fromFile(dataFile("manual.json"));
    QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
    QVERIFY(s->baseline.manual);
    const Baseline b = planning::manualBaseline(*s->baseline.manual);
    QCOMPARE(b.slices.size(), 1);
    QCOMPARE(b.slices[0].requests, Quantity::fromWhole(500000));
    QCOMPARE(b.slices[0].uncached, Quantity::fromWhole(500'000'000)); // 500k × 1000
    QCOMPARE(b.slices[0].output, Quantity::fromWhole(150'000'000));   // 500k × 300
    QCOMPARE(b.slices[0].model.model, QStringLiteral("gpt-4o"));
}

void TestScenario::errorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray base = R"("version": 1, "baseline": {"from": "2026-10-01", "to": "2026-11-01"})";
    QTest::newRow("not json") << QByteArray("{") << "not a scenario file";
    QTest::newRow("unknown top-level key") << "{" + base + R"(, "routnig": {}})" << "routnig: unknown key";
    QTest::newRow("unknown tier key") << "{" + base + R"(, "routing": {"tiers": [{"share": 0.5, "provider": "openai", "model": "gpt-4o-mini", "weight": 2}]}})"
                                      << "routing.tiers[0].weight: unknown key";
    QTest::newRow("share above 1") << "{" + base + R"(, "batch": {"share": 1.5}})" << "batch.share: must be a share";
    QTest::newRow("share as text") << "{" + base + R"(, "batch": {"share": "half"}})" << "batch.share";
    QTest::newRow("missing model") << "{" + base + R"(, "routing": {"tiers": [{"share": 0.5, "provider": "openai"}]}})"
                                   << "routing.tiers[0].model: is missing";
    QTest::newRow("negative money") << "{" + base + R"(, "semantic_cache": {"hit_rate": 0.2, "embedding_provider": "openai", "embedding_model": "x", "fixed_monthly_cost": "-5"}})"
                                    << "semantic_cache.fixed_monthly_cost";
    QTest::newRow("version 2") << QByteArray(R"({"version": 2, "baseline": {"from": "2026-10-01", "to": "2026-11-01"}})")
                               << "version: 2 is not supported";
    QTest::newRow("no version") << QByteArray(R"({"baseline": {"from": "2026-10-01", "to": "2026-11-01"}})") << "version: is missing";
    QTest::newRow("no baseline") << QByteArray(R"({"version": 1})") << "baseline: is missing";
    QTest::newRow("bad date") << QByteArray(R"({"version": 1, "baseline": {"from": "1 Oct", "to": "2026-11-01"}})")
                              << "baseline.from: must be a date";
    QTest::newRow("to not after from") << QByteArray(R"({"version": 1, "baseline": {"from": "2026-10-01", "to": "2026-10-01"}})")
                                       << "baseline.to: must be after";
    QTest::newRow("unknown filter") << QByteArray(R"({"version": 1, "baseline": {"from": "2026-10-01", "to": "2026-11-01", "filters": {"colour": "red"}}})")
                                    << "baseline.filters.colour: unknown dimension";
    QTest::newRow("zero utilization") << "{" + base + R"(, "self_hosting": {"models": [], "instance_hourly_cost": "1", "throughput_tokens_per_second": 10, "utilization": 0}})"
                                      << "self_hosting.utilization: must be above 0";
    QTest::newRow("manual missing field") << QByteArray(R"({"version": 1, "baseline": {"manual": {"provider": "openai", "model": "gpt-4o", "requests_per_month": 10}}})")
                                          << "baseline.manual.input_tokens_per_request: is missing";
}

void TestScenario::errorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto s = Scenario::fromJson(json, QStringLiteral("my-scenario.json"));
    QVERIFY(!s.ok());
    QVERIFY2(s.errorMessage().contains(expected), qPrintable(s.errorMessage()));
    QVERIFY2(s.errorMessage().startsWith(QStringLiteral("my-scenario.json")), qPrintable(s.errorMessage()));
}

void TestScenario::sharesAndQuantities()
{
    QCOMPARE(Share::parse(QStringLiteral("0.7"))->ppm, std::int64_t(700000));
    QCOMPARE(Share::parse(QStringLiteral("1"))->ppm, std::int64_t(1000000));
    QVERIFY(!Share::parse(QStringLiteral("0.1234567"))); // more than 6 decimals
    QCOMPARE(Share{700000}.toString(), QStringLiteral("0.7"));
    // 1000 tokens × 30/31 = 967.741935…, kept to a micro-token.
    const Quantity q = Quantity::fromWhole(1000).mulDiv(30, 31);
    QCOMPARE(q.micros(), Int128(967741935));
    QCOMPARE(q.toString(3), QStringLiteral("967.742"));
    QCOMPARE(q.rounded(), std::int64_t(968));
    // 1M tokens at $2.50 per million = $2.50; 1 micro-token at $1 per million rounds to 0.
    QCOMPARE(Quantity::fromWhole(1'000'000).costAt(Money::fromCents(250)), Money::fromCents(250));
    QCOMPARE(Quantity::fromMicros(1).costAt(Money::fromUnits(1)), Money());
    // Large volumes do not overflow: 50 billion tokens at $15 per million.
    QCOMPARE(Quantity::fromWhole(50'000'000'000).costAt(Money::fromUnits(15)), Money::fromUnits(750'000));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
