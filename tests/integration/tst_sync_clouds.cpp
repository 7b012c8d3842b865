// Azure Cost Management (Entra ID sign-in) and the Google Cloud billing export in BigQuery
// (service-account JWT or a pasted token) synced through the real HTTP stack against the fake
// servers: totals to the cent, billed beside computed, pagination, idempotence, throttling,
// expired tokens and server errors.
#include "FakeAzure.h"
#include "FakeBigQuery.h"
#include "SyncTestHelpers.h"

#include "providers/AzureCostClient.h"
#include "providers/BigQueryBillingClient.h"
#include "providers/EntraTokenSource.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace tl;
using namespace tl::providers;
using namespace tl::test;

namespace {

SyncOptions fiveDays(int attempts = 4)
{
    SyncOptions o;
    o.from = QDate(2026, 11, 1);
    o.to = QDate(2026, 11, 5);
    o.now = utcDay(2026, 11, 6) + 3600;
    o.retry = fastRetry(attempts);
    return o;
}

QByteArray readData(const QString &relative)
{
    QFile f(QStringLiteral(TOKENLEDGER_TEST_DATA_DIR "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kChat = QStringLiteral(
    "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-chat/providers/"
    "Microsoft.CognitiveServices/accounts/aoai-chat");
const QString kSearch = QStringLiteral(
    "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-search/providers/"
    "Microsoft.CognitiveServices/accounts/aoai-search");

} // namespace

class TestSyncClouds : public QObject
{
    Q_OBJECT

    void fillAzure(FakeAzure &s)
    {
        const qint64 d1 = utcDay(2026, 11, 1), d2 = utcDay(2026, 11, 2), d3 = utcDay(2026, 11, 3);
        // gpt-4o: 1M input × 2.50 + 200k output × 10 + 500k cached × 1.25 = 5.125
        s.addRow(d1, QStringLiteral("gpt 4o 0806 Inp glbl Tokens"), kChat, 2.5, 1000, QStringLiteral("chat"));
        s.addRow(d1, QStringLiteral("gpt 4o 0806 Outp glbl Tokens"), kChat, 2.0, 200, QStringLiteral("chat"));
        s.addRow(d1, QStringLiteral("gpt 4o 0806 cchd Inp glbl Tokens"), kChat, 0.625, 500, QStringLiteral("chat"));
        // gpt-4o-mini batch: 1M × 0.075 + 500k × 0.30 = 0.225
        s.addRow(d2, QStringLiteral("gpt-4o-mini-0718-Batch-Inp-glbl Tokens"), kSearch, 0.075, 1000);
        s.addRow(d2, QStringLiteral("gpt-4o-mini-0718-Batch-Outp-glbl Tokens"), kSearch, 0.15, 500);
        // provisioned throughput: billed only
        s.addRow(d3, QStringLiteral("Provisioned Managed Global Unit"), kChat, 24.0, 24);
        // 100k × 2.50 = 0.25
        s.addRow(d3, QStringLiteral("gpt 4o 0806 Inp glbl Tokens"), kSearch, 0.25, 100);
    }

    QJsonObject azureOptions(const FakeAzure &s)
    {
        return {{QStringLiteral("tenant_id"), s.tenant},
                {QStringLiteral("client_id"), s.clientId},
                {QStringLiteral("scope"), s.scope}};
    }

    Credentials azureSecret(const FakeAzure &s)
    {
        Credentials c;
        c.apiKey = s.clientSecret;
        return c;
    }

    void fillGoogle(FakeBigQuery &s)
    {
        const QString team = QStringLiteral(R"([{"key":"env","value":"prod"},{"key":"team","value":"search"}])");
        auto row = [&](const char *day, const char *service, const char *skuId, const char *sku,
                       const char *amount, const char *cost, const char *credits = "0",
                       const char *unit = "count") {
            FakeBigQuery::Row r;
            r.day = QLatin1String(day);
            r.service = QLatin1String(service);
            r.skuId = QLatin1String(skuId);
            r.sku = QLatin1String(sku);
            r.projectId = QStringLiteral("proj-chat");
            r.region = QStringLiteral("us-central1");
            r.labels = team;
            r.usageAmount = QLatin1String(amount);
            r.cost = QLatin1String(cost);
            r.credits = QLatin1String(credits);
            r.unit = QLatin1String(unit);
            s.rows << r;
        };
        // gemini-2.5-pro: 2M × 1.25 + 100k × 10 + 400k long-context input × 2.50 = 4.50
        row("2026-11-01", "Vertex AI", "A1B2-0001", "Gemini 2.5 Pro Text Input - Predictions", "2000000", "2.5");
        row("2026-11-01", "Vertex AI", "A1B2-0002", "Gemini 2.5 Pro Text Output - Predictions", "1.0E5", "1");
        row("2026-11-01", "Vertex AI", "A1B2-0003", "Gemini 2.5 Pro Long Context Text Input - Predictions", "400000", "1.0");
        // gemini-2.5-flash: 1M audio input × 1.00 + 1M cached text × 0.03 = 1.03
        row("2026-11-02", "Vertex AI", "A1B2-0004", "Gemini 2.5 Flash Audio Input - Predictions", "1000000", "1.0");
        row("2026-11-02", "Vertex AI", "A1B2-0005", "Gemini 2.5 Flash Text Input Cached - Predictions", "1000000", "0.03");
        // Gemini API free-tier credit: computed 0.40, billed 0
        row("2026-11-03", "Gemini API", "C3D4-0001", "Generate content output token count Gemini 2.0 Flash", "1000000", "0.4", "-0.4");
        // keeping a context cache: billed only
        row("2026-11-03", "Vertex AI", "A1B2-0006", "Gemini 2.5 Pro Cached Content Storage per hour", "2.5", "0.5", "0", "gibibyte hour");
        // not an AI service: filtered out by the query
        row("2026-11-03", "Compute Engine", "E5F6-0001", "N2 Instance Core running in Americas", "3600", "0.9", "0", "seconds");
    }

    QByteArray serviceAccountKey(const FakeBigQuery &s)
    {
        const QJsonObject key{
            {QStringLiteral("type"), QStringLiteral("service_account")},
            {QStringLiteral("project_id"), s.project},
            {QStringLiteral("private_key_id"), QStringLiteral("0123456789abcdef")},
            {QStringLiteral("private_key"), QString::fromLatin1(readData(QStringLiteral("providers/google-test-sa-key.pem")))},
            {QStringLiteral("client_email"), s.clientEmail},
            {QStringLiteral("client_id"), QStringLiteral("100000000000000000001")},
            {QStringLiteral("token_uri"), QString(s.baseUrl() + QStringLiteral("/token"))}};
        return QJsonDocument(key).toJson();
    }

    QJsonObject googleOptions(const FakeBigQuery &s)
    {
        return {{QStringLiteral("table"), s.table}};
    }

private Q_SLOTS:
    void azureSyncTotalsAndIdempotence()
    {
        FakeAzure server;
        QVERIFY(server.start());
        fillAzure(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("azure"), server.baseUrl(), azureOptions(server)));
        const SyncSummary s = fx.sync(azureSecret(server), fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.rows, 7);
        QCOMPARE(s.pages, 3); // three rows a page
        QCOMPARE(s.buckets, 5); // the days asked for, empty ones included
        QCOMPARE(s.inserted, 7);
        QCOMPARE(s.billed.toDecimalString(), QStringLiteral("29.6"));
        QCOMPARE(s.computed.toDecimalString(), QStringLiteral("5.6"));
        QCOMPARE(fx.billedTotal(), QStringLiteral("29.6"));
        QCOMPARE(fx.computedTotal(), QStringLiteral("5.6"));
        QVERIFY(fx.rollupsAgree());
        QCOMPARE(s.unpriced, 0);
        QCOMPARE(server.tokensIssued(), 1); // one sign-in for all pages
        // Request shape: two groupings, the meter category filter, the inclusive end.
        const QJsonObject dataset = server.lastQueryBody.value(QStringLiteral("dataset")).toObject();
        QCOMPARE(dataset.value(QStringLiteral("grouping")).toArray().size(), 2);
        QCOMPARE(server.lastQueryBody.value(QStringLiteral("timePeriod")).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("2026-11-05T23:59:59+00:00"));
        // Tokens, kinds and dimensions.
        QCOMPARE(fx.count("SELECT sum(input_tokens) FROM usage_fact"), 2100000);
        QCOMPARE(fx.count("SELECT sum(cache_read_tokens) FROM usage_fact"), 500000);
        QCOMPARE(fx.count("SELECT sum(output_tokens) FROM usage_fact"), 700000);
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact f JOIN dim d ON d.id = f.tier_id WHERE d.value = 'batch'"), 2);
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact f JOIN dim d ON d.id = f.tier_id "
                          "WHERE d.value = 'provisioned' AND billed_cost = 24000000000 "
                          "AND input_tokens + output_tokens = 0"), 1);
        QCOMPARE(fx.count("SELECT count(DISTINCT account_id) FROM usage_fact"), 2);

