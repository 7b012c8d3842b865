// OpenAI usage + costs sync through the real HTTP stack against the fake server: totals to the
// cent, idempotent re-sync, late data, pagination, faults, cancel, and no key on disk.
#include "FakeProviders.h"
#include "SyncTestHelpers.h"

#include "providers/HttpClient.h"
#include "query/UsageQueries.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

using namespace tl;
using namespace tl::providers;
using namespace tl::test;

namespace {

QJsonObject completions(const QString &model, const QString &project, qint64 input, qint64 cached,
                        qint64 write, qint64 output, qint64 requests, bool batch)
{
    return {{QStringLiteral("input_tokens"), input},
            {QStringLiteral("input_cached_tokens"), cached},
            {QStringLiteral("input_cache_write_tokens"), write},
            {QStringLiteral("output_tokens"), output},
            {QStringLiteral("num_model_requests"), requests},
            {QStringLiteral("project_id"), project},
            {QStringLiteral("user_id"), QJsonValue::Null},
            {QStringLiteral("api_key_id"), QStringLiteral("key_1")},
            {QStringLiteral("model"), model},
            {QStringLiteral("batch"), batch},
            {QStringLiteral("service_tier"), QStringLiteral("default")}};
}

QJsonObject cost(double value, const QJsonValue &lineItem, const QJsonValue &project)
{
    return {{QStringLiteral("amount"),
             QJsonObject{{QStringLiteral("value"), value},
                         {QStringLiteral("currency"), QStringLiteral("usd")}}},
            {QStringLiteral("line_item"), lineItem},
            {QStringLiteral("project_id"), project},
            {QStringLiteral("api_key_id"), QJsonValue::Null},
            {QStringLiteral("quantity"), QJsonValue::Null},
            {QStringLiteral("quantity_unit"), QJsonValue::Null}};
}

} // namespace

