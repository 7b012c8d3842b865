// Usage-type parsing, record merging and URL rules of the provider layer (no network).
#include "domain/BedrockUsageType.h"
#include "providers/BilledAllocation.h"
#include "providers/HttpClient.h"
#include "providers/SyncEngine.h"

#include <QTest>

using namespace tl;
using namespace tl::providers;

class TestProviderParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bedrockUsageTypes_data()
    {
        QTest::addColumn<QString>("usageType");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<bool>("crossRegion");
        QTest::addColumn<bool>("oneHour");
        using K = BedrockUsageType::Kind;
        QTest::newRow("plain input")
            << "USE1-Claude3Sonnet-input-tokens"
            << "us-east-1"
            << "Claude3Sonnet" << int(K::Input) << "standard" << false << false;
        QTest::newRow("dotted") << "USE1-Claude2.0-input-tokens"
                                << "us-east-1"
                                << "Claude2.0" << int(K::Input) << "standard" << false << false;
        QTest::newRow("cross-region")
            << "USE1-Claude4.6Opus-input-tokens-cross-region-global"
            << "us-east-1"
            << "Claude4.6Opus" << int(K::Input) << "standard" << true << false;
        QTest::newRow("cache read cross-region")
            << "USE1-Claude4.6Opus-cache-read-input-token-count-cross-region-global"
            << "us-east-1"
            << "Claude4.6Opus" << int(K::CacheRead) << "standard" << true << false;
        QTest::newRow("cache write 1h")
            << "USE1-Claude4Sonnet-cache-write-input-token-count-1-hour"
            << "us-east-1"
            << "Claude4Sonnet" << int(K::CacheWrite) << "standard" << false << true;
        QTest::newRow("batch") << "USE1-Llama4-Maverick-17B-input-tokens-batch"
                               << "us-east-1"
                               << "Llama4-Maverick-17B" << int(K::Input) << "batch" << false
                               << false;
        QTest::newRow("priority") << "USE1-NovaLite-input-tokens-priority"
                                  << "us-east-1"
                                  << "NovaLite" << int(K::Input) << "priority" << false << false;
        QTest::newRow("mantle")
            << "USE1-mistral.voxtral-small-24b-2507-mantle-input-tokens-standard"
            << "us-east-1"
            << "mistral.voxtral-small-24b-2507" << int(K::Input) << "standard" << false << false;
        QTest::newRow("mantle cache write global")
            << "USW2-anthropic.claude-opus-4-8-mantle-cache-write-tokens-global-standard"
            << "us-west-2"
            << "anthropic.claude-opus-4-8" << int(K::CacheWrite) << "standard" << true << false;
        QTest::newRow("output flex") << "EUC1-NovaPro-output-tokens-flex"
                                     << "eu-central-1"
                                     << "NovaPro" << int(K::Output) << "flex" << false << false;
        QTest::newRow("not tokens")
            << "USE1-ProvisionedThroughput-ModelUnits"
            << "us-east-1"
            << "ProvisionedThroughput-ModelUnits" << int(K::Other) << "standard" << false << false;
    }
    void bedrockUsageTypes()
    {
        QFETCH(QString, usageType);
        const BedrockUsageType u = BedrockUsageType::parse(usageType);
        QTEST(u.region, "region");
        QTEST(u.modelLabel, "label");
        QTEST(int(u.kind), "kind");
        QTEST(u.tier, "tier");
        QTEST(u.crossRegion, "crossRegion");
        QTEST(u.oneHourCache, "oneHour");
    }

    void knownLabelsMapToCatalogIds()
    {
        QCOMPARE(BedrockUsageType::parse(QStringLiteral("USE1-Claude3.5Sonnet-input-tokens")).model,
                 QStringLiteral("anthropic.claude-3-5-sonnet-20241022-v2:0"));
        QCOMPARE(BedrockUsageType::parse(QStringLiteral("USE1-SomeNewModel-input-tokens")).model,
                 QStringLiteral("SomeNewModel"));
    }

    void mergeAddsDuplicateKeys()
    {
        UsageFact a;
        a.recordKey = QStringLiteral("api:1:x");
        a.tokens.uncachedInput = 10;
        a.billedCost = Money::fromCents(5);
        UsageFact b = a;
        b.tokens.uncachedInput = 7;
        b.tokens.output = 3;
        UsageFact c;
        c.recordKey = QStringLiteral("api:1:y");
        const auto merged = mergeByRecordKey({a, c, b});
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged[0].tokens.uncachedInput, 17);
        QCOMPARE(merged[0].tokens.output, 3);
        QCOMPARE(*merged[0].billedCost, Money::fromCents(10));
    }

    void billedCostsJoinTheirTokenRecords()
    {
        const auto tokens = [](const char *key, const char *model, const char *account,
                               std::int64_t costNanos) {
            UsageFact f;
            f.recordKey = QLatin1String(key);
            f.start = 86400;
            f.provider = QStringLiteral("openai");
            f.model = QLatin1String(model);
            f.account = QLatin1String(account);
            f.tokens.uncachedInput = 1000;
            f.cost.uncachedInput = Money::fromNanos(costNanos);
            return f;
        };
        const auto costRow = [](const char *key, const char *model, const char *account,
                                const char *amount) {
            UsageFact f;
            f.recordKey = QLatin1String(key);
            f.start = 86400;
            f.provider = QStringLiteral("openai");
            f.model = QLatin1String(model);
            f.account = QLatin1String(account);
            f.billedCost = *Money::parse(QString::fromLatin1(amount));
            return f;
        };
        UsageFact both = tokens("aws", "nova", "", 5);
        both.billedCost = Money::fromNanos(7);
        const QList<UsageFact> in{tokens("t1", "gpt-4o", "p", 1),
                                  tokens("t2", "gpt-4o", "p", 1),
                                  tokens("t3", "gpt-4o-2024-08-06", "p", 1),
                                  costRow("c1", "gpt-4o-2024-08-06", "p", "0.6"),
                                  costRow("c2", "gpt-4o", "p", "0.4"),
                                  tokens("z1", "o3", "p", 0),
                                  tokens("z2", "o3", "p", 0),
                                  costRow("c3", "o3", "p", "0.000000001"),
                                  costRow("lonely", "", "", "2.5"),
                                  costRow("other-project", "gpt-4o", "q", "9"),
                                  both};
        const QList<UsageFact> out = attachBilledCosts(in);
        QHash<QString, UsageFact> byKey;
        Money total;
        for (const UsageFact &f : out) {
            byKey.insert(f.recordKey, f);
            total += f.billedCost.value_or(Money());
        }
        QCOMPARE(total, *Money::parse(u"12.500000008")); // nothing lost, nothing added
        QVERIFY(!byKey.contains(QStringLiteral("c1")) && !byKey.contains(QStringLiteral("c2")));
        QCOMPARE(*byKey[QStringLiteral("t1")].billedCost, Money::fromNanos(333333333));
        QCOMPARE(*byKey[QStringLiteral("t2")].billedCost, Money::fromNanos(333333333));
        QCOMPARE(*byKey[QStringLiteral("t3")].billedCost,
                 Money::fromNanos(333333334)); // the remainder
        // No computed cost: split evenly; one nano-dollar cannot be halved.
        QCOMPARE(*byKey[QStringLiteral("z1")].billedCost + *byKey[QStringLiteral("z2")].billedCost,
                 Money::fromNanos(1));
        QVERIFY(byKey.contains(QStringLiteral("lonely")));
        QVERIFY(byKey.contains(QStringLiteral("other-project")));
        QCOMPARE(*byKey[QStringLiteral("aws")].billedCost, Money::fromNanos(7));
        // The same facts in another order give the same records.
        QList<UsageFact> reversed(in.crbegin(), in.crend());
        for (const UsageFact &f : attachBilledCosts(reversed))
            QCOMPARE(f.billedCost, byKey[f.recordKey].billedCost);
        QCOMPARE(modelWithoutDate(QStringLiteral("Claude-Sonnet-4-20250514")),
                 QStringLiteral("claude-sonnet-4"));
    }

    void secretsAreRedactedFromMessages()
    {
        Credentials c;
        c.apiKey = "sk-admin-abcdef0123456789";
        c.aws = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG", "FwoGZXIvYXdz"};
        const QString msg =
            redactSecrets(QStringLiteral("Bad key (Incorrect API key provided: "
                                         "sk-admin********6789.) sk-admin-abcdef0123456789 "
                                         "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG FwoGZXIvYXdz "
                                         "ASIA****EXAMPLE1 from /v1/x"),
                          c);
        QVERIFY2(!msg.contains(QLatin1String("6789")), qPrintable(msg));
        QVERIFY(!msg.contains(QLatin1String("AKIA")));
        QVERIFY(!msg.contains(QLatin1String("ASIA")));
        QVERIFY(!msg.contains(QLatin1String("wJalr")));
        QVERIFY(!msg.contains(QLatin1String("FwoG")));
        QVERIFY(msg.startsWith(QLatin1String("Bad key (Incorrect API key provided: [redacted].)")));
        QVERIFY(msg.endsWith(QLatin1String("from /v1/x")));
    }

    void httpsRequiredExceptLoopback()
    {
        QVERIFY(
            HttpClient::checkUrlAllowed(QUrl(QStringLiteral("https://api.openai.com/v1"))).ok());
        QVERIFY(HttpClient::checkUrlAllowed(QUrl(QStringLiteral("http://127.0.0.1:8080"))).ok());
        QVERIFY(HttpClient::checkUrlAllowed(QUrl(QStringLiteral("http://[::1]:8080/x"))).ok());
        QVERIFY(HttpClient::checkUrlAllowed(QUrl(QStringLiteral("http://localhost/x"))).ok());
        const Status s =
            HttpClient::checkUrlAllowed(QUrl(QStringLiteral("http://proxy.example.com/v1")));
        QVERIFY(!s.ok());
        QVERIFY2(s.errorMessage().contains(QLatin1String("TLS required")),
                 qPrintable(s.errorMessage()));
        QVERIFY(!HttpClient::checkUrlAllowed(QUrl(QStringLiteral("http://127.0.0.2.example.com/")))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestProviderParsing)
#include "tst_provider_parsing.moc"