        const SyncSummary again = fx.sync(azureSecret(server), fiveDays());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted + again.replaced + again.removed, 0);
        QCOMPARE(again.unchanged, 7);
        QCOMPARE(fx.billedTotal(), QStringLiteral("29.6"));
        QVERIFY(!fx.databaseContains(server.clientSecret));
        QVERIFY(!fx.databaseContains("fake-azure-token"));
    }

    void azureThrottlingExpiryAndServerErrors()
    {
        FakeAzure server;
        QVERIFY(server.start());
        fillAzure(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("azure"), server.baseUrl(), azureOptions(server)));
        // 429 with Retry-After on the second page, then a 500, then a 503 on the sign-in.
        server.addFault(Fault(Fault::Kind::Status, 429, "2", "CostManagement", true));
        server.addFault(Fault(Fault::Kind::Status, 500, {}, "CostManagement", true));
        server.addFault(Fault(Fault::Kind::Status, 503, {}, "oauth2", false));
        const SyncSummary s = fx.sync(azureSecret(server), fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(server.pendingFaults(), 0);
        QCOMPARE(s.retries, 3);
        QCOMPARE(fx.billedTotal(), QStringLiteral("29.6"));

        // The token expires early, on the second page: the query is refused with 401, and
        // TokenLedger signs in again and goes on.
        server.expireTokensAtQuery = server.queryAttempts() + 2;
        const SyncSummary renewed = fx.sync(azureSecret(server), fiveDays());
        QVERIFY2(renewed.ok, qPrintable(renewed.error));
        QCOMPARE(server.tokensIssued(), 3); // first sync, second sync, renewal after the 401
        QCOMPARE(renewed.inserted + renewed.replaced + renewed.removed, 0);

        // A wrong secret is a bad key, and its text never reaches the message or the database.
        Credentials wrong;
        wrong.apiKey = "wrong~secret~value~0000";
        const SyncSummary bad = fx.sync(wrong, fiveDays());
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QStringLiteral("Azure sign-in failed")), qPrintable(bad.error));
        QVERIFY(!bad.error.contains(QStringLiteral("wrong~secret")));
        QCOMPARE(fx.reload().lastStatus, QStringLiteral("failed"));
    }

    void azureRenewsATokenBeforeItRunsOut()
    {
        // A token that lasts 4 s, and a clock that moves 3 s per look: every page after the
        // first finds the token too close to its end and signs in again first — no 401.
        FakeAzure server;
        QVERIFY(server.start());
        server.expiresIn = 4;
        fillAzure(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("azure"), server.baseUrl(), azureOptions(server)));
        HttpClient http(fastRetry());
        AzureCostClient client(fx.reload(), azureSecret(server), http);
        std::int64_t clock = 1'800'000'000'000;
        client.tokens().setClock([&clock] { return clock += 3000; });
        FetchStats stats;
        auto facts = client.fetch(utcDay(2026, 11, 1), utcDay(2026, 11, 6), stats);
        QVERIFY2(facts, qPrintable(facts.errorMessage()));
        QCOMPARE(facts->size(), 7);
        QCOMPARE(stats.pages, 3);
        QCOMPARE(server.tokensIssued(), 3); // the server never refused one: renewed in time
        QCOMPARE(http.retries(), 0);
    }

    void azureWaitsAsTheRateLimitHeadersSay()
    {
        // Cost Management names the wait per quota; the longest one counts.
        const QList<QPair<QByteArray, QByteArray>> headers{
            qMakePair(QByteArray("x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after"), QByteArray("7")),
            qMakePair(QByteArray("x-ms-ratelimit-microsoft.costmanagement-entity-retry-after"), QByteArray("3")),
            qMakePair(QByteArray("x-ms-ratelimit-microsoft.costmanagement-qpu-remaining"), QByteArray("QueryResource=0"))};
        QCOMPARE(RetryRules::serverWaitMs(headers, 0, 1000, 120000).value_or(-1), 7000);
        QCOMPARE(RetryRules::serverWaitMs(QList<QPair<QByteArray, QByteArray>>{qMakePair(QByteArray("Retry-After"), QByteArray("2"))}, 0, 1000, 120000).value_or(-1), 2000);
        QVERIFY(!RetryRules::serverWaitMs(QList<QPair<QByteArray, QByteArray>>{qMakePair(QByteArray("x-ms-ratelimit-remaining-subscription-reads"), QByteArray("11999"))}, 0, 1000, 1000));
    }

    void azureGroupsByTagAndRefusesForeignNextLinks()
    {
        FakeAzure server;
        QVERIFY(server.start());
        fillAzure(server);
        SyncFixture fx;
        QJsonObject options = azureOptions(server);
        options.insert(QStringLiteral("group_by"), QStringLiteral("tag:team"));
        QVERIFY(fx.init(QStringLiteral("azure"), server.baseUrl(), options));
        const SyncSummary s = fx.sync(azureSecret(server), fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact f JOIN dim d ON d.id = f.team_id "
                          "WHERE d.value = 'chat'"), 3);

        // A next-page link to another host is not followed (the token would go with it).
        server.foreignNextLink = QStringLiteral("https://elsewhere.example/query?$skiptoken=3");
        const SyncSummary foreign = fx.sync(azureSecret(server), fiveDays());
        QVERIFY(!foreign.ok);
        QVERIFY2(foreign.error.contains(QStringLiteral("another server")), qPrintable(foreign.error));
    }

    void azureScopeIsChecked()
    {
        FakeAzure server;
        QVERIFY(server.start());
        SyncFixture fx;
        QJsonObject options = azureOptions(server);
        options.insert(QStringLiteral("scope"), QStringLiteral("/subscriptions/x/../../other"));
        QVERIFY(fx.init(QStringLiteral("azure"), server.baseUrl(), options));
        const SyncSummary s = fx.sync(azureSecret(server), fiveDays());
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QStringLiteral("scope")), qPrintable(s.error));
        QCOMPARE(server.requests().size(), 0);
    }

    void googleServiceAccountSync()
    {
        FakeBigQuery server;
        QVERIFY(server.start());
        server.publicKeyPem = readData(QStringLiteral("providers/google-test-sa-pub.pem"));
        QVERIFY(!server.publicKeyPem.isEmpty());
        server.pollsBeforeComplete = 1;
        fillGoogle(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("google"), server.baseUrl() + QStringLiteral("/bigquery/v2"),
                        googleOptions(server)));
        Credentials key;
        key.apiKey = serviceAccountKey(server);
        const SyncSummary s = fx.sync(key, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error + u' ' + server.lastProblem));
        QCOMPARE(s.rows, 7);
        QCOMPARE(s.pages, 4); // two rows a page
        QCOMPARE(s.inserted, 7);
        QCOMPARE(s.billed.toDecimalString(), QStringLiteral("6.03"));
        QCOMPARE(s.computed.toDecimalString(), QStringLiteral("5.93"));
        QCOMPARE(fx.billedTotal(), QStringLiteral("6.03"));
        QCOMPARE(fx.computedTotal(), QStringLiteral("5.93"));
        QVERIFY(fx.rollupsAgree());
        QCOMPARE(s.unpriced, 0);
        QCOMPARE(server.tokensIssued(), 1);
        QCOMPARE(fx.count("SELECT sum(output_tokens) FROM usage_fact"), 1100000);
        QCOMPARE(fx.count("SELECT sum(audio_input_tokens) FROM usage_fact"), 1000000);
        QCOMPARE(fx.count("SELECT sum(cache_read_tokens) FROM usage_fact"), 1000000);
        QCOMPARE(fx.count("SELECT count(*) FROM usage_fact f JOIN dim d ON d.id = f.team_id "
                          "WHERE d.value = 'search'"), 7);

        const SyncSummary again = fx.sync(key, fiveDays());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted + again.replaced + again.removed, 0);
        QCOMPARE(again.unchanged, 7);
        QCOMPARE(fx.billedTotal(), QStringLiteral("6.03"));
        QVERIFY(!fx.databaseContains("BEGIN PRIVATE KEY"));
        QVERIFY(!fx.databaseContains("fake-service-account-token"));
    }

    void googleFaultsAndExpiredTokens()
    {
        FakeBigQuery server;
        QVERIFY(server.start());
        server.publicKeyPem = readData(QStringLiteral("providers/google-test-sa-pub.pem"));
        fillGoogle(server);
        SyncFixture fx;
        QVERIFY(fx.init(QStringLiteral("google"), server.baseUrl() + QStringLiteral("/bigquery/v2"),
                        googleOptions(server)));
        Credentials key;
        key.apiKey = serviceAccountKey(server);
        // 429 with Retry-After, BigQuery's 403 rateLimitExceeded and a 500 backendError.
        server.addFault(Fault(Fault::Kind::Status, 429, "1", "queries", false));
        server.addFault(Fault(Fault::Kind::Status, 403, {}, "queries", true));
        server.addFault(Fault(Fault::Kind::Status, 500, {}, "queries", true));
        const SyncSummary s = fx.sync(key, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(server.pendingFaults(), 0);
        QCOMPARE(s.retries, 3);
        QCOMPARE(fx.billedTotal(), QStringLiteral("6.03"));

        // The service account's token is refused on the second page: a new JWT buys a new one.
        server.expireTokensAtCall = server.apiCalls() + 2;
        const SyncSummary renewed = fx.sync(key, fiveDays());
        QVERIFY2(renewed.ok, qPrintable(renewed.error));
        QCOMPARE(server.tokensIssued(), 3);
        QCOMPARE(renewed.inserted + renewed.replaced + renewed.removed, 0);
    }

    void googlePastedAccessToken()
    {
        FakeBigQuery server;
        QVERIFY(server.start());
        fillGoogle(server);
        SyncFixture fx;
        QJsonObject options = googleOptions(server);
        options.insert(QStringLiteral("project_id"), server.project);
        QVERIFY(fx.init(QStringLiteral("google"), server.baseUrl() + QStringLiteral("/bigquery/v2"),
                        options));
        Credentials token;
        token.apiKey = server.pastedToken;
        const SyncSummary s = fx.sync(token, fiveDays());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(fx.billedTotal(), QStringLiteral("6.03"));
        // A pasted token cannot be renewed: the sync fails and says what to do.
        server.expireTokens();
        const SyncSummary expired = fx.sync(token, fiveDays());
        QVERIFY(!expired.ok);
        QVERIFY2(expired.error.contains(QStringLiteral("gcloud auth print-access-token")),
                 qPrintable(expired.error));
        QVERIFY(!expired.error.contains(QString::fromLatin1(server.pastedToken)));
        QCOMPARE(fx.billedTotal(), QStringLiteral("6.03"));
    }

    void googleTableIsChecked()
    {
        FakeBigQuery server;
        QVERIFY(server.start());
        SyncFixture fx;
        QJsonObject options{{QStringLiteral("table"), QStringLiteral("x.y.z` UNION SELECT 1 --")},
                            {QStringLiteral("project_id"), server.project}};
        QVERIFY(fx.init(QStringLiteral("google"), server.baseUrl() + QStringLiteral("/bigquery/v2"),
                        options));
        Credentials token;
        token.apiKey = server.pastedToken;
        const SyncSummary s = fx.sync(token, fiveDays());
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QStringLiteral("table")), qPrintable(s.error));
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncClouds)
#include "tst_sync_clouds.moc"