class TestSyncOpenAi : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeOpenAi> m_server;
    std::unique_ptr<SyncFixture> m_fx;
    Credentials m_creds;

    SyncOptions options(int attempts = 4)
    {
        SyncOptions o;
        o.from = QDate(2026, 11, 1);
        o.to = QDate(2026, 11, 5);
        o.now = utcDay(2026, 11, 6) + 3600;
        o.retry = fastRetry(attempts);
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeOpenAi>();
        QVERIFY(m_server->start());
        const qint64 d1 = utcDay(2026, 11, 1), d2 = utcDay(2026, 11, 2), d4 = utcDay(2026, 11, 4);
        // 1.50 uncached + 0.50 cached + 1.00 output = 3.00
        m_server->addRow(QStringLiteral("completions"), d1,
                         completions(QStringLiteral("gpt-4o"), QStringLiteral("proj_a"), 1000000,
                                     400000, 0, 100000, 50, false));
        // batch: 2M × 0.075 + 1M × 0.30 = 0.45
        m_server->addRow(QStringLiteral("completions"), d2,
                         completions(QStringLiteral("gpt-4o-mini"), QStringLiteral("proj_b"),
                                     2000000, 0, 0, 1000000, 20, true));
        // 7000 × 2.50 + 2000 × 1.25 + 1000 cache writes at input price 2.50 + 1000 × 10 = 0.0325
        m_server->addRow(QStringLiteral("completions"), d4,
                         completions(QStringLiteral("gpt-4o"), QStringLiteral("proj_a"), 10000,
                                     2000, 1000, 1000, 3, false));
        // a null project (nulls in group keys): 1M × 0.02 = 0.02
        m_server->addRow(QStringLiteral("embeddings"), d2,
                         {{QStringLiteral("input_tokens"), 1000000},
                          {QStringLiteral("num_model_requests"), 10},
                          {QStringLiteral("project_id"), QJsonValue::Null},
                          {QStringLiteral("api_key_id"), QJsonValue::Null},
                          {QStringLiteral("user_id"), QJsonValue::Null},
                          {QStringLiteral("model"), QStringLiteral("text-embedding-3-small")}});
        m_server->addRow(
            QStringLiteral("costs"), d1,
            cost(0.06, QStringLiteral("gpt-4o-2024-08-06, input"), QStringLiteral("proj_a")));
        m_server->addRow(
            QStringLiteral("costs"), d1,
            cost(2.94, QStringLiteral("gpt-4o-2024-08-06, output"), QStringLiteral("proj_a")));
        m_server->addRow(
            QStringLiteral("costs"), d2,
            cost(0.45, QStringLiteral("gpt-4o-mini, batch"), QStringLiteral("proj_b")));
        m_server->addRow(QStringLiteral("costs"), d2,
                         cost(0.02, QJsonValue::Null, QJsonValue::Null));
        m_server->addRow(
            QStringLiteral("costs"), d4,
            cost(0.0325, QStringLiteral("gpt-4o-2024-08-06, input"), QStringLiteral("proj_a")));
        m_fx = std::make_unique<SyncFixture>();
        QVERIFY(m_fx->init(QStringLiteral("openai"), m_server->baseUrl() + QStringLiteral("/v1")));
        m_creds.apiKey = m_server->adminKey;
    }

    void cleanup()
    {
        m_fx.reset();
        m_server.reset();
    }

    void syncsTotalsToTheCent()
    {
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.billed.toDecimalString(), QStringLiteral("3.5025"));
        QCOMPARE(s.computed.toDecimalString(), QStringLiteral("3.5025"));
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
        QCOMPARE(m_fx->computedTotal(), QStringLiteral("3.5025"));
        QVERIFY(m_fx->rollupsAgree());
        // The gpt-4o and gpt-4o-mini records carry the cost rows of their day, model and
        // project; the cost row without a line item or project matches none and stays a
        // billed-only record, and the embeddings record has no cost row of its own.
        QCOMPARE(s.inserted, 5);
        QCOMPARE(s.buckets, 20); // 4 endpoints × 5 days, empty days included
        QCOMPARE(s.pages, 12);   // 2 buckets per page: 3 pages per endpoint
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact"), 5);
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact WHERE billed_cost IS NOT NULL AND "
                             "input_tokens > 0"),
                 3);
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact WHERE billed_cost IS NULL"), 1);
        // Cached tokens are not charged twice: uncached = input − cached − cache writes.
        QCOMPARE(m_fx->count("SELECT sum(input_tokens) FROM usage_fact"),
                 600000 + 2000000 + 7000 + 1000000);
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact f JOIN dim t ON t.id = f.tier_id "
                             "WHERE t.value = 'batch'"),
                 1);
        // Every request authenticated and grouped as documented.
        for (const FakeRequest &r : m_server->requests()) {
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer " + m_server->adminKey));
            QVERIFY(!r.queryArray("group_by").isEmpty());
        }
        const FakeRequest &first = m_server->requests().first();
        QCOMPARE(first.queryArray("group_by"),
                 (QByteArrayList{"project_id", "api_key_id", "model", "batch", "service_tier"}));
        QCOMPARE(first.queryValue("bucket_width"), QByteArray("1d"));
        // The sync appears in the import history.
        auto st = m_fx->db->connection().prepare(
            "SELECT source, file, status, records_read FROM import_batch");
        QVERIFY(st.ok());
        QCOMPARE(st->step(), store::Statement::Step::Row);
        QCOMPARE(st->columnText(0), QStringLiteral("openai-api"));
        QCOMPARE(st->columnText(1), QStringLiteral("openai-test"));
        QCOMPARE(st->columnText(2), QStringLiteral("done"));
        QCOMPARE(st->columnInt64(3), 9);
        const Connection c = m_fx->reload();
        QCOMPARE(c.lastStatus, QStringLiteral("done"));
        QCOMPARE(c.lastInserted, 5);
        QCOMPARE(*c.watermark, utcDay(2026, 11, 6));
    }

    void reconciliationComparesRecordsWithTheirBilledCost()
    {
        QVERIFY(m_fx->sync(m_creds, options()).ok);
        auto rows = query::UsageQueries(*m_fx->db).reconciliation({}, {});
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        int compared = 0;
        for (const query::ReconciliationRow &r : *rows) {
            if (r.model.isEmpty())
                continue; // the billed-only cost row without a model
            ++compared;
            QCOMPARE(r.computed, r.billed);
            QVERIFY(!r.flagged);
        }
        QCOMPARE(compared, 3); // gpt-4o on days 1 and 4, gpt-4o-mini on day 2
    }

    void secondSyncIsANoOp()
    {
        QVERIFY(m_fx->sync(m_creds, options()).ok);
        const QString computed = m_fx->computedTotal();
        const std::int64_t rollupRows = m_fx->count("SELECT count(*) FROM rollup_day");
        const SyncSummary again = m_fx->sync(m_creds, options());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.replaced, 0);
        QCOMPARE(again.removed, 0);
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact"), 5);
        QCOMPARE(m_fx->computedTotal(), computed);
        QCOMPARE(m_fx->count("SELECT count(*) FROM rollup_day"), rollupRows);
        QVERIFY(m_fx->rollupsAgree());
    }

    void changedLateDataReplaces()
    {
        QVERIFY(m_fx->sync(m_creds, options()).ok);
        const qint64 d4 = utcDay(2026, 11, 4);
        // Late data: the day-4 bucket grows, and a day-2 cost row disappears.
        m_server->rows[QStringLiteral("completions")][d4] = QJsonArray{completions(
            QStringLiteral("gpt-4o"), QStringLiteral("proj_a"), 10000, 2000, 1000, 2000, 4, false)};
        m_server->rows[QStringLiteral("costs")][d4] = QJsonArray{
            cost(0.0425, QStringLiteral("gpt-4o-2024-08-06, input"), QStringLiteral("proj_a"))};
        m_server->rows[QStringLiteral("costs")][utcDay(2026, 11, 2)].removeLast();
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.replaced, 1); // the day-4 record: its tokens and its billed cost changed
        QCOMPARE(s.removed, 1);  // the billed-only record of the vanished cost row
        QCOMPARE(s.inserted, 0);
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact"), 4);
        QCOMPARE(m_fx->computedTotal(), QStringLiteral("3.5125"));
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.4925"));
        QVERIFY(m_fx->rollupsAgree());
        QCOMPARE(m_fx->count("SELECT sum(requests) FROM usage_fact"), 50 + 20 + 4 + 10);
    }

    void incrementalUsesWatermarkAndTrailingWindow()
    {
        SyncOptions o = options();
        o.from.reset();
        o.to.reset();
        o.initialDays = 6;
        const SyncSummary first = m_fx->sync(m_creds, o);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.from, utcDay(2026, 11, 1));
        QCOMPARE(first.to, utcDay(2026, 11, 7));
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
        o.now = utcDay(2026, 11, 8) + 60;
        o.trailingDays = 2;
        const SyncSummary next = m_fx->sync(m_creds, o);
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.from, utcDay(2026, 11, 4)); // watermark (day 6) − 2 days
        QCOMPARE(next.inserted, 0);
        QCOMPARE(next.unchanged, 1); // the day-4 completions record with its cost
        QCOMPARE(*m_fx->reload().watermark, utcDay(2026, 11, 8));
    }

    void retriesRateLimitHonouringRetryAfter()
    {
        m_server->addFault({Fault::Kind::Status, 429, "5", "/usage/completions", false});
        QElapsedTimer t;
        t.start();
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.retries, 1);
        QVERIFY2(t.elapsed() >= 5 * 20, "waited less than Retry-After");
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
    }

    void hugeRetryAfterIsCappedNotOverflowed()
    {
        // 9999999999999999 s × the unit would overflow: the wait is the policy's cap (1 s here).
        m_server->addFault({Fault::Kind::Status, 429, "9999999999999999", "/usage/completions", false});
        QElapsedTimer t;
        t.start();
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.retries, 1);
        QVERIFY(t.elapsed() >= 1000);
        QVERIFY(t.elapsed() < 20000);
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
    }

    // An explicit start after a gap stores its days but leaves the watermark where complete
    // data ends, so the next sync still reads the gap.
    void explicitFromBeyondTheWatermarkLeavesTheGapToRead()
    {
        SyncOptions o = options();
        o.from = QDate(2026, 11, 1);
        o.to = QDate(2026, 11, 2);
        QVERIFY(m_fx->sync(m_creds, o).ok);
        const qint64 mark = *m_fx->reload().watermark;
        QCOMPARE(mark, utcDay(2026, 11, 3));
        o.from = QDate(2026, 11, 4);
        o.to = QDate(2026, 11, 5);
        QVERIFY(m_fx->sync(m_creds, o).ok);
        QCOMPARE(*m_fx->reload().watermark, mark);
        o.from.reset();
        o.to.reset();
        o.trailingDays = 0;
        const SyncSummary next = m_fx->sync(m_creds, o);
        QVERIFY2(next.ok, qPrintable(next.error));
        QCOMPARE(next.from, mark);
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
    }

    // OpenAI's way: 429 rate_limit_exceeded with Retry-After in seconds or as an HTTP-date,
    // and 503. Each wait is the one the server asked for; the totals are exact and a second
    // sync adds nothing.
    void throttledTheOpenAiWayCompletesExactly()
    {
        const qint64 fakeNow = utcDay(2026, 11, 6) * 1000;
        // IMF-fixdate, the HTTP-date form servers send: "Fri, 06 Nov 2026 00:00:03 GMT"
        const QByteArray date =
            QLocale::c()
                .toString(QDateTime::fromMSecsSinceEpoch(fakeNow + 3000, QTimeZone::utc()),
                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
        Fault seconds{Fault::Kind::Status, 429, "2", "/usage/completions", false};
        Fault httpDate{Fault::Kind::Status, 429, date, "/usage/embeddings", false};
        Fault unavailable{Fault::Kind::Status, 503, {}, "/costs", true};
        m_server->addFault(seconds);
        m_server->addFault(httpDate);
        m_server->addFault(unavailable);
        QList<int> waits;
        SyncOptions o = options();
        o.retry.retryAfterUnitMs = 1000;
        o.retry.maxRetryAfterMs = 10000;
        o.retry.random = [] { return 0.5; };
        o.retry.clockMs = [fakeNow] { return fakeNow; };
        o.retry.sleep = [&waits](int ms) {
            waits << ms;
            return true;
        };
        const SyncSummary s = m_fx->sync(m_creds, o);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(m_server->pendingFaults(), 0);
        QCOMPARE(s.retries, 3);
        // Retry-After 2 s, the HTTP-date 3 s ahead, then half of the first backoff ceiling (10 ms).
        QCOMPARE(waits, (QList<int>{2000, 3000, 5}));
        QCOMPARE(m_fx->computedTotal(), QStringLiteral("3.5025"));
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
        const SyncSummary again = m_fx->sync(m_creds, options());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.inserted + again.replaced + again.removed, 0);
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
    }

    // A 429 that means the money ran out (insufficient_quota) is not a rate limit: no retry.
    void outOfQuotaFailsAtOnceWithTheProvidersMessage()
    {
        Fault quota{Fault::Kind::Status, 429, "1", "/usage/completions", false};
        quota.errorCode = "insufficient_quota";
        quota.times = -1;
        m_server->addFault(quota);
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY(!s.ok);
        QCOMPARE(s.retries, 0);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY2(s.error.startsWith(QLatin1String("Out of quota")), qPrintable(s.error));
        QVERIFY2(s.error.contains(QLatin1String("You exceeded your current quota")),
                 qPrintable(s.error));
    }

    // A rate limit that never lifts ends after the attempt limit with a message that says what
    // was retried, how often, and why it stopped.
    void persistentRateLimitStopsAtTheAttemptLimit()
    {
        Fault limited{Fault::Kind::Status, 429, {}, "/usage/completions", false};
        limited.times = -1;
        m_server->addFault(limited);
        const SyncSummary s = m_fx->sync(m_creds, options(3));
        QVERIFY(!s.ok);
        QCOMPARE(s.retries, 2);
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY2(s.error.startsWith(QLatin1String(
                     "/v1/organization/usage/completions was rate limited "
                     "(rate_limit_exceeded, HTTP 429) 3 times over ")),
                 qPrintable(s.error));
        QVERIFY2(s.error.contains(QLatin1String(
                     "gave up after 3 attempts, the most allowed per request. Last answer: Rate "
                     "limited (HTTP 429 from /v1/organization/usage/completions)")),
                 qPrintable(s.error));
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact"), 0);
    }

    void retriesServerErrorsAndTruncatedBodies()
    {
        m_server->addFault({Fault::Kind::Status, 500, {}, "/costs", true});
        m_server->addFault({Fault::Kind::Status, 503, {}, "/costs", true});
        m_server->addFault({Fault::Kind::Truncate, 200, {}, "/usage/embeddings", false});
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.retries, 3);
        QCOMPARE(m_server->pendingFaults(), 0);
        QCOMPARE(m_fx->computedTotal(), QStringLiteral("3.5025"));
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
    }

    void badKeyIsReportedWithoutTheKey()
    {
        Credentials wrong;
        wrong.apiKey = "sk-admin-wrong-key-987654321";
        const SyncSummary s = m_fx->sync(wrong, options());
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QLatin1String("Bad key")), qPrintable(s.error));
        QVERIFY(!s.error.contains(QLatin1String("987654321")));
        // The server echoes the key masked ("sk-admin******4321"); even that is not repeated.
        QVERIFY2(!s.error.contains(QLatin1String("4321")), qPrintable(s.error));
        QVERIFY(s.error.contains(QLatin1String("[redacted]")));
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact"), 0);
        QCOMPARE(m_fx->reload().lastStatus, QStringLiteral("failed"));
        QVERIFY(!m_fx->reload().watermark);
        QCOMPARE(m_server->requests().size(), 1); // a 401 is not retried
    }

    void readOnlyKeyHasNoAdminRights()
    {
        Credentials ro;
        ro.apiKey = m_server->readOnlyKey;
        HttpFailure failure = HttpFailure::None;
        Connection c = m_fx->reload();
        const Status s = SyncEngine::test(c, ro, fastRetry(), &failure);
        QVERIFY(!s.ok());
        QCOMPARE(failure, HttpFailure::Forbidden);
        QVERIFY2(s.errorMessage().contains(QLatin1String("No admin rights")),
                 qPrintable(s.errorMessage()));
        QVERIFY(SyncEngine::test(c, m_creds, fastRetry(), &failure).ok());
        QCOMPARE(failure, HttpFailure::None);
    }

    void stalledConnectionTimesOutWithoutPartialData()
    {
        // The second page of costs stalls on every attempt: the whole window is discarded.
        for (int i = 0; i < 2; ++i)
            m_server->addFault({Fault::Kind::Stall, 0, {}, "/costs", true});
        const SyncSummary s = m_fx->sync(m_creds, options(2));
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QLatin1String("Timed out")), qPrintable(s.error));
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact"), 0);
        QCOMPARE(m_fx->count("SELECT count(*) FROM rollup_day"), 0);
        // The next sync resumes and completes.
        const SyncSummary again = m_fx->sync(m_creds, options());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
    }

    void invalidJsonIsReportedAndNothingHalfApplied()
    {
        m_server->addFault({Fault::Kind::InvalidJson, 200, {}, "/usage/images", true});
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(
                     QLatin1String("Invalid JSON from /organization/usage/images (page 2)")),
                 qPrintable(s.error));
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact"), 0);
        auto st = m_fx->db->connection().prepare("SELECT status, message FROM import_batch");
        QVERIFY(st.ok());
        QCOMPARE(st->step(), store::Statement::Step::Row);
        QCOMPARE(st->columnText(0), QStringLiteral("failed"));
        QVERIFY(st->columnText(1).contains(QLatin1String("Invalid JSON")));
    }

    void failedWindowKeepsEarlierWindowsAndResumes()
    {
        SyncOptions o = options();
        o.windowDays = 2; // windows: 1–2, 3–4, 5
        m_server->addFault({Fault::Kind::Status,
                            400,
                            {},
                            "start_time=" + QByteArray::number(utcDay(2026, 11, 3)),
                            false});
        const SyncSummary s = m_fx->sync(m_creds, o);
        QVERIFY(!s.ok);
        QCOMPARE(s.windows, 1);
        QCOMPARE(*m_fx->reload().watermark, utcDay(2026, 11, 3));
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.47")); // days 1 and 2 only
        QVERIFY(m_fx->rollupsAgree());
        o.from.reset();
        o.trailingDays = 0;
        const SyncSummary resumed = m_fx->sync(m_creds, o);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(resumed.from, utcDay(2026, 11, 3));
        QCOMPARE(m_fx->billedTotal(), QStringLiteral("3.5025"));
    }

    void cancelLeavesTheWindowUntouched()
    {
        std::atomic_bool cancel = false;
        const SyncSummary s = m_fx->sync(
            m_creds, options(), [&] { return cancel.load(); },
            [&](int, int, int pages) {
                if (pages >= 2)
                    cancel = true;
            });
        QVERIFY(!s.ok);
        QVERIFY(s.cancelled);
        QCOMPARE(m_fx->count("SELECT count(*) FROM usage_fact"), 0);
        QCOMPARE(m_fx->reload().lastStatus, QStringLiteral("cancelled"));
    }

    void fakeAcceptsBothArrayEncodings()
    {
        HttpClient http(fastRetry());
        const QString base =
            m_server->baseUrl() +
            QStringLiteral("/v1/organization/usage/completions?start_time=%1&end_time=%2&")
                .arg(utcDay(2026, 11, 1))
                .arg(utcDay(2026, 11, 2));
        for (const QString &grouping :
             {QStringLiteral("group_by=model&group_by=project_id"),
              QStringLiteral("group_by%5B%5D=model&group_by%5B%5D=project_id")}) {
            HttpRequest r;
            r.url = QUrl(base + grouping);
            r.headers.append(
                qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + m_server->adminKey)));
            auto resp = http.send(r);
            QVERIFY2(resp.ok(), qPrintable(resp.errorMessage()));
            const QJsonObject row = QJsonDocument::fromJson(resp->body)
                                        .object()
                                        .value(QStringLiteral("data"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("results"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
            QCOMPARE(row.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o"));
            QCOMPARE(row.value(QStringLiteral("project_id")).toString(), QStringLiteral("proj_a"));
            QVERIFY(row.value(QStringLiteral("api_key_id")).isNull()); // not grouped by
        }
    }

    void optionalEndpointsAudioAndWebSearch()
    {
        Connection c = m_fx->reload();
        c.options = QJsonObject{
            {QStringLiteral("endpoints"), QJsonArray{QStringLiteral("audio_transcriptions"),
                                                     QStringLiteral("web_search_calls")}}};
        QVERIFY(ConnectionStore(*m_fx->db).save(c).ok());
        const qint64 d1 = utcDay(2026, 11, 1);
        m_server->addRow(QStringLiteral("audio_transcriptions"), d1,
                         {{QStringLiteral("seconds"), 125},
                          {QStringLiteral("num_model_requests"), 3},
                          {QStringLiteral("model"), QStringLiteral("whisper-1")}});
        m_server->addRow(QStringLiteral("web_search_calls"), d1,
                         {{QStringLiteral("num_requests"), 40},
                          {QStringLiteral("num_model_requests"), 12},
                          {QStringLiteral("model"), QStringLiteral("gpt-4o")}});
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(m_fx->count("SELECT sum(audio_ms) FROM usage_fact"), 125000);
        QCOMPARE(m_fx->count("SELECT sum(web_searches) FROM usage_fact"), 40);
        for (const FakeRequest &r : m_server->requests())
            QVERIFY(r.path.endsWith("audio_transcriptions") || r.path.endsWith("web_search_calls"));

        c.options =
            QJsonObject{{QStringLiteral("endpoints"), QJsonArray{QStringLiteral("assistants")}}};
        QVERIFY(ConnectionStore(*m_fx->db).save(c).ok());
        const SyncSummary bad = m_fx->sync(m_creds, options());
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("Unknown OpenAI endpoint 'assistants'")),
                 qPrintable(bad.error));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        Connection c = m_fx->reload();
        c.baseUrl = QStringLiteral("http://billing-proxy.example.com/v1");
        QVERIFY(ConnectionStore(*m_fx->db).save(c).ok());
        const SyncSummary s = m_fx->sync(m_creds, options());
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(QLatin1String("TLS required")), qPrintable(s.error));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void keyNeverReachesTheDatabase()
    {
        QVERIFY(m_fx->sync(m_creds, options()).ok);
        Credentials wrong;
        wrong.apiKey = "sk-admin-this-one-fails-4242";
        QVERIFY(!m_fx->sync(wrong, options()).ok);
        QVERIFY(!m_fx->databaseContains(m_server->adminKey));
        QVERIFY(!m_fx->databaseContains(wrong.apiKey));
    }
};

QTEST_GUILESS_MAIN(TestSyncOpenAi)
#include "tst_sync_openai.moc"
