// The retry rules as the providers define them: which answers are retried (by the provider's
// error code first, then by status), Retry-After in seconds and as an HTTP-date, and capped
// exponential backoff with full jitter.
#include "providers/RetryRules.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace tl::providers;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Kind = ErrorVerdict::Kind;

ErrorVerdict verdict(int status, const QByteArray &body, const Headers &headers = {})
{
    return RetryRules::classify(status, headers, body);
}

} // namespace

class TestRetryRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awsThrottlingCodesAreRetriedWhateverTheStatus_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code :
             {"Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
              "TooManyRequestsException", "ProvisionedThroughputExceededException",
              "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded",
              "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
              "EC2ThrottledException"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void awsThrottlingCodesAreRetriedWhateverTheStatus()
    {
        QFETCH(QString, code);
        for (int status : {400, 403, 429, 503}) {
            const ErrorVerdict plain =
                verdict(status, "{\"__type\":\"" + code.toLatin1() + "\",\"message\":\"x\"}");
            QCOMPARE(plain.kind, Kind::Throttled);
            QCOMPARE(plain.code, code);
            QVERIFY(plain.retryable());
            const ErrorVerdict prefixed = verdict(
                status, "{\"__type\":\"com.amazon.coral.availability#" + code.toLatin1() + "\"}");
            QCOMPARE(prefixed.kind, Kind::Throttled);
            QCOMPARE(prefixed.code, code);
            const ErrorVerdict header =
                verdict(status, "{\"message\":\"Rate exceeded\"}",
                        {{"X-Amzn-ErrorType", code.toLatin1() + ":http://internal.amazon.com/coral/"
                                                                "com.amazon.coral.availability/"}});
            QCOMPARE(header.kind, Kind::Throttled);
            QCOMPARE(header.code, code);
        }
    }

    void awsTransientCodesAndStatusesAreRetried()
    {
        for (const char *code : {"RequestTimeout", "RequestTimeoutException", "InternalError"}) {
            const ErrorVerdict v = verdict(400, QByteArray("{\"__type\":\"") + code + "\"}");
            QCOMPARE(v.kind, Kind::Transient);
            QVERIFY(v.retryable());
        }
        for (int status : {500, 502, 503, 504})
            QCOMPARE(verdict(status, "{}").kind, Kind::Transient);
        QCOMPARE(verdict(501, "{}").kind, Kind::NotRetryable);
        QCOMPARE(verdict(505, "{}").kind, Kind::NotRetryable);
    }

    void refusalsAreNotRetried()
    {
        for (const char *type : {"ValidationException", "AccessDeniedException",
                                 "com.amazon.coral.service#InvalidSignatureException",
                                 "DataUnavailableException", "BillExpirationException"}) {
            const ErrorVerdict v = verdict(400, QByteArray("{\"__type\":\"") + type + "\"}");
            QCOMPARE(v.kind, Kind::NotRetryable);
            QVERIFY(!v.retryable());
        }
        QCOMPARE(verdict(401, "{\"error\":{\"type\":\"authentication_error\"}}").kind,
                 Kind::NotRetryable);
        QCOMPARE(verdict(404, "{}").kind, Kind::NotRetryable);
        QCOMPARE(verdict(400, "not json").kind, Kind::NotRetryable);
    }

    void anthropicOverloadAndRateLimit()
    {
        const ErrorVerdict overloaded = verdict(
            529, "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}");
        QCOMPARE(overloaded.kind, Kind::Overloaded);
        QCOMPARE(overloaded.code, QStringLiteral("overloaded_error"));
        QCOMPARE(verdict(529, "").kind, Kind::Overloaded);
        const ErrorVerdict limited =
            verdict(429, "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\"}}");
        QCOMPARE(limited.kind, Kind::RateLimited);
        QVERIFY(limited.retryable());
        // The monthly spend cap shares the type but will not lift by waiting.
        const ErrorVerdict cap =
            verdict(429, "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
                         "\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}}}");
        QCOMPARE(cap.kind, Kind::OutOfQuota);
        QCOMPARE(cap.code, QStringLiteral("enforced_spend_limit_reached"));
        QVERIFY(!cap.retryable());
    }

    void openAiRateLimitVersusQuota()
    {
        const ErrorVerdict limited =
            verdict(429, "{\"error\":{\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
        QCOMPARE(limited.kind, Kind::RateLimited);
        QCOMPARE(limited.code, QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(verdict(429, "").kind, Kind::RateLimited);
        for (const char *code : {"insufficient_quota", "credit_balance_exhausted",
                                 "organization_spend_limit_exceeded", "project_spend_limit_exceeded",
                                 "organization_usage_limit_exceeded"}) {
            const ErrorVerdict v = verdict(
                429, QByteArray("{\"error\":{\"type\":\"insufficient_quota\",\"code\":\"") + code +
                         "\"}}");
            QCOMPARE(v.kind, Kind::OutOfQuota);
            QCOMPARE(v.code, QString::fromLatin1(code));
        }
        QCOMPARE(verdict(429, "{\"error\":{\"type\":\"insufficient_quota\",\"code\":null}}").kind,
                 Kind::OutOfQuota);
    }

    void bareAwsCode()
    {
        QCOMPARE(RetryRules::bareAwsCode(QStringLiteral("FooError")), QStringLiteral("FooError"));
        QCOMPARE(RetryRules::bareAwsCode(QStringLiteral("com.example#FooError")),
                 QStringLiteral("FooError"));
        QCOMPARE(RetryRules::bareAwsCode(QStringLiteral("FooError:http://internal.example.com/x/")),
                 QStringLiteral("FooError"));
        QCOMPARE(RetryRules::bareAwsCode(QStringLiteral("com.example#FooError:http://x/")),
                 QStringLiteral("FooError"));
    }

    void retryAfterSecondsAndHttpDate()
    {
        const std::int64_t now = QDateTime(QDate(2026, 11, 6), QTime(12, 0), QTimeZone::utc())
                                     .toMSecsSinceEpoch();
        QCOMPARE(RetryRules::retryAfterMs("5", now, 1000, 120000), std::optional<std::int64_t>(5000));
        QCOMPARE(RetryRules::retryAfterMs(" 0 ", now, 1000, 120000), std::optional<std::int64_t>(0));
        QCOMPARE(RetryRules::retryAfterMs("9999999999999999", now, 1000, 120000),
                 std::optional<std::int64_t>(120000));
        QCOMPARE(RetryRules::retryAfterMs("Fri, 06 Nov 2026 12:00:07 GMT", now, 1000, 120000),
                 std::optional<std::int64_t>(7000));
        QCOMPARE(RetryRules::retryAfterMs("Fri, 06 Nov 2026 11:59:00 GMT", now, 1000, 120000),
                 std::optional<std::int64_t>(0)); // in the past: at once
        QCOMPARE(RetryRules::retryAfterMs("Sat, 07 Nov 2026 12:00:00 GMT", now, 1000, 120000),
                 std::optional<std::int64_t>(120000));
        QVERIFY(!RetryRules::retryAfterMs("", now, 1000, 120000));
        QVERIFY(!RetryRules::retryAfterMs("-3", now, 1000, 120000));
        QVERIFY(!RetryRules::retryAfterMs("soon", now, 1000, 120000));
    }

    void cappedExponentialBackoffWithFullJitter()
    {
        RetryPolicy p;
        p.initialBackoffMs = 1000;
        p.maxBackoffMs = 20000;
        // the ceiling doubles per retry up to the cap; the wait is random × ceiling
        const QList<std::int64_t> ceilings = {1000, 2000, 4000, 8000, 16000, 20000, 20000};
        for (int i = 0; i < ceilings.size(); ++i) {
            QCOMPARE(RetryRules::backoffMs(p, i + 1, 0.0), 0);
            QCOMPARE(RetryRules::backoffMs(p, i + 1, 0.5), ceilings[i] / 2);
            QVERIFY(RetryRules::backoffMs(p, i + 1, 0.999999) < ceilings[i]);
        }
        QCOMPARE(RetryRules::backoffMs(p, 1000, 0.5), 10000); // no overflow far out
        QCOMPARE(RetryRules::backoffMs(p, 3, 7.0), 4000);     // random clamped to [0, 1]
    }
};

QTEST_GUILESS_MAIN(TestRetryRules)
#include "tst_retry_rules.moc"
